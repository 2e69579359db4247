//! The workspaces this browser keeps: which is open (its name, files, the space used, whether the browser keeps it for good, what could not be kept), opening another, making, renaming, and deleting one after a confirmation.

use yew::prelude::*;

use super::state::WorkspaceProblem;
use super::use_synthesis::use_synthesis;
use crate::i18n::{number, text};
use crate::ui::hooks::use_messages;
use crate::web::locale::format_size;

/// What a form of the panel is doing: naming a new workspace, or renaming the open one.
#[derive(Clone, PartialEq)]
enum Naming {
    New(String),
    Rename(String),
}

/// The workspace panel.
#[function_component]
pub fn WorkspacePanel() -> Html {
    let m = use_messages();
    let handle = use_synthesis();
    let naming = use_state(|| None::<Naming>);
    let w = &handle.state().workspace;
    if !w.opened || (w.kept == 0 && w.problem.is_none() && w.list.is_empty() && !w.elsewhere) {
        return html! {};
    }
    let unnamed = m.t("workspace-unnamed");
    let shown = |name: &str| {
        if name.trim().is_empty() {
            unnamed.clone()
        } else {
            name.to_string()
        }
    };
    let current_name = w
        .list
        .iter()
        .find(|(id, _)| *id == w.current)
        .map(|(_, n)| shown(n))
        .unwrap_or_else(|| unnamed.clone());
    let on_open = {
        let handle = handle.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                handle.open_workspace(select.value());
            }
        })
    };
    let start = |n: Naming| {
        let naming = naming.clone();
        Callback::from(move |_: MouseEvent| naming.set(Some(n.clone())))
    };
    let cancel = {
        let naming = naming.clone();
        Callback::from(move |_: MouseEvent| naming.set(None))
    };
    let on_input = {
        let naming = naming.clone();
        Callback::from(move |e: InputEvent| {
            use wasm_bindgen::JsCast;
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            naming.set(match &*naming {
                Some(Naming::New(_)) => Some(Naming::New(value)),
                Some(Naming::Rename(_)) => Some(Naming::Rename(value)),
                None => None,
            });
        })
    };
    let on_submit = {
        let (handle, naming) = (handle.clone(), naming.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match &*naming {
                Some(Naming::New(name)) => handle.new_workspace(name.clone()),
                Some(Naming::Rename(name)) => handle.rename_workspace(name.clone()),
                None => {}
            }
            naming.set(None);
        })
    };
    let ask = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.confirm_delete(true))
    };
    let keep = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.confirm_delete(false))
    };
    let delete = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.delete_workspace())
    };
    let problem = w.problem.as_ref().map(|p| match p {
        WorkspaceProblem::Unavailable => m.t("workspace-unavailable"),
        WorkspaceProblem::NotKept { files, full: true } => {
            m.t_with("workspace-not-kept-full", &[("files", number(*files))])
        }
        WorkspaceProblem::NotKept { files, full: false } => {
            m.t_with("workspace-not-kept", &[("files", number(*files))])
        }
        WorkspaceProblem::NotChanged => m.t("workspace-not-changed"),
        WorkspaceProblem::DeletedElsewhere => m.t("workspace-deleted-elsewhere"),
    });
    html! {
        <section aria-labelledby="workspace-heading" class="workspace">
            <h2 class="heading-m" id="workspace-heading">{ m.t_with("workspace-title", &[("name", text(&current_name))]) }</h2>
            if let Some(problem) = problem {
                <p class="notice notice--warning" role="alert">{ problem }</p>
            }
            if w.elsewhere {
                <p class="notice" role="status">{ m.t("workspace-elsewhere") }</p>
            }
            if w.kept > 0 {
                <p class="workspace__kept">{ m.t_with("workspace-kept", &[("files", number(w.kept))]) }</p>
                if let Some((used, quota)) = w.usage {
                    <p>{ m.t_with("workspace-usage", &[("used", text(&format_size(m.language(), used as u64, None))), ("quota", text(&format_size(m.language(), quota as u64, None)))]) }</p>
                }
                if let Some(persisted) = w.persisted {
                    <p>{ m.t(if persisted { "workspace-persisted" } else { "workspace-not-persisted" }) }</p>
                }
            }
            if w.list.len() > 1 {
                <div class="form-group">
                    <label class="label" for="workspace-open">{ m.t("workspace-open") }</label>
                    <select class="select" id="workspace-open" onchange={on_open}>
                        { for w.list.iter().map(|(id, name)| html! {
                            <option value={id.clone()} selected={*id == w.current}>{ shown(name) }</option>
                        }) }
                    </select>
                </div>
            }
            if let Some(n) = &*naming {
                <form class="workspace__naming" onsubmit={on_submit}>
                    <div class="form-group">
                        <label class="label" for="workspace-name">{ m.t(if matches!(n, Naming::New(_)) { "workspace-new-name" } else { "workspace-rename-label" }) }</label>
                        <input class="input" id="workspace-name" type="text" maxlength="120" autocomplete="off"
                            value={match n { Naming::New(v) | Naming::Rename(v) => v.clone() }} oninput={on_input} />
                    </div>
                    <button type="submit" class="button">{ m.t(if matches!(n, Naming::New(_)) { "workspace-create" } else { "workspace-save" }) }</button>
                    { " " }
                    <button type="button" class="button button--secondary" onclick={cancel}>{ m.t("workspace-cancel") }</button>
                </form>
            } else if w.confirming {
                <div class="notice" role="group" aria-labelledby="workspace-confirm">
                    <p id="workspace-confirm">{ m.t_with("workspace-delete-confirm", &[("name", text(&current_name)), ("files", number(w.kept))]) }</p>
                    <button type="button" class="button button--warning" onclick={delete}>{ m.t("workspace-delete-yes") }</button>
                    { " " }
                    <button type="button" class="button button--secondary" onclick={keep}>{ m.t("workspace-delete-no") }</button>
                </div>
            } else {
                <div class="workspace__actions">
                    <button type="button" class="button button--secondary" onclick={start(Naming::New(String::new()))}>{ m.t("workspace-new") }</button>
                    { " " }
                    <button type="button" class="button button--secondary" onclick={start(Naming::Rename(current_name.clone()))}>{ m.t("workspace-rename") }</button>
                    { " " }
                    <button type="button" class="button button--secondary" onclick={ask}>{ m.t("workspace-delete") }</button>
                </div>
            }
        </section>
    }
}
