//! The comments received on the drafts, for the secretariat, as Part III A has them: by section, who sent them, each reader's words under their publication choice, and the text of the draft they commented on (with a word when a later draft changed it).

use yew::prelude::*;

use super::question_view::quote;
use crate::core::synthesis::Synthesis;
use crate::core::synthesis::people::Count;
use crate::i18n::{number, text};
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::ui::shared::Shared;

/// Props of [`Comments`].
#[derive(Properties, PartialEq)]
pub struct CommentsProps {
    /// The synthesis.
    pub synthesis: Shared<Synthesis>,
}

/// "Civil society 2, Government 1", in the page's language.
fn counted(counts: &[Count], name: impl Fn(&str) -> String) -> String {
    counts
        .iter()
        .map(|c| format!("{} {}", name(&c.key), c.count))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every section commented on.
#[function_component]
pub fn Comments(props: &CommentsProps) -> Html {
    let m = use_messages();
    let c = &props.synthesis.comments;
    if c.is_empty() {
        return html! {};
    }
    let total: usize = c.sections.iter().map(|s| s.comments).sum();
    html! {
        <section class="comments" aria-labelledby="comments-heading">
            <h2 class="heading-m" id="comments-heading">{ m.t("synthesis-comments") }</h2>
            <p class="hint">{ m.t("synthesis-comments-hint") }</p>
            <p>{ m.t_with("part3-comments-received", &[("count", number(total)), ("readers", number(c.readers))]) }</p>
            { for c.sections.iter().map(|s| {
                let title = match s.title.get(m.language()).or_else(|| s.title.values().next()) {
                    Some(t) if !t.trim().is_empty() => t.clone(),
                    Some(_) => m.t("review-page-untitled"),
                    None => s.section.clone(),
                };
                let version = text(&s.version);
                let shown = s.text.get(m.language()).or_else(|| s.text.values().next());
                html! {
                    <section class="comments__section" aria-label={title.clone()}>
                        <h3 class="heading-s">{ m.t_with("part3-comments-on", &[("section", text(&title)), ("version", version.clone())]) }</h3>
                        <p>{ m.t_with("part3-comments-count", &[
                            ("count", number(s.comments)),
                            ("groups", text(&counted(&s.by.group, |k| labels::group_key(&m, k)))),
                            ("regions", text(&counted(&s.by.region, |k| if k == "unknown" { m.t(labels::NOT_GIVEN) } else { m.t(&labels::region(k)) }))),
                        ]) }</p>
                        if let Some(newer) = &s.changed_in {
                            <p class="comments__changed"><strong>{ m.t_with("part3-comments-changed", &[("newer", text(newer)), ("version", version.clone())]) }</strong></p>
                        }
                        if let Some(blocks) = shown {
                            <details class="comments__text">
                                <summary>{ m.t_with("synthesis-comments-text", &[("version", version.clone())]) }</summary>
                                { for blocks.iter().map(|line| html! { <p dir="auto">{ line.clone() }</p> }) }
                            </details>
                        }
                        if !s.themes.is_empty() {
                            <p>{ m.t("part3-comments-themes") }</p>
                            <ul class="list">
                                { for s.themes.iter().map(|t| html! {
                                    <li><strong dir="auto">{ t.title() }</strong>{ " " }{ m.t_with("part3-comments-theme", &[("count", number(t.voices))]) }</li>
                                }) }
                            </ul>
                        }
                        { for s.quotes.iter().map(|q| quote(&m, q)) }
                        if s.unpublished > 0 {
                            <p>{ m.t_with("part3-comments-unpublished", &[("count", number(s.unpublished))]) }</p>
                        }
                        if s.on_other_text > 0 {
                            <p>{ m.t_with("part3-comments-other-text", &[("count", number(s.on_other_text))]) }</p>
                        }
                    </section>
                }
            }) }
        </section>
    }
}
