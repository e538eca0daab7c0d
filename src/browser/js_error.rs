//! What a JavaScript exception says: its name ("QuotaExceededError") and its message.

use wasm_bindgen::{JsCast, JsValue};

pub fn name_and_message(err: &JsValue) -> (String, String) {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) => (e.name(), e.message()),
        None => match err.dyn_ref::<js_sys::Error>() {
            Some(e) => (String::from(e.name()), String::from(e.message())),
            None => (String::new(), format!("{err:?}")),
        },
    }
}
