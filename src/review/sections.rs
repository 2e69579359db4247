//! The draft as the page shows it: a list of its sections, then each section (its stable anchor,
//! its title, its text as text, links only `http(s)`) with the reader's comment box under it.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Edit, Reader};
use crate::core::format::review::{Block, Draft, MAX_COMMENT_CHARS, Section};
use crate::core::response::is_web_link;
use crate::i18n::{Messages, number, text};
use crate::ui::hooks::use_messages;
use crate::ui::widgets::described_by;

/// The element id of a section: its stable id, prefixed so that no section can take an id the
/// page uses (`main`, `send`).
pub(super) fn anchor(section: &str) -> String {
    format!("section-{section}")
}

/// The element id of a section's comment box.
pub(super) fn comment_id(section: &str) -> String {
    format!("comment-{section}")
}

/// A section's title in `language` (else its first); the part before the first heading, which
/// has none, is the introduction.
fn title(section: &Section, language: &str, messages: &Messages) -> String {
    section
        .title
        .get(language)
        .or_else(|| section.title.values().next())
        .filter(|t| !t.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| messages.t("review-page-untitled"))
}

/// Props of [`Contents`].
#[derive(Properties, PartialEq)]
pub(super) struct ContentsProps {
    pub draft: Rc<Draft>,
    pub language: AttrValue,
    pub reader: Rc<Reader>,
}

/// The sections, linked, each marked when the reader has commented on it.
#[function_component]
pub(super) fn Contents(props: &ContentsProps) -> Html {
    let messages = use_messages();
    html! {
        <nav class="contents" aria-labelledby="contents-title">
            <h2 class="heading-s" id="contents-title">{ messages.t("review-page-contents") }</h2>
            <ol class="list">
                { for props.draft.sections.iter().map(|s| html! {
                    <li>
                        <a href={format!("#{}", anchor(&s.id))} lang={props.language.clone()}>{ title(s, &props.language, &messages) }</a>
                        if !props.reader.text(&s.id).trim().is_empty() {
                            { " " }<span class="tag">{ messages.t("review-page-commented") }</span>
                        }
                    </li>
                }) }
                <li><a href="#send">{ messages.t("review-page-send-title") }</a></li>
            </ol>
        </nav>
    }
}

/// Props of [`SectionView`].
#[derive(Properties, PartialEq)]
pub(super) struct SectionViewProps {
    pub section: Section,
    pub language: AttrValue,
    pub comment: AttrValue,
    pub error: Option<AttrValue>,
    pub on_edit: Callback<Edit>,
}

/// One section and the reader's comment on it.
#[function_component]
pub(super) fn SectionView(props: &SectionViewProps) -> Html {
    let messages = use_messages();
    let s = &props.section;
    let lang = props.language.to_string();
    let blocks = s
        .blocks
        .get(&lang)
        .or_else(|| s.blocks.values().next())
        .cloned()
        .unwrap_or_default();
    let heading = title(s, &lang, &messages);
    let id = comment_id(&s.id);
    let on_input = {
        let (on_edit, section) = (props.on_edit.clone(), s.id.clone());
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(Edit::Comment(section.clone(), area.value()));
        })
    };
    let count = props.comment.chars().count();
    let described = AttrValue::from(
        described_by(&id, false, props.error.is_some())
            .map_or_else(|| format!("{id}-count"), |d| format!("{d} {id}-count")),
    );
    html! {
        <section class="review-section" id={anchor(&s.id)} aria-labelledby={format!("{}-title", anchor(&s.id))}>
            <div lang={lang.clone()} dir="auto">
                <h2 class="heading-m" id={format!("{}-title", anchor(&s.id))}>{ heading.clone() }</h2>
                { blocks_html(&blocks, &messages) }
            </div>
            <div class={classes!("field", "comment", props.error.is_some().then_some("field--error"))}>
                <label class="label" for={id.clone()}>{ messages.t_with("review-page-comment-label", &[("section", text(&heading))]) }</label>
                if let Some(error) = &props.error {
                    <p class="error-message" id={format!("{id}-error")}>
                        <span class="visually-hidden">{ messages.t("error-prefix") }</span>{ error.clone() }
                    </p>
                }
                <textarea class="textarea" id={id.clone()} name={id.clone()} rows="5" dir="auto"
                    value={props.comment.clone()} aria-describedby={described}
                    aria-invalid={props.error.is_some().then_some("true")} oninput={on_input} />
                <p class="hint count" id={format!("{id}-count")}>
                    { messages.t_with("review-page-comment-count", &[("count", number(count)), ("max", number(MAX_COMMENT_CHARS))]) }
                </p>
            </div>
        </section>
    }
}

/// A section's blocks: headings, paragraphs, notes, lists (items and cited documents, a run of
/// them one list), quotes and tables, every word as text.
fn blocks_html(blocks: &[Block], messages: &Messages) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut list: Vec<Html> = Vec::new();
    let flush = |list: &mut Vec<Html>, out: &mut Vec<Html>| {
        if !list.is_empty() {
            out.push(html! { <ul class="list list--bullet">{ for list.drain(..) }</ul> });
        }
    };
    for b in blocks {
        match b {
            Block::Item { label, text } => list.push(html! {
                <li>
                    if let Some(label) = label {
                        <strong>{ label.clone() }</strong>{ " " }
                    }
                    <bdi>{ text.clone() }</bdi>
                </li>
            }),
            Block::Cited { who, title, link } => list.push(html! {
                <li>
                    <bdi>{ who.clone() }</bdi>{ ": " }<cite><bdi>{ title.clone() }</bdi></cite>
                    if is_web_link(link) {
                        { " – " }<a href={link.clone()} rel="noopener noreferrer nofollow" dir="ltr">{ link.clone() }</a>
                    }
                </li>
            }),
            other => {
                flush(&mut list, &mut out);
                out.push(block_html(other, messages));
            }
        }
    }
    flush(&mut list, &mut out);
    out.into_iter().collect::<Html>()
}

fn block_html(b: &Block, messages: &Messages) -> Html {
    match b {
        Block::Heading { level, text } => match level {
            // Under the section's own h2, never skipping a level.
            2 | 3 => html! { <h3 class="heading-s">{ text.clone() }</h3> },
            _ => html! { <h4 class="heading-s">{ text.clone() }</h4> },
        },
        Block::Paragraph { text } => html! { <p>{ text.clone() }</p> },
        Block::Note { text } => html! { <p class="hint">{ text.clone() }</p> },
        Block::Quote { text, who } => html! {
            <blockquote class="quote">
                <p><bdi>{ format!("“{text}”") }</bdi></p>
                <footer>{ "— " }<bdi>{ who.clone() }</bdi></footer>
            </blockquote>
        },
        Block::Table {
            caption,
            what,
            count,
            rows,
        } => html! {
            <table class="table">
                <caption>{ caption.clone() }</caption>
                <thead><tr><th scope="col">{ what.clone() }</th><th scope="col">{ count.clone() }</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|(label, n)| html! {
                        <tr><th scope="row"><bdi>{ label.clone() }</bdi></th><td>{ messages.number(*n) }</td></tr>
                    }) }
                </tbody>
            </table>
        },
        Block::Item { .. } | Block::Cited { .. } => html! {},
    }
}
