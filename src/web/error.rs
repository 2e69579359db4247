//! Why the browser could not do what was asked: one error type for the glue, which the pages name in their language (`ui::errors`).

use wasm_bindgen::{JsCast, JsValue};

/// What went wrong in the browser.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BrowserError {
    /// There is no window, document or body to work with (a page still opening, or closing).
    #[error("the page is not open in a browser window")]
    NoPage,
    /// The browser threw: its own words (`NotAllowedError: …`), which only it knows.
    #[error("{0}")]
    Threw(String),
    /// A fetch was answered with this HTTP status.
    #[error("HTTP {0}")]
    Http(u16),
    /// A part of the page it fetches when needed (the encryption module) could not be had: no
    /// connection, or a copy opened from a file.
    #[error("a part of the page could not be downloaded")]
    Unreachable,
}

impl BrowserError {
    /// The error a JavaScript exception stands for.
    pub fn thrown(error: &JsValue) -> Self {
        BrowserError::Threw(describe(error))
    }
}

/// A short description of a JavaScript error value.
pub fn describe(error: &JsValue) -> String {
    if let Some(e) = error.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", String::from(e.name()), String::from(e.message()));
    }
    error.as_string().unwrap_or_else(|| format!("{error:?}"))
}
