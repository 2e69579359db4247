//! The browser's clock, randomness, origin, date formats and event loop, handed to the core as plain values.

use wasm_bindgen::JsValue;

use super::error::BrowserError;

use crate::core::response::ResponseId;
use crate::core::time::Timestamp;

/// The current time.
pub fn now() -> Timestamp {
    Timestamp::from_millis(js_sys::Date::now() as i64)
}

/// A fresh response id from the browser's CSPRNG (`crypto.getRandomValues`, available in
/// every context, including pages opened from disk).
pub fn new_response_id() -> Result<ResponseId, BrowserError> {
    Ok(ResponseId::from_random_bytes(random_bytes()?))
}

/// Bytes from the browser's CSPRNG.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], BrowserError> {
    let crypto = web_sys::window()
        .ok_or(BrowserError::NoPage)?
        .crypto()
        .map_err(|e| BrowserError::thrown(&e))?;
    let mut bytes = [0u8; N];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|e| BrowserError::thrown(&e))?;
    Ok(bytes)
}

/// The origin of the page (`https://…`), or `null` for a page opened from disk.
pub fn page_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_else(|| "null".into())
}

/// Today's date where the person is, `YYYY-MM-DD`: a last day for contributions lasts until
/// it ends in their time zone, not in UTC's.
pub fn local_today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// `14:05` (or `2:05 PM`) in the local time zone, as `language` writes times.
pub fn local_time(t: Timestamp, language: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(t.millis() as f64));
    let options = js_sys::Object::new();
    set(&options, "hour", "2-digit");
    set(&options, "minute", "2-digit");
    date.to_locale_time_string_with_options(language, &options)
        .into()
}

/// `23 Nov 2026, 14:05` in the local time zone, as `language` writes dates.
pub fn local_date_time(t: Timestamp, language: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(t.millis() as f64));
    let options = js_sys::Object::new();
    set(&options, "dateStyle", "medium");
    set(&options, "timeStyle", "short");
    date.to_locale_string(language, &options).into()
}

fn set(object: &js_sys::Object, key: &str, value: &str) {
    // Setting a string on a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(object, &key.into(), &value.into());
}

/// The text at `url`, fetched with `init`; an HTTP error status is an error.
pub async fn fetch_text(url: &str, init: &web_sys::RequestInit) -> Result<String, BrowserError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or(BrowserError::NoPage)?;
    let response = JsFuture::from(window.fetch_with_str_and_init(url, init))
        .await
        .map_err(|e| BrowserError::thrown(&e))?
        .dyn_into::<web_sys::Response>()
        .map_err(|e| BrowserError::thrown(&e))?;
    if !response.ok() {
        return Err(BrowserError::Http(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| BrowserError::thrown(&e))?)
        .await
        .map_err(|e| BrowserError::thrown(&e))?;
    text.as_string()
        .ok_or_else(|| BrowserError::Threw(format!("{url}: not text")))
}

/// Where an app is mounted: the page's `#app` element (its loading notice is replaced), else
/// the body; `None` outside a page.
pub fn app_root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
}

/// Lets the event loop deliver what is waiting before going on: a message to itself, on a port
/// of its own. One yield lets in at least the first message waiting on each other port (the
/// page's, another worker's; in Chromium a run of several on one port takes two). A resolved
/// promise would let only microtasks run, and a timer is clamped to 4 ms once nested.
pub async fn yield_to_tasks() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(&resolve));
    });
    if channel
        .port2()
        .post_message(&wasm_bindgen::JsValue::NULL)
        .is_ok()
    {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
    channel.port1().set_onmessage(None);
}
