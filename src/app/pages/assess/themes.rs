//! The competencies of a long framework in theme sections: a short table of contents with
//! each theme's progress, and a section per theme that can be folded away. A section is built
//! the first time it is open (a framework of a thousand competencies starts folded, so the
//! page answers at once) and shows its competencies fifty at a time. Once built, a folded
//! section and a hidden competency stay mounted, so nothing rated or typed is lost by hiding it.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::competency_rating::{rating_element_id, CompetencyRating};
use crate::app::focus::focus_soon;
use crate::app::paths;
use crate::core::assessment::ThemeProgress;
use crate::core::framework::{Competency, Theme};

/// How many of a theme's competencies are shown at first, and how many more each "Show more"
/// adds: a theme of a few hundred would otherwise take seconds to build.
pub const SHOWN_AT_A_TIME: usize = 50;

/// What the page knows of one theme: its competencies, its place and whether it is open.
#[derive(Clone)]
pub struct ThemeView {
    pub theme: Theme<'static>,
    /// Element ID of its section (themes are free text, so numbered, not named).
    pub anchor: String,
    pub progress: Memo<ThemeProgress>,
    pub open: RwSignal<bool>,
}

/// "3 of 7 rated", or "all 7 rated".
pub fn rated_words(progress: ThemeProgress) -> String {
    if progress.is_done() {
        format!("all {} rated", progress.total)
    } else {
        format!("{} of {} rated", progress.rated, progress.total)
    }
}

/// The themes with their progress, each a link to its section.
#[component]
pub fn ThemeContents(themes: Vec<ThemeView>) -> impl IntoView {
    let items = themes
        .into_iter()
        .map(|view| {
            let ThemeView { theme, anchor, progress, open } = view;
            let target = anchor.clone();
            let jump = move |ev: leptos::ev::MouseEvent| {
                // The router would treat the link as a navigation (and `<base href>` makes a
                // bare "#id" leave the page): open the section and move focus to it here.
                ev.prevent_default();
                open.set(true);
                focus_section(&target);
            };
            view! {
                <li class:done=move || progress.get().is_done()>
                    <a href=paths::assess_theme(&anchor) on:click=jump>{theme.name}</a>
                    <span class="muted">{move || format!(" — {}", rated_words(progress.get()))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="theme-contents" aria-labelledby="theme-contents-heading">
            <h3 id="theme-contents-heading" class="small-heading">"Themes"</h3>
            <ol>{items}</ol>
        </nav>
    }
}

/// Moves focus to a theme section's heading button, which brings it into view.
fn focus_section(anchor: &str) {
    use wasm_bindgen::JsCast;
    if let Some(button) = document()
        .get_element_by_id(&format!("{anchor}-toggle"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
        button.scroll_into_view();
    }
}

/// One theme: a heading that folds and unfolds the section, and its competencies.
#[component]
pub fn ThemeSection(
    view: ThemeView,
    /// Competencies hidden while rated (the page's "hide rated" view).
    hidden: RwSignal<BTreeSet<&'static str>>,
) -> impl IntoView {
    let ThemeView { theme, anchor, progress, open } = view;
    // True from the first time the section is open: built then, and kept while folded.
    let built = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || open.get());
    let all: Vec<&'static Competency> = theme.competencies.clone();
    let total = all.len();
    let shown = RwSignal::new(total.min(SHOWN_AT_A_TIME));
    let ratings = move || {
        let all = all.clone();
        let each = move || all.iter().take(shown.get()).copied().collect::<Vec<_>>();
        view! {
            // Keyed, so showing more adds rows and never rebuilds the ones above.
            <For
                each
                key=|competency: &&'static Competency| competency.id.as_str()
                let(competency)
            >
                {
                    let id = competency.id.as_str();
                    let hide_when_rated = Signal::derive(move || hidden.with(|h| h.contains(id)));
                    view! { <CompetencyRating competency hide_when_rated /> }
                }
            </For>
        }
    };
    let more = {
        let all = theme.competencies.clone();
        let name = theme.name;
        move || {
            let now = shown.get();
            (built.get() && now < total).then(|| {
                let next = (total - now).min(SHOWN_AT_A_TIME);
                let first_new = rating_element_id(&all[now].id);
                let show_more = move |_| {
                    shown.set(now + next);
                    // Focus goes to the first competency added, as the next thing to read.
                    focus_soon(first_new.clone());
                };
                view! {
                    <p class="show-more">
                        <button type="button" class="secondary" on:click=show_more>
                            {format!("Show {next} more of {name}")}
                        </button>
                        <span class="muted">{format!(" {now} of {total} shown")}</span>
                    </p>
                }
            })
        }
    };
    let body = format!("{anchor}-body");
    view! {
        <section class="theme" id=anchor.clone() aria-labelledby=format!("{anchor}-heading")>
            <h3 id=format!("{anchor}-heading")>
                <button
                    type="button"
                    class="theme-toggle"
                    id=format!("{anchor}-toggle")
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=body.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span class="theme-name">{theme.name}</span>
                    <span class="theme-count">{move || format!(" — {}", rated_words(progress.get()))}</span>
                </button>
            </h3>
            <div id=body hidden=move || !open.get()>
                {move || built.get().then(|| untrack(ratings.clone()))}
                {more}
            </div>
        </section>
    }
}
