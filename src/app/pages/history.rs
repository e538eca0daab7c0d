use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::components::{LineChart, PrivateStatus};
use crate::app::my_data::use_my_data;
use crate::browser::clock::today;

/// Dated snapshots of the ratings, and each competency's progress across them.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let label = RwSignal::new(String::new());
    let date = RwSignal::new(today());
    let chosen = RwSignal::new(framework.competencies.first().map(|c| c.id.clone()).unwrap_or_default());
    let take = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (l, d) = (label.get(), date.get());
        data.update(move |a| {
            a.take_snapshot(&l, &d);
        });
        label.set(String::new());
    };
    let rank = move |p: &str| framework.proficiency_rank(p);
    let name_of = move |p: Option<&String>| {
        p.and_then(|p| framework.proficiency(p)).map(|p| p.name.clone()).unwrap_or_else(|| "—".to_string())
    };
    let chart = move || {
        let snapshots = data.with(|a| a.snapshots.clone());
        if snapshots.is_empty() {
            return view! { <p>"No snapshot yet. Take one after each review to see your progress over time."</p> }.into_any();
        }
        let id = chosen.get();
        let name = framework.competency(&id).map(|c| c.name.clone()).unwrap_or_default();
        let points = snapshots
            .iter()
            .map(|s| (s.label.clone(), s.ratings.get(&id).and_then(|p| rank(p)).map(|r| r + 1)))
            .collect();
        view! {
            <LineChart points steps=framework.proficiency_scale.len() title=format!("{name} across your snapshots") />
        }
        .into_any()
    };
    let table = move || {
        let snapshots = data.with(|a| a.snapshots.clone());
        (!snapshots.is_empty()).then(|| {
            let header = snapshots
                .iter()
                .map(|s| {
                    let id = s.id.clone();
                    let label = s.label.clone();
                    view! {
                        <th scope="col">
                            {s.label.clone()}
                            <span class="kind">{s.date.clone()}</span>
                            <button type="button" class="link-button" on:click=move |_| {
                                let id = id.clone();
                                data.update(move |a| a.snapshots.retain(|s| s.id != id));
                            }>{format!("Delete “{label}”")}</button>
                        </th>
                    }
                })
                .collect_view();
            let rows = framework
                .competencies
                .iter()
                .map(|c| {
                    let cells = snapshots
                        .iter()
                        .map(|s| view! { <td>{name_of(s.ratings.get(&c.id))}</td> })
                        .collect_view();
                    view! { <tr><th scope="row">{c.name.clone()}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label="Ratings in each snapshot">
                    <table class="history-table">
                        <thead><tr><th scope="col">"Competency"</th>{header}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    };
    view! {
        <Title text="History" />
        <h1>"History"</h1>
        <PrivateStatus />
        <form class="snapshot-form" on:submit=take>
            <div class="field">
                <label for="snapshot-label">"Snapshot name (e.g. Q3 review)"</label>
                <input id="snapshot-label" prop:value=label on:input=move |ev| label.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="snapshot-date">"Date"</label>
                <input id="snapshot-date" type="date" prop:value=date on:input=move |ev| date.set(event_target_value(&ev)) />
            </div>
            <button type="submit">"Take snapshot of my ratings"</button>
        </form>
        <section aria-labelledby="progress-heading">
            <h2 id="progress-heading">"Progress per competency"</h2>
            <div class="field narrow">
                <label for="history-competency">"Competency to chart"</label>
                <select id="history-competency" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    {framework.competencies.iter().map(|c| view! { <option value=c.id.clone()>{c.name.clone()}</option> }).collect_view()}
                </select>
            </div>
            {chart}
            {table}
        </section>
    }
}
