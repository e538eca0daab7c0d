//! `/studio/preview/…`: the public pages over the draft, under a banner that says it is a
//! draft, not the published framework. The draft's framework is provided as the pages'
//! `&'static Loaded`, exactly as the careers site provides the published one.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Outlet, A};

use super::use_studio_draft;
use super::wording::{count, source_name};
use crate::app::paths;
use crate::browser::clock::local_date_time;
use crate::core::studio::FindingKind;

/// The frame of every preview page: the banner and the preview's navigation around the
/// public page, or why there is nothing to preview.
#[component]
pub fn PreviewFrame() -> impl IntoView {
    let studio = use_studio_draft();
    move || {
        match studio.reading() {
        None => view! {
            <Title text="Preview" />
            <h1>"Preview"</h1>
            <p>"No draft is open. " <a href=paths::studio_draft()>"Open a draft"</a> " to preview the site with it."</p>
        }
        .into_any(),
        Some(read) => match read.loaded {
            None => {
                let errors = read.groups.iter().find(|g| g.kind == FindingKind::Error).map_or(0, |g| g.count());
                view! {
                    <Title text="Preview" />
                    <h1>"Preview"</h1>
                    <p class="notice alert" role="alert">
                        {format!(
                            "The draft can't be previewed: it has {}, and the site shows no page of a framework with errors. ",
                            count(errors, FindingKind::Error)
                        )}
                        <a href=paths::studio_problems()>"See the problems"</a>
                        "."
                    </p>
                }
                .into_any()
            }
            Some(loaded) => {
                // The pages below read the draft as they read the published framework.
                provide_context(loaded);
                let about = format!(
                    " You are looking at {} ({}, version {}, opened {}). Readers see the published framework until this file replaces it.",
                    source_name(&read.draft),
                    loaded.framework.meta.name,
                    loaded.framework.meta.version,
                    local_date_time(&read.draft.opened_at),
                );
                view! {
                    <div class="draft-banner" role="status">
                        <p><strong>"Draft — not published."</strong>{about}</p>
                    </div>
                    <nav class="preview-nav" aria-label="Draft preview">
                        <ul>
                            <li><A href=paths::home() exact=true>"Tracks"</A></li>
                            <li><A href=paths::compare(None, None)>"Compare roles"</A></li>
                            <li><A href=paths::search("")>"Search"</A></li>
                            <li><A href=paths::studio_changes_for_me()>"What changes for me"</A></li>
                        </ul>
                    </nav>
                    <Outlet />
                }
                .into_any()
            }
        },
    }
    }
}
