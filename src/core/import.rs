//! Loading many response files and bundles at once: each file is checked on its own, one bad file never stops the others, duplicates (the same response id) keep the latest version, and a report says what happened to every file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::crypto::{self, DecryptError, Identities};
use super::format::{self, Document, Exported, FormatError};
use super::response::{QuestionnaireRef, Response, ResponseId, Status};
use super::time::Timestamp;
use super::validate::{MAX_ANSWER_CHARS, MAX_EMAIL_CHARS, MAX_SHORT_TEXT_CHARS};

/// Limits that keep a browser tab alive whatever it is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    /// Largest file accepted, in bytes.
    pub max_file_bytes: usize,
    /// Most responses kept in one set.
    pub max_responses: usize,
}

impl Default for Limits {
    fn default() -> Self {
        // A response is a few kilobytes; 20 MB holds a bundle of thousands. 200,000 responses
        // is twice the largest benchmark and fits in a tab's memory.
        Self {
            max_file_bytes: 20 * 1024 * 1024,
            max_responses: 200_000,
        }
    }
}

/// Whether a file found in a chosen folder is one the person does not see there and never
/// meant to load: inside a hidden folder or hidden itself (`.git/…`, `.DS_Store`), the
/// resource forks a Mac puts in archives (`__MACOSX/…`), or Windows' thumbnails and folder
/// settings. `path` is the file's path inside the folder, `/` between its parts.
pub fn is_hidden(path: &str) -> bool {
    path.split(['/', '\\']).any(|part| {
        part.starts_with('.')
            || part == "__MACOSX"
            || part.eq_ignore_ascii_case("Thumbs.db")
            || part.eq_ignore_ascii_case("desktop.ini")
    })
}

/// Why a file or a response in it was not loaded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum Rejection {
    /// The file could not be read as a response file or bundle.
    #[error("{0}")]
    Format(FormatError),
    /// Bigger than the limit.
    #[error("the file is too large ({size} bytes; the limit is {max} bytes)")]
    TooLarge {
        /// Its size.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// Answers another questionnaire.
    #[error("it answers a different questionnaire ({id}, version {version})")]
    DifferentQuestionnaire {
        /// Its questionnaire id.
        id: String,
        /// And version.
        version: u32,
    },
    /// Names the set's questionnaire and version, but other questions (its hash differs): an
    /// edited copy of the questionnaire.
    #[error(
        "it answers another edition of questionnaire {id}, version {version}: its questions differ"
    )]
    OtherEdition {
        /// Its questionnaire id.
        id: String,
        /// And version.
        version: u32,
    },
    /// The set is full.
    #[error("the set already holds the maximum of {0} responses")]
    SetFull(usize),
    /// Encrypted for the secretariat, and no identity file has been given yet; it is kept and
    /// read as soon as one is.
    #[error("it is encrypted: choose the secretariat's identity file to read it")]
    NeedsKey,
    /// Encrypted, and could not be decrypted.
    #[error("{0}")]
    Decrypt(DecryptError),
    /// Encrypted, and once decrypted a draft or a comment file of the review round: read
    /// beside the responses ([`Importer::take_review_files`]), and left out of the report.
    #[error("it is a draft or comment file of the review round")]
    ReviewFile,
    /// Dated in the future (later than a day after the set's clock): a device with a wrong
    /// clock, or a forged copy made to win over the genuine one.
    #[error("it says it was changed on {date}, which is in the future")]
    FromTheFuture {
        /// The latest date it carries (YYYY-MM-DD).
        date: String,
    },
    /// A field is longer than the form lets anyone type.
    #[error("{field} is longer than the {max} characters the form allows")]
    TooLong {
        /// The field, as a dotted path (`answers.q1`, `respondent.name`).
        field: String,
        /// The limit, in characters.
        max: usize,
    },
}

/// The first field of `r` longer than the form allows, if any: a file the form could not have
/// written, refused before it costs the analysis anything.
fn too_long(r: &Response) -> Option<Rejection> {
    let p = &r.respondent;
    let fields = [
        ("respondent.name", p.name.as_str(), MAX_SHORT_TEXT_CHARS),
        (
            "respondent.organisation",
            &p.organisation,
            MAX_SHORT_TEXT_CHARS,
        ),
        ("respondent.nri", &p.nri, MAX_SHORT_TEXT_CHARS),
        ("respondent.email", &p.email, MAX_EMAIL_CHARS),
        ("source.nri", &r.source.nri, MAX_SHORT_TEXT_CHARS),
    ];
    let over = |text: &str, max: usize| text.len() > max && text.chars().count() > max;
    if let Some((field, _, max)) = fields.iter().find(|(_, text, max)| over(text, *max)) {
        return Some(Rejection::TooLong {
            field: (*field).to_string(),
            max: *max,
        });
    }
    for (i, d) in r.documents.iter().enumerate() {
        for (field, text, max) in [
            ("title", &d.title, MAX_SHORT_TEXT_CHARS),
            ("description", &d.description, MAX_SHORT_TEXT_CHARS),
        ] {
            if over(text, max) {
                return Some(Rejection::TooLong {
                    field: format!("documents[{i}].{field}"),
                    max,
                });
            }
        }
    }
    r.answers
        .iter()
        .find(|(_, text)| over(text, MAX_ANSWER_CHARS))
        .map(|(q, _)| Rejection::TooLong {
            field: format!("answers.{q}"),
            max: MAX_ANSWER_CHARS,
        })
}

impl From<FormatError> for Rejection {
    fn from(e: FormatError) -> Self {
        Rejection::Format(e)
    }
}

/// What happened to one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileReport {
    /// The file's name.
    pub name: String,
    /// Whether it was a bundle.
    pub bundle: bool,
    /// Responses it holds that are in the set (kept copies).
    pub loaded: usize,
    /// Its responses that duplicate others: the response id and the file whose copy was kept.
    pub duplicates: Vec<Duplicate>,
    /// What was refused: the whole file (`entry: None`) or single responses of a bundle.
    pub rejected: Vec<RejectedEntry>,
}

/// A response seen more than once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duplicate {
    /// The response's id.
    pub response: String,
    /// The file the kept copy came from (this file, if this copy won).
    pub kept_from: String,
    /// Whether this file's copy is the one kept.
    pub kept_here: bool,
    /// Whether the copies disagree on who wrote it or when it was started, so that one may be
    /// forged: the secretariat should check which is genuine (the latest is kept meanwhile).
    pub conflict: bool,
}

/// A refused file or bundle entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RejectedEntry {
    /// Position in the bundle, from 1; `None` for the whole file.
    pub entry: Option<usize>,
    /// Why.
    pub reason: Rejection,
}

/// What became of a file, for the report's status column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Every response in it is in the set.
    Loaded,
    /// Some of a bundle's responses were refused.
    PartlyLoaded,
    /// Nothing new: its responses are already in the set, from it or another file.
    Duplicate,
    /// Nothing could be used.
    Rejected,
    /// Encrypted, waiting for the identity file.
    Waiting,
}

keyed!(Outcome {
    Loaded => "loaded", "Loaded";
    PartlyLoaded => "partly-loaded", "Partly loaded";
    Duplicate => "duplicate", "Duplicate";
    Rejected => "rejected", "Rejected";
    Waiting => "waiting", "Waiting for the identity file";
});

impl FileReport {
    /// What became of the file.
    pub fn outcome(&self) -> Outcome {
        if matches!(
            self.rejected.as_slice(),
            [RejectedEntry {
                reason: Rejection::NeedsKey,
                ..
            }]
        ) {
            return Outcome::Waiting;
        }
        match (
            self.loaded,
            self.duplicates.is_empty(),
            self.rejected.is_empty(),
        ) {
            (0, true, false) => Outcome::Rejected,
            (0, false, _) => Outcome::Duplicate,
            (_, _, false) => Outcome::PartlyLoaded,
            _ => Outcome::Loaded,
        }
    }
}

/// How copies of one response compare: the latest `updated`; then a finished one over a
/// draft; then the latest export; then the file name — a total order, so the copy kept does not
/// depend on the order files arrive in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    updated: Timestamp,
    finished: bool,
    exported: Timestamp,
    file_name: std::cmp::Reverse<String>,
}

/// One response: the copy kept, and the files that held other copies.
struct Entry {
    response: Response,
    rank: Rank,
    file: usize,
    others: Vec<usize>,
    /// Whether its copies disagree on who wrote it or when it was started.
    conflict: bool,
}

/// Whether two copies of one response could be versions of it: the same start, the same person.
fn same_author(a: &Response, b: &Response) -> bool {
    let (p, q) = (&a.respondent, &b.respondent);
    a.created == b.created
        && p.name == q.name
        && p.organisation == q.organisation
        && p.email == q.email
}

/// How far ahead of the set's clock a date may be (devices' clocks are not exact).
const CLOCK_SKEW_MS: i64 = 24 * 60 * 60 * 1000;

/// A set of responses being loaded, file by file. Only the kept copy of each response is held,
/// so memory grows with distinct responses, not with files.
pub struct Importer {
    questionnaire: QuestionnaireRef,
    limits: Limits,
    files: Vec<(String, bool, Vec<RejectedEntry>)>,
    entries: BTreeMap<ResponseId, Entry>,
    // The name of the file being added, which `files` only records once it is read.
    pending_name: String,
    // The secretariat's keys, once given, and the encrypted files waiting for them.
    identities: Option<Identities>,
    waiting: Vec<(usize, Vec<u8>)>,
    /// Encrypted drafts and comment files, decrypted, waiting for the review round to take them:
    /// each file's name and text.
    review_files: Vec<(String, Vec<u8>)>,
    // What "now" is, for refusing dates in the future; none, none refused.
    now: Option<Timestamp>,
}

impl Importer {
    /// An empty set for `questionnaire`.
    pub fn new(questionnaire: QuestionnaireRef, limits: Limits) -> Self {
        Self {
            questionnaire,
            limits,
            files: Vec::new(),
            entries: BTreeMap::new(),
            pending_name: String::new(),
            identities: None,
            waiting: Vec::new(),
            review_files: Vec::new(),
            now: None,
        }
    }

    /// Sets what "now" is: copies dated more than a day after it are refused from then on.
    pub fn set_now(&mut self, now: Timestamp) {
        self.now = Some(now);
    }

    /// An empty set for the same questionnaire, with the same limits (and no keys).
    pub fn emptied(&self) -> Self {
        Self::new(self.questionnaire.clone(), self.limits)
    }

    /// Gives the secretariat's keys: encrypted files waiting for them are read now, and later
    /// ones as they come.
    pub fn add_identities(&mut self, identities: Identities) {
        match &mut self.identities {
            Some(known) => known.extend(identities),
            None => self.identities = Some(identities),
        }
        for (file, bytes) in std::mem::take(&mut self.waiting) {
            let (bundle, rejected) = self.read_encrypted(file, &bytes);
            if let Some(f) = self.files.get_mut(file) {
                f.1 = bundle;
                f.2 = rejected;
            }
        }
    }

    /// The encrypted files that turned out to be drafts or comment files once decrypted (name and
    /// text), for the review round to read; each is given once.
    pub fn take_review_files(&mut self) -> Vec<(String, Vec<u8>)> {
        std::mem::take(&mut self.review_files)
    }

    /// How many encrypted files wait for an identity file that opens them.
    pub fn waiting_for_key(&self) -> usize {
        self.waiting.len()
    }

    /// Reads an encrypted file with the known keys, or sets it aside until there are some.
    fn read_encrypted(&mut self, file: usize, bytes: &[u8]) -> (bool, Vec<RejectedEntry>) {
        let whole = |reason| {
            vec![RejectedEntry {
                entry: None,
                reason,
            }]
        };
        let Some(identities) = &self.identities else {
            self.waiting.push((file, bytes.to_vec()));
            return (false, whole(Rejection::NeedsKey));
        };
        match crypto::decrypt(identities, bytes) {
            Ok(plain) if crate::core::format::review::is_review_file(&plain) => {
                let name = self
                    .files
                    .get(file)
                    .map_or_else(|| self.pending_name.clone(), |f| f.0.clone());
                self.review_files.push((name, plain));
                (false, whole(Rejection::ReviewFile))
            }
            Ok(plain) => self.read_plain(file, &plain),
            // Perhaps the right identity file is still to come: keep it for that.
            Err(DecryptError::WrongKey) => {
                self.waiting.push((file, bytes.to_vec()));
                (false, whole(Rejection::Decrypt(DecryptError::WrongKey)))
            }
            Err(e) => (false, whole(Rejection::Decrypt(e))),
        }
    }

    /// Adds one file. Never fails: what cannot be used is recorded in the report.
    pub fn add(&mut self, name: &str, bytes: &[u8]) {
        let file = self.files.len();
        self.pending_name = name.to_string();
        let (bundle, rejected) = if bytes.len() > self.limits.max_file_bytes {
            let reason = Rejection::TooLarge {
                size: bytes.len(),
                max: self.limits.max_file_bytes,
            };
            (
                false,
                vec![RejectedEntry {
                    entry: None,
                    reason,
                }],
            )
        } else if crypto::is_encrypted(bytes) {
            self.read_encrypted(file, bytes)
        } else {
            self.read_plain(file, bytes)
        };
        self.files.push((name.to_string(), bundle, rejected));
    }

    /// Reads a response file or bundle into the set, as file number `file`: whether it was a
    /// bundle, and what was refused.
    fn read_plain(&mut self, file: usize, bytes: &[u8]) -> (bool, Vec<RejectedEntry>) {
        self.take(file, format::read(bytes))
    }

    /// Whether a file is one that [`format::read`] reads as it is (not encrypted, not too
    /// large), so it can be read anywhere and added with [`Importer::add_read`].
    pub fn reads_as_is(&self, bytes: &[u8]) -> bool {
        bytes.len() <= self.limits.max_file_bytes && !crypto::is_encrypted(bytes)
    }

    /// Adds one file that was read already (`format::read` of its bytes, perhaps in another
    /// worker): the same as [`Importer::add`] of those bytes.
    pub fn add_read(&mut self, name: &str, read: Result<Document, FormatError>) {
        let file = self.files.len();
        self.pending_name = name.to_string();
        let (bundle, rejected) = self.take(file, read);
        self.files.push((name.to_string(), bundle, rejected));
    }

    /// Takes what a file was read as into the set, as file number `file`.
    fn take(
        &mut self,
        file: usize,
        read: Result<Document, FormatError>,
    ) -> (bool, Vec<RejectedEntry>) {
        let mut rejected = Vec::new();
        let mut bundle = false;
        match read {
            Ok(Document::Response(r)) => {
                if let Err(reason) = self.keep(*r, file) {
                    rejected.push(RejectedEntry {
                        entry: None,
                        reason,
                    });
                }
            }
            Ok(Document::Bundle(b)) => {
                bundle = true;
                if !b.intact {
                    // Reported for the whole file; its intact responses load all the same.
                    rejected.push(RejectedEntry {
                        entry: None,
                        reason: FormatError::IntegrityMismatch.into(),
                    });
                }
                for (i, entry) in b.entries.into_iter().enumerate() {
                    let outcome = entry
                        .map_err(Rejection::from)
                        .and_then(|r| self.keep(r, file));
                    if let Err(reason) = outcome {
                        rejected.push(RejectedEntry {
                            entry: Some(i + 1),
                            reason,
                        });
                    }
                }
            }
            Err(e) => rejected.push(RejectedEntry {
                entry: None,
                reason: e.into(),
            }),
        }
        (bundle, rejected)
    }

    /// Records a file that was too large to read at all.
    pub fn add_unread(&mut self, name: &str, size: usize) {
        let reason = Rejection::TooLarge {
            size,
            max: self.limits.max_file_bytes,
        };
        self.files.push((
            name.to_string(),
            false,
            vec![RejectedEntry {
                entry: None,
                reason,
            }],
        ));
    }

    /// The limits in force.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    fn keep(&mut self, exported: Exported, file: usize) -> Result<(), Rejection> {
        if let Some(rejection) = too_long(&exported.response) {
            return Err(rejection);
        }
        if let Some(now) = self.now {
            let r = &exported.response;
            let latest = r.updated.max(r.created).max(exported.exported);
            if latest.millis() > now.millis().saturating_add(CLOCK_SKEW_MS) {
                return Err(Rejection::FromTheFuture {
                    date: latest.date(),
                });
            }
        }
        let q = &exported.response.questionnaire;
        if q.id != self.questionnaire.id || q.version != self.questionnaire.version {
            return Err(Rejection::DifferentQuestionnaire {
                id: q.id.clone(),
                version: q.version,
            });
        }
        if !q.answers(&self.questionnaire) {
            return Err(Rejection::OtherEdition {
                id: q.id.clone(),
                version: q.version,
            });
        }
        let rank = Rank {
            updated: exported.response.updated,
            finished: exported.response.status == Status::Finished,
            exported: exported.exported,
            file_name: std::cmp::Reverse(
                self.files
                    .get(file)
                    .map_or_else(|| self.pending_name.clone(), |f| f.0.clone()),
            ),
        };
        let full = self.entries.len() >= self.limits.max_responses;
        if let Some(entry) = self.entries.get_mut(&exported.response.id)
            && !same_author(&entry.response, &exported.response)
        {
            entry.conflict = true;
        }
        match self.entries.get_mut(&exported.response.id) {
            Some(entry) if rank > entry.rank => {
                entry.others.push(entry.file);
                entry.response = exported.response;
                entry.rank = rank;
                entry.file = file;
            }
            Some(entry) => entry.others.push(file),
            None if full => {
                return Err(Rejection::SetFull(self.limits.max_responses));
            }
            None => {
                let id = exported.response.id.clone();
                self.entries.insert(
                    id,
                    Entry {
                        response: exported.response,
                        rank,
                        file,
                        others: Vec::new(),
                        conflict: false,
                    },
                );
            }
        }
        Ok(())
    }

    /// The kept copy of each response, in id order.
    pub fn responses(&self) -> Vec<&Response> {
        self.entries.values().map(|e| &e.response).collect()
    }

    /// The kept copy of each response, in id order, with what ranks it against other copies:
    /// the name of the file it came from and when it was exported. Added to another importer
    /// one by one (each as [`Importer::add_read`] of a [`Document::Response`] under that name),
    /// they make the same set there, and files added to both afterwards change both alike.
    pub fn kept_copies(&self) -> impl Iterator<Item = (String, Exported)> + '_ {
        self.entries.values().map(|e| {
            (
                e.rank.file_name.0.clone(),
                Exported {
                    response: e.response.clone(),
                    exported: e.rank.exported,
                    app_version: String::new(),
                },
            )
        })
    }

    /// The encrypted files waiting for an identity file that opens them: name and bytes, in the
    /// order they came. With [`Importer::kept_copies`] (and the identity files given so far),
    /// what another importer needs to become this one's copy.
    pub fn waiting_files(&self) -> impl Iterator<Item = (&str, &[u8])> + '_ {
        self.waiting.iter().map(|(file, bytes)| {
            (
                self.files.get(*file).map_or("", |f| f.0.as_str()),
                bytes.as_slice(),
            )
        })
    }

    /// How many files have been added.
    pub fn files(&self) -> usize {
        self.files.len()
    }

    /// How many distinct responses the set holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// What happened to every file, in the order they were added.
    pub fn report(&self) -> Vec<FileReport> {
        let mut reports: Vec<FileReport> = self
            .files
            .iter()
            .map(|(name, bundle, rejected)| FileReport {
                name: name.clone(),
                bundle: *bundle,
                loaded: 0,
                duplicates: Vec::new(),
                rejected: rejected.clone(),
            })
            .collect();
        for (id, entry) in &self.entries {
            reports[entry.file].loaded += 1;
            if entry.others.is_empty() {
                continue;
            }
            let kept_from = self.files[entry.file].0.clone();
            for &file in std::iter::once(&entry.file).chain(&entry.others) {
                reports[file].duplicates.push(Duplicate {
                    response: id.to_string(),
                    kept_from: kept_from.clone(),
                    kept_here: file == entry.file,
                    conflict: entry.conflict,
                });
            }
        }
        // A review round's file is reported with the review round's.
        reports.retain(|r| {
            !matches!(
                r.rejected.as_slice(),
                [RejectedEntry {
                    reason: Rejection::ReviewFile,
                    ..
                }]
            )
        });
        reports
    }

    /// The latest change among the kept responses: the "data as of" date of exports.
    pub fn latest_update(&self) -> Option<Timestamp> {
        self.entries.values().map(|e| e.response.updated).max()
    }
}
