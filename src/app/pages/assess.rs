use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::app::components::{EvidenceEditor, PrivateStatus, RoleOptions};
use crate::app::my_data::use_my_data;
use crate::app::paths;
use crate::browser::storage::now_iso;
use crate::core::assessment::{
    milestone_key, next_role_per_track, Evidence, MilestoneProgress, MilestoneStatus, Rating,
};

/// The private self-assessment: a profile, a rating per competency with the descriptors
/// in view, evidence, and progress on the milestones of roles of interest.
#[component]
pub fn AssessPage() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let mut themes: Vec<&str> = Vec::new();
    for c in &framework.competencies {
        if !themes.contains(&c.theme.as_str()) {
            themes.push(&c.theme);
        }
    }
    let rated = move || data.with(|a| a.ratings.len());
    let sections = themes
        .into_iter()
        .map(|theme| {
            let ratings = framework
                .competencies
                .iter()
                .filter(|c| c.theme == theme)
                .map(|c| view! { <CompetencyRating id=c.id.clone() /> })
                .collect_view();
            view! {
                <section class="theme">
                    <h3>{theme.to_string()}</h3>
                    {ratings}
                </section>
            }
        })
        .collect_view();
    view! {
        <Title text="Assess myself" />
        <h1>"Assess myself"</h1>
        <PrivateStatus />
        <p class="lead">
            "Rate each competency against the framework's descriptions, add evidence where you have it, and mark progress on milestones. Everything saves as you go."
        </p>
        <ProfileForm />
        <section aria-labelledby="ratings-heading">
            <h2 id="ratings-heading">"Competencies"</h2>
            <p class="muted">{move || format!("{} of {} rated.", rated(), framework.competencies.len())}</p>
            {sections}
        </section>
        <MilestoneProgressForm />
        <p class="page-actions">
            <A href=paths::fit()>"See where you fit"</A>
        </p>
    }
}

/// Current role, and the tracks the person is drawn to or wants to avoid.
#[component]
fn ProfileForm() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let current =
        move || data.with(|a| a.profile.current_role.as_ref().map(paths::role_key).unwrap_or_default());
    let on_role = move |ev: leptos::ev::Event| {
        let role = paths::parse_role_key(&event_target_value(&ev));
        data.update(move |a| a.profile.current_role = role);
    };
    let track_boxes = move |list: &'static str| {
        framework
            .tracks
            .iter()
            .map(|track| {
                let id = track.id.clone();
                let checked_id = id.clone();
                let checked = move || {
                    data.with(|a| {
                        let l = if list == "drawn" { &a.profile.drawn_to } else { &a.profile.avoid };
                        l.contains(&checked_id)
                    })
                };
                let toggle = move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    let id = id.clone();
                    data.update(move |a| {
                        let (this, other) = if list == "drawn" {
                            (&mut a.profile.drawn_to, &mut a.profile.avoid)
                        } else {
                            (&mut a.profile.avoid, &mut a.profile.drawn_to)
                        };
                        this.retain(|t| *t != id);
                        if on {
                            other.retain(|t| *t != id);
                            this.push(id);
                        }
                    });
                };
                view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=checked on:change=toggle />
                        {track.name.clone()}
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="profile-heading" class="profile">
            <h2 id="profile-heading">"About you (optional)"</h2>
            <div class="field">
                <label for="current-role">"Current role"</label>
                <select id="current-role" on:change=on_role prop:value=current>
                    <option value="">"Not set"</option>
                    <RoleOptions />
                </select>
            </div>
            <fieldset>
                <legend>"Tracks I'm drawn to"</legend>
                {track_boxes("drawn")}
            </fieldset>
            <fieldset>
                <legend>"Tracks I want to avoid"</legend>
                <p class="muted">"Avoided tracks are left out of “Where I fit” and of suggestions."</p>
                {track_boxes("avoid")}
            </fieldset>
        </section>
    }
}

/// One competency's rating: a radio per proficiency with its descriptor, and evidence.
#[component]
fn CompetencyRating(
    /// Competency ID.
    id: String,
) -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let Some(competency) = framework.competency(&id) else { return ().into_any() };
    let name = format!("rate-{id}");
    let current = {
        let id = id.clone();
        move || data.with(|a| a.proficiency(&id).map(str::to_string))
    };
    let set = {
        let id = id.clone();
        move |proficiency: Option<String>| {
            let id = id.clone();
            data.update(move |a| match proficiency {
                None => {
                    // Un-rating keeps the evidence: only the level is cleared, so nothing is lost.
                    if let Some(rating) = a.ratings.get(&id) {
                        if rating.evidence.is_empty() {
                            a.ratings.remove(&id);
                        }
                    }
                }
                Some(p) => {
                    let rating = a.ratings.entry(id).or_insert_with(|| Rating {
                        proficiency: p.clone(),
                        evidence: Vec::new(),
                        updated: String::new(),
                    });
                    rating.proficiency = p;
                    rating.updated = now_iso();
                }
            })
        }
    };
    let options = framework
        .proficiency_scale
        .iter()
        .map(|p| {
            let value = p.id.clone();
            let checked_value = p.id.clone();
            let current = current.clone();
            let set = set.clone();
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name.clone()
                        value=value.clone()
                        prop:checked=move || current().as_deref() == Some(checked_value.as_str())
                        on:change=move |_| set(Some(value.clone()))
                    />
                    <span>
                        <strong>{p.name.clone()}</strong>
                        " — "
                        {competency.descriptors.get(&p.id).cloned().unwrap_or_default()}
                    </span>
                </label>
            }
        })
        .collect_view();
    let evidence = {
        let id = id.clone();
        Signal::derive(move || {
            data.with(|a| a.ratings.get(&id).map(|r| r.evidence.clone()).unwrap_or_default())
        })
    };
    let on_add = {
        let id = id.clone();
        Callback::new(move |e: Evidence| {
            let id = id.clone();
            data.update(move |a| {
                let rating = a.ratings.entry(id).or_insert_with(|| Rating {
                    proficiency: String::new(),
                    evidence: Vec::new(),
                    updated: String::new(),
                });
                rating.evidence.push(e);
                rating.updated = now_iso();
            })
        })
    };
    let on_remove = {
        let id = id.clone();
        Callback::new(move |i: usize| {
            let id = id.clone();
            data.update(move |a| {
                if let Some(rating) = a.ratings.get_mut(&id) {
                    if i < rating.evidence.len() {
                        rating.evidence.remove(i);
                    }
                    if rating.proficiency.is_empty() && rating.evidence.is_empty() {
                        a.ratings.remove(&id);
                    }
                }
            })
        })
    };
    let not_rated = current.clone();
    let clear = set.clone();
    view! {
        <fieldset class="rating">
            <legend>{competency.name.clone()}</legend>
            <p class="muted">{competency.description.clone()}</p>
            <label class="choice">
                <input
                    type="radio"
                    name=name.clone()
                    value=""
                    prop:checked=move || not_rated().is_none_or(|p| p.is_empty())
                    on:change=move |_| clear(None)
                />
                <span>"Not rated"</span>
            </label>
            {options}
            <EvidenceEditor id=format!("ev-{id}") subject=competency.name.clone() evidence on_add on_remove />
        </fieldset>
    }
    .into_any()
}

/// Milestone progress for a chosen role of interest.
#[component]
fn MilestoneProgressForm() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    // Default to the best next role in the person's first track, else the first role.
    let initial = data.with_untracked(|a| next_role_per_track(framework, a).first().map(|r| r.role.clone()));
    let initial = initial.or_else(|| framework.roles().next().map(|(r, _, _)| r));
    let chosen = RwSignal::new(initial);
    let milestones = move || {
        let Some(role) = chosen.get() else { return ().into_any() };
        let Some((_, level)) = framework.level(&role) else { return ().into_any() };
        if level.milestones.is_empty() {
            return view! { <p>"This role lists no milestones."</p> }.into_any();
        }
        level
            .milestones
            .iter()
            .map(|m| {
                let key = milestone_key(&role, &m.id);
                let select_id = format!("ms-{}", key.replace('/', "-"));
                let status_key = key.clone();
                let status = move || data.with(|a| a.milestone_status(&status_key));
                let change_key = key.clone();
                let on_status = move |ev: leptos::ev::Event| {
                    let status = match event_target_value(&ev).as_str() {
                        "in_progress" => MilestoneStatus::InProgress,
                        "achieved" => MilestoneStatus::Achieved,
                        _ => MilestoneStatus::NotStarted,
                    };
                    let key = change_key.clone();
                    data.update(move |a| {
                        let progress = a.milestones.entry(key).or_insert_with(|| MilestoneProgress {
                            status,
                            evidence: Vec::new(),
                            updated: String::new(),
                        });
                        progress.status = status;
                        progress.updated = now_iso();
                    });
                };
                let evidence_key = key.clone();
                let evidence = Signal::derive(move || {
                    data.with(|a| a.milestones.get(&evidence_key).map(|m| m.evidence.clone()).unwrap_or_default())
                });
                let add_key = key.clone();
                let on_add = Callback::new(move |e: Evidence| {
                    let key = add_key.clone();
                    data.update(move |a| {
                        let progress = a.milestones.entry(key).or_insert_with(|| MilestoneProgress {
                            status: MilestoneStatus::InProgress,
                            evidence: Vec::new(),
                            updated: String::new(),
                        });
                        progress.evidence.push(e);
                        progress.updated = now_iso();
                    })
                });
                let remove_key = key.clone();
                let on_remove = Callback::new(move |i: usize| {
                    let key = remove_key.clone();
                    data.update(move |a| {
                        if let Some(progress) = a.milestones.get_mut(&key) {
                            if i < progress.evidence.len() {
                                progress.evidence.remove(i);
                            }
                        }
                    })
                });
                view! {
                    <div class="milestone">
                        <h3>{m.title.clone()}</h3>
                        <p class="muted">{format!("Evidence: {} Verified by: {}", m.evidence, m.verification)}</p>
                        <div class="field">
                            <label for=select_id.clone()>{format!("Status of “{}”", m.title)}</label>
                            <select id=select_id on:change=on_status>
                                {MilestoneStatus::ALL
                                    .into_iter()
                                    .map(|s| {
                                        let value = match s {
                                            MilestoneStatus::NotStarted => "not_started",
                                            MilestoneStatus::InProgress => "in_progress",
                                            MilestoneStatus::Achieved => "achieved",
                                        };
                                        let status = status.clone();
                                        view! { <option value=value selected=move || status() == s>{s.label()}</option> }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                        <EvidenceEditor id=format!("ev-{}", key.replace('/', "-")) subject=m.title.clone() evidence on_add on_remove />
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section aria-labelledby="milestones-heading">
            <h2 id="milestones-heading">"Milestones of a role I'm interested in"</h2>
            <div class="field">
                <label for="milestone-role">"Role"</label>
                <select
                    id="milestone-role"
                    prop:value=move || chosen.get().as_ref().map(paths::role_key).unwrap_or_default()
                    on:change=move |ev| chosen.set(paths::parse_role_key(&event_target_value(&ev)))
                >
                    <RoleOptions />
                </select>
            </div>
            <div class="milestone-list">{milestones}</div>
        </section>
    }
}
