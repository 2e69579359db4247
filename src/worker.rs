//! The synthesis worker: a yew-agent reactor that keeps the loaded responses, imports files as they arrive and runs the synthesis in steps, reporting progress, so the page never freezes. A few lines around the pure core.

use futures::sink::SinkExt;
use futures::stream::StreamExt;
use serde::{Deserialize, Serialize};
use yew_agent::prelude::*;

use crate::core::crypto::{Identities, KeyError};
use crate::core::export::{self, DocumentInfo};
use crate::core::filename;
use crate::core::import::{FileReport, Importer, Limits};
use crate::core::questionnaire;
use crate::core::response::QuestionnaireRef;
use crate::core::synthesis::{self, Analyzer, AnswerRow, Breakdowns, Filter, Progress, Synthesis};

/// The app version written into exported bundles.
const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Answers are sent to the page this many more at a time.
pub const ANSWER_PAGE: usize = 200;

/// An export the secretariat can download.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportKind {
    /// Part II as Markdown.
    Markdown,
    /// Part II as a standalone HTML page.
    Html,
    /// Open data as CSV; `true` adds a byte-order mark for Excel.
    Csv(bool),
    /// Open data as a JSON bundle.
    Json,
}

/// What the page asks of the worker.
#[derive(Debug, Serialize, Deserialize)]
pub enum Request {
    /// One file of a batch of `total`, the `index`-th (from 1).
    AddFile {
        /// The file's name.
        name: String,
        /// Its size, in bytes.
        size: usize,
        /// Its bytes; empty when the file is over the size limit and was not read.
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
        /// Its position in the batch, from 1.
        index: usize,
        /// The batch size.
        total: usize,
    },
    /// Synthesise the loaded responses that pass the filter.
    Synthesize(Filter),
    /// Answers to a question, filtered and searched.
    Answers {
        /// The question's id.
        question: String,
        /// The filter.
        filter: Filter,
        /// Words that must all appear.
        search: String,
        /// How many rows to send at most.
        limit: usize,
    },
    /// Make an export of the filtered responses.
    Export(ExportKind, Filter),
    /// The secretariat's identity file (its text), to read encrypted files with. Kept in the
    /// worker's memory only.
    Identity(String),
    /// Forget everything loaded.
    Clear,
}

/// Where the worker's time went, for the page to show and the benchmark to read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Reading and checking the files loaded so far.
    pub reading_ms: f64,
    /// The last synthesis.
    pub analysing_ms: f64,
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
    /// After a batch: what happened to every file so far, and who is in the set.
    Report {
        /// Per file.
        files: Vec<FileReport>,
        /// Distinct responses loaded.
        responses: usize,
        /// Everyone loaded, for the filter choices.
        everyone: Breakdowns,
        /// Encrypted files waiting for the identity file.
        waiting_for_key: usize,
    },
    /// The identity file given could not be used.
    KeyRejected(KeyError),
    /// The synthesis is under way.
    Progress(Progress),
    /// The synthesis, and how long reading the files and analysing took, in milliseconds.
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
        text: String,
    },
    /// Something went wrong; the text says what.
    Failed(String),
}

/// The channel on which a failing worker says why, outside the reactor's own messages (which
/// stop when it fails).
pub const FAILURE_CHANNEL: &str = "bpf-survey-worker-failure";

/// Makes a panic in the worker reach the page as words instead of a silent stop.
pub fn report_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload_as_str()
            .unwrap_or("an internal error")
            .to_string();
        if let Ok(channel) = web_sys::BroadcastChannel::new(FAILURE_CHANNEL) {
            let _ = channel.post_message(&wasm_bindgen::JsValue::from_str(&message));
        }
    }));
}

/// Lets the page's event loop run (and the reactor's replies go out) between steps.
async fn yield_now() {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
        &wasm_bindgen::JsValue::NULL,
    ))
    .await;
}

/// What happened to every file so far, and who is in the set.
fn report(importer: &Importer) -> Reply {
    let responses = importer.responses();
    Reply::Report {
        files: importer.report(),
        responses: responses.len(),
        everyone: synthesis::people::breakdowns(responses.iter().copied()),
        waiting_for_key: importer.waiting_for_key(),
    }
}

/// The synthesis reactor.
#[reactor(SynthesisReactor)]
pub async fn synthesis_reactor(mut scope: ReactorScope<Request, Reply>) {
    let questionnaire = questionnaire::builtin();
    let reference = QuestionnaireRef {
        id: questionnaire.id.clone(),
        version: questionnaire.version,
    };
    let mut importer = Importer::new(reference.clone(), Limits::default());
    let mut analyzer: Option<Analyzer> = None;
    // The last synthesis, reused by document exports of the same filter.
    let mut last: Option<(Filter, Synthesis)> = None;
    let mut reading_ms = 0.0;
    while let Some(request) = scope.next().await {
        let reply = match request {
            Request::AddFile {
                name,
                size,
                bytes,
                index,
                total,
            } => {
                last = None;
                if size > importer.limits().max_file_bytes {
                    importer.add_unread(&name, size);
                } else {
                    let started = js_sys::Date::now();
                    importer.add(&name, &bytes);
                    reading_ms += js_sys::Date::now() - started;
                }
                if index < total {
                    Reply::Loaded { done: index, total }
                } else {
                    report(&importer)
                }
            }
            Request::Identity(text) => match Identities::parse(&text) {
                Ok(identities) => {
                    last = None;
                    let started = js_sys::Date::now();
                    importer.add_identities(identities);
                    reading_ms += js_sys::Date::now() - started;
                    report(&importer)
                }
                Err(e) => Reply::KeyRejected(e),
            },
            Request::Synthesize(filter) => {
                let started = js_sys::Date::now();
                let responses = importer.responses();
                let analyzer = analyzer.get_or_insert_with(Analyzer::new);
                let mut run =
                    synthesis::Run::new(responses.iter().copied(), &questionnaire, &filter);
                let total = run.steps();
                let mut done = 0;
                let mut closed = false;
                while run.step(analyzer) {
                    done += 1;
                    if scope
                        .send(Reply::Progress(Progress { done, total }))
                        .await
                        .is_err()
                    {
                        closed = true;
                        break;
                    }
                    yield_now().await;
                }
                if closed {
                    break;
                }
                let result = run.finish();
                last = Some((filter, result.clone()));
                Reply::Synthesis(
                    Box::new(result),
                    Timing {
                        reading_ms,
                        analysing_ms: js_sys::Date::now() - started,
                    },
                )
            }
            Request::Answers {
                question,
                filter,
                search,
                limit,
            } => {
                let mut rows =
                    synthesis::answer_rows(importer.responses(), &question, &filter, &search);
                let total = rows.len();
                rows.truncate(limit.max(1));
                Reply::Answers {
                    question,
                    rows,
                    total,
                }
            }
            Request::Export(kind, filter) => {
                let responses: Vec<_> = importer
                    .responses()
                    .into_iter()
                    .filter(|r| filter.admits(r))
                    .collect();
                let as_of = importer
                    .latest_update()
                    .unwrap_or(crate::core::time::Timestamp::from_millis(0));
                let qids: Vec<String> = questionnaire
                    .questions
                    .iter()
                    .map(|q| q.id.clone())
                    .collect();
                let base = format!("bpf-synthesis-{}", as_of.date());
                match kind {
                    ExportKind::Markdown | ExportKind::Html => {
                        let s = match &last {
                            Some((f, s)) if *f == filter => s.clone(),
                            _ => {
                                let analyzer = analyzer.get_or_insert_with(Analyzer::new);
                                synthesis::synthesize(
                                    responses.iter().copied(),
                                    &questionnaire,
                                    &Filter::default(),
                                    analyzer,
                                    &mut |_| {},
                                )
                            }
                        };
                        let info = DocumentInfo {
                            title: questionnaire.title.get("en"),
                            questionnaire: format!(
                                "{}, version {}",
                                reference.id, reference.version
                            ),
                            data_as_of: importer.latest_update(),
                            filter: &filter,
                        };
                        if kind == ExportKind::Markdown {
                            Reply::Export {
                                filename: format!("{base}.md"),
                                mime: "text/markdown".into(),
                                text: export::markdown(&s, &info),
                            }
                        } else {
                            Reply::Export {
                                filename: format!("{base}.html"),
                                mime: "text/html".into(),
                                text: export::html(&s, &info),
                            }
                        }
                    }
                    ExportKind::Csv(bom) => {
                        match export::csv(responses.iter().copied(), &qids, bom) {
                            Ok(text) => Reply::Export {
                                filename: format!("bpf-open-data-{}.csv", as_of.date()),
                                mime: "text/csv".into(),
                                text,
                            },
                            Err(e) => Reply::Failed(format!("the CSV could not be written: {e}")),
                        }
                    }
                    ExportKind::Json => Reply::Export {
                        filename: filename::bundle_filename(
                            export::publishable(responses.iter().copied()).len(),
                            as_of,
                        )
                        .replace("bpf-responses", "bpf-open-data"),
                        mime: "application/json".into(),
                        text: export::json_bundle(responses.iter().copied(), as_of, APP_VERSION),
                    },
                }
            }
            Request::Clear => {
                importer = Importer::new(reference.clone(), Limits::default());
                reading_ms = 0.0;
                last = None;
                Reply::Report {
                    files: Vec::new(),
                    responses: 0,
                    everyone: Breakdowns::default(),
                    waiting_for_key: 0,
                }
            }
        };
        if scope.send(reply).await.is_err() {
            break;
        }
    }
}
