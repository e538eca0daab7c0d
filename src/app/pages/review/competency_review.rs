//! One competency in a review: the person's own rating and evidence (read only) beside the
//! manager's rating, on the competency's own scale, and the manager's own evidence.

use leptos::prelude::*;

use super::use_review_data;
use crate::app::components::{EvidenceEditor, ProficiencyBadge, ScaleChoices};
use crate::browser::clock::now_iso;
use crate::core::assessment::Evidence;
use crate::core::framework::Competency;

#[component]
pub fn CompetencyReview(competency: &'static Competency) -> impl IntoView {
    let data = use_review_data();
    let framework = data.framework();
    let id = competency.id.as_str();
    let scale = framework.scale_of(competency);
    let mine = Memo::new(move |_| data.with(|r| r.manager.proficiency(id).map(str::to_string)).flatten());
    let theirs = Memo::new(move |_| {
        data.with(|r| {
            r.theirs.as_ref().map(|_| r.their_proficiency(id).and_then(|p| framework.proficiency_rank(id, p)))
        })
        .flatten()
    });
    let their_evidence = Memo::new(move |_| data.with(|r| r.their_evidence(id).to_vec()).unwrap_or_default());
    let my_evidence =
        Signal::derive(move || data.with(|r| r.manager.rating_evidence(id).to_vec()).unwrap_or_default());
    let their_rating = move || match theirs.get() {
        None => view! { <span class="muted">"no file loaded"</span> }.into_any(),
        Some(None) => view! { <span class="muted">"not rated"</span> }.into_any(),
        Some(Some(rank)) => {
            let name = scale.get(rank).map(|p| p.name.clone()).unwrap_or_default();
            view! { <ProficiencyBadge rank steps=scale.len() name /> }.into_any()
        }
    };
    let name = format!("review-{id}");
    let on_choose = Callback::new(move |level: &'static str| {
        let now = now_iso();
        data.update(move |r| {
            // The level comes from this competency's own scale, so it always applies.
            let _ = r.rate(framework, id, level, &now);
        })
    });
    let on_clear = Callback::new(move |()| {
        let now = now_iso();
        data.update(move |r| r.unrate(id, &now))
    });
    let options = view! { <ScaleChoices competency scale name chosen=mine on_choose on_clear /> };
    let on_add = Callback::new(move |evidence: Evidence| {
        let now = now_iso();
        data.update(move |r| r.add_evidence(id, evidence.clone(), &now))
    });
    let on_remove = Callback::new(move |evidence: Evidence| {
        let now = now_iso();
        data.update(move |r| r.remove_evidence(id, &evidence, &now))
    });
    let their_list = move || {
        let evidence = their_evidence.get();
        (!evidence.is_empty()).then(|| {
            view! {
                <ul class="evidence-list" aria-label=format!("Their evidence for {}", competency.name)>
                    {evidence
                        .into_iter()
                        .map(|e| {
                            let link = e.web_link().map(str::to_string);
                            view! {
                                <li>
                                    {e.note.clone()}
                                    {(!e.date.is_empty()).then(|| view! { <span class="muted">{format!(" ({})", e.date)}</span> })}
                                    {link.map(|href| view! { " " <a href=href rel="noopener noreferrer">"link"</a> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    };
    view! {
        <fieldset class="rating review-rating">
            <legend>{competency.name.clone()}</legend>
            <p class="muted">{competency.description.clone()}</p>
            <div class="sides">
            <div class="their-side">
                <p><strong>"Their own rating: "</strong>{their_rating}</p>
                {their_list}
            </div>
            <div class="your-side">
                <p><strong>"Your rating of them:"</strong></p>
                {options}
                <EvidenceEditor
                    id=format!("review-ev-{id}")
                    subject=format!("your rating of {}", competency.name)
                    evidence=my_evidence
                    on_add
                    on_remove
                />
            </div>
            </div>
        </fieldset>
    }
}
