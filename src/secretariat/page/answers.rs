//! Every answer to the question on show, with its respondent, searchable, each with the secretariat's tools: choose it as a quote, leave its response out (with a reason) or bring it back. The search runs in the worker; typing never waits for it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::editing::code_name;
use super::use_synthesis::use_synthesis;
use crate::core::countries::Country;
use crate::core::edits::{Change, Place, Reason};
use crate::core::response::{Publication, StakeholderGroup};
use crate::core::synthesis::AnswerRow;
use crate::i18n::{number, text};
use crate::secretariat::protocol::ANSWER_PAGE;
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::web::locale::DisplayNames;

/// Props of [`Answers`].
#[derive(Properties, PartialEq)]
pub struct AnswersProps {
    /// The id of the question on show.
    pub question: String,
}

/// The answer list.
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
    let on_more = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.show_more_answers())
    };
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
    let decisions = s.edits.decisions();
    // The answer whose "move" choices are open (one at a time, so the list stays light).
    let moving = use_state(|| None::<String>);
    // The answer whose codebook is open, likewise.
    let coding = use_state(|| None::<String>);
    let codebook = decisions.codebook();
    let question = s
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
            let (handle, question, row) = (handle.clone(), props.question.clone(), r.clone());
            Callback::from(move |_: MouseEvent| {
                if pinned {
                    handle.edit(Change::Unpin {
                        question: question.clone(),
                        response: row.response.clone(),
                    })
                } else {
                    handle.pin(question.clone(), &row)
                }
            })
        };
        let refused = s.pin_refused.as_deref() == Some(r.response.as_str());
        let refusal = format!("pin-refused-{}", r.response);
        let excluded = decisions.excluded.get(&r.response).copied();
        let exclude = |reason: Reason| {
            let (handle, response) = (handle.clone(), r.response.clone());
            Callback::from(move |_: MouseEvent| {
                handle.edit(Change::Exclude {
                    response: response.clone(),
                    reason,
                })
            })
        };
        let on_include = {
            let (handle, response) = (handle.clone(), r.response.clone());
            Callback::from(move |_: MouseEvent| {
                handle.edit(Change::Include {
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
        let open = moving.as_deref() == Some(r.response.as_str());
        let on_moving = {
            let (moving, response) = (moving.clone(), r.response.clone());
            Callback::from(move |_: MouseEvent| {
                moving.set(if open { None } else { Some(response.clone()) })
            })
        };
        let move_to = |to: Option<Vec<String>>| {
            let (handle, question, response, moving) = (
                handle.clone(),
                props.question.clone(),
                r.response.clone(),
                moving.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                handle.edit(Change::MoveAnswer {
                    question: question.clone(),
                    response: response.clone(),
                    to: to.clone(),
                });
                moving.set(None);
            })
        };
        let menu = format!("move-{}", r.response);
        let code = |key: &str, applies: bool| {
            let (handle, question, response, key, coding) = (
                handle.clone(),
                props.question.clone(),
                r.response.clone(),
                key.to_string(),
                coding.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                handle.edit(Change::CodeAnswer {
                    question: question.clone(),
                    response: response.clone(),
                    code: key.clone(),
                    applies,
                });
                coding.set(None);
            })
        };
        let coding_open = coding.as_deref() == Some(r.response.as_str());
        let on_coding = {
            let (coding, response) = (coding.clone(), r.response.clone());
            Callback::from(move |_: MouseEvent| {
                coding.set(if coding_open {
                    None
                } else {
                    Some(response.clone())
                })
            })
        };
        let codes_menu = format!("codes-{}", r.response);
        let name = |key: &str| code_name(&messages, &decisions, key);
        html! {
            <div class="answer-row__tools">
                if let Some(place) = place {
                    <p class="answer-row__place">{ place }</p>
                }
                if r.place.is_some() && excluded.is_none() {
                    <button type="button" class="button button--secondary button--small" aria-expanded={if open { "true" } else { "false" }}
                        aria-controls={menu.clone()} onclick={on_moving}>{ messages.t("answer-move") }</button>
                    if open {
                        <div class="answer-row__move" id={menu} role="group" aria-label={messages.t("answer-move-to")}>
                            <p class="hint">{ messages.t("answer-move-to") }</p>
                            { for themes.iter().filter(|(i, ..)| r.place != Some(Place::Theme(*i))).map(|(_, title, anchors)| html! {
                                <button type="button" class="button button--secondary button--small" onclick={move_to(Some(anchors.clone()))}><bdi>{ title.clone() }</bdi></button>
                            }) }
                            if r.place != Some(Place::Other) {
                                <button type="button" class="button button--secondary button--small" onclick={move_to(None)}>{ messages.t("answer-move-other") }</button>
                            }
                        </div>
                    }
                }
                if !r.codes.is_empty() {
                    <p class="answer-row__codes">
                        { messages.t("answer-codes") }{ " " }
                        { for r.codes.iter().map(|c| html! {
                            <span class="answer-row__code">
                                <bdi>{ name(c) }</bdi>{ " " }
                                <button type="button" class="button button--secondary button--small" onclick={code(c, false)}
                                    aria-label={messages.t_with("answer-code-remove-named", &[("code", text(&name(c)))])}>{ messages.t("answer-code-remove") }</button>
                            </span>
                        }) }
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
                if excluded.is_none() {
                    <button type="button" class="button button--secondary button--small" aria-expanded={if coding_open { "true" } else { "false" }}
                        aria-controls={codes_menu.clone()} onclick={on_coding}>{ messages.t("answer-code-add") }</button>
                    if coding_open {
                        <div class="answer-row__move" id={codes_menu} role="group" aria-label={messages.t("answer-code-add")}>
                            { for codebook.iter().filter(|(k, ..)| !r.codes.contains(k)).map(|(k, ..)| html! {
                                <button type="button" class="button button--secondary button--small" onclick={code(k, true)}><bdi>{ name(k) }</bdi></button>
                            }) }
                        </div>
                    }
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
                    if refused {
                        <p class="error-message" id={refusal.clone()} role="alert">{ messages.t("answer-pin-refused") }</p>
                    }
                    <details class="answer-row__exclude">
                        <summary>{ messages.t("answer-exclude") }</summary>
                        <p class="hint">{ messages.t("answer-exclude-why") }</p>
                        { for Reason::ALL.iter().map(|&reason| html! {
                            <button type="button" class="button button--secondary button--small" onclick={exclude(reason)}>
                                { messages.t(&format!("reason-{}", reason.key())) }
                            </button>
                        }) }
                    </details>
                }
            </div>
        }
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
                <p role="status">{ messages.t_with("answers-count", &[("shown", number(rows.len())), ("total", number(*total))]) }</p>
                <ul class="answer-list">
                    { for rows.iter().map(|r| html! {
                        <li class="answer-row">
                            <p class="answer-row__text user-text user-text--long" dir="auto">{ r.text.clone() }</p>
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
            }
        </section>
    }
}
