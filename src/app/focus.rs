//! Where keyboard focus goes when the control that had it goes away (a button replaced by
//! what it did, a removed row, a closed confirmation): to a stated element, by its ID, once
//! the page has re-rendered, so focus never falls back to the page's `<body>`.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with this ID after the current change has been rendered (the
/// element may appear in that render). Elements that aren't focusable by themselves carry
/// `tabindex="-1"`.
pub fn focus_soon(id: impl Into<String>) {
    let id = id.into();
    // Leptos renders a change in a microtask; a zero timeout runs after it.
    set_timeout(
        move || {
            focus_now(&id);
        },
        Duration::ZERO,
    );
}

/// Focuses the element with this ID now, if it exists; true when it did.
pub fn focus_now(id: &str) -> bool {
    let element = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// An ID for an element made of the parts that place it on the page (a section, a path's
/// rank, a role, a competency…): each part keeps letters, digits, `_` and `-`, anything else
/// becomes `_`, and parts are joined by `--` so two places never share an ID.
pub fn dom_id(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|part| {
            part.chars()
                .map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("--")
}

#[cfg(test)]
mod tests {
    use super::dom_id;

    #[test]
    fn parts_are_joined_and_cleaned() {
        assert_eq!(dom_id(&["lvl", "0", "ic", "l3", "design"]), "lvl--0--ic--l3--design");
        assert_eq!(dom_id(&["add", "a b/c"]), "add--a_b_c");
    }

    #[test]
    fn the_same_step_on_two_paths_gets_two_ids() {
        assert_ne!(dom_id(&["lvl", "0", "ic", "l3", "x"]), dom_id(&["lvl", "1", "ic", "l3", "x"]));
    }
}
