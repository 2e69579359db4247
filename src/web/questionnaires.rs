//! The questionnaires this device knows: the built-in one, and (in the form for any questionnaire, feature `any-questionnaire`) those loaded from an address or opened from a file, kept in `localStorage` (by content hash) so that drafts keep their questions across visits and offline, and a questionnaire is fetched once.

use std::rc::Rc;

#[cfg(feature = "any-questionnaire")]
use super::error::BrowserError;
#[cfg(feature = "any-questionnaire")]
use crate::core::questionnaire::QuestionnaireError;
use crate::core::questionnaire::{self, Questionnaire};
use crate::core::response::QuestionnaireRef;

#[cfg(feature = "any-questionnaire")]
const KEPT: &str = "bpf-survey/v1/questionnaire/";
#[cfg(feature = "any-questionnaire")]
const SOURCE: &str = "bpf-survey/v1/questionnaire-source/";

/// Why a questionnaire named in the page address or opened from a file is not used.
#[cfg(feature = "any-questionnaire")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// On a site the deployment does not list.
    #[error("not from this site or one it lists")]
    Unlisted,
    /// Could not be fetched (offline and never kept, or the server said no).
    #[error("could not be fetched: {0}")]
    Fetch(#[from] BrowserError),
    /// Fetched or opened, and refused.
    #[error("{0}")]
    Refused(#[from] QuestionnaireError),
}

#[cfg(feature = "any-questionnaire")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The questionnaires the form for the built-in questionnaire knows: that one.
#[cfg(not(feature = "any-questionnaire"))]
pub fn known() -> Vec<Rc<Questionnaire>> {
    vec![Rc::new(questionnaire::builtin())]
}

/// Every questionnaire this device knows, the built-in one first.
#[cfg(feature = "any-questionnaire")]
pub fn known() -> Vec<Rc<Questionnaire>> {
    let mut all = vec![Rc::new(questionnaire::builtin())];
    let Some(storage) = storage() else {
        return all;
    };
    let count = storage.length().unwrap_or(0);
    for i in 0..count {
        let Some(key) = storage.key(i).ok().flatten() else {
            continue;
        };
        if !key.starts_with(KEPT) {
            continue;
        }
        // A kept copy that no longer reads (an older program, a hand edit) is passed over.
        if let Some(q) = storage
            .get_item(&key)
            .ok()
            .flatten()
            .and_then(|text| questionnaire::parse(&text).ok())
            && !all.iter().any(|k| k.hash == q.hash)
        {
            all.push(Rc::new(q));
        }
    }
    all
}

/// The known questionnaire a response answers: the one with its hash; for a response that
/// names none (begun by an earlier version), by id and version, the most recently kept.
pub fn find<'a>(
    known: &'a [Rc<Questionnaire>],
    r: &QuestionnaireRef,
) -> Option<&'a Rc<Questionnaire>> {
    known
        .iter()
        .rev()
        .find(|q| q.id == r.id && q.version == r.version && (r.hash.is_empty() || r.hash == q.hash))
}

/// Keeps a questionnaire on this device, and where it came from; failing to keep it (storage
/// full or refused) costs only a fetch next time.
#[cfg(feature = "any-questionnaire")]
pub fn keep(text: &str, q: &Questionnaire, source: Option<&str>) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&format!("{KEPT}{}", q.hash), text);
        if let Some(source) = source {
            let _ = storage.set_item(&format!("{SOURCE}{source}"), &q.hash);
        }
    }
}

/// The copy kept of the questionnaire last loaded from `address`, if any.
#[cfg(feature = "any-questionnaire")]
fn kept_from(address: &str) -> Option<Questionnaire> {
    let storage = storage()?;
    let hash = storage.get_item(&format!("{SOURCE}{address}")).ok()??;
    let text = storage.get_item(&format!("{KEPT}{hash}")).ok()??;
    questionnaire::parse(&text).ok()
}

/// The questionnaire at `address` (checked by `core::embed` and vouched for by the
/// deployment): fetched, without credentials and refusing redirects, then checked and kept; the
/// copy kept last time when the network fails.
#[cfg(feature = "any-questionnaire")]
pub async fn load(address: &str) -> Result<Questionnaire, LoadError> {
    if !super::options::deployment().vouches_for_questionnaire(address) {
        return Err(LoadError::Unlisted);
    }
    // The offline kit carries the site's questionnaires, since a page opened from disk
    // cannot fetch.
    if let Some(text) = embedded(address) {
        let q = questionnaire::parse(&text)?;
        keep(&text, &q, Some(address));
        return Ok(q);
    }
    match fetch(address).await {
        Ok(text) => {
            let q = questionnaire::parse(&text)?;
            keep(&text, &q, Some(address));
            Ok(q)
        }
        Err(e @ BrowserError::Http(_)) => Err(e.into()),
        Err(e) => kept_from(address).ok_or(LoadError::Fetch(e)),
    }
}

/// A questionnaire the offline kit carries in the page (`<script type="application/json"
/// id="bpf-questionnaire-questionnaires/….json">`), by its relative address.
#[cfg(feature = "any-questionnaire")]
fn embedded(address: &str) -> Option<String> {
    let element = web_sys::window()?.document()?.get_element_by_id(&format!(
        "bpf-questionnaire-{}",
        address.trim_start_matches("./")
    ))?;
    serde_json::from_str(&element.text_content()?).ok()
}

#[cfg(feature = "any-questionnaire")]
async fn fetch(address: &str) -> Result<String, BrowserError> {
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_redirect(web_sys::RequestRedirect::Error);
    super::platform::fetch_text(address, &init).await
}
