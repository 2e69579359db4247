//! "Saved on this device at 14:05": a polite status line that screen readers announce only when its words change.

use yew::prelude::*;

use crate::form::hooks::use_responses;
use crate::i18n::text;
use crate::ui::hooks::use_messages;
use crate::web::platform;

/// Shows when the responses were last saved, or that they are not being saved.
#[function_component]
pub fn SaveStatus() -> Html {
    let messages = use_messages();
    let Some(responses) = use_responses() else {
        return html! {};
    };
    let state = responses.state();
    let line = match (&state.storage_error, state.last_saved) {
        (Some(_), _) => messages.t("save-status-not-saved"),
        (None, Some(at)) => {
            let time = platform::local_time(at, messages.language());
            messages.t_with("save-status-saved", &[("time", text(&time))])
        }
        (None, None) => String::new(),
    };
    html! {
        <p class={classes!("save-status", state.storage_error.is_some().then_some("save-status--error"))} role="status">
            { line }
        </p>
    }
}
