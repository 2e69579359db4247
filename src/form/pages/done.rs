//! After finishing: the file is saved; what to do with it; download it again.

use yew::prelude::*;

use super::{StepProps, download_and_tell};
use crate::core::filename::{response_filename, sealed_filename};
use crate::core::response::Status;
use crate::form::hooks::{navigate, use_responses};
use crate::form::route::{Route, Step};
use crate::i18n::text;
use crate::ui::errors;
use crate::ui::hooks::use_messages;
use crate::web::options;

/// The confirmation page.
#[function_component]
pub fn Done(props: &StepProps) -> Html {
    let messages = use_messages();
    let notice = use_state(String::new);
    let confirming = use_state(|| false);
    let Some(responses) = use_responses() else {
        return html! {};
    };
    let r = &props.draft.response;
    let m = &*messages;
    if r.status != Status::Finished {
        // Changed since it was finished: the file on disk is out of date.
        return html! {
            <>
                <h1 class="heading-l" id="page-heading" tabindex="-1">{ m.t("done-changed-title") }</h1>
                <p>{ m.t("done-changed-body") }</p>
                <a class="button" href={Route::step(&r.id, Step::Review).href()}>{ m.t("done-changed-review") }</a>
            </>
        };
    }
    // On a shared device it was removed from the device as soon as its file was saved.
    let forgotten = responses.state().forgotten.contains(&r.id);
    // A form configured with the Secretariat's key saved an encrypted file.
    let encrypted = options::recipient().is_some_and(|r| r.is_ok());
    let file = props
        .draft
        .last_download
        .map(|t| {
            if encrypted {
                sealed_filename(t)
            } else {
                response_filename(&r.respondent.organisation, t)
            }
        })
        .unwrap_or_default();
    let on_again = {
        let (responses, id, notice, messages) = (
            responses.clone(),
            r.id.clone(),
            notice.clone(),
            messages.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let notice = notice.clone();
            download_and_tell(
                &responses,
                &id,
                &messages,
                Callback::from(move |said| notice.set(said)),
            );
        })
    };
    // On a shared device, the person removes their response once their file is safe.
    let on_ask_remove = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let on_keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let on_remove = {
        let (responses, id, notice, messages) = (
            responses.clone(),
            r.id.clone(),
            notice.clone(),
            messages.clone(),
        );
        Callback::from(move |_: MouseEvent| match responses.delete(&id) {
            Ok(()) => navigate(&Route::Home),
            Err(e) => notice.set(messages.t_with(
                "delete-failed",
                &[("reason", text(&errors::storage(&messages, &e)))],
            )),
        })
    };
    html! {
        <>
            <div class="panel">
                <h1 class="panel__title" id="page-heading" tabindex="-1">{ m.t("done-title") }</h1>
                <p class="panel__body">{ m.t("done-file") }<br /><strong class="filename" dir="ltr">{ file }</strong></p>
                if encrypted {
                    <p class="panel__body">{ m.t("done-encrypted") }</p>
                }
            </div>
            <h2 class="heading-m">{ m.t("done-next-title") }</h2>
            // An encrypted file is no text anyone can read: it is not offered for reading.
            <p>{ m.t(if encrypted { "done-next-body-sealed" } else { "done-next-body" }) }</p>
            if let Some((contact, listed)) = options::contact() {
                if listed {
                    <p class="contact"><strong>{ m.t_with("done-send-to", &[("contact", text(&contact))]) }</strong></p>
                } else {
                    <p class="error-message" role="alert">{ m.t_with("done-send-to-unlisted", &[("contact", text(&contact))]) }</p>
                }
            }
            if !forgotten {
                <p>{ m.t("done-kept") }</p>
            }
            <div class="button-group">
                if encrypted {
                    // Saving the encrypted file again means finishing again, through the check.
                    <a class="button button--secondary" href={Route::step(&r.id, Step::Review).href()}>{ m.t("done-changed-review") }</a>
                } else {
                    <button type="button" class="button button--secondary" onclick={on_again}>{ m.t("done-download-again") }</button>
                }
                <a class="link-button" href="#/">{ m.t("done-home") }</a>
            </div>
            <p class="status-line" role="status">{ (*notice).clone() }</p>
            if forgotten {
                <p class="notice" role="status">{ m.t("done-removed") }</p>
            } else {
            <h2 class="heading-m">{ m.t("done-shared-title") }</h2>
            <p>{ m.t("done-shared-body") }</p>
            if *confirming {
                <div class="confirm" role="group" aria-labelledby="remove-question">
                    <p id="remove-question" class="confirm__question">{ m.t("done-remove-confirm") }</p>
                    <div class="button-group">
                        <button type="button" class="button button--warning" onclick={on_remove}>{ m.t("delete-yes") }</button>
                        <button type="button" class="button button--secondary" onclick={on_keep}>{ m.t("delete-cancel") }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="button button--secondary" onclick={on_ask_remove}>{ m.t("done-remove") }</button>
            }
            }
        </>
    }
}
