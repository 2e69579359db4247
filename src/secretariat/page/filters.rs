//! Filters: stakeholder group, region, NRI, language and capacity, as checkboxes built from who is in the loaded set, and whether unfinished drafts are read as sent. Any change recomputes every summary.

use yew::prelude::*;

use super::use_synthesis::use_synthesis;
use crate::core::synthesis::Dimension;
use crate::ui::hooks::use_messages;
use crate::ui::labels;

/// At most this many choices per dimension (NRIs can be many).
const CHOICES: usize = 30;

/// The filter panel.
#[function_component]
pub fn Filters() -> Html {
    let messages = use_messages();
    let handle = use_synthesis();
    let s = handle.state();
    // Naming every country and language costs a render; done again only when they change.
    let everyone = use_memo((messages.clone(), s.everyone.clone()), |(m, everyone)| {
        labels::localised(m, everyone)
    });
    let on_clear = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| handle.clear_filter())
    };
    let on_drafts = {
        let (handle, on) = (handle.clone(), !s.filter.drafts);
        Callback::from(move |_: Event| handle.read_drafts(on))
    };
    html! {
        <section aria-labelledby="filters-heading" class="filters">
            <h2 class="heading-m" id="filters-heading">{ messages.t("filter-title") }</h2>
            <p class="hint">{ messages.t("filter-hint") }</p>
            <div class="filters__grid">
                { for Dimension::ALL.iter().copied().enumerate().map(|(gi, dimension)| html! {
                    <fieldset class="fieldset filters__group">
                        <legend class="legend">{ messages.t(labels::filter_legend(dimension)) }</legend>
                        { for everyone.along(dimension).iter().take(CHOICES).enumerate().map(|(i, c)| {
                            let id = format!("filter-{gi}-{i}");
                            let checked = s.filter.keys(dimension).contains(&c.key);
                            let onchange = {
                                let (handle, key) = (handle.clone(), c.key.clone());
                                Callback::from(move |_: Event| handle.toggle(dimension, key.clone(), !checked))
                            };
                            html! {
                                <div class="checkbox">
                                    <input class="checkbox__input" type="checkbox" id={id.clone()} checked={checked} {onchange} />
                                    <label class="checkbox__label" for={id}><bdi>{ c.label.clone() }</bdi>{ format!(" ({})", c.count) }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                }) }
            </div>
            if s.filter.drafts || s.synthesis.as_ref().is_some_and(|x| x.drafts > 0) {
                <fieldset class="fieldset">
                    <legend class="legend">{ messages.t("filter-drafts-legend") }</legend>
                    <div class="checkbox">
                        <input class="checkbox__input" type="checkbox" id="filter-drafts" checked={s.filter.drafts} onchange={on_drafts} />
                        <label class="checkbox__label" for="filter-drafts">{ messages.t("filter-drafts") }</label>
                    </div>
                </fieldset>
            }
            if !s.filter.is_empty() {
                <button type="button" class="button button--secondary" onclick={on_clear}>{ messages.t("filter-clear") }</button>
            }
        </section>
    }
}
