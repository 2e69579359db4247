//! Loads the encryption module (`encrypt.js`, built from `src/bin/encrypt.rs`) on demand and
//! encrypts with it, so the form itself carries no cryptography.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = "
export async function encryptWith(url, recipient, plain) {
  const module = await import(url);
  await module.default();
  return module.encrypt(recipient, plain);
}")]
extern "C" {
    #[wasm_bindgen(js_name = encryptWith)]
    fn encrypt_with(url: &str, recipient: &str, plain: &[u8]) -> js_sys::Promise;
}

/// The age file of `plain` for `recipient`, made by the encryption module, or why not.
pub async fn encrypt(recipient: &str, plain: &[u8]) -> Result<Vec<u8>, String> {
    // Relative to the page, not to this glue's own (nested) module.
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .ok_or("no page address")?;
    let url = web_sys::Url::new_with_base("encrypt.js", &base)
        .map_err(|e| super::platform::describe(&e))?
        .href();
    let sealed = JsFuture::from(encrypt_with(&url, recipient, plain))
        .await
        .map_err(|e| super::platform::describe(&e))?;
    Ok(js_sys::Uint8Array::new(&sealed).to_vec())
}
