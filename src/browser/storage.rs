//! localStorage, with every way it can fail named: unavailable (private mode, disabled),
//! full, or changed by another tab. Raw strings only; the format is the core's business.
//! (gloo-storage panics when storage is unavailable, which must not stop the app.)

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refuses storage to this page.
    Unavailable(String),
    /// The quota is used up.
    Full,
    /// Any other failure, with the browser's words.
    Failed(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable(why) => {
                write!(f, "this browser does not let the page store data ({why})")
            }
            StorageError::Full => write!(f, "the browser's storage for this site is full"),
            StorageError::Failed(why) => write!(f, "the browser could not store the data ({why})"),
        }
    }
}

fn describe(err: &JsValue) -> (String, String) {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) => (e.name(), e.message()),
        None => match err.dyn_ref::<js_sys::Error>() {
            Some(e) => (String::from(e.name()), String::from(e.message())),
            None => (String::new(), format!("{err:?}")),
        },
    }
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageError::Unavailable("localStorage is turned off".into())),
        Err(err) => Err(StorageError::Unavailable(describe(&err).1)),
    }
}

fn classify(err: &JsValue) -> StorageError {
    let (name, message) = describe(err);
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::Full
    } else if name == "SecurityError" {
        StorageError::Unavailable(message)
    } else {
        StorageError::Failed(if message.is_empty() { name } else { message })
    }
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    storage()?.get_item(key).map_err(|err| classify(&err))
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(|err| classify(&err))
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    storage()?.remove_item(key).map_err(|err| classify(&err))
}

/// Keys that start with `prefix`.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    let Ok(storage) = storage() else { return Vec::new() };
    let count = storage.length().unwrap_or(0);
    (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect()
}

/// Calls `on_change(new_value)` whenever another tab changes `key`. Lives as long as the page.
pub fn on_change_in_other_tab(key: String, on_change: impl Fn(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
        // A `null` key means the other tab cleared all storage.
        match event.key() {
            Some(changed) if changed == key => on_change(event.new_value()),
            None => on_change(None),
            _ => {}
        }
    });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Now, as an ISO date-time (UTC).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today, as an ISO date in the person's time zone.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// Offers `contents` as a file download named `file_name`.
pub fn download(file_name: &str, contents: &str, mime: &str) -> Result<(), String> {
    let err = |e: JsValue| describe(&e).1;
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").map_err(err)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads a file the person picked.
pub async fn read_file(file: web_sys::File) -> Result<String, String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|e| describe(&e).1)?;
    Ok(text.as_string().unwrap_or_default())
}

/// Marks a moment for the browser's performance timeline.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Measures from the latest `start` mark to now, if there is one, then clears the mark so
/// each change is measured once.
pub fn measure(name: &str, start: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        if performance.get_entries_by_name_with_entry_type(start, "mark").length() == 0 {
            return;
        }
        let _ = performance.measure_with_start_mark(name, start);
        performance.clear_marks_with_mark_name(start);
    }
}
