//! A set of checkboxes in a fieldset with a legend, hint and inline error: several choices among a few.

use yew::prelude::*;

use super::{RadioOption, described_by, hint_and_error};
use crate::ui::hooks::use_messages;

/// Props of [`CheckboxGroup`].
#[derive(Properties, PartialEq)]
pub struct CheckboxGroupProps {
    /// Group id; the first checkbox takes it, so error links land on the group.
    pub id: AttrValue,
    /// The question the group answers.
    pub legend: AttrValue,
    /// Hint under the legend.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The choices (as for radios).
    pub options: Vec<RadioOption>,
    /// The chosen values.
    pub selected: Vec<AttrValue>,
    /// Inline error.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the chosen values, in the options' order.
    pub on_change: Callback<Vec<String>>,
}

/// Checkboxes for any number of choices among a few.
#[function_component]
pub fn CheckboxGroup(props: &CheckboxGroupProps) -> Html {
    let messages = use_messages();
    let id = props.id.as_str();
    let boxes = props.options.iter().enumerate().map(|(i, option)| {
        let input_id = if i == 0 {
            id.to_string()
        } else {
            format!("{id}-{}", option.value)
        };
        let on_change = {
            let (on_change, options, selected, value) = (
                props.on_change.clone(),
                props.options.clone(),
                props.selected.clone(),
                option.value.clone(),
            );
            Callback::from(move |e: Event| {
                let on = e
                    .target_dyn_into::<web_sys::HtmlInputElement>()
                    .is_some_and(|input| input.checked());
                let chosen = options
                    .iter()
                    .filter(|o| {
                        if o.value == value {
                            on
                        } else {
                            selected.contains(&o.value)
                        }
                    })
                    .map(|o| o.value.to_string())
                    .collect();
                on_change.emit(chosen);
            })
        };
        html! {
            <div class="checkbox">
                <input
                    class="checkbox__input"
                    id={input_id.clone()}
                    name={props.id.clone()}
                    type="checkbox"
                    value={option.value.clone()}
                    checked={props.selected.contains(&option.value)}
                    onchange={on_change}
                />
                <label class="checkbox__label" for={input_id}>{ option.label.clone() }</label>
            </div>
        }
    });
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--error"))}>
            <fieldset class="fieldset" aria-describedby={described_by(id, props.hint.is_some(), props.error.is_some())}>
                <legend class="legend">{ props.legend.clone() }</legend>
                { hint_and_error(id, &props.hint, &props.error, &messages.t("error-prefix")) }
                <div class="checkboxes">{ for boxes }</div>
            </fieldset>
        </div>
    }
}
