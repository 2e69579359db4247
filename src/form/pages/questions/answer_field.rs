//! One question and its answer: a text field (paragraphs or one line) with a live word and character count that never blocks typing.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::core::response::ResponseId;
use crate::core::text;
use crate::form::hooks::use_responses;
use crate::form::state::Edit;
use crate::i18n::number;
use crate::ui::caret;
use crate::ui::hooks::use_messages;
use crate::ui::widgets::described_by;

/// How long typing must pause before the count is announced to screen readers.
const ANNOUNCE_DELAY_MS: u32 = 1_500;

/// Props of [`AnswerField`].
#[derive(Properties, PartialEq)]
pub struct AnswerFieldProps {
    /// The response.
    pub response_id: ResponseId,
    /// The question's id.
    pub question_id: String,
    /// Its number, from 1.
    pub number: usize,
    /// The question, in the current language.
    pub question: String,
    /// A line under the question, if the questionnaire gives one.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Paragraphs (a text area) rather than one line.
    #[prop_or(true)]
    pub multiline: bool,
    /// The most characters the answer may have.
    #[prop_or(usize::MAX)]
    pub max_length: usize,
    /// The answer so far.
    pub value: String,
    /// Inline error.
    pub error: Option<AttrValue>,
}

/// A question with its answer field.
#[function_component]
pub fn AnswerField(props: &AnswerFieldProps) -> Html {
    let messages = use_messages();
    let announced = use_state(String::new);
    let timer = use_mut_ref(|| None::<Timeout>);
    let first_render = use_mut_ref(|| true);
    let Some(responses) = use_responses() else {
        return html! {};
    };
    let id = format!("answer-{}", props.question_id);
    let count = text::count(&props.value);
    // Over the limit, the person is told at once how far, as they type; finishing is what
    // refuses it.
    let over = count.characters.saturating_sub(props.max_length);
    let over_text = (over > 0).then(|| {
        messages.t_with(
            "count-over",
            &[("over", number(over)), ("max", number(props.max_length))],
        )
    });
    let count_text = messages.t_with(
        "count-words",
        &[
            ("words", number(count.words)),
            ("characters", number(count.characters)),
        ],
    );
    let announcement = match &over_text {
        Some(over) => format!("{count_text}. {over}"),
        None => count_text.clone(),
    };

    {
        // The visible count follows every keystroke; the announcement waits for a pause so a
        // screen reader is not interrupted while the person types.
        let (announced, count_text) = (announced.clone(), announcement);
        use_effect_with(count_text, move |count_text| {
            if std::mem::take(&mut *first_render.borrow_mut()) {
                return;
            }
            let count_text = count_text.clone();
            *timer.borrow_mut() = Some(Timeout::new(ANNOUNCE_DELAY_MS, move || {
                announced.set(count_text)
            }));
        });
    }

    let on_input = {
        let (responses, response_id, qid) = (
            responses.clone(),
            props.response_id.clone(),
            props.question_id.clone(),
        );
        Callback::from(move |e: InputEvent| {
            if let Some((value, caret)) = caret::of_event(&e) {
                responses.edit(&response_id, Edit::Answer(qid.clone(), value), caret);
            }
        })
    };
    let on_caret = {
        let (responses, response_id) = (responses.clone(), props.response_id.clone());
        Callback::from(move |e: Event| {
            if let Some((_, caret)) = caret::of_event(&e) {
                responses.caret(&response_id, caret);
            }
        })
    };
    let on_key_or_click = {
        let on_caret = on_caret.clone();
        move |e: Event| on_caret.emit(e)
    };

    let counts = if over_text.is_some() {
        format!("{id}-count {id}-over")
    } else {
        format!("{id}-count")
    };
    let described = AttrValue::from(
        described_by(&id, props.hint.is_some(), props.error.is_some())
            .map_or_else(|| counts.clone(), |d| format!("{d} {counts}")),
    );
    html! {
        <div class={classes!("field", "answer", props.error.is_some().then_some("field--error"))}>
            <label class="label answer__question" for={id.clone()}>
                <span class="answer__number">{ format!("{}.", props.number) }</span>{ " " }{ props.question.clone() }
            </label>
            if let Some(hint) = &props.hint {
                <div class="hint" id={format!("{id}-hint")}>{ hint.clone() }</div>
            }
            if let Some(error) = &props.error {
                <p class="error-message" id={format!("{id}-error")}>
                    <span class="visually-hidden">{ messages.t("error-prefix") }</span>{ error.clone() }
                </p>
            }
            if props.multiline {
                <textarea
                    class="textarea"
                    id={id.clone()}
                    name={id.clone()}
                    rows="8"
                    dir="auto"
                    value={props.value.clone()}
                    aria-describedby={described.clone()}
                    aria-invalid={props.error.is_some().then_some("true")}
                    oninput={on_input}
                    onselect={on_caret.clone()}
                    onfocus={let f = on_key_or_click.clone(); move |e: FocusEvent| f(e.into())}
                    onkeyup={let f = on_key_or_click.clone(); move |e: KeyboardEvent| f(e.into())}
                    onmouseup={move |e: MouseEvent| on_key_or_click(e.into())}
                />
            } else {
                <input
                    class="input"
                    type="text"
                    id={id.clone()}
                    name={id.clone()}
                    dir="auto"
                    value={props.value.clone()}
                    aria-describedby={described}
                    aria-invalid={props.error.is_some().then_some("true")}
                    oninput={on_input}
                    onselect={on_caret.clone()}
                    onfocus={let f = on_key_or_click.clone(); move |e: FocusEvent| f(e.into())}
                    onkeyup={let f = on_key_or_click.clone(); move |e: KeyboardEvent| f(e.into())}
                    onmouseup={move |e: MouseEvent| on_key_or_click(e.into())}
                />
            }
            <div class="count" id={format!("{id}-count")} aria-hidden="true">{ count_text }</div>
            if let Some(over) = over_text {
                <p class="count count--over" id={format!("{id}-over")} aria-hidden="true">{ over }</p>
            }
            <div class="visually-hidden" aria-live="polite">{ (*announced).clone() }</div>
        </div>
    }
}
