//! The review round's two formats (`docs/review-format.md`): the **draft** a review page
//! carries (Part II section by section, in the languages it is published in, each section with
//! a stable id and the hash of its text) and the **comment file** a reader saves (who they are,
//! their publication choice, and comments that each name the draft's version and the section,
//! with its hash, they answer). Versioned JSON with the response files' integrity check.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::v1::{AppV1, IntegrityV1, QuestionnaireRefV1, RespondentV1, time};
use super::{
    FormatError, canonical_digest, integrity_holds, integrity_of, parse_json, shaped, shown,
    to_pretty,
};
use crate::core::crypto::is_recipient;
use crate::core::export::{self, DocumentInfo, Writer};
use crate::core::questionnaire::{Questionnaire, is_identifier};
use crate::core::response::{Publication, QuestionnaireRef, Respondent, ResponseId, is_web_link};
use crate::core::synthesis::Synthesis;
use crate::core::time::Timestamp;
use crate::core::validate::MAX_ANSWER_CHARS;

/// The `format` member of a draft.
pub const DRAFT_FORMAT: &str = "bpf-survey-draft";
/// The `format` member of a comment file.
pub const COMMENT_FORMAT: &str = "bpf-survey-comment";
/// The version of both formats this app writes and the newest it reads.
pub const REVIEW_VERSION: u32 = 1;
/// The longest comment, in characters: as long as an answer may be.
pub const MAX_COMMENT_CHARS: usize = MAX_ANSWER_CHARS;
/// Most comments in one file, and most sections in one draft.
pub const MAX_COMMENTS: usize = 200;
const MAX_SECTIONS: usize = 200;
/// The longest draft version label ("1.0", "2.0-rc1").
const MAX_VERSION_CHARS: usize = 20;

/// One block of a section's text, as Part II's writer gives it. People's words are text; a
/// reader shows every field as text and nothing else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// A heading within the section (its own title is level 2).
    Heading {
        /// 2 to 4.
        level: u8,
        /// Its text.
        text: String,
    },
    /// A paragraph.
    Paragraph {
        /// Its text.
        text: String,
    },
    /// A note (a source line, a caveat).
    Note {
        /// Its text.
        text: String,
    },
    /// An item of a list, with a bold label or none.
    Item {
        /// The label, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<String>,
        /// Its text.
        text: String,
    },
    /// A quote and who said it.
    Quote {
        /// The words quoted.
        text: String,
        /// Who, as the publication choice allows.
        who: String,
    },
    /// A table of counts.
    Table {
        /// Its caption.
        caption: String,
        /// The first column's heading.
        what: String,
        /// The count column's heading.
        count: String,
        /// `(label, count)` rows.
        rows: Vec<(String, usize)>,
    },
    /// A document cited in the list of contributions: who sent it, its title, its address.
    Cited {
        /// Who sent it.
        who: String,
        /// Its title.
        title: String,
        /// Its `http(s)` address, or empty.
        link: String,
    },
}

/// One section of a draft: the same id in every version and language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// A stable id, the review page's anchor: `about`, `overview`, `contributions`, or a
    /// question's id.
    pub id: String,
    /// SHA-256 (hex) of the section's text in every language: a comment names the text it was
    /// written on by it.
    pub hash: String,
    /// Its title, by language tag.
    pub title: BTreeMap<String, String>,
    /// Its blocks, by language tag.
    pub blocks: BTreeMap<String, Vec<Block>>,
}

/// The hash of a section's title and blocks (SHA-256 of their canonical JSON, in hex).
pub fn section_hash(
    title: &BTreeMap<String, String>,
    blocks: &BTreeMap<String, Vec<Block>>,
) -> String {
    let value = serde_json::json!({ "title": title, "blocks": blocks });
    canonical_digest(&value).unwrap_or_default()
}

/// A draft of the output document, as published for review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The call it comes from.
    pub questionnaire: QuestionnaireRef,
    /// Its version label ("1.0").
    pub version: String,
    /// When it was published.
    pub published: Timestamp,
    /// The languages it is published in, the first shown by default.
    pub languages: Vec<String>,
    /// Its title, by language.
    pub title: BTreeMap<String, String>,
    /// Its sections, in order.
    pub sections: Vec<Section>,
    /// The Secretariat's public key (`age1…`), if comments are to be encrypted to it.
    pub key: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftFile {
    format: String,
    format_version: u32,
    questionnaire: QuestionnaireRefV1,
    version: String,
    published: String,
    languages: Vec<String>,
    title: BTreeMap<String, String>,
    sections: Vec<Section>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    app: AppV1,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    integrity: Option<IntegrityV1>,
}

/// A reader's comment on one section.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// The section's id.
    pub section: String,
    /// The hash of the section's text the comment was written on.
    pub section_hash: String,
    /// What the reader wrote.
    pub text: String,
}

/// A comment file: one reader's comments on one draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comments {
    /// Stable identity: a later copy of the same comments replaces an earlier one.
    pub id: ResponseId,
    /// The call the draft comes from.
    pub questionnaire: QuestionnaireRef,
    /// The draft's version label.
    pub draft_version: String,
    /// When they were begun and last changed.
    pub created: Timestamp,
    /// Last changed.
    pub updated: Timestamp,
    /// The language the reader read and wrote in.
    pub language: String,
    /// Who they are, as a respondent says it.
    pub respondent: Respondent,
    /// Whether their comments may be quoted, and how.
    pub publication: Option<Publication>,
    /// Their comments, in the draft's order.
    pub comments: Vec<Comment>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommentFile {
    format: String,
    format_version: u32,
    comment_id: String,
    questionnaire: QuestionnaireRefV1,
    draft_version: String,
    created: String,
    updated: String,
    exported: String,
    language: String,
    respondent: RespondentV1,
    publication: Option<String>,
    comments: Vec<Comment>,
    app: AppV1,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    integrity: Option<IntegrityV1>,
}

fn questionnaire_v1(q: &QuestionnaireRef) -> QuestionnaireRefV1 {
    QuestionnaireRefV1 {
        id: q.id.clone(),
        version: q.version,
        hash: Some(q.hash.clone()).filter(|h| !h.is_empty()),
    }
}

fn questionnaire_of(q: QuestionnaireRefV1) -> Result<QuestionnaireRef, FormatError> {
    let hash = q.hash.unwrap_or_default();
    if !hash.is_empty() && !is_sha256(&hash) {
        return Err(invalid(
            "questionnaire.hash",
            "is not a SHA-256 in lower-case hex",
        ));
    }
    Ok(QuestionnaireRef {
        id: q.id,
        version: q.version,
        hash,
    })
}

fn is_sha256(h: &str) -> bool {
    h.len() == 64 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn invalid(field: &str, reason: &str) -> FormatError {
    FormatError::invalid(field, reason.to_string())
}

/// A draft's version label: letters, digits, dots and hyphens ("1.0", "2.0-rc1").
pub fn is_version_label(v: &str) -> bool {
    !v.is_empty()
        && v.chars().count() <= MAX_VERSION_CHARS
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

/// Writes a draft file.
pub fn write_draft(draft: &Draft, app_version: &str) -> String {
    let mut file = DraftFile {
        format: DRAFT_FORMAT.into(),
        format_version: REVIEW_VERSION,
        questionnaire: questionnaire_v1(&draft.questionnaire),
        version: draft.version.clone(),
        published: draft.published.to_rfc3339(),
        languages: draft.languages.clone(),
        title: draft.title.clone(),
        sections: draft.sections.clone(),
        key: draft.key.clone(),
        app: AppV1 {
            name: "bpf-survey".into(),
            version: app_version.into(),
        },
        integrity: None,
    };
    file.integrity = Some(integrity_of(&file));
    to_pretty(&file)
}

/// Reads a file's JSON and checks its format, version and integrity.
fn checked(bytes: &[u8], format: &str) -> Result<Value, FormatError> {
    let text = std::str::from_utf8(bytes).map_err(|_| FormatError::NotText)?;
    let mut value = parse_json(text.strip_prefix('\u{feff}').unwrap_or(text))?;
    if value.get("format").and_then(Value::as_str) != Some(format) {
        return Err(FormatError::NotAResponseFile);
    }
    match value.get("format_version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(REVIEW_VERSION) => {}
        Some(found) => return Err(FormatError::UnsupportedVersion { found }),
        None => return Err(invalid("format_version", "missing or not a whole number")),
    }
    if integrity_holds(&mut value, None)? {
        Ok(value)
    } else {
        Err(FormatError::IntegrityMismatch)
    }
}

/// Reads a draft file: format, version, integrity, then every value, and each section's hash
/// against its text (a review page whose draft was edited is refused).
pub fn read_draft(bytes: &[u8]) -> Result<Draft, FormatError> {
    let file: DraftFile = shaped(checked(bytes, DRAFT_FORMAT)?)?;
    if !is_version_label(&file.version) {
        return Err(invalid("version", "is not a version label like 1.0"));
    }
    let known: Vec<&str> = crate::i18n::available().map(|(tag, _)| tag).collect();
    if file.languages.is_empty() {
        return Err(invalid("languages", "names no language"));
    }
    if let Some(l) = file.languages.iter().find(|l| !known.contains(&l.as_str())) {
        return Err(FormatError::invalid(
            "languages",
            format!("{} is not one of the six languages", shown(l)),
        ));
    }
    if file.sections.len() > MAX_SECTIONS {
        return Err(invalid("sections", "are too many"));
    }
    let mut ids = std::collections::BTreeSet::new();
    for (i, s) in file.sections.iter().enumerate() {
        let at = |field: &str| format!("sections[{i}].{field}");
        if !is_identifier(&s.id) || !ids.insert(s.id.as_str()) {
            return Err(FormatError::invalid(
                &at("id"),
                format!("{} is not an id, or is given twice", shown(&s.id)),
            ));
        }
        if s.hash != section_hash(&s.title, &s.blocks) {
            return Err(FormatError::invalid(
                &at("hash"),
                "does not match the section's text: the draft was changed after it was published"
                    .into(),
            ));
        }
        for (lang, blocks) in &s.blocks {
            for (k, b) in blocks.iter().enumerate() {
                let bad = match b {
                    Block::Heading { level, .. } => !(2..=4).contains(level),
                    Block::Cited { link, .. } => !link.is_empty() && !is_web_link(link),
                    _ => false,
                };
                if bad {
                    return Err(FormatError::invalid(
                        &format!("sections[{i}].blocks.{lang}[{k}]"),
                        "holds a heading level or a link the format does not allow".into(),
                    ));
                }
            }
        }
    }
    if let Some(key) = file.key.as_deref().filter(|k| !is_recipient(k)) {
        return Err(FormatError::invalid(
            "key",
            format!("{} is not an age public key", shown(key)),
        ));
    }
    Ok(Draft {
        questionnaire: questionnaire_of(file.questionnaire)?,
        version: file.version,
        published: time("published", &file.published)?,
        languages: file.languages,
        title: file.title,
        sections: file.sections,
        key: file.key,
    })
}

/// Whether `bytes` are a draft or a comment file (well formed or not): what the review round
/// reads, and a set of responses does not.
pub fn is_review_file(bytes: &[u8]) -> bool {
    let named = |format: &str| memchr::memmem::find(bytes, format.as_bytes()).is_some();
    let ours = |read: Result<(), FormatError>| !matches!(read, Err(FormatError::NotAResponseFile));
    (named(COMMENT_FORMAT) && ours(read_comments(bytes).map(drop)))
        || (named(DRAFT_FORMAT) && ours(read_draft(bytes).map(drop)))
}

/// Writes a comment file.
pub fn write_comments(c: &Comments, exported: Timestamp, app_version: &str) -> String {
    let mut file = CommentFile {
        format: COMMENT_FORMAT.into(),
        format_version: REVIEW_VERSION,
        comment_id: c.id.to_string(),
        questionnaire: questionnaire_v1(&c.questionnaire),
        draft_version: c.draft_version.clone(),
        created: c.created.to_rfc3339(),
        updated: c.updated.to_rfc3339(),
        exported: exported.to_rfc3339(),
        language: c.language.clone(),
        respondent: RespondentV1::from_domain(&c.respondent),
        publication: c.publication.map(|p| p.key().into()),
        comments: c.comments.clone(),
        app: AppV1 {
            name: "bpf-survey".into(),
            version: app_version.into(),
        },
        integrity: None,
    };
    file.integrity = Some(integrity_of(&file));
    to_pretty(&file)
}

/// Reads a comment file: format, version, integrity, then every value. Which draft and
/// sections it names is for the reader of many files to check against the drafts it knows.
pub fn read_comments(bytes: &[u8]) -> Result<Comments, FormatError> {
    comments_from(bytes, 1)
}

/// Reads the copy of a reader's comments a review page keeps on the device as they are typed:
/// a comment file like any other, which may hold no comment yet, and comments longer or more
/// numerous than a file may send (the page says so when the reader saves; what they typed is
/// never refused on its way back from storage).
pub fn read_stored_comments(bytes: &[u8]) -> Result<Comments, FormatError> {
    comments_from(bytes, 0)
}

fn comments_from(bytes: &[u8], fewest: usize) -> Result<Comments, FormatError> {
    let stored = fewest == 0;
    let file: CommentFile = shaped(checked(bytes, COMMENT_FORMAT)?)?;
    let id = ResponseId::parse(&file.comment_id)
        .filter(|_| !file.comment_id.bytes().any(|b| b.is_ascii_uppercase()))
        .ok_or_else(|| invalid("comment_id", "not a lower-case UUID"))?;
    if !is_version_label(&file.draft_version) {
        return Err(invalid("draft_version", "is not a version label like 1.0"));
    }
    if !crate::i18n::available().any(|(tag, _)| tag == file.language) {
        return Err(FormatError::invalid(
            "language",
            format!("{} is not one of the six languages", shown(&file.language)),
        ));
    }
    if file.comments.len() < fewest || (!stored && file.comments.len() > MAX_COMMENTS) {
        return Err(FormatError::invalid(
            "comments",
            format!(
                "{} comments; between {fewest} and {MAX_COMMENTS}",
                file.comments.len()
            ),
        ));
    }
    for (i, c) in file.comments.iter().enumerate() {
        let at = |field: &str| format!("comments[{i}].{field}");
        if !is_identifier(&c.section) {
            return Err(FormatError::invalid(
                &at("section"),
                format!("{} is not a section id", shown(&c.section)),
            ));
        }
        if !is_sha256(&c.section_hash) {
            return Err(invalid(
                &at("section_hash"),
                "is not a SHA-256 in lower-case hex",
            ));
        }
        if c.text.trim().is_empty() || (!stored && c.text.chars().count() > MAX_COMMENT_CHARS) {
            return Err(FormatError::invalid(
                &at("text"),
                format!("is empty or longer than {MAX_COMMENT_CHARS} characters"),
            ));
        }
    }
    Ok(Comments {
        id,
        questionnaire: questionnaire_of(file.questionnaire)?,
        draft_version: file.draft_version,
        created: time("created", &file.created)?,
        updated: time("updated", &file.updated)?,
        language: file.language,
        respondent: file.respondent.into_domain()?,
        publication: file
            .publication
            .map(|p| {
                Publication::from_key(&p).ok_or_else(|| {
                    FormatError::invalid(
                        "publication",
                        format!("{} is not a publication choice", shown(&p)),
                    )
                })
            })
            .transpose()?,
        comments: file.comments,
    })
}

/// Part II, section by section, in one language: what [`export::part_two`] writes, as blocks.
#[derive(Default)]
struct Sections {
    title: String,
    sections: Vec<(String, String, Vec<Block>)>,
}

impl Sections {
    fn blocks(&mut self) -> &mut Vec<Block> {
        if self.sections.is_empty() {
            self.sections
                .push(("about".into(), String::new(), Vec::new()));
        }
        let last = self.sections.len() - 1;
        &mut self.sections[last].2
    }
}

impl Writer for Sections {
    fn section(&mut self, id: &str) {
        self.sections
            .push((id.to_string(), String::new(), Vec::new()));
    }
    fn heading(&mut self, level: usize, text: &str, _person: bool) {
        match level {
            1 => self.title = text.to_string(),
            2 => {
                if let Some(last) = self.sections.last_mut().filter(|s| s.1.is_empty()) {
                    last.1 = text.to_string();
                } else {
                    let id = format!("section-{}", self.sections.len() + 1);
                    self.sections.push((id, text.to_string(), Vec::new()));
                }
            }
            _ => self.blocks().push(Block::Heading {
                level: level.min(4) as u8,
                text: text.to_string(),
            }),
        }
    }
    fn note(&mut self, text: &str) {
        self.blocks().push(Block::Note { text: text.into() });
    }
    fn paragraph(&mut self, text: &str) {
        self.blocks().push(Block::Paragraph { text: text.into() });
    }
    fn item(&mut self, label: Option<&str>, text: &str, _person: bool) {
        self.blocks().push(Block::Item {
            label: label.map(str::to_string),
            text: text.into(),
        });
    }
    fn end_list(&mut self) {}
    fn quote(&mut self, text: &str, who: &str) {
        self.blocks().push(Block::Quote {
            text: text.into(),
            who: who.into(),
        });
    }
    fn chart(&mut self, caption: &str, what: &str, count: &str, rows: &[(String, usize)]) {
        self.blocks().push(Block::Table {
            caption: caption.into(),
            what: what.into(),
            count: count.into(),
            rows: rows.to_vec(),
        });
    }
    fn cited(&mut self, who: &str, title: &str, link: &str) {
        self.blocks().push(Block::Cited {
            who: who.into(),
            title: title.into(),
            link: if is_web_link(link) {
                link.into()
            } else {
                String::new()
            },
        });
    }
}

/// A section's title and blocks, by language.
type ByLanguage = (BTreeMap<String, String>, BTreeMap<String, Vec<Block>>);

/// What a draft is made of: Part II of a synthesis in each language asked for (`info` for
/// each), published as `version` at `published`.
pub struct DraftOf<'a> {
    /// The questionnaire of the call.
    pub questionnaire: &'a Questionnaire,
    /// The synthesis, edited as the secretariat left it.
    pub synthesis: &'a Synthesis,
    /// Each language's document information (its words), the first the default.
    pub languages: &'a [DocumentInfo<'a>],
    /// The version label.
    pub version: &'a str,
    /// When.
    pub published: Timestamp,
    /// The key comments are encrypted to, if any.
    pub key: Option<&'a str>,
}

/// A draft of Part II: each language's document cut into its sections (the same ids in every
/// language), each section hashed.
pub fn draft(of: &DraftOf) -> Draft {
    let mut title = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut sections: BTreeMap<String, ByLanguage> = BTreeMap::new();
    let mut languages = Vec::new();
    for info in of.languages {
        let lang = info.words.language().to_string();
        let mut w = Sections::default();
        export::part_two(&mut w, of.synthesis, info);
        title.insert(lang.clone(), w.title);
        for (id, heading, blocks) in w.sections {
            if !order.contains(&id) {
                order.push(id.clone());
            }
            let entry = sections.entry(id).or_default();
            entry.0.insert(lang.clone(), heading);
            entry.1.insert(lang.clone(), blocks);
        }
        languages.push(lang);
    }
    let sections = order
        .into_iter()
        .filter_map(|id| {
            let (title, blocks) = sections.remove(&id)?;
            Some(Section {
                hash: section_hash(&title, &blocks),
                id,
                title,
                blocks,
            })
        })
        .collect();
    Draft {
        questionnaire: of.questionnaire.reference(),
        version: of.version.to_string(),
        published: of.published,
        languages,
        title,
        sections,
        key: of.key.map(str::to_string),
    }
}

/// Where a review page's template keeps the draft: an empty JSON data block that
/// `scripts/offline-kit.mjs` writes once, and [`review_page`] fills.
pub const DRAFT_SLOT: &str = r#"<script type="application/json" id="bpf-draft"></script>"#;

/// Why a review page could not be made from a template.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    /// The template has no empty draft slot, or more than one: it is not the review page's.
    #[error("the review page's template has no place for the draft")]
    NotATemplate,
}

/// The review page of `draft`: the template (the review app, self-contained) with the draft
/// file's text in its slot, the title in the draft's first language, and only the messages of
/// the draft's languages (the page offers no other). The draft's text is data the page's policy
/// never runs: nothing in it can close the block (`<` is escaped), and the page reads it with
/// [`read_draft`], so a page whose draft was changed is refused there.
pub fn review_page(template: &str, draft: &Draft, app_version: &str) -> Result<String, PageError> {
    if template.matches(DRAFT_SLOT).count() != 1 {
        return Err(PageError::NotATemplate);
    }
    let text = write_draft(draft, app_version);
    let data = serde_json::to_string(&text)
        .unwrap_or_default()
        .replace('<', "\\u003c");
    let mut page = template.replacen(
        DRAFT_SLOT,
        &format!(r#"<script type="application/json" id="bpf-draft">{data}</script>"#),
        1,
    );
    for (tag, _) in crate::i18n::available() {
        if draft.languages.iter().any(|l| l == tag) {
            continue;
        }
        for part in ["", "-synthesis"] {
            let open = format!(r#"<script type="application/json" id="bpf-i18n-{tag}{part}">"#);
            if let Some(start) = page.find(&open)
                && let Some(len) = page[start..].find("</script>")
            {
                page.replace_range(start..start + len + "</script>".len(), "");
            }
        }
    }
    if let Some(title) = draft.languages.first().and_then(|l| draft.title.get(l))
        && let (Some(start), Some(end)) = (page.find("<title>"), page.find("</title>"))
        && start < end
    {
        page.replace_range(
            start + "<title>".len()..end,
            &export::html_escape(&format!("{title} – {}", draft.version)),
        );
    }
    Ok(page)
}

/// The draft a review page carries, when `bytes` are one (the HTML file the synthesis page or
/// the command made): `None` when they are not a review page; the draft, or why it cannot be
/// read (the bare template holds none; a changed draft is refused by [`read_draft`]).
pub fn draft_of_page(bytes: &[u8]) -> Option<Result<Draft, FormatError>> {
    const OPEN: &str = r#"<script type="application/json" id="bpf-draft">"#;
    let start = memchr::memmem::find(bytes, OPEN.as_bytes())? + OPEN.len();
    let len = memchr::memmem::find(&bytes[start..], b"</script>")?;
    let slot = std::str::from_utf8(&bytes[start..start + len]).ok()?;
    Some(match draft_text_of(slot) {
        None => Err(invalid(
            "bpf-draft",
            "this review page holds no draft: it is the bare template",
        )),
        Some(text) => text.and_then(|text| read_draft(text.as_bytes())),
    })
}

/// The draft a review page carries, as the page reads it: the text of its draft slot, checked
/// by [`read_draft`]. `None` when the page has no draft at all (the bare template).
pub fn draft_text_of(slot: &str) -> Option<Result<String, FormatError>> {
    if slot.trim().is_empty() {
        return None;
    }
    Some(serde_json::from_str::<String>(slot).map_err(|_| FormatError::NotAResponseFile))
}
