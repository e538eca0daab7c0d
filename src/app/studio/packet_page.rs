//! `/studio/packet`: the council's review packet for the draft on one printable page, and
//! the same as Markdown: summary figures, parity, warnings and lint advice, the comparison
//! with the published version, the changelog, and the open governance warnings.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_meta::Title;

use super::change_list::ChangeList;
use super::needs_draft::NeedsLoadedDraft;
use super::published::{use_published_framework, Published};
use super::ReadDraft;
use crate::browser::clock::today;
use crate::browser::files::download;
use crate::core::framework::{Loaded, Problem};
use crate::core::studio::Packet;
use crate::report::{changelog_draft, figure_rows, finding_line, governance_sentence, packet_markdown};

#[component]
pub fn StudioPacketPage() -> impl IntoView {
    view! {
        <Title text="Review packet" />
        <NeedsLoadedDraft what="make a review packet of" page=packet heading="Review packet" />
    }
}

fn packet(read: Rc<ReadDraft>, draft: &'static Loaded) -> AnyView {
    let published = use_published_framework();
    let findings = read.problems.clone();
    (move || {
        let published = published.read();
        let Some(published) = published else {
            return view! {
                <h1>"Review packet"</h1>
                <p role="status">"Reading the published framework…"</p>
            }
            .into_any();
        };
        let base = match &published {
            Published::Loaded(loaded) => Some(&loaded.framework),
            _ => None,
        };
        let today = today();
        let packet = Packet::new(draft, &findings, base, &today);
        view! { <PacketView packet today /> }.into_any()
    })
    .into_any()
}

#[component]
fn PacketView(packet: Packet, today: String) -> impl IntoView {
    let markdown = packet_markdown(&packet, &today);
    let file =
        format!("review-packet-{}-{}.md", packet.name.to_lowercase().replace(' ', "-"), packet.version);
    let failed = RwSignal::new(None::<String>);
    let figures = figure_rows(&packet.figures)
        .into_iter()
        .chain([
            ("Parity warnings", packet.parity.len()),
            ("Warnings", packet.warnings.len()),
            ("Lint advice", packet.advice.len()),
            ("Governance warnings", packet.governance.len()),
        ])
        .map(|(name, n)| view! { <tr><th scope="row">{name}</th><td>{n}</td></tr> })
        .collect_view();
    let drafted = packet.comparison.as_ref().filter(|diff| !diff.is_empty()).map(|diff| {
        let version = diff.suggested_version.clone().unwrap_or_else(|| packet.version.clone());
        changelog_draft(diff, &version, &today)
    });
    view! {
        <article class="review-packet">
            <h1>{format!("Council review packet: {}, version {}", packet.name, packet.version)}</h1>
            <p class="lead">{format!("Prepared {today} for {}.", packet.council)}</p>
            <p class="packet-actions">
                <button type="button" on:click=|_| {
                    if let Some(window) = web_sys::window() {
                        let _ = window.print();
                    }
                }>"Print the packet"</button>
                " "
                <button type="button" on:click=move |_| {
                    failed.set(download(&file, &markdown, "text/markdown").err());
                }>"Download as Markdown"</button>
            </p>
            {move || failed.get().map(|why| view! { <p class="notice alert" role="alert">{format!("The download failed: {why}")}</p> })}
            <section aria-labelledby="packet-summary">
                <h2 id="packet-summary">"Summary"</h2>
                <table class="packet-figures">
                    <caption>"The draft in figures"</caption>
                    <tbody>{figures}</tbody>
                </table>
            </section>
            <Findings id="packet-parity" heading="Parity" problems=packet.parity
                none="No parity warnings: every track is an equal route by the framework's rules." />
            <Findings id="packet-warnings" heading="Warnings" problems=packet.warnings none="No warnings." />
            <Findings id="packet-advice" heading="Lint advice" problems=packet.advice none="No lint advice." />
            <section aria-labelledby="packet-comparison">
                <h2 id="packet-comparison">"Comparison with the published version"</h2>
                {match packet.comparison {
                    Some(diff) => view! { <ChangeList diff /> }.into_any(),
                    None => view! { <p>"The published framework could not be read, so there is no comparison."</p> }.into_any(),
                }}
            </section>
            <section aria-labelledby="packet-changelog">
                <h2 id="packet-changelog">"Changelog"</h2>
                <ul>
                    {packet.changelog.into_iter().map(|entry| view! {
                        <li><strong>{entry.version}</strong>{format!(" ({}): {}", entry.date, entry.summary)}</li>
                    }).collect_view()}
                </ul>
                {drafted.map(|entry| view! {
                    <p>"Drafted entry for this change:"</p>
                    <pre class="changelog-draft">{entry}</pre>
                })}
            </section>
            <section aria-labelledby="packet-governance">
                <h2 id="packet-governance">{format!("Governance ({})", packet.governance.len())}</h2>
                {if packet.governance.is_empty() {
                    view! { <p>"No open governance warnings."</p> }.into_any()
                } else {
                    view! {
                        <ul>{packet.governance.iter().map(|w| view! { <li>{governance_sentence(w)}</li> }).collect_view()}</ul>
                    }
                    .into_any()
                }}
                {packet.next_review.map(|due| view! { <p>{format!("Next review due by {due}.")}</p> })}
            </section>
        </article>
    }
}

#[component]
fn Findings(
    id: &'static str,
    heading: &'static str,
    problems: Vec<Problem>,
    none: &'static str,
) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{format!("{heading} ({})", problems.len())}</h2>
            {if problems.is_empty() {
                view! { <p>{none}</p> }.into_any()
            } else {
                view! { <ul>{problems.iter().map(|p| view! { <li>{finding_line(p)}</li> }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}
