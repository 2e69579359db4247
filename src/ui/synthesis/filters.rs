//! Filters: stakeholder group, region, NRI, language and capacity, as checkboxes built from who is in the loaded set. Any change recomputes every summary.

use std::rc::Rc;

use yew::prelude::*;

use super::labels;
use super::state::{Action, Dimension, SynthesisState};
use crate::core::synthesis::{Breakdowns, Count, Filter};
use crate::ui::hooks::use_messages;

/// Props of [`Filters`].
#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    /// Everyone loaded.
    pub everyone: Rc<Breakdowns>,
    /// The filter in force.
    pub filter: Filter,
    /// The page's dispatcher.
    pub dispatcher: UseReducerDispatcher<SynthesisState>,
}

/// The filter panel.
#[function_component]
pub fn Filters(props: &FiltersProps) -> Html {
    let messages = use_messages();
    let b = &labels::localised(&messages, &props.everyone);
    let groups: [(Dimension, &str, &Vec<Count>, &Vec<String>); 5] = [
        (
            Dimension::Group,
            "filter-group",
            &b.group,
            &props.filter.groups,
        ),
        (
            Dimension::Region,
            "filter-region",
            &b.region,
            &props.filter.regions,
        ),
        (Dimension::Nri, "filter-nri", &b.nri, &props.filter.nris),
        (
            Dimension::Language,
            "filter-language",
            &b.language,
            &props.filter.languages,
        ),
        (
            Dimension::Capacity,
            "filter-capacity",
            &b.capacity,
            &props.filter.capacities,
        ),
    ];
    let on_clear = props
        .dispatcher
        .to_callback()
        .reform(|_: MouseEvent| Action::ClearFilter);
    html! {
        <section aria-labelledby="filters-heading" class="filters">
            <h2 class="heading-m" id="filters-heading">{ messages.t("filter-title") }</h2>
            <p class="hint">{ messages.t("filter-hint") }</p>
            <div class="filters__grid">
                { for groups.into_iter().enumerate().map(|(gi, (dim, legend, counts, chosen))| html! {
                    <fieldset class="fieldset filters__group">
                        <legend class="legend">{ messages.t(legend) }</legend>
                        { for counts.iter().take(30).enumerate().map(|(i, c)| {
                            let id = format!("filter-{gi}-{i}");
                            let key = c.key.clone();
                            let checked = chosen.contains(&c.key);
                            let onchange = props.dispatcher.to_callback().reform(move |_: Event| Action::Toggle(dim, key.clone(), !checked));
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
            if !props.filter.is_empty() {
                <button type="button" class="button button--secondary" onclick={on_clear}>{ messages.t("filter-clear") }</button>
            }
        </section>
    }
}
