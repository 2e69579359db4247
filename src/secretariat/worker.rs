//! The synthesis workers, as yew-agent reactors around the pure sessions: [`SynthesisReactor`] answers the page, [`HelperReactor`] (a second copy of the same script, started by the first) answers the worker. Browser plumbing only: the bridge to the helper, the clock, yielding to the event loop, and reporting a failure to the page that started the worker.

use std::cell::RefCell;

use futures::future::{Either, select};
use futures::sink::SinkExt;
use futures::stream::StreamExt;
use yew_agent::Registrable;
use yew_agent::prelude::*;
use yew_agent::reactor::{ReactorBridge, ReactorSpawner};

use super::helper_protocol::{FromHelper, ToHelper};
use super::protocol::{Reply, Request};
use super::session::helper::HelperSession;
use super::session::{Link, Session};
use crate::core::export::NameOf;
use crate::core::questionnaire;
use crate::core::synthesis::{Lead, SharedTerms, Tokenised};
use crate::web::codec::Postcard;
use crate::web::locale::DisplayNames;

/// The global the helper's loader sets, holding the name of the page's failure channel.
const HELPER_FLAG: &str = "bpfSurveyHelper";

thread_local! {
    /// The page's failure channel, once it has said which.
    static FAILURES: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The worker script's entry point: registers the helper reactor in a copy started as a
/// helper, the page's reactor otherwise; a panic reaches the page as words.
pub fn register() {
    let global = js_sys::global();
    let helper = js_sys::Reflect::get(&global, &HELPER_FLAG.into())
        .ok()
        .and_then(|v| v.as_string());
    report_panics();
    match helper {
        Some(failures) => {
            report_failures_to(failures);
            HelperReactor::registrar().encoding::<Postcard>().register();
        }
        None => SynthesisReactor::registrar()
            .encoding::<Postcard>()
            .register(),
    }
}

fn report_failures_to(channel: String) {
    FAILURES.with(|f| *f.borrow_mut() = Some(channel));
}

/// Makes a panic reach the page that started this worker as words instead of a silent stop,
/// on the channel that page named (so other synthesis tabs never hear of it).
fn report_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload_as_str()
            .unwrap_or("an internal error")
            .to_string();
        let channel = FAILURES.with(|f| f.borrow().clone());
        if let Some(channel) = channel.and_then(|c| web_sys::BroadcastChannel::new(&c).ok()) {
            let _ = channel.post_message(&wasm_bindgen::JsValue::from_str(&message));
        }
    }));
}

/// Lets the event loop run (and the reactor's replies go out) between steps.
async fn yield_now() {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
        &wasm_bindgen::JsValue::NULL,
    ))
    .await;
}

/// How long the worker waits for a request before it makes its analyser, once started.
const IDLE_MS: u32 = 250;

/// Resolves after `ms` milliseconds.
async fn sleep(ms: u32) {
    let (rang, timer) = futures::channel::oneshot::channel::<()>();
    let _alarm = gloo::timers::callback::Timeout::new(ms, move || {
        let _ = rang.send(());
    });
    let _ = timer.await;
}

/// A country's or a language's name in `language`, as the browser writes it.
fn names(language: &str, of: NameOf, code: &str) -> Option<String> {
    let names = DisplayNames::new(language);
    match of {
        NameOf::Country => names.region(code),
        NameOf::Language => names.language(code),
    }
}

/// The page's worker.
#[reactor(SynthesisReactor)]
pub async fn synthesis_reactor(mut scope: ReactorScope<Request, Reply>) {
    let mut session: Session<Bridge> =
        Session::new(questionnaire::builtin(), js_sys::Date::now).with_names(names);
    // Whether the page has started this worker: its analyser is then made once no request has
    // come for `IDLE_MS` (while the person chooses files), not at once, so that files given as
    // the page opens are not kept waiting; they make it while the helper reads its share.
    let mut started = false;
    loop {
        if session.helper_loading() {
            // Files given while both workers start arrive as a queue of messages, each read
            // as soon as it is delivered, and the helper's handshake (yew-agent's "loaded",
            // then its greeting) would wait behind all of them, leaving this worker to read
            // every file alone: a yield lets in what waits on the helper's port.
            crate::web::platform::yield_to_tasks().await;
        }
        // While the helper loads, its greeting is listened for beside the page's requests, so
        // the page learns at once that two workers will share the work. The greeting comes
        // first: files given while both workers start queue up as requests, and a helper
        // heard only after them would read none of them.
        let cold = started && !session.is_warm();
        let heard = {
            let greeting = std::pin::pin!(session.greeting());
            let heard = select(greeting, scope.next());
            let heard = if cold {
                match select(heard, std::pin::pin!(sleep(IDLE_MS))).await {
                    Either::Left((heard, _)) => Some(heard),
                    Either::Right(_) => None,
                }
            } else {
                Some(heard.await)
            };
            match heard {
                Some(Either::Left((greeted, _))) => Some(Either::Right(greeted)),
                Some(Either::Right((request, _))) => Some(Either::Left(request)),
                None => None,
            }
        };
        let Some(heard) = heard else {
            session.warm();
            continue;
        };
        let request = match heard {
            Either::Left(Some(request)) => request,
            Either::Left(None) => break,
            Either::Right(greeted) => {
                if greeted && scope.send(Reply::HelperReady).await.is_err() {
                    break;
                }
                continue;
            }
        };
        let reply = match request {
            Request::Start { script, failures } => {
                report_failures_to(failures.clone());
                if let Some(bridge) = Bridge::start(&script, &failures) {
                    session.attach(bridge);
                }
                started = true;
                continue;
            }
            Request::AddFile(file) => session.add_file(file).await,
            Request::Identity(text) => session.identity(text),
            Request::Synthesize(filter) => {
                let progress = async |p| {
                    let sent = scope.send(Reply::Progress(p)).await.is_ok();
                    yield_now().await;
                    sent
                };
                match session.synthesize(filter, progress).await {
                    Some(reply) => reply,
                    None => break,
                }
            }
            Request::Edits(decisions) => match session.edit(decisions) {
                Some(reply) => reply,
                None => continue,
            },
            Request::Answers(query) => session.answers(query),
            Request::Export {
                kind,
                filter,
                language,
            } => session.export(kind, &filter, &language),
            Request::Language {
                tag,
                messages,
                synthesis,
            } => match session.language(&tag, &messages, &synthesis) {
                Some(reply) => reply,
                None => continue,
            },
            Request::Clear => session.clear(),
            Request::Questionnaire(json) => session.questionnaire(&json),
            Request::ReadXlsForm(bytes) => session.read_xlsform(&bytes),
            Request::WriteXlsForm(json) => session.write_xlsform(&json),
            Request::ReadTable { name, size, bytes } => session.read_table(name, size, &bytes),
            Request::Draft {
                filter,
                version,
                languages,
                key,
                template,
            } => session.draft(
                &filter,
                &version,
                &languages,
                key.as_deref(),
                template.as_deref(),
            ),
            Request::ImportTable(how) => {
                let progress = async |p| {
                    let sent = scope.send(Reply::Importing(p)).await.is_ok();
                    yield_now().await;
                    sent
                };
                match session.import_table(how, progress).await {
                    Some(reply) => reply,
                    None => break,
                }
            }
            Request::ForgetTable(name) => session.forget_table(&name),
        };
        if scope.send(reply).await.is_err() {
            break;
        }
    }
}

/// The helper: a second copy of the worker, sharing its work.
#[reactor(HelperReactor)]
pub async fn helper_reactor(mut scope: ReactorScope<ToHelper, FromHelper>) {
    let mut helper = HelperSession::new(questionnaire::builtin());
    while let Some(message) = scope.next().await {
        let reply = match message {
            ToHelper::Hello => {
                if scope.send(FromHelper::Ready).await.is_err() {
                    break;
                }
                helper.warm();
                continue;
            }
            ToHelper::Read { slot, bytes } => helper.read(slot, &bytes),
            ToHelper::Mirror(change) => {
                helper.mirror(change);
                continue;
            }
            ToHelper::Part { questions, filter } => {
                helper
                    .part(questions, &filter, &mut Worker(&mut scope))
                    .await
            }
            // Only ever sent during a part.
            ToHelper::Tokenised(_) => continue,
        };
        if scope.send(reply).await.is_err() {
            break;
        }
    }
}

/// The worker, as the helper's part sees it.
struct Worker<'a>(&'a mut ReactorScope<ToHelper, FromHelper>);

impl Lead for Worker<'_> {
    async fn tokenised(&mut self) -> Option<Tokenised> {
        // The worker sends nothing else while the helper does its part.
        match self.0.next().await {
            Some(ToHelper::Tokenised(first)) => Some(first),
            _ => None,
        }
    }

    async fn terms(&mut self, terms: SharedTerms) -> bool {
        self.0.send(FromHelper::Terms(terms)).await.is_ok()
    }
}

/// The worker's bridge to its helper.
pub struct Bridge(ReactorBridge<HelperReactor>);

impl Bridge {
    /// Starts the helper from `script` (the address of `worker.js`); `None` where a worker
    /// cannot start workers.
    fn start(script: &str, failures: &str) -> Option<Self> {
        let global = js_sys::global();
        let can = js_sys::Reflect::get(&global, &"Worker".into())
            .map(|w| w.is_function())
            .unwrap_or(false);
        if !can || !script.ends_with(".js") {
            return None;
        }
        // The same loader yew-agent writes for the page (its own needs a window), marking the
        // copy as a helper.
        let wasm = format!("{}_bg.wasm", script.trim_end_matches(".js"));
        let shim = format!(
            "self.{HELPER_FLAG}={};importScripts({});wasm_bindgen({});",
            js_string(failures),
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
        let bridge = ReactorSpawner::<HelperReactor>::new()
            .encoding::<Postcard>()
            .with_loader(true)
            .spawn(&url);
        Some(Self(bridge))
    }
}

impl Link for Bridge {
    fn send(&mut self, message: ToHelper) {
        self.0.send_input(message);
    }

    async fn next(&mut self) -> Option<FromHelper> {
        self.0.next().await
    }

    async fn next_within(&mut self, ms: f64) -> Option<Option<FromHelper>> {
        match select(self.0.next(), std::pin::pin!(sleep(ms as u32))).await {
            Either::Left((reply, _)) => Some(reply),
            Either::Right(_) => None,
        }
    }
}

/// A JavaScript string literal (JSON's quoting is JavaScript's).
fn js_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}
