//! Saving a file to the person's device: a Blob, an object URL and a click on a temporary link, which works offline and from `file://`.

use wasm_bindgen::{JsCast, JsValue};

use super::error::BrowserError;

/// Offers `contents` for download as `filename`.
pub fn save_file(filename: &str, mime: &str, contents: &str) -> Result<(), BrowserError> {
    save_parts(
        filename,
        mime,
        &js_sys::Array::of1(&JsValue::from_str(contents)),
    )
}

/// Offers binary `contents` (an encrypted file) for download as `filename`.
pub fn save_bytes(filename: &str, mime: &str, contents: &[u8]) -> Result<(), BrowserError> {
    let bytes = js_sys::Uint8Array::from(contents);
    save_parts(filename, mime, &js_sys::Array::of1(&bytes))
}

fn save_parts(filename: &str, mime: &str, parts: &js_sys::Array) -> Result<(), BrowserError> {
    let window = web_sys::window().ok_or(BrowserError::NoPage)?;
    let document = window.document().ok_or(BrowserError::NoPage)?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(parts, &options)
        .map_err(|e| BrowserError::thrown(&e))?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| BrowserError::thrown(&e))?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| BrowserError::thrown(&e))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.set_hidden(true);
    let body = document.body().ok_or(BrowserError::NoPage)?;
    body.append_child(&link)
        .map_err(|e| BrowserError::thrown(&e))?;
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is ample.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
