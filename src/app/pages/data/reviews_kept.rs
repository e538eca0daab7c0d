//! What "Delete everything" does with a manager's reviews of other people: nothing. They
//! are not the person's own data and have their own delete; this says so, naming them.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::paths;
use crate::app::review_data::ReviewData;

#[component]
pub fn ReviewsKept() -> impl IntoView {
    let reviews = expect_context::<ReviewData>();
    let names = move || {
        let reviews = reviews.reviews().ok()?;
        let names: Vec<String> =
            reviews.into_iter().map(|r| r.person.unwrap_or_else(|_| r.slug.clone())).collect();
        (!names.is_empty()).then(|| names.join(", "))
    };
    move || {
        names().map(|names| {
            view! {
                <p class="review-note">
                    {format!("Your reviews of other people ({names}) are not deleted with your own data. Delete each one on ")}
                    <A href=paths::review(None)>"Rate someone else"</A>
                    "."
                </p>
            }
        })
    }
}
