//! `/studio/problems`: every error, warning and piece of lint advice in the draft, by kind
//! and by the part of the file it is in, each with its location (and its rule, for
//! advice); beside them the draft's source, where choosing a problem shows its line.

use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use leptos_meta::Title;

use super::source_view::{ChosenLine, SourceView};
use super::wording::{count, kind_heading, kind_meaning, section_name, source_name};
use super::{use_studio_draft, ReadDraft};
use crate::app::focus::focus_soon;
use crate::app::paths;
use crate::core::display::thousands;
use crate::core::framework::Problem;
use crate::core::lint::{self, Rule};
use crate::core::studio::{FindingGroup, FindingKind};
use crate::core::workbook::WorkbookCell;

#[component]
pub fn StudioProblemsPage() -> impl IntoView {
    let studio = use_studio_draft();
    view! {
        <Title text="Problems" />
        <h1>"Problems"</h1>
        {move || match studio.reading() {
            None => view! {
                <p>"No draft is open. " <a href=paths::studio_draft()>"Open a draft"</a> " to see its problems."</p>
            }
            .into_any(),
            Some(read) => view! { <Findings read /> }.into_any(),
        }}
    }
}

#[component]
fn Findings(read: Rc<ReadDraft>) -> impl IntoView {
    let chosen = ChosenLine(RwSignal::new(None));
    let found =
        |kind: FindingKind| read.groups.iter().find(|g| g.kind == kind).map_or(0, FindingGroup::count);
    let summary = format!(
        "{}: {}, {}, {}.",
        source_name(&read.draft),
        count(found(FindingKind::Error), FindingKind::Error),
        count(found(FindingKind::Warning), FindingKind::Warning),
        count(found(FindingKind::Advice), FindingKind::Advice),
    );
    let lint_note = read.loaded.is_none().then(|| {
        view! { <p>"Lint advice is given once the draft has no errors: it reads the framework the errors stop from loading."</p> }
    });
    let groups = read.groups.clone();
    let cells = read.cells.clone();
    let workbook_note = (!cells.is_empty()).then(|| {
        view! { <p>"This draft was converted from a workbook: each problem names the cell to fix (sheet, column and row), then where it is in the converted JSON."</p> }
    });
    view! {
        <p class="lead">{summary}</p>
        {lint_note}
        {workbook_note}
        <div class="studio-problems">
            <div class="findings">
                {groups.into_iter().map(|group| view! { <KindSection group chosen cells=cells.clone() /> }).collect_view()}
            </div>
            <section class="source" aria-labelledby="source-heading">
                <h2 id="source-heading">{format!("Source ({} lines)", read.lines.len())}</h2>
                <SourceView lines=read.lines.clone() chosen />
            </section>
        </div>
    }
}

/// How many findings of a kind are shown at first and added by each "Show more": a draft
/// with thousands of parity warnings opens at once, and the author reads on page by page.
const PAGE: usize = 200;

/// One kind of finding, section by section; the counts are those of the lists below them.
/// The first [`PAGE`] findings are shown, in order across the sections; each "Show more"
/// adds the next ones below those shown (never re-rendering them) and moves focus to the
/// first one added.
#[component]
fn KindSection(
    group: FindingGroup,
    chosen: ChosenLine,
    cells: Rc<HashMap<String, WorkbookCell>>,
) -> impl IntoView {
    let heading = kind_heading(group.kind);
    let id = format!("{}-heading", heading.to_lowercase());
    let total = group.count();
    let labelled_by = id.clone();
    let shown = RwSignal::new(PAGE);
    let cells = StoredValue::new_local(cells);
    let item_id = move |index: usize| format!("finding-{}-{index}", heading.to_lowercase());
    let body = if total == 0 {
        view! { <p>{format!("No {}.", heading.to_lowercase())}</p> }.into_any()
    } else {
        let mut start = 0;
        group
            .sections
            .into_iter()
            .map(|section| {
                let name = section_name(&section.section);
                let label = format!("{heading}: {name}");
                let len = section.problems.len();
                let first = start;
                start += len;
                let problems = StoredValue::new_local(section.problems);
                let visible = move || shown.get().saturating_sub(first).min(len);
                let any_visible = move || visible() > 0;
                let finding = move |i: usize| {
                    let problem = problems.with_value(|p| p[i].clone());
                    let cell = cells.with_value(|cells| cells.get(&problem.path).cloned());
                    view! { <Finding problem chosen cell id=item_id(first + i) /> }
                };
                view! {
                    <Show when=any_visible>
                        <h3>{format!("{name} ({})", thousands(len as u64))}</h3>
                        <ol class="problems" aria-label=label.clone()>
                            <For each=move || 0..visible() key=|i| *i let:i>{finding(i)}</For>
                        </ol>
                    </Show>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class=format!("finding-kind {}", heading.to_lowercase()) aria-labelledby=labelled_by>
            <h2 id=id>{format!("{heading} ({})", thousands(total as u64))}</h2>
            <p>{kind_meaning(group.kind)}</p>
            {body}
            <Show when=move || shown.get() < total>
                <p class="show-more">
                    {move || format!("Showing {} of {}. ", thousands(shown.get() as u64), thousands(total as u64))}
                    <button type="button" on:click=move |_| {
                        let first_added = shown.get_untracked();
                        shown.set(first_added + PAGE);
                        focus_soon(item_id(first_added));
                    }>
                        {move || format!("Show {} more", thousands(PAGE.min(total.saturating_sub(shown.get())) as u64))}
                    </button>
                </p>
            </Show>
        </section>
    }
}

/// One finding: where it is, the rule that found it (advice), what is wrong, and a button
/// that shows its line in the source.
#[component]
fn Finding(
    problem: Problem,
    chosen: ChosenLine,
    cell: Option<WorkbookCell>,
    /// Its ID, where focus goes when "Show more" adds it first.
    id: String,
) -> impl IntoView {
    let line = problem.position.map(|p| p.line);
    let location = problem.location();
    view! {
        <li class="problem" id=id tabindex="-1">
            <p class="problem-location">
                {cell.map(|cell| view! {
                    <code class="problem-cell">{cell.to_string()}</code>
                    {format!(" (column “{}”) · in the converted JSON: ", cell.header)}
                })}
                <code>{location}</code>
                {problem.rule.map(|rule| view! { " " <span class="rule">"rule " <code>{rule}</code></span> })}
            </p>
            <p class="problem-message">{problem.message}</p>
            {problem.rule.and_then(lint::rule).map(|rule| view! { <RuleHelp rule path=problem.path.clone() /> })}
            {line.map(|line| view! {
                <button type="button" class="show-line" on:click=move |_| {
                    // Choosing the same line again still scrolls back to it.
                    chosen.0.set(None);
                    chosen.0.set(Some(line));
                }>{format!("Show line {line}")}</button>
            })}
        </li>
    }
}

/// Why a lint rule matters, how to fix what it found, and how to keep it when it is meant.
#[component]
fn RuleHelp(rule: &'static Rule, path: String) -> impl IntoView {
    let allow = format!("{{ \"rule\": \"{}\", \"at\": \"{path}\", \"reason\": \"…\" }}", rule.id);
    view! {
        <details class="rule-help">
            <summary>"Why, and how to fix it"</summary>
            <p><strong>"Why: "</strong>{rule.why}</p>
            <p><strong>"Fix: "</strong>{rule.fix}</p>
            <p>
                "If it is intended, say so in " <code>"governance.lint_allow"</code>
                " (format 2) and the advice goes away: " <code class="allow-entry">{allow}</code>
            </p>
        </details>
    }
}
