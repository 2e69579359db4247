//! Keeping the helper's copy of the set equal to the worker's. The worker adds every file to its set in the order the page gave them, wherever they were read; each addition is told to the helper ([`Mirror`]) in the same order; a helper that loads late is first given the set so far. Pure: every method says what to send the helper by pushing onto an outbox, which the glue sends.

use std::collections::VecDeque;

use crate::core::crypto::Identities;
use crate::core::format::{self, Document, Exported, FormatError};
use crate::core::import::Importer;
use crate::core::time::Timestamp;
use crate::secretariat::helper_protocol::{Mirror, ToHelper};

/// Responses given to a helper that loaded late, per message.
const CATCH_UP_CHUNK: usize = 2_000;

/// Where the helper is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelperState {
    /// None was started (or it cannot be).
    Absent,
    /// Started, not yet greeted us: nothing is given to it, so a copy that cannot load (a
    /// site's policy forbids it, say) never holds anything up.
    Loading,
    /// Loaded; `mirrored` once it holds the same set (given the set so far and every change
    /// since).
    Ready {
        /// Whether it holds the same set as the worker.
        mirrored: bool,
    },
    /// It stopped: it is given nothing more.
    Gone,
}

/// A file of the batch under way, waiting for its turn to be added to the set.
enum Pending {
    /// Read here.
    Read(String, Result<Document, FormatError>),
    /// Read by the helper under this number.
    Returned(String, u64, Result<Document, FormatError>),
    /// Being read by the helper under this number; its bytes are kept in case it cannot.
    Away(String, u64, Vec<u8>),
    /// To be added as it is: encrypted, or too large to read (`size`; no bytes).
    AsIs(String, usize, Vec<u8>),
}

/// The worker's side of the helper's copy: the helper's state, the files of the batch under
/// way, and the identity files given (for a helper that loads late).
pub struct Replica {
    state: HelperState,
    queue: VecDeque<Pending>,
    next_slot: u64,
    /// Bytes read here and by the helper in this batch, to share the work evenly.
    here: usize,
    away: usize,
    identities: Vec<String>,
    now: Option<Timestamp>,
    /// The questionnaire's file, when the set is not for the built-in one.
    questionnaire: Option<String>,
}

impl Default for Replica {
    fn default() -> Self {
        Self {
            state: HelperState::Absent,
            queue: VecDeque::new(),
            next_slot: 0,
            here: 0,
            away: 0,
            identities: Vec::new(),
            now: None,
            questionnaire: None,
        }
    }
}

impl Replica {
    /// Where the helper is.
    pub fn state(&self) -> HelperState {
        self.state
    }

    /// A helper was started: it is greeted, and given nothing more until it answers.
    pub fn started(&mut self, out: &mut Vec<ToHelper>) {
        self.state = HelperState::Loading;
        out.push(ToHelper::Hello);
    }

    /// The helper greeted us: it is given the set so far at once.
    pub fn greeted(&mut self, importer: &Importer, out: &mut Vec<ToHelper>) {
        if self.state == HelperState::Loading {
            self.state = HelperState::Ready { mirrored: false };
            self.catch_up(importer, out);
        }
    }

    /// The helper stopped (or said something other than its greeting first): it is given
    /// nothing more, and the files it had are read here.
    pub fn gone(&mut self) {
        self.state = HelperState::Gone;
        for p in &mut self.queue {
            if let Pending::Away(name, _, bytes) = p {
                *p = Pending::Read(std::mem::take(name), format::read(bytes));
            }
        }
    }

    /// Whether the helper holds the same set, so it can share a synthesis.
    pub fn mirrored(&self) -> bool {
        self.state == HelperState::Ready { mirrored: true }
    }

    /// Gives a helper that has just loaded the set so far (nothing, usually: it loads while the
    /// page opens): the identity files given, the kept copy of each response and the encrypted
    /// files still waiting, so that it holds the same set from then on.
    fn catch_up(&mut self, importer: &Importer, out: &mut Vec<ToHelper>) {
        if self.state != (HelperState::Ready { mirrored: false }) {
            return;
        }
        if let Some(json) = &self.questionnaire {
            out.push(ToHelper::Mirror(Mirror::Questionnaire(json.clone())));
        }
        if let Some(now) = self.now {
            out.push(ToHelper::Mirror(Mirror::Now(now)));
        }
        for text in &self.identities {
            out.push(ToHelper::Mirror(Mirror::Identity(text.clone())));
        }
        let copies: Vec<(String, Exported)> = importer.kept_copies().collect();
        for chunk in copies.chunks(CATCH_UP_CHUNK) {
            out.push(ToHelper::Mirror(Mirror::CatchUp(chunk.to_vec())));
        }
        for (name, bytes) in importer.waiting_files() {
            out.push(ToHelper::Mirror(Mirror::AsIs {
                name: name.to_string(),
                size: bytes.len(),
                bytes: bytes.to_vec(),
            }));
        }
        self.state = HelperState::Ready { mirrored: true };
    }

    /// Takes one file of a batch: read here, or handed to the helper when it has read less.
    pub fn take(
        &mut self,
        importer: &Importer,
        name: String,
        size: usize,
        bytes: Vec<u8>,
        out: &mut Vec<ToHelper>,
    ) {
        let pending = if size > importer.limits().max_file_bytes || !importer.reads_as_is(&bytes) {
            Pending::AsIs(name, size, bytes)
        } else if self.mirrored() && self.away < self.here {
            self.next_slot += 1;
            self.away += bytes.len();
            out.push(ToHelper::Read {
                slot: self.next_slot,
                bytes: bytes.clone(),
            });
            Pending::Away(name, self.next_slot, bytes)
        } else {
            self.here += bytes.len();
            Pending::Read(name, format::read(&bytes))
        };
        self.queue.push_back(pending);
    }

    /// The helper's answer for a file.
    pub fn returned(&mut self, slot: u64, read: Result<Document, FormatError>) {
        let mut read = Some(read);
        for p in &mut self.queue {
            if let Pending::Away(name, s, _) = p
                && *s == slot
                && let Some(read) = read.take()
            {
                *p = Pending::Returned(std::mem::take(name), slot, read);
            }
        }
    }

    /// Adds the files whose turn has come (all those before the first still with the helper)
    /// and tells the helper to add them too.
    pub fn add_ready(&mut self, importer: &mut Importer, out: &mut Vec<ToHelper>) {
        while matches!(self.queue.front(), Some(p) if !matches!(p, Pending::Away(..))) {
            let Some(pending) = self.queue.pop_front() else {
                break;
            };
            let mirrored = self.mirrored();
            let change = match pending {
                Pending::Read(name, read) => {
                    let change = mirrored.then(|| Mirror::Read(name.clone(), read.clone()));
                    importer.add_read(&name, read);
                    change
                }
                Pending::Returned(name, slot, read) => {
                    importer.add_read(&name, read);
                    Some(Mirror::Slot(slot, name))
                }
                Pending::AsIs(name, size, bytes) => {
                    if size > importer.limits().max_file_bytes {
                        importer.add_unread(&name, size);
                    } else {
                        importer.add(&name, &bytes);
                    }
                    mirrored.then_some(Mirror::AsIs { name, size, bytes })
                }
                Pending::Away(..) => None,
            };
            // A helper that stopped after reading a file is told nothing more.
            if let Some(change) = change.filter(|_| self.mirrored()) {
                out.push(ToHelper::Mirror(change));
            }
        }
    }

    /// Whether files of the batch are still with the helper.
    pub fn waiting(&self) -> bool {
        self.queue.iter().any(|p| matches!(p, Pending::Away(..)))
    }

    /// The batch is done: the next one shares its work afresh.
    pub fn batch_done(&mut self) {
        self.here = 0;
        self.away = 0;
    }

    /// An identity file was given (and parsed): kept for a helper that loads late, told to
    /// one that holds the set.
    pub fn identity(&mut self, text: &str, out: &mut Vec<ToHelper>) {
        if self.mirrored() {
            out.push(ToHelper::Mirror(Mirror::Identity(text.to_string())));
        }
        self.identities.push(text.to_string());
    }

    /// The worker took `now` as the set's "now": a helper that holds the set takes it too.
    pub fn now(&mut self, now: Timestamp, out: &mut Vec<ToHelper>) {
        if self.mirrored() {
            out.push(ToHelper::Mirror(Mirror::Now(now)));
        }
        self.now = Some(now);
    }

    /// Everything was forgotten, and the set is now for the questionnaire of this file.
    pub fn questionnaire(&mut self, json: String, out: &mut Vec<ToHelper>) {
        self.clear(&mut Vec::new());
        if self.mirrored() {
            out.push(ToHelper::Mirror(Mirror::Questionnaire(json.clone())));
        }
        self.questionnaire = Some(json);
    }

    /// Everything was forgotten.
    pub fn clear(&mut self, out: &mut Vec<ToHelper>) {
        if self.mirrored() {
            out.push(ToHelper::Mirror(Mirror::Clear));
        }
        self.identities.clear();
        self.queue.clear();
        self.batch_done();
    }
}

/// The helper's side: its copy of the set, changed as the worker says.
pub struct Copy {
    importer: Importer,
    /// Files it read for the worker, until told to add them.
    kept_reads: std::collections::BTreeMap<u64, Result<Document, FormatError>>,
}

impl Copy {
    /// A copy of the empty set `importer`.
    pub fn new(importer: Importer) -> Self {
        Self {
            importer,
            kept_reads: Default::default(),
        }
    }

    /// The copy.
    pub fn importer(&self) -> &Importer {
        &self.importer
    }

    /// Reads a file for the worker and keeps what it was read as, until told to add it.
    pub fn read(&mut self, slot: u64, bytes: &[u8]) -> Result<Document, FormatError> {
        let read = format::read(bytes);
        self.kept_reads.insert(slot, read.clone());
        read
    }

    /// Makes a change the worker made.
    pub fn apply(&mut self, change: Mirror) {
        match change {
            Mirror::CatchUp(copies) => {
                for (name, copy) in copies {
                    self.importer
                        .add_read(&name, Ok(Document::Response(Box::new(copy))));
                }
            }
            Mirror::Slot(slot, name) => {
                if let Some(read) = self.kept_reads.remove(&slot) {
                    self.importer.add_read(&name, read);
                }
            }
            Mirror::Read(name, read) => self.importer.add_read(&name, read),
            Mirror::AsIs { name, size, bytes } => {
                if size > self.importer.limits().max_file_bytes {
                    self.importer.add_unread(&name, size);
                } else {
                    self.importer.add(&name, &bytes);
                }
                // The review round's files are the worker's to read, not the copy's.
                drop(self.importer.take_review_files());
            }
            Mirror::Identity(text) => {
                if let Ok(identities) = Identities::parse(&text) {
                    self.importer.add_identities(identities);
                }
                drop(self.importer.take_review_files());
            }
            Mirror::Now(now) => self.importer.set_now(now),
            Mirror::Clear => {
                self.importer = self.importer.emptied();
                self.kept_reads.clear();
            }
            // The helper's session takes the questionnaire and makes a new copy for it.
            Mirror::Questionnaire(_) => {}
        }
    }
}
