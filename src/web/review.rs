//! The review page's glue: the draft its template was filled with, and the copy of the reader's
//! comments kept in `localStorage` as they type (synchronous, like the form's drafts, so the
//! last keystroke is kept when the page goes).

use super::storage::{StorageError, classify, local_storage};
use crate::core::format::FormatError;
use crate::core::format::review::draft_text_of;

/// The text of the draft the page carries (`<script type="application/json" id="bpf-draft">`):
/// `None` for the bare template, `Err` when the block is not a JSON string.
pub fn embedded_draft() -> Option<Result<String, FormatError>> {
    let element = web_sys::window()?
        .document()?
        .get_element_by_id("bpf-draft")?;
    draft_text_of(&element.text_content()?)
}

/// The text stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(classify)
}

/// Stores `text` under `key`.
pub fn write(key: &str, text: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, text).map_err(classify)
}

/// Removes what is stored under `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(classify)
}

/// Moves what is stored under `key` to a key of its own beside it (`…/unreadable-<n>`), so a
/// copy that cannot be read is never written over; the new key, or why it could not be moved.
pub fn set_aside(key: &str, text: &str, now_ms: i64) -> Result<String, StorageError> {
    let aside = format!("{key}/unreadable-{now_ms}");
    write(&aside, text)?;
    remove(key)?;
    Ok(aside)
}

/// Removes the copy under `key` and every copy set aside beside it: the reader's comments
/// deleted from a shared device.
pub fn forget(key: &str) -> Result<(), StorageError> {
    let storage = local_storage()?;
    let aside = format!("{key}/unreadable-");
    let mut keys = Vec::new();
    for i in 0..storage.length().map_err(classify)? {
        if let Some(k) = storage.key(i).map_err(classify)?
            && k.starts_with(&aside)
        {
            keys.push(k);
        }
    }
    keys.push(key.to_string());
    for k in keys {
        storage.remove_item(&k).map_err(classify)?;
    }
    Ok(())
}
