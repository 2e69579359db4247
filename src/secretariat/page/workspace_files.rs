//! Workspace files on the page: download the open workspace as one file, open one as a new workspace, add a colleague's to this one; what came of it; and the decisions the colleague made differently, side by side, each kept or taken by the person.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::editing::code_name;
use super::state::FileNote;
use super::use_synthesis::use_synthesis;
use crate::core::edits::find_theme;
use crate::core::workspace_file::{Slot, SlotValue, WorkspaceFileError};
use crate::i18n::{Messages, number, text};
use crate::ui::hooks::use_messages;

/// The file a file input was given.
fn chosen(e: &Event) -> Option<web_sys::File> {
    let input = e.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    // The same file may be chosen again.
    input.set_value("");
    file
}

/// What the page says of a workspace file.
fn note(m: &Messages, n: &FileNote) -> (String, bool) {
    match n {
        FileNote::Refused(WorkspaceFileError::TooLarge) => (m.t("workspace-file-too-large"), true),
        FileNote::Refused(WorkspaceFileError::NotAWorkspace(_)) => {
            (m.t("workspace-file-not"), true)
        }
        FileNote::Refused(WorkspaceFileError::FromTheFuture(_)) => {
            (m.t("workspace-file-newer"), true)
        }
        FileNote::Refused(WorkspaceFileError::Damaged) => (m.t("workspace-file-damaged"), true),
        FileNote::Refused(WorkspaceFileError::OtherQuestionnaire(id)) => (
            m.t_with("workspace-file-other-questionnaire", &[("id", text(id))]),
            true,
        ),
        FileNote::Refused(WorkspaceFileError::Unreasonable(_)) => {
            (m.t("workspace-file-unreasonable"), true)
        }
        FileNote::TooLargeToWrite => (m.t("workspace-file-too-large-to-write"), true),
        FileNote::NotKept { full: true } => (m.t("workspace-file-not-kept-full"), true),
        FileNote::NotKept { full: false } => (m.t("workspace-file-not-kept"), true),
        FileNote::Merged { files, edits } => (
            m.t_with(
                "workspace-file-merged",
                &[("files", number(*files)), ("edits", number(*edits))],
            ),
            false,
        ),
    }
}

/// Download, open and add workspace files.
#[function_component]
pub fn WorkspaceFiles() -> Html {
    let m = use_messages();
    let handle = use_synthesis();
    let w = &handle.state().workspace;
    if !w.opened {
        return html! {};
    }
    let on_download = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.download_workspace())
    };
    let on_open = {
        let handle = handle.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = chosen(&e) {
                handle.open_workspace_file(file);
            }
        })
    };
    let on_merge = {
        let handle = handle.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = chosen(&e) {
                handle.merge_workspace_file(file);
            }
        })
    };
    let said = w.file_note.as_ref().map(|n| note(&m, n));
    html! {
        <details class="keys workspace-files" open={said.is_some()}>
            <summary class="keys__summary">{ m.t("workspace-files-title") }</summary>
            <p class="hint">{ m.t("workspace-files-hint") }</p>
            if let Some((said, problem)) = said {
                <p class={classes!("notice", problem.then_some("notice--warning"))} role={if problem { "alert" } else { "status" }}>{ said }</p>
            }
            if w.kept > 0 {
                <p><button type="button" class="button button--secondary" onclick={on_download}>{ m.t("workspace-download") }</button></p>
            }
            <div class="field">
                <label class="label" for="workspace-file-open">{ m.t("workspace-file-open") }</label>
                <div class="hint" id="workspace-file-open-hint">{ m.t("workspace-file-open-hint") }</div>
                <input class="file-input" type="file" id="workspace-file-open" accept=".json,application/json"
                    aria-describedby="workspace-file-open-hint" onchange={on_open} />
            </div>
            if w.kept > 0 {
                <div class="field">
                    <label class="label" for="workspace-file-merge">{ m.t("workspace-file-merge") }</label>
                    <div class="hint" id="workspace-file-merge-hint">{ m.t("workspace-file-merge-hint") }</div>
                    <input class="file-input" type="file" id="workspace-file-merge" accept=".json,application/json"
                        aria-describedby="workspace-file-merge-hint" onchange={on_merge} />
                </div>
            }
        </details>
    }
}

/// A slot's value, in words; `theme` names a theme by its anchors.
fn value(m: &Messages, v: &SlotValue, theme: &dyn Fn(&[String]) -> String) -> String {
    match v {
        SlotValue::Placed(None) => m.t("answer-move-other"),
        SlotValue::Placed(Some(anchors)) => theme(anchors),
        SlotValue::Excluded(None) => m.t("conflict-kept-in"),
        SlotValue::Excluded(Some(reason)) => m.t_with(
            "conflict-left-out",
            &[("reason", text(&m.t(&format!("reason-{}", reason.key()))))],
        ),
        SlotValue::Text(t) if t.trim().is_empty() => m.t("conflict-empty"),
        SlotValue::Text(t) => t.clone(),
        SlotValue::Reviewed(true) => m.t("conflict-yes"),
        SlotValue::Reviewed(false) => m.t("conflict-no"),
        SlotValue::Coded(true) => m.t("conflict-code-applies"),
        SlotValue::Coded(false) => m.t("conflict-code-not"),
    }
}

/// Props of [`Conflicts`].
#[derive(Properties, PartialEq)]
pub struct ConflictsProps {
    /// The questionnaire, to number questions.
    pub questionnaire: std::rc::Rc<crate::core::questionnaire::Questionnaire>,
}

/// The colleague's decisions that differ from the person's, side by side.
#[function_component]
pub fn Conflicts(props: &ConflictsProps) -> Html {
    let m = use_messages();
    let handle = use_synthesis();
    let conflicts = &handle.state().workspace.conflicts;
    let synthesis = handle.state().synthesis.as_deref();
    let decisions = handle.decisions();
    if conflicts.is_empty() {
        return html! {};
    }
    let q = |qid: &str| {
        number(
            props
                .questionnaire
                .questions
                .iter()
                .position(|x| x.id == qid)
                .map_or(0, |i| i + 1),
        )
    };
    let settle = |i: usize, take: bool| {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.settle(i, take))
    };
    html! {
        <section class="conflicts" aria-labelledby="conflicts-heading">
            <h2 class="heading-m" id="conflicts-heading" tabindex="-1">{ m.t_with("conflicts-title", &[("count", number(conflicts.len()))]) }</h2>
            <p>{ m.t("conflicts-hint") }</p>
            { for conflicts.iter().enumerate().map(|(i, c)| {
                let what = match &c.slot {
                    Slot::Excluded(id) => m.t_with("conflict-excluded", &[("id", text(&id.chars().take(8).collect::<String>()))]),
                    Slot::ThemeName(qid, _) => m.t_with("conflict-theme", &[("question", q(qid))]),
                    Slot::Narrative(qid) => m.t_with("conflict-narrative", &[("question", q(qid))]),
                    Slot::Reviewed(qid) => m.t_with("conflict-reviewed", &[("question", q(qid))]),
                    Slot::Placed(qid, id) => m.t_with("conflict-placed", &[("question", q(qid)), ("id", text(&id.chars().take(8).collect::<String>()))]),
                    Slot::Coded(qid, id, code) => m.t_with("conflict-coded", &[("question", q(qid)), ("id", text(&id.chars().take(8).collect::<String>())), ("code", text(&code_name(&m, &decisions, code)))]),
                    Slot::Code(key) => m.t_with("conflict-code", &[("code", text(&code_name(&m, &decisions, key)))]),
                };
                // A theme by its anchors, as this synthesis names it.
                let qid = match &c.slot {
                    Slot::Placed(qid, _) | Slot::ThemeName(qid, _) => qid.clone(),
                    _ => String::new(),
                };
                let theme = |anchors: &[String]| {
                    synthesis
                        .and_then(|s| s.questions.iter().find(|x| x.id == qid))
                        .and_then(|x| find_theme(&x.themes, anchors).map(|t| format!("{}. {}", t + 1, x.themes[t].title())))
                        .unwrap_or_else(|| m.t("conflict-theme-gone"))
                };
                let who = if c.take_theirs.by.trim().is_empty() { m.t("edits-anonymous") } else { c.take_theirs.by.clone() };
                html! {
                    <div class="conflict" role="group" aria-labelledby={format!("conflict-{i}")}>
                        <h3 class="heading-s" id={format!("conflict-{i}")}>{ what }</h3>
                        <div class="conflict__sides">
                            <div class="conflict__side">
                                <p class="conflict__whose">{ m.t("conflict-yours") }</p>
                                <p class="user-text user-text--long" dir="auto">{ value(&m, &c.mine, &theme) }</p>
                                <button type="button" class="button button--secondary" onclick={settle(i, false)}>{ m.t("conflict-keep") }</button>
                            </div>
                            <div class="conflict__side">
                                <p class="conflict__whose">{ m.t_with("conflict-theirs", &[("who", text(&who))]) }</p>
                                <p class="user-text user-text--long" dir="auto">{ value(&m, &c.theirs, &theme) }</p>
                                <button type="button" class="button button--secondary" onclick={settle(i, true)}>{ m.t("conflict-take") }</button>
                            </div>
                        </div>
                    </div>
                }
            }) }
        </section>
    }
}
