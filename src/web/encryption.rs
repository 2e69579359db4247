//! Loads the encryption module (`encrypt.js`, built from `src/bin/encrypt.rs`) on demand and
//! encrypts with it, so the form itself carries no cryptography.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::error::BrowserError;

#[wasm_bindgen(inline_js = r#"
let loaded;
function load(url) {
  loaded ??= import(url).then(async (module) => { await module.default(); return module; });
  loaded.catch(() => { loaded = undefined; });
  return loaded;
}
// Once the service worker controls the page, so that it keeps what is fetched for offline use.
export async function preload(url) {
  const sw = navigator.serviceWorker;
  if (sw && location.protocol !== "file:") {
    try {
      await sw.ready;
      if (!sw.controller) {
        await new Promise((done) => {
          sw.addEventListener("controllerchange", done, { once: true });
          setTimeout(done, 10000);
        });
      }
    } catch {}
  }
  return load(url);
}
// A module that cannot be had rejects with `null`, the browser's own (English) words aside.
export async function encryptWith(url, recipient, plain) {
  let module;
  try { module = await load(url); } catch { throw null; }
  return module.encrypt(recipient, plain);
}"#)]
extern "C" {
    #[wasm_bindgen(js_name = encryptWith)]
    fn encrypt_with(url: &str, recipient: &str, plain: &[u8]) -> js_sys::Promise;
    fn preload(url: &str) -> js_sys::Promise;
}

fn module_url() -> Result<String, BrowserError> {
    // Relative to the page, not to this glue's own (nested) module.
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .ok_or(BrowserError::NoPage)?;
    Ok(web_sys::Url::new_with_base("encrypt.js", &base)
        .map_err(|e| BrowserError::thrown(&e))?
        .href())
}

/// Fetches the encryption module ahead of need, so a keyed form can finish offline later (the
/// service worker keeps what was fetched). Failing here is not an error yet: finishing retries.
pub fn load_ahead() {
    if let Ok(url) = module_url() {
        let promise = preload(&url);
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// The age file of `plain` for `recipient`, made by the encryption module, or why not.
pub async fn encrypt(recipient: &str, plain: &[u8]) -> Result<Vec<u8>, BrowserError> {
    let url = module_url()?;
    let sealed = JsFuture::from(encrypt_with(&url, recipient, plain))
        .await
        .map_err(|e| match e.is_null() {
            true => BrowserError::Unreachable,
            false => BrowserError::thrown(&e),
        })?;
    Ok(js_sys::Uint8Array::new(&sealed).to_vec())
}
