//! The start page: what the BPF is, how contributions are used, and this device's responses.

mod response_item;

use std::rc::Rc;

use yew::prelude::*;

use response_item::ResponseItem;

use crate::core::embed;
use crate::core::questionnaire::Questionnaire;
#[cfg(feature = "any-questionnaire")]
use crate::core::questionnaire::{self, QuestionnaireError};
use crate::core::response::Status;
use crate::form::hooks::{navigate, use_responses};
use crate::form::route::{Route, Step};
use crate::i18n::{number, text};
use crate::ui::errors;
use crate::ui::hooks::use_messages;
#[cfg(feature = "any-questionnaire")]
use crate::web::files;
#[cfg(feature = "any-questionnaire")]
use crate::web::questionnaires::LoadError;
use crate::web::{options, platform, questionnaires};

/// Props of [`Home`].
#[derive(Properties, PartialEq)]
pub struct HomeProps {
    /// The questionnaire to introduce, which new responses answer.
    pub questionnaire: Rc<Questionnaire>,
    /// Every questionnaire this device knows (the drafts' among them).
    pub known: Rc<Vec<Rc<Questionnaire>>>,
    /// Called with a questionnaire file's name and text (or why it could not be read), when
    /// the person opens one.
    #[cfg(feature = "any-questionnaire")]
    pub on_questionnaire_file: Callback<(String, Result<String, LoadError>)>,
    /// How many drafts of other questionnaires this device keeps (which the form for the
    /// built-in questionnaire leaves to `form.html`).
    #[cfg(not(feature = "any-questionnaire"))]
    pub others: usize,
}

/// The introduction and the list of responses on this device.
#[function_component]
pub fn Home(props: &HomeProps) -> Html {
    let messages = use_messages();
    let notice = use_state(|| None::<String>);
    let Some(responses) = use_responses() else {
        return html! {};
    };
    let lang = messages.language();
    let q = &props.questionnaire;
    let state = responses.state();
    let drafts = state.by_recency();
    let finished = drafts
        .iter()
        .filter(|d| d.response.status == Status::Finished)
        .count();

    // The embedding NRI's options: its name on every response, and a closing day.
    let (options, _) = options::embed();
    let shared = options.shared;
    let nri = options.nri.clone().unwrap_or_default();
    let closed = embed::is_closed(&options, &platform::local_today())
        .then(|| options.closes.clone().unwrap_or_default());
    let on_start = {
        let (responses, q, notice, messages) = (
            responses.clone(),
            q.clone(),
            notice.clone(),
            messages.clone(),
        );
        Callback::from(
            move |_: MouseEvent| match responses.start(&q, messages.language(), &nri) {
                Ok(id) => navigate(&Route::step(&id, Step::About)),
                Err(e) => notice.set(Some(messages.t_with(
                    "start-failed",
                    &[("reason", text(&errors::reason(&messages, &e)))],
                ))),
            },
        )
    };
    let on_bundle = {
        let (responses, notice, messages) = (responses.clone(), notice.clone(), messages.clone());
        Callback::from(move |_: MouseEvent| {
            let (responses, notice, messages) =
                (responses.clone(), notice.clone(), messages.clone());
            wasm_bindgen_futures::spawn_local(async move {
                notice.set(Some(match responses.download_bundle().await {
                    Ok((name, n)) => messages.t_with(
                        "bundle-downloaded",
                        &[("count", number(n)), ("file", text(&name))],
                    ),
                    Err(e) => messages.t_with(
                        "download-failed",
                        &[("reason", text(&errors::reason(&messages, &e)))],
                    ),
                }))
            });
        })
    };
    // A questionnaire file the person opens: read here, checked by the app.
    #[cfg(feature = "any-questionnaire")]
    let on_file = {
        let on_open = props.on_questionnaire_file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = files::files_of(input.files()).into_iter().next() else {
                return;
            };
            input.set_value("");
            let on_open = on_open.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                // Larger than any questionnaire may be: refused before it is read.
                let size = file.size() as usize;
                let text = if size > questionnaire::limits::FILE_BYTES {
                    Err(LoadError::Refused(QuestionnaireError::TooLarge(size)))
                } else {
                    files::read_text(&file).await.map_err(LoadError::Fetch)
                };
                on_open.emit((name, text));
            });
        })
    };
    // Other questionnaires: opened from a file here, or, in the form for the built-in
    // questionnaire, in the form for any (`form.html`), with this device's drafts of them.
    #[cfg(feature = "any-questionnaire")]
    let other_questionnaires = html! {
        <details class="details" id="other-questionnaire">
            <summary class="details__summary">{ messages.t("home-open-questionnaire") }</summary>
            <div class="details__text">
                <p class="hint" id="questionnaire-file-hint">{ messages.t("home-open-questionnaire-hint") }</p>
                <label class="label" for="questionnaire-file">{ messages.t("home-open-questionnaire-label") }</label>
                <input class="file-input" type="file" id="questionnaire-file" accept=".json,application/json"
                    aria-describedby="questionnaire-file-hint" onchange={on_file} />
            </div>
        </details>
    };
    #[cfg(not(feature = "any-questionnaire"))]
    let other_questionnaires = html! {
        <>
            if props.others > 0 && !shared {
                <p><a id="other-drafts" href={options::form_page("")}>{ messages.t_with("home-other-drafts", &[("count", number(props.others))]) }</a></p>
            }
            <p><a id="other-questionnaire" href={options::form_page("")}>{ messages.t("home-open-questionnaire") }</a></p>
        </>
    };
    let on_notice = {
        let notice = notice.clone();
        Callback::from(move |message: String| notice.set(Some(message)))
    };

    html! {
        <>
            <h1 class="heading-xl" id="page-heading" tabindex="-1">{ q.title.get(lang) }</h1>
            { for q.intro.iter().map(|p| html! { <p class="lead">{ p.get(lang) }</p> }) }
            if let Some(closes) = closed {
                <p class="warning-banner">{ messages.t_with("home-closed", &[("date", crate::i18n::text(&closes))]) }</p>
            } else if let Some(latest) = drafts.iter().find(|d| d.response.status == Status::Draft && d.response.questionnaire.answers(&q.reference())).filter(|_| !shared) {
                <div class="button-group">
                    <a class="button" href={Route::step(&latest.response.id, Step::About).href()}>{ messages.t("home-continue") }</a>
                    <button type="button" class="button button--secondary" onclick={on_start}>{ messages.t("home-start-another") }</button>
                </div>
            } else {
                <div class="button-group">
                    <button type="button" class="button button--start" onclick={on_start}>{ messages.t("home-start") }</button>
                </div>
            }
            <p class="status-line" role="status">{ (*notice).clone().unwrap_or_default() }</p>
            if !state.unreadable.is_empty() {
                <div class="warning-banner" role="alert">
                    <p>{ messages.t_with("home-unreadable", &[("count", number(state.unreadable.len()))]) }</p>
                    <ul>{ for state.unreadable.iter().map(|(_, why)| html! { <li>{ messages.t(why) }</li> }) }</ul>
                </div>
            }
            if shared {
                // A shared device shows nobody else's responses, not even their titles.
                <p class="notice">{ messages.t("home-shared") }</p>
                if drafts.iter().any(|d| !state.forgotten.contains(&d.response.id)) {
                    <p class="hint">{ messages.t_with("home-shared-left", &[("count", number(drafts.iter().filter(|d| !state.forgotten.contains(&d.response.id)).count()))]) }</p>
                }
            } else if !drafts.is_empty() {
                <h2 class="heading-m" id="device-responses">{ messages.t("home-your-responses") }</h2>
                <p class="hint">{ messages.t("home-your-responses-hint") }</p>
                <ul class="response-list" aria-labelledby="device-responses">
                    { for drafts.iter().map(|d| {
                        let theirs = questionnaires::find(&props.known, &d.response.questionnaire).unwrap_or(q);
                        let other = (theirs.hash != q.hash).then(|| AttrValue::from(theirs.title.get(lang).to_string()));
                        html! {
                            <ResponseItem key={d.response.id.to_string()} draft={Rc::new((*d).clone())} total={theirs.questions.len()} questionnaire={other} on_notice={on_notice.clone()} />
                        }
                    }) }
                </ul>
                if finished > 0 {
                    <h2 class="heading-m">{ messages.t("home-bundle-title") }</h2>
                    <p>{ messages.t("home-bundle-hint") }</p>
                    <button type="button" class="button button--secondary" onclick={on_bundle}>
                        { messages.t_with("home-bundle-button", &[("count", number(finished))]) }
                    </button>
                }
            }
            { other_questionnaires }
        </>
    }
}
