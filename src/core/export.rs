//! Exports of a synthesis, shaped like Part II of the BPF's output document: Markdown, a standalone printable HTML page, and the raw data as CSV and as a JSON bundle for open data. Every export follows each respondent's publication choice and treats their text as text.

use std::fmt::Write as _;

use super::countries::Country;
use super::format;
use super::questionnaire::{Question, Questionnaire};
use super::response::{NOT_STATED, Publication, Response, ResponseId};
use super::synthesis::comments::CommentsSummary;
use super::synthesis::people::{self, Contributor, Count, NO_NRI};
use super::synthesis::{
    CAMPAIGNS_LISTED, ChoiceFigure, Dimension, Filter, NOT_LISTED, QuestionSynthesis, Quote,
    Senders, Synthesis,
};
use super::synthesis::{narrative, privacy, topics};
use super::text::isolate;
use super::time::Timestamp;
use crate::i18n::{Arg, Messages, number, text};
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
    /// Every kind by the short name native tools know it by (`bpf-survey synth --format`);
    /// the CSVs carry the byte-order mark, as the page's downloads do.
    pub const NAMED: [(&'static str, ExportKind); 9] = [
        ("md", ExportKind::Markdown),
        ("html", ExportKind::Html),
        ("docx", ExportKind::Docx),
        ("xlsx", ExportKind::Xlsx),
        ("csv", ExportKind::Csv { bom: true }),
        ("long-csv", ExportKind::LongCsv { bom: true }),
        ("json", ExportKind::Json),
        ("qdpx", ExportKind::Qdpx),
        ("qdc", ExportKind::Qdc),
    ];

    /// The kind a short name stands for.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::NAMED
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, k)| *k)
    }

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
    /// The questionnaire: its title and questions in the document's language.
    pub questionnaire: &'a Questionnaire,
    /// The latest change in the data.
    pub data_as_of: Option<Timestamp>,
    /// The filter applied, if any.
    pub filter: &'a Filter,
    /// The document's language.
    pub words: &'a Words,
}

/// Which kind of name [`Words`] asks its `names` function for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameOf {
    /// A country, by its ISO 3166-1 alpha-2 code.
    Country,
    /// A language, by its tag.
    Language,
}

/// A function naming a country or a language (`NameOf`, code) in a language (the first
/// argument), `None` where it cannot: the browser's `Intl.DisplayNames` in the worker.
pub type Names = fn(&str, NameOf, &str) -> Option<String>;

/// Part II's words in the language chosen at download: headings and fixed sentences from the
/// message catalogues (without directional isolates: a person's words are isolated where they
/// are written), categories by their messages, countries and languages by `names`. People's
/// words stay as they wrote them.
pub struct Words {
    messages: Messages,
    names: Names,
}

/// What a category is, for its name in a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Of(Dimension),
    Country,
    Reason,
}

impl Words {
    /// `language`'s words, English where its messages are not installed.
    pub fn new(language: &str, names: Names) -> Self {
        Self {
            messages: Messages::with_synthesis(language).without_isolation(),
            names,
        }
    }

    /// English, with the built-in English names of countries and languages.
    pub fn english() -> Self {
        Self::new(crate::i18n::DEFAULT_LANGUAGE, |_, _, _| None)
    }

    /// The document's language tag.
    pub fn language(&self) -> &'static str {
        self.messages.language()
    }

    /// Whether it is written right to left.
    pub fn is_rtl(&self) -> bool {
        self.messages.is_rtl()
    }

    pub(super) fn t(&self, id: &str) -> String {
        self.messages.t(id)
    }

    pub(super) fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.messages.t_with(id, args)
    }

    fn list(&self, items: &[String]) -> String {
        items.join(&self.t("part2-list-separator"))
    }

    /// A message that names a key, or `fallback` where none does.
    fn named(&self, id: &str, fallback: &str) -> String {
        let said = self.t(id);
        if said == id {
            fallback.to_string()
        } else {
            said
        }
    }

    /// The names `names` gives, except in English, where the core's own are used: the same
    /// document in the browser as natively, and names that read in a sentence.
    fn browser_name(&self, of: NameOf, code: &str) -> Option<String> {
        (self.language() != crate::i18n::DEFAULT_LANGUAGE)
            .then(|| (self.names)(self.language(), of, code))
            .flatten()
    }

    fn country(&self, code: &str) -> String {
        if code == people::NOT_PUBLISHED {
            return self.t("part2-unnamed");
        }
        self.browser_name(NameOf::Country, code)
            .or_else(|| Country::from_code(code).map(|c| c.name().to_string()))
            .unwrap_or_else(|| code.to_string())
    }

    fn language_name(&self, tag: &str) -> String {
        self.browser_name(NameOf::Language, tag)
            .unwrap_or_else(|| narrative::language_name_in(tag, self.language()).to_string())
    }

    fn group(&self, key: &str) -> String {
        if key == NOT_STATED {
            return self.t("part2-not-stated");
        }
        self.named(&format!("group-{key}"), key)
    }

    /// A category's name; an NRI as people wrote it, one named only in responses not for
    /// publication not at all (empty).
    fn category(&self, kind: Kind, c: &Count) -> String {
        // An empty label is the synthesis saying the name may not be published.
        if c.label.is_empty() {
            return String::new();
        }
        if c.key == NOT_STATED && kind != Kind::Of(Dimension::Nri) {
            return self.t("part2-not-stated");
        }
        match kind {
            Kind::Of(Dimension::Group) => self.group(&c.key),
            Kind::Of(Dimension::Region) => self.named(&format!("region-{}", c.key), &c.label),
            Kind::Of(Dimension::Capacity) => self.named(&format!("capacity-{}", c.key), &c.label),
            Kind::Of(Dimension::Language) => self.language_name(&c.key),
            Kind::Of(Dimension::Nri) if c.key == NO_NRI => self.t("nri-none"),
            Kind::Of(Dimension::Nri) => c.label.clone(),
            Kind::Country => self.country(&c.key),
            Kind::Reason => self.named(&format!("reason-{}", c.key), &c.label),
        }
    }

    /// "Government 12, Academia 3"; what may not be named (an NRI named only in responses not
    /// for publication) is counted at the end without a name.
    fn counts_line(&self, kind: Kind, counts: &[Count]) -> String {
        let rows: Vec<String> = self
            .chart_rows(kind, counts)
            .into_iter()
            .map(|(label, count)| format!("{label} {count}"))
            .collect();
        self.list(&rows)
    }

    fn groups_line(&self, counts: &[Count]) -> String {
        self.counts_line(Kind::Of(Dimension::Group), counts)
    }

    /// The rows of a chart of `counts`: each named count, then what may not be named, together.
    fn chart_rows(&self, kind: Kind, counts: &[Count]) -> Vec<(String, usize)> {
        let mut rows: Vec<(String, usize)> = counts
            .iter()
            .filter_map(|c| {
                let name = self.category(kind, c);
                (!name.is_empty()).then_some((name, c.count))
            })
            .collect();
        let unnamed: usize = counts
            .iter()
            .filter(|c| self.category(kind, c).is_empty())
            .map(|c| c.count)
            .sum();
        if unnamed > 0 {
            rows.push((self.t("part2-unnamed"), unnamed));
        }
        rows
    }

    /// Who a quote is from: a name and organisation as written, or an anonymous respondent's
    /// stakeholder group and country in the document's language.
    fn who(&self, quote: &Quote) -> String {
        match &quote.anonymous {
            Some((group, country)) => {
                let who = self.t_with("part2-anonymous-who", &[("group", text(group))]);
                if country.is_empty() {
                    who
                } else {
                    self.t_with(
                        "part2-anonymous-where",
                        &[
                            ("who", text(&who)),
                            ("country", text(&self.country(country))),
                        ],
                    )
                }
            }
            None => quote.attribution.clone(),
        }
    }
}

/// "Only contributions matching …": an NRI by its name as the breakdown gives it (its key is
/// a respondent's words, and may not be published).
fn filter_line(words: &Words, f: &Filter, overview: &people::Breakdowns) -> Option<String> {
    if f.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    for &d in Dimension::ALL {
        let values: Vec<String> = f
            .keys(d)
            .iter()
            .map(|key| match d {
                Dimension::Nri => overview
                    .nri
                    .iter()
                    .find(|c| c.key == *key)
                    .map(|c| words.category(Kind::Of(d), c))
                    .filter(|name| !name.is_empty())
                    .unwrap_or_else(|| words.t("part2-unnamed")),
                _ => words.category(
                    Kind::Of(d),
                    &Count {
                        key: key.clone(),
                        label: key.clone(),
                        count: 0,
                    },
                ),
            })
            .collect();
        if !values.is_empty() {
            let legend = words.t(&format!("filter-{}", d.key()));
            parts.push(format!("{legend}: {}", words.list(&values)));
        }
    }
    Some(words.t_with(
        "part2-filter",
        &[(
            "filter",
            text(&parts.join(&words.t("part2-senders-separator"))),
        )],
    ))
}

/// Escapes text for Markdown: the characters that start markup are backslash-escaped, so
/// whatever a respondent typed stays text (CommonMark lets any ASCII punctuation be escaped).
/// Addresses are broken up the same way (`https\://`, `www\.`, `name\@host`), so renderers
/// that turn bare addresses into links (GitHub's, markdown-it's) leave them as text.
pub fn md(text: &str) -> String {
    // Line breaks and runs of spaces become one space; no-break spaces (French puts one before
    // ":", narrow ones before "?" and in numbers) stay, as the Word and HTML documents keep them.
    let breakable = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}');
    let words = text.split(breakable).filter(|w| !w.is_empty());
    let one_line = words.collect::<Vec<_>>().join(" ");
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
    /// A section of Part II begins, with its stable id (`overview`, `contributions`, a
    /// question's id): its level-2 heading follows. Documents that are one page ignore it.
    fn section(&mut self, _id: &str) {}
    fn heading(&mut self, level: usize, text: &str, person: bool);
    fn note(&mut self, text: &str);
    fn paragraph(&mut self, text: &str);
    fn item(&mut self, label: Option<&str>, text: &str, person: bool);
    fn end_list(&mut self);
    fn quote(&mut self, text: &str, who: &str);
    /// Counts as a chart (where the format draws) and always as a table: a caption, the
    /// columns' headings (the counted thing's name, then the count's) and `(label, count)` rows.
    fn chart(&mut self, caption: &str, what: &str, count: &str, rows: &[(String, usize)]);
    /// A document in the list of contributions: who sent it, its title (a person's words) and
    /// its `http(s)` address (checked), a live link where the format has links.
    fn cited(&mut self, who: &str, title: &str, link: &str) {
        let line = if link.is_empty() {
            format!("{who}: {title}")
        } else {
            format!("{who}: {title} – {link}")
        };
        self.item(None, &line, true);
    }
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
    fn cited(&mut self, who: &str, title: &str, link: &str) {
        // An autolink: the address holds no space, `<` or `>` (`response::is_web_link`).
        let link = if link.is_empty() {
            String::new()
        } else {
            format!(" – <{link}>")
        };
        let _ = writeln!(
            self.0,
            "- {}: *{}*{link}",
            isolate(&md(who)),
            isolate(&md(title))
        );
    }
    fn quote(&mut self, text: &str, who: &str) {
        let _ = writeln!(
            self.0,
            "> “{}” — {}\n",
            isolate(&md(text)),
            isolate(&md(who))
        );
    }
    fn chart(&mut self, caption: &str, what: &str, count: &str, rows: &[(String, usize)]) {
        // A table cell's pipe would end the cell: escaped as GitHub-flavoured Markdown does.
        let cell = |t: &str| md(t).replace('|', "\\|");
        let _ = writeln!(self.0, "*{}*\n", md(caption));
        let _ = writeln!(
            self.0,
            "| {} | {} |\n| --- | ---: |",
            cell(what),
            cell(count)
        );
        for (label, count) in rows {
            let _ = writeln!(self.0, "| {} | {count} |", cell(label));
        }
        self.0.push('\n');
    }
}

struct Html {
    out: String,
    // Whether the document reads right to left (its charts are mirrored).
    rtl: bool,
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
    fn cited(&mut self, who: &str, title: &str, link: &str) {
        if !self.in_list {
            self.out.push_str("<ul>\n");
            self.in_list = true;
        }
        let link = if link.is_empty() {
            String::new()
        } else {
            let l = html_escape(link);
            format!(" – <a href=\"{l}\" rel=\"noopener noreferrer\">{l}</a>")
        };
        let _ = writeln!(
            self.out,
            "<li><bdi>{}</bdi>: <em><bdi>{}</bdi></em>{link}</li>",
            html_escape(who),
            html_escape(title)
        );
    }
    fn quote(&mut self, text: &str, who: &str) {
        let _ = writeln!(
            self.out,
            "<blockquote><p dir=\"auto\">“{}”</p><p class=\"who\">— <bdi>{}</bdi></p></blockquote>",
            html_escape(text),
            html_escape(who)
        );
    }
    fn chart(&mut self, caption: &str, what: &str, count: &str, rows: &[(String, usize)]) {
        self.end_list();
        self.charts += 1;
        let id = format!("chart-{}", self.charts);
        let _ = writeln!(
            self.out,
            "<figure aria-labelledby=\"{id}\"><figcaption id=\"{id}\">{}</figcaption>",
            html_escape(caption)
        );
        self.out.push_str(&bar_chart_svg(rows, self.rtl));
        let _ = write!(
            self.out,
            "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            html_escape(what),
            html_escape(count)
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
/// Hidden from screen readers, which read the table under it. Laid out explicitly left to
/// right (`direction="ltr"`), mirrored for a right-to-left document: labels on the right, bars
/// growing leftwards.
fn bar_chart_svg(rows: &[(String, usize)], rtl: bool) -> String {
    const BAR: usize = 22;
    const LABEL: usize = 230;
    const WIDTH: usize = 640;
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let height = rows.len() * BAR + 4;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" direction=\"ltr\" aria-hidden=\"true\" focusable=\"false\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"13\">"
    );
    for (i, (label, count)) in rows.iter().enumerate() {
        let y = i * BAR + 2;
        let length = ((WIDTH - LABEL - 60) * count / max).max(1);
        let shown: String = label.chars().take(34).collect();
        let shown = if shown.chars().count() < label.chars().count() {
            format!("{shown}…")
        } else {
            shown
        };
        // (label x, its anchor, bar x, count x, its anchor)
        let (label_x, label_anchor, bar_x, count_x, count_anchor) = if rtl {
            let bar_end = WIDTH - LABEL;
            (
                WIDTH - 2,
                "end",
                bar_end - length,
                bar_end - length - 6,
                "end",
            )
        } else {
            (LABEL - 8, "end", LABEL, LABEL + length + 6, "start")
        };
        let _ = write!(
            out,
            "<text x=\"{label_x}\" y=\"{}\" text-anchor=\"{label_anchor}\" fill=\"#111\">{}</text><rect x=\"{bar_x}\" y=\"{}\" width=\"{length}\" height=\"{}\" fill=\"#1d70b8\"/><text x=\"{count_x}\" y=\"{}\" text-anchor=\"{count_anchor}\" fill=\"#111\">{count}</text>",
            y + 15,
            html_escape(&shown),
            y + 3,
            BAR - 6,
            y + 15,
        );
    }
    out.push_str("</svg>\n");
    out
}

/// Part II, in whatever format `w` writes: an overview, the contributions, each question.
pub(super) fn part_two(w: &mut impl Writer, s: &Synthesis, info: &DocumentInfo) {
    let words = info.words;
    let n = |count: usize| number(count);
    w.heading(1, &words.t("part2-title"), false);
    let q = info.questionnaire;
    let mut source = vec![
        ("title", text(q.title.get(words.language()))),
        ("id", text(&q.id)),
        ("version", text(&q.version.to_string())),
    ];
    let id = match info.data_as_of {
        Some(t) => {
            source.push(("date", text(&t.date())));
            "part2-source-as-of"
        }
        None => "part2-source",
    };
    w.note(&words.t_with(id, &source));
    w.section("overview");
    w.heading(2, &words.t("part2-overview"), false);
    if let Some(f) = filter_line(words, info.filter, &s.overview) {
        w.paragraph(&f);
    }
    let received = match (s.drafts, s.drafts_read_as_sent) {
        (0, _) => words.t_with("part2-received", &[("count", n(s.responses))]),
        (drafts, sent) => words.t_with(
            if sent {
                "part2-received-drafts-sent"
            } else {
                "part2-received-drafts"
            },
            &[("count", n(s.responses)), ("drafts", n(drafts))],
        ),
    };
    w.paragraph(&received);
    let excluded: usize = s.excluded.iter().map(|c| c.count).sum();
    if excluded > 0 {
        w.paragraph(&words.t_with(
            "part2-excluded",
            &[
                ("count", n(excluded)),
                (
                    "counts",
                    text(&words.counts_line(Kind::Reason, &s.excluded)),
                ),
            ],
        ));
    }
    if s.voices != s.responses {
        w.paragraph(&words.t_with("part2-voices", &[("voices", n(s.voices))]));
    }
    breakdown_items(w, words, "part2-by", &s.voice_overview);
    let group = Kind::Of(Dimension::Group);
    w.chart(
        &words.t("part2-chart-group"),
        &words.t("part2-column-group"),
        &words.t("part2-column-count"),
        &words.chart_rows(group, &s.voice_overview.group),
    );
    w.chart(
        &words.t("part2-chart-region"),
        &words.t("part2-column-region"),
        &words.t("part2-column-count"),
        &words.chart_rows(Kind::Of(Dimension::Region), &s.voice_overview.region),
    );
    if s.voices != s.responses {
        breakdown_items(w, words, "part2-by-all", &s.overview);
    }
    if !s.campaigns.is_empty() {
        w.heading(3, &words.t("part2-campaigns"), false);
        for c in s.campaigns.iter().take(CAMPAIGNS_LISTED) {
            let questions: Vec<String> = c.questions.iter().map(usize::to_string).collect();
            let said = match &c.excerpt {
                Some(e) => words.t_with("part2-quoted", &[("text", text(&isolate(e)))]),
                None => words.t("part2-campaign-unpublished"),
            };
            w.item(
                None,
                &words.t_with(
                    "part2-campaign",
                    &[
                        ("count", n(c.size)),
                        ("text", text(&said)),
                        ("questions", n(questions.len())),
                        ("numbers", text(&words.list(&questions))),
                        ("senders", text(&senders_line(words, &c.senders))),
                    ],
                ),
                false,
            );
        }
        w.end_list();
    }
    let more = s.unlisted_campaign_groups();
    if more > 0 {
        w.paragraph(&words.t_with("part2-more-campaigns", &[("count", n(more))]));
    }
    // The list of contributions comes first, as in the BPF's outline of Part II.
    w.section("contributions");
    w.heading(2, &words.t("part2-contributions"), false);
    let anonymous: usize = s.anonymous.group.iter().map(|c| c.count).sum();
    if s.contributions.is_empty() && anonymous == 0 {
        w.paragraph(&words.t("part2-no-contributors"));
    }
    for c in &s.contributions {
        // The whole line is isolated as a person's words: the name decides its direction.
        w.item(None, &contribution(words, c), true);
    }
    w.end_list();
    if anonymous > 0 {
        w.paragraph(&words.t_with(
            "part2-anonymous",
            &[
                ("count", n(anonymous)),
                ("groups", text(&words.groups_line(&s.anonymous.group))),
                (
                    "regions",
                    text(&words.counts_line(Kind::Of(Dimension::Region), &s.anonymous.region)),
                ),
            ],
        ));
    }
    // The documents named contributors sent, as the seed's outline cites them; the others are
    // only counted, since a link can name its author.
    let (listed, unlisted): (Vec<_>, Vec<_>) = s.documents.iter().partition(|d| d.by.is_some());
    if !s.documents.is_empty() {
        w.heading(3, &words.t("part2-documents"), false);
        for d in &listed {
            if let Some(c) = &d.by {
                w.cited(&contribution(words, c), &d.title, &d.link);
            }
        }
        w.end_list();
        if !unlisted.is_empty() {
            w.paragraph(&words.t_with("part2-documents-unlisted", &[("count", n(unlisted.len()))]));
        }
    }
    for qs in &s.questions {
        let asked = q.questions.get(qs.number.wrapping_sub(1));
        question(w, words, qs, asked, s.responses);
    }
    if !s.comments.is_empty() {
        comments_received(w, words, &s.comments);
    }
}

/// Part III A, as the BPF's outline opens Part III: the comments received on the drafts, by
/// section, with who sent them and, under each reader's choice, what they wrote.
fn comments_received(w: &mut impl Writer, words: &Words, c: &CommentsSummary) {
    let n = |count: usize| number(count);
    w.section("comments");
    let versions = c.versions.join(", ");
    w.heading(
        2,
        &words.t_with("part3-comments-title", &[("versions", text(&versions))]),
        false,
    );
    let total: usize = c.sections.iter().map(|s| s.comments).sum();
    w.paragraph(&words.t_with(
        "part3-comments-received",
        &[("count", n(total)), ("readers", n(c.readers))],
    ));
    for s in &c.sections {
        // The part of the draft before its first heading has no title: its introduction.
        // A section of no draft loaded is named by its id.
        let title = match s
            .title
            .get(words.language())
            .or_else(|| s.title.values().next())
        {
            Some(t) if !t.trim().is_empty() => t.clone(),
            Some(_) => words.t("review-page-untitled"),
            None => s.section.clone(),
        };
        let title = title.as_str();
        w.heading(
            3,
            &words.t_with(
                "part3-comments-on",
                &[("section", text(title)), ("version", text(&s.version))],
            ),
            false,
        );
        w.paragraph(&words.t_with(
            "part3-comments-count",
            &[
                ("count", n(s.comments)),
                ("groups", text(&words.groups_line(&s.by.group))),
                (
                    "regions",
                    text(&words.counts_line(Kind::Of(Dimension::Region), &s.by.region)),
                ),
            ],
        ));
        if !s.themes.is_empty() {
            w.paragraph(&words.t("part3-comments-themes"));
            for theme in &s.themes {
                let count = words.t_with("part3-comments-theme", &[("count", n(theme.voices))]);
                w.item(Some(&theme.title()), &count, false);
            }
            w.end_list();
        }
        for quote in &s.quotes {
            w.quote(&quote.text, &words.who(quote));
        }
        if s.unpublished > 0 {
            w.paragraph(
                &words.t_with("part3-comments-unpublished", &[("count", n(s.unpublished))]),
            );
        }
        if let Some(newer) = &s.changed_in {
            w.note(&words.t_with(
                "part3-comments-changed",
                &[("newer", text(newer)), ("version", text(&s.version))],
            ));
        }
        if s.on_other_text > 0 {
            w.note(&words.t_with(
                "part3-comments-other-text",
                &[("count", n(s.on_other_text))],
            ));
        }
    }
}

/// "Contribution from Ada Obi, ngCERT", "Contribution from the Nigeria IGF".
fn contribution(words: &Words, c: &Contributor) -> String {
    if c.nri {
        // The English message says "the"; a name people wrote with it keeps one.
        let name = c.name.trim();
        let name = name
            .get(..4)
            .filter(|head| head.eq_ignore_ascii_case("the "))
            .map_or(name, |_| &name[4..]);
        words.t_with("part2-contribution-nri", &[("nri", text(name))])
    } else {
        words.t_with("part2-contribution", &[("who", text(&c.name))])
    }
}

/// "By stakeholder group: Government 12, …", one item per dimension.
fn breakdown_items(w: &mut impl Writer, words: &Words, id: &str, b: &people::Breakdowns) {
    for (d, counts) in [
        (Dimension::Group, &b.group),
        (Dimension::Region, &b.region),
        (Dimension::Nri, &b.nri),
        (Dimension::Language, &b.language),
        (Dimension::Capacity, &b.capacity),
    ] {
        w.item(
            Some(&words.t_with(id, &[("dimension", text(d.key()))])),
            &words.counts_line(Kind::Of(d), counts),
            false,
        );
    }
    w.end_list();
}

/// "**Name:** 12 answers (Government 3, …)": an initiative or a code and the answers under it.
fn answers_item(w: &mut impl Writer, words: &Words, name: &str, answers: usize, groups: &[Count]) {
    w.item(
        Some(&format!("{}:", isolate(name))),
        &words.t_with(
            "part2-answers",
            &[
                ("count", number(answers)),
                ("groups", text(&words.groups_line(groups))),
            ],
        ),
        false,
    );
}

/// One question's section: its choices counted, or what its answers say.
fn question(
    w: &mut impl Writer,
    words: &Words,
    q: &QuestionSynthesis,
    asked: Option<&Question>,
    total: usize,
) {
    let n = |count: usize| number(count);
    let wording = asked.map_or(q.text.as_str(), |x| x.text.get(words.language()));
    w.section(&q.id);
    w.heading(
        2,
        &words.t_with(
            "part2-question",
            &[("number", n(q.number)), ("text", text(wording))],
        ),
        false,
    );
    if !q.choices.is_empty() {
        choices(w, words, q, asked, total);
        return;
    }
    if q.answered == 0 {
        // No empty brackets, lengths of 0 or empty table: what the secretariat wrote follows.
        w.paragraph(&words.t("part2-unanswered"));
    } else {
        w.paragraph(&words.t_with(
            "part2-answered",
            &[
                ("answered", n(q.answered)),
                ("total", n(total)),
                ("groups", text(&words.groups_line(&q.breakdowns_raw.group))),
                ("median", n(q.length.median)),
                ("min", n(q.length.min)),
                ("max", n(q.length.max)),
            ],
        ));
        w.chart(
            &words.t_with("part2-chart-question", &[("number", n(q.number))]),
            &words.t("part2-column-group"),
            &words.t("part2-column-count"),
            &words.chart_rows(Kind::Of(Dimension::Group), &q.breakdowns_raw.group),
        );
    }
    if q.voices != q.answered {
        w.paragraph(&words.t_with(
            "part2-question-voices",
            &[
                ("voices", n(q.voices)),
                ("groups", text(&words.groups_line(&q.breakdowns.group))),
            ],
        ));
    }
    if q.non_answers > 0 {
        w.paragraph(&words.t_with("part2-non-answers", &[("count", n(q.non_answers))]));
    }
    if q.other > 0 {
        w.paragraph(&words.t_with("part2-other", &[("count", n(q.other))]));
    }
    if !written_narrative(w, words, q) {
        let told = narrative::sentences(
            q,
            &words.messages,
            &|tag| words.language_name(tag),
            &|key| words.group(key),
        );
        if !told.is_empty() {
            w.heading(3, &words.t("part2-narrative"), false);
            w.note(&words.t("part2-narrative-note"));
            w.paragraph(&told.join(" "));
        }
    }
    if !q.pinned.is_empty() {
        w.heading(3, &words.t("part2-pinned"), false);
        for quote in &q.pinned {
            w.quote(&quote.text, &words.who(quote));
        }
    }
    if q.topics.iter().any(|t| !t.concepts.is_empty()) {
        w.heading(3, &words.t("part2-topics"), false);
        w.note(&words.t("part2-topics-note"));
        for (i, topic) in q.topics.iter().enumerate() {
            let name = isolate(&topics::name(topic, &q.themes, words.language()));
            let languages = words.counts_line(Kind::Of(Dimension::Language), &topic.languages);
            let themes: Vec<String> = topic
                .themes
                .iter()
                .map(|&t| format!("{} ({})", t + 1, words.language_name(&q.themes[t].language)))
                .collect();
            w.item(
                Some(&format!("{}. {name}:", i + 1)),
                &words.t_with(
                    "part2-topic",
                    &[
                        ("voices", n(topic.voices)),
                        ("count", n(topic.themes.len())),
                        ("languages", text(&languages)),
                        ("groups", text(&words.groups_line(&topic.groups))),
                        ("themes", text(&words.list(&themes))),
                    ],
                ),
                false,
            );
        }
        w.end_list();
    }
    if !q.themes.is_empty() {
        w.heading(3, &words.t("part2-themes"), false);
        for (i, t) in q.themes.iter().enumerate() {
            w.heading(
                4,
                &words.t_with(
                    "part2-theme",
                    &[
                        ("number", n(i + 1)),
                        ("label", text(&isolate(&t.title()))),
                        ("voices", n(t.voices)),
                        ("language", text(&words.language_name(&t.language))),
                    ],
                ),
                false,
            );
            w.paragraph(&words.t_with(
                "part2-theme-groups",
                &[("groups", text(&words.groups_line(&t.groups)))],
            ));
            for quote in &t.quotes {
                w.quote(&quote.text, &words.who(quote));
            }
        }
    }
    if !q.terms.is_empty() {
        w.heading(3, &words.t("part2-terms"), false);
        for lt in &q.terms {
            let terms: Vec<String> = lt.terms.iter().map(|t| isolate(&t.text)).collect();
            w.item(
                Some(&words.language_name(&lt.language)),
                &words.t_with(
                    "part2-terms-line",
                    &[
                        ("answers", n(lt.answers)),
                        ("terms", text(&words.list(&terms))),
                    ],
                ),
                false,
            );
        }
        w.end_list();
    }
    if !q.initiatives.is_empty() {
        w.heading(3, &words.t("part2-initiatives"), false);
        for i in &q.initiatives {
            answers_item(w, words, &i.name, i.answers, &i.groups);
        }
        w.end_list();
    }
    if !q.codes.is_empty() {
        w.heading(3, &words.t("part2-codes"), false);
        w.note(&words.t("part2-codes-note"));
        for c in &q.codes {
            answers_item(w, words, &c.name, c.answers, &c.groups);
        }
        w.end_list();
    }
    if !q.summary.is_empty() {
        w.heading(3, &words.t("part2-summary"), false);
        for quote in q.summary.iter().flat_map(|l| &l.sentences) {
            w.item(
                None,
                &format!(
                    "{} — {}",
                    words.t_with("part2-quoted", &[("text", text(&isolate(&quote.text)))]),
                    isolate(&words.who(quote))
                ),
                false,
            );
        }
        w.end_list();
    }
    if !q.duplicates.is_empty() {
        w.heading(3, &words.t("part2-duplicates"), false);
        let ordinary = q.ordinary_repetition();
        if ordinary > 0 {
            w.paragraph(&words.t_with("part2-duplicates-ordinary", &[("count", n(ordinary))]));
        }
        for d in &q.duplicates {
            let line = match &d.excerpt {
                Some(e) => words.t_with(
                    "part2-duplicate",
                    &[("count", n(d.size)), ("text", text(&isolate(e)))],
                ),
                None => words.t_with("part2-duplicate-unpublished", &[("count", n(d.size))]),
            };
            let line = match &d.campaign {
                Some(who) => words.t_with(
                    "part2-duplicate-campaign",
                    &[
                        ("group", text(&line)),
                        ("senders", text(&senders_line(words, who))),
                    ],
                ),
                None => line,
            };
            w.item(None, &line, false);
        }
        w.end_list();
    }
}

/// A choice question's section: how many answered, a chart and a line per choice (labels in
/// the document's language), and the secretariat's narrative if it wrote one.
fn choices(
    w: &mut impl Writer,
    words: &Words,
    q: &QuestionSynthesis,
    asked: Option<&Question>,
    total: usize,
) {
    let n = |count: usize| number(count);
    w.paragraph(&words.t_with(
        "part2-choice-answered",
        &[
            ("answered", n(q.answered)),
            ("total", n(total)),
            ("groups", text(&words.groups_line(&q.breakdowns_raw.group))),
        ],
    ));
    if q.kind == "several-choices" {
        w.note(&words.t("part2-choice-several"));
    }
    let label = |c: &ChoiceFigure| {
        if c.key == NOT_LISTED {
            return words.t("part2-not-listed");
        }
        asked
            .and_then(|x| x.kind.choice_label(&c.key, words.language()))
            .map_or(c.label.clone(), str::to_string)
    };
    let rows: Vec<(String, usize)> = q.choices.iter().map(|c| (label(c), c.count)).collect();
    w.chart(
        &words.t_with("part2-chart-choices", &[("number", n(q.number))]),
        &words.t("part2-column-choice"),
        &words.t("part2-column-count"),
        &rows,
    );
    // Who chose each choice chosen; the table above has every count, zeros included.
    w.heading(3, &words.t("part2-choices"), false);
    for c in q.choices.iter().filter(|c| c.count > 0) {
        answers_item(w, words, &label(c), c.count, &c.breakdowns.group);
    }
    w.end_list();
    written_narrative(w, words, q);
}

/// The secretariat's own text for a question, under its heading, paragraph by paragraph;
/// whether it wrote one.
fn written_narrative(w: &mut impl Writer, words: &Words, q: &QuestionSynthesis) -> bool {
    if q.narrative.trim().is_empty() {
        return false;
    }
    w.heading(3, &words.t("part2-synthesis"), false);
    for paragraph in q
        .narrative
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        w.paragraph(paragraph);
    }
    true
}

/// Who sent a campaign: stakeholder groups; countries; NRIs.
fn senders_line(words: &Words, s: &Senders) -> String {
    [
        words.groups_line(&s.breakdowns.group),
        words.counts_line(Kind::Country, &s.countries),
        words.counts_line(Kind::Of(Dimension::Nri), &s.breakdowns.nri),
    ]
    .join(&words.t("part2-senders-separator"))
}

/// "Part II: Synthesis of contributions — ⟨the questionnaire's title⟩", in the document's language.
pub(super) fn document_title(info: &DocumentInfo) -> String {
    info.words.t_with(
        "part2-document-title",
        &[(
            "title",
            text(info.questionnaire.title.get(info.words.language())),
        )],
    )
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
        rtl: info.words.is_rtl(),
        in_list: false,
        charts: 0,
    };
    let _ = write!(
        w.out,
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{HTML_POLICY}\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        info.words.language(),
        if info.words.is_rtl() { "rtl" } else { "ltr" },
        html_escape(&document_title(info))
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

/// Invisible characters that change nothing a spreadsheet reads: Unicode's format characters
/// (general category Cf: zero-width spaces and joiners, the byte-order mark, direction marks,
/// embeddings and isolates, interlinear annotations, tags, Arabic number signs) and its other
/// default-ignorable ones (variation selectors, the grapheme joiner, Hangul fillers), as of
/// Unicode 15.1.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
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
            // As in Part II: an anonymous respondent's documents are never published, since a
            // link can name its author.
            if people::is_anonymous(&r) {
                r.documents.clear();
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
