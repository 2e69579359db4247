//! The synthesis page's state: what is loading, what loaded, the filter, the synthesis and the answers on show. A pure reducer over the worker's replies and the person's choices.

use std::rc::Rc;

use yew::Reducible;

use crate::core::crypto::KeyError;
use crate::core::import::FileReport;
use crate::core::synthesis::{AnswerRow, Breakdowns, Filter, Synthesis};
use crate::worker::{Reply, Timing};

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
    /// Analysing: step `done` of `total`.
    Analysing {
        /// Steps done.
        done: usize,
        /// Steps in all.
        total: usize,
    },
    /// Preparing a download.
    Exporting,
    /// The worker failed; the text says how.
    Failed(String),
}

/// The page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct SynthesisState {
    /// Current activity.
    pub activity: Activity,
    /// The import report, per file.
    pub files: Rc<Vec<FileReport>>,
    /// Distinct responses loaded.
    pub responses: usize,
    /// Everyone loaded, five ways: the filter's choices.
    pub everyone: Rc<Breakdowns>,
    /// Encrypted files waiting for the identity file.
    pub waiting_for_key: usize,
    /// Why the identity file given could not be used.
    pub key_error: Option<KeyError>,
    /// The filter in force.
    pub filter: Filter,
    /// The latest synthesis.
    pub synthesis: Option<Rc<Synthesis>>,
    /// Index of the question on show.
    pub question: usize,
    /// The search words.
    pub search: String,
    /// Answers on show: rows and how many matched.
    pub answers: Option<(Rc<Vec<AnswerRow>>, usize)>,
    /// How many answers to show.
    pub answer_limit: usize,
    /// How long the worker took.
    pub timing: Timing,
    /// Whether the worker's second copy has loaded, to share large syntheses with.
    pub helper_ready: bool,
}

impl Default for SynthesisState {
    fn default() -> Self {
        Self {
            activity: Activity::Idle,
            files: Rc::default(),
            responses: 0,
            everyone: Rc::default(),
            waiting_for_key: 0,
            key_error: None,
            filter: Filter::default(),
            synthesis: None,
            question: 0,
            search: String::new(),
            answers: None,
            answer_limit: crate::worker::ANSWER_PAGE,
            timing: Timing::default(),
            helper_ready: false,
        }
    }
}

/// Everything that changes the page.
#[derive(Debug)]
pub enum Action {
    /// A batch of files starts.
    StartLoading(usize),
    /// The worker replied.
    Worker(Reply),
    /// The worker stopped.
    WorkerGone,
    /// A filter choice was toggled: `(dimension, key, on)`.
    Toggle(Dimension, String, bool),
    /// All filters cleared.
    ClearFilter,
    /// A question was chosen.
    Question(usize),
    /// The search words changed.
    Search(String),
    /// Show more answers.
    MoreAnswers,
    /// An export was asked for.
    Exporting,
    /// Something failed on the page's side.
    Failed(String),
}

/// A filter dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dimension {
    /// Stakeholder group.
    Group,
    /// Region.
    Region,
    /// NRI.
    Nri,
    /// Language.
    Language,
    /// Capacity.
    Capacity,
}

impl Dimension {
    /// The filter's list for this dimension.
    pub fn list(self, f: &mut Filter) -> &mut Vec<String> {
        match self {
            Dimension::Group => &mut f.groups,
            Dimension::Region => &mut f.regions,
            Dimension::Nri => &mut f.nris,
            Dimension::Language => &mut f.languages,
            Dimension::Capacity => &mut f.capacities,
        }
    }
}

impl Reducible for SynthesisState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Action::StartLoading(total) => s.activity = Activity::Loading { done: 0, total },
            Action::Worker(reply) => match reply {
                Reply::Loaded { done, total } => s.activity = Activity::Loading { done, total },
                Reply::Report {
                    files,
                    responses,
                    everyone,
                    waiting_for_key,
                } => {
                    s.files = Rc::new(files);
                    s.responses = responses;
                    s.everyone = Rc::new(everyone);
                    s.waiting_for_key = waiting_for_key;
                    s.key_error = None;
                    s.activity = Activity::Idle;
                }
                Reply::KeyRejected(e) => {
                    s.key_error = Some(e);
                    s.activity = Activity::Idle;
                }
                Reply::Progress(p) => {
                    s.activity = Activity::Analysing {
                        done: p.done,
                        total: p.total,
                    }
                }
                Reply::Synthesis(syn, timing) => {
                    s.synthesis = Some(Rc::new(*syn));
                    s.timing = timing;
                    s.activity = Activity::Idle;
                }
                Reply::Answers { rows, total, .. } => s.answers = Some((Rc::new(rows), total)),
                Reply::Export { .. } => s.activity = Activity::Idle,
                Reply::Ready => s.helper_ready = true,
                // Only ever sent between the two workers.
                Reply::Part(_) | Reply::Terms(_) | Reply::Read { .. } => {}
                Reply::Failed(e) => s.activity = Activity::Failed(e),
            },
            Action::WorkerGone => {
                s.activity = Activity::Failed("the analysis stopped unexpectedly".into())
            }
            Action::Toggle(dim, key, on) => {
                let list = dim.list(&mut s.filter);
                list.retain(|k| *k != key);
                if on {
                    list.push(key);
                    list.sort();
                }
            }
            Action::ClearFilter => s.filter = Filter::default(),
            Action::Question(q) => {
                s.question = q;
                s.answers = None;
                s.answer_limit = crate::worker::ANSWER_PAGE;
            }
            Action::Search(q) => {
                s.search = q;
                s.answer_limit = crate::worker::ANSWER_PAGE;
            }
            Action::MoreAnswers => s.answer_limit += crate::worker::ANSWER_PAGE,
            Action::Exporting => s.activity = Activity::Exporting,
            Action::Failed(e) => s.activity = Activity::Failed(e),
        }
        Rc::new(s)
    }
}

impl SynthesisState {
    /// Whether the worker is busy.
    pub fn busy(&self) -> bool {
        matches!(
            self.activity,
            Activity::Loading { .. } | Activity::Analysing { .. } | Activity::Exporting
        )
    }
}
