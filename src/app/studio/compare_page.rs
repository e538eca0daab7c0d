//! `/studio/compare`: the draft against the published framework (the site's own
//! `framework.json`) or another version of the file, change by change with the version bump
//! it calls for and a changelog entry to copy.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use super::change_list::ChangeList;
use super::needs_draft::NeedsLoadedDraft;
use super::published::{use_published_framework, Published};
use super::ReadDraft;
use crate::app::wording::describe_not_read;
use crate::app::FRAMEWORK_FILE;
use crate::browser::clock::today;
use crate::browser::files::{chosen_named_file_up_to, download};
use crate::core::diff::diff;
use crate::core::framework::Loaded;
use crate::core::limits::FRAMEWORK_BYTES;
use crate::report::{changelog_draft, diff_markdown};

#[component]
pub fn StudioComparePage() -> impl IntoView {
    view! {
        <Title text="Compare" />
        <h1>"Compare"</h1>
        <p class="lead">
            "What the draft changes, matched by ID: roles, competencies, milestones, learning and mobility added, removed or renamed; expectations raised or lowered; band moves, pay and sunsets; parity. "
            "Each change is major, minor or a patch, and together they say which part of the version to bump."
        </p>
        <NeedsLoadedDraft what="compare" page=comparison />
    }
}

/// What the draft is compared with.
#[derive(Clone, PartialEq)]
enum Base {
    Published,
    /// Another file: its name, and what reading it gave.
    File(String, Published),
}

fn comparison(_read: Rc<ReadDraft>, draft: &'static Loaded) -> AnyView {
    let base = RwSignal::new_local(Base::Published);
    let published = use_published_framework();
    let choose_file = move |ev: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            if let Some((name, text)) = chosen_named_file_up_to(&ev, FRAMEWORK_BYTES).await {
                let text = text.map_err(|why| describe_not_read(&name, "framework files", &why));
                let read = Published::read(text.as_deref().map_err(Clone::clone));
                base.set(Base::File(name, read));
            }
        });
    };
    let is_file = move || matches!(base.get(), Base::File(..));
    view! {
        <div class="compare-with">
            <label>
                {format!("Compare with another version of the file instead of the published framework ({FRAMEWORK_FILE} on this site) ")}
                <input type="file" accept=".json,application/json" on:change=choose_file />
            </label>
            <Show when=is_file>
                <button type="button" on:click=move |_| base.set(Base::Published)>
                    "Compare with the published framework"
                </button>
            </Show>
        </div>
        {move || {
            let (name, read) = match base.get() {
                Base::Published => ("the published framework".to_string(), published.read()),
                Base::File(name, read) => (format!("“{name}”"), Some(read)),
            };
            match read {
                None => view! { <p role="status">"Reading the published framework…"</p> }.into_any(),
                Some(Published::Unreachable(why)) => view! {
                    <p class="notice alert" role="alert">{format!("There is nothing to compare with: {name} could not be read ({why}).")}</p>
                }
                .into_any(),
                Some(Published::Broken(problems)) => view! {
                    <p class="notice alert" role="alert">
                        {format!(
                            "There is nothing to compare with: {name} has {} problems the site can't get past; the first is {}.",
                            problems.len(),
                            problems.first().map(|p| p.to_string()).unwrap_or_default(),
                        )}
                    </p>
                }
                .into_any(),
                Some(Published::Loaded(old)) => view! { <Comparison name old draft /> }.into_any(),
            }
        }}
    }
    .into_any()
}

#[component]
fn Comparison(name: String, old: Arc<Loaded>, draft: &'static Loaded) -> impl IntoView {
    let changes = diff(&old.framework, &draft.framework);
    let version = changes.suggested_version.clone().unwrap_or_else(|| draft.framework.meta.version.clone());
    let entry = (!changes.is_empty()).then(|| changelog_draft(&changes, &version, &today()));
    let markdown = diff_markdown(&changes);
    let file = format!("changes-{}-{}-to-{}.md", draft.framework.meta.id, changes.old_version, version);
    let failed = RwSignal::new(None::<String>);
    view! {
        <section aria-labelledby="comparison-heading">
            <h2 id="comparison-heading">
                {format!("Compared with {name}, version {}", old.framework.meta.version)}
            </h2>
            <ChangeList diff=changes />
            {entry.map(|entry| {
                let rows = entry.lines().count() + 2;
                view! {
                    <h3>"Changelog entry"</h3>
                    <p>"A drafted entry to paste into governance.changelog, and to edit into the council's own words:"</p>
                    <textarea class="changelog-draft" readonly rows=rows aria-label="Changelog entry to copy">{entry}</textarea>
                }
            })}
            <p>
                <button type="button" on:click=move |_| {
                    failed.set(download(&file, &markdown, "text/markdown").err());
                }>"Download the comparison (Markdown)"</button>
            </p>
            {move || failed.get().map(|why| view! { <p class="notice alert" role="alert">{format!("The download failed: {why}")}</p> })}
        </section>
    }
}
