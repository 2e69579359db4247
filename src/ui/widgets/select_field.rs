//! A native select with its label, hint and inline error: on phones it opens the system picker.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{described_by, hint_and_error};
use crate::ui::hooks::use_messages;

/// Props of [`SelectField`].
#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Hint under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The text of the empty choice.
    pub placeholder: AttrValue,
    /// `(value, label)` pairs, in display order.
    pub options: std::rc::Rc<Vec<(AttrValue, AttrValue)>>,
    /// The chosen value, if any.
    pub selected: Option<AttrValue>,
    /// `autocomplete` token, e.g. `country`.
    pub autocomplete: AttrValue,
    /// Inline error.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the chosen value (`""` for the empty choice).
    pub on_change: Callback<String>,
}

/// A labelled drop-down list.
#[function_component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let messages = use_messages();
    let on_change = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                on_change.emit(select.value());
            }
        })
    };
    let id = props.id.as_str();
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field--error"))}>
            <label class="label" for={props.id.clone()}>{ props.label.clone() }</label>
            { hint_and_error(id, &props.hint, &props.error, &messages.t("error-prefix")) }
            <select
                class="select"
                id={props.id.clone()}
                name={props.id.clone()}
                autocomplete={props.autocomplete.clone()}
                aria-describedby={described_by(id, props.hint.is_some(), props.error.is_some())}
                aria-invalid={props.error.is_some().then_some("true")}
                onchange={on_change}
            >
                <option value="" selected={props.selected.is_none()}>{ props.placeholder.clone() }</option>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={props.selected.as_ref() == Some(value)}>{ label.clone() }</option>
                }) }
            </select>
        </div>
    }
}
