//! What is wrong with the options in the page address, for the NRI that set them: the form names each and works on without it. A function, not a component: a component costs respondents about a kilobyte.

use yew::prelude::*;

use crate::core::embed::OptionProblem;
use crate::i18n::{Messages, text};

/// The banner, when some option could not be used; `unlisted_key` when the address gives an age
/// key the deployment does not list as the Secretariat's (said on every page, the start page's
/// downloads included, not only where the response is finished).
pub fn options_banner(messages: &Messages, problems: &[OptionProblem], unlisted_key: bool) -> Html {
    if problems.is_empty() && !unlisted_key {
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
                if unlisted_key {
                    <li>{ messages.t("key-option-unlisted") }</li>
                }
            </ul>
        </section>
    }
}
