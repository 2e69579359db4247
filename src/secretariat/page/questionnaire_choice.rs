//! Which questionnaire the workspace is for: named on the page, and chosen while the workspace holds no files (the built-in 2016 one, the 2017 example, or a questionnaire file), so responses to two questionnaires are never mixed.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_synthesis::use_synthesis;
use crate::core::questionnaire::{self, EXAMPLE_2017_JSON};
use crate::i18n::{number, text};
use crate::ui::errors;
use crate::ui::hooks::use_messages;
use crate::web::files;

/// The value of the select's option for a questionnaire opened from a file.
const FROM_FILE: &str = "file";

/// The questionnaire panel.
#[function_component]
pub fn QuestionnaireChoice() -> Html {
    let m = use_messages();
    let handle = use_synthesis();
    let s = handle.state();
    let q = &s.questionnaire;
    let language = m.language();
    let builtin = use_memo((), |_| questionnaire::builtin().hash);
    let example = use_memo((), |_| {
        questionnaire::parse(EXAMPLE_2017_JSON)
            .map(|q| q.hash)
            .unwrap_or_default()
    });
    let file_ref = use_node_ref();
    // Once responses are loaded (or being kept), they stay with the questionnaire they answer.
    let fixed = !s.files.is_empty() || s.workspace.kept > 0 || s.busy();
    let current = if q.hash == *builtin {
        "builtin"
    } else if q.hash == *example {
        "example-2017"
    } else {
        FROM_FILE
    };
    let on_select = {
        let (handle, file_ref) = (handle.clone(), file_ref.clone());
        Callback::from(move |e: Event| {
            let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            match select.value().as_str() {
                "builtin" => handle.choose_questionnaire(None),
                "example-2017" => handle.choose_questionnaire(Some(EXAMPLE_2017_JSON.to_string())),
                _ => {
                    if let Some(input) = file_ref.cast::<web_sys::HtmlInputElement>() {
                        input.click();
                    }
                }
            }
        })
    };
    let on_file = {
        let handle = handle.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = files::take_chosen(&e) {
                handle.open_questionnaire(file);
            }
        })
    };
    let open_file = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_ref.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let choices = q.questions.iter().filter(|x| !x.kind.is_text()).count();
    html! {
        <section class="questionnaire-choice" aria-labelledby="questionnaire-heading">
            <h2 class="heading-m" id="questionnaire-heading">{ m.t("synthesis-questionnaire-title") }</h2>
            <p id="questionnaire-current">{ m.t_with("synthesis-questionnaire-current", &[
                ("title", text(q.title.get(language))),
                ("id", text(&q.id)),
                ("version", number(q.version as usize)),
                ("questions", number(q.questions.len())),
                ("choices", number(choices)),
            ]) }</p>
            if q.example {
                <p class="hint">{ m.t("questionnaire-example") }</p>
            }
            if let Some(e) = &s.questionnaire_refused {
                <p class="error-message" role="alert" id="questionnaire-refused">
                    { m.t_with("synthesis-questionnaire-refused", &[("reason", text(&errors::questionnaire(&m, e)))]) }
                </p>
            }
            <p><a href="?editor" id="editor-link">{ m.t("editor-link") }</a></p>
            if fixed {
                <p class="hint">{ m.t("synthesis-questionnaire-fixed") }</p>
            } else {
                <div class="form-group">
                    <label class="label" for="questionnaire-select">{ m.t("synthesis-questionnaire-choose") }</label>
                    <select class="select" id="questionnaire-select" onchange={on_select}>
                        <option value="builtin" selected={current == "builtin"}>{ m.t("synthesis-questionnaire-builtin") }</option>
                        <option value="example-2017" selected={current == "example-2017"}>{ m.t("synthesis-questionnaire-example") }</option>
                        <option value={FROM_FILE} selected={current == FROM_FILE}>{ m.t("synthesis-questionnaire-file") }</option>
                    </select>
                </div>
                <input type="file" accept=".json,application/json" hidden=true id="questionnaire-file" ref={file_ref} onchange={on_file} />
                <button type="button" class="button button--secondary" onclick={open_file}>{ m.t("synthesis-questionnaire-open") }</button>
            }
        </section>
    }
}
