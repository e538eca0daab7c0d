//! The reviews on this device, and starting a new one by the person's name.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::use_review_data;
use crate::app::paths;
use crate::core::assessment::review::NameError;

#[component]
pub fn ReviewsList() -> impl IntoView {
    let data = use_review_data();
    let query = use_query_map();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<NameError>);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match data.start(&name.get_untracked()) {
            Ok(slug) => {
                problem.set(None);
                name.set(String::new());
                navigate(paths::without_base(&paths::review(Some(&slug))), Default::default());
            }
            Err(err) => problem.set(Some(err)),
        }
    };
    let list = move || {
        match data.reviews() {
        Err(err) => view! { <p class="alert" role="alert">{format!("The reviews on this device can't be read: {err}.")}</p> }.into_any(),
        Ok(reviews) if reviews.is_empty() => view! { <p class="muted">"No reviews on this device yet."</p> }.into_any(),
        Ok(reviews) => {
            let current = query.with(|q| q.get("person"));
            view! {
                <ul class="review-list">
                    {reviews
                        .into_iter()
                        .map(|review| {
                            let is_current = current.as_deref() == Some(review.slug.as_str());
                            let label = match &review.person {
                                Ok(person) => person.clone(),
                                Err(_) => format!("{} (can't be read: open it to keep it aside and start again)", review.slug),
                            };
                            view! {
                                <li>
                                    <A href=paths::review(Some(&review.slug)) attr:aria-current=is_current.then_some("page")>
                                        {label}
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
    }
    };
    view! {
        <section aria-labelledby="reviews-heading">
            <h2 id="reviews-heading">"People you review"</h2>
            {list}
            <form class="start-review" on:submit=start novalidate>
                <label for="review-person">"Their name"</label>
                <input
                    id="review-person"
                    type="text"
                    autocomplete="off"
                    prop:value=name
                    aria-describedby="review-person-error"
                    aria-invalid=move || problem.get().is_some().then_some("true")
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <p id="review-person-error" class="field-error" role="alert">
                    {move || problem.get().map(|NameError::Empty| "Write the person's name: it needs at least one letter or digit.")}
                </p>
                <button type="submit">"Start a review"</button>
                <p class="muted">"One review per person: a name you already review opens that review."</p>
            </form>
        </section>
    }
}
