//! What `public/loader.js` hands to the bundle it starts: `framework.json`, already fetched
//! and read while the code downloads (so the three arrive together, not one after another),
//! and a way for the overview bundle to hand over to the full public site when it can't show
//! the framework itself. Without the loader (component tests), files are fetched directly.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{base_path, describe, FetchError};

/// The object `public/loader.js` puts on `globalThis`.
const LOADER: &str = "mosaicLoader";

fn loader_member(name: &str) -> Option<JsValue> {
    let loader = Reflect::get(&js_sys::global(), &JsValue::from_str(LOADER)).ok()?;
    if loader.is_undefined() || loader.is_null() {
        return None;
    }
    Reflect::get(&loader, &JsValue::from_str(name)).ok().filter(|member| !member.is_undefined())
}

/// The text of a file next to `index.html`: the loader's early fetch of it when there is one
/// (`{ response, text }`, the text read as soon as it arrived), else a fetch now. Either way
/// the HTTP cache is bypassed, so a file replaced on the host shows after a plain reload.
pub async fn file_text(relative: &str) -> Result<String, FetchError> {
    let url = format!("{}/{}", base_path(), relative);
    let network = |err: JsValue| FetchError::Network { url: url.clone(), detail: describe(&err) };
    let early =
        loader_member("files").and_then(|files| Reflect::get(&files, &JsValue::from_str(relative)).ok());
    let promise = |name: &str| {
        early
            .as_ref()
            .and_then(|file| Reflect::get(file, &JsValue::from_str(name)).ok()?.dyn_into::<Promise>().ok())
    };
    let (response, text) = match (promise("response"), promise("text")) {
        (Some(response), Some(text)) => (response, Some(text)),
        _ => {
            let window = web_sys::window().ok_or_else(|| network(JsValue::from_str("no window")))?;
            let init = web_sys::RequestInit::new();
            init.set_cache(web_sys::RequestCache::NoCache);
            (window.fetch_with_str_and_init(&url, &init), None)
        }
    };
    let response: web_sys::Response =
        JsFuture::from(response).await.map_err(network)?.dyn_into().map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Status {
            url: url.clone(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let text = match text {
        Some(text) => text,
        None => response.text().map_err(network)?,
    };
    let text = JsFuture::from(text).await.map_err(network)?;
    Ok(text.as_string().unwrap_or_default())
}

fn call(name: &str) -> bool {
    match loader_member(name).and_then(|member| member.dyn_into::<Function>().ok()) {
        Some(function) => function.call0(&JsValue::NULL).is_ok(),
        None => false,
    }
}

/// Starts the full public site in this page (it shows the framework's problems, located, or
/// the framework if only this bundle's fast reading of it fell short). False when there is
/// no loader to ask.
pub fn hand_over_to_public_site() -> bool {
    call("startPublicSite")
}

/// Tells the loader the first view is on screen, so it may fetch the rest of the public site
/// at low priority for the candidate's next click.
pub fn first_view_shown() {
    call("firstViewShown");
}
