//! What this browser keeps of the workspace: how many files, the space used, whether the browser keeps it for good, what could not be kept, and forgetting it after a confirmation.

use yew::prelude::*;

use super::state::WorkspaceProblem;
use super::use_synthesis::use_synthesis;
use crate::i18n::{number, text};
use crate::ui::hooks::use_messages;

/// Megabytes, with one decimal.
fn megabytes(bytes: f64) -> String {
    format!("{:.1} MB", bytes / 1e6)
}

/// The workspace panel.
#[function_component]
pub fn WorkspacePanel() -> Html {
    let m = use_messages();
    let handle = use_synthesis();
    let w = &handle.state().workspace;
    if !w.opened || (w.kept == 0 && w.problem.is_none()) {
        return html! {};
    }
    let ask = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.confirm_forget(true))
    };
    let keep = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.confirm_forget(false))
    };
    let forget = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.forget())
    };
    let problem = w.problem.as_ref().map(|p| match p {
        WorkspaceProblem::Unavailable => m.t("workspace-unavailable"),
        WorkspaceProblem::NotKept { files, full: true } => {
            m.t_with("workspace-not-kept-full", &[("files", number(*files))])
        }
        WorkspaceProblem::NotKept { files, full: false } => {
            m.t_with("workspace-not-kept", &[("files", number(*files))])
        }
        WorkspaceProblem::NotForgotten => m.t("workspace-not-forgotten"),
    });
    html! {
        <section aria-labelledby="workspace-heading" class="workspace">
            <h2 class="heading-m" id="workspace-heading">{ m.t("workspace-title") }</h2>
            if let Some(problem) = problem {
                <p class="notice notice--warning" role="alert">{ problem }</p>
            }
            if w.kept > 0 {
                <p class="workspace__kept">{ m.t_with("workspace-kept", &[("files", number(w.kept))]) }</p>
                if let Some((used, quota)) = w.usage {
                    <p>{ m.t_with("workspace-usage", &[("used", text(&megabytes(used))), ("quota", text(&megabytes(quota)))]) }</p>
                }
                if let Some(persisted) = w.persisted {
                    <p>{ m.t(if persisted { "workspace-persisted" } else { "workspace-not-persisted" }) }</p>
                }
                if w.confirming {
                    <div class="notice" role="group" aria-labelledby="workspace-confirm">
                        <p id="workspace-confirm">{ m.t_with("workspace-forget-confirm", &[("files", number(w.kept))]) }</p>
                        <button type="button" class="button button--warning" onclick={forget}>{ m.t("workspace-forget-yes") }</button>
                        { " " }
                        <button type="button" class="button button--secondary" onclick={keep}>{ m.t("workspace-forget-no") }</button>
                    </div>
                } else {
                    <button type="button" class="button button--secondary" onclick={ask}>{ m.t("workspace-forget") }</button>
                }
            }
        </section>
    }
}
