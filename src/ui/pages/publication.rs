//! Step 3: how the contribution may be published.

use yew::prelude::*;

use super::{StepProps, field_error, step_buttons, step_heading};
use crate::core::response::Publication;
use crate::core::validate::Field;
use crate::i18n::Messages;
use crate::msg;
use crate::ui::hooks::{use_messages, use_responses};
use crate::ui::route::Step;
use crate::ui::state::Edit;
use crate::ui::widgets::{RadioGroup, RadioOption};

const CHOICES: [(Publication, &str, &str, &str); 3] = [
    (
        Publication::Named,
        "named",
        msg!("publication-named"),
        msg!("publication-named-hint"),
    ),
    (
        Publication::Anonymous,
        "anonymous",
        msg!("publication-anonymous"),
        msg!("publication-anonymous-hint"),
    ),
    (
        Publication::DoNotPublish,
        "do-not-publish",
        msg!("publication-none"),
        msg!("publication-none-hint"),
    ),
];

/// The label of a publication choice.
pub(crate) fn publication_label(p: Publication, m: &Messages) -> String {
    CHOICES
        .iter()
        .find(|x| x.0 == p)
        .map(|x| m.t(x.2))
        .unwrap_or_default()
}

/// The publication choice.
#[function_component]
pub fn PublicationChoice(props: &StepProps) -> Html {
    let messages = use_messages();
    let Some(responses) = use_responses() else {
        return html! {};
    };
    let r = &props.draft.response;
    let options: Vec<RadioOption> = CHOICES
        .iter()
        .map(|(_, v, label, hint)| RadioOption {
            value: (*v).into(),
            label: messages.t(label).into(),
            hint: Some(messages.t(hint).into()),
        })
        .collect();
    let selected = r
        .publication
        .and_then(|p| CHOICES.iter().find(|x| x.0 == p))
        .map(|x| AttrValue::from(x.1));
    let on_change = {
        let (responses, id) = (responses.clone(), r.id.clone());
        Callback::from(move |value: String| {
            if let Some(choice) = CHOICES.iter().find(|x| x.1 == value) {
                responses.edit(&id, Edit::Publication(choice.0), Default::default());
            }
        })
    };
    html! {
        <>
            { step_heading(&messages, Step::Publication, messages.t("publication-title")) }
            <RadioGroup id="field-publication" legend={messages.t("publication-legend")}
                hint={Some(AttrValue::from(messages.t("publication-hint")))} options={options} selected={selected}
                error={field_error(&props.issues, &Field::Publication, &messages)} on_change={on_change} />
            { step_buttons(&messages, &props.draft, Step::Publication) }
        </>
    }
}
