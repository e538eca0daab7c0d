use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::app::{paths, use_framework};
use crate::core::search::{search, Target};

/// Search across tracks, roles and competencies. The query lives in the URL, so results can
/// be shared and survive back/forward.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let current = move || query.read().get("q").unwrap_or_default();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        navigate(
            paths::without_base(&paths::search(&text)),
            NavigateOptions { replace: true, scroll: false, ..Default::default() },
        );
    };
    let results = move || {
        let q = current();
        let loaded = use_framework();
        let hits = search(&loaded.framework, &q);
        if q.trim().is_empty() {
            return view! { <p class="muted">"Type a word such as a skill, a title or a track."</p> }
                .into_any();
        }
        let count = hits.len();
        let items = hits
            .into_iter()
            .map(|hit| {
                let href = match &hit.target {
                    Target::Track(id) => paths::track(id),
                    Target::Role(role) => paths::role(role),
                    Target::Competency(id) => paths::competency(id),
                };
                view! {
                    <li>
                        <A href=href>{hit.title}</A>
                        <span class="muted">{format!(" — {}", hit.context)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p role="status">
                {match count {
                    0 => format!("No results for \u{201c}{q}\u{201d}."),
                    1 => format!("1 result for \u{201c}{q}\u{201d}."),
                    n => format!("{n} results for \u{201c}{q}\u{201d}."),
                }}
            </p>
            <ul class="search-results">{items}</ul>
        }
        .into_any()
    };
    view! {
        <Title text="Search" />
        <h1>"Search the framework"</h1>
        <form role="search" class="search-form" on:submit=|ev| ev.prevent_default()>
            <label for="search-input">"Search tracks, roles and competencies"</label>
            <input id="search-input" type="search" prop:value=current on:input=on_input autocomplete="off" />
        </form>
        <div aria-live="polite">{results}</div>
    }
}
