//! The thin layer between the app and the page: where the app is hosted, and fetching
//! files next to it; the submodules talk to storage, files, the clock and the performance
//! timeline. Nothing here knows the domain.

pub mod clock;
pub mod files;
mod js_error;
pub mod local_storage;
pub mod perf;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The path the app is served under, without a trailing slash: "" at the root of a host,
/// "/careers" under a sub-path. Read from `<base href>`, which Trunk writes from the
/// public URL given at build time.
pub fn base_path() -> String {
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let path = web_sys::Url::new(&base_uri).map(|url| url.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// Why a file could not be fetched, in words for the person reading the page.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// The server answered, but not with success.
    Status { url: String, status: u16, status_text: String },
    /// No answer at all: offline, blocked, or the server is down.
    Network { url: String, detail: String },
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Status { url, status, status_text } => {
                // HTTP/2 carries no status text; the code alone then.
                let status = if status_text.is_empty() {
                    status.to_string()
                } else {
                    format!("{status} {status_text}")
                };
                write!(f, "The server answered {status} for {url}. Check that the file is uploaded next to index.html.")
            }
            FetchError::Network { url, detail } => {
                write!(f, "Could not reach {url} ({detail}). Check your connection and reload.")
            }
        }
    }
}

/// Fetches a text file relative to the app's base, bypassing the HTTP cache so that a file
/// replaced on the host shows after a plain reload.
pub async fn fetch_text(relative: &str) -> Result<String, FetchError> {
    let url = format!("{}/{}", base_path(), relative);
    let network = |err: JsValue| FetchError::Network { url: url.clone(), detail: describe(&err) };
    let window = web_sys::window().ok_or_else(|| network(JsValue::from_str("no window")))?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(&url, &init)).await.map_err(network)?;
    let response: web_sys::Response = response.dyn_into().map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Status {
            url: url.clone(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let text = JsFuture::from(response.text().map_err(network)?).await.map_err(network)?;
    Ok(text.as_string().unwrap_or_default())
}

fn describe(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| format!("{err:?}"))
}
