use leptos::prelude::*;

/// A proficiency shown as its name with a small step gauge, so levels compare at a glance.
/// The gauge is decorative; the name (and "n of m") carries the meaning.
#[component]
pub fn ProficiencyBadge(
    /// Position on the scale, 0 for the lowest.
    rank: usize,
    /// Number of levels on the scale.
    steps: usize,
    /// The proficiency's display name.
    name: String,
) -> impl IntoView {
    let gauge: String = (0..steps).map(|i| if i <= rank { '●' } else { '○' }).collect();
    view! {
        <span class="proficiency">
            <span class="gauge" aria-hidden="true">{gauge}</span>
            " "
            {name}
            <span class="visually-hidden">{format!(" (level {} of {steps})", rank + 1)}</span>
        </span>
    }
}
