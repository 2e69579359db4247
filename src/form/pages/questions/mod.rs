//! Step 2: the questions, each answered in the field its kind takes (a long or short text field, radio buttons, checkboxes); all optional, at least one needed to finish; then the documents sent with the response.

mod answer_field;
mod documents;

use yew::prelude::*;

use answer_field::AnswerField;
use documents::Documents;

use super::{StepProps, field_error, step_buttons, step_heading};
use crate::core::questionnaire::QuestionKind;
use crate::core::validate::Field;
use crate::form::route::Step;
use crate::ui::hooks::use_messages;
#[cfg(feature = "any-questionnaire")]
use {
    crate::core::store::Caret,
    crate::form::hooks::use_responses,
    crate::form::state::Edit,
    crate::i18n::number,
    crate::ui::widgets::{CheckboxGroup, RadioGroup, RadioOption},
};

/// The questionnaire's questions, each answered in the field its kind takes.
#[function_component]
pub fn Questions(props: &StepProps) -> Html {
    let messages = use_messages();
    let lang = messages.language();
    let r = &props.draft.response;
    #[cfg(feature = "any-questionnaire")]
    let Some(responses) = use_responses() else {
        return html! {};
    };
    html! {
        <>
            { step_heading(&messages, Step::Questions, messages.t("questions-title")) }
            <p>{ messages.t("questions-intro") }</p>
            { for props.questionnaire.questions.iter().enumerate().map(|(i, q)| {
                let error = field_error(&props.issues, &Field::Answer(q.id.clone()), &messages);
                let hint = q.hint.as_ref().map(|h| AttrValue::from(h.get(lang).to_string()));
                let value = r.answer(&q.id).to_string();
                match &q.kind {
                    QuestionKind::LongText { max_length } | QuestionKind::ShortText { max_length } => html! {
                        <AnswerField
                            max_length={*max_length}
                            key={q.id.clone()}
                            response_id={r.id.clone()}
                            question_id={q.id.clone()}
                            number={i + 1}
                            question={q.text.get(lang).to_string()}
                            {hint}
                            multiline={matches!(q.kind, QuestionKind::LongText { .. })}
                            {value}
                            {error}
                        />
                    },
                    // The built-in questionnaire has no choice questions: they are in the form for
                    // any questionnaire only.
                    #[cfg(not(feature = "any-questionnaire"))]
                    _ => Html::default(),
                    #[cfg(feature = "any-questionnaire")]
                    QuestionKind::OneChoice { choices } | QuestionKind::SeveralChoices { choices, .. } => {
                        let id = AttrValue::from(format!("answer-{}", q.id));
                        let legend = AttrValue::from(format!("{}. {}", i + 1, q.text.get(lang)));
                        let options = RadioOption::choices(choices, lang);
                        // A choice is answered at once; the caret goes back to the group.
                        let answer = {
                            let (responses, response_id, qid, field) =
                                (responses.clone(), r.id.clone(), q.id.clone(), id.to_string());
                            move |value: String| {
                                let caret = Caret { field: field.clone(), start: 0, end: 0 };
                                responses.edit(&response_id, Edit::Answer(qid.clone(), value), caret);
                            }
                        };
                        if let QuestionKind::SeveralChoices { max_choices, .. } = &q.kind {
                            let hint = match (hint, max_choices) {
                                (Some(h), _) => Some(h),
                                (None, Some(max)) => Some(AttrValue::from(messages.t_with("answer-max-choices", &[("max", number(*max))]))),
                                (None, None) => None,
                            };
                            let selected: Vec<AttrValue> =
                                value.split_whitespace().map(|v| AttrValue::from(v.to_string())).collect();
                            html! {
                                <CheckboxGroup key={q.id.clone()} {id} {legend} {hint} {options} {selected} {error}
                                    on_change={Callback::from(move |chosen: Vec<String>| answer(chosen.join(" ")))} />
                            }
                        } else {
                            let selected = Some(value).filter(|v| !v.is_empty()).map(AttrValue::from);
                            html! {
                                <RadioGroup key={q.id.clone()} {id} {legend} {hint} {options} {selected} {error}
                                    on_change={Callback::from(answer)} />
                            }
                        }
                    }
                }
            }) }
            <Documents draft={props.draft.clone()} questionnaire={props.questionnaire.clone()} issues={props.issues.clone()} />
            { step_buttons(&messages, &props.draft, Step::Questions) }
        </>
    }
}
