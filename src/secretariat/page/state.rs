//! The synthesis page's state: what is loading, what loaded, the filter, the synthesis and the answers on show. A pure reducer over the worker's replies and the person's choices, tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::core::crypto::KeyError;
use crate::core::edits::Edits;
use crate::core::import::FileReport;
use crate::core::questionnaire::{self, Questionnaire, QuestionnaireError};
use crate::core::synthesis::{AnswerRow, Breakdowns, Dimension, Filter, Synthesis};
use crate::core::tabular::{RowProblem, TableError};
use crate::core::workspace_file::{Conflict, WorkspaceFileError};
use crate::secretariat::protocol::{
    ANSWER_PAGE, Reply, ReviewFile, SetReport, TablePreview, Timing, WorkerError,
};
use crate::ui::shared::Shared;
use crate::web::error::BrowserError;
use crate::web::workspace::StoredFile;

/// What went wrong, for the page to say in its language.
#[derive(Clone, Debug, PartialEq)]
pub enum PageError {
    /// The worker could not do what was asked.
    Worker(WorkerError),
    /// The worker stopped without a word.
    WorkerGone,
    /// A download was refused.
    Download(BrowserError),
    /// A document's language (its tag) could not be fetched.
    Language(&'static str, BrowserError),
    /// The review page's template could not be fetched.
    ReviewPage(BrowserError),
}

/// What the worker is doing.
#[derive(Clone, Debug, PartialEq)]
pub enum Activity {
    /// Nothing.
    Idle,
    /// Reading files: `done` of `total`.
    Loading {
        /// Files read.
        done: usize,
        /// Files chosen.
        total: usize,
    },
    /// Making a table's rows responses: `done` of `total` rows.
    Importing {
        /// Rows done.
        done: usize,
        /// Rows in the table.
        total: usize,
    },
    /// Analysing: step `done` of `total`.
    Analysing {
        /// Steps done.
        done: usize,
        /// Steps in all.
        total: usize,
    },
    /// Preparing a download.
    Exporting,
    /// Something failed.
    Failed(PageError),
}

/// The page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct SynthesisState {
    /// Current activity.
    pub activity: Activity,
    /// The import report, per file.
    pub files: Shared<Vec<FileReport>>,
    /// The review round's files: drafts and comment files, and what became of each.
    pub review: Shared<Vec<ReviewFile>>,
    /// Distinct responses loaded.
    pub responses: usize,
    /// Everyone loaded, five ways: the filter's choices.
    pub everyone: Shared<Breakdowns>,
    /// Encrypted files waiting for the identity file.
    pub waiting_for_key: usize,
    /// Why the identity file given could not be used.
    pub key_error: Option<KeyError>,
    /// The filter in force.
    pub filter: Filter,
    /// The latest synthesis.
    pub synthesis: Option<Shared<Synthesis>>,
    /// Index of the question on show.
    pub question: usize,
    /// The search words.
    pub search: String,
    /// Answers on show: rows and how many matched.
    pub answers: Option<(Shared<Vec<AnswerRow>>, usize)>,
    /// How many answers to show.
    pub answer_limit: usize,
    /// How long the worker took.
    pub timing: Timing,
    /// Whether the worker's helper has loaded, to share large syntheses with.
    pub helper_ready: bool,
    /// What this browser keeps of the workspace.
    pub workspace: Workspace,
    /// The secretariat's edits.
    pub edits: Shared<Edits>,
    /// Whether the edits kept have been read (until then, none is made).
    pub edits_read: bool,
    /// The name the person gives, recorded with each edit.
    pub editor: String,
    /// Why the edits are not (all) kept, if they are not.
    pub edit_problem: Option<EditProblem>,
    /// A response whose answer could not be pinned as a quote, its author not allowing it.
    pub pin_refused: Option<String>,
    /// Tables from other survey tools waiting for their mapping, the first on show.
    pub tables: Vec<TablePreview>,
    /// What became of the tables imported or refused, latest last.
    pub table_notes: Vec<TableNote>,
    /// A table's responses, made into bundles, to load and keep like files chosen.
    pub imported: Option<Shared<Vec<StoredFile>>>,
    /// The questionnaire the workspace is for: its responses load, any other's are refused.
    pub questionnaire: Rc<Questionnaire>,
    /// Why the questionnaire the person chose or the workspace kept is not used, if it is not.
    pub questionnaire_refused: Option<QuestionnaireError>,
}

/// What became of a table.
#[derive(Clone, Debug, PartialEq)]
pub enum TableNote {
    /// It could not be read as a table.
    Refused(String, TableError),
    /// Its rows were imported.
    Imported {
        /// The table's file name.
        name: String,
        /// Responses made.
        responses: usize,
        /// Rows left out or not whole.
        problems: Vec<RowProblem>,
    },
}

/// Why the secretariat's edits are not kept.
#[derive(Clone, Debug, PartialEq)]
pub enum EditProblem {
    /// The last edit is shown but not kept in this browser (storage full, or unavailable).
    NotKept {
        /// Whether the storage was full.
        full: bool,
    },
    /// The edits kept in this browser could not be read: none is made, to lose nothing.
    Unreadable,
}

/// The workspace this browser keeps: the files loaded and the filter, reopened with the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    /// Whether what was kept has been read (until then, nothing is saved over it).
    pub opened: bool,
    /// The open workspace's id.
    pub current: String,
    /// Every workspace this browser keeps: id and name (empty: never named), by id.
    pub list: Vec<(String, String)>,
    /// Files kept.
    pub kept: usize,
    /// Whether the kept files are being loaded again.
    pub reopening: bool,
    /// What the site stores and may store, in bytes.
    pub usage: Option<(f64, f64)>,
    /// Whether the browser agreed to keep the site's data when space runs short.
    pub persisted: Option<bool>,
    /// What went wrong, if anything.
    pub problem: Option<WorkspaceProblem>,
    /// Whether the person is asked to confirm deleting the workspace.
    pub confirming: bool,
    /// Whether another tab of this browser has the same workspace open.
    pub elsewhere: bool,
    /// What came of the last workspace file downloaded, opened or added.
    pub file_note: Option<FileNote>,
    /// Decisions a colleague's workspace made differently, waiting for the person's choice.
    pub conflicts: Vec<Conflict>,
}

/// What came of a workspace file.
#[derive(Clone, Debug, PartialEq)]
pub enum FileNote {
    /// It was refused; nothing changed.
    Refused(WorkspaceFileError),
    /// It could not be kept in this browser (storage full, or another failure); nothing changed.
    NotKept {
        /// Whether the storage was full.
        full: bool,
    },
    /// The workspace is too large to travel as one file; none was written.
    TooLargeToWrite,
    /// A colleague's workspace was added: this many new files and edits.
    Merged {
        /// New files.
        files: usize,
        /// New edits.
        edits: usize,
    },
}

/// Why the workspace is not (wholly) kept.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkspaceProblem {
    /// The browser keeps nothing for this page (settings, private browsing, a sandboxed frame).
    Unavailable,
    /// A batch of files could not be kept: how many, and whether the storage was full.
    NotKept {
        /// How many files were not kept.
        files: usize,
        /// Whether the storage was full.
        full: bool,
    },
    /// Naming, making or deleting a workspace failed.
    NotChanged,
    /// Another tab deleted the open workspace.
    DeletedElsewhere,
}

impl Default for SynthesisState {
    fn default() -> Self {
        Self {
            activity: Activity::Idle,
            files: Shared::default(),
            review: Shared::default(),
            responses: 0,
            everyone: Shared::default(),
            waiting_for_key: 0,
            key_error: None,
            filter: Filter::default(),
            synthesis: None,
            question: 0,
            search: String::new(),
            answers: None,
            answer_limit: ANSWER_PAGE,
            timing: Timing::default(),
            helper_ready: false,
            workspace: Workspace::default(),
            edits: Shared::default(),
            edits_read: false,
            editor: String::new(),
            edit_problem: None,
            pin_refused: None,
            tables: Vec::new(),
            table_notes: Vec::new(),
            imported: None,
            questionnaire: Rc::new(questionnaire::builtin()),
            questionnaire_refused: None,
        }
    }
}

/// Everything that changes the page.
#[derive(Debug)]
pub enum Action {
    /// A batch of files starts.
    StartLoading(usize),
    /// A table of this many rows starts being imported.
    StartImporting(usize),
    /// The workspace is for this questionnaire.
    Questionnaire(Rc<Questionnaire>),
    /// The questionnaire chosen (or kept) cannot be used; the workspace keeps the one it had.
    QuestionnaireRefused(QuestionnaireError),
    /// The worker replied.
    Worker(Reply),
    /// The worker stopped.
    WorkerGone,
    /// A filter choice was toggled: `(dimension, key, on)`.
    Toggle(Dimension, String, bool),
    /// All filters cleared (the reading of drafts stays as chosen).
    ClearFilter,
    /// Whether drafts are read as sent.
    Drafts(bool),
    /// Which workspace is open, and which there are.
    Opened(String, Vec<(String, String)>),
    /// The workspace's kept files are being loaded again, with the filter it kept.
    Reopening(usize, Filter),
    /// This many more files are kept.
    Kept(usize),
    /// The workspace could not be kept as asked.
    WorkspaceFailed(WorkspaceProblem),
    /// What the site stores and may store, and whether the browser keeps it for good.
    Storage(Option<(f64, f64)>, Option<bool>),
    /// Asks (or stops asking) to confirm deleting the workspace.
    ConfirmDelete(bool),
    /// The open workspace has this name now.
    Renamed(String),
    /// Another tab has the same workspace open.
    OpenElsewhere,
    /// A question was chosen.
    Question(usize),
    /// The search words changed.
    Search(String),
    /// Show more answers.
    MoreAnswers,
    /// An export was asked for.
    Exporting,
    /// Something failed on the page's side.
    Failed(PageError),
    /// The edits as kept in this browser (read, or just written).
    EditsKept(Edits),
    /// The edits as made, which this browser could not keep.
    EditsNotKept(Edits, EditProblem),
    /// The person's name for the history of edits.
    Editor(String),
    /// A response's answer was not pinned: its author does not allow quotes (`None`: forget it).
    PinRefused(Option<String>),
    /// What came of a workspace file.
    FileNote(FileNote),
    /// A colleague's decisions that differ from the person's, to choose from.
    Conflicts(Vec<Conflict>),
    /// A conflict was settled (by its index).
    Settled(usize),
    /// A table was imported or set aside: it leaves the list waiting for a mapping.
    TableDone(String),
    /// The imported bundle is being loaded.
    ImportedTaken,
}

impl Reducible for SynthesisState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Action::StartLoading(total) => s.activity = Activity::Loading { done: 0, total },
            Action::StartImporting(total) => s.activity = Activity::Importing { done: 0, total },
            Action::Questionnaire(q) => {
                s.questionnaire = q;
                s.questionnaire_refused = None;
                s.question = 0;
            }
            Action::QuestionnaireRefused(e) => s.questionnaire_refused = Some(e),
            Action::TableDone(name) => {
                if let Some(i) = s.tables.iter().position(|t| t.name == name) {
                    s.tables.remove(i);
                }
            }
            Action::ImportedTaken => s.imported = None,
            Action::Worker(reply) => s.hear(reply),
            Action::WorkerGone => s.activity = Activity::Failed(PageError::WorkerGone),
            Action::Toggle(dimension, key, on) => s.filter.toggle(dimension, &key, on),
            Action::ClearFilter => {
                s.filter = Filter {
                    drafts: s.filter.drafts,
                    ..Filter::default()
                }
            }
            Action::Drafts(on) => s.filter.drafts = on,
            Action::Reopening(files, filter) => {
                s.workspace.opened = true;
                s.workspace.reopening = files > 0;
                s.workspace.kept = files;
                s.filter = filter;
            }
            Action::Kept(files) => {
                s.workspace.kept += files;
                s.workspace.reopening = false;
            }
            Action::WorkspaceFailed(problem) => {
                s.workspace.opened = true;
                s.workspace.reopening = false;
                s.workspace.problem = Some(problem);
            }
            Action::Storage(usage, persisted) => {
                s.workspace.usage = usage;
                s.workspace.persisted = persisted.or(s.workspace.persisted);
            }
            Action::ConfirmDelete(on) => s.workspace.confirming = on,
            Action::Opened(current, list) => {
                s.workspace.current = current;
                s.workspace.list = list;
            }
            Action::OpenElsewhere => s.workspace.elsewhere = true,
            Action::Renamed(name) => {
                let current = s.workspace.current.clone();
                match s.workspace.list.iter_mut().find(|(id, _)| *id == current) {
                    Some(entry) => entry.1 = name,
                    None => s.workspace.list.push((current, name)),
                }
            }
            Action::Question(q) => {
                s.question = q;
                s.answers = None;
                s.answer_limit = ANSWER_PAGE;
            }
            Action::Search(words) => {
                s.search = words;
                s.answer_limit = ANSWER_PAGE;
            }
            Action::MoreAnswers => s.answer_limit += ANSWER_PAGE,
            Action::Exporting => s.activity = Activity::Exporting,
            Action::Failed(e) => s.activity = Activity::Failed(e),
            Action::EditsKept(edits) => {
                s.edits = Shared::new(edits);
                s.edits_read = true;
                s.edit_problem = None;
            }
            Action::EditsNotKept(edits, problem) => {
                if problem != EditProblem::Unreadable {
                    s.edits = Shared::new(edits);
                }
                s.edits_read = true;
                s.edit_problem = Some(problem);
            }
            Action::Editor(name) => s.editor = name,
            Action::PinRefused(response) => s.pin_refused = response,
            Action::FileNote(note) => s.workspace.file_note = Some(note),
            Action::Conflicts(conflicts) => s.workspace.conflicts = conflicts,
            Action::Settled(i) => {
                if i < s.workspace.conflicts.len() {
                    s.workspace.conflicts.remove(i);
                }
            }
        }
        Rc::new(s)
    }
}

impl SynthesisState {
    /// Whether the worker is busy.
    pub fn busy(&self) -> bool {
        matches!(
            self.activity,
            Activity::Loading { .. }
                | Activity::Importing { .. }
                | Activity::Analysing { .. }
                | Activity::Exporting
        )
    }

    /// Takes a reply of the worker.
    fn hear(&mut self, reply: Reply) {
        match reply {
            Reply::Loaded { done, total } => self.activity = Activity::Loading { done, total },
            Reply::Importing(p) => {
                self.activity = Activity::Importing {
                    done: p.done,
                    total: p.total,
                }
            }
            Reply::Report(SetReport {
                files,
                responses,
                everyone,
                waiting_for_key,
                review,
            }) => {
                self.files = Shared::new(files);
                self.review = Shared::new(review);
                self.responses = responses;
                self.everyone = Shared::new(everyone);
                self.waiting_for_key = waiting_for_key;
                self.key_error = None;
                self.activity = Activity::Idle;
            }
            Reply::KeyRejected(e) => {
                self.key_error = Some(e);
                self.activity = Activity::Idle;
            }
            Reply::Progress(p) => {
                self.activity = Activity::Analysing {
                    done: p.done,
                    total: p.total,
                }
            }
            Reply::Synthesis(synthesis, timing) => {
                self.synthesis = Some(Shared::new(*synthesis));
                self.timing = timing;
                self.activity = Activity::Idle;
            }
            Reply::Answers { rows, total, .. } => self.answers = Some((Shared::new(rows), total)),
            Reply::Export { .. } => self.activity = Activity::Idle,
            Reply::HelperReady => self.helper_ready = true,
            // The editor's; the synthesis page never asks for one.
            Reply::XlsForm(_) => {}
            Reply::Table(preview) => {
                self.tables.retain(|t| t.name != preview.name);
                self.tables.push(preview);
            }
            Reply::TableRefused { name, reason } => {
                self.table_notes.push(TableNote::Refused(name, reason))
            }
            Reply::TableImported {
                name,
                files,
                responses,
                problems,
            } => {
                self.table_notes.push(TableNote::Imported {
                    name,
                    responses,
                    problems,
                });
                let files = files
                    .into_iter()
                    .map(|f| StoredFile {
                        size: f.bytes.len(),
                        name: f.name,
                        bytes: f.bytes,
                    })
                    .collect();
                self.imported = Some(Shared::new(files));
            }
            Reply::Failed(e) => self.activity = Activity::Failed(PageError::Worker(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::synthesis::Progress;

    fn reduce(s: SynthesisState, actions: Vec<Action>) -> SynthesisState {
        actions
            .into_iter()
            .fold(Rc::new(s), |s, a| s.reduce(a))
            .as_ref()
            .clone()
    }

    #[test]
    fn a_batch_shows_progress_then_the_report_and_the_page_is_free_again() {
        let s = reduce(
            SynthesisState::default(),
            vec![
                Action::StartLoading(3),
                Action::Worker(Reply::Loaded { done: 1, total: 3 }),
            ],
        );
        assert_eq!(s.activity, Activity::Loading { done: 1, total: 3 });
        assert!(s.busy());
        let s = reduce(
            s,
            vec![Action::Worker(Reply::Report(SetReport {
                responses: 2,
                waiting_for_key: 1,
                ..SetReport::default()
            }))],
        );
        assert_eq!((s.responses, s.waiting_for_key), (2, 1));
        assert_eq!(s.activity, Activity::Idle);
        assert!(!s.busy());
    }

    #[test]
    fn a_table_being_imported_shows_its_rows_done_then_its_files_load() {
        use crate::secretariat::protocol::MadeFile;
        let s = reduce(
            SynthesisState::default(),
            vec![Action::StartImporting(10_000)],
        );
        assert_eq!(
            s.activity,
            Activity::Importing {
                done: 0,
                total: 10_000
            }
        );
        assert!(s.busy());
        let s = reduce(
            s,
            vec![Action::Worker(Reply::Importing(Progress {
                done: 5_000,
                total: 10_000,
            }))],
        );
        assert_eq!(
            s.activity,
            Activity::Importing {
                done: 5_000,
                total: 10_000
            }
        );
        let made = |name: &str| MadeFile {
            name: name.into(),
            bytes: b"{}".to_vec(),
        };
        let s = reduce(
            s,
            vec![Action::Worker(Reply::TableImported {
                name: "t (imported, 1 of 2).json".into(),
                files: vec![
                    made("t (imported, 1 of 2).json"),
                    made("t (imported, 2 of 2).json"),
                ],
                responses: 10_000,
                problems: Vec::new(),
            })],
        );
        // Both bundles are handed on to be loaded and kept, in order.
        let imported = s.imported.expect("the bundles to keep");
        let names: Vec<&str> = imported.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["t (imported, 1 of 2).json", "t (imported, 2 of 2).json"]
        );
    }

    #[test]
    fn a_rejected_key_is_kept_until_the_next_report() {
        let s = reduce(
            SynthesisState::default(),
            vec![Action::Worker(Reply::KeyRejected(KeyError::NoKey))],
        );
        assert_eq!(s.key_error, Some(KeyError::NoKey));
        let s = reduce(s, vec![Action::Worker(Reply::Report(SetReport::default()))]);
        assert_eq!(s.key_error, None);
    }

    #[test]
    fn filters_toggle_in_any_order_to_the_same_filter_and_clear() {
        let a = reduce(
            SynthesisState::default(),
            vec![
                Action::Toggle(Dimension::Group, "government".into(), true),
                Action::Toggle(Dimension::Group, "academia".into(), true),
                Action::Toggle(Dimension::Language, "fr".into(), true),
            ],
        );
        let b = reduce(
            SynthesisState::default(),
            vec![
                Action::Toggle(Dimension::Language, "fr".into(), true),
                Action::Toggle(Dimension::Group, "academia".into(), true),
                Action::Toggle(Dimension::Group, "government".into(), true),
                Action::Toggle(Dimension::Group, "other".into(), true),
                Action::Toggle(Dimension::Group, "other".into(), false),
            ],
        );
        assert_eq!(a.filter, b.filter);
        assert_eq!(a.filter.groups, ["academia", "government"]);
        assert!(reduce(a, vec![Action::ClearFilter]).filter.is_empty());
    }

    #[test]
    fn a_new_question_or_search_shows_the_first_page_of_answers_again() {
        let s = reduce(
            SynthesisState::default(),
            vec![
                Action::MoreAnswers,
                Action::MoreAnswers,
                Action::Worker(Reply::Answers {
                    question: "q1".into(),
                    rows: Vec::new(),
                    total: 0,
                }),
            ],
        );
        assert_eq!(s.answer_limit, 3 * ANSWER_PAGE);
        assert!(s.answers.is_some());
        let s = reduce(s, vec![Action::Question(2)]);
        assert_eq!(
            (s.question, s.answer_limit, s.answers.is_none()),
            (2, ANSWER_PAGE, true)
        );
        let s = reduce(s, vec![Action::MoreAnswers, Action::Search("cert".into())]);
        assert_eq!((s.search.as_str(), s.answer_limit), ("cert", ANSWER_PAGE));
    }

    #[test]
    fn progress_then_the_synthesis_and_its_timing() {
        let s = reduce(
            SynthesisState::default(),
            vec![Action::Worker(Reply::Progress(Progress {
                done: 2,
                total: 14,
            }))],
        );
        assert_eq!(s.activity, Activity::Analysing { done: 2, total: 14 });
        let timing = Timing {
            reading_ms: 1.0,
            analysing_ms: 2.0,
            workers: 2,
        };
        let synthesis = crate::core::synthesis::Synthesis {
            responses: 0,
            overview: Breakdowns::default(),
            voices: 0,
            voice_overview: Breakdowns::default(),
            campaigns: Vec::new(),
            self_named: Default::default(),
            questions: Vec::new(),
            contributions: Vec::new(),
            documents: Vec::new(),
            anonymous: Breakdowns::default(),
            drafts: 0,
            drafts_read_as_sent: false,
            excluded: Vec::new(),
            unmatched_edits: 0,
            comments: Default::default(),
        };
        let s = reduce(
            s,
            vec![
                Action::Worker(Reply::HelperReady),
                Action::Worker(Reply::Synthesis(Box::new(synthesis), timing)),
            ],
        );
        assert_eq!(
            (s.activity.clone(), s.timing, s.helper_ready),
            (Activity::Idle, timing, true)
        );
        assert!(s.synthesis.is_some());
    }

    #[test]
    fn failures_are_kept_typed_until_the_page_says_them() {
        let s = reduce(SynthesisState::default(), vec![Action::WorkerGone]);
        assert_eq!(s.activity, Activity::Failed(PageError::WorkerGone));
        let s = reduce(
            s,
            vec![Action::Worker(Reply::Failed(WorkerError::Export(
                "CSV".into(),
                "x".into(),
            )))],
        );
        assert_eq!(
            s.activity,
            Activity::Failed(PageError::Worker(WorkerError::Export(
                "CSV".into(),
                "x".into()
            )))
        );
        let s = reduce(
            s,
            vec![
                Action::Exporting,
                Action::Worker(Reply::Export {
                    filename: "a.csv".into(),
                    mime: "text/csv".into(),
                    bytes: Vec::new(),
                }),
            ],
        );
        assert_eq!(s.activity, Activity::Idle);
    }
}
