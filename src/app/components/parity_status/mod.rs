use leptos::prelude::*;

use crate::app::{paths, use_framework};
use crate::core::display::thousands;
use crate::core::framework::{Band, ParityFacts, PayParity, Track};

/// How many tracks or bands a statement names before it counts the rest: enough to see who
/// is concerned, few enough that a file with thousands of warnings keeps a short page.
const NAMED: usize = 5;

/// What the framework file lets a candidate count on about parity, in plain sentences: how
/// far a track goes without managing people, whether pay is published and the same by band,
/// whether any track skips a band. Each sentence says only what the core verified on the
/// file; where a promise is broken it names the tracks or bands, without the located details
/// (those are for the framework's authors, folded at the end of the overview).
#[component]
pub fn ParityStatus() -> impl IntoView {
    let framework = &use_framework().framework;
    let facts = framework.parity_facts();
    view! {
        <section class="parity" aria-labelledby="parity-heading">
            <h2 id="parity-heading">"Parity between tracks"</h2>
            <ul class="parity-facts">
                {top_band(&facts)}
                {pay(&facts.pay)}
                {skipped(&facts.skipping, facts.gaps)}
            </ul>
        </section>
    }
}

/// One statement: kept (✓), broken (⚠) or neither (nothing to promise), with the tracks or
/// bands it names.
fn fact(kept: Option<bool>, text: String, names: Option<AnyView>) -> impl IntoView {
    let (class, mark) = match kept {
        Some(true) => ("parity-ok", "✓ "),
        Some(false) => ("parity-warn", "⚠ "),
        None => ("parity-neutral", ""),
    };
    view! {
        <li class=class>
            {(!mark.is_empty()).then(|| view! { <span aria-hidden="true">{mark}</span> })}
            {text}
            {names}
        </li>
    }
}

fn track_list(tracks: &[&'static Track]) -> AnyView {
    let items = tracks
        .iter()
        .take(NAMED)
        .map(|&track| view! { <li><a href=paths::track(&track.id)>{track.name.as_str()}</a></li> })
        .collect_view();
    view! { <ul>{items}{more(tracks.len(), "track", "tracks")}</ul> }.into_any()
}

/// "…and 495 more tracks." after the first few named, or nothing.
fn more(total: usize, one: &'static str, many: &'static str) -> Option<impl IntoView> {
    let rest = total.saturating_sub(NAMED);
    (rest > 0).then(|| {
        let noun = if rest == 1 { one } else { many };
        view! { <li class="parity-more">{format!("…and {} more {noun}.", thousands(rest as u64))}</li> }
    })
}

fn band_name(band: &Band) -> String {
    format!("{} ({})", band.name, band.id)
}

fn top_band(facts: &ParityFacts<'static>) -> impl IntoView {
    let top = facts.top_band.map(band_name).unwrap_or_default();
    if !facts.people_management {
        fact(
            Some(true),
            format!("No track manages people, so none is favoured for it. The highest band is {top}."),
            None,
        )
    } else if facts.below_top.is_empty() {
        fact(
            Some(true),
            format!(
                "No track stops below people management: {top}, the highest band people management reaches, is open without managing anyone."
            ),
            None,
        )
    } else {
        fact(
            Some(false),
            format!("These tracks stop below {top}, the highest band people management reaches:"),
            Some(track_list(&facts.below_top)),
        )
    }
}

fn pay(pay: &PayParity<'static>) -> impl IntoView {
    match pay {
        PayParity::SameByBand { every_band: true } => {
            fact(Some(true), "Pay is set by band: a band pays the same on every track.".to_string(), None)
        }
        PayParity::SameByBand { every_band: false } => fact(
            Some(true),
            "Where pay is published, a band pays the same on every track; some bands publish no pay."
                .to_string(),
            None,
        ),
        PayParity::NotPublished => fact(
            None,
            "The framework publishes no pay, so it says nothing about pay across tracks.".to_string(),
            None,
        ),
        PayParity::DiffersByTrack { bands } => {
            let items =
                bands.iter().take(NAMED).map(|band| view! { <li>{band_name(band)}</li> }).collect_view();
            fact(
                Some(false),
                "Pay differs by track at these bands:".to_string(),
                Some(view! { <ul>{items}{more(bands.len(), "band", "bands")}</ul> }.into_any()),
            )
        }
    }
}

fn skipped(tracks: &[&'static Track], gaps: usize) -> impl IntoView {
    if tracks.is_empty() {
        fact(Some(true), "No track skips a band.".to_string(), None)
    } else {
        let tracks_text = match tracks.len() {
            1 => "1 track skips a band between two of its levels".to_string(),
            n => format!("{} tracks skip a band between two of their levels", thousands(n as u64)),
        };
        let gaps_text = match gaps {
            1 => "1 band skipped".to_string(),
            n => format!("{} bands skipped in all", thousands(n as u64)),
        };
        fact(Some(false), format!("{tracks_text} ({gaps_text}):"), Some(track_list(tracks)))
    }
}
