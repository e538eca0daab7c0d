use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use super::policy::HowReadinessWorks;
use super::wording::{next_role_rule, tier_class, tier_label, GapWords};
use crate::app::components::{PrivateStatus, ScrollRegion};
use crate::app::my_data::use_my_data;
use crate::app::paths;
use crate::core::assessment::{current_role_in, where_i_fit, Readiness, Shortfall};
use crate::core::framework::{Framework, Level, RoleRef, Track};

/// A scored role with the framework items it shows. `key` changes whenever anything shown
/// changes, so keyed lists keep a row's DOM exactly as long as it is still right.
#[derive(Clone)]
struct Fit {
    key: u64,
    track: &'static Track,
    level: &'static Level,
    band: &'static str,
    readiness: Arc<Readiness>,
}

impl PartialEq for Fit {
    fn eq(&self, other: &Fit) -> bool {
        self.key == other.key
    }
}

/// Everything of a readiness result the page shows, hashed.
fn shown_key(r: &Readiness) -> u64 {
    let mut hasher = DefaultHasher::new();
    r.role.hash(&mut hasher);
    r.score.to_bits().hash(&mut hasher);
    r.tier.hash(&mut hasher);
    for gap in &r.gaps {
        (&gap.competency, gap.current, gap.required, gap.weight.to_bits()).hash(&mut hasher);
    }
    (r.milestones_achieved, r.milestones_in_progress, r.expectations_met).hash(&mut hasher);
    r.expectations_met_share.to_bits().hash(&mut hasher);
    r.competency_score.to_bits().hash(&mut hasher);
    if let Some(points) = &r.points {
        (points.have, points.themes.iter().map(|t| t.have).collect::<Vec<_>>()).hash(&mut hasher);
    }
    for shortfall in &r.shortfalls {
        std::mem::discriminant(shortfall).hash(&mut hasher);
        if let Shortfall::Expectations { unmet } | Shortfall::Milestones { not_achieved: unmet } = shortfall {
            unmet.hash(&mut hasher);
        }
    }
    r.allowances.len().hash(&mut hasher);
    hasher.finish()
}

impl Fit {
    fn all(framework: &'static Framework, scored: Vec<Readiness>) -> Vec<Fit> {
        scored
            .into_iter()
            .filter_map(|readiness| {
                let (track, level) = framework.level(&readiness.role)?;
                let band = framework.band(&level.band).map_or(level.band.as_str(), |b| b.name.as_str());
                Some(Fit { key: shown_key(&readiness), track, level, band, readiness: Arc::new(readiness) })
            })
            .collect()
    }
}

/// Rows of the ranked table shown at first. A large framework has hundreds of roles: drawing
/// them all would slow the page for rows few people read, and the track filter narrows the
/// list anyway.
const FIRST_ROWS: usize = 50;

/// Where the person fits: readiness for every role, the best next role per track, and why.
#[component]
pub fn FitPage() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    // Every role scored once when the person's data changes; each list is passed on only
    // when it changes.
    let overview = Memo::new(move |_| {
        let fit = data.with(|a| where_i_fit(framework, a));
        (Fit::all(framework, fit.ranked), Fit::all(framework, fit.best_next), fit.without_criteria)
    });
    let ranked = Memo::new(move |_| overview.with(|(ranked, _, _)| ranked.clone()));
    let best = Memo::new(move |_| overview.with(|(_, best, _)| best.clone()));
    let without_criteria: Memo<Vec<RoleRef>> =
        Memo::new(move |_| overview.with(|(_, _, without)| without.clone()));
    let best_rule = Memo::new(move |_| {
        data.with(|a| next_role_rule(framework, current_role_in(framework, a).map(|(_, level)| level)))
    });
    let avoided: Memo<Vec<&'static Track>> = Memo::new(move |_| {
        data.with(|a| framework.tracks.iter().filter(|t| a.profile.avoid.contains(&t.id)).collect())
    });
    let nothing_rated = Memo::new(move |_| data.with(|a| a.ratings.is_empty()));
    let filter = RwSignal::new(String::new());
    let show_all = RwSignal::new(false);
    let filtered: Memo<Vec<Fit>> = Memo::new(move |_| {
        filter.with(|track| {
            ranked.with(|all| {
                all.iter().filter(|f| track.is_empty() || f.track.id == *track).cloned().collect()
            })
        })
    });
    let limit = move || if show_all.get() { usize::MAX } else { FIRST_ROWS };
    let shown = move || filtered.with(|all| all.iter().take(limit()).cloned().collect::<Vec<_>>());
    let some_hidden = move || filtered.with(Vec::len) > limit();
    let words = StoredValue::new(GapWords::new(framework));
    let track_options = move || {
        avoided.with(|avoided| {
            framework.tracks.iter().filter(|t| !avoided.iter().any(|a| a.id == t.id)).collect::<Vec<_>>()
        })
    };
    view! {
        <Title text="Where I fit" />
        <h1>"Where I fit"</h1>
        <PrivateStatus />
        <Show when=move || nothing_rated.get()>
            <p class="notice">"You haven't rated any competency yet, so every role shows as far away. " <A href=paths::assess()>"Assess yourself"</A> " first."</p>
        </Show>
        <HowReadinessWorks />
        <Show when=move || !avoided.with(Vec::is_empty)>
            <p class="muted">
                {move || {
                    let names: Vec<&str> = avoided.with(|a| a.iter().map(|t| t.name.as_str()).collect());
                    format!("Not shown, as you asked: {}.", names.join(", "))
                }}
            </p>
        </Show>
        <section aria-labelledby="best-heading">
            <h2 id="best-heading">"Best next role in each track"</h2>
            <p class="muted best-rule">{move || best_rule.get()}</p>
            <ul class="fit-cards">
                <For each=move || best.get() key=|fit| fit.key let:fit>
                    <BestCard fit words />
                </For>
            </ul>
        </section>
        <section aria-labelledby="all-heading">
            <h2 id="all-heading">"All roles, most ready first"</h2>
            <div class="field narrow">
                <label for="fit-track">"Track"</label>
                <select id="fit-track" on:change=move |ev| filter.set(event_target_value(&ev))>
                    <option value="">"All tracks"</option>
                    <For each=track_options key=|track| track.id.as_str() let:track>
                        <option value=track.id.as_str()>{track.name.as_str()}</option>
                    </For>
                </select>
            </div>
            <ScrollRegion heading_id="all-heading">
                <table class="fit-table cards-on-phone">
                    <thead>
                        <tr>
                            <th scope="col">"Role"</th>
                            <th scope="col">"Track"</th>
                            <th scope="col">"Band"</th>
                            <th scope="col" class="num">"Readiness"</th>
                            <th scope="col">"Tier and why"</th>
                            <th scope="col">"Biggest gaps"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=shown key=|fit| fit.key let:fit>
                            <RankedRow fit words />
                        </For>
                    </tbody>
                </table>
            </ScrollRegion>
            <Show when=some_hidden>
                <p>
                    {move || format!("The {FIRST_ROWS} most ready roles are shown. ")}
                    <button type="button" on:click=move |_| {
                        show_all.set(true);
                        // The button goes away: focus moves to the first role it revealed.
                        request_animation_frame(|| focus_first(&format!(".fit-table tbody tr:nth-child({}) a", FIRST_ROWS + 1)));
                    }>
                        {move || format!("Show all {} roles", filtered.with(Vec::len))}
                    </button>
                </p>
            </Show>
        </section>
        <Show when=move || !without_criteria.with(Vec::is_empty)>
            <section aria-labelledby="no-criteria-heading">
                <h2 id="no-criteria-heading">"Roles without criteria"</h2>
                <p>
                    "Roles without criteria in this framework: "
                    {move || without_criteria.get().into_iter().enumerate().map(|(i, role)| {
                        let title = framework.level(&role).map_or(String::new(), |(track, level)| format!("{} ({})", level.title, track.name));
                        view! { {if i > 0 { ", " } else { "" }}<a href=paths::role(&role)>{title}</a> }
                    }).collect_view()}
                    ". The framework lists no expectations, milestones or points threshold for them, so there is no readiness to show."
                </p>
            </section>
        </Show>
    }
}

fn focus_first(selector: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The expectations' and the points' figures when a role has both: readiness counts the
/// lower, and the page shows both.
fn both_figures(r: &Readiness) -> Option<String> {
    let (expectations, points) = (r.expectations_percent()?, r.points_percent()?);
    Some(format!("expectations {expectations}%, points {points}%"))
}

// Links in these long lists are plain anchors: the router still handles them, without a
// reactive `<A>` (active-route tracking) per row.

/// The best next role of one track, as a card.
#[component]
fn BestCard(fit: Fit, words: StoredValue<GapWords>) -> impl IntoView {
    let r = &fit.readiness;
    view! {
        <li class="fit-card">
            <p class="kind">{fit.track.name.as_str()}</p>
            <h3><a href=paths::gaps(&r.role)>{fit.level.title.as_str()}</a></h3>
            <p class="muted band">{format!("{} band", fit.band)}</p>
            <p>
                <span class=tier_class(r.tier)>{tier_label(r.tier)}</span>
                {format!(" · {}% ready", r.percent())}
                {both_figures(r).map(|both| format!(" ({both})"))}
            </p>
            <p class="reason">{words.with_value(|w| w.tier_reason(r))}</p>
            <p class="muted">{words.with_value(|w| w.summary(r, 2))}</p>
        </li>
    }
}

/// One role in the ranked table. Each cell names its column (`data-label`), which a phone
/// shows in place of the header row when the rows are drawn as cards.
#[component]
fn RankedRow(fit: Fit, words: StoredValue<GapWords>) -> impl IntoView {
    let r = &fit.readiness;
    view! {
        <tr>
            <th scope="row"><a href=paths::gaps(&r.role)>{fit.level.title.as_str()}</a></th>
            <td data-label="Track">{fit.track.name.as_str()}</td>
            <td data-label="Band">{fit.band}</td>
            <td class="num" data-label="Readiness">
                {format!("{}%", r.percent())}
                {both_figures(r).map(|both| view! { <br /><small class="muted">{both}</small> })}
            </td>
            <td data-label="Tier and why">
                <span class=tier_class(r.tier)>{tier_label(r.tier)}</span>
                " "
                <span class="reason">{words.with_value(|w| w.tier_reason(r))}</span>
            </td>
            <td data-label="Biggest gaps">{words.with_value(|w| w.summary(r, 3))}</td>
        </tr>
    }
}
