//! Exports of a synthesis, shaped like Part II of the BPF's output document: Markdown, a standalone printable HTML page, and the raw data as CSV and as a JSON bundle for open data. Every export follows each respondent's publication choice and treats their text as text.

use std::fmt::Write as _;

use super::format;
use super::response::{Publication, Response};
use super::synthesis::people::{self, Count};
use super::synthesis::{Filter, QuestionSynthesis, Synthesis};
use super::time::Timestamp;

/// What a document export says about its data.
pub struct DocumentInfo<'a> {
    /// The questionnaire's title.
    pub title: &'a str,
    /// Its id and version, e.g. `igf-bpf-cybersecurity-2016, version 1`.
    pub questionnaire: String,
    /// The latest change in the data.
    pub data_as_of: Option<Timestamp>,
    /// The filter applied, if any.
    pub filter: &'a Filter,
}

fn filter_line(f: &Filter) -> Option<String> {
    if f.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    for (name, list) in [
        ("stakeholder group", &f.groups),
        ("region", &f.regions),
        ("NRI", &f.nris),
        ("language", &f.languages),
        ("capacity", &f.capacities),
    ] {
        if !list.is_empty() {
            parts.push(format!("{name}: {}", list.join(", ")));
        }
    }
    Some(format!("Only contributions matching {}.", parts.join("; ")))
}

fn counts_line(counts: &[Count]) -> String {
    counts
        .iter()
        .map(|c| format!("{} {}", c.label, c.count))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Escapes text for Markdown: the characters that start markup are backslash-escaped, so
/// whatever a respondent typed stays text (CommonMark lets any ASCII punctuation be escaped).
pub fn md(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(one_line.len());
    for (i, c) in one_line.chars().enumerate() {
        let starts_block = i == 0 && matches!(c, '-' | '+' | '=');
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '#'
                | '!'
                | '|'
                | '~'
                | '&'
                | '('
                | ')'
                | '{'
                | '}'
        ) || starts_block
        {
            out.push('\\');
        }
        // Numbered-list markers ("1." at the start) are defused by escaping the dot.
        if c == '.' && out.chars().all(|d| d.is_ascii_digit()) && !out.is_empty() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The synthesis as Markdown.
pub fn markdown(s: &Synthesis, info: &DocumentInfo) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "# Part II: Synthesis of contributions received in response to the call for contributions\n"
    );
    let _ = writeln!(
        o,
        "*{} ({}).{}*\n",
        md(info.title),
        info.questionnaire,
        info.data_as_of
            .map(|t| format!(" Data as of {}.", t.date()))
            .unwrap_or_default()
    );
    let _ = writeln!(o, "## Overview\n");
    if let Some(f) = filter_line(info.filter) {
        let _ = writeln!(o, "{}\n", md(&f));
    }
    let _ = writeln!(
        o,
        "{} contributions were received{}.\n",
        s.responses,
        if s.drafts > 0 {
            format!(", {} of them unfinished drafts", s.drafts)
        } else {
            String::new()
        }
    );
    for (name, counts) in breakdown_rows(&s.overview) {
        let _ = writeln!(o, "- **{name}:** {}", md(&counts_line(counts)));
    }
    o.push('\n');
    for q in &s.questions {
        question_md(&mut o, q, s.responses);
    }
    let _ = writeln!(o, "## Contributions received\n");
    if s.contributions.is_empty() {
        let _ = writeln!(o, "No contributor asked to be listed.\n");
    }
    for c in &s.contributions {
        let _ = writeln!(o, "- **{}**", md(c));
    }
    o
}

fn breakdown_rows(b: &people::Breakdowns) -> [(&'static str, &Vec<Count>); 5] {
    [
        ("By stakeholder group", &b.group),
        ("By region", &b.region),
        ("By NRI", &b.nri),
        ("By language of the form", &b.language),
        ("By capacity", &b.capacity),
    ]
}

fn question_md(o: &mut String, q: &QuestionSynthesis, total: usize) {
    let _ = writeln!(o, "## Question {}: {}\n", q.number, md(&q.text));
    let _ = writeln!(
        o,
        "{} of {} contributions answered this question ({}). Answers are {} words long at the median ({} to {}).\n",
        q.answered,
        total,
        md(&counts_line(&q.breakdowns.group)),
        q.length.median,
        q.length.min,
        q.length.max
    );
    if !q.themes.is_empty() {
        let _ = writeln!(o, "### Themes\n");
        for (i, t) in q.themes.iter().enumerate() {
            let _ = writeln!(
                o,
                "#### {}. {} ({} voices, {})\n",
                i + 1,
                md(&t.label.join(", ")),
                t.voices,
                t.language
            );
            let _ = writeln!(o, "Stakeholder groups: {}.\n", md(&counts_line(&t.groups)));
            for quote in &t.quotes {
                let _ = writeln!(o, "> “{}” — {}\n", md(&quote.text), md(&quote.attribution));
            }
        }
    }
    if !q.terms.is_empty() {
        let _ = writeln!(o, "### Key terms\n");
        for lt in &q.terms {
            let terms: Vec<String> = lt.terms.iter().map(|t| md(&t.text)).collect();
            let _ = writeln!(
                o,
                "- **{}** ({} answers): {}",
                lt.language,
                lt.answers,
                terms.join(", ")
            );
        }
        o.push('\n');
    }
    if !q.summary.is_empty() {
        let _ = writeln!(o, "### Summary\n");
        for ls in &q.summary {
            for quote in &ls.sentences {
                let _ = writeln!(o, "- “{}” — {}", md(&quote.text), md(&quote.attribution));
            }
        }
        o.push('\n');
    }
    if !q.duplicates.is_empty() {
        let _ = writeln!(o, "### Near-duplicate answers\n");
        for d in &q.duplicates {
            match &d.excerpt {
                Some(e) => {
                    let _ = writeln!(o, "- {} answers share the text “{}”", d.size, md(e));
                }
                None => {
                    let _ = writeln!(
                        o,
                        "- {} answers share one text (not for publication)",
                        d.size
                    );
                }
            }
        }
        o.push('\n');
    }
}

const CSS: &str = "body{font-family:Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}h1,h2,h3,h4{font-family:system-ui,Arial,sans-serif;line-height:1.25}h2{border-top:2px solid #333;padding-top:1rem;margin-top:2.5rem}blockquote{margin:0 0 1rem;padding:.25rem 1rem;border-left:4px solid #999}bdi{unicode-bidi:isolate}.who{font-style:italic}ul{padding-left:1.25rem}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .5rem;text-align:left}@media print{h2{break-before:page}body{margin:0}}";

/// The synthesis as a standalone, printable HTML page with no scripts.
pub fn html(s: &Synthesis, info: &DocumentInfo) -> String {
    let e = html_escape;
    let mut o = String::new();
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Part II: Synthesis of contributions — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        e(info.title)
    );
    let _ = writeln!(
        o,
        "<h1>Part II: Synthesis of contributions received in response to the call for contributions</h1>"
    );
    let _ = writeln!(
        o,
        "<p><em>{} ({}).{}</em></p>",
        e(info.title),
        e(&info.questionnaire),
        info.data_as_of
            .map(|t| format!(" Data as of {}.", t.date()))
            .unwrap_or_default()
    );
    let _ = writeln!(o, "<h2>Overview</h2>");
    if let Some(f) = filter_line(info.filter) {
        let _ = writeln!(o, "<p>{}</p>", e(&f));
    }
    let _ = writeln!(
        o,
        "<p>{} contributions were received{}.</p>\n<ul>",
        s.responses,
        if s.drafts > 0 {
            format!(", {} of them unfinished drafts", s.drafts)
        } else {
            String::new()
        }
    );
    for (name, counts) in breakdown_rows(&s.overview) {
        let _ = writeln!(
            o,
            "<li><strong>{name}:</strong> {}</li>",
            e(&counts_line(counts))
        );
    }
    o.push_str("</ul>\n");
    for q in &s.questions {
        let _ = writeln!(o, "<h2>Question {}: {}</h2>", q.number, e(&q.text));
        let _ = writeln!(
            o,
            "<p>{} of {} contributions answered this question ({}). Answers are {} words long at the median ({} to {}).</p>",
            q.answered,
            s.responses,
            e(&counts_line(&q.breakdowns.group)),
            q.length.median,
            q.length.min,
            q.length.max
        );
        if !q.themes.is_empty() {
            o.push_str("<h3>Themes</h3>\n");
            for (i, t) in q.themes.iter().enumerate() {
                let _ = writeln!(
                    o,
                    "<h4>{}. <bdi>{}</bdi> ({} voices, {})</h4>",
                    i + 1,
                    e(&t.label.join(", ")),
                    t.voices,
                    e(&t.language)
                );
                let _ = writeln!(
                    o,
                    "<p>Stakeholder groups: {}.</p>",
                    e(&counts_line(&t.groups))
                );
                for quote in &t.quotes {
                    let _ = writeln!(
                        o,
                        "<blockquote><p dir=\"auto\">“{}”</p><p class=\"who\">— <bdi>{}</bdi></p></blockquote>",
                        e(&quote.text),
                        e(&quote.attribution)
                    );
                }
            }
        }
        if !q.terms.is_empty() {
            o.push_str("<h3>Key terms</h3>\n<ul>\n");
            for lt in &q.terms {
                let terms: Vec<String> = lt
                    .terms
                    .iter()
                    .map(|t| format!("<bdi>{}</bdi>", e(&t.text)))
                    .collect();
                let _ = writeln!(
                    o,
                    "<li><strong>{}</strong> ({} answers): {}</li>",
                    e(&lt.language),
                    lt.answers,
                    terms.join(", ")
                );
            }
            o.push_str("</ul>\n");
        }
        if !q.summary.is_empty() {
            o.push_str("<h3>Summary</h3>\n<ul>\n");
            for quote in q.summary.iter().flat_map(|l| &l.sentences) {
                let _ = writeln!(
                    o,
                    "<li><span dir=\"auto\">“{}”</span> — <bdi class=\"who\">{}</bdi></li>",
                    e(&quote.text),
                    e(&quote.attribution)
                );
            }
            o.push_str("</ul>\n");
        }
        if !q.duplicates.is_empty() {
            o.push_str("<h3>Near-duplicate answers</h3>\n<ul>\n");
            for d in &q.duplicates {
                match &d.excerpt {
                    Some(x) => {
                        let _ = writeln!(
                            o,
                            "<li>{} answers share the text “<bdi>{}</bdi>”</li>",
                            d.size,
                            e(x)
                        );
                    }
                    None => {
                        let _ = writeln!(
                            o,
                            "<li>{} answers share one text (not for publication)</li>",
                            d.size
                        );
                    }
                }
            }
            o.push_str("</ul>\n");
        }
    }
    o.push_str("<h2>Contributions received</h2>\n<ul>\n");
    for c in &s.contributions {
        let _ = writeln!(o, "<li><strong><bdi>{}</bdi></strong></li>", e(c));
    }
    o.push_str("</ul>\n</body>\n</html>\n");
    o
}

/// A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return,
/// or their full-width forms) gets a leading apostrophe, the OWASP recommendation.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠') => {
            format!("'{cell}")
        }
        _ => cell.to_string(),
    }
}

/// Responses as published: without email; without name and organisation when anonymous;
/// absent when the respondent chose not to be published. Sorted by id.
pub fn publishable<'a>(responses: impl IntoIterator<Item = &'a Response>) -> Vec<Response> {
    let mut out: Vec<Response> = responses
        .into_iter()
        .filter(|r| {
            matches!(
                r.publication,
                Some(Publication::Named | Publication::Anonymous)
            )
        })
        .map(|r| {
            let mut r = r.clone();
            r.respondent.email.clear();
            if r.publication == Some(Publication::Anonymous) {
                r.respondent.name.clear();
                r.respondent.organisation.clear();
            }
            r
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The open-data CSV (RFC 4180), one row per published response, every cell neutralised;
/// `bom` adds the byte-order mark Excel needs to read UTF-8.
pub fn csv<'a>(
    responses: impl IntoIterator<Item = &'a Response>,
    question_ids: &[String],
    bom: bool,
) -> Result<String, String> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header: Vec<String> = [
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
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    header.extend(question_ids.iter().cloned());
    w.write_record(&header).map_err(|e| e.to_string())?;
    for r in publishable(responses) {
        let p = &r.respondent;
        let mut row = vec![
            r.id.to_string(),
            match r.status {
                super::response::Status::Draft => "draft",
                super::response::Status::Finished => "finished",
            }
            .to_string(),
            r.created.to_rfc3339(),
            r.updated.to_rfc3339(),
            r.language.clone(),
            r.source.nri.clone(),
            p.name.clone(),
            p.organisation.clone(),
            people::capacity_label(p.capacity).0.to_string(),
            people::group_label(p.stakeholder_group).0.to_string(),
            p.country.map(|c| c.code().to_string()).unwrap_or_default(),
            people::region_of(&r).1,
            p.nri.clone(),
            match r.publication {
                Some(Publication::Named) => "named",
                _ => "anonymous",
            }
            .to_string(),
        ];
        row.extend(question_ids.iter().map(|q| r.answer(q).to_string()));
        let row: Vec<String> = row.iter().map(|c| neutralise(c)).collect();
        w.write_record(&row).map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
    Ok(if bom { format!("\u{feff}{text}") } else { text })
}

/// The open-data JSON bundle: published responses as in [`publishable`], sealed afresh.
pub fn json_bundle<'a>(
    responses: impl IntoIterator<Item = &'a Response>,
    data_as_of: Timestamp,
    app_version: &str,
) -> String {
    format::write_bundle(&publishable(responses), data_as_of, app_version)
}
