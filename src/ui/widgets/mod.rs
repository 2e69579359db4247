//! Shared widgets, in the GOV.UK Design System's accessible patterns: labelled fields with hints and inline errors, the error summary, the language menu.

mod checkbox_group;
mod error_summary;
mod language_menu;
mod radio_group;
mod select_field;
mod text_field;

pub use checkbox_group::CheckboxGroup;
pub use error_summary::{ErrorLink, ErrorSummary};
pub use language_menu::LanguageMenu;
pub use radio_group::{RadioGroup, RadioOption};
pub use select_field::SelectField;
pub use text_field::TextField;

use yew::prelude::*;

/// The ids named by a field's `aria-describedby`: its hint and error, if shown.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<AttrValue> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, suffix)| format!("{id}-{suffix}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

/// A field's hint and inline error message.
pub(crate) fn hint_and_error(
    id: &str,
    hint: &Option<AttrValue>,
    error: &Option<AttrValue>,
    prefix: &str,
) -> Html {
    html! {
        <>
            if let Some(hint) = hint {
                <div class="hint" id={format!("{id}-hint")}>{ hint.clone() }</div>
            }
            if let Some(error) = error {
                <p class="error-message" id={format!("{id}-error")}>
                    <span class="visually-hidden">{ prefix }</span>{ error.clone() }
                </p>
            }
        </>
    }
}
