//! Files in and out: offering a download, reading a file the person picked.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::js_error::name_and_message;

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

/// Reads the file chosen in a file input, if any, and clears the input so the same file
/// can be chosen again.
pub async fn chosen_file(ev: &web_sys::Event) -> Option<Result<String, String>> {
    chosen_named_file(ev).await.map(|(_, text)| text)
}

/// Like [`chosen_file`], with the file's name: the input is cleared, so the page says which
/// file it read.
pub async fn chosen_named_file(ev: &web_sys::Event) -> Option<(String, Result<String, String>)> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    let name = file.name();
    Some((name, read_file(file).await))
}

/// The name of the file chosen in a file input, if any (read before [`chosen_file`] clears it).
pub fn chosen_file_name(ev: &web_sys::Event) -> Option<String> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    Some(input.files()?.get(0)?.name())
}
