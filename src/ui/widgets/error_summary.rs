//! The GOV.UK error summary: a list of problems at the top of the page, focused when it appears, each linking to its field.

use yew::prelude::*;

use crate::ui::hooks::use_messages;

/// One problem and where to fix it.
#[derive(Clone, PartialEq)]
pub struct ErrorLink {
    /// The route (with a focus target) of the field.
    pub href: AttrValue,
    /// What to do.
    pub message: AttrValue,
}

/// Props of [`ErrorSummary`].
#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// The problems, in the order of the form.
    pub errors: Vec<ErrorLink>,
}

/// Lists problems; takes focus when shown so screen readers announce it.
#[function_component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let messages = use_messages();
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.errors.clone(), move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    html! {
        <div class="error-summary" ref={node} tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{ messages.t("error-summary-title") }</h2>
            <ul class="error-summary__list">
                { for props.errors.iter().map(|e| html! {
                    <li><a href={e.href.clone()}>{ e.message.clone() }</a></li>
                }) }
            </ul>
        </div>
    }
}
