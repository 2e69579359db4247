//! Step 4: everything on one page with links back to change it; finishing checks the response and saves the file.

use yew::prelude::*;

use super::{StepProps, element_id, finish_reason, issue_message, step_heading, step_of};
use crate::core::questionnaire::Questionnaire;
use crate::core::response::ResponseId;
use crate::core::validate::{Field, Issue, Problem};
use crate::form::hooks::FinishError;
use crate::form::hooks::{navigate, use_responses};
use crate::form::route::{Route, Step};
use crate::i18n::{Messages, number, text};
use crate::ui::errors;
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::ui::profile::region_names;
use crate::ui::widgets::{ErrorLink, ErrorSummary};
use crate::web::locale::DisplayNames;
use crate::web::options::{self, KeyProblem};

/// A row of the summary: what, the person's value, and a "Change" link whose hidden words say
/// what it changes.
fn row(
    messages: &Messages,
    id: &ResponseId,
    label: String,
    value: Html,
    step: Step,
    element: &str,
) -> Html {
    let what = label.clone();
    row_with(
        messages,
        id,
        html! { { label } },
        what,
        value,
        step,
        element,
    )
}

fn row_with(
    m: &Messages,
    id: &ResponseId,
    key: Html,
    what: String,
    value: Html,
    step: Step,
    element: &str,
) -> Html {
    html! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{ key }</dt>
            <dd class="summary-list__value">{ value }</dd>
            <dd class="summary-list__actions">
                <a href={Route::field(id, step, element).href()}>
                    { m.t("review-change") }<span class="visually-hidden">{ format!(" {what}") }</span>
                </a>
            </dd>
        </div>
    }
}

fn person_text(value: &str, messages: &Messages) -> Html {
    if value.trim().is_empty() {
        html! { <span class="summary-list__empty">{ messages.t("review-not-given") }</span> }
    } else {
        html! { <span class="user-text" dir="auto">{ value.to_string() }</span> }
    }
}

/// The check-your-answers page.
#[function_component]
pub fn Review(props: &StepProps) -> Html {
    let messages = use_messages();
    let failure = use_state(|| None::<String>);
    let Some(responses) = use_responses() else {
        return html! {};
    };
    let lang = messages.language();
    let r = &props.draft.response;
    let p = &r.respondent;
    let id = &r.id;
    let m = &*messages;

    let errors: Vec<ErrorLink> = props
        .issues
        .iter()
        .map(|issue| ErrorLink {
            href: Route::field(id, step_of(&issue.field), &element_id(&issue.field))
                .href()
                .into(),
            message: in_question(issue, &props.questionnaire, m).into(),
        })
        .collect();

    // With the Secretariat's key configured, the file is encrypted first, by a module that
    // only such forms load.
    let recipient = options::recipient().and_then(Result::ok);
    let busy = use_state(|| false);
    // A double click sends its second click before the button is drawn disabled, or after a
    // quick finish: this says at once that finishing is under way or done, so the file is
    // saved once.
    let finishing = use_mut_ref(|| false);
    let on_finish = {
        let (responses, id, q, failure, messages, busy, finishing) = (
            responses.clone(),
            id.clone(),
            props.questionnaire.clone(),
            failure.clone(),
            messages.clone(),
            busy.clone(),
            finishing.clone(),
        );
        let sealed = recipient.is_some();
        Callback::from(move |_: MouseEvent| {
            if finishing.replace(true) {
                return;
            }
            let (responses, id, q, busy, failure, messages, finishing) = (
                responses.clone(),
                id.clone(),
                q.clone(),
                busy.clone(),
                failure.clone(),
                messages.clone(),
                finishing.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = responses.finish(&id, &q).await;
                busy.set(false);
                // Saved, the page moves on and a late second click saves nothing more; not
                // saved, the person may try again.
                finishing.replace(outcome.is_ok());
                match outcome {
                    Ok(_) => navigate(&Route::step(&id, Step::Done)),
                    // The reducer marks the attempt; the error summary appears and takes focus.
                    Err(FinishError::Incomplete(_)) => failure.set(None),
                    Err(FinishError::NotOnDevice) => {
                        failure.set(Some(messages.t("not-found-body")))
                    }
                    Err(FinishError::Download(e)) if sealed => failure.set(Some(messages.t_with(
                        "encrypt-failed",
                        &[("reason", text(&errors::reason(&messages, &e)))],
                    ))),
                    Err(e) => failure.set(Some(messages.t_with(
                        "download-failed",
                        &[("reason", text(&finish_reason(&messages, &e)))],
                    ))),
                }
            });
        })
    };

    let country = p.country.map(|c| {
        let names = DisplayNames::new(m.language());
        let region = c
            .region()
            .map(|r| format!(" ({})", region_names(m, &r).0))
            .unwrap_or_default();
        format!("{}{region}", names.country(c))
    });

    html! {
        <>
            if !errors.is_empty() {
                <ErrorSummary errors={errors} />
            }
            { step_heading(m, Step::Review, m.t("review-title")) }
            <h2 class="heading-m">{ m.t("review-about") }</h2>
            <dl class="summary-list">
                { row(m, id, m.t("about-name"), person_text(&p.name, m), Step::About, "field-name") }
                { row(m, id, m.t("about-organisation"), person_text(&p.organisation, m), Step::About, "field-organisation") }
                { row(m, id, m.t("review-email"), person_text(&p.email, m), Step::About, "field-email") }
                { row(m, id, m.t("review-capacity"), person_text(&p.capacity.map(|c| m.t(labels::capacity(c))).unwrap_or_default(), m), Step::About, "field-capacity") }
                { row(m, id, m.t("review-group"), person_text(&p.stakeholder_group.map(|g| m.t(labels::group(g))).unwrap_or_default(), m), Step::About, "field-group") }
                { row(m, id, m.t("about-country"), person_text(&country.unwrap_or_default(), m), Step::About, "field-country") }
                { row(m, id, m.t("about-nri"), person_text(&p.nri, m), Step::About, "field-nri") }
            </dl>
            <h2 class="heading-m">{ m.t("review-answers") }</h2>
            <dl class="summary-list summary-list--stacked">
                { for props.questionnaire.questions.iter().enumerate().map(|(i, q)| {
                    let answer = r.answer(&q.id);
                    let value = if answer.trim().is_empty() {
                        html! { <span class="summary-list__empty">{ m.t("review-not-answered") }</span> }
                    } else {
                        match q.kind.choices() {
                            [] => html! { <div class="user-text user-text--long" dir="auto">{ answer.to_string() }</div> },
                            // Choices by their labels, in the questionnaire's order.
                            choices => html! {
                                <ul class="list">
                                    { for choices.iter().filter(|c| answer.split_whitespace().any(|a| a == c.id)).map(|c| html! {
                                        <li>{ c.label.get(lang) }</li>
                                    }) }
                                </ul>
                            },
                        }
                    };
                    let key = html! { <><span class="answer__number">{ format!("{}.", i + 1) }</span>{ " " }{ q.text.get(lang) }</> };
                    let what = m.t_with("review-change-answer", &[("number", number(i + 1))]);
                    row_with(m, id, key, what, value, Step::Questions, &format!("answer-{}", q.id))
                }) }
            </dl>
            if !r.documents.is_empty() {
                <h2 class="heading-m">{ m.t("documents-title") }</h2>
                <dl class="summary-list summary-list--stacked">
                    { for r.documents.iter().enumerate().map(|(n, d)| {
                        let key = html! { <span class="user-text" dir="auto">{ d.title.clone() }</span> };
                        // The link as text: a review page never opens what a person typed.
                        let value = html! {
                            <>
                                <span class="user-text" dir="ltr">{ d.link.trim().to_string() }</span>
                                if !d.description.trim().is_empty() {
                                    <div class="user-text" dir="auto">{ d.description.clone() }</div>
                                }
                            </>
                        };
                        let what = m.t_with("documents-legend", &[("number", number(n + 1))]);
                        row_with(m, id, key, what, value, Step::Questions, &format!("document-{n}-title"))
                    }) }
                </dl>
            }
            <h2 class="heading-m">{ m.t("review-publication") }</h2>
            <dl class="summary-list">
                { row(m, id, m.t("review-publication-choice"), person_text(&r.publication.map(|p| m.t(labels::publication(p))).unwrap_or_default(), m), Step::Publication, "field-publication") }
            </dl>
            <h2 class="heading-m">{ m.t("review-finish-title") }</h2>
            <p>{ m.t("review-finish-body") }</p>
            if recipient.is_some() {
                <p class="notice notice--encrypted">{ m.t("review-encrypted") }</p>
            }
            {
                match options::recipient() {
                    Some(Err(KeyProblem::NotAKey(_))) => html! { <p class="error-message">{ m.t("key-option-invalid") }</p> },
                    Some(Err(KeyProblem::Unlisted(_))) => html! { <p class="error-message">{ m.t("key-option-unlisted") }</p> },
                    Some(Err(KeyProblem::OpenedFromFile)) => html! { <p class="error-message">{ m.t("key-option-from-file") }</p> },
                    _ => html! {},
                }
            }
            <p class="status-line" role="status">{ if *busy { m.t("review-encrypting") } else { String::new() } }</p>
            if let Some(f) = &*failure {
                <p class="error-message" role="alert">{ f.clone() }</p>
            }
            <div class="button-group">
                <button type="button" class="button" onclick={on_finish} disabled={*busy}>{ m.t("review-finish") }</button>
                <a class="link-button" href={Route::step(id, Step::Publication).href()}>{ m.t("back") }</a>
            </div>
        </>
    }
}

/// A problem as the summary of them all says it: naming the question it is in, as the
/// summary is far from it ("Question 3: This must be 30,000 characters or fewer").
fn in_question(issue: &Issue, q: &Questionnaire, m: &Messages) -> String {
    let message = issue_message(issue, m);
    let place = match &issue.field {
        Field::Answer(id) if issue.problem != Problem::NoAnswers => {
            q.questions.iter().position(|x| x.id == *id)
        }
        _ => None,
    };
    match place {
        Some(i) => m.t_with(
            "error-in-question",
            &[("number", number(i + 1)), ("error", text(&message))],
        ),
        None => message,
    }
}
