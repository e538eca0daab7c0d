use leptos::prelude::*;

use crate::core::display::{pay_range, thousands};
use crate::core::framework::Compensation;

/// A yearly pay range, or a plain note when the framework doesn't publish one.
#[component]
pub fn PayRange(
    /// The range to show; `None` renders "Not published".
    pay: Option<Compensation>,
) -> impl IntoView {
    match pay {
        Some(pay) => view! {
            <span class="pay">
                {pay_range(&pay)}
                <span class="pay-mid">{format!(" (midpoint {} {})", thousands(pay.mid), pay.currency)}</span>
            </span>
        }
        .into_any(),
        None => view! { <span class="pay pay-none">"Not published"</span> }.into_any(),
    }
}
