//! Drafts in `localStorage`: synchronous, so a save on `pagehide` completes before the page goes. Every failure is returned, typed, so the form can warn and keep the text in memory.

use wasm_bindgen::{JsCast, JsValue};

use crate::core::response::ResponseId;
use crate::core::store::{self, Draft, StoreError};
use crate::core::time::Timestamp;

/// Why storage could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// No storage at all: blocked by settings, a sandboxed frame or private browsing.
    #[error("this browser does not let the page keep data ({0})")]
    Unavailable(String),
    /// The storage quota is used up.
    #[error("the browser's storage for this page is full")]
    Full,
    /// Any other failure.
    #[error("the browser refused to save ({0})")]
    Failed(String),
}

/// What was found in storage.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Readable drafts, in no particular order.
    pub drafts: Vec<Draft>,
    /// Entries that could not be read, by key; they are left in place.
    pub unreadable: Vec<(String, StoreError)>,
}

pub(super) fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageError::Unavailable("localStorage is missing".into())),
        Err(e) => Err(StorageError::Unavailable(super::error::describe(&e))),
    }
}

/// What a browser storage failure (`localStorage` or IndexedDB) means for the person.
pub(super) fn classify(error: JsValue) -> StorageError {
    if let Some(e) = error.dyn_ref::<web_sys::DomException>() {
        // Chromium and WebKit say QuotaExceededError (code 22); Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
        if e.name() == "QuotaExceededError"
            || e.name() == "NS_ERROR_DOM_QUOTA_REACHED"
            || e.code() == 22
        {
            return StorageError::Full;
        }
        if e.name() == "SecurityError" {
            return StorageError::Unavailable(e.message());
        }
    }
    StorageError::Failed(super::error::describe(&error))
}

/// The deployment this page's drafts belong to ([`store::key_for`]): the folder it is served
/// from, or none for a form opened from a file, whose drafts must survive the file's move.
fn scope() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    if !matches!(
        location.protocol().ok().as_deref(),
        Some("http:" | "https:")
    ) {
        return String::new();
    }
    let path = location.pathname().unwrap_or_default();
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => "/".to_string(),
    }
}

/// The key of the response the person at a shared device began in this tab.
const SHARED_OWNER: &str = "bpf-survey/shared-device/owner";

/// Whether the person at a shared device began response `id` in this tab and has not left it
/// for the start page since. It is kept in `sessionStorage`: a reload keeps it; another tab, a
/// page opened from the history, and the start page do not.
pub fn owns_shared(id: &ResponseId) -> bool {
    let id = id.to_string();
    SHARED_OWNER_HERE.with_borrow(|owner| owner.as_deref() == Some(id.as_str()))
        || web_sys::window()
            .and_then(|w| w.session_storage().ok().flatten())
            .and_then(|s| s.get_item(SHARED_OWNER).ok().flatten())
            .is_some_and(|owner| owner == id)
}

thread_local! {
    /// The same, for this page: where session storage is blocked (an embedded form whose
    /// browser refuses it storage), the person still sees the response they began.
    static SHARED_OWNER_HERE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Records (or, with `None`, forgets) the response the person at a shared device began here.
pub fn set_shared_owner(id: Option<&ResponseId>) {
    let id = id.map(ResponseId::to_string);
    SHARED_OWNER_HERE.with_borrow_mut(|owner| owner.clone_from(&id));
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = match id {
            Some(id) => s.set_item(SHARED_OWNER, &id),
            None => s.remove_item(SHARED_OWNER),
        };
    }
}

/// Reads every draft of this deployment, and those every deployment reads (a response in both,
/// half-way through its move, once: the newer copy).
pub fn load_all() -> Result<Loaded, StorageError> {
    let storage = local_storage()?;
    let scope = scope();
    let length = storage.length().map_err(classify)?;
    let mut loaded = Loaded::default();
    for i in 0..length {
        let Some(key) = storage.key(i).map_err(classify)? else {
            continue;
        };
        if !store::is_draft_key(&scope, &key) {
            continue;
        }
        let Some(text) = storage.get_item(&key).map_err(classify)? else {
            continue;
        };
        match store::decode(&text) {
            Ok(draft) => match loaded
                .drafts
                .iter_mut()
                .find(|d| d.response.id == draft.response.id)
            {
                Some(other) if store::stored_is_newer(other, &draft) => *other = draft,
                Some(_) => {}
                None => loaded.drafts.push(draft),
            },
            Err(e) => loaded.unreadable.push((key, e)),
        }
    }
    Ok(loaded)
}

/// What became of a save.
#[derive(Debug, PartialEq)]
pub enum Saved {
    /// Written.
    Written,
    /// Not written: another tab had saved a newer copy, which is this.
    NewerElsewhere(Box<Draft>),
}

/// Writes a draft, unless another tab has stored a newer copy of it (which is returned
/// instead); `saved` is when, `app_version` which app.
pub fn save(draft: &Draft, saved: Timestamp, app_version: &str) -> Result<Saved, StorageError> {
    let storage = local_storage()?;
    let scope = scope();
    let key = store::key_for(&scope, &draft.response.id);
    // A draft every deployment reads is moved to this deployment's own key.
    let shared = store::key_for("", &draft.response.id);
    let stored = |key: &str| -> Result<Option<Draft>, StorageError> {
        Ok(storage
            .get_item(key)
            .map_err(classify)?
            .and_then(|text| store::decode(&text).ok()))
    };
    // An unreadable copy is not "newer": it is kept aside by the next load's report, and ours
    // is what the person sees.
    let newer = match stored(&key)? {
        Some(ours) => Some(ours),
        None if key != shared => stored(&shared)?,
        None => None,
    }
    .filter(|stored| store::stored_is_newer(draft, stored));
    if let Some(stored) = newer {
        return Ok(Saved::NewerElsewhere(Box::new(stored)));
    }
    let text = store::encode(draft, saved, app_version);
    storage.set_item(&key, &text).map_err(classify)?;
    if key != shared {
        storage.remove_item(&shared).map_err(classify)?;
    }
    Ok(Saved::Written)
}

/// A change another tab made to a draft, as the `storage` event tells it.
pub enum Elsewhere {
    /// Saved (or changed): its new copy.
    Changed(Box<Draft>),
    /// Deleted.
    Deleted(ResponseId),
}

/// What a `storage` event (fired in every other tab of this origin) says about a draft of
/// this deployment.
pub fn elsewhere(event: &web_sys::StorageEvent) -> Option<Elsewhere> {
    let scope = scope();
    let id = store::id_of_key(&scope, &event.key()?)?;
    match event.new_value() {
        // A draft moved to this deployment's own key (`save`) is not gone.
        None if [store::key_for(&scope, &id), store::key_for("", &id)]
            .iter()
            .any(|key| local_storage().is_ok_and(|s| s.get_item(key).ok().flatten().is_some())) =>
        {
            None
        }
        None => Some(Elsewhere::Deleted(id)),
        Some(text) => store::decode(&text)
            .ok()
            .filter(|d| d.response.id == id)
            .map(|d| Elsewhere::Changed(Box::new(d))),
    }
}

/// Removes a draft, under this deployment's key and the one every deployment reads.
pub fn delete(id: &ResponseId) -> Result<(), StorageError> {
    let storage = local_storage()?;
    for key in [store::key_for(&scope(), id), store::key_for("", id)] {
        storage.remove_item(&key).map_err(classify)?;
    }
    Ok(())
}

/// What the browser said about keeping this page's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// Not asked yet, or the answer has not come.
    Unknown,
    /// The browser will not evict the data under storage pressure.
    Granted,
    /// The browser may evict the data.
    Refused,
    /// The browser has no Storage API.
    Unsupported,
}

/// Asks the browser to keep this page's data (`navigator.storage.persist()`).
pub async fn request_persistence() -> Persistence {
    let Some(window) = web_sys::window() else {
        return Persistence::Unsupported;
    };
    let manager = window.navigator().storage();
    // Old browsers lack navigator.storage; the binding would then hold undefined.
    if JsValue::from(manager.clone()).is_undefined() {
        return Persistence::Unsupported;
    }
    let Ok(promise) = manager.persist() else {
        return Persistence::Unsupported;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(v) if v.as_bool() == Some(true) => Persistence::Granted,
        Ok(_) => Persistence::Refused,
        Err(_) => Persistence::Unsupported,
    }
}

/// Why what is typed here may not last, most serious first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Risk {
    /// Inside another site's page: the browser keeps this frame's data apart (partitioned) or
    /// drops it.
    Partitioned,
    /// A private window (guessed from a small storage quota): everything goes when it closes.
    Private,
    /// Safari deletes a site's data after seven days without a visit.
    Safari,
    /// `persist()` was refused: the data may be evicted when the device runs short of space.
    NotPersisted,
}

/// The most serious reason to expect this page's data not to last, if any.
pub async fn risk(persistence: Persistence) -> Option<Risk> {
    let window = web_sys::window()?;
    // A cross-origin parent cannot be read: this page is framed by another site.
    if let Ok(Some(top)) = window.top()
        && top.location().origin().is_err()
    {
        return Some(Risk::Partitioned);
    }
    let manager = window.navigator().storage();
    if !JsValue::from(manager.clone()).is_undefined()
        && let Ok(promise) = manager.estimate()
        && let Ok(estimate) = wasm_bindgen_futures::JsFuture::from(promise).await
    {
        let quota = js_sys::Reflect::get(&estimate, &"quota".into())
            .ok()
            .and_then(|q| q.as_f64());
        // Private windows get a quota of a few hundred megabytes at most; normal ones a share
        // of the disk, gigabytes. A guess, so it only adds advice.
        if quota.is_some_and(|q| q < 300.0 * 1024.0 * 1024.0) {
            return Some(Risk::Private);
        }
    }
    let agent = window.navigator().user_agent().unwrap_or_default();
    if agent.contains("Safari/") && !agent.contains("Chrome/") && !agent.contains("Chromium/") {
        return Some(Risk::Safari);
    }
    (persistence == Persistence::Refused).then_some(Risk::NotPersisted)
}

/// Where the column mapping of a table with these headers is remembered: one key per shape.
fn table_mapping_key(headers: &[String]) -> String {
    let shape = headers.join("\u{1f}");
    format!(
        "bpf-survey/v1/table-mapping/{}",
        crate::core::workspace_file::sha256_hex(shape.as_bytes())
    )
}

/// The column mapping last chosen for a table with exactly these headers, one target key per
/// column, if this browser remembers one.
pub fn table_mapping(headers: &[String]) -> Option<Vec<String>> {
    let text = local_storage()
        .ok()?
        .get_item(&table_mapping_key(headers))
        .ok()??;
    serde_json::from_str::<Vec<String>>(&text)
        .ok()
        .filter(|columns| columns.len() == headers.len())
}

/// Remembers the column mapping chosen for a table with these headers, for the next file of
/// the same shape. Not remembering (storage refused or full) costs only a suggestion.
pub fn remember_table_mapping(headers: &[String], columns: &[String]) {
    if let (Ok(storage), Ok(text)) = (local_storage(), serde_json::to_string(columns)) {
        let _ = storage.set_item(&table_mapping_key(headers), &text);
    }
}
