//! Documents sent with a response (a report, a brief, a survey): a title, a link and a line about each, added and removed one by one; the list of contributions cites them.

use yew::prelude::*;

use crate::core::response::MAX_DOCUMENTS;
use crate::core::validate::Field;
use crate::form::hooks::use_responses;
use crate::form::pages::{StepProps, field_error};
use crate::form::state::{DocumentPart, Edit};
use crate::i18n::number;
use crate::ui::hooks::use_messages;
use crate::ui::widgets::TextField;

/// The documents of the response on screen.
#[function_component]
pub fn Documents(props: &StepProps) -> Html {
    let m = use_messages();
    let Some(responses) = use_responses() else {
        return html! {};
    };
    let r = &props.draft.response;
    let edit = |edit: Edit| {
        let (responses, id) = (responses.clone(), r.id.clone());
        Callback::from(move |_: MouseEvent| responses.edit(&id, edit.clone(), Default::default()))
    };
    let write = |n: usize, part: DocumentPart| {
        let (responses, id) = (responses.clone(), r.id.clone());
        Callback::from(move |(value, caret)| {
            responses.edit(&id, Edit::Document(n, part, value), caret)
        })
    };
    let err = |f: Field| field_error(&props.issues, &f, &m);
    html! {
        <section class="documents" aria-labelledby="documents-heading">
            <h2 class="heading-m" id="documents-heading">{ m.t("documents-title") }</h2>
            <p class="hint">{ m.t("documents-hint") }</p>
            { for r.documents.iter().enumerate().map(|(n, d)| html! {
                <fieldset class="fieldset document" key={n}>
                    <legend class="fieldset__legend">{ m.t_with("documents-legend", &[("number", number(n + 1))]) }</legend>
                    <TextField id={format!("document-{n}-title")} label={m.t("documents-document-title")}
                        value={d.title.clone()} autocomplete="off" error={err(Field::DocumentTitle(n))} on_change={write(n, DocumentPart::Title)} />
                    <TextField id={format!("document-{n}-link")} label={m.t("documents-link")} hint={Some(AttrValue::from(m.t("documents-link-hint")))}
                        value={d.link.clone()} autocomplete="url" input_type="url" error={err(Field::DocumentLink(n))} on_change={write(n, DocumentPart::Link)} />
                    <TextField id={format!("document-{n}-description")} label={m.t("documents-description")}
                        value={d.description.clone()} autocomplete="off" error={err(Field::DocumentDescription(n))} on_change={write(n, DocumentPart::Description)} />
                    <button type="button" class="button button--secondary" onclick={edit(Edit::RemoveDocument(n))}>
                        { m.t_with("documents-remove", &[("number", number(n + 1))]) }
                    </button>
                </fieldset>
            }) }
            if r.documents.len() < MAX_DOCUMENTS {
                <button type="button" class="button button--secondary" id="documents-add" onclick={edit(Edit::AddDocument)}>
                    { m.t(if r.documents.is_empty() { "documents-add" } else { "documents-add-another" }) }
                </button>
            }
        </section>
    }
}
