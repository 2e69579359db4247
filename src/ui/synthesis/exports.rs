//! Downloads: Part II as Markdown or printable HTML, and the open data as CSV or JSON.

use yew::prelude::*;

use super::Worker;
use super::state::{Action, SynthesisState};
use crate::core::synthesis::Filter;
use crate::ui::hooks::use_messages;
use crate::worker::{ExportKind, Request};

/// Props of [`Exports`].
#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    /// The worker.
    pub worker: Worker,
    /// The filter in force.
    pub filter: Filter,
    /// Whether the worker is busy.
    pub busy: bool,
    /// The page's dispatcher.
    pub dispatcher: UseReducerDispatcher<SynthesisState>,
}

/// The export buttons.
#[function_component]
pub fn Exports(props: &ExportsProps) -> Html {
    let messages = use_messages();
    let bom = use_state(|| true);
    let ask = |kind: ExportKind| {
        let (worker, filter, dispatcher) = (
            props.worker.clone(),
            props.filter.clone(),
            props.dispatcher.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::Exporting);
            worker.send(Request::Export(kind, filter.clone()));
        })
    };
    let on_bom = {
        let bom = bom.clone();
        Callback::from(move |_: Event| bom.set(!*bom))
    };
    html! {
        <section aria-labelledby="exports-heading" class="exports">
            <h2 class="heading-l" id="exports-heading">{ messages.t("export-title") }</h2>
            <p>{ messages.t("export-hint") }</p>
            <div class="button-group">
                <button type="button" class="button" disabled={props.busy} onclick={ask(ExportKind::Html)}>{ messages.t("export-html") }</button>
                <button type="button" class="button button--secondary" disabled={props.busy} onclick={ask(ExportKind::Markdown)}>{ messages.t("export-markdown") }</button>
            </div>
            <h3 class="heading-s">{ messages.t("export-data-title") }</h3>
            <p class="hint">{ messages.t("export-data-hint") }</p>
            <div class="checkbox">
                <input class="checkbox__input" type="checkbox" id="export-bom" checked={*bom} onchange={on_bom} />
                <label class="checkbox__label" for="export-bom">{ messages.t("export-bom") }</label>
            </div>
            <div class="button-group">
                <button type="button" class="button button--secondary" disabled={props.busy} onclick={ask(ExportKind::Csv(*bom))}>{ messages.t("export-csv") }</button>
                <button type="button" class="button button--secondary" disabled={props.busy} onclick={ask(ExportKind::Json)}>{ messages.t("export-json") }</button>
            </div>
        </section>
    }
}
