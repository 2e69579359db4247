//! The page ↔ worker protocol of the secretariat's app: what the page asks ([`Request`]) and what the worker answers ([`Reply`]). Both ends are the same build, so these types may change freely between versions; they are never stored. The worker ↔ helper conversation is another protocol (`helper_protocol`), which the page never sees.

use serde::{Deserialize, Serialize};

use crate::core::crypto::KeyError;
use crate::core::edits::Decisions;
use crate::core::export::ExportKind;
use crate::core::format::FormatError;
use crate::core::import::FileReport;
use crate::core::response::Publication;
use crate::core::synthesis::{AnswerRow, Breakdowns, Filter, Progress, Synthesis};
use crate::core::tabular::{RowProblem, TableError, Target};

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
    /// Make an export of the filtered responses; a document in `language`.
    Export {
        /// What to make.
        kind: ExportKind,
        /// Which responses.
        filter: Filter,
        /// The language tag of a document's headings and sentences.
        language: String,
    },
    /// Publish a draft of Part II for the review round, of the responses the filter admits, in
    /// these languages (their messages given first), as this version.
    Draft {
        /// Which responses.
        filter: Filter,
        /// Its version label.
        version: String,
        /// The languages, the first shown first.
        languages: Vec<String>,
        /// The age public key comment files are to be encrypted to, if any.
        key: Option<String>,
        /// The review page's template: the draft comes back as a review page made from it,
        /// rather than as a draft file.
        template: Option<String>,
    },
    /// A language's messages, so documents can be written in it: its tag, and the texts of
    /// its files (`i18n/<tag>.msg` and `i18n/<tag>-synthesis.msg`).
    Language {
        /// The language tag.
        tag: String,
        /// The form's messages file.
        messages: String,
        /// The synthesis page's messages file.
        synthesis: String,
    },
    /// Forget everything loaded, and take this questionnaire (its file's text) for the set:
    /// sent before the workspace's files when it is not the built-in one.
    Questionnaire(String),
    /// Forget everything loaded.
    Clear,
    /// A spreadsheet or CSV file from another survey tool, to read as a table and map.
    ReadTable {
        /// The file's name.
        name: String,
        /// Its size, in bytes (its bytes are empty when it is over the limit).
        size: usize,
        /// Its bytes.
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// Make responses of a table read, under this mapping.
    ImportTable(TableImport),
    /// Forget a table read without importing it, by its file's name.
    ForgetTable(String),
    /// Read an XLSForm workbook as a questionnaire (the editor's "open").
    ReadXlsForm(#[serde(with = "serde_bytes")] Vec<u8>),
    /// Write a questionnaire (its file's text) as an XLSForm workbook, to download.
    WriteXlsForm(String),
}

/// A questionnaire read from an XLSForm workbook: its file's text, and what the workbook held
/// that a questionnaire cannot (left out or changed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct XlsFormRead {
    /// The questionnaire, as a file.
    pub json: String,
    /// What was left out or changed.
    pub left: Vec<crate::core::xlsform::Left>,
}

/// How to make responses of a table: what each column is, and what the file does not say.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableImport {
    /// The table's file name.
    pub name: String,
    /// One target per column.
    pub mapping: Vec<Target>,
    /// The publication choice of rows that state none.
    pub publication: Publication,
    /// The NRI that ran the survey, if any.
    pub nri: String,
}

/// A table read from a file, for the secretariat to map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TablePreview {
    /// The file's name.
    pub name: String,
    /// Its column headers.
    pub headers: Vec<String>,
    /// Its first rows.
    pub samples: Vec<Vec<String>>,
    /// How many rows it has under its header.
    pub rows: usize,
    /// The mapping suggested from the headers.
    pub suggestion: Vec<Target>,
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
    /// Drafts published for review and comment files received, in the order they came.
    pub review: Vec<ReviewFile>,
}

/// What became of a file of the review round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReviewFile {
    /// A draft, kept for the titles and texts its comments answer.
    Draft {
        /// The file's name.
        name: String,
        /// Its version label.
        version: String,
        /// How many sections it has.
        sections: usize,
    },
    /// A reader's comment file, its comments in Part III A.
    Comments {
        /// The file's name.
        name: String,
        /// How many comments it holds.
        comments: usize,
        /// The draft version they answer.
        version: String,
    },
    /// Not read, and why.
    Refused {
        /// The file's name.
        name: String,
        /// Why.
        reason: FormatError,
    },
}

/// A file the worker made for the page to load and keep (a table's rows as a bundle).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MadeFile {
    /// Its name.
    pub name: String,
    /// Its bytes.
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
}

/// Why the worker could not do what was asked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WorkerError {
    /// A download could not be written: its format (CSV, XLSX) and the writer's detail.
    Export(String, String),
    /// The worker stopped on an internal error (the detail is the program's).
    Stopped(String),
    /// The workspace's questionnaire could not be read (the reason, in English).
    Questionnaire(String),
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
    /// An XLSForm workbook read: the questionnaire, or why it is not one.
    XlsForm(Result<XlsFormRead, crate::core::xlsform::XlsFormError>),
    /// A table was read and waits for its mapping.
    Table(TablePreview),
    /// A table's rows are being made responses: rows done of all.
    Importing(Progress),
    /// A file could not be read as a table.
    TableRefused {
        /// The file's name.
        name: String,
        /// Why.
        reason: TableError,
    },
    /// The table's rows made responses: a bundle, to load and keep like any file.
    TableImported {
        /// The first bundle's name (the table's, with "imported"), to name the import by.
        name: String,
        /// The bundles, each within the file-size limit, in the order of the rows.
        files: Vec<MadeFile>,
        /// How many responses they hold.
        responses: usize,
        /// Rows not imported, or not whole.
        problems: Vec<RowProblem>,
    },
    /// Something went wrong.
    Failed(WorkerError),
}
