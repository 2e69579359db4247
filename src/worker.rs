//! The synthesis worker: a yew-agent reactor that keeps the loaded responses, imports files as they arrive and runs the synthesis in steps, reporting progress, so the page never freezes. A few lines around the pure core.

use futures::sink::SinkExt;
use futures::stream::StreamExt;
use serde::{Deserialize, Serialize};
use yew_agent::prelude::*;
use yew_agent::reactor::{ReactorBridge, ReactorSpawner};

use crate::core::crypto::{Identities, KeyError};
use crate::core::export::{self, DocumentInfo};
use crate::core::filename;
use crate::core::format::{self, Document, Exported, FormatError};
use crate::core::import::{FileReport, Importer, Limits};
use crate::core::questionnaire;
use crate::core::response::QuestionnaireRef;
use crate::core::synthesis::{
    self, Analyzer, AnswerRow, Breakdowns, Filter, Progress, QuestionSynthesis, SharedTerms,
    Synthesis,
};

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
    /// The address of this worker's script (`worker.js`), so the worker can start a second
    /// copy of itself and share the synthesis with it (a machine has at least two cores).
    Helper(String),
    /// To the second copy, when it starts: answered by [`Reply::Ready`] once it has loaded.
    Hello,
    /// To the second copy: read and check a file (format, version, integrity), answered by
    /// [`Reply::Read`]. The first copy adds it to the set in its turn.
    Read {
        /// A number to give the answer back under.
        slot: u64,
        /// The file's bytes.
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// To the second copy: summarise the questions at positions `from..to`, answered by
    /// [`Reply::Part`].
    Part {
        /// First question position.
        from: usize,
        /// One past the last.
        to: usize,
        /// Of its own copy of the set ([`Request::Mirror`]), with this filter.
        filter: Filter,
    },
    /// To the second copy: what this worker just did to the set, for its own copy, in the same
    /// order, so that both hold the same responses and a synthesis needs no hand-over of them.
    /// Never answered.
    Mirror(Mirror),
}

/// A change to the set, made again in the second copy's own copy of it.
#[derive(Debug, Serialize, Deserialize)]
pub enum Mirror {
    /// Add these copies of responses (the set so far, [`Importer::kept_copies`], a few thousand
    /// at a time), for a helper that was not ready when the set began.
    CatchUp(Vec<(String, Exported)>),
    /// Add the file it read and kept under this number ([`Request::Read`]), with this name.
    Slot(u64, String),
    /// Add a file this worker read: its name and what it was read as.
    Read(String, Result<Document, FormatError>),
    /// Add a file as it is (encrypted; or too large, `size`, without its bytes).
    AsIs {
        /// The file's name.
        name: String,
        /// Its size.
        size: usize,
        /// Its bytes.
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// Take the secretariat's identity file (its text).
    Identity(String),
    /// Forget everything.
    Clear,
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
    /// From the second copy: it has loaded (the answer to [`Request::Hello`]). Also to the
    /// page, once the second copy is there to share the work.
    Ready,
    /// From the second copy: what a file given by [`Request::Read`] was read as.
    Read {
        /// The number it was given under.
        slot: u64,
        /// What it was read as.
        read: Result<Document, FormatError>,
    },
    /// From the second copy, during a [`Request::Part`]: the key terms of the questions before
    /// `from`, which the first copy summarises without reading the other questions' answers.
    Terms(SharedTerms),
    /// From the second copy: the summaries asked for by [`Request::Part`].
    Part(Vec<QuestionSynthesis>),
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

/// Below this many responses one worker analyses alone: the hand-over, and the helper's code
/// running cold, cost more than sharing saves (measured: at 1,000 responses sharing was slower,
/// at 10,000 it saved about 0.3 s; docs/benchmark.md).
const SHARE_FROM: usize = 5_000;
/// Responses given to a helper that loaded late per message.
const CATCH_UP_CHUNK: usize = 2_000;
/// A synthesis asked for while the helper is still loading waits for it at most this long per
/// response (about what sharing saves: the analysis takes about 0.15 ms a response in one
/// worker, and sharing takes off about a third), and never longer than [`MAX_WAIT_MS`].
const WAIT_PER_RESPONSE_MS: f64 = 0.05;
/// The longest a synthesis waits for the helper to load.
const MAX_WAIT_MS: f64 = 5_000.0;

/// The second copy of this worker.
struct Helper {
    /// The copy, once started.
    bridge: Option<ReactorBridge<SynthesisReactor>>,
    /// Whether it has answered [`Request::Hello`]: until then nothing is given to it, so a copy
    /// that cannot load (a site's policy forbids it, say) never holds anything up.
    ready: bool,
    /// Whether it holds the same set as this worker: it has been given the set so far
    /// ([`Mirror::CatchUp`]) and told of every change since ([`Request::Mirror`]).
    mirrored: bool,
}

impl Helper {
    /// Starts the copy from `script` (the address of `worker.js`) and greets it; `None` where a
    /// worker cannot start workers.
    fn start(script: &str) -> Option<Self> {
        let global = js_sys::global();
        let can = js_sys::Reflect::get(&global, &"Worker".into())
            .map(|w| w.is_function())
            .unwrap_or(false);
        if !can || !script.ends_with(".js") {
            return None;
        }
        // The same loader yew-agent writes for the page (its own needs a window).
        let wasm = format!("{}_bg.wasm", script.trim_end_matches(".js"));
        let shim = format!(
            "importScripts({});wasm_bindgen({});",
            js_string(script),
            js_string(&wasm)
        );
        let parts = js_sys::Array::of1(&shim.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/javascript");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        // yew-agent panics where a worker cannot be made (a policy without `blob:` workers):
        // try first, and give up quietly.
        web_sys::Worker::new(&url).ok()?.terminate();
        let bridge = ReactorSpawner::<SynthesisReactor>::new()
            .with_loader(true)
            .spawn(&url);
        bridge.send_input(Request::Hello);
        Some(Self {
            bridge: Some(bridge),
            ready: false,
            mirrored: false,
        })
    }

    /// The copy, if it has loaded and answered.
    fn ready(&mut self) -> Option<&mut ReactorBridge<SynthesisReactor>> {
        use futures::FutureExt;
        let bridge = self.bridge.as_mut()?;
        if !self.ready {
            // Its greeting is the first thing it says, and nothing else is asked before it.
            match bridge.next().now_or_never() {
                Some(Some(Reply::Ready)) => self.ready = true,
                Some(_) => self.bridge = None,
                None => {}
            }
        }
        if self.ready {
            self.bridge.as_mut()
        } else {
            None
        }
    }

    /// The copy, if it holds the same set as this worker, to tell of a change to the set.
    fn mirror(&mut self) -> Option<&mut ReactorBridge<SynthesisReactor>> {
        if self.mirrored {
            self.bridge.as_mut()
        } else {
            None
        }
    }

    /// Once the copy has loaded, gives it the set so far (nothing, usually: it loads while the
    /// page opens): the identity files given, the kept copy of each response and the encrypted
    /// files still waiting, so that it holds the same set from then on; the copy, if it has
    /// loaded.
    fn catch_up(
        &mut self,
        importer: &Importer,
        identities: &[String],
    ) -> Option<&mut ReactorBridge<SynthesisReactor>> {
        let mirrored = self.mirrored;
        let bridge = self.ready()?;
        if !mirrored {
            for text in identities {
                bridge.send_input(Request::Mirror(Mirror::Identity(text.clone())));
            }
            let copies: Vec<(String, Exported)> = importer.kept_copies().collect();
            for chunk in copies.chunks(CATCH_UP_CHUNK) {
                bridge.send_input(Request::Mirror(Mirror::CatchUp(chunk.to_vec())));
            }
            for (name, bytes) in importer.waiting_files() {
                bridge.send_input(Request::Mirror(Mirror::AsIs {
                    name: name.to_string(),
                    size: bytes.len(),
                    bytes: bytes.to_vec(),
                }));
            }
        }
        self.mirrored = true;
        self.bridge.as_mut()
    }

    /// The copy while it is still loading: what to wait on for its greeting.
    fn loading(&mut self) -> Option<&mut ReactorBridge<SynthesisReactor>> {
        self.bridge.as_mut().filter(|_| !self.ready)
    }

    /// Takes what the loading copy said first: its greeting, or its end.
    fn greeted(&mut self, reply: Option<Reply>) {
        match reply {
            Some(Reply::Ready) => self.ready = true,
            _ => self.bridge = None,
        }
    }

    /// Waits for the loading copy's greeting, at most `ms` milliseconds; the copy, if it came.
    async fn wait_ready(&mut self, ms: f64) -> Option<&mut ReactorBridge<SynthesisReactor>> {
        if let Some(bridge) = self.loading() {
            let (rang, timer) = futures::channel::oneshot::channel::<()>();
            let _alarm = gloo::timers::callback::Timeout::new(ms as u32, move || {
                let _ = rang.send(());
            });
            if let futures::future::Either::Left((reply, _)) =
                futures::future::select(bridge.next(), timer).await
            {
                self.greeted(reply);
            }
        }
        self.ready()
    }
}

/// A JavaScript string literal (JSON's quoting is JavaScript's).
fn js_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// A file of the batch under way, waiting for its turn to be added to the set (files are added
/// in the order they were given, wherever they were read, so the set is the same).
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

/// The files of a batch, read in turn here and by the helper, added in order.
#[derive(Default)]
struct Reading {
    queue: std::collections::VecDeque<Pending>,
    next_slot: u64,
    /// Bytes read here and by the helper in this batch, to share the work evenly.
    here: usize,
    away: usize,
}

impl Reading {
    /// Takes one file of a batch: reads it here or hands it to the helper.
    fn take(
        &mut self,
        importer: &Importer,
        identities: &[String],
        helper: Option<&mut Helper>,
        name: String,
        size: usize,
        bytes: Vec<u8>,
    ) {
        // A helper that has just loaded is given the set so far first.
        let helper = helper.and_then(|h| h.catch_up(importer, identities));
        let pending = if size > importer.limits().max_file_bytes || !importer.reads_as_is(&bytes) {
            Pending::AsIs(name, size, bytes)
        } else if let Some(bridge) = helper.filter(|_| self.away < self.here) {
            self.next_slot += 1;
            self.away += bytes.len();
            bridge.send_input(Request::Read {
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

    /// Adds the files whose turn has come (all those before the first still with the helper),
    /// and tells a helper that mirrors the set to add them too.
    fn add_ready(&mut self, importer: &mut Importer, mut helper: Option<&mut Helper>) {
        while let Some(front) = self.queue.front() {
            if matches!(front, Pending::Away(..)) {
                break;
            }
            let Some(pending) = self.queue.pop_front() else {
                break;
            };
            let mirror = helper.as_deref_mut().and_then(Helper::mirror);
            let change = match pending {
                Pending::Read(name, read) => {
                    let change = mirror
                        .is_some()
                        .then(|| Mirror::Read(name.clone(), read.clone()));
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
                    mirror
                        .is_some()
                        .then_some(Mirror::AsIs { name, size, bytes })
                }
                Pending::Away(..) => None,
            };
            if let (Some(bridge), Some(change)) =
                (helper.as_deref_mut().and_then(Helper::mirror), change)
            {
                bridge.send_input(Request::Mirror(change));
            }
        }
    }

    /// Whether files are still with the helper.
    fn waiting(&self) -> bool {
        self.queue.iter().any(|p| matches!(p, Pending::Away(..)))
    }

    /// The helper's answer for a file.
    fn returned(&mut self, slot: u64, read: Result<Document, FormatError>) {
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

    /// The helper stopped: the files it had are read here.
    fn take_back(&mut self) {
        for p in &mut self.queue {
            if let Pending::Away(name, _, bytes) = p {
                *p = Pending::Read(std::mem::take(name), format::read(bytes));
            }
        }
    }

    /// Waits for the helper's files, adding every file of the batch to the set.
    async fn finish(&mut self, importer: &mut Importer, helper: Option<&mut Helper>) {
        let mut helper = helper;
        self.add_ready(importer, helper.as_deref_mut());
        while self.waiting() {
            let answer = match helper.as_mut().and_then(|h| h.bridge.as_mut()) {
                Some(bridge) => bridge.next().await,
                None => None,
            };
            match answer {
                Some(Reply::Read { slot, read }) => self.returned(slot, read),
                // The helper stopped: it is given nothing more, and its files are read here.
                _ => {
                    if let Some(h) = helper.as_mut() {
                        h.bridge = None;
                    }
                    self.take_back();
                }
            }
            self.add_ready(importer, helper.as_deref_mut());
        }
        self.here = 0;
        self.away = 0;
    }
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

/// What the worker heard next: the page, or the helper it is waiting on.
enum Heard {
    /// A request from the page; `None` when the page has gone.
    Page(Option<Request>),
    /// The helper's first word; `None` when it stopped.
    Helper(Option<Reply>),
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
    let mut helper: Option<Helper> = None;
    let mut reading = Reading::default();
    // In the second copy: the files it read for the first copy, until it is told to add them to
    // its own copy of the set.
    // The identity files given, for a helper that loads late.
    let mut identity_texts: Vec<String> = Vec::new();
    let mut kept_reads: std::collections::HashMap<u64, Result<Document, FormatError>> =
        std::collections::HashMap::new();
    loop {
        // While the helper loads, its greeting is listened for beside the page's requests, so
        // the page learns at once that two workers will share the work.
        let heard = match helper.as_mut().and_then(Helper::loading) {
            Some(bridge) => match futures::future::select(scope.next(), bridge.next()).await {
                futures::future::Either::Left((request, _)) => Heard::Page(request),
                futures::future::Either::Right((greeting, _)) => Heard::Helper(greeting),
            },
            None => Heard::Page(scope.next().await),
        };
        let request = match heard {
            Heard::Page(request) => request,
            Heard::Helper(greeting) => {
                if let Some(h) = helper.as_mut() {
                    h.greeted(greeting);
                    // It keeps a copy of the set from now on.
                    h.catch_up(&importer, &identity_texts);
                    if h.ready && scope.send(Reply::Ready).await.is_err() {
                        break;
                    }
                }
                continue;
            }
        };
        let Some(request) = request else { break };
        let reply = match request {
            Request::AddFile {
                name,
                size,
                bytes,
                index,
                total,
            } => {
                last = None;
                let started = js_sys::Date::now();
                reading.take(
                    &importer,
                    &identity_texts,
                    helper.as_mut(),
                    name,
                    size,
                    bytes,
                );
                reading.add_ready(&mut importer, helper.as_mut());
                let reply = if index < total {
                    Reply::Loaded { done: index, total }
                } else {
                    reading.finish(&mut importer, helper.as_mut()).await;
                    report(&importer)
                };
                reading_ms += js_sys::Date::now() - started;
                reply
            }
            Request::Identity(text) => match Identities::parse(&text) {
                Ok(identities) => {
                    last = None;
                    let started = js_sys::Date::now();
                    if let Some(bridge) = helper.as_mut().and_then(Helper::mirror) {
                        bridge.send_input(Request::Mirror(Mirror::Identity(text.clone())));
                    }
                    identity_texts.push(text);
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
                let n = questionnaire.questions.len();
                // With enough responses, the helper summarises the later questions while this
                // worker does the first ones; the helper reads every answer (key terms rank
                // each question against the others) and sends this worker its key terms.
                let mut shared = None;
                if run.responses() >= SHARE_FROM && n > 1 {
                    let at = run.halfway();
                    // Files chosen as soon as the page opened can be read before the helper has
                    // loaded: wait for it as long as sharing would save.
                    let wait = (run.responses() as f64 * WAIT_PER_RESPONSE_MS).min(MAX_WAIT_MS);
                    let bridge = match helper.as_mut() {
                        Some(h) => {
                            h.wait_ready(wait).await;
                            h.catch_up(&importer, &identity_texts)
                        }
                        None => None,
                    };
                    if let Some(bridge) = bridge {
                        bridge.send_input(Request::Part {
                            from: at,
                            to: n,
                            filter: filter.clone(),
                        });
                        // The helper reads every answer; this worker only its questions'.
                        run = run.only(0..at).terms_from_elsewhere();
                        shared = Some(n - at);
                    }
                }
                let total = run.steps() + shared.unwrap_or(0);
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
                if shared.is_some() {
                    // First the key terms of this worker's questions, then the helper's part.
                    let mut part = None;
                    if let Some(bridge) = helper.as_mut().and_then(|h| h.bridge.as_mut())
                        && let Some(Reply::Terms(terms)) = bridge.next().await
                    {
                        run.take_terms(terms);
                        if let Some(Reply::Part(p)) = bridge.next().await {
                            part = Some(p);
                        }
                    }
                    match part {
                        Some(part) => run.adopt(part),
                        // The helper could not do its part: do everything here.
                        None => {
                            shared = None;
                            if let Some(h) = helper.as_mut() {
                                h.bridge = None;
                            }
                            run = synthesis::Run::new(
                                responses.iter().copied(),
                                &questionnaire,
                                &filter,
                            );
                            while run.step(analyzer) {}
                        }
                    }
                }
                let result = run.finish();
                last = Some((filter, result.clone()));
                Reply::Synthesis(
                    Box::new(result),
                    Timing {
                        reading_ms,
                        analysing_ms: js_sys::Date::now() - started,
                        workers: if shared.is_some() { 2 } else { 1 },
                    },
                )
            }
            Request::Part { from, to, filter } => {
                let responses = importer.responses();
                let analyzer = analyzer.get_or_insert_with(Analyzer::new);
                let mut run =
                    synthesis::Run::new(responses, &questionnaire, &filter).only(from..to);
                let mut terms_sent = false;
                while run.step(analyzer) {
                    // The other worker's key terms, as soon as every answer is read.
                    if !terms_sent && let Some(terms) = run.shared_terms(0..from) {
                        terms_sent = true;
                        if scope.send(Reply::Terms(terms)).await.is_err() {
                            break;
                        }
                    }
                }
                Reply::Part(run.part())
            }
            Request::Read { slot, bytes } => {
                let read = format::read(&bytes);
                kept_reads.insert(slot, read.clone());
                Reply::Read { slot, read }
            }
            Request::Mirror(change) => {
                match change {
                    Mirror::CatchUp(copies) => {
                        for (name, copy) in copies {
                            importer.add_read(&name, Ok(Document::Response(Box::new(copy))));
                        }
                    }
                    Mirror::Slot(slot, name) => {
                        if let Some(read) = kept_reads.remove(&slot) {
                            importer.add_read(&name, read);
                        }
                    }
                    Mirror::Read(name, read) => importer.add_read(&name, read),
                    Mirror::AsIs { name, size, bytes } => {
                        if size > importer.limits().max_file_bytes {
                            importer.add_unread(&name, size);
                        } else {
                            importer.add(&name, &bytes);
                        }
                    }
                    Mirror::Identity(text) => {
                        if let Ok(identities) = Identities::parse(&text) {
                            importer.add_identities(identities);
                        }
                    }
                    Mirror::Clear => {
                        importer = Importer::new(reference.clone(), Limits::default());
                        kept_reads.clear();
                    }
                }
                continue;
            }
            Request::Helper(script) => {
                // Started now, while files are chosen and read: a worker's messages wait until
                // it has loaded, and this one yields only briefly while it analyses.
                helper = Helper::start(&script);
                continue;
            }
            Request::Hello => Reply::Ready,
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
                if let Some(bridge) = helper.as_mut().and_then(Helper::mirror) {
                    bridge.send_input(Request::Mirror(Mirror::Clear));
                }
                importer = Importer::new(reference.clone(), Limits::default());
                identity_texts.clear();
                reading = Reading::default();
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
