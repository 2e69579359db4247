//! Responses from other survey tools: for each table read (CSV, XLSX, ODS), what each column holds, suggested from its header and changed by the secretariat, the publication choice of rows that state none and the NRI that ran the survey; then what the import made of it.

use yew::prelude::*;

use super::state::TableNote;
use super::use_synthesis::use_synthesis;
use crate::core::questionnaire::Questionnaire;
use crate::core::response::Publication;
use crate::core::tabular::{Field, RowProblem, Target};
use crate::i18n::{Messages, number, text};
use crate::secretariat::protocol::{TableImport, TablePreview};
use crate::ui::errors;
use crate::ui::hooks::use_messages;
use crate::web::storage;

/// Props of [`TableMapping`].
#[derive(Properties, PartialEq)]
pub struct TableMappingProps {
    /// The questionnaire the rows answer.
    pub questionnaire: std::rc::Rc<Questionnaire>,
}

/// The first table waiting for its mapping, and the notes of tables done.
#[function_component]
pub fn TableMapping(props: &TableMappingProps) -> Html {
    let messages = use_messages();
    let handle = use_synthesis();
    let s = handle.state();
    let notes = s.table_notes.iter().map(|n| note(&messages, n));
    html! {
        <>
            { for notes }
            if let Some(table) = s.tables.first() {
                <Mapping key={table.name.clone()} table={table.clone()} questionnaire={props.questionnaire.clone()} />
            }
        </>
    }
}

/// A target's key in the column's select: `ignore`, `q:<id>`, `f:<n>`.
fn key_of(t: &Target) -> String {
    match t {
        Target::Ignore => "ignore".into(),
        Target::Question(q) => format!("q:{q}"),
        Target::Field(f) => format!("f:{}", Field::ALL.iter().position(|x| x == f).unwrap_or(0)),
    }
}

fn target_of(key: &str) -> Target {
    if let Some(q) = key.strip_prefix("q:") {
        Target::Question(q.to_string())
    } else if let Some(f) = key.strip_prefix("f:").and_then(|n| n.parse::<usize>().ok()) {
        Field::ALL
            .get(f)
            .map_or(Target::Ignore, |f| Target::Field(*f))
    } else {
        Target::Ignore
    }
}

fn field_name(m: &Messages, f: Field) -> String {
    m.t(match f {
        Field::Name => "about-name",
        Field::Organisation => "about-organisation",
        Field::Email => "about-email",
        Field::Country => "about-country",
        Field::Group => "table-field-group",
        Field::Capacity => "table-field-capacity",
        Field::Nri => "about-nri",
        Field::Publication => "table-field-publication",
        Field::Submitted => "table-field-submitted",
    })
}

#[derive(Properties, PartialEq)]
struct MappingProps {
    table: TablePreview,
    questionnaire: std::rc::Rc<Questionnaire>,
}

#[function_component]
fn Mapping(props: &MappingProps) -> Html {
    let messages = use_messages();
    let handle = use_synthesis();
    let table = &props.table;
    // The mapping chosen last time for a table of this shape, else the one the headers suggest.
    let remembered = use_memo(table.headers.clone(), |headers| {
        storage::table_mapping(headers).map(|columns| {
            columns
                .iter()
                .map(|key| match target_of(key) {
                    Target::Question(q)
                        if !props.questionnaire.questions.iter().any(|x| x.id == q) =>
                    {
                        Target::Ignore
                    }
                    t => t,
                })
                .collect::<Vec<_>>()
        })
    });
    let mapping = use_state(|| {
        remembered
            .as_ref()
            .clone()
            .unwrap_or_else(|| table.suggestion.clone())
    });
    let publication = use_state(|| Publication::DoNotPublish);
    let nri = use_state(String::new);
    let language = messages.language();
    let questions = props.questionnaire.questions.clone();
    let answers_mapped = mapping.iter().any(|t| matches!(t, Target::Question(_)));
    let on_column = |c: usize| {
        let mapping = mapping.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let mut next = (*mapping).clone();
            let chosen = target_of(&select.value());
            // A question or field is one column's: choosing it elsewhere frees it here.
            if chosen != Target::Ignore {
                for t in next.iter_mut() {
                    if *t == chosen {
                        *t = Target::Ignore;
                    }
                }
            }
            if let Some(t) = next.get_mut(c) {
                *t = chosen;
            }
            mapping.set(next);
        })
    };
    let on_publication = {
        let publication = publication.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            publication
                .set(Publication::from_key(&select.value()).unwrap_or(Publication::DoNotPublish));
        })
    };
    let on_nri = {
        let nri = nri.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            nri.set(input.value());
        })
    };
    let on_import = {
        let (handle, mapping, publication, nri) = (
            handle.clone(),
            mapping.clone(),
            publication.clone(),
            nri.clone(),
        );
        let name = table.name.clone();
        let headers = table.headers.clone();
        Callback::from(move |_: MouseEvent| {
            let columns: Vec<String> = mapping.iter().map(key_of).collect();
            storage::remember_table_mapping(&headers, &columns);
            handle.import_table(TableImport {
                name: name.clone(),
                mapping: (*mapping).clone(),
                publication: *publication,
                nri: (*nri).clone(),
            })
        })
    };
    let on_cancel = {
        let handle = handle.clone();
        let name = table.name.clone();
        Callback::from(move |_: MouseEvent| handle.forget_table(name.clone()))
    };
    let sample = |c: usize| -> String {
        let value = table
            .samples
            .iter()
            .map(|r| r.get(c).map_or("", |v| v.trim()))
            .find(|v| !v.is_empty())
            .unwrap_or("");
        let short: String = value.chars().take(80).collect();
        if short.len() < value.len() {
            format!("{short}…")
        } else {
            short
        }
    };
    let rows = table.headers.iter().enumerate().map(|(c, header)| {
        let id = format!("table-column-{c}");
        let current = key_of(&mapping[c]);
        let option = |key: String, label: String| html! {
            <option value={key.clone()} selected={key == current}>{ label }</option>
        };
        let question_options = questions.iter().enumerate().map(|(i, q)| {
            let text: String = q.text.get(language).chars().take(70).collect();
            option(
                format!("q:{}", q.id),
                format!("{} – {text}…", messages.t_with("question-number", &[("number", number(i + 1))])),
            )
        });
        let field_options = Field::ALL.iter().map(|f| option(key_of(&Target::Field(*f)), field_name(&messages, *f)));
        html! {
            <tr>
                <th scope="row"><label for={id.clone()}>{ if header.is_empty() { messages.t("table-no-header") } else { header.clone() } }</label></th>
                <td class="table-mapping__sample" dir="auto">{ sample(c) }</td>
                <td>
                    <select class="select" id={id} onchange={on_column(c)}>
                        { option("ignore".into(), messages.t("table-ignore")) }
                        <optgroup label={messages.t("table-answers")}>{ for question_options }</optgroup>
                        <optgroup label={messages.t("table-fields")}>{ for field_options }</optgroup>
                    </select>
                </td>
            </tr>
        }
    });
    let publication_option = |p: Publication, id: &str| {
        html! {
            <option value={p.key()} selected={*publication == p}>{ messages.t(id) }</option>
        }
    };
    html! {
        <section class="table-mapping" aria-labelledby="table-mapping-heading">
            <h2 class="heading-m" id="table-mapping-heading">{ messages.t_with("table-title", &[("name", text(&table.name))]) }</h2>
            <p>{ messages.t_with("table-hint", &[("rows", number(table.rows)), ("columns", number(table.headers.len()))]) }</p>
            if remembered.is_some() {
                <p class="hint">{ messages.t("table-remembered") }</p>
            }
            <div class="table-wrap">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{ messages.t("table-column") }</th>
                        <th scope="col">{ messages.t("table-first-value") }</th>
                        <th scope="col">{ messages.t("table-holds") }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <div class="field">
                <label class="label" for="table-publication">{ messages.t("table-publication") }</label>
                <div class="hint" id="table-publication-hint">{ messages.t("table-publication-hint") }</div>
                <select class="select" id="table-publication" aria-describedby="table-publication-hint" onchange={on_publication}>
                    { publication_option(Publication::DoNotPublish, "publication-none") }
                    { publication_option(Publication::Anonymous, "publication-anonymous") }
                    { publication_option(Publication::Named, "publication-named") }
                </select>
            </div>
            <div class="field">
                <label class="label" for="table-nri">{ messages.t("table-nri") }</label>
                <input class="input" id="table-nri" type="text" value={(*nri).clone()} oninput={on_nri} dir="auto" />
            </div>
            if !answers_mapped {
                <p class="error-message" role="alert">{ messages.t("table-need-answers") }</p>
            }
            <div class="button-group">
                <button type="button" class="button" disabled={!answers_mapped} onclick={on_import}>
                    { messages.t_with("table-import", &[("rows", number(table.rows))]) }
                </button>
                <button type="button" class="button button--secondary" onclick={on_cancel}>{ messages.t("table-cancel") }</button>
            </div>
        </section>
    }
}

fn note(m: &Messages, n: &TableNote) -> Html {
    match n {
        TableNote::Refused(name, reason) => {
            let reason = errors::table(m, reason);
            html! {
                <div class="notice notice--error" role="alert">
                    <p>{ m.t_with("table-refused", &[("name", text(name)), ("reason", text(&reason))]) }</p>
                </div>
            }
        }
        TableNote::Imported {
            name,
            responses,
            problems,
        } => {
            let lines = problems.iter().take(20).map(|p| {
                let line = match p {
                    RowProblem::NoAnswer(row) => {
                        m.t_with("table-problem-no-answer", &[("row", number(*row))])
                    }
                    RowProblem::NotUnderstood(row, field, value) => m.t_with(
                        "table-problem-not-understood",
                        &[
                            ("row", number(*row)),
                            ("field", text(&field_name(m, *field))),
                            ("value", text(value)),
                        ],
                    ),
                    RowProblem::NotAChoice(row, column, value) => m.t_with(
                        "table-problem-not-a-choice",
                        &[
                            ("row", number(*row)),
                            ("column", text(column)),
                            ("value", text(value)),
                        ],
                    ),
                    RowProblem::Shortened(row, column) => m.t_with(
                        "table-problem-shortened",
                        &[("row", number(*row)), ("column", text(column))],
                    ),
                };
                html! { <li dir="auto">{ line }</li> }
            });
            html! {
                <div class="notice" role="status">
                    <p>{ m.t_with("table-imported", &[("name", text(name)), ("count", number(*responses))]) }</p>
                    if !problems.is_empty() {
                        <p>{ m.t_with("table-problems", &[("count", number(problems.len()))]) }</p>
                        <ul class="list">{ for lines }</ul>
                    }
                </div>
            }
        }
    }
}
