//! Open data in the shapes other tools read: a long CSV with one row per answer (the columns Polis- and kouchou-ai-style tools take: `comment-id`, `author-id`, question, `comment-body`, then the attributes) and an XLSX workbook (responses, answers, questions, about). Both hold only what [`export::publishable`] keeps, and no cell is ever read as a formula.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::export::{self, neutralise};
use super::questionnaire::Questionnaire;
use super::response::{Publication, Response};
use super::synthesis::people;
use super::time::Timestamp;

/// The attributes each answer row carries after its four leading columns.
const ATTRIBUTES: [&str; 10] = [
    "status",
    "language",
    "publication",
    "name",
    "organisation",
    "capacity",
    "stakeholder_group",
    "country",
    "region",
    "nri",
];

/// The columns of the wide table (one row per response) before the answers: the open-data
/// CSV's and the workbook's "Responses" sheet.
pub(super) const RESPONSE_COLUMNS: [&str; 14] = [
    "response_id",
    "status",
    "created",
    "updated",
    "language",
    "source_nri",
    "name",
    "organisation",
    "capacity",
    "stakeholder_group",
    "country",
    "region",
    "nri",
    "publication",
];

fn attributes(r: &Response) -> [String; 10] {
    let p = &r.respondent;
    [
        r.status.key().to_string(),
        r.language.clone(),
        r.publication.map_or("", Publication::key).to_string(),
        p.name.clone(),
        p.organisation.clone(),
        people::capacity_of(r).0.to_string(),
        people::group_of(r).0.to_string(),
        p.country.map(|c| c.code().to_string()).unwrap_or_default(),
        people::region_of(r).1,
        p.nri.clone(),
    ]
}

/// A published response as a row of [`RESPONSE_COLUMNS`] and its answers.
pub(super) fn response_row(r: &Response, question_ids: &[String]) -> Vec<String> {
    let p = &r.respondent;
    let mut row = vec![
        r.id.to_string(),
        r.status.key().to_string(),
        r.created.to_rfc3339(),
        r.updated.to_rfc3339(),
        r.language.clone(),
        r.source.nri.clone(),
        p.name.clone(),
        p.organisation.clone(),
        people::capacity_of(r).0.to_string(),
        people::group_of(r).0.to_string(),
        p.country.map(|c| c.code().to_string()).unwrap_or_default(),
        people::region_of(r).1,
        p.nri.clone(),
        r.publication.map_or("", Publication::key).to_string(),
    ];
    row.extend(question_ids.iter().map(|q| r.answer(q).to_string()));
    row
}

/// One row per non-empty answer of a published response: `(comment-id, author-id, question,
/// comment-body, attributes…)`. Comment ids count from 1 in the order of the rows (responses
/// by pseudonym, questions in order), so the same data always gives the same ids.
fn answer_rows(published: &[Response], question_ids: &[String]) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for r in published {
        for q in question_ids {
            let body = r.answer(q);
            if body.trim().is_empty() {
                continue;
            }
            let mut row = vec![
                (rows.len() + 1).to_string(),
                r.id.to_string(),
                q.clone(),
                body.to_string(),
            ];
            row.extend(attributes(r));
            rows.push(row);
        }
    }
    rows
}

fn answer_header() -> Vec<&'static str> {
    let mut header = vec!["comment-id", "author-id", "question", "comment-body"];
    header.extend(ATTRIBUTES);
    header
}

/// The long CSV (RFC 4180): one row per answer, every cell neutralised; `bom` adds the
/// byte-order mark Excel needs to read UTF-8.
pub fn long_csv<'a>(
    responses: impl IntoIterator<Item = &'a Response>,
    question_ids: &[String],
    bom: bool,
) -> Result<String, String> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(answer_header()).map_err(|e| e.to_string())?;
    for row in answer_rows(&export::publishable(responses), question_ids) {
        w.write_record(row.iter().map(|c| neutralise(c)))
            .map_err(|e| e.to_string())?;
    }
    let text =
        String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    Ok(if bom { format!("\u{feff}{text}") } else { text })
}

/// What the workbook's "About" sheet says.
pub struct About<'a> {
    /// The questionnaire answered.
    pub questionnaire: &'a Questionnaire,
    /// The latest change in the data (also the workbook's creation time, so the same data
    /// gives the same file).
    pub data_as_of: Timestamp,
    /// The program's version.
    pub app_version: &'a str,
}

/// The open data as an XLSX workbook: "Responses" (one row per published response, as the
/// CSV), "Answers" (one per answer, as the long CSV), "Questions" and "About". Every value is
/// a text cell; one a spreadsheet would read as a formula if retyped gets Excel's quote prefix
/// (shown without an apostrophe, never run).
pub fn xlsx<'a>(
    responses: impl IntoIterator<Item = &'a Response>,
    about: &About,
) -> Result<Vec<u8>, String> {
    write_xlsx(responses, about).map_err(|e| e.to_string())
}

fn write_xlsx<'a>(
    responses: impl IntoIterator<Item = &'a Response>,
    about: &About,
) -> Result<Vec<u8>, XlsxError> {
    let q = about.questionnaire;
    let question_ids = q.question_ids();
    let published = export::publishable(responses);
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_timestamp(about.data_as_of.millis().div_euclid(1000))?;
    book.set_properties(
        &DocProperties::new()
            .set_title(q.title.get("en"))
            .set_subject("Open data: the published responses")
            .set_creation_datetime(&created),
    );
    let bold = Format::new().set_bold();
    let quoted = Format::new().set_quote_prefix();

    let mut header: Vec<&str> = RESPONSE_COLUMNS.to_vec();
    header.extend(question_ids.iter().map(String::as_str));
    let rows: Vec<Vec<String>> = published
        .iter()
        .map(|r| response_row(r, &question_ids))
        .collect();
    table(
        book.add_worksheet(),
        "Responses",
        &header,
        &rows,
        &bold,
        &quoted,
    )?;

    let rows = answer_rows(&published, &question_ids);
    table(
        book.add_worksheet(),
        "Answers",
        &answer_header(),
        &rows,
        &bold,
        &quoted,
    )?;

    let rows: Vec<Vec<String>> = q
        .questions
        .iter()
        .enumerate()
        .map(|(i, question)| {
            vec![
                question.id.clone(),
                (i + 1).to_string(),
                question.text.get("en").to_string(),
            ]
        })
        .collect();
    table(
        book.add_worksheet(),
        "Questions",
        &["question", "number", "text"],
        &rows,
        &bold,
        &quoted,
    )?;

    let rows = vec![
        vec![
            "questionnaire".into(),
            format!("{}, version {}", q.id, q.version),
        ],
        vec!["data as of".into(), about.data_as_of.to_rfc3339()],
        vec!["responses".into(), published.len().to_string()],
        vec![
            "published".into(),
            "Only responses whose authors allowed publication; anonymous ones without name, \
             organisation or e-mail, and with the author's own name masked in their answers; \
             no e-mail address. Response ids are pseudonyms."
                .into(),
        ],
        vec![
            "made by".into(),
            format!("bpf-survey {}", about.app_version),
        ],
    ];
    table(
        book.add_worksheet(),
        "About",
        &["", ""],
        &rows,
        &bold,
        &quoted,
    )?;
    book.save_to_buffer()
}

/// Writes a sheet: a bold header row (frozen, filtered), then text cells.
fn table(
    sheet: &mut Worksheet,
    name: &str,
    header: &[&str],
    rows: &[Vec<String>],
    bold: &Format,
    quoted: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            // Excel keeps at most 32,767 characters in a cell; an answer may be up to 30,000
            // characters, so this holds, but the writer's own limit is respected all the same.
            if neutralise(cell) != *cell {
                sheet.write_string_with_format(r, c as u16, cell, quoted)?;
            } else {
                sheet.write_string(r, c as u16, cell)?;
            }
        }
    }
    if !header.iter().all(|h| h.is_empty()) {
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(
            0,
            0,
            rows.len() as u32,
            header.len().saturating_sub(1) as u16,
        )?;
    }
    Ok(())
}
