//! Part III A: the comments received on a draft, by section (in the draft's order), with who
//! sent them counted by stakeholder group and region, and their words quoted under each
//! reader's publication choice — decided, like a response's, by `people` alone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::{Quote, Theme};
use super::people::{self, Breakdowns};
use super::{Analyzer, Filter};
use crate::core::format::review::{Block, Comments, Draft};
use crate::core::questionnaire::{self, Questionnaire};
use crate::core::response::{Response, Source, Status};

/// A section draws themes from this many comments on; fewer are read one by one.
pub const THEMED_COMMENTS: usize = 8;

/// The comments on one section of one version of the draft.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SectionComments {
    /// The section's id (`overview`, `q1`, …).
    pub section: String,
    /// The draft version commented on.
    pub version: String,
    /// The section's title by language, from the draft; empty when no draft known here has
    /// that version and section.
    pub title: BTreeMap<String, String>,
    /// How many comments.
    pub comments: usize,
    /// Who sent them, every comment counted.
    pub by: Breakdowns,
    /// The comments that may be published, with who sent them as the reader allowed.
    pub quotes: Vec<Quote>,
    /// Comments counted but not published (their reader chose not, or chose nothing).
    pub unpublished: usize,
    /// Comments written on another text of the section than this version's (its hash differs):
    /// a changed draft, or a file made for another copy of it.
    pub on_other_text: usize,
    /// The section as this version has it, by language, a line per block (plain text, as the
    /// page shows it beside the comments); empty when no draft known here has it. Lines, not
    /// blocks: this crosses to the page in postcard, which cannot read a tagged enum.
    pub text: BTreeMap<String, Vec<String>>,
    /// The latest draft published after this version whose section differs (or has none), if
    /// any: the comments answer a text that has since changed.
    pub changed_in: Option<String>,
    /// Where a section draws many comments ([`THEMED_COMMENTS`]), their themes, found as a
    /// question's are (labels and quotes only from readers who allow quotes).
    #[serde(default)]
    pub themes: Vec<Theme>,
}

/// Every comment received, by section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CommentsSummary {
    /// How many readers sent comments (comment files, each counted once).
    pub readers: usize,
    /// The draft versions commented on, in the order first seen.
    pub versions: Vec<String>,
    /// By version and section, in each draft's order (sections no draft here names last).
    pub sections: Vec<SectionComments>,
}

impl CommentsSummary {
    /// Whether there is anything to say.
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }
}

/// A reader as a respondent, for the counts and the attribution: the same profile, the same
/// publication choice, and finished (a comment file is sent as it is).
fn as_response(c: &Comments) -> Response {
    let mut r = Response::new(
        c.id.clone(),
        c.questionnaire.clone(),
        c.created,
        &c.language,
        Source::default(),
    );
    r.status = Status::Finished;
    r.respondent = c.respondent.clone();
    r.publication = c.publication;
    r
}

/// A section's text, a line per block, by language.
fn lines(s: &crate::core::format::review::Section) -> BTreeMap<String, Vec<String>> {
    let line = |b: &Block| match b {
        Block::Heading { text, .. } | Block::Paragraph { text } | Block::Note { text } => {
            text.clone()
        }
        Block::Item { label, text } => match label {
            Some(label) => format!("{label}: {text}"),
            None => text.clone(),
        },
        Block::Quote { text, who } => format!("{text} — {who}"),
        Block::Table { caption, rows, .. } => {
            let rows: Vec<String> = rows.iter().map(|(l, n)| format!("{l} {n}")).collect();
            format!("{caption}: {}", rows.join(", "))
        }
        Block::Cited { who, title, link } => format!("{who}: {title} {link}").trim().to_string(),
    };
    s.blocks
        .iter()
        .map(|(lang, blocks)| (lang.clone(), blocks.iter().map(line).collect()))
        .collect()
}

/// One comment with its file, its reader as a respondent, its text and the hash of the text
/// it was written on.
type Said<'a> = (&'a Comments, Response, &'a str, &'a str);

/// The comments of `files` (one per reader: a later copy of a file replaces an earlier one, by
/// `updated`), by section, with the titles and hashes of `drafts`.
pub fn summarize(
    files: &[Comments],
    drafts: &[Draft],
    analyzer: Option<&Analyzer>,
) -> CommentsSummary {
    let mut latest: BTreeMap<String, &Comments> = BTreeMap::new();
    for f in files {
        let id = f.id.to_string();
        if latest
            .get(&id)
            .is_none_or(|kept| (f.updated, &f.comments) > (kept.updated, &kept.comments))
        {
            latest.insert(id, f);
        }
    }
    let mut versions: Vec<String> = Vec::new();
    let mut grouped: BTreeMap<(String, String), Vec<Said>> = BTreeMap::new();
    for f in latest.values() {
        if !versions.contains(&f.draft_version) {
            versions.push(f.draft_version.clone());
        }
        let reader = as_response(f);
        for c in &f.comments {
            grouped
                .entry((f.draft_version.clone(), c.section.clone()))
                .or_default()
                .push((f, reader.clone(), c.text.as_str(), c.section_hash.as_str()));
        }
    }
    versions.sort();
    // The draft's own order: each version's sections as published, then any others.
    let place = |version: &str, section: &str| -> (usize, usize) {
        let v = versions
            .iter()
            .position(|x| x == version)
            .unwrap_or(usize::MAX);
        let s = drafts
            .iter()
            .find(|d| d.version == version)
            .and_then(|d| d.sections.iter().position(|s| s.id == section))
            .unwrap_or(usize::MAX);
        (v, s)
    };
    let mut keys: Vec<(String, String)> = grouped.keys().cloned().collect();
    keys.sort_by_key(|(v, s)| (place(v, s), v.clone(), s.clone()));
    let sections = keys
        .into_iter()
        .filter_map(|key| {
            let entries = grouped.remove(&key)?;
            let (version, section) = key;
            let published = drafts
                .iter()
                .find(|d| d.version == version)
                .and_then(|d| d.sections.iter().find(|s| s.id == section));
            let readers: Vec<&Response> = entries.iter().map(|(_, r, ..)| r).collect();
            let mut quotes = Vec::new();
            let mut unpublished = 0;
            for (f, r, text, _) in &entries {
                match people::attribution(r) {
                    // An anonymous reader who signs a comment is masked, as in answers.
                    Some(attribution) => quotes.push(Quote {
                        text: super::privacy::published(r, text).into_owned(),
                        attribution,
                        anonymous: people::anonymous_as(r),
                        response: f.id.to_string(),
                    }),
                    None => unpublished += 1,
                }
            }
            // Drafts in the order they were published: a later one that changed the section.
            let this = drafts.iter().find(|d| d.version == version);
            let later = drafts
                .iter()
                .filter(|d| this.is_some_and(|t| d.published > t.published))
                .max_by_key(|d| d.published);
            let changed_in = later.and_then(|d| {
                let now = d.sections.iter().find(|s| s.id == section);
                let changed = match (published, now) {
                    (Some(then), Some(now)) => then.hash != now.hash,
                    (Some(_), None) => true,
                    _ => false,
                };
                changed.then(|| d.version.clone())
            });
            let themes = analyzer
                .filter(|_| entries.len() >= THEMED_COMMENTS)
                .map(|a| themes_of(&entries, a))
                .unwrap_or_default();
            Some(SectionComments {
                themes,
                title: published.map(|s| s.title.clone()).unwrap_or_default(),
                text: published.map(lines).unwrap_or_default(),
                changed_in,
                on_other_text: entries
                    .iter()
                    .filter(|(.., hash)| published.is_some_and(|s| s.hash != *hash))
                    .count(),
                comments: entries.len(),
                by: people::breakdowns(readers.into_iter()),
                quotes,
                unpublished,
                section,
                version,
            })
        })
        .collect();
    CommentsSummary {
        readers: latest.len(),
        versions,
        sections,
    }
}

/// The questionnaire comments are read as answers to, for their themes: one long question.
fn comment_questionnaire() -> Option<Questionnaire> {
    let json = r#"{"id":"bpf-survey-review-comments","version":1,"title":{"en":"Comments on a draft"},"questions":[{"id":"comment","text":{"en":"Your comment on this section"}}]}"#;
    questionnaire::parse(json).ok()
}

/// The themes of one section's comments: each reader's comment as their answer to one
/// question, synthesised as any question is, so that `people` decides what may be shown.
fn themes_of(entries: &[Said], analyzer: &Analyzer) -> Vec<Theme> {
    let Some(q) = comment_questionnaire() else {
        return Vec::new();
    };
    let responses: Vec<Response> = entries
        .iter()
        .map(|(_, reader, text, _)| {
            let mut r = reader.clone();
            r.questionnaire = q.reference();
            r.set_answer("comment", (*text).to_string());
            r
        })
        .collect();
    let s = super::synthesize(&responses, &q, &Filter::default(), analyzer, &mut |_| {});
    s.questions
        .into_iter()
        .next()
        .map(|q| q.themes)
        .unwrap_or_default()
}
