//! Every answer to the question on show, with its respondent, searchable. The search runs in the worker; typing never waits for it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::labels;
use super::state::{Action, SynthesisState};
use crate::core::countries::Country;
use crate::core::synthesis::AnswerRow;
use crate::i18n::number;
use crate::ui::hooks::use_messages;
use crate::web::locale::DisplayNames;

/// Props of [`Answers`].
#[derive(Properties, PartialEq)]
pub struct AnswersProps {
    /// The question's number.
    pub question: usize,
    /// Rows and how many matched.
    pub answers: Option<(Rc<Vec<AnswerRow>>, usize)>,
    /// The search words.
    pub search: String,
    /// The page's dispatcher.
    pub dispatcher: UseReducerDispatcher<SynthesisState>,
}

/// The answer list.
#[function_component]
pub fn Answers(props: &AnswersProps) -> Html {
    let messages = use_messages();
    let on_input = props.dispatcher.to_callback().reform(|e: InputEvent| {
        let value = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default();
        Action::Search(value)
    });
    let names = DisplayNames::new(messages.language());
    let country = |code: &str| {
        Country::from_code(code)
            .map(|c| names.country(c))
            .unwrap_or_default()
    };
    let publication = |p: &Option<crate::core::response::Publication>| match p {
        Some(crate::core::response::Publication::Named) => messages.t("publication-named"),
        Some(crate::core::response::Publication::Anonymous) => messages.t("publication-anonymous"),
        Some(crate::core::response::Publication::DoNotPublish) => messages.t("publication-none"),
        None => messages.t("review-not-given"),
    };
    html! {
        <section aria-labelledby="answers-heading" class="answers">
            <h3 class="heading-m" id="answers-heading">{ messages.t("answers-title") }</h3>
            <div class="field">
                <label class="label" for="answer-search">{ messages.t("answers-search") }</label>
                <div class="hint" id="answer-search-hint">{ messages.t("answers-search-hint") }</div>
                <input class="input" type="search" id="answer-search" dir="auto" value={props.search.clone()}
                    aria-describedby="answer-search-hint" oninput={on_input} />
            </div>
            if let Some((rows, total)) = &props.answers {
                <p role="status">{ messages.t_with("answers-count", &[("shown", number(rows.len())), ("total", number(*total))]) }</p>
                <ul class="answer-list">
                    { for rows.iter().map(|r| html! {
                        <li class="answer-row">
                            <p class="answer-row__text user-text user-text--long" dir="auto">{ r.text.clone() }</p>
                            <p class="answer-row__who">
                                <bdi>{ if r.name.is_empty() { messages.t("answers-no-name") } else { r.name.clone() } }</bdi>
                                if !r.organisation.is_empty() { { ", " }<bdi>{ r.organisation.clone() }</bdi> }
                                { format!(" · {} · {} · {} · ", labels::group(&messages, r.group.map_or(crate::core::response::NOT_STATED, |g| g.key())), country(&r.country), labels::language(&messages, &r.language)) }
                                { messages.t_with("answers-publication", &[("choice", crate::i18n::text(&publication(&r.publication)))]) }
                            </p>
                        </li>
                    }) }
                </ul>
                if rows.len() < *total {
                    <button type="button" class="button button--secondary" onclick={props.dispatcher.to_callback().reform(|_: MouseEvent| Action::MoreAnswers)}>
                        { messages.t_with("answers-more", &[("count", number((*total - rows.len()).min(crate::worker::ANSWER_PAGE)))]) }
                    </button>
                }
            }
        </section>
    }
}
