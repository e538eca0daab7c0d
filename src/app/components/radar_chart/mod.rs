use leptos::prelude::*;

/// One axis of the radar: a competency with the person's and the role's level, on the
/// competency's own scale.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarAxis {
    pub label: String,
    /// Steps reached, 0 when not rated.
    pub mine: usize,
    /// Steps the role requires.
    pub required: usize,
    /// Steps on this competency's scale: the axis's outer end.
    pub steps: usize,
}

/// A radar chart of the person against a role. Each axis runs from nothing at the centre to
/// the top step of its own competency's scale at the outer ring, so a two-step and a
/// seven-step competency are drawn comparably; dots on each spoke mark its steps. The same
/// data is always given as a table next to it; the chart is still labelled.
#[component]
pub fn RadarChart(
    /// The axes, one per competency.
    axes: Vec<RadarAxis>,
    /// Accessible name, e.g. "You compared with Staff Engineer".
    title: String,
) -> impl IntoView {
    const CENTER: f64 = 210.0;
    const RADIUS: f64 = 140.0;
    let n = axes.len().max(1) as f64;
    // `share` is the part of the axis's own scale, 0.0 to 1.0 (beyond for the labels).
    let point = move |i: usize, share: f64| {
        let angle = std::f64::consts::TAU * i as f64 / n - std::f64::consts::FRAC_PI_2;
        let r = RADIUS * share;
        (CENTER + r * angle.cos(), CENTER + r * angle.sin())
    };
    let share = |value: usize, steps: usize| value as f64 / steps.max(1) as f64;
    let polygon = |shares: Vec<f64>| {
        shares
            .iter()
            .enumerate()
            .map(|(i, v)| point(i, *v))
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rings = [0.25, 0.5, 0.75, 1.0]
        .into_iter()
        .map(|s| view! { <polygon class="radar-ring" points=polygon(vec![s; axes.len()]) /> })
        .collect_view();
    let spokes = (0..axes.len())
        .map(|i| {
            let (x, y) = point(i, 1.0);
            view! { <line class="radar-spoke" x1=CENTER y1=CENTER x2=format!("{x:.1}") y2=format!("{y:.1}") /> }
        })
        .collect_view();
    let ticks = axes
        .iter()
        .enumerate()
        .flat_map(|(i, axis)| {
            (1..=axis.steps).map(move |step| {
                let (x, y) = point(i, share(step, axis.steps));
                view! { <circle class="radar-step" cx=format!("{x:.1}") cy=format!("{y:.1}") r="2.5" /> }
            })
        })
        .collect_view();
    let labels = axes
        .iter()
        .enumerate()
        .map(|(i, axis)| {
            let (x, y) = point(i, 1.14);
            let anchor = if (x - CENTER).abs() < 8.0 { "middle" } else if x > CENTER { "start" } else { "end" };
            view! { <text class="radar-label" x=format!("{x:.1}") y=format!("{y:.1}") text-anchor=anchor>{axis.label.clone()}</text> }
        })
        .collect_view();
    let required = polygon(axes.iter().map(|a| share(a.required, a.steps)).collect());
    let mine = polygon(axes.iter().map(|a| share(a.mine, a.steps)).collect());
    let label = title.clone();
    view! {
        <figure class="radar">
            <svg viewBox="-90 -10 600 440" role="img" aria-label=label>
                <title>{title}</title>
                {rings}
                {spokes}
                {ticks}
                <polygon class="radar-required" points=required />
                <polygon class="radar-mine" points=mine />
                {labels}
            </svg>
            <figcaption>
                <span class="legend legend-mine">"Filled: you"</span>
                " · "
                <span class="legend legend-required">"Dashed: the role"</span>
                " · Each axis runs to the top step of its competency's own scale; dots mark the steps. The table gives the same data."
            </figcaption>
        </figure>
    }
}
