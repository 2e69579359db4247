//! Questionnaires are data: a versioned JSON description (`docs/questionnaire-format.md`, `docs/questionnaire.schema.json`) parsed and checked here, so a later BPF cycle or an NRI can ask other questions without code changes. Whatever a file says, it is only ever text shown as text: anything else is refused with a reason before it is used.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::format::canonical_digest;
use super::response::QuestionnaireRef;
use super::validate::MAX_ANSWER_CHARS;

/// The built-in questionnaire's source: the BPF's seven synthesis questions of 2016 (the
/// program has it as code, `core::builtin_questionnaire`, which the tests check against this).
#[cfg(all(test, not(target_arch = "wasm32")))]
const BUILTIN_JSON: &str = include_str!("questionnaires/igf-bpf-cybersecurity-2016.json");

/// The language every questionnaire falls back to first for missing translations.
pub const FALLBACK_LANGUAGE: &str = "en";

/// The languages a questionnaire's texts may be given in: the six of the United Nations, in
/// the order a missing one is looked for after English.
pub const LANGUAGES: [&str; 6] = ["en", "fr", "es", "ar", "ru", "zh"];

/// The newest questionnaire format this program reads and the one it writes.
pub const FORMAT_VERSION: u32 = 2;

/// Limits on what a questionnaire may hold, so a hostile file cannot freeze or flood the form.
pub mod limits {
    /// The file, in bytes.
    pub const FILE_BYTES: usize = 512 * 1024;
    /// Questions.
    pub const QUESTIONS: usize = 100;
    /// Choices of one question.
    pub const CHOICES: usize = 100;
    /// Paragraphs of the introduction.
    pub const INTRO_PARAGRAPHS: usize = 20;
    /// A title, a choice's label (characters).
    pub const SHORT_TEXT: usize = 300;
    /// A question's text or hint (characters).
    pub const QUESTION_TEXT: usize = 2_000;
    /// A paragraph of the introduction (characters).
    pub const PARAGRAPH: usize = 5_000;
    /// The default length limit of a short-text answer.
    pub const SHORT_ANSWER: usize = 500;
}

/// A set of questions with the text that introduces them. (`Serialize` and `Deserialize` keep
/// the editor's unfinished draft on the device; files are only ever read by [`parse`].)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    /// Identifies the questionnaire across versions, e.g. `igf-bpf-cybersecurity-2016`.
    pub id: String,
    /// Bumped whenever a question's meaning changes.
    pub version: u32,
    /// An example, not a call: the form says so on every page.
    pub example: bool,
    /// The title shown above the form.
    pub title: Localized,
    /// Paragraphs shown before the form starts.
    pub intro: Vec<Localized>,
    /// Which of the respondent's details the form asks, in the form's order.
    pub profile: Vec<ProfileField>,
    /// The questions, in the order they are asked.
    pub questions: Vec<Question>,
    /// The SHA-256 (lower-case hex) of its content in canonical form: two files that ask the
    /// same thing the same way have the same hash, whatever their spacing or key order.
    pub hash: String,
}

impl Questionnaire {
    /// How a response names this questionnaire.
    pub fn reference(&self) -> QuestionnaireRef {
        QuestionnaireRef {
            id: self.id.clone(),
            version: self.version,
            hash: self.hash.clone(),
        }
    }

    /// The question ids, in order.
    pub fn question_ids(&self) -> Vec<String> {
        self.questions.iter().map(|q| q.id.clone()).collect()
    }

    /// Whether the form asks for `field`.
    pub fn asks(&self, field: ProfileField) -> bool {
        self.profile.contains(&field)
    }

    /// Every text it holds, for checks and for the completeness of translations.
    pub fn texts(&self) -> impl Iterator<Item = &Localized> {
        std::iter::once(&self.title)
            .chain(&self.intro)
            .chain(self.questions.iter().flat_map(|q| {
                std::iter::once(&q.text)
                    .chain(&q.hint)
                    .chain(q.kind.choices().iter().map(|c| &c.label))
            }))
    }

    /// How many of its texts are given in `language`, of how many.
    pub fn completeness(&self, language: &str) -> (usize, usize) {
        self.texts().fold((0, 0), |(given, all), t| {
            (given + usize::from(t.has(language)), all + 1)
        })
    }
}

/// A detail about the respondent that a questionnaire may ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProfileField {
    /// Their name.
    Name,
    /// Their organisation.
    Organisation,
    /// An e-mail address (never published).
    Email,
    /// Their country.
    Country,
    /// Their stakeholder group.
    Group,
    /// Whether they answer as an individual, for an organisation or for an NRI.
    Capacity,
    /// The NRI they answer for or through.
    Nri,
}

keyed!(ProfileField {
    Name => "name", "Name";
    Organisation => "organisation", "Organisation";
    Email => "email", "Email address";
    Country => "country", "Country";
    Group => "group", "Stakeholder group";
    Capacity => "capacity", "Capacity";
    Nri => "nri", "NRI";
});

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable key of the answer in response files: ASCII letters, digits, `-` and `_`.
    pub id: String,
    /// The question as asked.
    pub text: Localized,
    /// A line under the question, if any.
    pub hint: Option<Localized>,
    /// What kind of answer it takes.
    pub kind: QuestionKind,
}

/// What kind of answer a question takes. An answer is always text in a response file: the
/// words written, or the chosen choices' ids separated by spaces (as ODK and KoboToolbox store
/// a `select_multiple`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum QuestionKind {
    /// Paragraphs (the 2016 questions).
    LongText {
        /// The most characters an answer may have.
        max_length: usize,
    },
    /// One line.
    ShortText {
        /// The most characters an answer may have.
        max_length: usize,
    },
    /// One of its choices.
    OneChoice {
        /// The choices, in order.
        choices: Vec<Choice>,
    },
    /// Any of its choices, up to a limit.
    SeveralChoices {
        /// The choices, in order.
        choices: Vec<Choice>,
        /// The most that may be chosen, if limited.
        max_choices: Option<usize>,
    },
}

impl QuestionKind {
    /// Its key in files: `long-text`, `short-text`, `one-choice`, `several-choices`.
    pub const fn key(&self) -> &'static str {
        match self {
            QuestionKind::LongText { .. } => "long-text",
            QuestionKind::ShortText { .. } => "short-text",
            QuestionKind::OneChoice { .. } => "one-choice",
            QuestionKind::SeveralChoices { .. } => "several-choices",
        }
    }

    /// The label of its choice `id` in `language` (with the usual fallback), if it has one.
    pub fn choice_label(&self, id: &str, language: &str) -> Option<&str> {
        self.choices()
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.label.get(language))
    }

    /// Its choices (none for a text question).
    pub fn choices(&self) -> &[Choice] {
        match self {
            QuestionKind::OneChoice { choices } | QuestionKind::SeveralChoices { choices, .. } => {
                choices
            }
            _ => &[],
        }
    }

    /// Whether its answers are text people wrote (analysed as text), not choices (counted).
    pub fn is_text(&self) -> bool {
        matches!(
            self,
            QuestionKind::LongText { .. } | QuestionKind::ShortText { .. }
        )
    }
}

/// A choice of a choice question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Its id, stored in answers: ASCII letters, digits, `-` and `_`.
    pub id: String,
    /// What the form shows.
    pub label: Localized,
}

/// A text in several of the six languages, keyed by language tag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized(BTreeMap<String, String>);

impl Localized {
    /// A text in these languages (`(tag, text)`); empty texts are left out.
    pub fn new<'a>(texts: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self(
            texts
                .into_iter()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(l, t)| (l.to_string(), t.to_string()))
                .collect(),
        )
    }

    /// The languages this text is given in.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// Whether it is given in `language` (or its primary language).
    pub fn has(&self, language: &str) -> bool {
        let primary = language.split('-').next().unwrap_or(language);
        self.0.contains_key(language) || self.0.contains_key(primary)
    }

    /// The text in `language`, else in its primary language (`fr` for `fr-CA`), else in
    /// English, else in the first of the six languages it is given in.
    pub fn get(&self, language: &str) -> &str {
        let primary = language.split('-').next().unwrap_or(language);
        [language, primary]
            .into_iter()
            .chain(LANGUAGES)
            .find_map(|l| self.0.get(l))
            .map_or("", String::as_str)
    }

    /// The text in `language` exactly, if given.
    pub fn exactly(&self, language: &str) -> Option<&str> {
        self.0.get(language).map(String::as_str)
    }

    /// Gives the text in `language`; an empty text takes the language away.
    pub fn set(&mut self, language: &str, text: &str) {
        if text.is_empty() {
            self.0.remove(language);
        } else {
            self.0.insert(language.to_string(), text.to_string());
        }
    }
}

/// Why a questionnaire description was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum QuestionnaireError {
    /// The text is not a questionnaire description at all.
    #[error("not a questionnaire description: {0}")]
    Syntax(String),
    /// The description parses but breaks a rule.
    #[error("invalid questionnaire: {0}")]
    Invalid(Rule),
    /// Written by a newer version of the program.
    #[error("questionnaire format {0} is newer than this program reads ({FORMAT_VERSION})")]
    TooNew(u32),
    /// Larger than a questionnaire may be.
    #[error("the file is {0} bytes; a questionnaire may have {max}", max = limits::FILE_BYTES)]
    TooLarge(usize),
}

/// Where in a questionnaire a rule is broken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    /// The title.
    Title,
    /// A paragraph of the introduction.
    Intro,
    /// The question of this id.
    Question(String),
    /// The hint of the question of this id.
    Hint(String),
    /// A choice of a question.
    Choice {
        /// The question's id.
        question: String,
        /// The choice's id.
        choice: String,
    },
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Title => write!(f, "the title"),
            Place::Intro => write!(f, "the introduction"),
            Place::Question(id) => write!(f, "question {id}"),
            Place::Hint(id) => write!(f, "the hint of question {id}"),
            Place::Choice { question, choice } => {
                write!(f, "choice {choice} of question {question}")
            }
        }
    }
}

/// A rule of questionnaires that a description breaks: data, so that each page says it in its
/// reader's language (`ui::errors::questionnaire`); in English here.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum Rule {
    /// The questionnaire's id is not ASCII letters, digits, - or _.
    #[error("id “{0}” must be ASCII letters, digits, - or _")]
    Id(String),
    /// No question.
    #[error("it has no questions")]
    NoQuestions,
    /// More than [`limits::QUESTIONS`] questions.
    #[error("it has {0} questions; at most {max} are allowed", max = limits::QUESTIONS)]
    TooManyQuestions(usize),
    /// More than [`limits::INTRO_PARAGRAPHS`] paragraphs of introduction.
    #[error("its introduction has {0} paragraphs; at most {max} are allowed", max = limits::INTRO_PARAGRAPHS)]
    TooManyParagraphs(usize),
    /// A question's id is not ASCII letters, digits, - or _.
    #[error("question id “{0}” must be ASCII letters, digits, - or _")]
    QuestionId(String),
    /// Two questions have this id.
    #[error("question id “{0}” is used twice")]
    QuestionIdTwice(String),
    /// A profile field the form does not have.
    #[error("profile field “{0}” is not one the form has")]
    ProfileUnknown(String),
    /// A profile field listed twice.
    #[error("profile field “{0}” is listed twice")]
    ProfileTwice(String),
    /// An answer length limit outside 1 to [`MAX_ANSWER_CHARS`].
    #[error("{0} allows answers of {1} characters; the limit must be from 1 to {MAX_ANSWER_CHARS}")]
    MaxLength(Place, usize),
    /// A member that the question's type does not have.
    #[error("{place} is {kind}: “{field}” does not apply")]
    NotFor {
        /// The question.
        place: Place,
        /// Its type.
        kind: String,
        /// The member.
        field: String,
    },
    /// More choices allowed than there are, or none.
    #[error("{place} allows {n} choices of {of}")]
    MaxChoices {
        /// The question.
        place: Place,
        /// The choices it allows.
        n: usize,
        /// The choices it has.
        of: usize,
    },
    /// A type of question that does not exist.
    #[error(
        "{0} has the type “{1}”; the types are long-text, short-text, one-choice and several-choices"
    )]
    Kind(Place, String),
    /// A choice question with fewer than two choices.
    #[error("{0} needs at least two choices")]
    TooFewChoices(Place),
    /// More than [`limits::CHOICES`] choices.
    #[error("{0} has {1} choices; at most {max} are allowed", max = limits::CHOICES)]
    TooManyChoices(Place, usize),
    /// A choice's id is not ASCII letters, digits, - or _.
    #[error("choice id “{1}” of {0} must be ASCII letters, digits, - or _")]
    ChoiceId(Place, String),
    /// Two choices of a question have this id.
    #[error("choice id “{1}” of {0} is used twice")]
    ChoiceIdTwice(Place, String),
    /// A text in a language that is not one of the six.
    #[error("{0} is given in “{1}”; the languages are ar, en, es, fr, ru and zh")]
    Language(Place, String),
    /// A text longer than its limit.
    #[error("{place} ({language}) has {length} characters; at most {max} are allowed")]
    TooLong {
        /// The text.
        place: Place,
        /// Its language.
        language: String,
        /// Its length, in characters.
        length: usize,
        /// The limit.
        max: usize,
    },
    /// A text with markup.
    #[error("{0} ({1}) holds markup; questionnaire texts are plain text")]
    Markup(Place, String),
    /// A text with control characters.
    #[error("{0} ({1}) holds control characters")]
    Control(Place, String),
    /// A text empty in every language.
    #[error("{0} has no text")]
    NoText(Place),
    /// A version typed in the editor that is not a whole number.
    #[error("the version “{0}” is not a whole number")]
    Version(String),
}

/// The file's shape (format versions 1 and 2: version 1 had only long-text questions and no
/// type, profile or hints).
#[derive(Serialize)]
struct QuestionnaireJson {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    format_version: Option<u32>,
    id: String,
    version: u32,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    example: bool,
    title: BTreeMap<String, String>,
    #[serde(default)]
    intro: Vec<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    profile: Option<Vec<String>>,
    questions: Vec<QuestionJson>,
}

#[derive(Serialize)]
struct QuestionJson {
    id: String,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    text: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    hint: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_length: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_choices: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    choices: Option<Vec<ChoiceJson>>,
}

#[derive(Serialize)]
struct ChoiceJson {
    id: String,
    label: BTreeMap<String, String>,
}

fn invalid<T>(rule: Rule) -> Result<T, QuestionnaireError> {
    Err(QuestionnaireError::Invalid(rule))
}

/// Parses and checks a questionnaire description.
pub fn parse(json: &str) -> Result<Questionnaire, QuestionnaireError> {
    if json.len() > limits::FILE_BYTES {
        return Err(QuestionnaireError::TooLarge(json.len()));
    }
    // The same checked reader as response files: a key given twice is refused.
    let value =
        super::format::parse_json(json).map_err(|e| QuestionnaireError::Syntax(e.to_string()))?;
    let raw = shape(&value)?;
    if let Some(v) = raw.format_version.filter(|v| *v > FORMAT_VERSION) {
        return Err(QuestionnaireError::TooNew(v));
    }
    if !is_identifier(&raw.id) {
        return invalid(Rule::Id(raw.id));
    }
    if raw.questions.is_empty() {
        return invalid(Rule::NoQuestions);
    }
    if raw.questions.len() > limits::QUESTIONS {
        return invalid(Rule::TooManyQuestions(raw.questions.len()));
    }
    if raw.intro.len() > limits::INTRO_PARAGRAPHS {
        return invalid(Rule::TooManyParagraphs(raw.intro.len()));
    }
    let mut questions: Vec<Question> = Vec::with_capacity(raw.questions.len());
    for q in raw.questions {
        if !is_identifier(&q.id) {
            return invalid(Rule::QuestionId(q.id));
        }
        if questions.iter().any(|seen| seen.id == q.id) {
            return invalid(Rule::QuestionIdTwice(q.id));
        }
        questions.push(question(q)?);
    }
    let profile = match raw.profile {
        None => ProfileField::ALL.to_vec(),
        Some(keys) => {
            let mut fields = Vec::new();
            for key in keys {
                let Some(f) = ProfileField::from_key(&key) else {
                    return invalid(Rule::ProfileUnknown(key));
                };
                if fields.contains(&f) {
                    return invalid(Rule::ProfileTwice(key));
                }
                fields.push(f);
            }
            fields
        }
    };
    let intro = raw
        .intro
        .into_iter()
        .map(|p| localized(p, &Place::Intro, limits::PARAGRAPH))
        .collect::<Result<_, _>>()?;
    let mut q = Questionnaire {
        title: localized(raw.title, &Place::Title, limits::SHORT_TEXT)?,
        id: raw.id,
        version: raw.version,
        example: raw.example,
        intro,
        profile,
        questions,
        hash: String::new(),
    };
    q.hash = hash(&q);
    Ok(q)
}

/// The file's members as the format names them, read by hand from the checked JSON value
/// rather than by serde's derived visitors, which cost respondents several kilobytes: an
/// unknown member, or a member of the wrong type, is refused with its name.
fn shape(value: &Value) -> Result<QuestionnaireJson, QuestionnaireError> {
    let top = object(
        value,
        "the file",
        &[
            "format_version",
            "id",
            "version",
            "example",
            "title",
            "intro",
            "profile",
            "questions",
        ],
    )?;
    Ok(QuestionnaireJson {
        format_version: top
            .get("format_version")
            .map(|v| number(v, "format_version"))
            .transpose()?,
        id: string(required(top, "id", "the file")?, "id")?,
        version: number(required(top, "version", "the file")?, "version")?,
        example: match top.get("example") {
            None => false,
            Some(v) => v
                .as_bool()
                .ok_or_else(|| wrong("example", "true or false"))?,
        },
        title: texts(required(top, "title", "the file")?, "title")?,
        intro: list(top.get("intro"), "intro")?
            .iter()
            .map(|p| texts(p, "intro"))
            .collect::<Result<_, _>>()?,
        profile: top
            .get("profile")
            .map(|p| {
                list(Some(p), "profile")?
                    .iter()
                    .map(|f| string(f, "profile"))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?,
        questions: list(Some(required(top, "questions", "the file")?), "questions")?
            .iter()
            .map(|q| {
                let o = object(
                    q,
                    "a question",
                    &[
                        "id",
                        "type",
                        "text",
                        "hint",
                        "max_length",
                        "max_choices",
                        "choices",
                    ],
                )?;
                Ok(QuestionJson {
                    id: string(required(o, "id", "a question")?, "a question's id")?,
                    kind: o.get("type").map(|t| string(t, "type")).transpose()?,
                    text: texts(required(o, "text", "a question")?, "a question's text")?,
                    hint: o.get("hint").map(|h| texts(h, "hint")).transpose()?,
                    max_length: o
                        .get("max_length")
                        .map(|n| number(n, "max_length").map(|n| n as usize))
                        .transpose()?,
                    max_choices: o
                        .get("max_choices")
                        .map(|n| number(n, "max_choices").map(|n| n as usize))
                        .transpose()?,
                    choices: o
                        .get("choices")
                        .map(|c| {
                            list(Some(c), "choices")?
                                .iter()
                                .map(|c| {
                                    let o = object(c, "a choice", &["id", "label"])?;
                                    Ok(ChoiceJson {
                                        id: string(
                                            required(o, "id", "a choice")?,
                                            "a choice's id",
                                        )?,
                                        label: texts(
                                            required(o, "label", "a choice")?,
                                            "a choice's label",
                                        )?,
                                    })
                                })
                                .collect::<Result<Vec<_>, QuestionnaireError>>()
                        })
                        .transpose()?,
                })
            })
            .collect::<Result<_, QuestionnaireError>>()?,
    })
}

fn wrong(what: &str, expected: &str) -> QuestionnaireError {
    QuestionnaireError::Syntax(format!("“{what}” must be {expected}"))
}

fn object<'a>(
    v: &'a Value,
    what: &str,
    members: &[&str],
) -> Result<&'a serde_json::Map<String, Value>, QuestionnaireError> {
    let o = v.as_object().ok_or_else(|| wrong(what, "an object"))?;
    match o.keys().find(|k| !members.contains(&k.as_str())) {
        Some(unknown) => Err(QuestionnaireError::Syntax(format!(
            "{what} has the unknown member “{unknown}”"
        ))),
        None => Ok(o),
    }
}

fn required<'a>(
    o: &'a serde_json::Map<String, Value>,
    member: &str,
    what: &str,
) -> Result<&'a Value, QuestionnaireError> {
    o.get(member)
        .ok_or_else(|| QuestionnaireError::Syntax(format!("{what} lacks its “{member}”")))
}

fn string(v: &Value, what: &str) -> Result<String, QuestionnaireError> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| wrong(what, "text"))
}

fn number(v: &Value, what: &str) -> Result<u32, QuestionnaireError> {
    v.as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| wrong(what, "a whole number"))
}

fn list<'a>(v: Option<&'a Value>, what: &str) -> Result<&'a [Value], QuestionnaireError> {
    match v {
        None => Ok(&[]),
        Some(v) => v
            .as_array()
            .map(Vec::as_slice)
            .ok_or_else(|| wrong(what, "a list")),
    }
}

fn texts(v: &Value, what: &str) -> Result<BTreeMap<String, String>, QuestionnaireError> {
    let o = v
        .as_object()
        .ok_or_else(|| wrong(what, "an object of texts by language"))?;
    o.iter()
        .map(|(l, t)| Ok((l.clone(), string(t, what)?)))
        .collect()
}

fn question(q: QuestionJson) -> Result<Question, QuestionnaireError> {
    let what = Place::Question(q.id.clone());
    let text = localized(q.text, &what, limits::QUESTION_TEXT)?;
    let hint = q
        .hint
        .map(|h| localized(h, &Place::Hint(q.id.clone()), limits::QUESTION_TEXT))
        .transpose()?;
    let kind_key = q.kind.as_deref().unwrap_or("long-text");
    let length = |default: usize| match q.max_length {
        None => Ok(default),
        Some(n) if (1..=MAX_ANSWER_CHARS).contains(&n) => Ok(n),
        Some(n) => invalid(Rule::MaxLength(what.clone(), n)),
    };
    let not_for = |field: &str, present: bool| {
        if present {
            invalid(Rule::NotFor {
                place: what.clone(),
                kind: kind_key.to_string(),
                field: field.to_string(),
            })
        } else {
            Ok(())
        }
    };
    let kind = match kind_key {
        "long-text" | "short-text" => {
            not_for("choices", q.choices.is_some())?;
            not_for("max_choices", q.max_choices.is_some())?;
            if kind_key == "long-text" {
                QuestionKind::LongText {
                    max_length: length(MAX_ANSWER_CHARS)?,
                }
            } else {
                QuestionKind::ShortText {
                    max_length: length(limits::SHORT_ANSWER)?,
                }
            }
        }
        "one-choice" | "several-choices" => {
            not_for("max_length", q.max_length.is_some())?;
            let choices = choices(q.choices.unwrap_or_default(), &q.id)?;
            if kind_key == "one-choice" {
                not_for("max_choices", q.max_choices.is_some())?;
                QuestionKind::OneChoice { choices }
            } else {
                if let Some(n) = q.max_choices.filter(|n| !(1..=choices.len()).contains(n)) {
                    return invalid(Rule::MaxChoices {
                        place: what,
                        n,
                        of: choices.len(),
                    });
                }
                QuestionKind::SeveralChoices {
                    choices,
                    max_choices: q.max_choices,
                }
            }
        }
        other => {
            return invalid(Rule::Kind(what, other.to_string()));
        }
    };
    Ok(Question {
        id: q.id,
        text,
        hint,
        kind,
    })
}

fn choices(raw: Vec<ChoiceJson>, question: &str) -> Result<Vec<Choice>, QuestionnaireError> {
    let what = &Place::Question(question.to_string());
    if raw.len() < 2 {
        return invalid(Rule::TooFewChoices(what.clone()));
    }
    if raw.len() > limits::CHOICES {
        return invalid(Rule::TooManyChoices(what.clone(), raw.len()));
    }
    let mut out: Vec<Choice> = Vec::with_capacity(raw.len());
    for c in raw {
        if !is_identifier(&c.id) {
            return invalid(Rule::ChoiceId(what.clone(), c.id));
        }
        if out.iter().any(|seen| seen.id == c.id) {
            return invalid(Rule::ChoiceIdTwice(what.clone(), c.id));
        }
        let place = Place::Choice {
            question: question.to_string(),
            choice: c.id.clone(),
        };
        let label = localized(c.label, &place, limits::SHORT_TEXT)?;
        out.push(Choice { id: c.id, label });
    }
    Ok(out)
}

/// The questionnaire this app ships with: `igf-bpf-cybersecurity-2016`, version 1.
pub fn builtin() -> Questionnaire {
    // Built as code rather than read, so that a form which only ever asks it has no reader for
    // questionnaire files (issue 16's size limit); a test keeps the code equal to the file read.
    super::builtin_questionnaire::questionnaire()
}

/// The example questionnaire for the 2017 cycle (`igf-bpf-cybersecurity-2017-example`), as a
/// file: the form fetches it from the site; the synthesis page offers it for a workspace.
pub const EXAMPLE_2017_JSON: &str =
    include_str!("questionnaires/igf-bpf-cybersecurity-2017-example.json");

/// A text of the questionnaire, checked: in some of the six languages, each plain text of at
/// most `max` characters.
fn localized(
    map: BTreeMap<String, String>,
    what: &Place,
    max: usize,
) -> Result<Localized, QuestionnaireError> {
    for (language, text) in &map {
        if !LANGUAGES.contains(&language.as_str()) {
            return invalid(Rule::Language(what.clone(), language.clone()));
        }
        let length = text.chars().count();
        if length > max {
            return invalid(Rule::TooLong {
                place: what.clone(),
                language: language.clone(),
                length,
                max,
            });
        }
        if let Some(markup) = not_plain(text) {
            let language = language.clone();
            return invalid(if markup {
                Rule::Markup(what.clone(), language)
            } else {
                Rule::Control(what.clone(), language)
            });
        }
    }
    let texts = Localized(
        map.into_iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .collect(),
    );
    if texts.0.is_empty() {
        return invalid(Rule::NoText(what.clone()));
    }
    Ok(texts)
}

/// Why a text is not plain text a form may show, if it is not: markup (a tag, a script
/// address: `Some(true)`), control characters or direction overrides that could disguise what
/// it says (`Some(false)`).
fn not_plain(text: &str) -> Option<bool> {
    let lower = text.to_ascii_lowercase();
    let chars: Vec<char> = text.chars().collect();
    let tag = chars
        .windows(2)
        .any(|w| w[0] == '<' && (w[1].is_ascii_alphabetic() || w[1] == '/' || w[1] == '!'));
    if tag || lower.contains("javascript:") || lower.contains("data:text/html") {
        return Some(true);
    }
    if chars
        .iter()
        .any(|&c| (c.is_control() && c != '\n') || ('\u{202A}'..='\u{202E}').contains(&c))
    {
        return Some(false);
    }
    None
}

/// The questionnaire as its file says it, in the current format (what `parse` reads back
/// equal, and what the hash is taken over).
fn to_json_value(q: &Questionnaire) -> QuestionnaireJson {
    let map = |l: &Localized| l.0.clone();
    QuestionnaireJson {
        format_version: Some(FORMAT_VERSION),
        id: q.id.clone(),
        version: q.version,
        example: q.example,
        title: map(&q.title),
        intro: q.intro.iter().map(map).collect(),
        profile: Some(q.profile.iter().map(|f| f.key().to_string()).collect()),
        questions: q
            .questions
            .iter()
            .map(|x| {
                let (max_length, max_choices) = match &x.kind {
                    QuestionKind::LongText { max_length } => {
                        (Some(*max_length).filter(|n| *n != MAX_ANSWER_CHARS), None)
                    }
                    QuestionKind::ShortText { max_length } => (
                        Some(*max_length).filter(|n| *n != limits::SHORT_ANSWER),
                        None,
                    ),
                    QuestionKind::OneChoice { .. } => (None, None),
                    QuestionKind::SeveralChoices { max_choices, .. } => (None, *max_choices),
                };
                let choices = x.kind.choices();
                QuestionJson {
                    id: x.id.clone(),
                    kind: Some(x.kind.key().to_string()),
                    text: map(&x.text),
                    hint: x.hint.as_ref().map(map),
                    max_length,
                    max_choices,
                    choices: (!choices.is_empty()).then(|| {
                        choices
                            .iter()
                            .map(|c| ChoiceJson {
                                id: c.id.clone(),
                                label: map(&c.label),
                            })
                            .collect()
                    }),
                }
            })
            .collect(),
    }
}

/// The questionnaire as a file, in the current format, indented for people to read.
pub fn to_json(q: &Questionnaire) -> String {
    serde_json::to_string_pretty(&to_json_value(q)).unwrap_or_default() + "\n"
}

/// The lower-case hex SHA-256 of the questionnaire's canonical form (RFC 8785), the same for
/// every file that asks the same thing the same way.
fn hash(q: &Questionnaire) -> String {
    serde_json::to_value(to_json_value(q))
        .ok()
        .and_then(|v| canonical_digest(&v).ok())
        .unwrap_or_default()
}

/// Identifiers are kept to a small ASCII alphabet so they sort the same in every language and
/// canonical JSON key order is unambiguous.
pub fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_questionnaire_speaks_the_six_un_languages() {
        let q = builtin();
        let texts = std::iter::once(&q.title)
            .chain(&q.intro)
            .chain(q.questions.iter().map(|x| &x.text));
        for text in texts {
            let langs: Vec<&str> = text.languages().collect();
            assert_eq!(langs, ["ar", "en", "es", "fr", "ru", "zh"]);
            for lang in langs {
                assert!(!text.get(lang).trim().is_empty(), "{lang}");
            }
        }
        // Translations are of the question, not copies of it.
        assert_ne!(q.questions[0].text.get("fr"), q.questions[0].text.get("en"));
        assert!(
            q.questions[5]
                .text
                .get("zh")
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        );
        assert!(
            q.questions[5]
                .text
                .get("ar")
                .chars()
                .any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))
        );
    }

    #[test]
    fn builtin_has_the_seven_questions_in_order() {
        let q = builtin();
        assert_eq!(
            (q.id.as_str(), q.version),
            ("igf-bpf-cybersecurity-2016", 1)
        );
        let ids: Vec<_> = q.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["q1", "q2", "q3", "q4", "q5", "q6", "q7"]);
        assert!(
            q.questions[5]
                .text
                .get("en")
                .contains("'Cyber security Situational Awareness'")
        );
        assert_eq!(q.intro.len(), 3);
    }

    #[test]
    fn localized_falls_back_to_primary_then_english() {
        let mut m = BTreeMap::new();
        m.insert("en".to_string(), "Hello".to_string());
        m.insert("fr".to_string(), "Bonjour".to_string());
        let l = Localized(m);
        assert_eq!(l.get("fr-CA"), "Bonjour");
        assert_eq!(l.get("ar"), "Hello");
    }

    #[test]
    fn refuses_broken_descriptions() {
        let q = |questions: &str| {
            format!(
                r#"{{"id":"x","version":1,"title":{{"en":"T"}},"intro":[],"questions":{questions}}}"#
            )
        };
        assert!(matches!(parse("{"), Err(QuestionnaireError::Syntax(_))));
        assert!(matches!(
            parse(&q("[]")),
            Err(QuestionnaireError::Invalid(_))
        ));
        let dup = r#"[{"id":"a","text":{"en":"A"}},{"id":"a","text":{"en":"B"}}]"#;
        assert!(
            matches!(parse(&q(dup)), Err(QuestionnaireError::Invalid(Rule::QuestionIdTwice(id))) if id == "a")
        );
        let bad_id = r#"[{"id":"a b","text":{"en":"A"}}]"#;
        assert!(matches!(
            parse(&q(bad_id)),
            Err(QuestionnaireError::Invalid(_))
        ));
        // Any of the six languages will do; one of no known language will not.
        let french_only = parse(&q(r#"[{"id":"a","text":{"fr":"Quoi ?"}}]"#)).unwrap();
        assert_eq!(french_only.questions[0].text.get("ar"), "Quoi ?");
        assert!(!french_only.questions[0].text.has("ar"));
        let klingon = r#"[{"id":"a","text":{"tlh":"A"}}]"#;
        assert!(
            matches!(parse(&q(klingon)), Err(QuestionnaireError::Invalid(Rule::Language(_, l))) if l == "tlh")
        );
        let nothing = r#"[{"id":"a","text":{"en":"  "}}]"#;
        assert!(matches!(
            parse(&q(nothing)),
            Err(QuestionnaireError::Invalid(Rule::NoText(_)))
        ));
        assert!(parse(&q(r#"[{"id":"a","text":{"en":"A"}}]"#)).is_ok());
    }

    #[test]
    fn the_2017_example_asks_new_questions_in_the_six_languages_and_says_it_is_an_example() {
        let q = parse(include_str!(
            "questionnaires/igf-bpf-cybersecurity-2017-example.json"
        ))
        .unwrap();
        assert!(q.example);
        assert_eq!(q.id, "igf-bpf-cybersecurity-2017-example");
        assert_eq!(
            q.questions
                .iter()
                .map(|x| (x.id.as_str(), x.kind.key()))
                .collect::<Vec<_>>(),
            [
                ("nri-concerns", "long-text"),
                ("sdgs", "several-choices"),
                ("sdg-practices", "long-text"),
                ("processes", "several-choices"),
                ("processes-bpf", "long-text"),
                ("nri-meeting", "one-choice"),
                ("one-practice", "short-text"),
            ]
        );
        assert_eq!(q.questions[1].kind.choices().len(), 17);
        for language in LANGUAGES {
            assert_eq!(
                q.completeness(language),
                (q.texts().count(), q.texts().count())
            );
        }
        assert!(q.intro[0].get("en").contains("example"));
        assert_ne!(q.hash, builtin().hash);
    }

    // jsonschema is a native dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_schema_accepts_what_the_reader_accepts_and_refuses_what_it_can_say() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../docs/questionnaire.schema.json")).unwrap();
        let schema = jsonschema::options().build(&schema).unwrap();
        let valid = |text: &str| schema.is_valid(&serde_json::from_str(text).unwrap());
        for text in [
            V2.to_string(),
            BUILTIN_JSON.to_string(),
            include_str!("questionnaires/igf-bpf-cybersecurity-2017-example.json").to_string(),
            to_json(&parse(V2).unwrap()),
        ] {
            assert!(valid(&text), "{}", &text[..80]);
        }
        for (from, to) in [
            ("\"long-text\"", "\"file-upload\""),
            ("\"concerns\"", "\"two words\""),
            ("\"group\"]", "\"password\"]"),
            ("\"fr\": \"Notre", "\"tlh\": \"Notre"),
            (
                "\"max_length\": 200",
                "\"max_length\": 200, \"choices\": []",
            ),
        ] {
            let broken = V2.replace(from, to);
            assert_ne!(broken, V2);
            assert!(!valid(&broken), "{to}");
            assert!(parse(&broken).is_err(), "{to}");
        }
    }

    /// A version 2 description with every kind of question.
    const V2: &str = r#"{
        "format_version": 2, "id": "nri-2026", "version": 3, "example": true,
        "title": {"en": "Our consultation", "fr": "Notre consultation"},
        "intro": [{"en": "Welcome."}],
        "profile": ["country", "group"],
        "questions": [
            {"id": "concerns", "type": "long-text", "text": {"en": "What concerns you?"}, "hint": {"en": "Be specific."}},
            {"id": "practice", "type": "short-text", "text": {"en": "One practice?"}, "max_length": 200},
            {"id": "meet", "type": "one-choice", "text": {"en": "Meet?"},
             "choices": [{"id": "yes", "label": {"en": "Yes"}}, {"id": "no", "label": {"en": "No"}}]},
            {"id": "sdgs", "type": "several-choices", "text": {"en": "Which goals?"}, "max_choices": 2,
             "choices": [{"id": "sdg-4", "label": {"en": "4. Education"}}, {"id": "sdg-9", "label": {"en": "9. Industry"}},
                         {"id": "sdg-16", "label": {"en": "16. Peace"}}]}
        ]
    }"#;

    #[test]
    fn version_two_has_four_kinds_of_question_hints_and_the_profile_asked() {
        let q = parse(V2).unwrap();
        assert!(q.example);
        assert_eq!(q.profile, [ProfileField::Country, ProfileField::Group]);
        assert!(q.asks(ProfileField::Group) && !q.asks(ProfileField::Email));
        assert_eq!(
            q.questions.iter().map(|x| x.kind.key()).collect::<Vec<_>>(),
            ["long-text", "short-text", "one-choice", "several-choices"]
        );
        assert_eq!(
            q.questions[0].hint.as_ref().unwrap().get("fr"),
            "Be specific."
        );
        assert_eq!(
            q.questions[0].kind,
            QuestionKind::LongText {
                max_length: MAX_ANSWER_CHARS
            }
        );
        assert_eq!(
            q.questions[1].kind,
            QuestionKind::ShortText { max_length: 200 }
        );
        assert!(matches!(
            &q.questions[3].kind,
            QuestionKind::SeveralChoices { choices, max_choices: Some(2) } if choices.len() == 3
        ));
        // The title is in two languages of six; every other text in one.
        assert_eq!(q.completeness("en"), (q.texts().count(), q.texts().count()));
        assert_eq!(q.completeness("fr"), (1, q.texts().count()));
        // Version 1 files (the built-in one) read as long-text questions asking every field.
        let b = builtin();
        assert!(
            b.questions
                .iter()
                .all(|x| x.kind.is_text() && x.hint.is_none())
        );
        assert_eq!(b.profile, ProfileField::ALL);
    }

    #[test]
    fn the_hash_identifies_the_content_not_the_spelling_of_the_file() {
        let q = parse(V2).unwrap();
        assert_eq!(q.hash.len(), 64);
        // Written again by this program: read back equal, same hash.
        let written = to_json(&q);
        assert_eq!(parse(&written).unwrap(), q);
        // Other spacing, other key order: the same questionnaire.
        let compact: serde_json::Value = serde_json::from_str(V2).unwrap();
        assert_eq!(parse(&compact.to_string()).unwrap().hash, q.hash);
        // One word changed: another questionnaire.
        let other = parse(&V2.replace("Be specific.", "Be precise.")).unwrap();
        assert_ne!(other.hash, q.hash);
        assert_ne!(builtin().hash, q.hash);
    }

    #[test]
    fn hostile_or_broken_questionnaires_are_refused_with_a_reason() {
        let refused = |json: &str, why: &str| match parse(json) {
            Err(e) => assert!(e.to_string().contains(why), "{e} lacks “{why}”"),
            Ok(_) => panic!("accepted: {}", &json[..json.len().min(200)]),
        };
        refused(
            &V2.replace("What concerns you?", "<script>alert(1)</script>"),
            "markup",
        );
        refused(
            &V2.replace("Be specific.", "<img src=x onerror=alert(1)>"),
            "markup",
        );
        refused(&V2.replace("Yes", "javascript:alert(1)"), "markup");
        refused(
            &V2.replace("Be specific.", "A\u{202E}moc.live"),
            "control characters",
        );
        refused(
            &V2.replace("\"long-text\"", "\"file-upload\""),
            "the types are",
        );
        refused(&V2.replace("\"practice\"", "\"concerns\""), "used twice");
        refused(
            &V2.replace("\"no\", \"label\"", "\"yes\", \"label\""),
            "used twice",
        );
        refused(
            &V2.replace("\"max_choices\": 2", "\"max_choices\": 9"),
            "9 choices of 3",
        );
        refused(
            &V2.replace("\"max_length\": 200", "\"max_length\": 0"),
            "from 1 to",
        );
        refused(
            &V2.replace("\"group\"]", "\"group\", \"password\"]"),
            "“password”",
        );
        refused(
            &V2.replace("\"format_version\": 2", "\"format_version\": 3"),
            "newer",
        );
        refused(
            &V2.replace("\"version\": 3", "\"version\": 3, \"version\": 4"),
            "twice",
        );
        // A one-megabyte label, ten thousand questions: refused before anything is built.
        refused(&V2.replace("Yes", &"y".repeat(1 << 20)), "bytes");
        refused(&V2.replace("Yes", &"y".repeat(400)), "at most 300");
        let many: Vec<String> = (0..10_000)
            .map(|i| format!(r#"{{"id":"q{i}","text":{{"en":"Q"}}}}"#))
            .collect();
        refused(
            &format!(
                r#"{{"id":"x","version":1,"title":{{"en":"T"}},"questions":[{}]}}"#,
                many.join(",")
            ),
            "10000 questions; at most 100",
        );
        let hundred_and_one: Vec<String> = (0..101)
            .map(|i| format!(r#"{{"id":"q{i}","text":{{"en":"Q"}}}}"#))
            .collect();
        refused(
            &format!(
                r#"{{"id":"x","version":1,"title":{{"en":"T"}},"questions":[{}]}}"#,
                hundred_and_one.join(",")
            ),
            "at most 100",
        );
    }
}
