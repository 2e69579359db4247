//! Step 1: who the respondent is, in what capacity, from where. The region follows from the country.

use yew::prelude::*;

use super::{StepProps, field_error, step_buttons, step_heading};
use crate::core::countries::Country;
use crate::core::questionnaire::ProfileField;
use crate::core::response::{Capacity, StakeholderGroup};
use crate::core::validate::Field;
use crate::form::hooks::use_responses;
use crate::form::route::Step;
use crate::form::state::Edit;
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::ui::profile::{country_field, country_options, radio_options};
use crate::ui::widgets::{RadioGroup, TextField};

/// The respondent's profile.
#[function_component]
pub fn AboutYou(props: &StepProps) -> Html {
    let messages = use_messages();
    let countries = use_memo(messages.language(), |language| country_options(language));
    let Some(responses) = use_responses() else {
        return html! {};
    };
    let r = &props.draft.response;
    let p = &r.respondent;
    let id = r.id.clone();
    let err = |f: Field| field_error(&props.issues, &f, &messages);
    let asks = |f: ProfileField| props.questionnaire.asks(f);

    let text_edit = |make: fn(String) -> Edit| {
        let (responses, id) = (responses.clone(), id.clone());
        Callback::from(move |(value, caret)| responses.edit(&id, make(value), caret))
    };
    let choice_edit = |make: fn(&str) -> Option<Edit>| {
        let (responses, id) = (responses.clone(), id.clone());
        Callback::from(move |value: String| {
            if let Some(edit) = make(&value) {
                responses.edit(&id, edit, Default::default());
            }
        })
    };
    let capacity_options = radio_options(Capacity::ALL, Capacity::key, labels::capacity, &messages);
    let group_options = radio_options(
        StakeholderGroup::ALL,
        StakeholderGroup::key,
        labels::group,
        &messages,
    );
    let capacity = p.capacity.map(|c| AttrValue::from(c.key()));
    let group = p.stakeholder_group.map(|g| AttrValue::from(g.key()));

    html! {
        <>
            { step_heading(&messages, Step::About, messages.t("about-title")) }
            <p>{ messages.t("about-intro") }</p>
            // A named contribution needs a name, asked or not.
            if asks(ProfileField::Name) || r.publication == Some(crate::core::response::Publication::Named) {
            <TextField id="field-name" label={messages.t("about-name")} hint={Some(AttrValue::from(messages.t("about-name-hint")))}
                value={p.name.clone()} autocomplete="name" error={err(Field::Name)} on_change={text_edit(Edit::Name)} />
            }
            if asks(ProfileField::Organisation) {
            <TextField id="field-organisation" label={messages.t("about-organisation")} hint={Some(AttrValue::from(messages.t("about-organisation-hint")))}
                value={p.organisation.clone()} autocomplete="organization" error={err(Field::Organisation)} on_change={text_edit(Edit::Organisation)} />
            }
            if asks(ProfileField::Email) {
            <TextField id="field-email" label={messages.t("about-email")} hint={Some(AttrValue::from(messages.t("about-email-hint")))}
                value={p.email.clone()} autocomplete="email" input_type="email" error={err(Field::Email)} on_change={text_edit(Edit::Email)} />
            }
            if asks(ProfileField::Capacity) {
            <RadioGroup id="field-capacity" legend={messages.t("about-capacity")} options={capacity_options} selected={capacity}
                error={err(Field::Capacity)}
                on_change={choice_edit(|v| Capacity::from_key(v).map(Edit::Capacity))} />
            }
            if asks(ProfileField::Group) {
            <RadioGroup id="field-group" legend={messages.t("about-group")} options={group_options} selected={group}
                error={err(Field::StakeholderGroup)}
                on_change={choice_edit(|v| StakeholderGroup::from_key(v).map(Edit::Group))} />
            }
            if asks(ProfileField::Country) {
            { country_field(&messages, (*countries).clone(), p.country, err(Field::Country),
                choice_edit(|v| Some(Edit::Country(Country::from_code(v))))) }
            }
            if asks(ProfileField::Nri) {
            <TextField id="field-nri" label={messages.t("about-nri")} hint={Some(AttrValue::from(messages.t("about-nri-hint")))}
                value={p.nri.clone()} autocomplete="off" error={err(Field::Nri)} on_change={text_edit(Edit::Nri)}
                suggestions={crate::core::nris::KNOWN} />
            }
            { step_buttons(&messages, &props.draft, Step::About) }
        </>
    }
}
