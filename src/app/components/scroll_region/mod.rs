//! The one container every wide table sits in: it scrolls sideways when the table is wider
//! than the screen, and only then is it a named landmark and a tab stop (so a keyboard user
//! can scroll it, and nobody tabs through regions that have nothing to scroll). Otherwise it
//! is a plain container, focusable only by a script (`tabindex="-1"`).

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// What a scrolling table adds to its name, so the landmark differs from the section whose
/// heading also names it (axe's `landmark-unique`).
const SCROLLS_SIDEWAYS: &str = "table, scrolls sideways";

/// A table's scroll container. Measured when mounted and whenever it or its table changes
/// size (a `ResizeObserver`: window resizes, rows added, fonts loaded).
#[component]
pub fn ScrollRegion(
    /// ID of the heading that names the table; the region is named "<heading> table,
    /// scrolls sideways". Give this or `label`.
    #[prop(optional, into)]
    heading_id: Option<String>,
    /// The table's name where no heading names it ("Plan actions").
    #[prop(optional, into)]
    label: Option<String>,
    /// DOM id of the container, when something links to it.
    #[prop(optional, into)]
    id: Option<String>,
    /// Extra classes beside `table-scroll`.
    #[prop(optional)]
    class: &'static str,
    /// The table.
    children: Children,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let overflowing = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(container) = node.get() {
            watch_overflow(container, overflowing);
        }
    });
    // The hidden words the heading's name is joined with (aria-labelledby reads hidden text).
    let hint_id = heading_id.as_ref().map(|heading| format!("{heading}-scrolls"));
    let labelled_by =
        heading_id.as_ref().zip(hint_id.as_ref()).map(|(heading, hint)| format!("{heading} {hint}"));
    let aria_label = label.map(|label| format!("{label} ({SCROLLS_SIDEWAYS})"));
    let when_overflowing = move |value: Option<String>| move || value.clone().filter(|_| overflowing.get());
    view! {
        <div
            node_ref=node
            id=id
            class=if class.is_empty() { "table-scroll".to_string() } else { format!("table-scroll {class}") }
            role=move || overflowing.get().then_some("region")
            // Never a tab stop without something to scroll, but always focusable by a script
            // that returns focus to the table (history's Undo).
            tabindex=move || if overflowing.get() { "0" } else { "-1" }
            aria-labelledby=when_overflowing(labelled_by)
            aria-label=when_overflowing(aria_label)
        >
            {hint_id.map(|hint| view! { <span id=hint hidden>{format!("({SCROLLS_SIDEWAYS})")}</span> })}
            {children()}
        </div>
    }
}

/// Keeps `overflowing` true exactly while the container's content is wider than its box.
/// The observer is disconnected when the owning component is removed.
fn watch_overflow(container: web_sys::HtmlDivElement, overflowing: RwSignal<bool>) {
    let measure = {
        let container = container.clone();
        // One pixel of slack: sub-pixel widths round either way.
        move || overflowing.set(container.scroll_width() > container.client_width() + 1)
    };
    measure();
    let callback = Closure::<dyn FnMut()>::new(measure);
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&container);
    let mut child = container.first_element_child();
    while let Some(element) = child {
        observer.observe(&element);
        child = element.next_element_sibling();
    }
    let kept = SendWrapper::new((observer, callback));
    on_cleanup(move || {
        let (observer, _callback) = kept.take();
        observer.disconnect();
    });
}
