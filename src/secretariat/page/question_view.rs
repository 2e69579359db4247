//! One question's synthesis: who answered, how long, key terms, themes with quotes, the summary, near-duplicates, and every answer; for a choice question, its choices counted, by stakeholder group.

use std::rc::Rc;

use yew::prelude::*;

use super::answers::Answers;
use super::bar_chart::BarChart;
use super::editing::{QuestionEditor, ThemeTools};
use super::overview::{once_and_raw, senders_line};
use super::use_synthesis::use_synthesis;
use crate::core::countries::Country;
use crate::core::questionnaire::Questionnaire;
use crate::core::response::{NOT_STATED, StakeholderGroup};
use crate::core::synthesis::{
    ChoiceFigure, CodeFigure, Count, NOT_LISTED, QuestionSynthesis, Quote, Synthesis, narrative,
    topics,
};
use crate::i18n::{Messages, number, text};
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::ui::shared::Shared;
use crate::web::locale::DisplayNames;

/// Props of [`QuestionView`].
#[derive(Properties, PartialEq)]
pub struct QuestionViewProps {
    /// The synthesis.
    pub synthesis: Shared<Synthesis>,
    /// The questionnaire.
    pub questionnaire: Rc<Questionnaire>,
}

pub(super) fn quote(m: &Messages, q: &Quote) -> Html {
    // Anonymous respondents are described in the page's language; names stay as written.
    let who = match &q.anonymous {
        Some((group, country)) => {
            let country = Country::from_code(country)
                .map(|c| DisplayNames::new(m.language()).country(c))
                .unwrap_or_default();
            let group = text(&labels::group_key(m, group));
            if country.is_empty() {
                m.t_with("quote-anonymous-group", &[("group", group)])
            } else {
                m.t_with(
                    "quote-anonymous",
                    &[("group", group), ("country", text(&country))],
                )
            }
        }
        None => q.attribution.clone(),
    };
    html! {
        <blockquote class="quote">
            <p dir="auto">{ format!("“{}”", q.text) }</p>
            <footer class="quote__who">{ "— " }<bdi>{ who }</bdi></footer>
        </blockquote>
    }
}

/// The themes across languages: each topic named by the concepts its themes share, in the
/// page's language, with its voices by language and links to its themes.
fn topics(m: &Messages, q: &QuestionSynthesis) -> Html {
    if !q.topics.iter().any(|t| !t.concepts.is_empty()) {
        return html! {};
    }
    let lang = m.language();
    html! {
        <section class="topics" aria-labelledby={format!("topics-{}", q.number)}>
            <h3 class="heading-m" id={format!("topics-{}", q.number)}>{ m.t("topics-title") }</h3>
            <p>{ m.t("topics-why") }</p>
            <ol class="topics__list">
                { for q.topics.iter().map(|topic| {
                    let name = topics::name(topic, &q.themes, lang);
                    let languages = topic.languages.iter()
                        .map(|l| format!("{} {}", labels::language(m, &l.key), m.number(l.count)))
                        .collect::<Vec<_>>().join(", ");
                    html! {
                        <li class="topics__item">
                            <strong><bdi>{ name }</bdi></strong>{ format!(" ({})", m.number(topic.voices)) }
                            <p class="theme__meta">{ languages }</p>
                            <p class="theme__meta">
                                { m.t("topics-themes") }{ " " }
                                { for topic.themes.iter().map(|&t| html! {
                                    <><a href={format!("#theme-{}-{t}", q.number)}>{ m.number(t + 1) }</a>{ " " }</>
                                }) }
                            </p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// The draft narrative: the themes by size and by who voiced them, in the page's language.
fn draft_narrative(m: &Messages, q: &QuestionSynthesis) -> Html {
    let sentences = narrative::sentences(q, m, &|tag| labels::language(m, tag), &|key| {
        labels::group_key(m, key)
    });
    if sentences.is_empty() {
        return html! {};
    }
    html! {
        <section class="narrative" aria-labelledby={format!("narrative-{}", q.number)}>
            <h3 class="heading-m" id={format!("narrative-{}", q.number)}>{ m.t("narrative-title") }</h3>
            <p class="narrative__note">{ m.t("narrative-note") }</p>
            <ul class="narrative__points">
                { for sentences.into_iter().map(|s| html! { <li dir="auto">{ s }</li> }) }
            </ul>
        </section>
    }
}

/// The question chooser, the chosen question's synthesis and its answers. Only the chooser and
/// the answers follow the page's state; the synthesis is drawn again only when it or the
/// question changes, never on a keystroke or a progress report.
#[function_component]
pub fn QuestionView(props: &QuestionViewProps) -> Html {
    let messages = use_messages();
    let m = &*messages;
    let handle = use_synthesis();
    let shown = handle.state().question;
    if props.synthesis.questions.get(shown).is_none() {
        return html! {};
    }
    let lang = m.language();
    let nav = props.questionnaire.questions.iter().enumerate().map(|(i, question)| {
        let onclick = {
            let handle = handle.clone();
            Callback::from(move |_: MouseEvent| handle.show_question(i))
        };
        let current = i == shown;
        html! {
            <li>
                <button type="button" class={classes!("question-nav__button", current.then_some("question-nav__button--current"))}
                    aria-current={current.then_some("true")} {onclick}>
                    <span class="question-nav__number">{ m.t_with("question-number", &[("number", number(i + 1))]) }</span>
                    <span class="question-nav__text">{ question.text.get(lang).chars().take(70).collect::<String>() }{ "…" }</span>
                    if props.synthesis.questions.get(i).is_some_and(|q| q.reviewed) {
                        <span class="question-nav__reviewed">{ m.t("question-nav-reviewed") }</span>
                    }
                </button>
            </li>
        }
    });
    html! {
        <section aria-labelledby="question-heading" class="question">
            <h2 class="heading-l">{ m.t("questions-heading") }</h2>
            <nav aria-label={m.t("questions-heading")}><ul class="question-nav">{ for nav }</ul></nav>
            <QuestionBody synthesis={props.synthesis.clone()} questionnaire={props.questionnaire.clone()} {shown} />
            <QuestionEditor question={shown} />
            <Answers question={props.synthesis.questions[shown].id.clone()} />
        </section>
    }
}

/// A code's name in the page's language (a goal's from the messages; the secretariat's own as
/// it named it, carried in the figure).
fn code_label(m: &Messages, c: &CodeFigure) -> String {
    if crate::core::codes::built_in(&c.key).is_some() {
        m.t(&format!("code-{}", c.key))
    } else {
        c.name.clone()
    }
}

/// Props of [`QuestionBody`].
#[derive(Properties, PartialEq)]
struct QuestionBodyProps {
    synthesis: Shared<Synthesis>,
    questionnaire: Rc<Questionnaire>,
    shown: usize,
}

/// One question's synthesis: counts, themes, key terms, initiatives, summary, near-duplicates.
#[function_component]
fn QuestionBody(props: &QuestionBodyProps) -> Html {
    let messages = use_messages();
    let m = &*messages;
    let shown = props.shown;
    let Some(q) = props.synthesis.questions.get(shown) else {
        return html! {};
    };
    let lang = m.language();
    let Some(asked) = props.questionnaire.questions.get(shown) else {
        return html! {};
    };
    if !q.choices.is_empty() {
        return html! {
            <>
                <h2 class="heading-l question__title" id="question-heading" tabindex="-1">
                    { m.t_with("question-number", &[("number", number(q.number))]) }{ ": " }{ asked.text.get(lang) }
                </h2>
                <ChoiceCounts synthesis={props.synthesis.clone()} questionnaire={props.questionnaire.clone()} {shown} />
            </>
        };
    }
    html! {
        <>
            <h2 class="heading-l question__title" id="question-heading" tabindex="-1">
                { m.t_with("question-number", &[("number", number(q.number))]) }{ ": " }{ asked.text.get(lang) }
            </h2>
            <p class="lead">{ m.t_with("question-answered", &[("answered", number(q.answered)), ("total", number(props.synthesis.responses))]) }</p>
            if q.non_answers > 0 {
                <p>{ m.t_with("question-non-answers", &[("count", number(q.non_answers))]) }</p>
            }
            if q.other > 0 {
                <p>{ m.t_with("question-other", &[("count", number(q.other))]) }</p>
            }
            <p>{ m.t_with("question-length", &[("median", number(q.length.median)), ("min", number(q.length.min)), ("max", number(q.length.max)), ("mean", number(q.length.mean))]) }</p>
            if q.voices != q.answered {
                <p>{ m.t_with("question-voices", &[("voices", number(q.voices)), ("answered", number(q.answered))]) }</p>
            }
            { once_and_raw(m, &format!("q{}", q.number), &q.breakdowns, &q.breakdowns_raw) }

            { draft_narrative(m, q) }

            { topics(m, q) }

            <h3 class="heading-m">{ m.t("themes-title") }</h3>
            if q.themes.is_empty() {
                <p>{ m.t("themes-none") }</p>
            } else {
                <ol class="theme-index">
                    { for q.themes.iter().enumerate().map(|(i, t)| html! {
                        <li><a href={format!("#theme-{}-{i}", q.number)}><bdi>{ t.title() }</bdi></a>{ format!(" ({})", t.voices) }</li>
                    }) }
                </ol>
                { for q.themes.iter().enumerate().map(|(i, t)| html! {
                    <section class="theme" id={format!("theme-{}-{i}", q.number)} tabindex="-1" aria-labelledby={format!("theme-{}-{i}-title", q.number)}>
                        <h4 class="heading-s" id={format!("theme-{}-{i}-title", q.number)}>
                            { format!("{}. ", i + 1) }<bdi>{ t.title() }</bdi>
                        </h4>
                        if t.name.is_some() {
                            <p class="theme__meta theme__named">{ m.t_with("theme-named", &[("terms", text(&t.label.join(", ")))]) }</p>
                        }
                        <p class="theme__meta">{ m.t_with("theme-meta", &[("voices", number(t.voices)), ("language", text(&labels::language(m, &t.language)))]) }</p>
                        <p class="theme__groups">{ t.groups.iter().map(|g| format!("{} {}", labels::group_key(m, &g.key), m.number(g.count))).collect::<Vec<_>>().join(" · ") }</p>
                        { for t.quotes.iter().map(|q| quote(m, q)) }
                        <ThemeTools question={shown} theme={i} />
                    </section>
                }) }
            }

            <h3 class="heading-m">{ m.t("terms-title") }</h3>
            { for q.terms.iter().map(|lt| html! {
                <div class="terms">
                    <h4 class="heading-s">{ m.t_with("terms-language", &[("language", text(&labels::language(m, &lt.language))), ("answers", number(lt.answers))]) }</h4>
                    <ul class="terms__list">{ for lt.terms.iter().map(|t| html! { <li dir="auto">{ t.text.clone() }<span class="terms__count">{ format!(" {}", t.answers) }</span></li> }) }</ul>
                </div>
            }) }

            <h3 class="heading-m">{ m.t("initiatives-title") }</h3>
            if q.initiatives.is_empty() {
                <p>{ m.t("initiatives-none") }</p>
            } else {
                <ul class="initiatives">
                    { for q.initiatives.iter().map(|i| html! {
                        <li>
                            <bdi class="initiatives__name">{ i.name.clone() }</bdi>
                            <span class="terms__count">{ format!(" {}", m.number(i.answers)) }</span>
                            <span class="initiatives__groups">{ format!(" — {}", i.groups.iter().map(|g| format!("{} {}", labels::group_key(m, &g.key), m.number(g.count))).collect::<Vec<_>>().join(" · ")) }</span>
                        </li>
                    }) }
                </ul>
            }

            if !q.codes.is_empty() {
                <h3 class="heading-m">{ m.t("codes-title") }</h3>
                <ul class="initiatives codes">
                    { for q.codes.iter().map(|c| html! {
                        <li>
                            <bdi class="initiatives__name">{ code_label(m, c) }</bdi>
                            <span class="terms__count">{ format!(" {}", m.number(c.answers)) }</span>
                            <span class="initiatives__groups">{ format!(" — {}", c.groups.iter().map(|g| format!("{} {}", labels::group_key(m, &g.key), m.number(g.count))).collect::<Vec<_>>().join(" · ")) }</span>
                        </li>
                    }) }
                </ul>
            }

            <h3 class="heading-m">{ m.t("summary-title") }</h3>
            if q.summary.is_empty() {
                <p>{ m.t("summary-none") }</p>
            }
            { for q.summary.iter().flat_map(|l| l.sentences.iter()).map(|q| quote(m, q)) }

            <h3 class="heading-m">{ m.t("duplicates-title") }</h3>
            if q.duplicates.is_empty() {
                <p>{ m.t("duplicates-none") }</p>
            } else {
                if q.ordinary_repetition() > 0 {
                    <p>{ m.t_with("duplicates-ordinary", &[("count", number(q.ordinary_repetition()))]) }</p>
                }
                <ul class="duplicates">
                    { for q.duplicates.iter().map(|d| html! {
                        <li>
                            <strong>{ m.t_with("duplicates-size", &[("count", number(d.size))]) }</strong>
                            if let Some(e) = &d.excerpt { <p dir="auto" class="duplicates__excerpt">{ format!("“{e}”") }</p> }
                            if let Some(who) = &d.campaign {
                                <p>{ m.t_with("campaign-sent-by", &[("who", text(&senders_line(m, who)))]) }</p>
                            }
                        </li>
                    }) }
                </ul>
            }

        </>
    }
}

/// A choice question's figures: how many chose each choice (a chart with its table), and who,
/// choice by choice and stakeholder group by group.
#[function_component]
fn ChoiceCounts(props: &QuestionBodyProps) -> Html {
    let messages = use_messages();
    let m = &*messages;
    let (Some(q), Some(asked)) = (
        props.synthesis.questions.get(props.shown),
        props.questionnaire.questions.get(props.shown),
    ) else {
        return html! {};
    };
    let label = |key: &str| {
        if key == NOT_LISTED {
            return m.t("choices-not-listed");
        }
        asked
            .kind
            .choice_label(key, m.language())
            .unwrap_or(key)
            .to_string()
    };
    let counts: Vec<Count> = q
        .choices
        .iter()
        .map(|c| Count {
            key: c.key.clone(),
            label: label(&c.key),
            count: c.count,
        })
        .collect();
    let groups: Vec<&str> = StakeholderGroup::ALL
        .iter()
        .map(|g| g.key())
        .chain([NOT_STATED])
        .filter(|g| {
            q.breakdowns_raw
                .group
                .iter()
                .any(|c| c.key == *g && c.count > 0)
        })
        .collect();
    let cell = |c: &ChoiceFigure, g: &str| {
        c.breakdowns
            .group
            .iter()
            .find(|x| x.key == g)
            .map_or(0, |x| x.count)
    };
    html! {
        <>
            <p class="lead">{ m.t_with("question-answered", &[("answered", number(q.answered)), ("total", number(props.synthesis.responses))]) }</p>
            if q.kind == "several-choices" {
                <p class="hint">{ m.t("choices-several") }</p>
            }
            <BarChart id={format!("choices-{}", q.number)} title={m.t_with("choices-chart", &[("number", number(q.number))])} rows={counts.len()} counts={counts} />
            <h3 class="heading-m">{ m.t("choices-by-group") }</h3>
            <div class="table-scroll">
                <table class="table choices-table">
                    <caption class="visually-hidden">{ m.t("choices-by-group") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ m.t("choices-choice") }</th>
                            <th scope="col">{ m.t("chart-count") }</th>
                            { for groups.iter().map(|g| html! { <th scope="col">{ labels::group_key(m, g) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for q.choices.iter().map(|c| html! {
                            <tr>
                                <th scope="row"><bdi>{ label(&c.key) }</bdi></th>
                                <td>{ m.number(c.count) }</td>
                                { for groups.iter().map(|g| html! { <td>{ m.number(cell(c, g)) }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { once_and_raw(m, &format!("q{}", q.number), &q.breakdowns, &q.breakdowns_raw) }
        </>
    }
}
