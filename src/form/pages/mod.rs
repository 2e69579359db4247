//! The pages of the respondent's form. Each page owns its private children; what they share is here.

mod about_you;
mod accessibility;
mod done;
// The NRI's embed page is in the form for any questionnaire (`form.html`) only.
#[cfg(feature = "any-questionnaire")]
mod embed;
mod home;
mod not_found;
mod publication;
mod questions;
mod review;

pub use about_you::AboutYou;
pub use accessibility::Accessibility;
pub use done::Done;
#[cfg(feature = "any-questionnaire")]
pub use embed::Embed;
pub use home::Home;
pub use not_found::NotFound;
pub use publication::PublicationChoice;
pub use questions::Questions;
pub use review::Review;

use std::rc::Rc;

use yew::prelude::*;

use crate::core::questionnaire::Questionnaire;
use crate::core::store::Draft;
use crate::core::validate::{Field, Issue};
use crate::form::route::{Route, Step};
use crate::i18n::{Messages, number};
pub(crate) use crate::ui::errors::{element_id, field_error, issue_message};

/// What every step of a response gets.
#[derive(Properties, PartialEq, Clone)]
pub struct StepProps {
    /// The response being filled in.
    pub draft: Rc<Draft>,
    /// Its questionnaire.
    pub questionnaire: Rc<Questionnaire>,
    /// Problems to show inline; empty until the person tries to finish.
    pub issues: Rc<Vec<Issue>>,
}

/// The step a field is filled in on.
pub(crate) fn step_of(field: &Field) -> Step {
    match field {
        Field::Answer(_)
        | Field::DocumentTitle(_)
        | Field::DocumentLink(_)
        | Field::DocumentDescription(_)
        | Field::Comment(_) => Step::Questions,
        Field::Publication => Step::Publication,
        _ => Step::About,
    }
}

/// The caption ("Step 1 of 4") and the page heading, which takes focus after navigation.
pub(crate) fn step_heading(messages: &Messages, step: Step, title: String) -> Html {
    html! {
        <>
            <span class="caption">{ messages.t_with("step-of", &[("step", number(step.number())), ("total", number(4))]) }</span>
            <h1 class="heading-l" id="page-heading" tabindex="-1">{ title }</h1>
        </>
    }
}

/// The row of buttons at the foot of a step: continue, and back.
pub(crate) fn step_buttons(messages: &Messages, draft: &Draft, step: Step) -> Html {
    let id = &draft.response.id;
    html! {
        <div class="button-group">
            <a class="button" href={Route::step(id, step.next()).href()}>{ messages.t("continue") }</a>
            if let Some(previous) = step.previous() {
                <a class="link-button" href={Route::step(id, previous).href()}>{ messages.t("back") }</a>
            }
        </div>
    }
}

/// Downloads a response (its file to send, or a private copy of an unfinished one) and `tell`s
/// how it went, in words.
pub(crate) fn download_and_tell(
    responses: &crate::form::hooks::ResponsesHandle,
    id: &crate::core::response::ResponseId,
    messages: &Rc<Messages>,
    tell: Callback<String>,
) {
    let (responses, id, messages) = (responses.clone(), id.clone(), messages.clone());
    wasm_bindgen_futures::spawn_local(async move {
        tell.emit(match responses.download(&id).await {
            Ok(name) => messages.t_with("downloaded", &[("file", crate::i18n::text(&name))]),
            Err(e) => messages.t_with(
                "download-failed",
                &[("reason", crate::i18n::text(&finish_reason(&messages, &e)))],
            ),
        })
    });
}

/// Why a response could not be downloaded or finished, as the `reason` of a message.
pub(crate) fn finish_reason(m: &Messages, e: &crate::form::hooks::FinishError) -> String {
    use crate::form::hooks::FinishError;
    match e {
        FinishError::NotOnDevice => m.t("reason-not-on-device"),
        FinishError::Download(e) => crate::ui::errors::reason(m, e),
        // Never reached by a download; the error summary says what is missing.
        FinishError::Incomplete(_) => m.t("error-summary-title"),
    }
}
