//! The questionnaire editor (`synthesis/?editor`), for the secretariat and NRIs: write or open a questionnaire (JSON, or an XLSForm workbook read by the worker), add, reorder and remove questions and choices, write each text in the six languages with how complete each is, see the form as respondents will (any language, phone width), and download it as a questionnaire file or an XLSForm. Checked after every change by the reader every questionnaire goes through; the draft is kept on this device as it is written.

pub mod state;

use std::collections::BTreeMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_agent::reactor::{ReactorEvent, ReactorProvider, use_reactor_bridge};

use crate::core::questionnaire::{
    self, ProfileField, QuestionKind, Questionnaire, QuestionnaireError, limits,
};
use crate::core::tabular;
use crate::core::xlsform::{Left, XlsFormError};
use crate::i18n::{Messages, number, text};
use crate::secretariat::protocol::{Reply, Request, WorkerError};
use crate::secretariat::worker::SynthesisReactor;
use crate::ui::errors;
use crate::ui::hooks::{use_language, use_messages};
use crate::ui::labels;
use crate::ui::widgets::{CheckboxGroup, LanguageMenu, RadioGroup, RadioOption};
use crate::web::codec::Postcard;
use crate::web::{download, files};
use state::{Action, Choices, EditorState, Move, Text};

/// Where the draft is kept on this device as it is written.
const DRAFT: &str = "bpf-survey-editor-draft";
/// The worker's script, beside the synthesis page's.
const WORKER_SCRIPT: &str = "worker.js";
/// The largest workbook read: the synthesis page's file limit.
const MAX_WORKBOOK: usize = 20 * 1024 * 1024;

/// The editor, with the worker (for XLSForm workbooks) and the messages provided.
#[function_component]
pub fn EditorApp() -> Html {
    let language = use_language(Messages::with_synthesis, true);
    html! {
        <ContextProvider<Rc<Messages>> context={language.messages.clone()}>
            <ReactorProvider<SynthesisReactor, Postcard> path={WORKER_SCRIPT}>
                <EditorPage on_language={language.choose.clone()} language_failed={language.failed} />
            </ReactorProvider<SynthesisReactor, Postcard>>
        </ContextProvider<Rc<Messages>>>
    }
}

/// Props of [`EditorPage`].
#[derive(Properties, PartialEq)]
struct EditorPageProps {
    on_language: Callback<&'static str>,
    language_failed: Option<&'static str>,
}

/// What the page says about the last thing done with a file.
#[derive(Clone, PartialEq)]
enum Note {
    /// A file could not be opened: why, in words.
    Refused(String),
    /// An XLSForm was opened: what it held that a questionnaire cannot.
    Opened(Vec<Left>),
    /// A download could not be made.
    Failed(String),
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The draft kept on this device, if any.
fn kept() -> Option<Questionnaire> {
    let text = storage()?.get_item(DRAFT).ok()??;
    serde_json::from_str(&text).ok()
}

/// A questionnaire file refused, in words.
fn refusal(m: &Messages, e: &QuestionnaireError) -> String {
    m.t_with(
        "editor-refused",
        &[("reason", text(&errors::questionnaire(m, e)))],
    )
}

#[function_component]
fn EditorPage(props: &EditorPageProps) -> Html {
    let m = use_messages();
    let state = use_reducer(|| match kept() {
        Some(q) => {
            let mut s = EditorState::of(q);
            s.changed = true;
            s
        }
        None => EditorState::default(),
    });
    let note = use_state(|| None::<Note>);
    let file_ref = use_node_ref();
    // The files chosen and the workbooks the worker is reading, for the last choice to count.
    let choices = use_mut_ref(Choices::default);
    let worker = {
        let (state, note, m) = (state.dispatcher(), note.clone(), m.clone());
        let choices = choices.clone();
        use_reactor_bridge::<SynthesisReactor, _>(move |event| match event {
            ReactorEvent::Output(Reply::XlsForm(read)) => {
                let Some(name) = choices.borrow_mut().answered() else {
                    return;
                };
                let why = match read {
                    Ok(read) => {
                        match questionnaire::parse(&read.json) {
                            Ok(q) => {
                                state.dispatch(Action::Load(Box::new(q)));
                                note.set(Some(Note::Opened(read.left)));
                            }
                            Err(e) => note.set(Some(Note::Refused(refusal(&m, &e)))),
                        }
                        return;
                    }
                    Err(why) => why,
                };
                let not_a_form = |reason: String| {
                    m.t_with("editor-refused-xlsform", &[("reason", text(&reason))])
                };
                let refused = match &why {
                    XlsFormError::Table(e) => m.t_with(
                        "table-refused",
                        &[
                            ("name", text(&name)),
                            ("reason", text(&errors::table(&m, e))),
                        ],
                    ),
                    XlsFormError::NoSurvey => not_a_form(m.t("editor-xlsform-no-survey")),
                    XlsFormError::NoColumn(column) => not_a_form(
                        m.t_with("editor-xlsform-no-column", &[("column", text(column))]),
                    ),
                    XlsFormError::NoList { row, list } => not_a_form(m.t_with(
                        "editor-xlsform-no-list",
                        &[("row", number(*row)), ("list", text(list))],
                    )),
                    XlsFormError::Questionnaire(e) => not_a_form(errors::questionnaire(&m, e)),
                };
                note.set(Some(Note::Refused(refused)));
            }
            ReactorEvent::Output(Reply::Export {
                filename,
                mime,
                bytes,
            }) => {
                if let Err(e) = download::save_bytes(&filename, &mime, &bytes) {
                    note.set(Some(Note::Failed(errors::reason(&m, &e))));
                }
            }
            ReactorEvent::Output(Reply::Failed(WorkerError::Export(_, why))) => {
                note.set(Some(Note::Failed(why)))
            }
            _ => {}
        })
    };
    // The draft is kept as it is written, so a reload or a closed tab loses nothing.
    use_effect_with(state.draft.clone(), |draft| {
        if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(draft)) {
            let _ = s.set_item(DRAFT, &json);
        }
    });
    let d = state.dispatcher();
    let act = |make: Rc<dyn Fn() -> Action>| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(make()))
    };
    let on_new = {
        let (d, note, choices) = (d.clone(), note.clone(), choices.clone());
        Callback::from(move |_: MouseEvent| {
            choices.borrow_mut().choose();
            note.set(None);
            d.dispatch(Action::Load(Box::new(state::blank())));
        })
    };
    let on_open = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_ref.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file = {
        let (d, note, m, worker) = (d.clone(), note.clone(), m.clone(), worker.clone());
        Callback::from(move |e: Event| {
            let Some(file) = files::take_chosen(&e) else {
                return;
            };
            let (d, note, m, worker) = (d.clone(), note.clone(), m.clone(), worker.clone());
            let choices = choices.clone();
            let choice = choices.borrow_mut().choose();
            wasm_bindgen_futures::spawn_local(async move {
                let read = files::read(&file, MAX_WORKBOOK).await;
                if !choices.borrow().is_last(choice) {
                    return;
                }
                // A zip (XLSX, ODS), or Microsoft's compound file (a workbook before 2007, or
                // one under a password), which the worker names as such.
                if read.bytes.starts_with(b"PK\x03\x04")
                    || read.bytes.starts_with(&tabular::COMPOUND_FILE)
                {
                    choices.borrow_mut().sent(choice, file.name());
                    note.set(None);
                    worker.send(Request::ReadXlsForm(read.bytes));
                    return;
                }
                let parsed = if read.size > limits::FILE_BYTES {
                    Err(QuestionnaireError::TooLarge(read.size))
                } else {
                    questionnaire::parse(&String::from_utf8_lossy(&read.bytes))
                };
                match parsed {
                    Ok(q) => {
                        note.set(None);
                        d.dispatch(Action::Load(Box::new(q)));
                    }
                    Err(e) => note.set(Some(Note::Refused(refusal(&m, &e)))),
                }
            });
        })
    };
    let checked = state.checked.clone();
    let on_download = {
        let (note, m, checked) = (note.clone(), m.clone(), checked.clone());
        Callback::from(move |_: MouseEvent| {
            if let Ok(q) = &checked {
                let name = format!("{}-v{}.json", q.id, q.version);
                if let Err(e) =
                    download::save_file(&name, "application/json", &questionnaire::to_json(q))
                {
                    note.set(Some(Note::Failed(errors::reason(&m, &e))));
                }
            }
        })
    };
    let on_xlsform = {
        let (worker, checked) = (worker.clone(), checked.clone());
        Callback::from(move |_: MouseEvent| {
            if let Ok(q) = &checked {
                worker.send(Request::WriteXlsForm(questionnaire::to_json(q)));
            }
        })
    };
    let language = state.language;
    let languages: Vec<(&'static str, &'static str)> = crate::i18n::available().collect();
    let complete = state.completeness();
    let tabs = languages.iter().map(|(tag, name)| {
        let (_, given, all) = complete.iter().find(|c| c.0 == *tag).copied().unwrap_or((tag, 0, 0));
        let d = d.clone();
        let tag = *tag;
        html! {
            <li>
                <button type="button" class={classes!("editor__tab", (tag == language).then_some("editor__tab--current"))}
                    aria-pressed={if tag == language { "true" } else { "false" }}
                    onclick={Callback::from(move |_: MouseEvent| d.dispatch(Action::Language(tag)))}>
                    <span lang={tag}>{ *name }</span>
                    <span class="editor__complete">{ m.t_with("editor-complete", &[("given", number(given)), ("all", number(all))]) }</span>
                </button>
            </li>
        }
    });
    let field = |at: Text, label: String, multiline: bool| -> Html {
        let given = state
            .text(&at)
            .and_then(|t| t.exactly(language))
            .unwrap_or("")
            .to_string();
        let reference = state
            .text(&at)
            .map(|t| t.get("en").to_string())
            .filter(|r| language != "en" && !r.is_empty() && *r != given);
        let id = field_id(&at, language);
        let on_input = {
            let d = d.clone();
            let at = at.clone();
            Callback::from(move |e: InputEvent| {
                if let Some(value) = value_of(&e) {
                    d.dispatch(Action::Write(at.clone(), language, value));
                }
            })
        };
        html! {
            <div class="field">
                <label class="label" for={id.clone()}>{ label }</label>
                if let Some(r) = reference {
                    <div class="hint editor__reference" lang="en" dir="auto">{ m.t_with("editor-in-english", &[("text", text(&r))]) }</div>
                }
                if multiline {
                    <textarea class="textarea" id={id.clone()} rows="3" lang={language} dir="auto" value={given} oninput={on_input} />
                } else {
                    <input class="input" id={id.clone()} lang={language} dir="auto" value={given} oninput={on_input} />
                }
            </div>
        }
    };
    let q = &state.draft;
    let questions = q.questions.iter().enumerate().map(|(n, x)| {
        let number_of = n + 1;
        let d1 = d.clone();
        let on_id = Callback::from(move |e: InputEvent| {
            if let Some(v) = value_of(&e) {
                d1.dispatch(Action::QuestionId(n, v));
            }
        });
        let d2 = d.clone();
        let on_kind = Callback::from(move |e: Event| {
            if let Some(v) = select_value(&e) {
                let key = KINDS.iter().copied().find(|k| *k == v).unwrap_or("long-text");
                d2.dispatch(Action::Kind(n, key));
            }
        });
        let d3 = d.clone();
        let on_limit = Callback::from(move |e: InputEvent| {
            if let Some(v) = value_of(&e) {
                d3.dispatch(Action::Limit(n, v));
            }
        });
        let limit = match &x.kind {
            QuestionKind::LongText { max_length } | QuestionKind::ShortText { max_length } => {
                Some((m.t("editor-max-length"), max_length.to_string()))
            }
            QuestionKind::SeveralChoices { max_choices, .. } => Some((
                m.t("editor-max-choices"),
                max_choices.map(|c| c.to_string()).unwrap_or_default(),
            )),
            QuestionKind::OneChoice { .. } => None,
        };
        let choices = x.kind.choices().iter().enumerate().map(|(c, choice)| {
            let d4 = d.clone();
            let on_choice_id = Callback::from(move |e: InputEvent| {
                if let Some(v) = value_of(&e) {
                    d4.dispatch(Action::ChoiceId(n, c, v));
                }
            });
            let choice_number = c + 1;
            html! {
                <li class="editor__choice">
                    { field(Text::Choice(n, c), m.t_with("editor-choice-label", &[("number", number(choice_number))]), false) }
                    <div class="field editor__id">
                        <label class="label" for={format!("choice-id-{n}-{c}")}>{ m.t("editor-choice-id") }</label>
                        <input class="input" id={format!("choice-id-{n}-{c}")} value={choice.id.clone()} oninput={on_choice_id} spellcheck="false" />
                    </div>
                    <div class="button-group editor__row-tools">
                        <button type="button" class="button button--secondary button--small" disabled={c == 0}
                            aria-label={m.t_with("editor-choice-up", &[("number", number(choice_number))])}
                            onclick={act(Rc::new(move || Action::MoveChoice(n, c, Move::Up)))}>{ "↑" }</button>
                        <button type="button" class="button button--secondary button--small" disabled={c + 1 == x.kind.choices().len()}
                            aria-label={m.t_with("editor-choice-down", &[("number", number(choice_number))])}
                            onclick={act(Rc::new(move || Action::MoveChoice(n, c, Move::Down)))}>{ "↓" }</button>
                        <button type="button" class="button button--warning button--small"
                            aria-label={m.t_with("editor-choice-remove", &[("number", number(choice_number))])}
                            onclick={act(Rc::new(move || Action::RemoveChoice(n, c)))}>{ m.t("editor-remove") }</button>
                    </div>
                </li>
            }
        });
        html! {
            <section class="editor__question" aria-labelledby={format!("editor-q-{n}")}>
                <h3 class="heading-s" id={format!("editor-q-{n}")}>{ m.t_with("question-number", &[("number", number(number_of))]) }</h3>
                <div class="editor__meta">
                    <div class="field editor__id">
                        <label class="label" for={format!("question-id-{n}")}>{ m.t("editor-question-id") }</label>
                        <input class="input" id={format!("question-id-{n}")} value={x.id.clone()} oninput={on_id} spellcheck="false" />
                    </div>
                    <div class="field">
                        <label class="label" for={format!("question-kind-{n}")}>{ m.t("editor-kind") }</label>
                        <select class="select" id={format!("question-kind-{n}")} onchange={on_kind}>
                            { for KINDS.iter().map(|k| html! { <option value={*k} selected={x.kind.key() == *k}>{ m.t(&format!("editor-kind-{k}")) }</option> }) }
                        </select>
                    </div>
                    if let Some((label, value)) = limit {
                        <div class="field editor__id">
                            <label class="label" for={format!("question-limit-{n}")}>{ label }</label>
                            <input class="input" id={format!("question-limit-{n}")} inputmode="numeric" value={value} oninput={on_limit} />
                        </div>
                    }
                </div>
                { field(Text::Question(n), m.t("editor-question-text"), true) }
                { field(Text::Hint(n), m.t("editor-hint"), false) }
                if !x.kind.is_text() {
                    <h4 class="heading-s">{ m.t("editor-choices") }</h4>
                    <ol class="editor__choices">{ for choices }</ol>
                    <button type="button" class="button button--secondary button--small" onclick={act(Rc::new(move || Action::AddChoice(n)))}>{ m.t("editor-add-choice") }</button>
                }
                <div class="button-group editor__row-tools">
                    <button type="button" class="button button--secondary button--small" disabled={n == 0}
                        aria-label={m.t_with("editor-question-up", &[("number", number(number_of))])}
                        onclick={act(Rc::new(move || Action::MoveQuestion(n, Move::Up)))}>{ m.t("editor-up") }</button>
                    <button type="button" class="button button--secondary button--small" disabled={number_of == q.questions.len()}
                        aria-label={m.t_with("editor-question-down", &[("number", number(number_of))])}
                        onclick={act(Rc::new(move || Action::MoveQuestion(n, Move::Down)))}>{ m.t("editor-down") }</button>
                    <button type="button" class="button button--warning button--small"
                        aria-label={m.t_with("editor-question-remove", &[("number", number(number_of))])}
                        onclick={act(Rc::new(move || Action::RemoveQuestion(n)))}>{ m.t("editor-remove") }</button>
                </div>
            </section>
        }
    });
    let intro = q.intro.iter().enumerate().map(|(i, _)| {
        html! {
            <div class="editor__intro">
                { field(Text::Intro(i), m.t_with("editor-intro-paragraph", &[("number", number(i + 1))]), true) }
                <button type="button" class="button button--warning button--small"
                    aria-label={m.t_with("editor-intro-remove", &[("number", number(i + 1))])}
                    onclick={act(Rc::new(move || Action::RemoveIntro(i)))}>{ m.t("editor-remove") }</button>
            </div>
        }
    });
    let profile_options: Vec<RadioOption> = ProfileField::ALL
        .iter()
        .map(|f| RadioOption {
            value: AttrValue::from(f.key()),
            label: AttrValue::from(m.t(&format!("editor-profile-{}", f.key()))),
            hint: None,
        })
        .collect();
    let profile_selected: Vec<AttrValue> =
        q.profile.iter().map(|f| AttrValue::from(f.key())).collect();
    let on_profile = {
        let (d, before) = (d.clone(), q.profile.clone());
        Callback::from(move |chosen: Vec<String>| {
            for f in ProfileField::ALL {
                let on = chosen.iter().any(|c| c == f.key());
                if on != before.contains(f) {
                    d.dispatch(Action::Profile(*f, on));
                }
            }
        })
    };
    let on_add = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            if let Some(v) = select_value(&e)
                && let Some(key) = KINDS.iter().copied().find(|k| *k == v)
            {
                d.dispatch(Action::AddQuestion(key));
            }
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                select.set_value("");
            }
        })
    };
    let d5 = d.clone();
    let on_qid = Callback::from(move |e: InputEvent| {
        if let Some(v) = value_of(&e) {
            d5.dispatch(Action::Id(v));
        }
    });
    let d6 = d.clone();
    let on_version = Callback::from(move |e: InputEvent| {
        if let Some(v) = value_of(&e) {
            d6.dispatch(Action::Version(v));
        }
    });
    let d7 = d.clone();
    let on_example = Callback::from(move |e: Event| {
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            d7.dispatch(Action::Example(input.checked()));
        }
    });
    let version = state
        .version_typed
        .clone()
        .unwrap_or_else(|| q.version.to_string());
    html! {
        <>
            <header class="header">
                <div class="container header__inner">
                    <span class="header__title">{ m.t("app-name") }</span>
                    <LanguageMenu on_choose={props.on_language.clone()} failed={props.language_failed} />
                </div>
            </header>
            <div class="container">
                <main id="main" class="main main--wide editor" tabindex="-1">
                    <p><a href="./">{ m.t("editor-back") }</a></p>
                    <h1 class="heading-xl">{ m.t("editor-title") }</h1>
                    <p class="lead">{ m.t("editor-intro") }</p>
                    <div class="button-group">
                        <button type="button" class="button button--secondary" onclick={on_new}>{ m.t("editor-new") }</button>
                        <button type="button" class="button button--secondary" onclick={on_open}>{ m.t("editor-open") }</button>
                        <input type="file" hidden=true id="editor-file" accept=".json,.xlsx,.ods,application/json" ref={file_ref} onchange={on_file} />
                    </div>
                    { note_html(&m, &note) }
                    <section class="editor__check" aria-labelledby="editor-check-heading">
                        <h2 class="heading-m" id="editor-check-heading">{ m.t("editor-check-title") }</h2>
                        { match &checked {
                            Ok(q) => html! {
                                <p id="editor-status" class="editor__ok" role="status">{ m.t_with("editor-valid", &[("id", text(&q.id)), ("version", number(q.version as usize)), ("questions", number(q.questions.len())), ("hash", text(&q.hash[..12]))]) }</p>
                            },
                            Err(e) => html! {
                                <p id="editor-status" class="error-message" role="status">{ refusal(&m, e) }</p>
                            },
                        } }
                        <div class="button-group">
                            <button type="button" class="button" id="editor-download" disabled={checked.is_err()} onclick={on_download}>{ m.t("editor-download") }</button>
                            <button type="button" class="button button--secondary" id="editor-download-xlsform" disabled={checked.is_err()} onclick={on_xlsform}>{ m.t("editor-download-xlsform") }</button>
                        </div>
                    </section>
                    <div class="editor__columns">
                        <div class="editor__fields">
                            <h2 class="heading-m">{ m.t("editor-languages") }</h2>
                            <p class="hint">{ m.t("editor-languages-hint") }</p>
                            <ul class="editor__tabs">{ for tabs }</ul>

                            <h2 class="heading-m">{ m.t("editor-about") }</h2>
                            <div class="editor__meta">
                                <div class="field editor__id">
                                    <label class="label" for="questionnaire-id">{ m.t("editor-id") }</label>
                                    <div class="hint">{ m.t("editor-id-hint") }</div>
                                    <input class="input" id="questionnaire-id" value={q.id.clone()} oninput={on_qid} spellcheck="false" />
                                </div>
                                <div class="field editor__id">
                                    <label class="label" for="questionnaire-version">{ m.t("editor-version") }</label>
                                    <div class="hint">{ m.t("editor-version-hint") }</div>
                                    <input class="input" id="questionnaire-version" inputmode="numeric" value={version} oninput={on_version} />
                                </div>
                            </div>
                            <div class="checkbox editor__example">
                                <input class="checkbox__input" type="checkbox" id="questionnaire-example" checked={q.example} onchange={on_example} />
                                <label class="checkbox__label" for="questionnaire-example">{ m.t("editor-example") }</label>
                            </div>
                            { field(Text::Title, m.t("editor-questionnaire-title"), false) }
                            { for intro }
                            <button type="button" class="button button--secondary button--small" onclick={act(Rc::new(|| Action::AddIntro))}>{ m.t("editor-add-intro") }</button>

                            <CheckboxGroup id="editor-profile" legend={m.t("editor-profile")} hint={Some(AttrValue::from(m.t("editor-profile-hint")))}
                                options={profile_options} selected={profile_selected} on_change={on_profile} />

                            <h2 class="heading-m">{ m.t("editor-questions") }</h2>
                            { for questions }
                            <div class="field">
                                <label class="label" for="editor-add-question">{ m.t("editor-add-question") }</label>
                                <select class="select" id="editor-add-question" onchange={on_add}>
                                    <option value="" selected=true>{ m.t("editor-add-question-choose") }</option>
                                    { for KINDS.iter().map(|k| html! { <option value={*k}>{ m.t(&format!("editor-kind-{k}")) }</option> }) }
                                </select>
                            </div>
                        </div>
                        <Preview draft={Rc::new(state.draft.clone())} language={state.preview} on_language={Callback::from(move |l| d.dispatch(Action::PreviewLanguage(l)))} />
                    </div>
                </main>
            </div>
        </>
    }
}

/// The kinds of question, as files name them.
const KINDS: [&str; 4] = ["long-text", "short-text", "one-choice", "several-choices"];

fn field_id(at: &Text, language: &str) -> String {
    match at {
        Text::Title => format!("title-{language}"),
        Text::Intro(i) => format!("intro-{i}-{language}"),
        Text::Question(n) => format!("question-{n}-{language}"),
        Text::Hint(n) => format!("hint-{n}-{language}"),
        Text::Choice(n, c) => format!("choice-{n}-{c}-{language}"),
    }
}

fn value_of(e: &InputEvent) -> Option<String> {
    let target = e.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    target
        .dyn_ref::<web_sys::HtmlTextAreaElement>()
        .map(|t| t.value())
}

fn select_value(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
}

fn note_html(m: &Messages, note: &Option<Note>) -> Html {
    match note {
        None => html! {},
        Some(Note::Refused(why)) | Some(Note::Failed(why)) => html! {
            <p class="error-message" role="alert" id="editor-note">{ why.clone() }</p>
        },
        Some(Note::Opened(left)) if left.is_empty() => html! {
            <p class="hint" role="status" id="editor-note">{ m.t("editor-xlsform-whole") }</p>
        },
        Some(Note::Opened(left)) => html! {
            <div class="editor__left" role="status" id="editor-note">
                <p>{ m.t_with("editor-xlsform-left", &[("count", number(left.len()))]) }</p>
                <ul>{ for left.iter().map(|l| html! { <li dir="auto">{ left_words(m, l) }</li> }) }</ul>
            </div>
        },
    }
}

/// What an XLSForm held that a questionnaire cannot, in the page's language.
fn left_words(m: &Messages, l: &Left) -> String {
    let n = |row: &usize| number(*row);
    match l {
        Left::Type { row, name, kind } => m.t_with(
            "editor-left-type",
            &[("row", n(row)), ("name", text(name)), ("kind", text(kind))],
        ),
        Left::Column { row, name, column } => m.t_with(
            "editor-left-column",
            &[
                ("row", n(row)),
                ("name", text(name)),
                ("column", text(column)),
            ],
        ),
        Left::Language { column } => m.t_with("editor-left-language", &[("column", text(column))]),
        Left::Note { row, name } => {
            m.t_with("editor-left-note", &[("row", n(row)), ("name", text(name))])
        }
        Left::Group { row, kind } => m.t_with(
            "editor-left-group",
            &[("row", n(row)), ("kind", text(kind))],
        ),
        Left::Name { sheet, row, name } => m.t_with(
            "editor-left-name",
            &[
                ("sheet", text(sheet)),
                ("row", n(row)),
                ("name", text(name)),
            ],
        ),
        Left::Version(v) => m.t_with("editor-left-version", &[("version", text(v))]),
    }
}

/// Props of [`Preview`].
#[derive(Properties, PartialEq)]
struct PreviewProps {
    draft: Rc<Questionnaire>,
    language: &'static str,
    on_language: Callback<&'static str>,
}

/// The form as respondents will see it, in any of the six languages, at phone width: the
/// title, the introduction and every question with the field it takes (try them; nothing is
/// kept).
#[function_component]
fn Preview(props: &PreviewProps) -> Html {
    let m = use_messages();
    let answers = use_state(BTreeMap::<String, String>::new);
    let lang = props.language;
    let q = &props.draft;
    let rtl = crate::i18n::available().any(|(t, _)| t == lang) && lang == "ar";
    let on_language = {
        let on = props.on_language.clone();
        Callback::from(move |e: Event| {
            if let Some(v) = select_value(&e)
                && let Some((tag, _)) = crate::i18n::available().find(|(t, _)| *t == v)
            {
                on.emit(tag);
            }
        })
    };
    let (given, all) = q.completeness(lang);
    let questions = q.questions.iter().enumerate().map(|(i, x)| {
        let id = AttrValue::from(format!("preview-{}", x.id));
        let legend = AttrValue::from(format!("{}. {}", i + 1, x.text.get(lang)));
        let hint = x.hint.as_ref().map(|h| AttrValue::from(h.get(lang).to_string()));
        let value = answers.get(&x.id).cloned().unwrap_or_default();
        let set = {
            let (answers, qid) = (answers.clone(), x.id.clone());
            move |v: String| {
                let mut next = (*answers).clone();
                next.insert(qid.clone(), v);
                answers.set(next);
            }
        };
        let options = RadioOption::choices(x.kind.choices(), lang);
        match &x.kind {
            QuestionKind::OneChoice { .. } => html! {
                <RadioGroup key={x.id.clone()} {id} {legend} {hint} {options}
                    selected={Some(value).filter(|v| !v.is_empty()).map(AttrValue::from)}
                    on_change={Callback::from(set)} />
            },
            QuestionKind::SeveralChoices { max_choices, .. } => {
                let hint = hint.or_else(|| max_choices.map(|max| AttrValue::from(m.t_with("answer-max-choices", &[("max", number(max))]))));
                html! {
                    <CheckboxGroup key={x.id.clone()} {id} {legend} {hint} {options}
                        selected={value.split_whitespace().map(|v| AttrValue::from(v.to_string())).collect::<Vec<_>>()}
                        on_change={Callback::from(move |chosen: Vec<String>| set(chosen.join(" ")))} />
                }
            }
            QuestionKind::LongText { .. } | QuestionKind::ShortText { .. } => {
                let on_input = Callback::from(move |e: InputEvent| {
                    if let Some(v) = value_of(&e) {
                        set(v);
                    }
                });
                html! {
                    <div class="field answer" key={x.id.clone()}>
                        <label class="label answer__question" for={id.clone()}>
                            <span class="answer__number">{ format!("{}.", i + 1) }</span>{ " " }{ x.text.get(lang) }
                        </label>
                        if let Some(h) = hint { <div class="hint">{ h }</div> }
                        if matches!(x.kind, QuestionKind::LongText { .. }) {
                            <textarea class="textarea" id={id} rows="5" dir="auto" value={value} oninput={on_input} />
                        } else {
                            <input class="input" type="text" id={id} dir="auto" value={value} oninput={on_input} />
                        }
                    </div>
                }
            }
        }
    });
    html! {
        <aside class="editor__preview" aria-labelledby="preview-heading">
            <h2 class="heading-m" id="preview-heading">{ m.t("editor-preview") }</h2>
            <div class="field">
                <label class="label" for="preview-language">{ m.t("editor-preview-language") }</label>
                <select class="select" id="preview-language" onchange={on_language}>
                    { for crate::i18n::available().map(|(tag, name)| html! { <option value={tag} selected={tag == lang}>{ name }</option> }) }
                </select>
            </div>
            if given < all {
                <p class="hint">{ m.t_with("questionnaire-fallback", &[("missing", number(all - given)), ("all", number(all)), ("language", text(&labels::language(&m, "en")))]) }</p>
            }
            <div class="editor__phone" lang={lang} dir={if rtl { "rtl" } else { "ltr" }}>
                if !q.title.get(lang).is_empty() {
                    <h3 class="heading-l editor__preview-title">{ q.title.get(lang) }</h3>
                }
                if q.example {
                    <p class="hint">{ m.t("questionnaire-example") }</p>
                }
                { for q.intro.iter().map(|p| html! { <p>{ p.get(lang) }</p> }) }
                { for questions }
            </div>
        </aside>
    }
}
