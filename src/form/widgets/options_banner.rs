//! What is wrong with the options in the page address, for the NRI that set them: the form names each and works on without it. A function, not a component: a component costs respondents about a kilobyte.

use yew::prelude::*;

use crate::core::embed::OptionProblem;
use crate::i18n::{Messages, text};

/// The banner, when some option could not be used; `key_note` (a message id) when the address
/// gives an age key that will not be used: one the deployment does not list as the
/// Secretariat's, or any key in a copy opened from a file (said on every page, the start
/// page's downloads included, not only where the response is finished).
pub fn options_banner(
    messages: &Messages,
    problems: &[OptionProblem],
    key_note: Option<&str>,
) -> Html {
    if problems.is_empty() && key_note.is_none() {
        return html! {};
    }
    html! {
        <section class="warning-banner" aria-labelledby="options-title">
            <h2 class="warning-banner__title" id="options-title">{ messages.t("options-title") }</h2>
            <p>{ messages.t("options-intro") }</p>
            <ul>
                { for problems.iter().map(|p| html! { <li>{ match p {
                    OptionProblem::Unknown(name) => messages.t_with("option-unknown", &[("name", text(name))]),
                    OptionProblem::Invalid(name, value) => messages.t_with("option-invalid", &[("name", text(name)), ("value", text(value))]),
                    OptionProblem::Repeated(name) => messages.t_with("option-repeated", &[("name", text(name))]),
                } }</li> }) }
                if let Some(note) = key_note {
                    <li>{ messages.t(note) }</li>
                }
            </ul>
        </section>
    }
}
