use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use super::wording::{tier_class, GapWords};
use crate::app::components::PrivateStatus;
use crate::app::my_data::use_my_data;
use crate::app::paths;
use crate::core::assessment::{next_role_per_track, rank_roles, Readiness, Tier, MILESTONE_SHARE};
use crate::core::framework::{Framework, Level, Track};

/// A scored role with the framework items it shows. `key` changes whenever anything shown
/// changes, so keyed lists keep a row's DOM exactly as long as it is still right.
#[derive(Clone)]
struct Fit {
    key: u64,
    track: &'static Track,
    level: &'static Level,
    readiness: Arc<Readiness>,
}

impl PartialEq for Fit {
    fn eq(&self, other: &Fit) -> bool {
        self.key == other.key
    }
}

impl Fit {
    fn all(framework: &'static Framework, scored: Vec<Readiness>) -> Vec<Fit> {
        scored
            .into_iter()
            .filter_map(|readiness| {
                let (track, level) = framework.level(&readiness.role)?;
                let mut hasher = DefaultHasher::new();
                readiness.role.hash(&mut hasher);
                readiness.score.to_bits().hash(&mut hasher);
                readiness.tier.hash(&mut hasher);
                for gap in &readiness.gaps {
                    (&gap.competency, gap.current, gap.required, gap.weight.to_bits()).hash(&mut hasher);
                }
                Some(Fit { key: hasher.finish(), track, level, readiness: Arc::new(readiness) })
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
    // Scored when the person's data changes; passed on only when a result changes.
    let ranked = Memo::new(move |_| Fit::all(framework, data.with(|a| rank_roles(framework, a))));
    let best = Memo::new(move |_| Fit::all(framework, data.with(|a| next_role_per_track(framework, a))));
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
        <details class="how">
            <summary>"How readiness is worked out"</summary>
            <p>
                "Each competency a role expects counts in proportion to the steps of the scale you have reached, weighted by the role's weight for it. "
                {format!("When the role has milestones, they make up {}% of readiness (achieved counts fully, in progress half).", (MILESTONE_SHARE * 100.0) as u32)}
            </p>
            <ul>
                {Tier::ALL.into_iter().map(|t| view! { <li><span class=tier_class(t)>{t.label()}</span>{format!(": {}", t.rule())}</li> }).collect_view()}
            </ul>
        </details>
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
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="all-heading">
                <table class="fit-table">
                    <thead>
                        <tr>
                            <th scope="col">"Role"</th>
                            <th scope="col">"Track"</th>
                            <th scope="col">"Band"</th>
                            <th scope="col" class="num">"Readiness"</th>
                            <th scope="col">"Tier"</th>
                            <th scope="col">"Biggest gaps"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=shown key=|fit| fit.key let:fit>
                            <RankedRow fit words />
                        </For>
                    </tbody>
                </table>
            </div>
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
            <p>
                <span class=tier_class(r.tier)>{r.tier.label()}</span>
                {format!(" · {}% ready", r.percent())}
            </p>
            <p class="muted">{words.with_value(|w| w.summary(r, 2))}</p>
        </li>
    }
}

/// One role in the ranked table.
#[component]
fn RankedRow(fit: Fit, words: StoredValue<GapWords>) -> impl IntoView {
    let r = &fit.readiness;
    view! {
        <tr>
            <th scope="row"><a href=paths::gaps(&r.role)>{fit.level.title.as_str()}</a></th>
            <td>{fit.track.name.as_str()}</td>
            <td>{fit.level.band.as_str()}</td>
            <td class="num">{format!("{}%", r.percent())}</td>
            <td><span class=tier_class(r.tier)>{r.tier.label()}</span></td>
            <td>{words.with_value(|w| w.summary(r, 3))}</td>
        </tr>
    }
}
