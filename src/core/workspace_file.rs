//! The workspace file: a whole workspace (its files as they came, encrypted ones still encrypted, the filter and the edits) in one versioned JSON document with an integrity check, to hand to a colleague or open on another machine (`docs/workspace-format.md`); and the merge of a colleague's edits with one's own, in which edits that disagree are set side by side for a decision, never overwritten.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::core::edits::{Change, Edit, Edits, MAX_NAME, MAX_NARRATIVE, Reason};
use crate::core::format::canonical_digest;
use crate::core::questionnaire;
use crate::core::synthesis::Filter;
use crate::core::time::Timestamp;

/// The `format` member of every workspace file.
pub const FORMAT: &str = "bpf-survey-workspace";
/// The version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// The largest workspace file read, in bytes: its files in base64 and the JSON around them must
/// fit the page's memory several times over.
pub const MAX_BYTES: usize = 256 << 20;
/// Most files and edits a workspace file may hold.
const MAX_FILES: usize = 200_000;
const MAX_EDITS: usize = 100_000;

/// A workspace file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`VERSION`] when written by this build.
    pub format_version: u32,
    /// The version of the app that wrote it.
    pub app_version: String,
    /// When it was written (RFC 3339).
    pub exported: String,
    /// The workspace's name (may be empty).
    pub name: String,
    /// The filter in force.
    pub filter: Filter,
    /// The secretariat's edits.
    pub edits: Edits,
    /// The files, in the order they were loaded.
    pub files: Vec<KeptFile>,
    /// The questionnaire the workspace is for, as its file; absent: the built-in one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<String>,
    /// The integrity check.
    pub integrity: Integrity,
}

/// A file of the workspace, as it came.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptFile {
    /// Its name when it was loaded.
    pub name: String,
    /// Its size when it was loaded (a file over the size limit is kept as its name and size).
    pub size: usize,
    /// Lower-case hex SHA-256 of its bytes.
    pub sha256: String,
    /// Its bytes, in base64.
    #[serde(with = "base64_bytes")]
    pub bytes: Vec<u8>,
}

/// How the file checks itself: `digest` is the SHA-256 of the canonical JSON (RFC 8785) of the
/// document without `integrity` and without each file's `bytes`; each file's `sha256` then
/// vouches for its bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Integrity {
    /// Always `sha-256`.
    pub algorithm: String,
    /// Lower-case hex.
    pub digest: String,
}

mod base64_bytes {
    use super::{BASE64, Engine};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&BASE64.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        BASE64
            .decode(text.as_bytes())
            .map_err(serde::de::Error::custom)
    }
}

/// Why a workspace file cannot be opened. Nothing is changed when it cannot.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WorkspaceFileError {
    /// Over [`MAX_BYTES`].
    #[error("the file is larger than a workspace file may be")]
    TooLarge,
    /// Not JSON, or not a workspace file.
    #[error("not a workspace file: {0}")]
    NotAWorkspace(String),
    /// Written by a newer version of the app.
    #[error("written by a newer version of the app (format version {0})")]
    FromTheFuture(u32),
    /// Its content does not match its integrity check: damaged or edited.
    #[error("the file was changed after it was written")]
    Damaged,
    /// Holds more, or longer, than any workspace does.
    #[error("the file holds more than a workspace may: {0}")]
    Unreasonable(String),
    /// Its workspace is for another questionnaire than the one it would be merged into.
    #[error("its workspace is for another questionnaire ({0})")]
    OtherQuestionnaire(String),
}

/// What a workspace keeps of its questionnaire: nothing for the built-in one, else its file.
pub fn questionnaire_kept(q: &questionnaire::Questionnaire) -> Option<String> {
    (q.hash != questionnaire::builtin().hash).then(|| questionnaire::to_json(q))
}

/// The questionnaire of a workspace file (the built-in one when it names none), checked when
/// the file was read.
pub fn questionnaire_of(file: &WorkspaceFile) -> Option<questionnaire::Questionnaire> {
    match file.questionnaire.as_deref() {
        None => Some(questionnaire::builtin()),
        Some(json) => questionnaire::parse(json).ok(),
    }
}

/// Lower-case hex SHA-256 of `bytes`: how the file names each kept file.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The digest over everything but the files' bytes.
fn digest(file: &WorkspaceFile) -> String {
    let mut value = serde_json::to_value(file).unwrap_or_default();
    if let Some(o) = value.as_object_mut() {
        o.remove("integrity");
        if let Some(files) = o.get_mut("files").and_then(|f| f.as_array_mut()) {
            for f in files {
                if let Some(f) = f.as_object_mut() {
                    f.remove("bytes");
                }
            }
        }
    }
    canonical_digest(&value).unwrap_or_default()
}

/// Whether files of these sizes make a workspace file a reader opens: their base64 (a third
/// more) and the JSON around them under [`MAX_BYTES`]. A larger workspace is refused before it
/// is written, never written to be refused when opened.
pub fn fits(sizes: impl IntoIterator<Item = usize>) -> bool {
    let (mut bytes, mut files) = (0usize, 0usize);
    for size in sizes {
        bytes = bytes.saturating_add(size.div_ceil(3) * 4);
        files += 1;
    }
    files <= MAX_FILES && bytes.saturating_add(files.saturating_mul(300)) < MAX_BYTES - (1 << 20)
}

/// A workspace's files as kept: name, size and bytes.
pub struct Kept<'a> {
    /// The name.
    pub name: &'a str,
    /// The size.
    pub size: usize,
    /// The bytes.
    pub bytes: &'a [u8],
}

/// Writes a workspace file.
pub fn write<'a>(
    name: &str,
    filter: &Filter,
    edits: &Edits,
    files: impl IntoIterator<Item = Kept<'a>>,
    questionnaire: Option<&str>,
    exported: Timestamp,
    app_version: &str,
) -> String {
    let mut file = WorkspaceFile {
        format: FORMAT.to_string(),
        format_version: VERSION,
        app_version: app_version.to_string(),
        exported: exported.to_rfc3339(),
        name: name.to_string(),
        // The exclusions travel as edits, never in the filter.
        filter: filter.excluding(Default::default()),
        edits: edits.clone(),
        files: files
            .into_iter()
            .map(|f| KeptFile {
                name: f.name.to_string(),
                size: f.size,
                sha256: sha256_hex(f.bytes),
                bytes: f.bytes.to_vec(),
            })
            .collect(),
        questionnaire: questionnaire.map(str::to_string),
        integrity: Integrity {
            algorithm: "sha-256".to_string(),
            digest: String::new(),
        },
    };
    file.integrity.digest = digest(&file);
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads and checks a workspace file.
pub fn read(bytes: &[u8]) -> Result<WorkspaceFile, WorkspaceFileError> {
    if bytes.len() > MAX_BYTES {
        return Err(WorkspaceFileError::TooLarge);
    }
    let head: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| WorkspaceFileError::NotAWorkspace(e.to_string()))?;
    if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(WorkspaceFileError::NotAWorkspace(
            "its format is not bpf-survey-workspace".into(),
        ));
    }
    match head.get("format_version").and_then(|v| v.as_u64()) {
        Some(v) if v > u64::from(VERSION) => {
            return Err(WorkspaceFileError::FromTheFuture(
                u32::try_from(v).unwrap_or(u32::MAX),
            ));
        }
        Some(v) if v >= 1 => {}
        _ => {
            return Err(WorkspaceFileError::NotAWorkspace(
                "no format version".into(),
            ));
        }
    }
    let file: WorkspaceFile = serde_json::from_value(head)
        .map_err(|e| WorkspaceFileError::NotAWorkspace(e.to_string()))?;
    if file.integrity.algorithm != "sha-256" || file.integrity.digest != digest(&file) {
        return Err(WorkspaceFileError::Damaged);
    }
    if file.files.iter().any(|f| sha256_hex(&f.bytes) != f.sha256) {
        return Err(WorkspaceFileError::Damaged);
    }
    reasonable(&file)?;
    if let Some(Err(e)) = file.questionnaire.as_deref().map(questionnaire::parse) {
        return Err(WorkspaceFileError::NotAWorkspace(format!(
            "its questionnaire: {e}"
        )));
    }
    Ok(file)
}

/// Refuses what no workspace holds: too many files or edits, over-long names and texts.
fn reasonable(file: &WorkspaceFile) -> Result<(), WorkspaceFileError> {
    let too = |what: &str| Err(WorkspaceFileError::Unreasonable(what.to_string()));
    if file.files.len() > MAX_FILES {
        return too("files");
    }
    if file.edits.done.len() + file.edits.undone.len() > MAX_EDITS {
        return too("edits");
    }
    let long = |s: &str, n: usize| s.chars().count() > n;
    if long(&file.name, MAX_NAME) || file.files.iter().any(|f| long(&f.name, 1_000)) {
        return too("a name");
    }
    for edit in file.edits.done.iter().chain(&file.edits.undone) {
        let over = long(&edit.by, MAX_NAME)
            || match &edit.change {
                Change::RenameTheme { name, .. } => long(name, MAX_NAME),
                Change::Narrative { text, .. } => long(text, MAX_NARRATIVE),
                _ => false,
            };
        if over {
            return too("a text of an edit");
        }
    }
    Ok(())
}

/// A decision that edits set one value of: whether (and why) a response is left out, a
/// theme's name, a question's text, whether it is reviewed.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot {
    /// A response, by id.
    Excluded(String),
    /// A question's theme, by its anchors.
    ThemeName(String, Vec<String>),
    /// A question's narrative.
    Narrative(String),
    /// Whether a question is reviewed.
    Reviewed(String),
    /// Where a response's answer to a question belongs.
    Placed(String, String),
    /// Whether a code is on a response's answer to a question.
    Coded(String, String, String),
    /// A code of the secretariat's own: its name and words, or its removal.
    Code(String),
}

/// The value a slot has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlotValue {
    /// Left out for this reason, or not left out.
    Excluded(Option<Reason>),
    /// A text (a name, a narrative; empty: none).
    Text(String),
    /// Reviewed or not.
    Reviewed(bool),
    /// In the theme these anchors name, or (`None`) among the other answers.
    Placed(Option<Vec<String>>),
    /// A code applies, or not.
    Coded(bool),
}

fn slot_of(change: &Change) -> Option<Slot> {
    match change {
        Change::Exclude { response, .. } | Change::Include { response } => {
            Some(Slot::Excluded(response.clone()))
        }
        Change::RenameTheme {
            question, theme, ..
        } => Some(Slot::ThemeName(question.clone(), theme.clone())),
        Change::Narrative { question, .. } => Some(Slot::Narrative(question.clone())),
        Change::Reviewed { question, .. } => Some(Slot::Reviewed(question.clone())),
        Change::MoveAnswer {
            question, response, ..
        } => Some(Slot::Placed(question.clone(), response.clone())),
        Change::CodeAnswer {
            question,
            response,
            code,
            ..
        } => Some(Slot::Coded(
            question.clone(),
            response.clone(),
            code.clone(),
        )),
        Change::DefineCode { key, .. } | Change::RemoveCode { key } => {
            Some(Slot::Code(key.clone()))
        }
        Change::MergeThemes { .. } | Change::Pin { .. } | Change::Unpin { .. } => None,
    }
}

/// The value `edits` leave in `slot`.
fn value_of(edits: &[Edit], slot: &Slot) -> SlotValue {
    let last = edits
        .iter()
        .rev()
        .find(|e| slot_of(&e.change).as_ref() == Some(slot))
        .map(|e| &e.change);
    match (slot, last) {
        (Slot::Excluded(_), Some(Change::Exclude { reason, .. })) => {
            SlotValue::Excluded(Some(*reason))
        }
        (Slot::Excluded(_), _) => SlotValue::Excluded(None),
        (Slot::ThemeName(..), Some(Change::RenameTheme { name, .. })) => {
            SlotValue::Text(name.clone())
        }
        (Slot::Narrative(_), Some(Change::Narrative { text, .. })) => SlotValue::Text(text.clone()),
        (Slot::ThemeName(..) | Slot::Narrative(_), _) => SlotValue::Text(String::new()),
        (Slot::Reviewed(_), Some(Change::Reviewed { reviewed, .. })) => {
            SlotValue::Reviewed(*reviewed)
        }
        (Slot::Reviewed(_), _) => SlotValue::Reviewed(false),
        (Slot::Placed(..), Some(Change::MoveAnswer { to, .. })) => SlotValue::Placed(to.clone()),
        (Slot::Placed(..), _) => SlotValue::Placed(None),
        (Slot::Coded(..), Some(Change::CodeAnswer { applies, .. })) => SlotValue::Coded(*applies),
        (Slot::Coded(..), _) => SlotValue::Coded(false),
        (Slot::Code(_), Some(Change::DefineCode { name, words, .. })) => {
            SlotValue::Text(format!("{name} ({})", words.join(", ")))
        }
        (Slot::Code(_), _) => SlotValue::Text(String::new()),
    }
}

/// Edits of two people that disagree: the slot, what each left in it, and the colleague's
/// last edit of it, to make if their value is chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// What they disagree on.
    pub slot: Slot,
    /// What one's own edits leave.
    pub mine: SlotValue,
    /// What the colleague's leave.
    pub theirs: SlotValue,
    /// The colleague's edit that sets their value.
    pub take_theirs: Edit,
}

/// Merges a colleague's edits into one's own: theirs that one does not have are added after
/// one's own, except where both edited the same decision to different ends; those are left
/// out and returned as conflicts, for the person to decide. What is undone on either side
/// stays as it was on one's own.
pub fn merge_edits(mine: &Edits, theirs: &Edits) -> (Edits, Vec<Conflict>) {
    let new: Vec<&Edit> = theirs
        .done
        .iter()
        .filter(|e| !mine.done.contains(e))
        .collect();
    let mut conflicts: BTreeMap<Slot, Conflict> = BTreeMap::new();
    for edit in &new {
        let Some(slot) = slot_of(&edit.change) else {
            continue;
        };
        let mine_touches = mine
            .done
            .iter()
            .any(|e| slot_of(&e.change).as_ref() == Some(&slot));
        let (a, b) = (value_of(&mine.done, &slot), value_of(&theirs.done, &slot));
        if mine_touches && a != b {
            let take_theirs = theirs
                .done
                .iter()
                .rev()
                .find(|e| slot_of(&e.change).as_ref() == Some(&slot))
                .cloned()
                .unwrap_or_else(|| (*edit).clone());
            conflicts.insert(
                slot.clone(),
                Conflict {
                    slot,
                    mine: a,
                    theirs: b,
                    take_theirs,
                },
            );
        }
    }
    let mut merged = mine.clone();
    for edit in new {
        let conflicting = slot_of(&edit.change).is_some_and(|s| conflicts.contains_key(&s));
        if !conflicting {
            merged.done.push(edit.clone());
        }
    }
    (merged, conflicts.into_values().collect())
}
