//! Files in and out: offering a download, reading a file the person picked.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::js_error::name_and_message;
use crate::core::limits::{check_bytes, OverLimit};

/// Why a picked file was not read.
#[derive(Debug, Clone, PartialEq)]
pub enum NotRead {
    /// Larger than the limit: refused from its size alone, before reading a byte.
    TooLarge(OverLimit),
    /// The browser could not read it; what it said.
    Failed(String),
}

/// Refuses a file over `limit` bytes from the size the browser knows without reading it.
pub fn within(file: &web_sys::File, limit: u64) -> Result<(), NotRead> {
    check_bytes(file.size() as u64, limit).map_err(NotRead::TooLarge)
}

/// Reads a picked file's text, unless it is over `limit` bytes.
pub async fn read_file_up_to(file: web_sys::File, limit: u64) -> Result<String, NotRead> {
    within(&file, limit)?;
    read_file(file).await.map_err(NotRead::Failed)
}

/// Reads a picked file's bytes, unless it is over `limit` bytes.
pub async fn read_bytes_up_to(file: web_sys::File, limit: u64) -> Result<Vec<u8>, NotRead> {
    within(&file, limit)?;
    read_bytes(file).await.map_err(NotRead::Failed)
}

/// The file chosen in a file input, with its name (the input is cleared, so the same file
/// can be chosen again and the page says which one it read); refused without reading it when
/// it is over `limit` bytes.
pub async fn chosen_named_file_up_to(
    ev: &web_sys::Event,
    limit: u64,
) -> Option<(String, Result<String, NotRead>)> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    let name = file.name();
    Some((name, read_file_up_to(file, limit).await))
}

/// Offers `contents` as a file download named `file_name`.
pub fn download(file_name: &str, contents: &str, mime: &str) -> Result<(), String> {
    download_part(file_name, &JsValue::from_str(contents), mime)
}

/// Offers `bytes` (a workbook, say) as a file download named `file_name`.
pub fn download_bytes(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    download_part(file_name, &js_sys::Uint8Array::from(bytes), mime)
}

/// The one download: a Blob of `part` (a string or bytes), linked and clicked.
fn download_part(file_name: &str, part: &JsValue, mime: &str) -> Result<(), String> {
    let err = |e: JsValue| name_and_message(&e).1;
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    // web-sys names one JS constructor several ways; it takes strings and bytes alike.
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(err)?;
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
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|e| name_and_message(&e).1)?;
    Ok(text.as_string().unwrap_or_default())
}

/// Reads a file's bytes (a workbook is not text).
pub async fn read_bytes(file: web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| name_and_message(&e).1)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Every file chosen in a file input (several when it allows `multiple`), clearing the input
/// so the same files can be chosen again.
pub fn chosen_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let files = input.files().map(|list| file_list(&list)).unwrap_or_default();
    input.set_value("");
    files
}

/// Every file dropped with a drag event.
pub fn dropped_files(ev: &web_sys::DragEvent) -> Vec<web_sys::File> {
    ev.data_transfer().and_then(|d| d.files()).map(|list| file_list(&list)).unwrap_or_default()
}

fn file_list(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|index| list.get(index)).collect()
}

/// The name of the file chosen in a file input, if any (read before [`chosen_named_file_up_to`] clears it).
pub fn chosen_file_name(ev: &web_sys::Event) -> Option<String> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    Some(input.files()?.get(0)?.name())
}
