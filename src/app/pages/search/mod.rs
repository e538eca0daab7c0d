//! Search across tracks, roles and competencies: each result says which of its fields
//! matched, near spellings stand in for typos, and a query that finds nothing may get a
//! suggestion made of the framework's own words.

mod wording;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::app::focus::focus_soon;
use crate::app::{paths, use_framework};
use crate::core::display::thousands;
use crate::core::search::{Hit, Reason, Results, SearchIndex, Snippet, Target};
use wording::{count_sentence, field_label, near_spelling_sentence};

/// How many matching fields a result shows: enough to explain it, few enough to scan.
const REASONS_SHOWN: usize = 3;

/// How many results are shown at first and added by each "Show more": a query matching
/// thousands of competencies still renders a short page, with the true count above it.
const PAGE: usize = 50;

/// The search page. The query lives in the URL, so results can be shared and survive
/// back/forward.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    // Built once per visit to the page, then queried at every keystroke.
    let index = StoredValue::new(SearchIndex::new(&use_framework().framework));
    let current = move || query.read().get("q").unwrap_or_default();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        navigate(
            paths::without_base(&paths::search(&text)),
            NavigateOptions { replace: true, scroll: false, ..Default::default() },
        );
    };
    // One search per query, read by both the count and the list.
    let searched = Memo::new(move |_| {
        let q = current();
        (!q.trim().is_empty()).then(|| (q.clone(), index.with_value(|index| index.search_first(&q, PAGE))))
    });
    // How many results are shown; back to one page for each new query.
    let shown = RwSignal::new(PAGE);
    Effect::watch(move || searched.track(), move |_, _, _| shown.set(PAGE), false);
    // Screen readers hear the count alone, from one status element that stays in the page
    // while its text changes, never the whole list at every keystroke (nor at "Show more").
    let count = move || {
        searched.with(|s| s.as_ref().map(|(q, r)| count_sentence(shown.get().min(r.total), r.total, q)))
    };
    let title = move || match searched.with(|s| s.as_ref().map(|(q, _)| q.clone())) {
        Some(q) => format!("Search: \u{201c}{q}\u{201d}"),
        None => "Search".to_string(),
    };
    let results = move || match searched.get() {
        None => view! { <p class="muted">"Type a word such as a skill, a title or a track."</p> }.into_any(),
        Some((_, results)) => search_results(results, index, shown).into_any(),
    };
    view! {
        <Title text=title />
        <h1>"Search the framework"</h1>
        <form role="search" class="search-form" on:submit=|ev| ev.prevent_default()>
            <label for="search-input">"Search tracks, roles and competencies"</label>
            <input id="search-input" type="search" prop:value=current on:input=on_input autocomplete="off" />
        </form>
        <p id="search-count" role="status">{count}</p>
        {results}
    }
}

/// Any near spellings used or a suggestion, and the results. (Plain functions
/// rather than components here: called once per search or result, they need no props.)
fn search_results(
    results: Results,
    index: StoredValue<SearchIndex<'static>>,
    shown: RwSignal<usize>,
) -> impl IntoView {
    let total = results.total;
    let hits = results.hits.clone();
    let near_spellings = results.near_spellings.clone();
    let suggestion = results.suggestion.clone();
    let results = StoredValue::new(results);
    // Each later page is added below the results shown, never re-rendering them.
    let later_pages = move || (1..shown.get().div_ceil(PAGE)).collect::<Vec<usize>>();
    let page = move |page: usize| {
        let hits =
            results.with_value(|r| index.with_value(|i| i.more_hits(r, page * PAGE..(page + 1) * PAGE)));
        hits.into_iter()
            .enumerate()
            .map(move |(i, hit)| search_hit(hit, (i == 0).then(|| first_of_page(page))))
            .collect_view()
    };
    view! {
        {(!near_spellings.is_empty())
            .then(|| {
                let sentences: Vec<String> = near_spellings.iter().map(near_spelling_sentence).collect();
                view! { <p class="near-spelling">{sentences.join(" ")}</p> }
            })}
        {suggestion.map(|suggested| {
            view! {
                <p class="suggestion">
                    "Did you mean "
                    <A href=paths::search(&suggested)>{format!("\u{201c}{suggested}\u{201d}")}</A>
                    "?"
                </p>
            }
        })}
        <ul class="search-results">
            {hits.into_iter().map(|hit| search_hit(hit, None)).collect_view()}
            <For each=later_pages key=|page| *page let:n>{page(n)}</For>
        </ul>
        <Show when=move || shown.get() < total>
            <p class="show-more">
                <button type="button" on:click=move |_| {
                    let first_added = shown.get_untracked();
                    shown.set(first_added + PAGE);
                    // The count above says how many are shown now (its status is read); focus
                    // goes to the first result added, so the next Tab continues from there.
                    focus_soon(first_of_page(first_added / PAGE));
                }>
                    {move || format!("Show {} more results", thousands(PAGE.min(total.saturating_sub(shown.get())) as u64))}
                </button>
            </p>
        </Show>
    }
}

/// The ID of the first result of a page added by "Show more".
fn first_of_page(page: usize) -> String {
    format!("search-result-{}", page * PAGE + 1)
}

/// One result: its link, its context, and the fields that matched.
fn search_hit(hit: Hit, id: Option<String>) -> impl IntoView {
    let href = match &hit.target {
        Target::Track(id) => paths::track(id),
        Target::Role(role) => paths::role(role),
        Target::Competency(id) => paths::competency(id),
    };
    let hidden = hit.reasons.len().saturating_sub(REASONS_SHOWN);
    let focusable = id.is_some().then_some("-1");
    view! {
        <li id=id tabindex=focusable>
            <A href=href>{hit.title}</A>
            <span class="muted">{format!(" — {}", hit.context)}</span>
            {hit.reasons.into_iter().take(REASONS_SHOWN).map(match_reason).collect_view()}
            {(hidden > 0).then(|| {
                view! {
                    <p class="match-reason muted">
                        {format!("…and {hidden} more {}.", if hidden == 1 { "field" } else { "fields" })}
                    </p>
                }
            })}
        </li>
    }
}

/// Why a result matched: the field's name and an excerpt with the matching words marked.
fn match_reason(reason: Reason) -> impl IntoView {
    let Snippet { parts, cut_before, cut_after } = reason.snippet;
    view! {
        <p class="match-reason">
            <span class="match-field">{format!("{}: ", field_label(&reason.field))}</span>
            {cut_before.then_some("…")}
            {parts
                .into_iter()
                .map(|part| {
                    if part.matched {
                        Either::Left(view! { <mark>{part.text}</mark> })
                    } else {
                        Either::Right(part.text)
                    }
                })
                .collect_view()}
            {cut_after.then_some("…")}
        </p>
    }
}
