//! Exports of a synthesis, shaped like Part II of the BPF's output document: Markdown, a standalone printable HTML page, and the raw data as CSV and as a JSON bundle for open data. Every export follows each respondent's publication choice and treats their text as text.

use std::fmt::Write as _;

use super::format;
use super::response::{Publication, Response, ResponseId};
use super::synthesis::people::{self, Count};
use super::synthesis::{
    CAMPAIGNS_LISTED, Dimension, DuplicateGroup, Filter, QuestionSynthesis, Senders, Synthesis,
};
use super::synthesis::{narrative, privacy, topics};
use super::text::isolate;
use super::time::Timestamp;
use std::borrow::Cow;

/// A download the secretariat can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ExportKind {
    /// Part II as Markdown.
    Markdown,
    /// Part II as a standalone HTML page.
    Html,
    /// Part II as a Word document.
    Docx,
    /// The codes, themes and coded answers as a REFI-QDA project (`.qdpx`).
    Qdpx,
    /// The codebook alone, REFI-QDA (`.qdc`).
    Qdc,
    /// Open data as CSV, with the byte-order mark Excel needs to read UTF-8 (`bom`) or not.
    Csv {
        /// Whether to begin with a byte-order mark.
        bom: bool,
    },
    /// Open data as a JSON bundle.
    Json,
    /// Open data as CSV with one row per answer (`core::open_data::long_csv`).
    LongCsv {
        /// Whether to begin with a byte-order mark.
        bom: bool,
    },
    /// Open data as an XLSX workbook (`core::open_data::xlsx`).
    Xlsx,
}

impl ExportKind {
    /// Its MIME type.
    pub const fn mime(self) -> &'static str {
        match self {
            ExportKind::Markdown => "text/markdown",
            ExportKind::Html => "text/html",
            ExportKind::Docx => super::docx::MIME,
            ExportKind::Qdpx => super::refi::MIME,
            ExportKind::Qdc => "application/xml",
            ExportKind::Csv { .. } | ExportKind::LongCsv { .. } => "text/csv",
            ExportKind::Json => "application/json",
            ExportKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    /// The file name suggested for it: dated by the data's latest change; the JSON bundle's
    /// also says how many responses it holds.
    pub fn filename(self, data_as_of: Timestamp, published: usize) -> String {
        let date = data_as_of.date();
        match self {
            ExportKind::Markdown => format!("bpf-synthesis-{date}.md"),
            ExportKind::Html => format!("bpf-synthesis-{date}.html"),
            ExportKind::Docx => format!("bpf-synthesis-{date}.docx"),
            ExportKind::Qdpx => format!("bpf-qda-project-{date}.qdpx"),
            ExportKind::Qdc => format!("bpf-codebook-{date}.qdc"),
            ExportKind::Csv { .. } => format!("bpf-open-data-{date}.csv"),
            ExportKind::LongCsv { .. } => format!("bpf-open-data-answers-{date}.csv"),
            ExportKind::Xlsx => format!("bpf-open-data-{date}.xlsx"),
            ExportKind::Json => super::filename::bundle_filename(published, data_as_of)
                .replace("bpf-responses", "bpf-open-data"),
        }
    }
}

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

/// "Only contributions matching …": an NRI by its name as the breakdown gives it (its key is
/// a respondent's words, and may not be published).
fn filter_line(f: &Filter, overview: &people::Breakdowns) -> Option<String> {
    if f.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    for &d in Dimension::ALL {
        let keys: Vec<&str> = f
            .keys(d)
            .iter()
            .map(|key| match d {
                Dimension::Nri => {
                    overview
                        .nri
                        .iter()
                        .find(|c| c.key == *key)
                        .map_or(UNNAMED, |c| {
                            if c.label.is_empty() {
                                UNNAMED
                            } else {
                                c.label.as_str()
                            }
                        })
                }
                _ => key.as_str(),
            })
            .collect();
        if !keys.is_empty() {
            parts.push(format!("{}: {}", d.label(), keys.join(", ")));
        }
    }
    Some(format!("Only contributions matching {}.", parts.join("; ")))
}

/// "Government 12, Academia 3"; what may not be named (an NRI named only in responses not for
/// publication) is counted at the end without a name.
fn counts_line(counts: &[Count]) -> String {
    let mut parts: Vec<String> = counts
        .iter()
        .filter(|c| !c.label.is_empty())
        .map(|c| format!("{} {}", c.label, c.count))
        .collect();
    let unnamed: usize = counts
        .iter()
        .filter(|c| c.label.is_empty())
        .map(|c| c.count)
        .sum();
    if unnamed > 0 {
        parts.push(format!("{UNNAMED} {unnamed}"));
    }
    parts.join(", ")
}

/// What an NRI named only in responses not for publication is called in exports.
const UNNAMED: &str = "not named for publication";

/// Escapes text for Markdown: the characters that start markup are backslash-escaped, so
/// whatever a respondent typed stays text (CommonMark lets any ASCII punctuation be escaped).
/// Addresses are broken up the same way (`https\://`, `www\.`, `name\@host`), so renderers
/// that turn bare addresses into links (GitHub's, markdown-it's) leave them as text.
pub fn md(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(one_line.len());
    let chars: Vec<char> = one_line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let starts_block = i == 0 && matches!(c, '-' | '+' | '=');
        let address = match c {
            '@' => true,
            ':' => chars.get(i + 1..i + 3) == Some(&['/', '/']),
            '.' => {
                i >= 3
                    && chars[i - 3..i]
                        .iter()
                        .map(|c| c.to_ascii_lowercase())
                        .eq("www".chars())
            }
            _ => false,
        };
        if address {
            out.push('\\');
        }
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

/// The blocks Part II is made of, written by each document format. Text passed in is plain;
/// each format escapes it, and marks what a person wrote (`person`) so it reads in its own
/// direction.
pub(super) trait Writer {
    fn heading(&mut self, level: usize, text: &str, person: bool);
    fn note(&mut self, text: &str);
    fn paragraph(&mut self, text: &str);
    fn item(&mut self, label: Option<&str>, text: &str, person: bool);
    fn end_list(&mut self);
    fn quote(&mut self, text: &str, who: &str);
    /// Counts as a chart (where the format draws) and always as a table: a caption, the
    /// counted thing's name (the first column's heading) and `(label, count)` rows.
    fn chart(&mut self, caption: &str, what: &str, rows: &[(String, usize)]);
}

/// The rows of a chart of `counts`: each named count, then what may not be named, together.
fn chart_rows(counts: &[Count]) -> Vec<(String, usize)> {
    let mut rows: Vec<(String, usize)> = counts
        .iter()
        .filter(|c| !c.label.is_empty())
        .map(|c| (c.label.clone(), c.count))
        .collect();
    let unnamed: usize = counts
        .iter()
        .filter(|c| c.label.is_empty())
        .map(|c| c.count)
        .sum();
    if unnamed > 0 {
        rows.push(("Not named (not for publication)".to_string(), unnamed));
    }
    rows
}

struct Markdown(String);

impl Markdown {
    // Markdown has no markup for direction: a person's words are isolated with Unicode marks.
    fn text(text: &str, person: bool) -> String {
        if person { isolate(&md(text)) } else { md(text) }
    }
}

impl Writer for Markdown {
    fn heading(&mut self, level: usize, text: &str, person: bool) {
        let _ = writeln!(
            self.0,
            "{} {}\n",
            "#".repeat(level),
            Self::text(text, person)
        );
    }
    fn note(&mut self, text: &str) {
        let _ = writeln!(self.0, "*{}*\n", md(text));
    }
    fn paragraph(&mut self, text: &str) {
        let _ = writeln!(self.0, "{}\n", md(text));
    }
    fn item(&mut self, label: Option<&str>, text: &str, person: bool) {
        let text = Self::text(text, person);
        match label {
            Some(l) => {
                let _ = writeln!(self.0, "- **{}** {text}", md(l));
            }
            None => {
                let _ = writeln!(self.0, "- {text}");
            }
        }
    }
    fn end_list(&mut self) {
        self.0.push('\n');
    }
    fn quote(&mut self, text: &str, who: &str) {
        let _ = writeln!(
            self.0,
            "> “{}” — {}\n",
            isolate(&md(text)),
            isolate(&md(who))
        );
    }
    fn chart(&mut self, caption: &str, what: &str, rows: &[(String, usize)]) {
        // A table cell's pipe would end the cell: escaped as GitHub-flavoured Markdown does.
        let cell = |t: &str| md(t).replace('|', "\\|");
        let _ = writeln!(self.0, "*{}*\n", md(caption));
        let _ = writeln!(self.0, "| {} | Count |\n| --- | ---: |", cell(what));
        for (label, count) in rows {
            let _ = writeln!(self.0, "| {} | {count} |", cell(label));
        }
        self.0.push('\n');
    }
}

struct Html {
    out: String,
    in_list: bool,
    charts: usize,
}

const CSS: &str = "body{font-family:Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}h1,h2,h3,h4{font-family:system-ui,Arial,sans-serif;line-height:1.25}h2{border-top:2px solid #333;padding-top:1rem;margin-top:2.5rem}blockquote{margin:0 0 1rem;padding:.25rem 1rem;border-left:4px solid #999}bdi{unicode-bidi:isolate}.who{font-style:italic}ul{padding-left:1.25rem}figure{margin:1rem 0 1.5rem}figcaption{font-weight:600;margin-bottom:.25rem}table{border-collapse:collapse;font-size:.9rem}th,td{border-bottom:1px solid #ccc;padding:.2rem .6rem;text-align:left}td{text-align:right}@media print{h2{break-before:page}body{margin:0}}";

impl Html {
    fn text(text: &str, person: bool) -> String {
        if person {
            format!("<bdi>{}</bdi>", html_escape(text))
        } else {
            html_escape(text)
        }
    }
}

impl Writer for Html {
    fn heading(&mut self, level: usize, text: &str, person: bool) {
        let _ = writeln!(
            self.out,
            "<h{level}>{}</h{level}>",
            Self::text(text, person)
        );
    }
    fn note(&mut self, text: &str) {
        let _ = writeln!(self.out, "<p><em>{}</em></p>", html_escape(text));
    }
    fn paragraph(&mut self, text: &str) {
        let _ = writeln!(self.out, "<p>{}</p>", html_escape(text));
    }
    fn item(&mut self, label: Option<&str>, text: &str, person: bool) {
        if !self.in_list {
            self.out.push_str("<ul>\n");
            self.in_list = true;
        }
        let label = label
            .map(|l| format!("<strong>{}</strong> ", html_escape(l)))
            .unwrap_or_default();
        let _ = writeln!(self.out, "<li>{label}{}</li>", Self::text(text, person));
    }
    fn end_list(&mut self) {
        if self.in_list {
            self.out.push_str("</ul>\n");
            self.in_list = false;
        }
    }
    fn quote(&mut self, text: &str, who: &str) {
        let _ = writeln!(
            self.out,
            "<blockquote><p dir=\"auto\">“{}”</p><p class=\"who\">— <bdi>{}</bdi></p></blockquote>",
            html_escape(text),
            html_escape(who)
        );
    }
    fn chart(&mut self, caption: &str, what: &str, rows: &[(String, usize)]) {
        self.end_list();
        self.charts += 1;
        let id = format!("chart-{}", self.charts);
        let _ = writeln!(
            self.out,
            "<figure aria-labelledby=\"{id}\"><figcaption id=\"{id}\">{}</figcaption>",
            html_escape(caption)
        );
        self.out.push_str(&bar_chart_svg(rows));
        let _ = write!(
            self.out,
            "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">Count</th></tr></thead><tbody>",
            html_escape(what)
        );
        for (label, count) in rows {
            let _ = write!(
                self.out,
                "<tr><th scope=\"row\">{}</th><td>{count}</td></tr>",
                html_escape(label)
            );
        }
        self.out.push_str("</tbody></table></figure>\n");
    }
}

/// Horizontal bars, one per row, as inline SVG (drawn, not fetched: the export's policy holds).
/// Hidden from screen readers, which read the table under it.
fn bar_chart_svg(rows: &[(String, usize)]) -> String {
    const BAR: usize = 22;
    const LABEL: usize = 230;
    const WIDTH: usize = 640;
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let height = rows.len() * BAR + 4;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" aria-hidden=\"true\" focusable=\"false\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"13\">"
    );
    for (i, (label, count)) in rows.iter().enumerate() {
        let y = i * BAR + 2;
        let length = (WIDTH - LABEL - 60) * count / max;
        let shown: String = label.chars().take(34).collect();
        let shown = if shown.chars().count() < label.chars().count() {
            format!("{shown}…")
        } else {
            shown
        };
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#111\">{}</text><rect x=\"{LABEL}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#1d70b8\"/><text x=\"{}\" y=\"{}\" fill=\"#111\">{count}</text>",
            LABEL - 8,
            y + 15,
            html_escape(&shown),
            y + 3,
            length.max(1),
            BAR - 6,
            LABEL + length.max(1) + 6,
            y + 15,
        );
    }
    out.push_str("</svg>\n");
    out
}

fn breakdown_rows(b: &people::Breakdowns) -> [(&'static str, &Vec<Count>); 5] {
    [
        ("By stakeholder group:", &b.group),
        ("By region:", &b.region),
        ("By NRI:", &b.nri),
        ("By language of the form:", &b.language),
        ("By capacity:", &b.capacity),
    ]
}

/// Part II, in whatever format `w` writes: an overview, the contributions, each question.
pub(super) fn part_two(w: &mut impl Writer, s: &Synthesis, info: &DocumentInfo) {
    w.heading(
        1,
        "Part II: Synthesis of contributions received in response to the call for contributions",
        false,
    );
    let as_of = info
        .data_as_of
        .map(|t| format!(" Data as of {}.", t.date()))
        .unwrap_or_default();
    w.note(&format!("{} ({}).{as_of}", info.title, info.questionnaire));
    w.heading(2, "Overview", false);
    if let Some(f) = filter_line(info.filter, &s.overview) {
        w.paragraph(&f);
    }
    let drafts = if s.drafts > 0 && s.drafts_read_as_sent {
        format!(
            ", {} of them unfinished drafts (quoted and listed as if sent, as the secretariat chose)",
            s.drafts
        )
    } else if s.drafts > 0 {
        format!(", {} of them unfinished drafts", s.drafts)
    } else {
        String::new()
    };
    w.paragraph(&format!(
        "{} contributions were received{drafts}.",
        s.responses
    ));
    let excluded: usize = s.excluded.iter().map(|c| c.count).sum();
    if excluded > 0 {
        w.paragraph(&format!(
            "The secretariat left out {excluded} more ({}); they are counted nowhere below.",
            counts_line(&s.excluded)
        ));
    }
    if s.voices != s.responses {
        w.paragraph(&format!(
            "Counting each campaign once, they are {} independent voices; the figures below count them so, with every contribution counted after them.",
            s.voices
        ));
    }
    for (name, counts) in breakdown_rows(&s.voice_overview) {
        w.item(Some(name), &counts_line(counts), false);
    }
    w.end_list();
    w.chart(
        "Contributions by stakeholder group",
        "Stakeholder group",
        &chart_rows(&s.voice_overview.group),
    );
    w.chart(
        "Contributions by region",
        "Region",
        &chart_rows(&s.voice_overview.region),
    );
    if s.voices != s.responses {
        for (name, counts) in breakdown_rows(&s.overview) {
            w.item(
                Some(&format!(
                    "{} every contribution counted",
                    name.trim_end_matches(':')
                )),
                &counts_line(counts),
                false,
            );
        }
        w.end_list();
    }
    if !s.campaigns.is_empty() {
        w.heading(3, "Campaigns", false);
        for c in s.campaigns.iter().take(CAMPAIGNS_LISTED) {
            let questions: Vec<String> = c.questions.iter().map(usize::to_string).collect();
            let text = match &c.excerpt {
                Some(e) => format!("“{}”", isolate(e)),
                None => "one text (not for publication)".to_string(),
            };
            w.item(
                None,
                &format!(
                    "{} contributions sent {text} to question{} {}. Sent by: {}.",
                    c.size,
                    if questions.len() == 1 { "" } else { "s" },
                    questions.join(", "),
                    senders_line(&c.senders)
                ),
                false,
            );
        }
        w.end_list();
    }
    let more = s.unlisted_campaign_groups();
    if more > 0 {
        w.paragraph(&format!(
            "{more} more groups of five or more near-identical answers are listed under their questions' near-duplicate answers."
        ));
    }
    // The list of contributions comes first, as in the BPF's outline of Part II.
    w.heading(2, "Contributions received", false);
    let anonymous: usize = s.anonymous.group.iter().map(|c| c.count).sum();
    if s.contributions.is_empty() && anonymous == 0 {
        w.paragraph("No contributor asked to be listed.");
    }
    for c in &s.contributions {
        w.item(None, c, true);
    }
    w.end_list();
    if anonymous > 0 {
        w.paragraph(&format!(
            "{anonymous} anonymous contribution{} (by stakeholder group: {}; by region: {}).",
            if anonymous == 1 { "" } else { "s" },
            counts_line(&s.anonymous.group),
            counts_line(&s.anonymous.region)
        ));
    }
    for q in &s.questions {
        question(w, q, s.responses);
    }
}

/// "**Name:** 12 answers (Government 3, …)": an initiative or a code and the answers under it.
fn answers_item(w: &mut impl Writer, name: &str, answers: usize, groups: &[Count]) {
    w.item(
        Some(&format!("{}:", isolate(name))),
        &format!(
            "{answers} answer{} ({})",
            if answers == 1 { "" } else { "s" },
            counts_line(groups)
        ),
        false,
    );
}

fn question(w: &mut impl Writer, q: &QuestionSynthesis, total: usize) {
    w.heading(2, &format!("Question {}: {}", q.number, q.text), false);
    w.paragraph(&format!(
        "{} of {total} contributions answered this question ({}). Answers are {} words long at the median ({} to {}).",
        q.answered,
        counts_line(&q.breakdowns_raw.group),
        q.length.median,
        q.length.min,
        q.length.max
    ));
    w.chart(
        &format!("Answers to question {} by stakeholder group", q.number),
        "Stakeholder group",
        &chart_rows(&q.breakdowns_raw.group),
    );
    if q.voices != q.answered {
        w.paragraph(&format!(
            "Counting each group of near-identical answers once, they are {} independent voices ({}).",
            q.voices,
            counts_line(&q.breakdowns.group)
        ));
    }
    if q.non_answers > 0 {
        w.paragraph(&format!(
            "{} of them gave no substantive answer (\"see attached\", \"N/A\", a single word); they are counted here and left out of the themes, summary and key terms.",
            q.non_answers
        ));
    }
    if q.other > 0 {
        w.paragraph(&format!(
            "{} of them speak of nothing the questions are about (no term of the field in any of the six languages): they are counted here as other answers and left out of the themes, summary and key terms.",
            q.other
        ));
    }
    if !q.narrative.trim().is_empty() {
        w.heading(3, "Synthesis", false);
        for paragraph in q
            .narrative
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            w.paragraph(paragraph);
        }
    } else if let Some(draft) = narrative::english(q) {
        w.heading(3, "Draft narrative", false);
        w.note("Generated from the figures below, as a first draft to rewrite before publishing.");
        w.paragraph(&draft);
    }
    if !q.pinned.is_empty() {
        w.heading(3, "Selected quotes", false);
        for quote in &q.pinned {
            w.quote(&quote.text, &quote.attribution);
        }
    }
    if q.topics.iter().any(|t| !t.concepts.is_empty()) {
        w.heading(3, "Themes across languages", false);
        w.note("Themes found in different languages are grouped when their answers speak of the same concepts of a multilingual lexicon, more than the question's other answers do; the concepts name the group.");
        for (i, topic) in q.topics.iter().enumerate() {
            let name = isolate(&topics::name(topic, &q.themes, "en"));
            let languages: Vec<String> = topic
                .languages
                .iter()
                .map(|l| format!("{} {}", l.key, l.count))
                .collect();
            let themes: Vec<String> = topic
                .themes
                .iter()
                .map(|&t| format!("{} ({})", t + 1, q.themes[t].language))
                .collect();
            w.item(
                Some(&format!("{}. {name}:", i + 1)),
                &format!(
                    "{} voices (by language: {}; by stakeholder group: {}); themes {} below.",
                    topic.voices,
                    languages.join(", "),
                    counts_line(&topic.groups),
                    themes.join(", ")
                ),
                false,
            );
        }
        w.end_list();
    }
    if !q.themes.is_empty() {
        w.heading(3, "Themes", false);
        for (i, t) in q.themes.iter().enumerate() {
            w.heading(
                4,
                &format!(
                    "{}. {} ({} voices, {})",
                    i + 1,
                    isolate(&t.title()),
                    t.voices,
                    t.language
                ),
                false,
            );
            w.paragraph(&format!("Stakeholder groups: {}.", counts_line(&t.groups)));
            for quote in &t.quotes {
                w.quote(&quote.text, &quote.attribution);
            }
        }
    }
    if !q.terms.is_empty() {
        w.heading(3, "Key terms", false);
        for lt in &q.terms {
            let terms: Vec<String> = lt.terms.iter().map(|t| isolate(&t.text)).collect();
            w.item(
                Some(&lt.language),
                &format!("({} answers): {}", lt.answers, terms.join(", ")),
                false,
            );
        }
        w.end_list();
    }
    if !q.initiatives.is_empty() {
        w.heading(3, "Initiatives and organisations cited", false);
        for i in &q.initiatives {
            answers_item(w, &i.name, i.answers, &i.groups);
        }
        w.end_list();
    }
    if !q.codes.is_empty() {
        w.heading(3, "Codes", false);
        w.note("Codes the secretariat put on the answers, by hand or accepting a suggestion.");
        for c in &q.codes {
            answers_item(w, &c.name, c.answers, &c.groups);
        }
        w.end_list();
    }
    if !q.summary.is_empty() {
        w.heading(3, "Summary", false);
        for quote in q.summary.iter().flat_map(|l| &l.sentences) {
            w.item(
                None,
                &format!(
                    "“{}” — {}",
                    isolate(&quote.text),
                    isolate(&quote.attribution)
                ),
                false,
            );
        }
        w.end_list();
    }
    if !q.duplicates.is_empty() {
        w.heading(3, "Near-duplicate answers", false);
        for d in &q.duplicates {
            match &d.excerpt {
                Some(e) => w.item(
                    None,
                    &format!(
                        "{} answers share the text “{}”{}",
                        d.size,
                        isolate(e),
                        campaign_note(d)
                    ),
                    false,
                ),
                None => w.item(
                    None,
                    &format!(
                        "{} answers share one text (not for publication){}",
                        d.size,
                        campaign_note(d)
                    ),
                    false,
                ),
            }
        }
        w.end_list();
    }
}

/// ", a campaign sent by: …" for a group large enough to be one.
fn campaign_note(d: &DuplicateGroup) -> String {
    d.campaign
        .as_ref()
        .map(|who| format!(": a campaign, sent by {}", senders_line(who)))
        .unwrap_or_default()
}

/// Who sent a campaign: stakeholder groups; countries; NRIs.
fn senders_line(s: &Senders) -> String {
    [
        counts_line(&s.breakdowns.group),
        counts_line(&s.countries),
        counts_line(&s.breakdowns.nri),
    ]
    .join("; ")
}

/// The synthesis as Markdown.
pub fn markdown(s: &Synthesis, info: &DocumentInfo) -> String {
    let mut w = Markdown(String::new());
    part_two(&mut w, s, info);
    w.0
}

/// The HTML export's own policy, wherever it is opened or published: its one inline style
/// sheet, nothing else (no scripts, no images, nothing fetched, no forms).
const HTML_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// The synthesis as a standalone, printable HTML page with no scripts.
pub fn html(s: &Synthesis, info: &DocumentInfo) -> String {
    let mut w = Html {
        out: String::new(),
        in_list: false,
        charts: 0,
    };
    let _ = write!(
        w.out,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{HTML_POLICY}\">\n<title>Part II: Synthesis of contributions — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        html_escape(info.title)
    );
    part_two(&mut w, s, info);
    w.end_list();
    w.out.push_str("</body>\n</html>\n");
    w.out
}

/// A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return,
/// or their full-width forms) gets a leading apostrophe, the OWASP recommendation.
pub fn neutralise(cell: &str) -> String {
    // Spreadsheets skip spaces and invisible format characters before a formula (a tab or a
    // carriage return first is itself a trigger).
    let skipped = |c: char| (c.is_whitespace() && !matches!(c, '\t' | '\r')) || is_format(c);
    match cell.chars().find(|&c| !skipped(c)) {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠') => {
            format!("'{cell}")
        }
        _ => cell.to_string(),
    }
}

/// Invisible characters that change nothing a spreadsheet reads: zero-width spaces and joiners,
/// the byte-order mark, direction marks, embeddings and isolates.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
    )
}

/// The id a response has in the open data: a pseudonym, so the real id (which is what a
/// forged copy would need) is never published. The UUID v4 made of the first 16 bytes of
/// SHA-256 of `bpf-survey/open-data/v1:` and the id; the same response always has the same one.
pub fn pseudonym(id: &ResponseId) -> ResponseId {
    let digest = format::sha256_hex(format!("bpf-survey/open-data/v1:{id}").as_bytes());
    let mut bytes = [0u8; 16];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = u8::from_str_radix(&digest[2 * i..2 * i + 2], 16).unwrap_or(0);
    }
    ResponseId::from_random_bytes(bytes)
}

/// Responses as published: without email; without name and organisation when anonymous; under
/// their pseudonym; absent when the respondent chose not to be published. Sorted by id.
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
            r.id = pseudonym(&r.id);
            r.respondent.email.clear();
            if privacy::masks(&r) {
                let masked: Vec<(String, String)> = r
                    .answers
                    .iter()
                    .filter_map(|(q, a)| match privacy::published(&r, a) {
                        Cow::Owned(m) => Some((q.clone(), m)),
                        Cow::Borrowed(_) => None,
                    })
                    .collect();
                r.answers.extend(masked);
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
    let mut header: Vec<&str> = super::open_data::RESPONSE_COLUMNS.to_vec();
    header.extend(question_ids.iter().map(String::as_str));
    w.write_record(&header).map_err(|e| e.to_string())?;
    for r in publishable(responses) {
        let row = super::open_data::response_row(&r, question_ids);
        w.write_record(row.iter().map(|c| neutralise(c)))
            .map_err(|e| e.to_string())?;
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
