//! One response in the device list: its state, when it last changed, and resume, download and delete (with confirmation).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::response::Status;
use crate::core::store::Draft;
use crate::form::hooks::use_responses;
use crate::form::pages::download_and_tell;
use crate::form::route::{Route, Step};
use crate::i18n::{number, text};
use crate::ui::errors;
use crate::ui::hooks::use_messages;
use crate::web::platform;

/// Props of [`ResponseItem`].
#[derive(Properties, PartialEq)]
pub struct ResponseItemProps {
    /// The response.
    pub draft: Rc<Draft>,
    /// How many questions its questionnaire has.
    pub total: usize,
    /// Its questionnaire's title, when it is not the one the page introduces.
    #[prop_or_default]
    pub questionnaire: Option<AttrValue>,
    /// Reports what happened ("deleted", "downloaded") to the page's status line.
    pub on_notice: Callback<String>,
}

/// A response on this device, with its actions.
#[function_component]
pub fn ResponseItem(props: &ResponseItemProps) -> Html {
    let messages = use_messages();
    let confirming = use_state(|| false);
    let confirm_ref = use_node_ref();
    {
        let confirm_ref = confirm_ref.clone();
        use_effect_with(*confirming, move |on| {
            if let (true, Some(el)) = (*on, confirm_ref.cast::<web_sys::HtmlElement>()) {
                let _ = el.focus();
            }
        });
    }
    let Some(responses) = use_responses() else {
        return html! {};
    };
    let r = &props.draft.response;
    let id = r.id.clone();
    let title = [&r.respondent.organisation, &r.respondent.name]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| messages.t("home-untitled"));
    let (status_class, status) = match r.status {
        Status::Draft => ("tag tag--draft", messages.t("status-draft")),
        Status::Finished => ("tag tag--finished", messages.t("status-finished")),
    };
    let changed = platform::local_date_time(r.updated, messages.language());
    let resume_step = if r.status == Status::Finished {
        Step::Review
    } else {
        Step::About
    };

    let on_download = {
        let (responses, id, notice, messages) = (
            responses.clone(),
            id.clone(),
            props.on_notice.clone(),
            messages.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            download_and_tell(&responses, &id, &messages, notice.clone())
        })
    };
    let on_delete = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let on_cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let on_confirm = {
        let (responses, id, notice, messages, title) = (
            responses.clone(),
            id.clone(),
            props.on_notice.clone(),
            messages.clone(),
            title.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            notice.emit(match responses.delete(&id) {
                Ok(()) => messages.t_with("deleted", &[("title", text(&title))]),
                Err(e) => messages.t_with(
                    "delete-failed",
                    &[("reason", text(&errors::storage(&messages, &e)))],
                ),
            });
            // The list heading is the next sensible place for focus once this item is gone.
            if let Some(h) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("page-heading"))
            {
                use wasm_bindgen::JsCast;
                if let Some(h) = h.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        })
    };

    html! {
        <li class="response-item">
            <h3 class="heading-s response-item__title"><bdi>{ title.clone() }</bdi></h3>
            <p class="response-item__meta">
                <strong class={status_class}>{ status }</strong>
                <span>{ messages.t_with("home-changed", &[("when", text(&changed))]) }</span>
                <span>{ messages.t_with("home-answered", &[("count", number(r.answered_count())), ("total", number(props.total))]) }</span>
            </p>
            if let Some(other) = &props.questionnaire {
                <p class="hint response-item__questionnaire">{ messages.t_with("home-other-questionnaire", &[("title", text(other))]) }</p>
            }
            if *confirming {
                <div class="confirm" role="group" aria-labelledby={format!("confirm-{id}")}>
                    <p id={format!("confirm-{id}")} class="confirm__question">{ messages.t_with("delete-confirm", &[("title", text(&title))]) }</p>
                    <div class="button-group">
                        <button type="button" ref={confirm_ref} class="button button--warning" onclick={on_confirm}>{ messages.t("delete-yes") }</button>
                        <button type="button" class="button button--secondary" onclick={on_cancel}>{ messages.t("delete-cancel") }</button>
                    </div>
                </div>
            } else {
                <div class="button-group response-item__actions">
                    <a class="button button--secondary" href={Route::step(&id, resume_step).href()}>
                        { messages.t("home-resume") }<span class="visually-hidden">{ format!(" {title}") }</span>
                    </a>
                    <button type="button" class="button button--secondary" onclick={on_download}>
                        { messages.t("home-download") }<span class="visually-hidden">{ format!(" {title}") }</span>
                    </button>
                    <button type="button" class="button button--secondary button--danger-text" onclick={on_delete}>
                        { messages.t("home-delete") }<span class="visually-hidden">{ format!(" {title}") }</span>
                    </button>
                </div>
            }
        </li>
    }
}
