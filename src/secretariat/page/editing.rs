//! The secretariat's edits on the page: the editing panel (the person's name, undo, redo, the history, what is not kept), each theme's tools (rename, merge into another) and each question's (the narrative for Part II, the chosen quotes, reviewed). Every edit is a button or a field, so all of it works with the keyboard alone.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::question_view::quote;
use super::state::EditProblem;
use super::use_synthesis::use_synthesis;
use crate::core::codes;
use std::rc::Rc;

use crate::core::edits::{Change, Decisions, Edit, Edits, MAX_NAME, MAX_NARRATIVE};
use crate::core::questionnaire::Questionnaire;
use crate::i18n::{Messages, number, text};
use crate::ui::hooks::use_messages;
use crate::ui::shared::Shared;
use crate::web::platform;

/// The value of the input, select or text area an event came from.
fn value_of(e: &Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    if let Some(i) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(t) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.value()
    } else if let Some(s) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else {
        String::new()
    }
}

/// Props of [`EditingPanel`].
#[derive(Properties, PartialEq)]
pub struct EditingPanelProps {
    /// The questionnaire, to name questions in the history.
    pub questionnaire: Rc<Questionnaire>,
}

/// The editing panel: who edits, undo and redo, the history, and what is not kept.
#[function_component]
pub fn EditingPanel(props: &EditingPanelProps) -> Html {
    let m = use_messages();
    let handle = use_synthesis();
    let s = handle.state();
    let on_editor = {
        let handle = handle.clone();
        Callback::from(move |e: InputEvent| handle.set_editor(value_of(&e)))
    };
    let on_undo = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.undo())
    };
    let on_redo = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.redo())
    };
    let excluded = s
        .synthesis
        .as_ref()
        .map_or(0, |x| x.excluded.iter().map(|c| c.count).sum::<usize>());
    let unmatched = s.synthesis.as_ref().map_or(0, |x| x.unmatched_edits);
    let decisions = handle.decisions();
    let problem = s.edit_problem.as_ref().map(|p| match p {
        EditProblem::NotKept { full: true } => m.t("edits-not-kept-full"),
        EditProblem::NotKept { full: false } => m.t("edits-not-kept"),
        EditProblem::Unreadable => m.t("edits-unreadable"),
    });
    html! {
        <section class="editing" aria-labelledby="editing-heading">
            <h2 class="heading-m" id="editing-heading">{ m.t("edits-title") }</h2>
            <p class="hint">{ m.t("edits-hint") }</p>
            if let Some(problem) = problem {
                <p class="error-message" role="alert">{ problem }</p>
            }
            <div class="field">
                <label class="label" for="editor-name">{ m.t("edits-editor") }</label>
                <input class="input input--medium" id="editor-name" type="text" dir="auto" autocomplete="name"
                    maxlength={MAX_NAME.to_string()} value={s.editor.clone()} oninput={on_editor} />
            </div>
            <div class="editing__buttons">
                <button type="button" class="button button--secondary" id="edits-undo" disabled={s.edits.done.is_empty()} onclick={on_undo}>
                    { m.t("edits-undo") }
                </button>
                <button type="button" class="button button--secondary" id="edits-redo" disabled={s.edits.undone.is_empty()} onclick={on_redo}>
                    { m.t("edits-redo") }
                </button>
            </div>
            if excluded > 0 {
                <p>{ m.t_with("edits-excluded", &[("count", number(excluded))]) }</p>
            }
            if unmatched > 0 {
                <p>{ m.t_with("edits-unmatched", &[("count", number(unmatched))]) }</p>
            }
            <Codebook />
            <History edits={s.edits.clone()} decisions={decisions.clone()} questionnaire={props.questionnaire.clone()} />
        </section>
    }
}

/// Props of [`History`].
#[derive(Properties, PartialEq)]
struct HistoryProps {
    edits: Shared<Edits>,
    decisions: Rc<Decisions>,
    questionnaire: Rc<Questionnaire>,
}

/// The history of edits, newest first: drawn again only when the edits change.
#[function_component]
fn History(props: &HistoryProps) -> Html {
    let m = use_messages();
    let number_of = |qid: &str| {
        props
            .questionnaire
            .questions
            .iter()
            .position(|q| q.id == qid)
            .map_or(0, |i| i + 1)
    };
    html! {
        <details class="editing__history">
            <summary>{ m.t_with("edits-history", &[("count", number(props.edits.done.len()))]) }</summary>
            if props.edits.done.is_empty() {
                <p>{ m.t("edits-history-none") }</p>
            } else {
                <ol class="editing__list" reversed=true>
                    { for props.edits.done.iter().rev().map(|e| html! {
                        <li dir="auto">{ describe(&m, &props.decisions, e, number_of) }</li>
                    }) }
                </ol>
            }
        </details>
    }
}

/// One line of the history: when, who, what.
fn describe(
    m: &Messages,
    decisions: &Decisions,
    e: &Edit,
    number_of: impl Fn(&str) -> usize,
) -> String {
    let q = |qid: &str| number(number_of(qid));
    let what = match &e.change {
        Change::RenameTheme { question, name, .. } if name.trim().is_empty() => {
            m.t_with("edit-rename-clear", &[("question", q(question))])
        }
        Change::RenameTheme { question, name, .. } => m.t_with(
            "edit-rename",
            &[("question", q(question)), ("name", text(name))],
        ),
        Change::MergeThemes { question, .. } => {
            m.t_with("edit-merge", &[("question", q(question))])
        }
        Change::Exclude { reason, .. } => m.t_with(
            "edit-exclude",
            &[("reason", text(&m.t(&format!("reason-{}", reason.key()))))],
        ),
        Change::Include { .. } => m.t("edit-include"),
        Change::MoveAnswer { question, .. } => m.t_with("edit-move", &[("question", q(question))]),
        Change::DefineCode { name, .. } => m.t_with("edit-code-define", &[("name", text(name))]),
        Change::RemoveCode { .. } => m.t("edit-code-remove"),
        Change::CodeAnswer {
            question,
            code,
            applies,
            ..
        } => m.t_with(
            if *applies {
                "edit-code-on"
            } else {
                "edit-code-off"
            },
            &[
                ("question", q(question)),
                ("code", text(&code_name(m, decisions, code))),
            ],
        ),
        Change::Pin { question, .. } => m.t_with("edit-pin", &[("question", q(question))]),
        Change::Unpin { question, .. } => m.t_with("edit-unpin", &[("question", q(question))]),
        Change::Narrative { question, .. } => {
            m.t_with("edit-narrative", &[("question", q(question))])
        }
        Change::Reviewed {
            question,
            reviewed: true,
        } => m.t_with("edit-reviewed", &[("question", q(question))]),
        Change::Reviewed { question, .. } => {
            m.t_with("edit-unreviewed", &[("question", q(question))])
        }
    };
    let who = if e.by.trim().is_empty() {
        m.t("edits-anonymous")
    } else {
        e.by.trim().to_string()
    };
    m.t_with(
        "edits-by",
        &[
            ("time", text(&platform::local_date_time(e.at, m.language()))),
            ("who", text(&who)),
            ("what", text(&what)),
        ],
    )
}

/// A code's name in the page's language: a goal's from the messages, the secretariat's own as
/// it named it (a code since removed, by its key).
pub(super) fn code_name(m: &Messages, decisions: &Decisions, key: &str) -> String {
    if codes::built_in(key).is_some() {
        m.t(&format!("code-{key}"))
    } else {
        decisions
            .codes
            .get(key)
            .map_or_else(|| key.to_string(), |c| c.name.clone())
    }
}

/// The codebook: the seventeen goals and the secretariat's own codes, which it makes (a name
/// and the words that suggest it) and removes.
#[function_component]
fn Codebook() -> Html {
    let m = use_messages();
    let handle = use_synthesis();
    let name = use_state(String::new);
    let words = use_state(String::new);
    let decisions = handle.decisions();
    let typed = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| state.set(value_of(&e)))
    };
    let on_add = {
        let (handle, name, words) = (handle.clone(), name.clone(), words.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if name.trim().is_empty() {
                return;
            }
            let key = format!(
                "own-{}",
                platform::random_bytes::<6>()
                    .map(|b| b.iter().map(|x| format!("{x:02x}")).collect::<String>())
                    .unwrap_or_default()
            );
            handle.edit(Change::DefineCode {
                key,
                name: name.trim().to_string(),
                words: words
                    .split([',', '،', '，', ';'])
                    .map(|w| w.trim().to_string())
                    .filter(|w| !w.is_empty())
                    .collect(),
            });
            name.set(String::new());
            words.set(String::new());
        })
    };
    let remove = |key: &str| {
        let (handle, key) = (handle.clone(), key.to_string());
        Callback::from(move |_: MouseEvent| handle.edit(Change::RemoveCode { key: key.clone() }))
    };
    html! {
        <details class="editing__codebook">
            <summary>{ m.t_with("codebook-title", &[("count", number(codes::SDGS.len() + decisions.codes.len()))]) }</summary>
            <p class="hint">{ m.t("codebook-hint") }</p>
            <ul class="codebook__list">
                { for codes::SDGS.iter().map(|c| html! { <li>{ code_name(&m, &decisions, c.key) }</li> }) }
                { for decisions.codes.iter().map(|(key, c)| html! {
                    <li>
                        <bdi>{ c.name.clone() }</bdi>
                        if !c.words.is_empty() {
                            <span class="terms__count">{ format!(" ({})", c.words.join(", ")) }</span>
                        }
                        { " " }
                        <button type="button" class="button button--secondary button--small" onclick={remove(key)}
                            aria-label={m.t_with("codebook-remove-named", &[("name", text(&c.name))])}>{ m.t("codebook-remove") }</button>
                    </li>
                }) }
            </ul>
            <form class="codebook__add" onsubmit={on_add}>
                <label class="label" for="code-name">{ m.t("codebook-name") }</label>
                <input class="input input--medium" id="code-name" type="text" dir="auto" maxlength={MAX_NAME.to_string()}
                    value={(*name).clone()} oninput={typed(&name)} />
                <label class="label" for="code-words">{ m.t("codebook-words") }</label>
                <div class="hint" id="code-words-hint">{ m.t("codebook-words-hint") }</div>
                <input class="input" id="code-words" type="text" dir="auto" aria-describedby="code-words-hint"
                    value={(*words).clone()} oninput={typed(&words)} />
                <button type="submit" class="button button--secondary">{ m.t("codebook-add") }</button>
            </form>
        </details>
    }
}

/// Props of [`ThemeTools`].
#[derive(Properties, PartialEq)]
pub struct ThemeToolsProps {
    /// The question on show, by index.
    pub question: usize,
    /// The theme, by index among the question's.
    pub theme: usize,
}

/// A theme's tools: name it, or merge it into another theme of the question.
#[function_component]
pub fn ThemeTools(props: &ThemeToolsProps) -> Html {
    let m = use_messages();
    let handle = use_synthesis();
    let into = use_state(|| None::<usize>);
    // What is typed, until it is saved: the page redraws while the worker works, and a field
    // bound to the saved name would be set back under the person's fingers.
    let typed = use_state(|| None::<String>);
    let Some(q) = handle
        .state()
        .synthesis
        .as_ref()
        .and_then(|s| s.questions.get(props.question))
    else {
        return html! {};
    };
    let Some(theme) = q.themes.get(props.theme) else {
        return html! {};
    };
    let id = format!("theme-{}-{}", q.number, props.theme);
    let on_name = {
        let (handle, question, anchors) = (handle.clone(), q.id.clone(), theme.anchors.clone());
        let (typed, saved) = (typed.clone(), theme.name.clone().unwrap_or_default());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = typed.as_ref().cloned().unwrap_or_else(|| saved.clone());
            typed.set(None);
            handle.edit(Change::RenameTheme {
                question: question.clone(),
                theme: anchors.clone(),
                name: value.trim().to_string(),
            });
        })
    };
    let on_typed = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.set(Some(value_of(&e))))
    };
    let others: Vec<(usize, String)> = q
        .themes
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != props.theme)
        .map(|(i, t)| (i, format!("{}. {}", i + 1, t.title())))
        .collect();
    let on_into = {
        let into = into.clone();
        Callback::from(move |e: Event| into.set(value_of(&e).parse().ok()))
    };
    let chosen = into.filter(|i| *i != props.theme && *i < q.themes.len());
    let on_merge = {
        let (handle, question, from) = (handle.clone(), q.id.clone(), theme.anchors.clone());
        let target = chosen.map(|i| q.themes[i].anchors.clone());
        let into = into.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(target) = &target {
                handle.edit(Change::MergeThemes {
                    question: question.clone(),
                    into: target.clone(),
                    from: from.clone(),
                });
                into.set(None);
            }
        })
    };
    html! {
        <details class="theme__tools">
            <summary>{ m.t("theme-edit") }</summary>
            <form class="theme__rename" onsubmit={on_name}>
                <label class="label" for={format!("{id}-name")}>{ m.t("theme-name") }</label>
                <div class="hint" id={format!("{id}-name-hint")}>{ m.t("theme-name-hint") }</div>
                <input class="input" type="text" id={format!("{id}-name")} dir="auto"
                    maxlength={MAX_NAME.to_string()} aria-describedby={format!("{id}-name-hint")}
                    value={typed.as_ref().cloned().unwrap_or_else(|| theme.name.clone().unwrap_or_default())}
                    oninput={on_typed} />
                <button type="submit" class="button button--secondary">{ m.t("theme-name-save") }</button>
            </form>
            if !others.is_empty() {
                <div class="theme__merge">
                    <label class="label" for={format!("{id}-into")}>{ m.t("theme-merge-into") }</label>
                    <select class="select" id={format!("{id}-into")} onchange={on_into}>
                        <option value="" selected={chosen.is_none()}>{ m.t("theme-merge-choose") }</option>
                        { for others.iter().map(|(i, title)| html! {
                            <option value={i.to_string()} selected={chosen == Some(*i)}>{ title.clone() }</option>
                        }) }
                    </select>
                    <button type="button" class="button button--secondary" disabled={chosen.is_none()} onclick={on_merge}>
                        { m.t("theme-merge") }
                    </button>
                </div>
            }
        </details>
    }
}

/// Props of [`QuestionEditor`].
#[derive(Properties, PartialEq)]
pub struct QuestionEditorProps {
    /// The question on show, by index.
    pub question: usize,
}

/// A question's part of Part II as the secretariat writes it: the narrative, the chosen
/// quotes, and whether it is reviewed.
#[function_component]
pub fn QuestionEditor(props: &QuestionEditorProps) -> Html {
    let m = use_messages();
    let handle = use_synthesis();
    let s = handle.state();
    // What is typed stays the person's until they save it (or another question is shown).
    let draft = use_state(|| None::<String>);
    // The box as the person set it, until the worker's synthesis says so too.
    let reviewing = use_state(|| None::<bool>);
    {
        let (draft, reviewing) = (draft.clone(), reviewing.clone());
        use_effect_with(props.question, move |_| {
            draft.set(None);
            reviewing.set(None);
        });
    }
    {
        // Once the synthesis says (or an undo changes) whether it is reviewed, that is shown.
        let reviewing = reviewing.clone();
        let reviewed = s
            .synthesis
            .as_ref()
            .and_then(|x| x.questions.get(props.question))
            .map(|q| q.reviewed);
        use_effect_with(reviewed, move |_| reviewing.set(None));
    }
    // Leaving the page with text for Part II typed but not saved asks first.
    let unsaved_here = s
        .synthesis
        .as_ref()
        .and_then(|x| x.questions.get(props.question))
        .is_some_and(|q| draft.as_ref().is_some_and(|d| *d != q.narrative));
    use_effect_with(unsaved_here, |unsaved| {
        let listener = (*unsaved)
            .then(|| {
                web_sys::window().map(|w| {
                    gloo::events::EventListener::new_with_options(
                        &w,
                        "beforeunload",
                        gloo::events::EventListenerOptions::enable_prevent_default(),
                        |e| e.prevent_default(),
                    )
                })
            })
            .flatten();
        move || drop(listener)
    });
    let Some(q) = s
        .synthesis
        .as_ref()
        .and_then(|x| x.questions.get(props.question))
    else {
        return html! {};
    };
    let text_now = draft
        .as_ref()
        .cloned()
        .unwrap_or_else(|| q.narrative.clone());
    let on_input = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|t| t.value())
                .unwrap_or_default();
            draft.set(Some(value));
        })
    };
    let on_save = {
        let (handle, question, draft) = (handle.clone(), q.id.clone(), draft.clone());
        let value = text_now.clone();
        Callback::from(move |_: MouseEvent| {
            handle.edit(Change::Narrative {
                question: question.clone(),
                text: value.clone(),
            });
            draft.set(None);
        })
    };
    let unsaved = draft.as_ref().is_some_and(|d| *d != q.narrative);
    // Leaving the box (for another question, say) keeps what was typed, as the save button
    // would.
    let on_leave_box = {
        let (handle, question, draft) = (handle.clone(), q.id.clone(), draft.clone());
        let value = unsaved.then(|| text_now.clone());
        Callback::from(move |_: FocusEvent| {
            if let Some(value) = &value {
                handle.edit(Change::Narrative {
                    question: question.clone(),
                    text: value.clone(),
                });
                draft.set(None);
            }
        })
    };
    let checked = reviewing.filter(|r| *r != q.reviewed).unwrap_or(q.reviewed);
    let on_reviewed = {
        let (handle, question, reviewed) = (handle.clone(), q.id.clone(), !checked);
        let reviewing = reviewing.clone();
        Callback::from(move |_: Event| {
            reviewing.set(Some(reviewed));
            handle.edit(Change::Reviewed {
                question: question.clone(),
                reviewed,
            })
        })
    };
    let unpin = |response: &str| {
        let (handle, question, response) = (handle.clone(), q.id.clone(), response.to_string());
        Callback::from(move |_: MouseEvent| {
            handle.edit(Change::Unpin {
                question: question.clone(),
                response: response.clone(),
            })
        })
    };
    let id = format!("narrative-edit-{}", q.number);
    html! {
        <section class="question-editor" aria-labelledby={format!("{id}-heading")}>
            <h3 class="heading-m" id={format!("{id}-heading")}>{ m.t("narrative-edit-title") }</h3>
            <div class="field">
                <label class="label" for={id.clone()}>{ m.t("narrative-edit-label") }</label>
                <div class="hint" id={format!("{id}-hint")}>{ m.t("narrative-edit-hint") }</div>
                <textarea class="textarea" id={id.clone()} rows="8" dir="auto" maxlength={MAX_NARRATIVE.to_string()}
                    aria-describedby={format!("{id}-hint")} value={text_now.clone()} oninput={on_input} onblur={on_leave_box} />
            </div>
            <button type="button" class="button button--secondary" disabled={!unsaved} onclick={on_save}>{ m.t("narrative-save") }</button>
            if unsaved {
                <p class="hint" role="status">{ m.t("narrative-unsaved") }</p>
            }
            <h4 class="heading-s">{ m.t("pinned-title") }</h4>
            if q.pinned.is_empty() {
                <p>{ m.t("pinned-none") }</p>
            }
            { for q.pinned.iter().map(|p| html! {
                <div class="pinned">
                    { quote(&m, p) }
                    <button type="button" class="button button--secondary" onclick={unpin(&p.response)}>{ m.t("answer-unpin") }</button>
                </div>
            }) }
            if q.pins_refused > 0 {
                <p>{ m.t_with("pinned-refused", &[("count", number(q.pins_refused))]) }</p>
            }
            <div class="checkbox">
                <input class="checkbox__input" type="checkbox" id={format!("{id}-reviewed")} checked={checked} onchange={on_reviewed} />
                <label class="checkbox__label" for={format!("{id}-reviewed")}>{ m.t("question-reviewed") }</label>
            </div>
        </section>
    }
}
