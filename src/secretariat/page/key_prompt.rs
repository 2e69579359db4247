//! Asks, once, for the Secretariat's identity file when encrypted response files are loaded, and
//! hands it to the worker, which keeps it in memory only and reads the waiting files.

use yew::prelude::*;

use super::use_synthesis::use_synthesis;
use crate::core::crypto::KeyError;
use crate::i18n::number;
use crate::ui::hooks::use_messages;
use crate::web::files;

/// The prompt, shown while encrypted files wait.
#[function_component]
pub fn KeyPrompt() -> Html {
    let m = use_messages();
    let handle = use_synthesis();
    let s = handle.state();
    let input = use_node_ref();
    let on_open = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = input.cast::<web_sys::HtmlInputElement>() {
                i.click();
            }
        })
    };
    let on_pick = {
        let handle = handle.clone();
        Callback::from(move |e: Event| {
            // The same file may be chosen again after a mistake.
            if let Some(file) = files::take_chosen(&e) {
                handle.give_identity(file);
            }
        })
    };
    let error = s.key_error.as_ref().map(|e| match e {
        KeyError::NoKey => m.t("key-error-none"),
        KeyError::BadKey(line) => m.t_with("key-error-bad", &[("line", number(*line))]),
    });
    html! {
        <section class="key-prompt" aria-labelledby="key-prompt-title">
            <h2 class="heading-m" id="key-prompt-title">{ m.t("key-prompt-title") }</h2>
            <p aria-live="polite">{ m.t_with("key-prompt-body", &[("count", number(s.waiting_for_key))]) }</p>
            if let Some(error) = error {
                <p class="error-message" role="alert">{ error }</p>
            }
            <input type="file" ref={input} onchange={on_pick} hidden=true id="identity-input" accept=".txt,.key,text/plain" />
            <button type="button" class="button" onclick={on_open}>{ m.t("key-prompt-button") }</button>
        </section>
    }
}
