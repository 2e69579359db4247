//! The encryption module: imported by a form configured with the Secretariat's key when the
//! person finishes, so other respondents never download `age`.

use wasm_bindgen::prelude::*;

/// The age file of `plain` for `recipient`; throws the reason as a string.
#[wasm_bindgen]
pub fn encrypt(recipient: &str, plain: &[u8]) -> Result<Vec<u8>, JsValue> {
    bpf_survey::form::encrypt::encrypt(recipient, plain)
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

fn main() {}
