//! Step 3: how the contribution may be published.

use yew::prelude::*;

use super::{StepProps, field_error, step_buttons, step_heading};
use crate::core::response::Publication;
use crate::core::validate::Field;
use crate::form::hooks::use_responses;
use crate::form::route::Step;
use crate::form::state::Edit;
use crate::ui::hooks::use_messages;
use crate::ui::profile::publication_options;
use crate::ui::widgets::RadioGroup;

/// The publication choice.
#[function_component]
pub fn PublicationChoice(props: &StepProps) -> Html {
    let messages = use_messages();
    let Some(responses) = use_responses() else {
        return html! {};
    };
    let r = &props.draft.response;
    let options = publication_options(&messages);
    let selected = r.publication.map(|p| AttrValue::from(p.key()));
    let on_change = {
        let (responses, id) = (responses.clone(), r.id.clone());
        Callback::from(move |value: String| {
            if let Some(choice) = Publication::from_key(&value) {
                responses.edit(&id, Edit::Publication(choice), Default::default());
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
