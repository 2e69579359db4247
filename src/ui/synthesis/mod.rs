//! The secretariat's synthesis page: load files, read the import report, filter, read each question's synthesis, export. Its own page and binary, so respondents never download it; the work happens in the worker.

mod answers;
mod bar_chart;
mod drop_zone;
mod exports;
mod filters;
mod import_report;
mod key_maker;
mod key_prompt;
mod labels;
mod overview;
mod question_view;
pub mod state;

use std::rc::Rc;

use yew::prelude::*;
use yew_agent::reactor::{ReactorEvent, ReactorProvider, use_reactor_bridge};

use drop_zone::DropZone;
use exports::Exports;
use filters::Filters;
use import_report::ImportReport;
use key_maker::KeyMaker;
use key_prompt::KeyPrompt;
use overview::Overview;
use question_view::QuestionView;
use state::{Action, Activity, SynthesisState};

use crate::core::questionnaire::{self, Questionnaire};
use crate::i18n::{Messages, number};
use crate::ui::hooks::{use_language, use_messages};
use crate::ui::widgets::LanguageMenu;
use crate::web::{download, locale};
use crate::worker::{Reply, Request, SynthesisReactor};

/// Mounts the synthesis page into `#app`.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    // The first language's messages arrive before the page is drawn, so it never flickers
    // from English; if they cannot, the page is drawn in English.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = locale::ensure(locale::initial_language(), true).await;
        root.set_inner_html("");
        yew::Renderer::<SynthesisApp>::with_root(root).render();
    });
}

/// The page, with the worker and the messages provided.
#[function_component]
pub fn SynthesisApp() -> Html {
    let language = use_language(Messages::with_synthesis, true);
    html! {
        <ContextProvider<Rc<Messages>> context={language.messages.clone()}>
            <ReactorProvider<SynthesisReactor> path={WORKER_SCRIPT}>
                <SynthesisPage on_language={language.choose.clone()} language_failed={language.failed} />
            </ReactorProvider<SynthesisReactor>>
        </ContextProvider<Rc<Messages>>>
    }
}

/// Sends requests to the worker on the page's behalf.
#[derive(Clone, PartialEq)]
pub struct Worker(yew_agent::reactor::UseReactorBridgeHandle<SynthesisReactor>);

/// The synthesis worker's script, beside this page.
const WORKER_SCRIPT: &str = "worker.js";

impl Worker {
    /// Sends a request.
    pub fn send(&self, request: Request) {
        self.0.send(request);
    }
}

fn status_line(m: &Messages, s: &SynthesisState) -> String {
    match &s.activity {
        Activity::Loading { done, total } => m.t_with(
            "synthesis-loading",
            &[("done", number(*done)), ("total", number(*total))],
        ),
        Activity::Analysing { done, total } => m.t_with(
            "synthesis-analysing",
            &[("done", number(*done)), ("total", number(*total))],
        ),
        Activity::Exporting => m.t("synthesis-exporting"),
        Activity::Failed(e) => m.t_with("synthesis-failed", &[("reason", crate::i18n::text(e))]),
        Activity::Idle if s.synthesis.is_some() => m.t_with(
            "synthesis-ready",
            &[
                (
                    "count",
                    number(s.synthesis.as_ref().map_or(0, |x| x.responses)),
                ),
                (
                    "reading",
                    crate::i18n::text(&locale::format_tenths(
                        m.language(),
                        s.timing.reading_ms / 1000.0,
                    )),
                ),
                (
                    "analysing",
                    crate::i18n::text(&locale::format_tenths(
                        m.language(),
                        s.timing.analysing_ms / 1000.0,
                    )),
                ),
            ],
        ),
        Activity::Idle => String::new(),
    }
}

/// Props of [`SynthesisPage`].
#[derive(Properties, PartialEq)]
pub struct SynthesisPageProps {
    /// Switches the page's language.
    pub on_language: Callback<&'static str>,
    /// A language that could not be loaded.
    pub language_failed: Option<&'static str>,
}

/// Everything on the page.
#[function_component]
pub fn SynthesisPage(props: &SynthesisPageProps) -> Html {
    let messages = use_messages();
    let questionnaire: Rc<Questionnaire> = use_memo((), |_| questionnaire::builtin());
    let state = use_reducer(SynthesisState::default);
    let bridge = {
        let dispatcher = state.dispatcher();
        let messages = messages.clone();
        use_reactor_bridge::<SynthesisReactor, _>(move |event| match event {
            ReactorEvent::Output(Reply::Export {
                filename,
                mime,
                text,
            }) => {
                if let Err(e) = download::save_file(&filename, &mime, &text) {
                    dispatcher.dispatch(Action::Failed(
                        messages.t_with("download-failed", &[("reason", crate::i18n::text(&e))]),
                    ));
                }
                dispatcher.dispatch(Action::Worker(Reply::Export {
                    filename,
                    mime,
                    text: String::new(),
                }));
            }
            ReactorEvent::Output(reply) => dispatcher.dispatch(Action::Worker(reply)),
            ReactorEvent::Finished => dispatcher.dispatch(Action::WorkerGone),
        })
    };
    let worker = Worker(bridge);

    // Where the worker's script is, so it can start a second copy to share the work with.
    {
        let worker = worker.clone();
        use_effect_with((), move |_| {
            let href = web_sys::window().and_then(|w| w.location().href().ok());
            if let Some(url) =
                href.and_then(|href| web_sys::Url::new_with_base(WORKER_SCRIPT, &href).ok())
            {
                worker.send(Request::Helper(url.href()));
            }
        });
    }

    // A worker that fails says why on a channel of its own.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let channel = web_sys::BroadcastChannel::new(crate::worker::FAILURE_CHANNEL).ok();
            let listener = channel.as_ref().map(|c| {
                gloo::events::EventListener::new(c, "message", move |event| {
                    use wasm_bindgen::JsCast;
                    let reason = event
                        .dyn_ref::<web_sys::MessageEvent>()
                        .and_then(|m| m.data().as_string())
                        .unwrap_or_default();
                    dispatcher.dispatch(Action::Failed(reason));
                })
            });
            move || drop((listener, channel))
        });
    }

    // A new set of responses, or a new filter: synthesise again.
    {
        let worker = worker.clone();
        use_effect_with(
            (state.files.clone(), state.filter.clone()),
            move |(files, filter)| {
                if !files.is_empty() {
                    worker.send(Request::Synthesize(filter.clone()));
                }
            },
        );
    }
    // The answers on show follow the question, the search and the synthesis.
    {
        let worker = worker.clone();
        let qid = questionnaire
            .questions
            .get(state.question)
            .map(|q| q.id.clone())
            .unwrap_or_default();
        let ready = state.synthesis.clone();
        use_effect_with(
            (
                qid,
                state.search.clone(),
                state.filter.clone(),
                ready,
                state.answer_limit,
            ),
            move |(question, search, filter, ready, limit)| {
                // Typing in the search box waits for a pause before asking the worker.
                let request = Request::Answers {
                    question: question.clone(),
                    filter: filter.clone(),
                    search: search.clone(),
                    limit: *limit,
                };
                let timer = ready.is_some().then(|| {
                    gloo::timers::callback::Timeout::new(250, move || worker.send(request))
                });
                move || drop(timer)
            },
        );
    }

    let s = &*state;
    html! {
        <>
            <header class="header">
                <div class="container header__inner">
                    <span class="header__title">{ messages.t("app-name") }</span>
                    <LanguageMenu on_choose={props.on_language.clone()} failed={props.language_failed} />
                </div>
            </header>
            <div class="container">
                <main id="main" class="main main--wide" tabindex="-1" data-helper={s.helper_ready.then_some("ready")}>
                    <h1 class="heading-xl" id="page-heading" tabindex="-1">{ messages.t("synthesis-title") }</h1>
                    <p class="lead">{ messages.t("synthesis-intro") }</p>
                    <DropZone worker={worker.clone()} busy={s.busy()} dispatcher={state.dispatcher()} />
                    <p class="status-line" role="status" aria-live="polite" data-workers={s.timing.workers.to_string()}>{ status_line(&messages, s) }</p>
                    if let Activity::Loading { done, total } | Activity::Analysing { done, total } = s.activity {
                        <progress class="progress" max={total.to_string()} value={done.to_string()} aria-label={messages.t("synthesis-progress")}></progress>
                    }
                    if s.waiting_for_key > 0 {
                        <KeyPrompt waiting={s.waiting_for_key} error={s.key_error.clone()} worker={worker.clone()} />
                    }
                    if !s.files.is_empty() {
                        <ImportReport files={s.files.clone()} responses={s.responses} />
                        <Filters everyone={s.everyone.clone()} filter={s.filter.clone()} dispatcher={state.dispatcher()} />
                    }
                    if let Some(synthesis) = &s.synthesis {
                        <Overview synthesis={synthesis.clone()} />
                        <QuestionView synthesis={synthesis.clone()} questionnaire={questionnaire.clone()} question={s.question}
                            answers={s.answers.clone()} search={s.search.clone()} dispatcher={state.dispatcher()} />
                        <Exports worker={worker.clone()} filter={s.filter.clone()} busy={s.busy()} dispatcher={state.dispatcher()} />
                    }
                    <KeyMaker />
                </main>
            </div>
            <footer class="footer">
                <div class="container">
                    <p><a href="../#/accessibility">{ messages.t("footer-accessibility") }</a></p>
                </div>
            </footer>
        </>
    }
}
