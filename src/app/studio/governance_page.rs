//! `/studio/governance`: the council's own promises checked on the draft — the review on
//! time, the version bumped against the published one, a changelog entry for it, sunsets with
//! a successor and not past their date.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_meta::Title;

use super::needs_draft::NeedsLoadedDraft;
use super::published::{use_published_framework, Published};
use super::ReadDraft;
use crate::browser::clock::today;
use crate::core::display::months;
use crate::core::framework::Loaded;
use crate::core::governance::governance_warnings;
use crate::report::governance_sentence;

#[component]
pub fn StudioGovernancePage() -> impl IntoView {
    view! {
        <Title text="Governance" />
        <h1>"Governance"</h1>
        <p class="lead">
            "The council reviews the framework on a cadence, bumps its version for every change, records each version in the changelog, and phases roles out with a successor and a date."
        </p>
        <NeedsLoadedDraft what="check its governance" page=governance />
    }
}

fn governance(_read: Rc<ReadDraft>, draft: &'static Loaded) -> AnyView {
    let published = use_published_framework();
    let framework = &draft.framework;
    let governance = &framework.governance;
    let review = format!(
        "Owned by {}; reviewed every {}, last on {}{}.",
        governance.council,
        months(governance.review_cadence_months),
        governance.last_review,
        framework.next_review().map(|due| format!(", next due by {due}")).unwrap_or_default(),
    );
    view! {
        <p>{review}</p>
        {move || {
            let published = published.read()?;
            let base = match &published {
                Published::Loaded(loaded) => Some(&loaded.framework),
                _ => None,
            };
            let warnings = governance_warnings(framework, base, &today());
            let skipped = base.is_none().then(|| view! {
                <p>"The published framework could not be read, so the version is not checked against it."</p>
            });
            let heading = format!("Open governance warnings ({})", warnings.len());
            let list = if warnings.is_empty() {
                view! { <p>"None: the review is on time, the version and changelog are in order, and every sunset has a successor and a future date."</p> }.into_any()
            } else {
                view! {
                    <ul class="governance-warnings" aria-label="Open governance warnings">
                        {warnings
                            .iter()
                            .map(|warning| view! {
                                <li>{governance_sentence(warning)} " " <code>{warning.path.clone()}</code></li>
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            };
            Some(view! {
                <h2>{heading}</h2>
                {skipped}
                {list}
            })
        }}
        <h2>"Changelog"</h2>
        {if governance.changelog.is_empty() {
            view! { <p>"The changelog has no entries."</p> }.into_any()
        } else {
            view! {
                <ul class="changelog">
                    {governance
                        .changelog
                        .iter()
                        .map(|entry| view! { <li><strong>{entry.version.clone()}</strong>{format!(" ({}): {}", entry.date, entry.summary)}</li> })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
    .into_any()
}
