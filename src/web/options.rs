//! Options an embedding site sets in the page address (`?lang=fr&accent=%23006b3f&key=age1…`):
//! read, and checked by `core::embed` in one place, then applied to the page.

use wasm_bindgen::JsCast;

use crate::core::colour::{self, Rgb};
use crate::core::embed::{self, OptionProblem, Options};

/// Applies the `accent` option to the header and the language menu, darkened first if white
/// text on it would fail WCAG AA contrast. Returns the colour used, if any.
pub fn apply_accent() -> Option<Rgb> {
    let chosen = embed().0.accent?;
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

/// A `key` option that is not an age public key: what was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotAKey(pub String);

/// The Secretariat's public key from the `key` option, if set: `Ok(key)` when it has the shape
/// of one, `Err` with what was given when not, so the form can say it will not encrypt.
pub fn recipient() -> Option<Result<String, NotAKey>> {
    let (options, problems) = embed();
    if let Some(key) = options.key {
        return Some(Ok(key));
    }
    problems.into_iter().find_map(|p| match p {
        OptionProblem::Invalid(name, value) if name == "key" => Some(Err(NotAKey(value))),
        _ => None,
    })
}

/// Every option in the page address, checked: what the form can use and what it cannot.
pub fn embed() -> (Options, Vec<OptionProblem>) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let decode = |s: &str| {
        js_sys::decode_uri_component(&s.replace('+', " "))
            .map(String::from)
            .unwrap_or_else(|_| s.to_string())
    };
    let pairs: Vec<(String, String)> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    let languages: Vec<&str> = crate::i18n::available().map(|(tag, _)| tag).collect();
    embed::parse(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &languages,
    )
}

/// Sends `message` to the framing page, if the `host` option names its origin: never to `*`.
pub fn tell_host(message: &serde_json::Value) {
    let Some(host) = embed().0.host else { return };
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    if let Ok(value) = js_sys::JSON::parse(&message.to_string()) {
        let _ = parent.post_message(&value, &host);
    }
}
