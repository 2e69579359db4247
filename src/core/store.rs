//! What the form keeps in browser storage: a versioned envelope around a complete response file, plus where the person's caret was.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::format::{self, FormatError};
use super::response::{Response, ResponseId};
use super::time::Timestamp;

/// The keys of drafts written before drafts were kept per deployment, and of the drafts of a
/// form opened from a file (the offline kit, wherever its file is moved). Still read by every
/// deployment of the site, as they always were; moved to a deployment's own key when it next
/// saves one. The version lets a future layout live beside it.
pub const KEY_PREFIX: &str = "bpf-survey/v1/draft/";

/// Where a deployment's own draft keys begin: `bpf-survey/v1/at:<scope>|draft/<id>`, the
/// scope being the folder the form is served from (`/nri-a/`), so two deployments on one site
/// (an organisation's GitHub Pages, say) neither list nor open each other's drafts.
const SCOPED_PREFIX: &str = "bpf-survey/v1/at:";

/// The newest storage layout this app reads and the one it writes.
pub const STORAGE_VERSION: u32 = 1;

/// A response on this device, with what is needed to resume it where it was left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The response, draft or finished.
    pub response: Response,
    /// Where the person was typing.
    pub caret: Caret,
    /// When a copy was last downloaded, if ever.
    pub last_download: Option<Timestamp>,
}

/// The field that had focus and the selection within it, restored after a reload.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Caret {
    /// The id of the focused field's element, e.g. `answer-q3`.
    pub field: String,
    /// Selection start, in UTF-16 code units as the DOM counts them.
    pub start: u32,
    /// Selection end.
    pub end: u32,
}

/// Why a stored entry could not be read. The entry is left in place so nothing is lost.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// Not an entry this app wrote.
    #[error("the saved entry is not readable: {0}")]
    Unreadable(String),
    /// Written by a newer version of the app.
    #[error("the saved entry was written by a newer version of this app (storage version {0})")]
    NewerVersion(u64),
    /// The response inside is damaged.
    #[error("the saved response is damaged: {0}")]
    Damaged(#[from] FormatError),
}

#[derive(Serialize, Deserialize)]
struct EnvelopeV1 {
    storage_version: u32,
    caret: CaretV1,
    last_download: Option<String>,
    response: Value,
}

#[derive(Serialize, Deserialize, Default)]
struct CaretV1 {
    field: String,
    start: u32,
    end: u32,
}

/// Whether the copy in storage is newer than the one about to be written over it: another tab
/// (or window) changed the response since this one last read it. Such a copy is never written
/// over; the newer one is taken instead. The caret alone never makes a copy newer.
pub fn stored_is_newer(ours: &Draft, stored: &Draft) -> bool {
    stored.response.updated > ours.response.updated
}

/// The storage key of a response in `scope` (the folder the form is served from; empty for
/// the keys every deployment reads, [`KEY_PREFIX`]).
pub fn key_for(scope: &str, id: &ResponseId) -> String {
    if scope.is_empty() {
        format!("{KEY_PREFIX}{id}")
    } else {
        format!("{SCOPED_PREFIX}{scope}|draft/{id}")
    }
}

/// The response id a storage key holds, if it is a draft of the deployment at `scope` or one
/// every deployment reads; `None` for anything else (another deployment's drafts included).
pub fn id_of_key(scope: &str, key: &str) -> Option<ResponseId> {
    let rest = key.strip_prefix(KEY_PREFIX).or_else(|| {
        key.strip_prefix(SCOPED_PREFIX)?
            .strip_prefix(scope)?
            .strip_prefix("|draft/")
            .filter(|_| !scope.is_empty())
    })?;
    ResponseId::parse(rest)
}

/// Whether a storage key is a draft of the deployment at `scope` or one every deployment reads
/// (whether or not its id reads: a damaged entry is still reported).
pub fn is_draft_key(scope: &str, key: &str) -> bool {
    key.starts_with(KEY_PREFIX)
        || (!scope.is_empty()
            && key
                .strip_prefix(SCOPED_PREFIX)
                .and_then(|k| k.strip_prefix(scope))
                .is_some_and(|k| k.starts_with("|draft/")))
}

/// Serialises a draft for storage, embedding its response as a complete response file.
pub fn encode(draft: &Draft, saved: Timestamp, app_version: &str) -> String {
    let file = format::write_response(&draft.response, saved, app_version);
    let envelope = EnvelopeV1 {
        storage_version: STORAGE_VERSION,
        caret: CaretV1 {
            field: draft.caret.field.clone(),
            start: draft.caret.start,
            end: draft.caret.end,
        },
        last_download: draft.last_download.map(Timestamp::to_rfc3339),
        // Parsed by the one reader the form has (which also refuses duplicate keys), so the form
        // carries no second JSON-to-value parser.
        response: format::parse_json(&file).unwrap_or(Value::Null),
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads a stored draft back, checking the embedded response like any uploaded file (a key
/// given twice included).
pub fn decode(text: &str) -> Result<Draft, StoreError> {
    let value = format::parse_json(text).map_err(|e| match e {
        FormatError::DuplicateKey { .. } => StoreError::Damaged(e),
        other => StoreError::Unreadable(other.to_string()),
    })?;
    match value.get("storage_version").and_then(Value::as_u64) {
        Some(1) => {}
        Some(v) => return Err(StoreError::NewerVersion(v)),
        None => return Err(StoreError::Unreadable("no storage version".into())),
    }
    let envelope: EnvelopeV1 =
        serde_json::from_value(value).map_err(|e| StoreError::Unreadable(e.to_string()))?;
    let exported = format::read_response_value(envelope.response)?;
    Ok(Draft {
        response: exported.response,
        caret: Caret {
            field: envelope.caret.field,
            start: envelope.caret.start,
            end: envelope.caret.end,
        },
        last_download: envelope
            .last_download
            .as_deref()
            .and_then(|t| Timestamp::parse_rfc3339(t).ok()),
    })
}
