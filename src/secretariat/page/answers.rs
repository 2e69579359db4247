//! Every answer to the question on show, with its respondent, searchable. The search runs in the worker; typing never waits for it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_synthesis::use_synthesis;
use crate::core::countries::Country;
use crate::core::response::{Publication, StakeholderGroup};
use crate::i18n::number;
use crate::secretariat::protocol::ANSWER_PAGE;
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::web::locale::DisplayNames;

/// The answer list.
#[function_component]
pub fn Answers() -> Html {
    let messages = use_messages();
    let handle = use_synthesis();
    let s = handle.state();
    let on_input = {
        let handle = handle.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            handle.search(value);
        })
    };
    let on_more = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.show_more_answers())
    };
    let names = DisplayNames::new(messages.language());
    let country = |code: &str| {
        Country::from_code(code)
            .map(|c| names.country(c))
            .unwrap_or_default()
    };
    let publication =
        |p: Option<Publication>| messages.t(p.map_or(labels::NOT_GIVEN, labels::publication));
    let group =
        |g: Option<StakeholderGroup>| messages.t(g.map_or(labels::NOT_GIVEN, labels::group));
    html! {
        <section aria-labelledby="answers-heading" class="answers">
            <h3 class="heading-m" id="answers-heading">{ messages.t("answers-title") }</h3>
            <div class="field">
                <label class="label" for="answer-search">{ messages.t("answers-search") }</label>
                <div class="hint" id="answer-search-hint">{ messages.t("answers-search-hint") }</div>
                <input class="input" type="search" id="answer-search" dir="auto" value={s.search.clone()}
                    aria-describedby="answer-search-hint" oninput={on_input} />
            </div>
            if let Some((rows, total)) = &s.answers {
                <p role="status">{ messages.t_with("answers-count", &[("shown", number(rows.len())), ("total", number(*total))]) }</p>
                <ul class="answer-list">
                    { for rows.iter().map(|r| html! {
                        <li class="answer-row">
                            <p class="answer-row__text user-text user-text--long" dir="auto">{ r.text.clone() }</p>
                            <p class="answer-row__who">
                                <bdi>{ if r.name.is_empty() { messages.t("answers-no-name") } else { r.name.clone() } }</bdi>
                                if !r.organisation.is_empty() { { ", " }<bdi>{ r.organisation.clone() }</bdi> }
                                { format!(" · {} · {} · {} · ", group(r.group), country(&r.country), labels::language(&messages, &r.language)) }
                                { messages.t_with("answers-publication", &[("choice", crate::i18n::text(&publication(r.publication)))]) }
                            </p>
                        </li>
                    }) }
                </ul>
                if rows.len() < *total {
                    <button type="button" class="button button--secondary" onclick={on_more}>
                        { messages.t_with("answers-more", &[("count", number((*total - rows.len()).min(ANSWER_PAGE)))]) }
                    </button>
                }
            }
        </section>
    }
}
