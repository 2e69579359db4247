//! The page ↔ worker protocol of the secretariat's app: what the page asks ([`Request`]) and what the worker answers ([`Reply`]). Both ends are the same build, so these types may change freely between versions; they are never stored. The worker ↔ helper conversation is another protocol (`helper_protocol`), which the page never sees.

use serde::{Deserialize, Serialize};

use crate::core::crypto::KeyError;
use crate::core::edits::Decisions;
use crate::core::export::ExportKind;
use crate::core::import::FileReport;
use crate::core::synthesis::{AnswerRow, Breakdowns, Filter, Progress, Synthesis};

/// Answers are sent to the page this many more at a time.
pub const ANSWER_PAGE: usize = 200;

/// What the page asks of the worker.
#[derive(Debug, Serialize, Deserialize)]
pub enum Request {
    /// Sent first: where the worker's own script is, so it can start a helper to share the work
    /// with, and the name of the channel on which it says why it failed, to this page only.
    Start {
        /// The address of `worker.js`.
        script: String,
        /// A `BroadcastChannel` name only this page listens on.
        failures: String,
    },
    /// One file of a batch.
    AddFile(IncomingFile),
    /// The secretariat's identity file (its text), to read encrypted files with. Kept in the
    /// worker's memory only.
    Identity(String),
    /// Synthesise the loaded responses that pass the filter.
    Synthesize(Filter),
    /// What the secretariat's edits now come to: the last synthesis comes back edited so.
    Edits(Decisions),
    /// Answers to a question, filtered and searched.
    Answers(AnswersQuery),
    /// Make an export of the filtered responses.
    Export(ExportKind, Filter),
    /// Forget everything loaded.
    Clear,
}

/// One file of a batch, as the page read it.
#[derive(Debug, Serialize, Deserialize)]
pub struct IncomingFile {
    /// The file's name (with its folder, when a folder was chosen).
    pub name: String,
    /// Its size, in bytes.
    pub size: usize,
    /// Its bytes; empty when the file is over the size limit and was not read.
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
    /// Its position in the batch, from 1.
    pub index: usize,
    /// The batch size.
    pub total: usize,
}

/// Which answers to list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswersQuery {
    /// The question's id.
    pub question: String,
    /// The filter.
    pub filter: Filter,
    /// Words that must all appear.
    pub search: String,
    /// How many rows to send at most.
    pub limit: usize,
}

/// Where the worker's time went, for the page to show and the benchmark to read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Reading and checking the files loaded so far.
    pub reading_ms: f64,
    /// The last synthesis.
    pub analysing_ms: f64,
    /// How many workers shared the last synthesis (1 or 2).
    pub workers: u8,
}

/// What happened to every file so far, and who is in the set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SetReport {
    /// Per file, in the order they were added.
    pub files: Vec<FileReport>,
    /// Distinct responses loaded.
    pub responses: usize,
    /// Everyone loaded, for the filter's choices.
    pub everyone: Breakdowns,
    /// Encrypted files waiting for the identity file.
    pub waiting_for_key: usize,
}

/// Why the worker could not do what was asked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WorkerError {
    /// A download could not be written: its format (CSV, XLSX) and the writer's detail.
    Export(String, String),
    /// The worker stopped on an internal error (the detail is the program's).
    Stopped(String),
}

/// What the worker tells the page.
#[derive(Debug, Serialize, Deserialize)]
pub enum Reply {
    /// A file of the batch has been read.
    Loaded {
        /// Files done.
        done: usize,
        /// Files in the batch.
        total: usize,
    },
    /// After a batch, an identity file or a clear: the set as it now is.
    Report(SetReport),
    /// The identity file given could not be used.
    KeyRejected(KeyError),
    /// The synthesis is under way.
    Progress(Progress),
    /// The synthesis, and how long reading and analysing took.
    Synthesis(Box<Synthesis>, Timing),
    /// Answers to a question: the first rows, up to the limit asked, and how many match.
    Answers {
        /// The question's id.
        question: String,
        /// The rows.
        rows: Vec<AnswerRow>,
        /// How many matched.
        total: usize,
    },
    /// An export, ready to save.
    Export {
        /// Suggested file name.
        filename: String,
        /// MIME type.
        mime: String,
        /// Contents.
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// A second worker has loaded and will share large syntheses.
    HelperReady,
    /// Something went wrong.
    Failed(WorkerError),
}
