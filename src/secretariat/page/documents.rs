//! The documents sent with the responses, for the secretariat: each with its title, its link (a link only when it is an `http(s)` address), its line of description and who sent it, or why Part II does not list it.

use yew::prelude::*;

use crate::core::response::{Publication, is_web_link};
use crate::core::synthesis::Synthesis;
use crate::i18n::text;
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::ui::shared::Shared;

/// Props of [`Documents`].
#[derive(Properties, PartialEq)]
pub struct DocumentsProps {
    /// The synthesis.
    pub synthesis: Shared<Synthesis>,
}

/// Every document cited.
#[function_component]
pub fn Documents(props: &DocumentsProps) -> Html {
    let m = use_messages();
    let documents = &props.synthesis.documents;
    if documents.is_empty() {
        return html! {};
    }
    html! {
        <section class="documents-cited" aria-labelledby="documents-heading">
            <h2 class="heading-m" id="documents-heading">{ m.t("synthesis-documents") }</h2>
            <p class="hint">{ m.t("synthesis-documents-hint") }</p>
            <ul class="list documents-cited__list">
                { for documents.iter().map(|d| {
                    let who = match &d.by {
                        Some(c) => c.name.clone(),
                        None => {
                            let publication = Publication::from_key(&d.publication)
                                .map_or_else(|| m.t(labels::NOT_GIVEN), |p| m.t(labels::publication(p)));
                            m.t_with("synthesis-documents-unlisted", &[("publication", text(&publication))])
                        }
                    };
                    html! {
                        <li>
                            <em><bdi>{ d.title.clone() }</bdi></em>
                            if is_web_link(&d.link) {
                                { " – " }<a href={d.link.clone()} rel="noopener noreferrer" target="_blank" dir="ltr">{ d.link.clone() }</a>
                            }
                            { " — " }<bdi>{ who }</bdi>
                            if !d.description.is_empty() {
                                <div class="hint" dir="auto">{ d.description.clone() }</div>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
