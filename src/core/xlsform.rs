//! XLSForm (the `survey`, `choices` and `settings` sheets KoboToolbox and ODK users write) to and from a questionnaire, for the kinds of question the form has; whatever an XLSForm holds that a questionnaire cannot is named in the result, never dropped silently.

use std::collections::BTreeMap;
use std::fmt;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use serde_json::{Map, Value, json};

use super::questionnaire::{
    self, FORMAT_VERSION, LANGUAGES, Localized, ProfileField, QuestionKind, Questionnaire,
    QuestionnaireError, limits,
};
use super::tabular::{self, TableError};
use super::validate::MAX_ANSWER_CHARS;

/// Each of the six languages as XLSForm columns name it (`label::English (en)`).
const LANGUAGE_NAMES: [(&str, &str); 6] = [
    ("en", "English"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("ar", "Arabic"),
    ("ru", "Russian"),
    ("zh", "Chinese"),
];

/// Names in their own languages that XLSForms also use for the six (`label::Français`).
const OWN_NAMES: [(&str, &str); 6] = [
    ("en", "english"),
    ("fr", "français"),
    ("es", "español"),
    ("ar", "العربية"),
    ("ru", "русский"),
    ("zh", "中文"),
];

/// What an XLSForm held that the questionnaire could not, by sheet row (1 is the header).
/// (`Serialize` and `Deserialize` hand it from the worker to the editor, which words it in the
/// page's language.)
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Left {
    /// A question of a type the form does not have (`integer`, `geopoint`, `calculate`…),
    /// left out.
    Type {
        /// Its row in `survey`.
        row: usize,
        /// Its name.
        name: String,
        /// Its XLSForm type.
        kind: String,
    },
    /// A column of logic or presentation with no equivalent (`relevant`, `required`,
    /// `constraint`…): the question is kept, this is not.
    Column {
        /// Its row in `survey`.
        row: usize,
        /// The question's name.
        name: String,
        /// The column.
        column: String,
    },
    /// Texts in a language other than the six (a `label::Deutsch (de)` column).
    Language {
        /// The column.
        column: String,
    },
    /// A note among the questions (notes before the first become the introduction).
    Note {
        /// Its row in `survey`.
        row: usize,
        /// Its name.
        name: String,
    },
    /// A group or repeat: groups are flattened (their questions kept); a repeat's questions are
    /// asked once.
    Group {
        /// Its row in `survey`.
        row: usize,
        /// `begin_group`, `begin_repeat`.
        kind: String,
    },
    /// A question or choice whose name is not an identifier here (letters, digits, `-`, `_`),
    /// left out.
    Name {
        /// Its sheet (`survey` or `choices`).
        sheet: String,
        /// Its row.
        row: usize,
        /// The name.
        name: String,
    },
    /// The form's version is not a whole number; version 1 is used.
    Version(String),
}

impl fmt::Display for Left {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Left::Type { row, name, kind } => write!(
                f,
                "survey row {row} ({name}): the type “{kind}” is not one the form has; left out"
            ),
            Left::Column { row, name, column } => write!(
                f,
                "survey row {row} ({name}): “{column}” has no equivalent; the question is kept without it"
            ),
            Left::Language { column } => write!(
                f,
                "column “{column}”: not one of the six UN languages; left out"
            ),
            Left::Note { row, name } => write!(
                f,
                "survey row {row} ({name}): a note among the questions; left out"
            ),
            Left::Group { row, kind } => write!(
                f,
                "survey row {row}: “{kind}”: groups are flattened, a repeat's questions asked once"
            ),
            Left::Name { sheet, row, name } => write!(
                f,
                "{sheet} row {row}: the name “{name}” is not letters, digits, - or _; left out"
            ),
            Left::Version(v) => write!(
                f,
                "settings: the version “{v}” is not a whole number; 1 is used"
            ),
        }
    }
}

/// Why an XLSForm could not be read as a questionnaire at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum XlsFormError {
    /// Not a spreadsheet, or one that could not be opened.
    #[error("{0}")]
    Table(#[from] TableError),
    /// A spreadsheet without a `survey` sheet.
    #[error("the workbook has no “survey” sheet")]
    NoSurvey,
    /// A `survey` sheet without a `type` or `name` column.
    #[error("the “survey” sheet has no “{0}” column")]
    NoColumn(String),
    /// A choice question whose list is not in the `choices` sheet.
    #[error("survey row {row}: the list “{list}” is not in the “choices” sheet")]
    NoList {
        /// The question's row.
        row: usize,
        /// The list's name.
        list: String,
    },
    /// What it makes is not a valid questionnaire.
    #[error("{0}")]
    Questionnaire(#[from] QuestionnaireError),
}

/// A questionnaire read from an XLSForm, and what it could not hold.
#[derive(Debug)]
pub struct Imported {
    /// The questionnaire.
    pub questionnaire: Questionnaire,
    /// What was left out or changed, in the workbook's order.
    pub left: Vec<Left>,
}

/// A sheet's header row as columns: the base (`label`) and the language, if any.
struct Columns {
    names: Vec<String>,
}

impl Columns {
    fn of(header: &[String]) -> Self {
        Self {
            names: header.iter().map(|h| h.trim().to_string()).collect(),
        }
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n.eq_ignore_ascii_case(name))
    }

    /// The columns of a translatable field (`label`, `hint`): `(index, language)`, the
    /// language `None` for a column of a language other than the six.
    fn translated(&self, base: &str, default: &str) -> Vec<(usize, Option<&'static str>)> {
        self.names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                let lower = n.to_lowercase();
                if lower == base {
                    return Some((i, LANGUAGES.iter().copied().find(|l| *l == default)));
                }
                let rest = lower.strip_prefix(base)?.strip_prefix("::")?;
                Some((i, language_of(rest)))
            })
            .collect()
    }
}

/// The language an XLSForm column names: `English (en)`, `en`, `Français`.
fn language_of(name: &str) -> Option<&'static str> {
    let name = name.trim().to_lowercase();
    let code = name
        .rsplit_once('(')
        .and_then(|(_, c)| c.strip_suffix(')'))
        .map(str::trim);
    let bare = name.split('(').next().unwrap_or(&name).trim();
    LANGUAGES.iter().copied().find(|l| {
        code == Some(*l)
            || bare == *l
            || LANGUAGE_NAMES
                .iter()
                .chain(&OWN_NAMES)
                .any(|(tag, n)| tag == l && n.to_lowercase() == bare)
    })
}

fn cell(row: &[String], i: Option<usize>) -> &str {
    i.and_then(|i| row.get(i)).map_or("", |c| c.trim())
}

/// The texts of a translatable field in a row, by language.
fn texts(row: &[String], columns: &[(usize, Option<&'static str>)]) -> Value {
    let mut map = Map::new();
    for (i, language) in columns {
        if let Some(l) = language {
            let text = cell(row, Some(*i));
            if !text.is_empty() && !map.contains_key(*l) {
                map.insert((*l).to_string(), Value::String(text.to_string()));
            }
        }
    }
    Value::Object(map)
}

fn sheet<'a>(sheets: &'a [tabular::Sheet], name: &str) -> Option<&'a [Vec<String>]> {
    sheets
        .iter()
        .find(|(n, _)| n.trim().eq_ignore_ascii_case(name))
        .map(|(_, rows)| rows.as_slice())
}

/// `string-length(.) <= 200` → 200; `count-selected(.) <= 3` → 3.
fn limit(constraint: &str, function: &str) -> Option<usize> {
    let compact: String = constraint.chars().filter(|c| !c.is_whitespace()).collect();
    let rest = compact.strip_prefix(&format!("{function}(.)"))?;
    let (strict, number) = if let Some(n) = rest.strip_prefix("<=") {
        (false, n)
    } else {
        (true, rest.strip_prefix('<')?)
    };
    let n: usize = number.parse().ok()?;
    Some(if strict { n.checked_sub(1)? } else { n })
}

/// Reads an XLSForm workbook (XLSX or ODS).
pub fn import(bytes: &[u8]) -> Result<Imported, XlsFormError> {
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(&tabular::COMPOUND_FILE) {
        return Err(TableError::Spreadsheet("not an XLSX or ODS workbook".into()).into());
    }
    let sheets = tabular::sheets(bytes, tabular::MAX_UNPACKED)?;
    let mut left = Vec::new();
    let settings = sheet(&sheets, "settings").unwrap_or(&[]);
    let (settings_columns, settings_row) = match settings {
        [header, row, ..] => (Columns::of(header), row.as_slice()),
        [header] => (Columns::of(header), &[][..]),
        [] => (Columns::of(&[]), &[][..]),
    };
    let setting = |name: &str| cell(settings_row, settings_columns.index(name));
    let default_language = language_of(setting("default_language")).unwrap_or("en");
    for (i, name) in settings_columns.names.iter().enumerate() {
        let lower = name.to_lowercase();
        if let Some(rest) = lower.strip_prefix("form_title::")
            && language_of(rest).is_none()
            && !cell(settings_row, Some(i)).is_empty()
        {
            left.push(Left::Language {
                column: name.clone(),
            });
        }
    }
    let Some(survey) = sheet(&sheets, "survey") else {
        return Err(XlsFormError::NoSurvey);
    };
    let Some((header, rows)) = survey.split_first() else {
        return Err(XlsFormError::NoSurvey);
    };
    let columns = Columns::of(header);
    let type_column = columns
        .index("type")
        .ok_or_else(|| XlsFormError::NoColumn("type".into()))?;
    let name_column = columns
        .index("name")
        .ok_or_else(|| XlsFormError::NoColumn("name".into()))?;
    let labels = columns.translated("label", default_language);
    let hints = columns.translated("hint", default_language);
    for (i, language) in labels.iter().chain(&hints) {
        if language.is_none() && rows.iter().any(|r| !cell(r, Some(*i)).is_empty()) {
            left.push(Left::Language {
                column: columns.names[*i].clone(),
            });
        }
    }
    let lists = choice_lists(
        sheet(&sheets, "choices").unwrap_or(&[]),
        default_language,
        &mut left,
    );
    let appearance = columns.index("appearance");
    let constraint = columns.index("constraint");
    // Columns whose logic a questionnaire cannot hold, named when a question uses them.
    let logic: Vec<(usize, &String)> = columns
        .names
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            let n = n.to_lowercase();
            [
                "required",
                "relevant",
                "calculation",
                "choice_filter",
                "default",
                "read_only",
                "repeat_count",
                "trigger",
                "parameters",
            ]
            .contains(&n.split("::").next().unwrap_or(&n))
        })
        .collect();
    let mut intro = Vec::new();
    let mut questions = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let number = r + 2;
        let kind = cell(row, Some(type_column)).to_lowercase();
        let kind = kind.split_whitespace().collect::<Vec<_>>();
        let name = cell(row, Some(name_column)).to_string();
        let Some(&first) = kind.first() else {
            continue;
        };
        let question_kind = match (first, kind.get(1)) {
            ("note", _) => {
                let text = texts(row, &labels);
                if questions.is_empty() && text.as_object().is_some_and(|m| !m.is_empty()) {
                    intro.push(text);
                } else {
                    left.push(Left::Note { row: number, name });
                }
                continue;
            }
            ("begin_group" | "begin_repeat", _) | ("begin", Some(&"group" | &"repeat")) => {
                left.push(Left::Group {
                    row: number,
                    kind: kind.join(" "),
                });
                continue;
            }
            ("end_group" | "end_repeat", _) | ("end", Some(&"group" | &"repeat")) => continue,
            ("text", _) => {
                let multiline = cell(row, appearance).to_lowercase().contains("multiline");
                let max = limit(cell(row, constraint), "string-length");
                json!({
                    "type": if multiline { "long-text" } else { "short-text" },
                    "max_length": max.unwrap_or(if multiline { MAX_ANSWER_CHARS } else { limits::SHORT_ANSWER }),
                })
            }
            ("select_one" | "select_multiple", Some(list)) => {
                let Some(choices) = lists.get(*list) else {
                    return Err(XlsFormError::NoList {
                        row: number,
                        list: (*list).to_string(),
                    });
                };
                if first == "select_one" {
                    json!({ "type": "one-choice", "choices": choices })
                } else {
                    let mut q = json!({ "type": "several-choices", "choices": choices });
                    if let Some(n) = limit(cell(row, constraint), "count-selected") {
                        q["max_choices"] = json!(n);
                    }
                    q
                }
            }
            _ => {
                left.push(Left::Type {
                    row: number,
                    name,
                    kind: kind.join(" "),
                });
                continue;
            }
        };
        if !questionnaire::is_identifier(&name) {
            left.push(Left::Name {
                sheet: "survey".into(),
                row: number,
                name,
            });
            continue;
        }
        let constraint_text = cell(row, constraint);
        let understood = match question_kind["type"].as_str() {
            Some("long-text" | "short-text") => limit(constraint_text, "string-length").is_some(),
            Some("several-choices") => limit(constraint_text, "count-selected").is_some(),
            _ => false,
        };
        if !constraint_text.is_empty() && !understood {
            left.push(Left::Column {
                row: number,
                name: name.clone(),
                column: columns.names[constraint.unwrap_or(0)].clone(),
            });
        }
        for (i, column) in &logic {
            let value = cell(row, Some(*i)).to_lowercase();
            let meaningless = value.is_empty()
                || (column.eq_ignore_ascii_case("required")
                    && ["no", "false", "false()"].contains(&value.as_str()));
            if !meaningless {
                left.push(Left::Column {
                    row: number,
                    name: name.clone(),
                    column: (*column).clone(),
                });
            }
        }
        let mut q = question_kind;
        q["id"] = json!(name);
        q["text"] = texts(row, &labels);
        let hint = texts(row, &hints);
        if hint.as_object().is_some_and(|m| !m.is_empty()) {
            q["hint"] = hint;
        }
        questions.push(q);
    }
    let version_text = setting("version");
    let version = if version_text.is_empty() {
        1
    } else {
        version_text.parse::<u32>().unwrap_or_else(|_| {
            left.push(Left::Version(version_text.to_string()));
            1
        })
    };
    let mut title = Map::new();
    for (i, name) in settings_columns.names.iter().enumerate() {
        let lower = name.to_lowercase();
        let language = if lower == "form_title" {
            Some(default_language)
        } else {
            lower.strip_prefix("form_title::").and_then(language_of)
        };
        let text = cell(settings_row, Some(i));
        if let Some(l) = language
            && !text.is_empty()
        {
            title.insert(l.to_string(), json!(text));
        }
    }
    let id = Some(setting("form_id"))
        .filter(|id| !id.is_empty())
        .unwrap_or("xlsform");
    if title.is_empty() {
        title.insert("en".into(), json!(id));
    }
    let profile: Vec<String> = match setting("bpf_profile") {
        "" => ProfileField::ALL
            .iter()
            .map(|f| f.key().to_string())
            .collect(),
        listed => listed.split_whitespace().map(str::to_string).collect(),
    };
    let example = ["yes", "true", "1"].contains(&setting("bpf_example").to_lowercase().as_str());
    let description = json!({
        "format_version": FORMAT_VERSION,
        "id": id,
        "version": version,
        "example": example,
        "title": title,
        "intro": intro,
        "profile": profile,
        "questions": questions,
    });
    let questionnaire = questionnaire::parse(&description.to_string())?;
    Ok(Imported {
        questionnaire,
        left,
    })
}

/// The `choices` sheet's lists, by name: each choice as a questionnaire writes it.
fn choice_lists(
    rows: &[Vec<String>],
    default_language: &str,
    left: &mut Vec<Left>,
) -> BTreeMap<String, Vec<Value>> {
    let mut lists: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let Some((header, rows)) = rows.split_first() else {
        return lists;
    };
    let columns = Columns::of(header);
    let list = columns
        .index("list_name")
        .or_else(|| columns.index("list name"));
    let name = columns.index("name");
    let labels = columns.translated("label", default_language);
    for (i, language) in &labels {
        if language.is_none() && rows.iter().any(|r| !cell(r, Some(*i)).is_empty()) {
            left.push(Left::Language {
                column: columns.names[*i].clone(),
            });
        }
    }
    for (r, row) in rows.iter().enumerate() {
        let (list, id) = (cell(row, list), cell(row, name));
        if list.is_empty() || id.is_empty() {
            continue;
        }
        if !questionnaire::is_identifier(id) {
            left.push(Left::Name {
                sheet: "choices".into(),
                row: r + 2,
                name: id.to_string(),
            });
            continue;
        }
        lists
            .entry(list.to_string())
            .or_default()
            .push(json!({ "id": id, "label": texts(row, &labels) }));
    }
    lists
}

/// The questionnaire as an XLSForm workbook: `survey` (the introduction as notes, then the
/// questions), `choices` (one list per choice question, named after it) and `settings`
/// (with `bpf_profile` and `bpf_example`, which other tools ignore).
pub fn export(q: &Questionnaire) -> Result<Vec<u8>, XlsxError> {
    let languages: Vec<(&str, &str)> = LANGUAGE_NAMES
        .iter()
        .copied()
        .filter(|(l, _)| q.texts().any(|t| t.exactly(l).is_some()))
        .collect();
    let column = |base: &str, (tag, name): (&str, &str)| format!("{base}::{name} ({tag})");
    let mut book = Workbook::new();
    // The same questionnaire gives the same file, byte for byte: the workbook's creation time
    // (by default the clock's) is the ZIP format's first date, as reproducible archives use.
    book.set_properties(
        &DocProperties::new().set_creation_datetime(&ExcelDateTime::from_ymd(1980, 1, 1)?),
    );
    let bold = Format::new().set_bold();
    let text = |sheet: &mut Worksheet, row: u32, col: u16, value: &str| -> Result<(), XlsxError> {
        if !value.is_empty() {
            sheet.write_string(row, col, value)?;
        }
        Ok(())
    };

    let survey = book.add_worksheet().set_name("survey")?;
    let mut header = vec!["type".to_string(), "name".to_string()];
    header.extend(languages.iter().map(|l| column("label", *l)));
    header.extend(languages.iter().map(|l| column("hint", *l)));
    header.extend(["appearance", "constraint"].map(String::from));
    for (c, h) in header.iter().enumerate() {
        survey.write_string_with_format(0, c as u16, h, &bold)?;
    }
    let n = languages.len() as u16;
    let localized = |sheet: &mut Worksheet, row: u32, first: u16, texts: Option<&Localized>| {
        for (i, (tag, _)) in languages.iter().enumerate() {
            if let Some(t) = texts.and_then(|t| t.exactly(tag)) {
                text(sheet, row, first + i as u16, t)?;
            }
        }
        Ok::<(), XlsxError>(())
    };
    let mut row = 1u32;
    for (i, paragraph) in q.intro.iter().enumerate() {
        survey.write_string(row, 0, "note")?;
        survey.write_string(row, 1, format!("intro_{}", i + 1))?;
        localized(survey, row, 2, Some(paragraph))?;
        row += 1;
    }
    for question in &q.questions {
        let (kind, appearance, constraint) = match &question.kind {
            QuestionKind::LongText { max_length } => (
                "text".to_string(),
                "multiline",
                (*max_length != MAX_ANSWER_CHARS)
                    .then(|| format!("string-length(.) <= {max_length}")),
            ),
            QuestionKind::ShortText { max_length } => (
                "text".to_string(),
                "",
                (*max_length != limits::SHORT_ANSWER)
                    .then(|| format!("string-length(.) <= {max_length}")),
            ),
            QuestionKind::OneChoice { .. } => (format!("select_one {}", question.id), "", None),
            QuestionKind::SeveralChoices { max_choices, .. } => (
                format!("select_multiple {}", question.id),
                "",
                max_choices.map(|n| format!("count-selected(.) <= {n}")),
            ),
        };
        survey.write_string(row, 0, &kind)?;
        survey.write_string(row, 1, &question.id)?;
        localized(survey, row, 2, Some(&question.text))?;
        localized(survey, row, 2 + n, question.hint.as_ref())?;
        text(survey, row, 2 + 2 * n, appearance)?;
        text(survey, row, 3 + 2 * n, constraint.as_deref().unwrap_or(""))?;
        row += 1;
    }

    let choices = book.add_worksheet().set_name("choices")?;
    choices.write_string_with_format(0, 0, "list_name", &bold)?;
    choices.write_string_with_format(0, 1, "name", &bold)?;
    for (i, l) in languages.iter().enumerate() {
        choices.write_string_with_format(0, 2 + i as u16, column("label", *l), &bold)?;
    }
    let mut row = 1u32;
    for question in &q.questions {
        for choice in question.kind.choices() {
            choices.write_string(row, 0, &question.id)?;
            choices.write_string(row, 1, &choice.id)?;
            localized(choices, row, 2, Some(&choice.label))?;
            row += 1;
        }
    }

    let settings = book.add_worksheet().set_name("settings")?;
    let mut columns: Vec<(String, String)> = vec![
        ("form_id".into(), q.id.clone()),
        ("version".into(), q.version.to_string()),
    ];
    // The plain title, for tools that read only it, in the default language when it is given.
    if let Some(t) = languages.first().and_then(|l| q.title.exactly(l.0)) {
        columns.push(("form_title".into(), t.to_string()));
    }
    for l in &languages {
        if let Some(t) = q.title.exactly(l.0) {
            columns.push((column("form_title", *l), t.to_string()));
        }
    }
    // English when it is given, so a plain `label` column would be English.
    if let Some(first) = languages.first() {
        columns.push((
            "default_language".into(),
            format!("{} ({})", first.1, first.0),
        ));
    }
    columns.push((
        "bpf_profile".into(),
        q.profile
            .iter()
            .map(|f| f.key())
            .collect::<Vec<_>>()
            .join(" "),
    ));
    if q.example {
        columns.push(("bpf_example".into(), "yes".into()));
    }
    for (c, (name, value)) in columns.iter().enumerate() {
        settings.write_string_with_format(0, c as u16, name, &bold)?;
        text(settings, 1, c as u16, value)?;
    }
    book.save_to_buffer()
}
