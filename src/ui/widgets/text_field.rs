//! A single-line text input with its label, hint and inline error.

use yew::prelude::*;

use super::{described_by, hint_and_error};
use crate::core::store::Caret;
use crate::ui::caret;
use crate::ui::hooks::use_messages;

/// Props of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Element id, also the target of error links.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Hint under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Current value.
    pub value: AttrValue,
    /// Inline error.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// `autocomplete` token, e.g. `name`.
    pub autocomplete: AttrValue,
    /// `type`: `text` or `email`.
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    /// Called with the new value and caret on every keystroke.
    pub on_change: Callback<(String, Caret)>,
    /// Values the browser offers as the person types, `(value, what else it is called)`;
    /// anything else may still be typed.
    #[prop_or_default]
    pub suggestions: &'static [(&'static str, &'static str)],
}

/// A labelled text input.
#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let messages = use_messages();
    let on_input = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(change) = caret::of_event(&e) {
                on_change.emit(change);
            }
        })
    };
    let id = props.id.as_str();
    let list = (!props.suggestions.is_empty()).then(|| format!("{id}-suggestions"));
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--error"))}>
            <label class="label" for={props.id.clone()}>{ props.label.clone() }</label>
            { hint_and_error(id, &props.hint, &props.error, &messages.t("error-prefix")) }
            <input
                class="input"
                id={props.id.clone()}
                name={props.id.clone()}
                type={props.input_type.clone()}
                value={props.value.clone()}
                autocomplete={props.autocomplete.clone()}
                spellcheck="false"
                dir="auto"
                aria-describedby={described_by(id, props.hint.is_some(), props.error.is_some())}
                aria-invalid={props.error.is_some().then_some("true")}
                oninput={on_input}
                list={list.clone()}
            />
            if let Some(list) = list {
                <datalist id={list}>
                    { for props.suggestions.iter().map(|(value, also)| html! {
                        <option value={*value} label={(!also.is_empty()).then_some(*also)} />
                    }) }
                </datalist>
            }
        </div>
    }
}
