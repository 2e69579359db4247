//! Registers the service worker that precaches the app, so the second visit needs no network.

use wasm_bindgen::JsValue;

/// Registers `sw.js` next to the page. Pages opened from disk or in browsers without service
/// workers simply run without one.
pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "https:" && protocol != "http:" {
        return;
    }
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let promise = navigator.service_worker().register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            web_sys::console::warn_1(&JsValue::from_str(&format!(
                "offline support is off: {}",
                super::error::describe(&e)
            )));
        }
    });
}
