//! The thin layer between the app and the page: where the app is hosted, and why a file
//! could not be fetched; the submodules read files through the loader (`loader.rs`) and talk
//! to storage, files, the clock and the performance timeline. Nothing here knows the domain.

pub mod clock;
pub mod files;
mod js_error;
pub mod loader;
pub mod local_storage;
pub mod perf;

use wasm_bindgen::{JsCast, JsValue};

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

/// The careers site's address, origin and base path, ending in "/"
/// ("https://example.org/careers/"): the address people know the framework by.
pub fn site_address() -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    format!("{origin}{}/", base_path())
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

fn describe(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| format!("{err:?}"))
}
