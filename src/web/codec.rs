//! How messages cross between the synthesis page and its workers: postcard, a maintained, compact serde format (yew-agent's default, bincode, is unmaintained: RUSTSEC-2025-0141).

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// The codec the page, the worker and its helper all use.
pub struct Postcard;

impl yew_agent::Codec for Postcard {
    fn encode<I: Serialize>(input: I) -> JsValue {
        // Our messages are plain data with known lengths, which postcard always writes.
        match postcard::to_allocvec(&input) {
            Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
            Err(e) => panic!("a message could not be written: {e}"),
        }
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        // Both ends are the same build, so a message that does not read back is a bug. The
        // codec has nothing to return; the panic reaches the page through the worker's
        // failure channel.
        let bytes = js_sys::Uint8Array::new(&input).to_vec();
        match postcard::from_bytes(&bytes) {
            Ok(message) => message,
            Err(e) => panic!("a message could not be read: {e}"),
        }
    }
}
