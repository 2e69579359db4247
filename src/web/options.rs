//! Options an embedding site sets in the page address (`?lang=fr&accent=%23006b3f&key=age1…`):
//! read, and checked by `core::embed` in one place, then applied to the page.

use wasm_bindgen::JsCast;

use crate::core::colour::{self, Rgb};
use crate::core::embed::{self, Deployment, OptionProblem, Options};

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

/// `form.html` with this page's address options (`?key=…&shared=1`) and `hash`: a link that
/// dropped them would lead, say, from a keyed form to one that saves plain files.
pub fn form_page(hash: &str) -> String {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    format!("form.html{search}{hash}")
}

/// Why a `key` option is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// Not an age public key: what was given.
    NotAKey(String),
    /// An age public key the deployment does not list as the Secretariat's: a link could have
    /// put anyone's there.
    Unlisted(String),
    /// A key given to a copy of the form opened from a file (the offline kit), which cannot
    /// load the encryption module: modules are not imported from `file://`.
    OpenedFromFile,
}

/// The Secretariat's public key from the `key` option, if set: `Ok(key)` when the deployment
/// lists it, `Err` with why not otherwise, so the form can say it will not encrypt.
pub fn recipient() -> Option<Result<String, KeyProblem>> {
    let (options, problems) = embed();
    if let Some(key) = options.key {
        let from_file = web_sys::window()
            .and_then(|w| w.location().protocol().ok())
            .is_some_and(|p| p == "file:");
        return Some(if from_file {
            Err(KeyProblem::OpenedFromFile)
        } else if deployment().vouches_for_key(&key) {
            Ok(key)
        } else {
            Err(KeyProblem::Unlisted(key))
        });
    }
    problems.into_iter().find_map(|p| match p {
        OptionProblem::Invalid(name, value) if name == "key" => {
            Some(Err(KeyProblem::NotAKey(value)))
        }
        // Two keys: the form cannot know which is the Secretariat's.
        OptionProblem::Repeated(name) if name == "key" => Some(Err(KeyProblem::NotAKey(name))),
        _ => None,
    })
}

/// Where the `contact` option says to send files, and whether the deployment lists it.
pub fn contact() -> Option<(String, bool)> {
    let contact = embed().0.contact?;
    let listed = deployment().vouches_for_contact(&contact);
    Some((contact, listed))
}

/// What the site vouches for, from the page (`<script type="application/json"
/// id="bpf-deployment">`, written by the build from `deployment.json`); nothing when absent.
pub fn deployment() -> Deployment {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("bpf-deployment"))
        .and_then(|e| e.text_content())
        .and_then(|json| Deployment::parse(&json))
        .unwrap_or_default()
}

/// Every option in the page address, checked: what the form can use and what it cannot.
pub fn embed() -> (Options, Vec<OptionProblem>) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let languages: Vec<&str> = crate::i18n::available().map(|(tag, _)| tag).collect();
    embed::parse_query(&search, &languages)
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
