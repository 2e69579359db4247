//! The page for an address the app does not know, or a response no longer on this device.

use yew::prelude::*;

use crate::ui::hooks::use_messages;

/// Says the page is not here and links home.
#[function_component]
pub fn NotFound() -> Html {
    let messages = use_messages();
    html! {
        <>
            <h1 class="heading-l" id="page-heading" tabindex="-1">{ messages.t("not-found-title") }</h1>
            <p>{ messages.t("not-found-body") }</p>
            <p><a href="#/">{ messages.t("not-found-home") }</a></p>
        </>
    }
}
