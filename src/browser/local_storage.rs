//! localStorage as the core's [`Store`], through gloo-storage behind a probe: gloo's
//! `raw()` panics when the browser refuses storage, so nothing touches it until
//! [`available`] has said yes. Values are read and written through the raw handle because
//! they must stay byte for byte what was stored (unreadable data is kept aside as it is).
//! Also: hearing about changes made in other tabs.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::js_error::name_and_message;
use crate::core::assessment::store::{Store, StoreError};

/// The browser's localStorage.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStore;

/// Whether the page may use localStorage at all (it may not in some private modes, with
/// storage disabled, or in sandboxed frames).
pub fn available() -> Result<(), StoreError> {
    let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(StoreError::Unavailable("localStorage is turned off".into())),
        Err(err) => Err(StoreError::Unavailable(name_and_message(&err).1)),
    }
}

fn storage() -> Result<web_sys::Storage, StoreError> {
    available()?;
    Ok(LocalStorage::raw())
}

fn classify(err: &JsValue) -> StoreError {
    let (name, message) = name_and_message(err);
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::Full
    } else if name == "SecurityError" {
        StoreError::Unavailable(message)
    } else {
        StoreError::Failed(if message.is_empty() { name } else { message })
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(|err| classify(&err))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(|err| classify(&err))
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        available()?;
        LocalStorage::delete(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = storage()?;
        Ok((0..LocalStorage::length()).filter_map(|i| storage.key(i).ok().flatten()).collect())
    }
}

/// Calls `on_change` whenever another tab changes `key` (or clears all storage). Lives as
/// long as the page.
pub fn on_change_in_other_tab(key: String, on_change: impl Fn() + 'static) {
    on_any_change_in_other_tab(move |changed| {
        if changed.is_none_or(|changed| changed == key) {
            on_change()
        }
    });
}

/// Calls `on_change` with the key another tab changed, or `None` when it cleared all
/// storage. Lives as long as the page.
pub fn on_any_change_in_other_tab(on_change: impl Fn(Option<&str>) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
        on_change(event.key().as_deref())
    });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}
