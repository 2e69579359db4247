//! The response file and bundle formats (versions 1 and 2): writing them, and reading them back with integrity, version and shape checks that name what is wrong.

mod canonical;
pub mod review;
mod v1;

use serde_json::Value;
use sha2::{Digest, Sha256};

pub use canonical::{CanonicalError, bundle_digests, canonical_digest, canonical_json};
pub use v1::{BUNDLE_FORMAT, RESPONSE_FORMAT};

use crate::core::response::Response;
use crate::core::time::Timestamp;

/// The newest format version this app reads and the one it writes (a response whose
/// questionnaire's hash is unknown, read from a version 1 file, is written as version 1).
pub const FORMAT_VERSION: u32 = 2;
/// The integrity algorithm's name in files.
pub const INTEGRITY_ALGORITHM: &str = "sha-256";
/// The canonical form the digest is computed over.
pub const CANONICALIZATION: &str = "rfc8785";

/// A response read back from a file, with what the file says about its making. (`Serialize`
/// and `Deserialize` here, as on `Response`, are for handing checked files from one synthesis
/// worker to the other, not a file format.)
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Exported {
    /// The response itself.
    pub response: Response,
    /// When the file was written.
    pub exported: Timestamp,
    /// The version of the app that wrote it.
    pub app_version: String,
}

/// A bundle read back: each response, or why it could not be read.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Bundle {
    /// When the bundle was made (the Unix epoch for an edited bundle whose own date does not
    /// read: nothing of such a bundle's own is trusted).
    pub created: Timestamp,
    /// One entry per response the bundle holds, in its order.
    pub entries: Vec<Result<Exported, FormatError>>,
    /// Whether the bundle's own check holds. When it does not (edited or damaged after it was
    /// saved), each response whose own check holds is still read.
    pub intact: bool,
}

/// What a file turned out to be.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Document {
    /// A single response file.
    Response(Box<Exported>),
    /// A bundle of responses.
    Bundle(Bundle),
}

/// Why a file could not be read. Each says, in words a person understands, what is wrong (in
/// English here; the synthesis page has each in every language).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum FormatError {
    /// Not UTF-8 text.
    #[error("this is not a text file")]
    NotText,
    /// Text, but not JSON.
    #[error("this is not a JSON file (line {line}, column {column})")]
    NotJson {
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error.
        column: usize,
    },
    /// JSON that stops part-way: the file was cut short.
    #[error("the file is incomplete: it was cut short, perhaps during download or copying")]
    Truncated,
    /// JSON, but not one of this app's formats.
    #[error("this JSON file is not a BPF survey response or bundle")]
    NotAResponseFile,
    /// One of our formats, in a version this app does not know.
    #[error(
        "this file uses format version {found}, which this version of the app cannot read; use a newer version"
    )]
    UnsupportedVersion {
        /// The version the file declares.
        found: u64,
    },
    /// No integrity check, so edits or damage could not be detected.
    #[error("the file has no integrity check")]
    MissingIntegrity,
    /// An integrity check this app cannot compute.
    #[error("the file's integrity check uses {0:?}, which this app does not know")]
    UnknownIntegrity(String),
    /// The content does not match its integrity check.
    #[error(
        "the file was edited or damaged after it was saved: its integrity check does not match"
    )]
    IntegrityMismatch,
    /// A field is missing or holds a value the format does not allow.
    #[error("the file is damaged: {field}: {reason}")]
    Invalid {
        /// The field, as a dotted path.
        field: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The same key twice in one object: JSON readers disagree on which counts, so the file is
    /// ambiguous (and could say one thing to a person and another to this app).
    #[error("the file has the key {key} twice in one place, so what it says is ambiguous")]
    DuplicateKey {
        /// The key, quoted and shortened.
        key: String,
    },
    /// A bundle whose count disagrees with its contents.
    #[error("the bundle says it holds {claimed} responses but holds {found}")]
    CountMismatch {
        /// What `response_count` says.
        claimed: usize,
        /// How many responses are there.
        found: usize,
    },
}

impl FormatError {
    fn invalid(field: &str, reason: String) -> Self {
        Self::Invalid {
            field: field.to_string(),
            reason,
        }
    }
}

/// Writes a response file: pretty-printed JSON ending with its integrity check.
pub fn write_response(response: &Response, exported: Timestamp, app_version: &str) -> String {
    let mut file = v1::ResponseFile::from_domain(response, exported, app_version);
    file.integrity = Some(integrity_of(&file));
    to_pretty(&file)
}

/// This app's version, written into every file it makes.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Writes a bundle holding `responses`, each as a complete response file with its own check.
pub fn write_bundle(responses: &[Response], created: Timestamp, app_version: &str) -> String {
    let responses: Vec<Value> = responses
        .iter()
        .map(|r| {
            let mut file = v1::ResponseFile::from_domain(r, created, app_version);
            file.integrity = Some(integrity_of(&file));
            to_value(&file)
        })
        .collect();
    // A bundle is of the newest version of the responses it holds: one of version 1 responses
    // reads as version 1 everywhere.
    let version = responses
        .iter()
        .filter_map(|r| r.get("format_version").and_then(Value::as_u64))
        .max()
        .map_or(FORMAT_VERSION, |v| v as u32);
    let mut bundle = v1::BundleFile {
        format: BUNDLE_FORMAT.into(),
        format_version: version,
        created: created.to_rfc3339(),
        app: v1::AppV1 {
            name: "bpf-survey".into(),
            version: app_version.into(),
        },
        response_count: responses.len(),
        responses,
        integrity: None,
    };
    bundle.integrity = Some(integrity_of(&bundle));
    to_pretty(&bundle)
}

/// Writes `responses`, in order, as bundles of at most `max_bytes` each (a single response
/// larger than that alone in its bundle): the bundles a table's rows become, each of which the
/// importer's file-size limit admits.
pub fn write_bundles(
    responses: &[Response],
    created: Timestamp,
    app_version: &str,
    max_bytes: usize,
) -> Vec<String> {
    /// Responses per bundle tried first: a few megabytes of short answers.
    const FIRST_TRY: usize = 5_000;
    fn split(
        chunk: &[Response],
        created: Timestamp,
        app_version: &str,
        max_bytes: usize,
        out: &mut Vec<String>,
    ) {
        let text = write_bundle(chunk, created, app_version);
        if text.len() <= max_bytes || chunk.len() <= 1 {
            out.push(text);
        } else {
            let (a, b) = chunk.split_at(chunk.len() / 2);
            split(a, created, app_version, max_bytes, out);
            split(b, created, app_version, max_bytes, out);
        }
    }
    let mut out = Vec::new();
    for chunk in responses.chunks(FIRST_TRY) {
        split(chunk, created, app_version, max_bytes, &mut out);
    }
    if out.is_empty() {
        out.push(write_bundle(&[], created, app_version));
    }
    out
}

/// Parses JSON as every reader here does: a syntax error, or a key given twice in one object
/// (which a JSON parser would silently resolve, one way or the other), is refused.
pub fn parse_json(text: &str) -> Result<Value, FormatError> {
    let syntax = |e: serde_json::Error| match e.classify() {
        serde_json::error::Category::Eof => FormatError::Truncated,
        // serde_json stops at 128 levels; no response file nests more than four.
        _ if e.to_string().starts_with("recursion limit exceeded") => FormatError::NotAResponseFile,
        _ => FormatError::NotJson {
            line: e.line(),
            column: e.column(),
        },
    };
    duplicates::parse(text).map_err(|e| match e {
        duplicates::Error::Syntax(e) => syntax(e),
        duplicates::Error::Duplicate(key) => FormatError::DuplicateKey { key },
    })
}

/// Reads a response file or a bundle, checking format, version and integrity.
pub fn read(bytes: &[u8]) -> Result<Document, FormatError> {
    let text = std::str::from_utf8(bytes).map_err(|_| FormatError::NotText)?;
    // A byte-order mark is what some editors add; it is not part of the JSON.
    let value = parse_json(text.strip_prefix('\u{feff}').unwrap_or(text))?;
    match value.get("format").and_then(Value::as_str) {
        Some(RESPONSE_FORMAT) => {
            read_response_checked(value, None).map(|r| Document::Response(Box::new(r)))
        }
        Some(BUNDLE_FORMAT) => read_bundle_value(value).map(Document::Bundle),
        _ => Err(FormatError::NotAResponseFile),
    }
}

/// Reads a single response file; a bundle is refused as not a response file.
pub fn read_response(bytes: &[u8]) -> Result<Exported, FormatError> {
    match read(bytes)? {
        Document::Response(r) => Ok(*r),
        Document::Bundle(_) => Err(FormatError::NotAResponseFile),
    }
}

/// Reads a response file already parsed as JSON, as the form's stored drafts embed it: checked
/// exactly as a file is, except that a field missing, unknown or of the wrong type is named by
/// serde's message alone, not by its path. The form only ever says a stored draft is damaged, and
/// without the path tracking its program is several kilobytes smaller (`docs/size.md`).
pub fn read_response_value(value: Value) -> Result<Exported, FormatError> {
    read_response_shaped(value, None, unpathed)
}

/// Reads a response file whose canonical digest may already be known (computed with its
/// bundle's, in one pass).
fn read_response_checked(value: Value, digest: Option<String>) -> Result<Exported, FormatError> {
    read_response_shaped(value, digest, shaped)
}

fn read_response_shaped(
    value: Value,
    digest: Option<String>,
    shape: impl FnOnce(Value) -> Result<v1::ResponseFile, FormatError>,
) -> Result<Exported, FormatError> {
    if value.get("format").and_then(Value::as_str) != Some(RESPONSE_FORMAT) {
        return Err(FormatError::NotAResponseFile);
    }
    let value = check_version_and_integrity(value, digest)?;
    let file: v1::ResponseFile = shape(value)?;
    let (response, exported, app_version) = file.into_domain()?;
    Ok(Exported {
        response,
        exported,
        app_version,
    })
}

fn read_bundle_value(mut value: Value) -> Result<Bundle, FormatError> {
    check_version(&value)?;
    // The integrity member is checked before the digests are computed, as a response's is.
    integrity_kind(&value)?;
    // One pass computes the bundle's digest and each response's own.
    let own = match &mut value {
        Value::Object(map) => map.remove("integrity"),
        _ => None,
    };
    let digests = bundle_digests(&value).map_err(|e| not_canonical(&value, e));
    if let (Value::Object(map), Some(own)) = (&mut value, own) {
        map.insert("integrity".into(), own);
    }
    let (whole, entry_digests) = digests?;
    // A bundle edited or damaged after it was saved still yields each response whose own check
    // holds (each is a complete response file): the bundle is marked, and its count, which
    // cannot be trusted, is not held against it.
    let intact = integrity_holds(&mut value, Some(whole))?;
    let (created, responses) = if intact {
        let bundle: v1::BundleFile = shaped(value)?;
        let created = v1::time("created", &bundle.created)?;
        if bundle.response_count != bundle.responses.len() {
            return Err(FormatError::CountMismatch {
                claimed: bundle.response_count,
                found: bundle.responses.len(),
            });
        }
        (created, bundle.responses)
    } else {
        // Edited or damaged: nothing of the bundle's own fields can be trusted, so only its
        // responses are read, each by its own check. Its `created` is kept where it reads.
        let created = value
            .get("created")
            .and_then(Value::as_str)
            .and_then(|t| v1::time("created", t).ok());
        match value {
            Value::Object(mut map) => match map.remove("responses") {
                Some(Value::Array(responses)) => {
                    (created.unwrap_or(Timestamp::from_millis(0)), responses)
                }
                _ => return Err(FormatError::IntegrityMismatch),
            },
            _ => return Err(FormatError::NotAResponseFile),
        }
    };
    let mut entry_digests = entry_digests.into_iter();
    let entries = responses
        .into_iter()
        .map(|entry| read_response_checked(entry, entry_digests.next().flatten()))
        .collect();
    Ok(Bundle {
        created,
        entries,
        intact,
    })
}

/// Checks the version and the integrity member; `computed` is the digest when already known.
fn check_version(value: &Value) -> Result<(), FormatError> {
    match value.get("format_version").and_then(Value::as_u64) {
        Some(v) if (1..=u64::from(FORMAT_VERSION)).contains(&v) => Ok(()),
        Some(found) => Err(FormatError::UnsupportedVersion { found }),
        None => Err(FormatError::invalid(
            "format_version",
            "missing or not a whole number".into(),
        )),
    }
}

fn check_version_and_integrity(
    mut value: Value,
    computed: Option<String>,
) -> Result<Value, FormatError> {
    if integrity_holds(&mut value, computed)? {
        Ok(value)
    } else {
        Err(FormatError::IntegrityMismatch)
    }
}

/// The digest a document's integrity member claims, once its algorithm and canonicalization are
/// known ones; an error when the member is missing or of an unknown kind.
fn integrity_kind(value: &Value) -> Result<String, FormatError> {
    let integrity = match value {
        Value::Object(map) => map.get("integrity").ok_or(FormatError::MissingIntegrity)?,
        _ => return Err(FormatError::NotAResponseFile),
    };
    let field = |name: &str| {
        integrity
            .get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let (algorithm, canonicalization) = (field("algorithm"), field("canonicalization"));
    if algorithm != INTEGRITY_ALGORITHM {
        Err(FormatError::UnknownIntegrity(algorithm))
    } else if canonicalization != CANONICALIZATION {
        Err(FormatError::UnknownIntegrity(canonicalization))
    } else {
        Ok(field("digest"))
    }
}

/// Whether a document's digest matches (`computed`, when already known); an error when its
/// version is unknown or its integrity member missing or of an unknown kind. The document is
/// left whole, integrity member included, so serde's strict field list sees all of it.
fn integrity_holds(value: &mut Value, computed: Option<String>) -> Result<bool, FormatError> {
    check_version(value)?;
    let digest = integrity_kind(value)?;
    let integrity = match value {
        Value::Object(map) => map
            .remove("integrity")
            .ok_or(FormatError::MissingIntegrity)?,
        _ => return Err(FormatError::NotAResponseFile),
    };
    let computed = match computed {
        Some(d) => Ok(d),
        None => canonical_digest(value).map_err(|e| not_canonical(value, e)),
    };
    if let Value::Object(map) = value {
        map.insert("integrity".into(), integrity);
    }
    Ok(digest == computed?)
}

/// The file as the version's types, or the first field that is missing, unknown or of the
/// wrong type, named by its path (`respondent.name`, `responses[2]`).
fn shaped<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, FormatError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let reason = e.into_inner().to_string();
        // serde names a missing field in its message, at its parent's path.
        let missing = reason
            .strip_prefix("missing field `")
            .and_then(|r| r.strip_suffix('`'));
        let field = match (path.as_str(), missing) {
            (".", Some(name)) => name.to_string(),
            (_, Some(name)) => format!("{path}.{name}"),
            (".", None) => "(document)".to_string(),
            _ => path,
        };
        FormatError::Invalid { field, reason }
    })
}

/// The file as the version's types, or serde's word on what is wrong (no path).
fn unpathed<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, FormatError> {
    serde_json::from_value(value).map_err(|e| FormatError::Invalid {
        field: "(document)".to_string(),
        reason: e.to_string(),
    })
}

/// A document that has no canonical form: the first number that is not written as an integer
/// (`1.0`, `1e0`, `0.5`), named by its path.
fn not_canonical(value: &Value, e: CanonicalError) -> FormatError {
    fn find(value: &Value, path: &mut String) -> bool {
        match value {
            Value::Number(n) => !(n.is_i64() || n.is_u64()),
            Value::Array(items) => items.iter().enumerate().any(|(i, item)| {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                let found = find(item, path);
                if !found {
                    path.truncate(len);
                }
                found
            }),
            Value::Object(map) => map.iter().any(|(key, item)| {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                let found = find(item, path);
                if !found {
                    path.truncate(len);
                }
                found
            }),
            _ => false,
        }
    }
    let mut path = String::new();
    let field = if find(value, &mut path) && !path.is_empty() {
        path
    } else {
        "(document)".to_string()
    };
    FormatError::invalid(&field, e.to_string())
}

fn integrity_of<T: serde::Serialize>(file: &T) -> v1::IntegrityV1 {
    v1::IntegrityV1 {
        algorithm: INTEGRITY_ALGORITHM.into(),
        canonicalization: CANONICALIZATION.into(),
        digest: canonical_digest(&to_value(file)).unwrap_or_default(),
    }
}

mod duplicates {
    //! Parses JSON into a `serde_json::Value` in one pass, noticing a key repeated within one
    //! object, which `Value` alone would silently resolve to the last.

    use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
    use serde_json::{Map, Number, Value};

    use super::shown;

    /// Why the text could not be taken.
    pub enum Error {
        /// Not JSON (as `serde_json` says).
        Syntax(serde_json::Error),
        /// Valid JSON with this key (as shown in messages) repeated in one object.
        Duplicate(String),
    }

    /// The value, or the first problem: a syntax error anywhere comes before a repeated key.
    pub fn parse(text: &str) -> Result<Value, Error> {
        let mut found = None;
        let mut de = serde_json::Deserializer::from_str(text);
        let value = Checked(&mut found)
            .deserialize(&mut de)
            .and_then(|v| de.end().map(|()| v))
            .map_err(Error::Syntax)?;
        match found {
            Some(key) => Err(Error::Duplicate(key)),
            None => Ok(value),
        }
    }

    /// Builds a `Value` as `serde_json` does, recording the first repeated key.
    struct Checked<'a>(&'a mut Option<String>);

    impl<'de> DeserializeSeed<'de> for Checked<'_> {
        type Value = Value;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Checked<'_> {
        type Value = Value;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            let mut out = Map::new();
            while let Some(key) = map.next_key::<String>()? {
                let value = map.next_value_seed(Checked(&mut *self.0))?;
                if out.contains_key(&key) {
                    // Read on, so that a syntax error later still takes precedence.
                    if self.0.is_none() {
                        *self.0 = Some(shown(&key));
                    }
                } else {
                    out.insert(key, value);
                }
            }
            Ok(Value::Object(out))
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
            while let Some(v) = seq.next_element_seed(Checked(&mut *self.0))? {
                out.push(v);
            }
            Ok(Value::Array(out))
        }
        fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
            Ok(Value::Bool(v))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
            Ok(Value::Number(v.into()))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
            Ok(Value::Number(v.into()))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
            Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
        }
        fn visit_str<E>(self, v: &str) -> Result<Value, E> {
            Ok(Value::String(v.to_string()))
        }
        fn visit_string<E>(self, v: String) -> Result<Value, E> {
            Ok(Value::String(v))
        }
        fn visit_unit<E>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_none<E>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
    }
}

/// A value quoted in an error message: at most 40 characters, control characters replaced, so
/// a hostile file cannot flood or garble the message that reports it.
pub(crate) fn shown(value: &str) -> String {
    let mut out: String = value
        .chars()
        .take(40)
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect();
    if value.chars().nth(40).is_some() {
        out.push('…');
    }
    format!("“{out}”")
}

/// Lower-case hexadecimal SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

// Our serde types hold only strings, integers, options, vectors and string-keyed maps, which
// serde_json always represents; these two cannot fail.
fn to_value<T: serde::Serialize>(file: &T) -> Value {
    serde_json::to_value(file).unwrap_or(Value::Null)
}

fn to_pretty<T: serde::Serialize>(file: &T) -> String {
    let mut text = serde_json::to_string_pretty(file).unwrap_or_default();
    text.push('\n');
    text
}
