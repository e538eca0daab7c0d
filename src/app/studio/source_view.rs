//! The draft's source, read only, with line numbers. Only the lines in view (and a margin)
//! are in the page, so a 30,000-line file scrolls as lightly as a short one; choosing a
//! problem scrolls its line into view, highlights it and moves focus to it.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Each line's height in pixels; `style/studio.css` gives `.source-lines li` the same.
const LINE_PX: usize = 20;
/// Lines rendered beyond each edge of the view.
const MARGIN: usize = 30;
/// Lines assumed in view before the view has been measured.
const FIRST_VIEW: usize = 40;

/// The element ID of a line (1-based), which choosing a problem focuses.
pub fn line_id(line: usize) -> String {
    format!("source-line-{line}")
}

/// Which line is highlighted, shared by the problems (which set it) and the source view.
#[derive(Clone, Copy)]
pub struct ChosenLine(pub RwSignal<Option<usize>>);

#[component]
pub fn SourceView(
    /// The draft's lines.
    lines: Arc<Vec<String>>,
    /// The line chosen from a problem: scrolled to, highlighted and focused.
    chosen: ChosenLine,
) -> impl IntoView {
    let total = lines.len();
    let view_ref = NodeRef::<Div>::new();
    // The first and last (exclusive) line index rendered.
    let window = RwSignal::new((0, total.min(FIRST_VIEW + MARGIN)));
    let measure = move || {
        let Some(el) = view_ref.get_untracked() else { return };
        let top = el.scroll_top().max(0) as usize / LINE_PX;
        let shown = (el.client_height().max(0) as usize).div_ceil(LINE_PX).max(1);
        let next = (top.saturating_sub(MARGIN), (top + shown + MARGIN).min(total));
        if window.get_untracked() != next {
            window.set(next);
        }
    };
    Effect::new(move |_| {
        let Some(line) = chosen.0.get() else { return };
        let Some(el) = view_ref.get_untracked() else { return };
        let height = el.client_height().max(0) as usize;
        // A third of the way down: the lines around it read as context.
        let top = ((line - 1) * LINE_PX).saturating_sub(height / 3);
        el.set_scroll_top(top as i32);
        measure();
        request_animation_frame(move || {
            if let Some(line) = document()
                .get_element_by_id(&line_id(line))
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = line.focus();
            }
        });
    });
    let rows = move || {
        let (first, last) = window.get();
        first..last
    };
    let row_lines = lines.clone();
    view! {
        <div
            class="source-view"
            node_ref=view_ref
            tabindex="0"
            role="region"
            aria-label="Source of the draft, with line numbers"
            on:scroll=move |_| measure()
        >
            <ol
                class="source-lines"
                start=move || window.get().0 + 1
                // Set through the CSSOM (the CSP allows no style attributes): the space above
                // the rendered lines, and the height of them all, so the scroll bar is true.
                style:padding-top=move || format!("{}px", window.get().0 * LINE_PX)
                style:height=format!("{}px", total * LINE_PX)
            >
                <For each=rows key=|index| *index let:index>
                    <li
                        id=line_id(index + 1)
                        tabindex="-1"
                        class:chosen=move || chosen.0.get() == Some(index + 1)
                        aria-current=move || (chosen.0.get() == Some(index + 1)).then_some("true")
                    >
                        <span class="source-text">{row_lines.get(index).cloned().unwrap_or_default()}</span>
                    </li>
                </For>
            </ol>
        </div>
    }
}
