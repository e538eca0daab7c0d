//! The private self-assessment: a profile, a rating per competency with the descriptors in
//! view, evidence, and progress on the milestones of a role of interest. A framework of 20 to
//! 200 competencies is shown by theme, with how far along the person is, in all and per theme;
//! a larger one starts with its themes folded, each built when the person opens it.

mod competency_rating;
mod milestones;
mod profile;
mod themes;

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::app::components::PrivateStatus;
use crate::app::my_data::use_my_data;
use crate::app::paths;
use milestones::MilestoneProgressForm;
use profile::ProfileForm;
use themes::{ThemeContents, ThemeSection, ThemeView};

/// Up to this many competencies every theme starts open. Beyond it themes start folded, so the
/// page is built from their headings and counts alone: at 1,000 competencies, building every
/// rating kept the page from answering for seconds (docs/performance.md, issue 14).
const ALL_OPEN_UP_TO: usize = 250;

#[component]
pub fn AssessPage() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    // One count of the framework's competencies per change; each theme's figure is a memo
    // of it, so a click redraws only the figures it changed.
    let progress = data.select(move |a| a.rating_progress(framework));
    let total = framework.competencies.len();
    let start_folded = total > ALL_OPEN_UP_TO;
    let themes: Vec<ThemeView> = framework
        .themes()
        .into_iter()
        .enumerate()
        .map(|(i, theme)| ThemeView {
            theme,
            anchor: format!("theme-{}", i + 1),
            progress: Memo::new(move |_| progress.with(|p| p.themes[i])),
            open: RwSignal::new(!start_folded),
        })
        .collect();
    // The competencies rated when the person chose to hide them. Ones rated afterwards stay
    // in view, so a click never makes the competency being rated (and focus) disappear.
    let hidden = RwSignal::new(BTreeSet::<&'static str>::new());
    let hiding = move || hidden.with(|h| !h.is_empty());
    let hide_rated = move |ev: leptos::ev::Event| {
        let rated = if event_target_checked(&ev) {
            data.with_untracked(|a| {
                framework
                    .competencies
                    .iter()
                    .filter(|c| a.is_rated(framework, &c.id))
                    .map(|c| c.id.as_str())
                    .collect()
            })
        } else {
            BTreeSet::new()
        };
        hidden.set(rated);
    };
    let opens: Vec<RwSignal<bool>> = themes.iter().map(|t| t.open).collect();
    let fold_all = move |open: bool| {
        let opens = opens.clone();
        move |_| opens.iter().for_each(|o| o.set(open))
    };
    let sections = themes.iter().cloned().map(|view| view! { <ThemeSection view hidden /> }).collect_view();
    view! {
        <Title text="Assess myself" />
        <h1>"Assess myself"</h1>
        <PrivateStatus />
        <p class="lead">
            "Rate each competency against the framework's descriptions, add evidence where you have it, and mark progress on milestones. Everything saves as you go."
        </p>
        <ProfileForm />
        <section aria-labelledby="ratings-heading" class="ratings">
            <h2 id="ratings-heading">"Competencies"</h2>
            <p class="rating-progress">
                <strong id="rating-progress-text">
                    {move || progress.with(|p| format!("{} of {} rated", p.rated, p.total))}
                </strong>
                <progress
                    max=move || progress.with(|p| p.total)
                    value=move || progress.with(|p| p.rated)
                    aria-labelledby="rating-progress-text"
                ></progress>
            </p>
            {start_folded
                .then(|| {
                    view! {
                        <p class="muted" id="themes-folded-note">
                            {format!(
                                "This framework has {} competencies in {} themes, so the themes start folded: open one from the list or by its heading to rate what is in it.",
                                total,
                                themes.len(),
                            )}
                        </p>
                    }
                })}
            <ThemeContents themes=themes.clone() />
            <div class="assess-tools">
                <label class="check">
                    <input type="checkbox" prop:checked=hiding on:change=hide_rated aria-describedby="hide-rated-hint" />
                    "Hide competencies I've rated"
                </label>
                <p class="muted" id="hide-rated-hint">
                    "They stay rated, with their evidence. Ones you rate while this is ticked stay in view, so you can change your mind."
                </p>
                <p class="fold-all">
                    <button type="button" class="secondary" on:click=fold_all(false)>"Fold all themes"</button>
                    <button type="button" class="secondary" on:click=fold_all(true)>"Unfold all themes"</button>
                </p>
            </div>
            {sections}
        </section>
        <MilestoneProgressForm />
        <p class="page-actions">
            <A href=paths::fit()>"See where you fit"</A>
        </p>
    }
}
