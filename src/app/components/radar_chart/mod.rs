use leptos::prelude::*;

/// One axis of the radar: a competency with the person's and the role's level.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarAxis {
    pub label: String,
    /// Steps reached, 0 when not rated.
    pub mine: usize,
    /// Steps the role requires.
    pub required: usize,
}

/// A radar chart of the person against a role. Decorative for screen readers in the sense
/// that the same data is always given as a table next to it; it is still labelled.
#[component]
pub fn RadarChart(
    /// The axes, one per competency.
    axes: Vec<RadarAxis>,
    /// Number of steps on the scale (the outer ring).
    steps: usize,
    /// Accessible name, e.g. "You compared with Staff Engineer".
    title: String,
) -> impl IntoView {
    const CENTER: f64 = 210.0;
    const RADIUS: f64 = 140.0;
    let n = axes.len().max(1) as f64;
    let point = move |i: usize, value: f64| {
        let angle = std::f64::consts::TAU * i as f64 / n - std::f64::consts::FRAC_PI_2;
        let r = RADIUS * value / steps.max(1) as f64;
        (CENTER + r * angle.cos(), CENTER + r * angle.sin())
    };
    let polygon = |values: Vec<f64>| {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| point(i, *v))
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rings = (1..=steps)
        .map(|s| view! { <polygon class="radar-ring" points=polygon(vec![s as f64; axes.len()]) /> })
        .collect_view();
    let spokes = (0..axes.len())
        .map(|i| {
            let (x, y) = point(i, steps as f64);
            view! { <line class="radar-spoke" x1=CENTER y1=CENTER x2=format!("{x:.1}") y2=format!("{y:.1}") /> }
        })
        .collect_view();
    let labels = axes
        .iter()
        .enumerate()
        .map(|(i, axis)| {
            let (x, y) = point(i, steps as f64 + 0.55);
            let anchor = if (x - CENTER).abs() < 8.0 { "middle" } else if x > CENTER { "start" } else { "end" };
            view! { <text class="radar-label" x=format!("{x:.1}") y=format!("{y:.1}") text-anchor=anchor>{axis.label.clone()}</text> }
        })
        .collect_view();
    let required = polygon(axes.iter().map(|a| a.required as f64).collect());
    let mine = polygon(axes.iter().map(|a| a.mine as f64).collect());
    let label = title.clone();
    view! {
        <figure class="radar">
            <svg viewBox="-90 -10 600 440" role="img" aria-label=label>
                <title>{title}</title>
                {rings}
                {spokes}
                <polygon class="radar-required" points=required />
                <polygon class="radar-mine" points=mine />
                {labels}
            </svg>
            <figcaption>
                <span class="legend legend-mine">"Filled: you"</span>
                " · "
                <span class="legend legend-required">"Dashed: the role"</span>
                " · The table gives the same data."
            </figcaption>
        </figure>
    }
}
