//! The overview: how many contributions, and from whom.

use yew::prelude::*;

use super::bar_chart::BarChart;
use crate::core::countries::Country;
use crate::core::response::NOT_STATED;
use crate::core::synthesis::people::NOT_PUBLISHED;
use crate::core::synthesis::{Breakdowns, CAMPAIGNS_LISTED, Dimension, Senders, Synthesis};
use crate::i18n::{Messages, number, text};
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::ui::shared::Shared;
use crate::web::locale::DisplayNames;

/// The five breakdowns as charts, ids prefixed with `prefix`.
pub fn breakdown_charts(m: &Messages, prefix: &str, b: &Breakdowns) -> Html {
    let b = &labels::localised(m, b);
    html! {
        <div class="charts">
            { for Dimension::ALL.iter().copied().map(|d| html! {
                <BarChart id={format!("{prefix}-{}", d.key())} title={m.t(labels::breakdown_title(d))} counts={b.along(d).to_vec()} />
            }) }
        </div>
    }
}

/// The same charts twice: each group of near-identical answers counted once, then, folded, every
/// answer counted. Once only when the two are the same.
pub fn once_and_raw(m: &Messages, prefix: &str, once: &Breakdowns, raw: &Breakdowns) -> Html {
    html! {
        <>
            { breakdown_charts(m, prefix, once) }
            if once != raw {
                <details class="raw-figures">
                    <summary>{ m.t("raw-figures") }</summary>
                    { breakdown_charts(m, &format!("{prefix}-raw"), raw) }
                </details>
            }
        </>
    }
}

/// Who sent a campaign, in the page's language: stakeholder groups, countries and NRIs.
pub fn senders_line(m: &Messages, s: &Senders) -> String {
    let b = labels::localised(m, &s.breakdowns);
    let names = DisplayNames::new(m.language());
    let count = |label: &str, n: usize| format!("{label} {}", m.number(n));
    let groups = b.group.iter().map(|c| count(&c.label, c.count));
    let countries = s.countries.iter().map(|c| {
        let label = match c.key.as_str() {
            NOT_PUBLISHED => m.t("campaign-not-published"),
            NOT_STATED => m.t(labels::NOT_GIVEN),
            code => Country::from_code(code).map_or_else(|| code.to_string(), |c| names.country(c)),
        };
        count(&label, c.count)
    });
    let nris = b.nri.iter().map(|c| count(&c.label, c.count));
    [
        groups.collect::<Vec<_>>(),
        countries.collect(),
        nris.collect(),
    ]
    .map(|part| part.join(", "))
    .join("; ")
}

/// The campaigns: one text sent by many, with who sent it.
fn campaigns(m: &Messages, s: &Synthesis) -> Html {
    if s.campaigns.is_empty() {
        return html! {};
    }
    let more = s.unlisted_campaign_groups();
    html! {
        <section aria-labelledby="campaigns-heading" class="campaigns">
            <h3 class="heading-m" id="campaigns-heading">{ m.t("campaigns-title") }</h3>
            <ul class="duplicates">
                { for s.campaigns.iter().take(CAMPAIGNS_LISTED).map(|c| {
                    let questions = c.questions.iter().map(|n| m.number(*n)).collect::<Vec<_>>().join(", ");
                    html! {
                        <li>
                            <strong>{ m.t_with("campaign-line", &[("count", number(c.size)), ("n", number(c.questions.len())), ("questions", text(&questions))]) }</strong>
                            if let Some(e) = &c.excerpt { <p dir="auto" class="duplicates__excerpt">{ format!("“{e}”") }</p> }
                            <p>{ m.t_with("campaign-sent-by", &[("who", text(&senders_line(m, &c.senders)))]) }</p>
                        </li>
                    }
                }) }
            </ul>
            if more > 0 {
                <p>{ m.t_with("campaigns-more", &[("count", number(more))]) }</p>
            }
        </section>
    }
}

/// Props of [`Overview`].
#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    /// The synthesis.
    pub synthesis: Shared<Synthesis>,
}

/// The overview section.
#[function_component]
pub fn Overview(props: &OverviewProps) -> Html {
    let messages = use_messages();
    let s = &props.synthesis;
    html! {
        <section aria-labelledby="overview-heading">
            <h2 class="heading-l" id="overview-heading">{ messages.t("overview-title") }</h2>
            <p class="lead">{ messages.t_with("overview-count", &[("count", number(s.responses)), ("drafts", number(s.drafts))]) }</p>
            if s.drafts > 0 && s.drafts_read_as_sent {
                <p>{ messages.t("overview-drafts-read") }</p>
            }
            if s.voices != s.responses {
                <p>{ messages.t_with("overview-voices", &[("voices", number(s.voices))]) }</p>
            }
            { once_and_raw(&messages, "overview", &s.voice_overview, &s.overview) }
            { campaigns(&messages, s) }
            if s.self_named.masked + s.self_named.unpublished > 0 {
                <div class="notice notice--privacy" role="note">
                    <h3 class="heading-s">{ messages.t("privacy-title") }</h3>
                    <p>{ messages.t_with("privacy-masked", &[
                        ("count", number(s.self_named.masked)),
                        ("questions", text(&s.self_named.questions.iter().map(|n| messages.number(*n)).collect::<Vec<_>>().join(", "))),
                    ]) }</p>
                    if s.self_named.unpublished > 0 {
                        <p>{ messages.t_with("privacy-unpublished", &[("count", number(s.self_named.unpublished))]) }</p>
                    }
                </div>
            }
        </section>
    }
}
