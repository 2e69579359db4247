//! A set of radio buttons in a fieldset with a legend, hint and inline error.

use yew::prelude::*;

use super::{described_by, hint_and_error};
use crate::ui::hooks::use_messages;

/// One choice.
#[derive(Clone, PartialEq)]
pub struct RadioOption {
    /// The value reported when chosen.
    pub value: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Optional hint under the label.
    pub hint: Option<AttrValue>,
}

impl RadioOption {
    /// A question's choices as options, labelled in `language`.
    pub fn choices(choices: &[crate::core::questionnaire::Choice], language: &str) -> Vec<Self> {
        choices
            .iter()
            .map(|c| Self {
                value: AttrValue::from(c.id.clone()),
                label: AttrValue::from(c.label.get(language).to_string()),
                hint: None,
            })
            .collect()
    }
}

/// Props of [`RadioGroup`].
#[derive(Properties, PartialEq)]
pub struct RadioGroupProps {
    /// Group id; the first radio takes it, so error links land on the group.
    pub id: AttrValue,
    /// The question the group answers.
    pub legend: AttrValue,
    /// Hint under the legend.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The choices.
    pub options: Vec<RadioOption>,
    /// The chosen value.
    pub selected: Option<AttrValue>,
    /// Inline error.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the chosen value.
    pub on_change: Callback<String>,
}

/// Radio buttons for one choice among a few.
#[function_component]
pub fn RadioGroup(props: &RadioGroupProps) -> Html {
    let messages = use_messages();
    let id = props.id.as_str();
    let radios = props.options.iter().enumerate().map(|(i, option)| {
        let input_id = if i == 0 {
            id.to_string()
        } else {
            format!("{id}-{}", option.value)
        };
        let hint_id = format!("{input_id}-item-hint");
        let on_change = {
            let (on_change, value) = (props.on_change.clone(), option.value.to_string());
            Callback::from(move |_: Event| on_change.emit(value.clone()))
        };
        html! {
            <div class="radio">
                <input
                    class="radio__input"
                    id={input_id.clone()}
                    name={props.id.clone()}
                    type="radio"
                    value={option.value.clone()}
                    checked={props.selected.as_ref() == Some(&option.value)}
                    aria-describedby={option.hint.is_some().then(|| hint_id.clone())}
                    onchange={on_change}
                />
                <label class="radio__label" for={input_id}>{ option.label.clone() }</label>
                if let Some(hint) = &option.hint {
                    <div class="hint radio__hint" id={hint_id}>{ hint.clone() }</div>
                }
            </div>
        }
    });
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--error"))}>
            <fieldset class="fieldset" aria-describedby={described_by(id, props.hint.is_some(), props.error.is_some())}>
                <legend class="legend">{ props.legend.clone() }</legend>
                { hint_and_error(id, &props.hint, &props.error, &messages.t("error-prefix")) }
                <div class="radios">{ for radios }</div>
            </fieldset>
        </div>
    }
}
