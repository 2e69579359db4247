//! Options an embedding site sets in the page address (`?lang=fr&accent=%23006b3f&key=age1…`):
//! read once, checked by the core, applied to the page.

use wasm_bindgen::JsCast;

use crate::core::colour::{self, Rgb};

/// The value of `name` in the page address's query, percent-decoded.
pub fn query_value(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let raw = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))?;
    js_sys::decode_uri_component(&raw.replace('+', " "))
        .ok()
        .map(String::from)
}

/// Applies the `accent` option to the header and the language menu, darkened first if white
/// text on it would fail WCAG AA contrast. Returns the colour used, if any.
pub fn apply_accent() -> Option<Rgb> {
    let chosen = Rgb::parse(&query_value("accent")?)?;
    let accent = colour::accent(chosen);
    let root = web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    root.style()
        .set_property("--brand", &accent.colour.hex())
        .ok()?;
    Some(accent.colour)
}

/// The Secretariat's public key from the `key` option, if set: `Ok(key)` when it has the shape
/// of one, `Err(what was given)` when not, so the form can say it will not encrypt.
pub fn recipient() -> Option<Result<String, String>> {
    let key = query_value("key")?;
    let key = key.trim().to_string();
    Some(if crate::core::crypto::is_recipient(&key) {
        Ok(key)
    } else {
        Err(key)
    })
}
