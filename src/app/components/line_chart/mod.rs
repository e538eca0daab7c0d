use leptos::prelude::*;

/// A small line chart of one competency across snapshots. The history table next to it
/// carries the same data for screen readers and print.
#[component]
pub fn LineChart(
    /// (label under the point, steps reached; `None` when not rated then).
    points: Vec<(String, Option<usize>)>,
    /// Number of steps on the scale.
    steps: usize,
    /// Accessible name.
    title: String,
) -> impl IntoView {
    const WIDTH: f64 = 560.0;
    const HEIGHT: f64 = 220.0;
    const LEFT: f64 = 40.0;
    const BOTTOM: f64 = 180.0;
    const TOP: f64 = 20.0;
    let count = points.len().max(1);
    let x = move |i: usize| {
        if count == 1 {
            LEFT + (WIDTH - LEFT) / 2.0
        } else {
            LEFT + 20.0 + (WIDTH - LEFT - 60.0) * i as f64 / (count - 1) as f64
        }
    };
    let y = move |v: usize| BOTTOM - (BOTTOM - TOP) * v as f64 / steps.max(1) as f64;
    let grid = (0..=steps)
        .map(|s| {
            view! {
                <line class="chart-grid" x1=LEFT y1=format!("{:.1}", y(s)) x2=WIDTH y2=format!("{:.1}", y(s)) />
                <text class="chart-axis" x=LEFT - 8.0 y=format!("{:.1}", y(s) + 4.0) text-anchor="end">{s.to_string()}</text>
            }
        })
        .collect_view();
    let path: Vec<String> = points
        .iter()
        .enumerate()
        .filter_map(|(i, (_, v))| v.map(|v| format!("{:.1},{:.1}", x(i), y(v))))
        .collect();
    let dots = points
        .iter()
        .enumerate()
        .map(|(i, (label, v))| {
            view! {
                {v.map(|v| view! { <circle class="chart-dot" cx=format!("{:.1}", x(i)) cy=format!("{:.1}", y(v)) r="5" /> })}
                <text class="chart-axis" x=format!("{:.1}", x(i)) y=BOTTOM + 22.0 text-anchor="middle">{label.clone()}</text>
            }
        })
        .collect_view();
    let label = title.clone();
    view! {
        <svg class="line-chart" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label>
            <title>{title}</title>
            {grid}
            <polyline class="chart-line" points=path.join(" ") />
            {dots}
        </svg>
    }
}
