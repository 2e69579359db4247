//! Step 2: the questions, each answered in a long text field; all optional, at least one needed to finish.

mod answer_field;

use yew::prelude::*;

use answer_field::AnswerField;

use super::{StepProps, field_error, step_buttons, step_heading};
use crate::core::validate::Field;
use crate::form::route::Step;
use crate::ui::hooks::use_messages;

/// The seven answers.
#[function_component]
pub fn Questions(props: &StepProps) -> Html {
    let messages = use_messages();
    let lang = messages.language();
    let r = &props.draft.response;
    html! {
        <>
            { step_heading(&messages, Step::Questions, messages.t("questions-title")) }
            <p>{ messages.t("questions-intro") }</p>
            { for props.questionnaire.questions.iter().enumerate().map(|(i, q)| html! {
                <AnswerField
                    key={q.id.clone()}
                    response_id={r.id.clone()}
                    question_id={q.id.clone()}
                    number={i + 1}
                    question={q.text.get(lang).to_string()}
                    value={r.answer(&q.id).to_string()}
                    error={field_error(&props.issues, &Field::Answer(q.id.clone()), &messages)}
                />
            }) }
            { step_buttons(&messages, &props.draft, Step::Questions) }
        </>
    }
}
