//! Loading many response files and bundles at once: each file is checked on its own, one bad file never stops the others, duplicates (the same response id) keep the latest version, and a report says what happened to every file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::format::{self, Document, Exported, FormatError};
use super::response::{QuestionnaireRef, Response, ResponseId, Status};
use super::time::Timestamp;

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

/// Why a file or a response in it was not loaded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum Rejection {
    /// The file could not be read as a response file or bundle.
    #[error("{0}")]
    Format(String),
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
    /// The set is full.
    #[error("the set already holds the maximum of {0} responses")]
    SetFull(usize),
}

impl From<FormatError> for Rejection {
    fn from(e: FormatError) -> Self {
        Rejection::Format(e.to_string())
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
}

/// A refused file or bundle entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RejectedEntry {
    /// Position in the bundle, from 1; `None` for the whole file.
    pub entry: Option<usize>,
    /// Why.
    pub reason: Rejection,
}

impl FileReport {
    /// "loaded", "duplicate", "rejected" or "partly loaded", for the report's status column.
    pub fn status(&self) -> &'static str {
        match (
            self.loaded,
            self.duplicates.is_empty(),
            self.rejected.is_empty(),
        ) {
            (0, _, false) if self.duplicates.is_empty() => "rejected",
            (0, false, _) => "duplicate",
            (_, _, false) => "partly loaded",
            _ => "loaded",
        }
    }
}

struct Copy {
    exported: Exported,
    file: usize,
}

/// A set of responses being loaded, file by file.
pub struct Importer {
    questionnaire: QuestionnaireRef,
    limits: Limits,
    files: Vec<(String, bool, Vec<RejectedEntry>)>,
    copies: BTreeMap<ResponseId, Vec<Copy>>,
}

impl Importer {
    /// An empty set for `questionnaire`.
    pub fn new(questionnaire: QuestionnaireRef, limits: Limits) -> Self {
        Self {
            questionnaire,
            limits,
            files: Vec::new(),
            copies: BTreeMap::new(),
        }
    }

    /// Adds one file. Never fails: what cannot be used is recorded in the report.
    pub fn add(&mut self, name: &str, bytes: &[u8]) {
        let file = self.files.len();
        let mut rejected = Vec::new();
        let mut bundle = false;
        if bytes.len() > self.limits.max_file_bytes {
            rejected.push(RejectedEntry {
                entry: None,
                reason: Rejection::TooLarge {
                    size: bytes.len(),
                    max: self.limits.max_file_bytes,
                },
            });
        } else {
            match format::read(bytes) {
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
        }
        self.files.push((name.to_string(), bundle, rejected));
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
        let q = &exported.response.questionnaire;
        if q.id != self.questionnaire.id || q.version != self.questionnaire.version {
            return Err(Rejection::DifferentQuestionnaire {
                id: q.id.clone(),
                version: q.version,
            });
        }
        let id = exported.response.id.clone();
        if !self.copies.contains_key(&id) && self.copies.len() >= self.limits.max_responses {
            return Err(Rejection::SetFull(self.limits.max_responses));
        }
        self.copies
            .entry(id)
            .or_default()
            .push(Copy { exported, file });
        Ok(())
    }

    /// The kept copy of each response, in id order: the latest `updated`; then a finished one
    /// over a draft; then the latest export; then the file name — so the choice does not depend
    /// on the order files arrive in.
    fn winner<'a>(&'a self, copies: &'a [Copy]) -> &'a Copy {
        let rank = |c: &Copy| {
            let r = &c.exported.response;
            (
                r.updated,
                r.status == Status::Finished,
                c.exported.exported,
                std::cmp::Reverse(self.files[c.file].0.as_str()),
            )
        };
        copies
            .iter()
            .max_by(|a, b| rank(a).cmp(&rank(b)))
            .unwrap_or(&copies[0])
    }

    /// The responses in the set, one per id, in id order.
    pub fn responses(&self) -> Vec<Response> {
        self.copies
            .values()
            .map(|c| self.winner(c).exported.response.clone())
            .collect()
    }

    /// How many distinct responses the set holds.
    pub fn len(&self) -> usize {
        self.copies.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.copies.is_empty()
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
        for (id, copies) in &self.copies {
            let winner = self.winner(copies);
            let kept_from = self.files[winner.file].0.clone();
            for c in copies {
                let is_winner = std::ptr::eq(c, winner);
                if is_winner {
                    reports[c.file].loaded += 1;
                }
                if copies.len() > 1 {
                    reports[c.file].duplicates.push(Duplicate {
                        response: id.to_string(),
                        kept_from: kept_from.clone(),
                        kept_here: is_winner,
                    });
                }
            }
        }
        reports
    }

    /// The latest change among the kept responses: the "data as of" date of exports.
    pub fn latest_update(&self) -> Option<Timestamp> {
        self.copies
            .values()
            .map(|c| self.winner(c).exported.response.updated)
            .max()
    }
}
