//! Every answer to the question on show, with its respondent, searchable, each with the secretariat's tools: choose it as a quote, leave its response out (with a reason) or bring it back. The search runs in the worker; typing never waits for it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::editing::code_name;
use super::use_synthesis::use_synthesis;
use crate::core::countries::Country;
use std::rc::Rc;

use crate::core::edits::{Change, Decisions, Place, Reason};
use crate::core::response::{Publication, StakeholderGroup};
use crate::core::synthesis::{AnswerRow, Synthesis};
use crate::i18n::{number, text};
use crate::secretariat::protocol::ANSWER_PAGE;
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::ui::shared::Shared;
use crate::web::locale::DisplayNames;

/// Props of [`Answers`].
#[derive(Properties, PartialEq)]
pub struct AnswersProps {
    /// The id of the question on show.
    pub question: String,
}

/// The answer list: the search box, and the answers, drawn by [`AnswerList`] only when they
/// (or the edits, the synthesis, the refusal to pin) change, never on a progress report.
#[function_component]
pub fn Answers(props: &AnswersProps) -> Html {
    let messages = use_messages();
    let handle = use_synthesis();
    let s = handle.state();
    let on_input = {
        let handle = handle.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            handle.search(value);
        })
    };
    // Callbacks that stay the same from render to render, acting through the latest handle.
    let latest = use_mut_ref(|| handle.clone());
    *latest.borrow_mut() = handle.clone();
    let on_edit = {
        let latest = latest.clone();
        use_callback((), move |change: Change, _| latest.borrow().edit(change))
    };
    let on_pin = {
        let latest = latest.clone();
        use_callback((), move |(question, row): (String, AnswerRow), _| {
            latest.borrow().pin(question, &row)
        })
    };
    let on_more = {
        let latest = latest.clone();
        use_callback((), move |_: (), _| latest.borrow().show_more_answers())
    };
    html! {
        <section aria-labelledby="answers-heading" class="answers">
            <h3 class="heading-m" id="answers-heading">{ messages.t("answers-title") }</h3>
            <div class="field">
                <label class="label" for="answer-search">{ messages.t("answers-search") }</label>
                <div class="hint" id="answer-search-hint">{ messages.t("answers-search-hint") }</div>
                <input class="input" type="search" id="answer-search" dir="auto" value={s.search.clone()}
                    aria-describedby="answer-search-hint" oninput={on_input} />
            </div>
            if let Some((rows, total)) = &s.answers {
                <AnswerList question={props.question.clone()} rows={rows.clone()} total={*total}
                    decisions={handle.decisions()} synthesis={s.synthesis.clone()} pin_refused={s.pin_refused.clone()}
                    {on_edit} {on_pin} {on_more} />
            }
        </section>
    }
}

/// Props of [`AnswerList`].
#[derive(Properties, PartialEq)]
pub struct AnswerListProps {
    /// The id of the question on show.
    pub question: String,
    /// The answers on show.
    pub rows: Shared<Vec<AnswerRow>>,
    /// How many answers match.
    pub total: usize,
    /// What the edits come to.
    pub decisions: Rc<Decisions>,
    /// The synthesis, for the themes' names.
    pub synthesis: Option<Shared<Synthesis>>,
    /// An answer that could not be pinned.
    pub pin_refused: Option<String>,
    /// Makes an edit.
    pub on_edit: Callback<Change>,
    /// Pins an answer (or says why it cannot be).
    pub on_pin: Callback<(String, AnswerRow)>,
    /// Shows more answers.
    pub on_more: Callback<()>,
}

/// The answers, each with who gave it and the secretariat's tools.
#[function_component]
fn AnswerList(props: &AnswerListProps) -> Html {
    let messages = use_messages();
    let handle = use_synthesis();
    let on_more = props.on_more.reform(|_: MouseEvent| ());
    let names = DisplayNames::new(messages.language());
    let country = |code: &str| {
        Country::from_code(code)
            .map(|c| names.country(c))
            .unwrap_or_default()
    };
    let publication =
        |p: Option<Publication>| messages.t(p.map_or(labels::NOT_GIVEN, labels::publication));
    let group =
        |g: Option<StakeholderGroup>| messages.t(g.map_or(labels::NOT_GIVEN, labels::group));
    let decisions = &props.decisions;
    // The answer whose tools are open.
    let editing = use_state(|| None::<String>);
    let codebook = decisions.codebook();
    let question = props
        .synthesis
        .as_ref()
        .and_then(|x| x.questions.iter().find(|q| q.id == props.question));
    let themes: Vec<(usize, String, Vec<String>)> = question
        .map(|q| {
            q.themes
                .iter()
                .enumerate()
                .map(|(i, t)| (i, format!("{}. {}", i + 1, t.title()), t.anchors.clone()))
                .collect()
        })
        .unwrap_or_default();
    let pins = decisions
        .questions
        .get(&props.question)
        .map(|d| d.pins.clone())
        .unwrap_or_default();
    let tools = |r: &AnswerRow| {
        let pinned = pins.contains(&r.response);
        let on_pin = {
            let (on_edit, on_pin) = (props.on_edit.clone(), props.on_pin.clone());
            let (question, row) = (props.question.clone(), r.clone());
            Callback::from(move |_: MouseEvent| {
                if pinned {
                    on_edit.emit(Change::Unpin {
                        question: question.clone(),
                        response: row.response.clone(),
                    })
                } else {
                    on_pin.emit((question.clone(), row.clone()))
                }
            })
        };
        let refused = props.pin_refused.as_deref() == Some(r.response.as_str());
        let refusal = format!("pin-refused-{}", r.response);
        let excluded = decisions.excluded.get(&r.response).copied();
        let exclude = |reason: Reason| {
            let (handle, response) = (props.on_edit.clone(), r.response.clone());
            Callback::from(move |_: MouseEvent| {
                handle.emit(Change::Exclude {
                    response: response.clone(),
                    reason,
                })
            })
        };
        let on_include = {
            let (handle, response) = (props.on_edit.clone(), r.response.clone());
            Callback::from(move |_: MouseEvent| {
                handle.emit(Change::Include {
                    response: response.clone(),
                })
            })
        };
        let place = match r.place {
            Some(Place::Theme(t)) => themes
                .get(t)
                .map(|(_, title, _)| messages.t_with("answer-in-theme", &[("theme", text(title))])),
            Some(Place::Other) => Some(messages.t("answer-in-other")),
            None => None,
        };
        // One answer's tools open at a time: two hundred rows of every button would make the
        // page heavy for the browser and for assistive technology alike.
        let open = editing.as_deref() == Some(r.response.as_str());
        let on_open = {
            let (editing, response) = (editing.clone(), r.response.clone());
            Callback::from(move |_: MouseEvent| {
                editing.set(if open { None } else { Some(response.clone()) })
            })
        };
        let move_to = |to: Option<Vec<String>>| {
            let (handle, question, response) = (
                props.on_edit.clone(),
                props.question.clone(),
                r.response.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                handle.emit(Change::MoveAnswer {
                    question: question.clone(),
                    response: response.clone(),
                    to: to.clone(),
                })
            })
        };
        let code = |key: &str, applies: bool| {
            let (handle, question, response, key) = (
                props.on_edit.clone(),
                props.question.clone(),
                r.response.clone(),
                key.to_string(),
            );
            Callback::from(move |_: MouseEvent| {
                handle.emit(Change::CodeAnswer {
                    question: question.clone(),
                    response: response.clone(),
                    code: key.clone(),
                    applies,
                })
            })
        };
        let panel = format!("answer-tools-{}", r.response);
        let name = |key: &str| code_name(&messages, decisions, key);
        html! {
            <div class="answer-row__tools">
                if let Some(place) = place {
                    <p class="answer-row__place">{ place }</p>
                }
                if !r.codes.is_empty() {
                    <p class="answer-row__codes">{ messages.t("answer-codes") }{ " " }
                        { for r.codes.iter().map(|c| html! { <span class="answer-row__code"><bdi>{ name(c) }</bdi></span> }) }
                    </p>
                }
                if !r.suggested.is_empty() && excluded.is_none() {
                    <p class="answer-row__codes">
                        { messages.t("answer-suggested") }{ " " }
                        { for r.suggested.iter().map(|c| html! {
                            <span class="answer-row__code">
                                <bdi>{ name(c) }</bdi>{ " " }
                                <button type="button" class="button button--secondary button--small" onclick={code(c, true)}
                                    aria-label={messages.t_with("answer-code-accept-named", &[("code", text(&name(c)))])}>{ messages.t("answer-code-accept") }</button>
                                <button type="button" class="button button--secondary button--small" onclick={code(c, false)}
                                    aria-label={messages.t_with("answer-code-reject-named", &[("code", text(&name(c)))])}>{ messages.t("answer-code-reject") }</button>
                            </span>
                        }) }
                    </p>
                }
                if let Some(reason) = excluded {
                    <p class="answer-row__excluded">
                        <strong>{ messages.t_with("answer-excluded", &[("reason", text(&messages.t(&format!("reason-{}", reason.key()))))]) }</strong>
                        { " " }
                        <button type="button" class="button button--secondary button--small" onclick={on_include}>{ messages.t("answer-include") }</button>
                    </p>
                } else {
                    <button type="button" class="button button--secondary button--small" aria-pressed={if pinned { "true" } else { "false" }}
                        aria-describedby={refused.then(|| refusal.clone())} onclick={on_pin}>
                        { messages.t(if pinned { "answer-unpin" } else { "answer-pin" }) }
                    </button>
                    <button type="button" class="button button--secondary button--small" aria-expanded={if open { "true" } else { "false" }}
                        aria-controls={panel.clone()} onclick={on_open}>{ messages.t("answer-edit") }</button>
                    if refused {
                        <p class="error-message" id={refusal.clone()} role="alert">{ messages.t("answer-pin-refused") }</p>
                    }
                    if open {
                        <div class="answer-row__panel" id={panel}>
                            if r.place.is_some() {
                                <div class="answer-row__move" role="group" aria-label={messages.t("answer-move-to")}>
                                    <p class="hint">{ messages.t("answer-move-to") }</p>
                                    { for themes.iter().filter(|(i, ..)| r.place != Some(Place::Theme(*i))).map(|(_, title, anchors)| html! {
                                        <button type="button" class="button button--secondary button--small" onclick={move_to(Some(anchors.clone()))}><bdi>{ title.clone() }</bdi></button>
                                    }) }
                                    if r.place != Some(Place::Other) {
                                        <button type="button" class="button button--secondary button--small" onclick={move_to(None)}>{ messages.t("answer-move-other") }</button>
                                    }
                                </div>
                            }
                            <div class="answer-row__move" role="group" aria-label={messages.t("answer-code-add")}>
                                <p class="hint">{ messages.t("answer-code-add") }</p>
                                { for codebook.iter().map(|(k, ..)| {
                                    let on = r.codes.contains(k);
                                    html! {
                                        <button type="button" class="button button--secondary button--small" aria-pressed={if on { "true" } else { "false" }}
                                            onclick={code(k, !on)}><bdi>{ name(k) }</bdi></button>
                                    }
                                }) }
                            </div>
                            <div class="answer-row__move" role="group" aria-label={messages.t("answer-exclude")}>
                                <p class="hint">{ messages.t("answer-exclude-why") }</p>
                                { for Reason::ALL.iter().map(|&reason| html! {
                                    <button type="button" class="button button--secondary button--small" onclick={exclude(reason)}>
                                        { messages.t(&format!("reason-{}", reason.key())) }
                                    </button>
                                }) }
                            </div>
                        </div>
                    }
                }
            </div>
        }
    };
    let (rows, total) = (&props.rows, &props.total);
    // A choice question's answers are choice ids: shown as their labels in the page's language.
    let asked = handle
        .state()
        .questionnaire
        .questions
        .iter()
        .find(|q| q.id == props.question && !q.kind.is_text())
        .cloned();
    let shown = |answer: &str| match &asked {
        None => answer.to_string(),
        Some(q) => answer
            .split_whitespace()
            .map(|id| {
                q.kind
                    .choice_label(id, messages.language())
                    .map_or_else(|| messages.t("choices-not-listed"), str::to_string)
            })
            .collect::<Vec<_>>()
            .join("; "),
    };
    html! {
        <>
                <p role="status">{ messages.t_with("answers-count", &[("shown", number(rows.len())), ("total", number(*total))]) }</p>
                <ul class="answer-list">
                    { for rows.iter().map(|r| html! {
                        <li class="answer-row">
                            <p class="answer-row__text user-text user-text--long" dir="auto">{ shown(&r.text) }</p>
                            <p class="answer-row__who">
                                <bdi>{ if r.name.is_empty() { messages.t("answers-no-name") } else { r.name.clone() } }</bdi>
                                if !r.organisation.is_empty() { { ", " }<bdi>{ r.organisation.clone() }</bdi> }
                                { format!(" · {} · {} · {} · ", group(r.group), country(&r.country), labels::language(&messages, &r.language)) }
                                { messages.t_with("answers-publication", &[("choice", crate::i18n::text(&publication(r.publication)))]) }
                            </p>
                            { tools(r) }
                        </li>
                    }) }
                </ul>
                if rows.len() < *total {
                    <button type="button" class="button button--secondary" onclick={on_more}>
                        { messages.t_with("answers-more", &[("count", number((*total - rows.len()).min(ANSWER_PAGE)))]) }
                    </button>
                }
        </>
    }
}
