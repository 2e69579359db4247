//! The accessibility statement: what standard the app aims at, how it was tested, what is known
//! not to work, and whom to tell.

use yew::prelude::*;

use crate::ui::hooks::use_messages;

/// The statement, a heading and sections of plain paragraphs and lists.
#[function_component]
pub fn Accessibility() -> Html {
    let m = use_messages();
    let list = |ids: &[&str]| {
        html! { <ul class="list">{ for ids.iter().map(|id| html! { <li>{ m.t(id) }</li> }) }</ul> }
    };
    html! {
        <>
            <h1 class="heading-l" id="page-heading" tabindex="-1">{ m.t("a11y-title") }</h1>
            <p class="lead">{ m.t("a11y-intro") }</p>
            <h2 class="heading-m">{ m.t("a11y-standard-title") }</h2>
            <p>{ m.t("a11y-standard") }</p>
            <h2 class="heading-m">{ m.t("a11y-works-title") }</h2>
            { list(&["a11y-works-keyboard", "a11y-works-screen-reader", "a11y-works-zoom", "a11y-works-languages", "a11y-works-charts", "a11y-works-contrast"]) }
            <h2 class="heading-m">{ m.t("a11y-tested-title") }</h2>
            { list(&["a11y-tested-axe", "a11y-tested-keyboard", "a11y-tested-sizes", "a11y-tested-screenshots"]) }
            <h2 class="heading-m">{ m.t("a11y-limits-title") }</h2>
            { list(&["a11y-limits-screen-readers", "a11y-limits-charts", "a11y-limits-translations"]) }
            <h2 class="heading-m">{ m.t("a11y-contact-title") }</h2>
            <p>{ m.t("a11y-contact") }</p>
            <p class="hint">{ m.t_with("a11y-prepared", &[("version", crate::i18n::text(env!("CARGO_PKG_VERSION")))]) }</p>
            <p><a href="#/">{ m.t("not-found-home") }</a></p>
        </>
    }
}
