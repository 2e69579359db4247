//! What a synthesis is made of: per question, who answered, key terms, themes with quotes, a summary and near-duplicates. Serialisable for the page (worker messages), never a file format.

use serde::{Deserialize, Serialize};

use super::people::{Breakdowns, Count};

/// A quoted sentence and who said it (as their publication choice allows).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The sentence, exactly as written.
    pub text: String,
    /// "Ada Obi, ngCERT" or "a civil-society respondent, Nigeria" (English, for the exports).
    pub attribution: String,
    /// For an anonymous quote, `(stakeholder group key, country code)`, so the page can say
    /// who in its own language; `None` for a named one.
    pub anonymous: Option<(String, String)>,
    /// The response it comes from.
    pub response: String,
}

/// A phrase characteristic of a question's answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyTerm {
    /// Its most common written form.
    pub text: String,
    /// Its c-TF-IDF score.
    pub score: f64,
    /// How many answers use it.
    pub answers: usize,
}

/// Key terms of the answers in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageTerms {
    /// Language of the answers.
    pub language: String,
    /// How many answers are in it.
    pub answers: usize,
    /// The terms, best first.
    pub terms: Vec<KeyTerm>,
}

/// A group of answers about the same thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    /// Language of its answers.
    pub language: String,
    /// Its top terms, which name it.
    pub label: Vec<String>,
    /// Independent voices in it (a campaign counts once).
    pub voices: usize,
    /// Voices by stakeholder group.
    pub groups: Vec<Count>,
    /// One to three sentences closest to its centre, from respondents who allow quotes.
    pub quotes: Vec<Quote>,
    /// The responses nearest its centre, by id, nearest first: how the secretariat's edits
    /// know it again after the synthesis runs again (never published).
    #[serde(default)]
    pub anchors: Vec<String>,
    /// The secretariat's name for it, if it gave one (`crate::core::edits`).
    #[serde(default)]
    pub name: Option<String>,
}

impl Theme {
    /// Its name: the secretariat's, else its top terms.
    pub fn title(&self) -> String {
        self.name.clone().unwrap_or_else(|| self.label.join(", "))
    }
}

/// Themes of several languages that speak of the same concepts, as one entry of the question's
/// theme list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// The concepts its themes share, strongest first, as keys of the lexicon
    /// (`concepts::CONCEPTS`); empty for a theme that matched none, which is a topic alone.
    pub concepts: Vec<String>,
    /// Its themes, as indices into the question's `themes`.
    pub themes: Vec<usize>,
    /// Its voices, all languages together.
    pub voices: usize,
    /// Voices by language of the answers (key and label: the language tag).
    pub languages: Vec<Count>,
    /// Voices by stakeholder group.
    pub groups: Vec<Count>,
}

/// The central sentences of the answers in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageSummary {
    /// Language of the answers.
    pub language: String,
    /// The sentences, most central first.
    pub sentences: Vec<Quote>,
}

/// Answers that are (nearly) the same text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DuplicateGroup {
    /// How many answers share the text.
    pub size: usize,
    /// The start of the text, if any of them may be quoted.
    pub excerpt: Option<String>,
    /// The responses, by id.
    pub responses: Vec<String>,
    /// Whether its answers are counted once: it stands out from the question's ordinary
    /// repetition (`duplicates::stands_out`), as every group does where answers seldom repeat.
    pub counted_once: bool,
    /// Who sent it, when the group is large enough to be a campaign ([`CAMPAIGN`] answers or
    /// more), counted once, and among the question's [`CAMPAIGNS_LISTED`] largest.
    pub campaign: Option<Senders>,
}

/// A group of this many identical answers or more that stands out from the question's ordinary
/// repetition is a campaign, disclosed as such; smaller groups that stand out (a file sent
/// twice, two colleagues) are still counted once.
pub const CAMPAIGN: usize = 5;

/// Campaigns listed one by one, largest first: each question's, with who sent them, and the
/// overview's. The others are counted once all the same, and listed among their question's
/// near-duplicate answers.
pub const CAMPAIGNS_LISTED: usize = 20;

/// Who sent a campaign.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Senders {
    /// By stakeholder group, region, NRI, language and capacity.
    pub breakdowns: Breakdowns,
    /// By country (ISO code as key, English short name as label); the senders whose response
    /// may not be published are counted under the key `"not-published"`, with no country.
    pub countries: Vec<Count>,
}

/// A campaign as the overview discloses it: one text sent by many, in one or more questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    /// The questions it was sent to, by number.
    pub questions: Vec<usize>,
    /// How many responses sent it (in its largest question).
    pub size: usize,
    /// Its text, if any sender may be quoted.
    pub excerpt: Option<String>,
    /// Who sent it.
    pub senders: Senders,
}

/// An initiative, organisation or event the answers name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Initiative {
    /// Its name: a well-known one's, else as the answers that may be published write it most.
    pub name: String,
    /// Whether it is in the gazetteer of well-known ones.
    pub known: bool,
    /// How many answers name it (a campaign counts once).
    pub answers: usize,
    /// Those answers by stakeholder group.
    pub groups: Vec<Count>,
}

/// Answers in which a respondent who is not to be named names themself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SelfNamed {
    /// In responses that may be published anonymously: masked wherever published.
    pub masked: usize,
    /// In responses not for publication (never published; the secretariat is told all the same).
    pub unpublished: usize,
    /// The questions where they are, by number.
    pub questions: Vec<usize>,
    /// The responses, by id.
    pub responses: Vec<String>,
}

/// Answer lengths, in words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LengthStats {
    /// Shortest.
    pub min: usize,
    /// Median.
    pub median: usize,
    /// Mean, rounded.
    pub mean: usize,
    /// Longest.
    pub max: usize,
}

/// A code and the answers to a question it is on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CodeFigure {
    /// Its key (`sdg-4`, `own-…`).
    pub key: String,
    /// Its English name, or the secretariat's.
    pub name: String,
    /// How many answers (of the responses the filter admits) it is on.
    pub answers: usize,
    /// Those answers by stakeholder group.
    pub groups: Vec<Count>,
}

/// One choice of a choice question, and who chose it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoiceFigure {
    /// The choice's id, or [`NOT_LISTED`] for answers that are none of the choices.
    pub key: String,
    /// Its English label (the page shows the questionnaire's label in its own language).
    pub label: String,
    /// How many responses chose it.
    pub count: usize,
    /// Those responses by stakeholder group, region, NRI, language and capacity.
    pub breakdowns: Breakdowns,
}

/// The key under which a choice question counts answers that name none of its choices (a file
/// not made by the form, a spreadsheet imported with another list): counted, never shown.
pub const NOT_LISTED: &str = "not-listed";

/// Everything about one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionSynthesis {
    /// The question's id.
    pub id: String,
    /// Its number, from 1.
    pub number: usize,
    /// The question, in English.
    pub text: String,
    /// Its kind's key (`long-text`, `short-text`, `one-choice`, `several-choices`).
    #[serde(default)]
    pub kind: String,
    /// For a choice question, every choice in the questionnaire's order, then the answers
    /// that name none of them if any: counts in place of the text analysis, which a choice
    /// question does not get.
    #[serde(default)]
    pub choices: Vec<ChoiceFigure>,
    /// How many (filtered) responses answered it.
    pub answered: usize,
    /// How many independent voices answered it: each group of near-identical answers (a
    /// campaign, a file sent twice) counts once.
    pub voices: usize,
    /// How many of those answers say nothing ("See attached", "N/A", "Thanks", a lone word):
    /// counted in `answered`, never in themes, summaries or key terms.
    pub non_answers: usize,
    /// How many of those answers speak of nothing the questions are about (no concept of the
    /// lexicon, no word of the field, and little in common with the answers that have one;
    /// only answers in its six languages are judged), or are adverts (a brief answer that asks
    /// to be contacted): "other answers", counted in `answered`, never in themes, summaries or
    /// key terms.
    pub other: usize,
    /// Who answered it, each group of near-identical answers counted once (its first member).
    pub breakdowns: Breakdowns,
    /// Who answered it, every answer counted.
    pub breakdowns_raw: Breakdowns,
    /// How long the answers are.
    pub length: LengthStats,
    /// Key terms, per answer language, largest language first.
    pub terms: Vec<LanguageTerms>,
    /// Themes, per answer language, largest first.
    pub themes: Vec<Theme>,
    /// The themes grouped across languages by the concepts they share, largest first.
    pub topics: Vec<Topic>,
    /// Summary sentences, per answer language.
    pub summary: Vec<LanguageSummary>,
    /// Near-duplicate answers, largest group first.
    pub duplicates: Vec<DuplicateGroup>,
    /// Initiatives and organisations the answers name, most named first.
    pub initiatives: Vec<Initiative>,
    /// Its answers in which a respondent who is not to be named names themself.
    pub self_named: SelfNamed,
    /// Each theme's voices, by response id (the worker's own: [`Synthesis::for_the_page`]
    /// leaves them out of what the page is sent).
    #[serde(default)]
    pub theme_members: Vec<Vec<String>>,
    /// The other answers, by response id (the worker's own, like `theme_members`).
    #[serde(default)]
    pub other_ids: Vec<String>,
    /// The codes the secretariat put on its answers, most answers first.
    #[serde(default)]
    pub codes: Vec<CodeFigure>,
    /// The quotes the secretariat chose, in its order (`crate::core::edits`).
    #[serde(default)]
    pub pinned: Vec<Quote>,
    /// Chosen quotes left out because their response may no longer be quoted or is gone.
    #[serde(default)]
    pub pins_refused: usize,
    /// The secretariat's narrative for Part II.
    #[serde(default)]
    pub narrative: String,
    /// Whether the secretariat marked the question reviewed.
    #[serde(default)]
    pub reviewed: bool,
}

/// A document a response was sent with, as the synthesis cites it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CitedDocument {
    /// Its title, as written.
    pub title: String,
    /// Its `http(s)` address, or empty.
    pub link: String,
    /// The line about it, if any.
    pub description: String,
    /// Who sent it, when Part II may say so (a named contribution or an NRI); `None` for one
    /// from an anonymous respondent (a link can name its author) or not for publication:
    /// the secretariat sees it, Part II never lists it.
    pub by: Option<super::people::Contributor>,
    /// How the response may be published (its key), for the page.
    pub publication: String,
    /// The response it came with.
    pub response: String,
}

/// The synthesis of a set of responses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Synthesis {
    /// How many responses (after the filter).
    pub responses: usize,
    /// Who they are from, every response counted.
    pub overview: Breakdowns,
    /// How many of them are independent voices: all but the responses that only repeat what
    /// another sent (every substantive answer of theirs an echo of a near-identical group).
    pub voices: usize,
    /// Who the independent voices are from.
    pub voice_overview: Breakdowns,
    /// The campaigns disclosed (each question's largest), largest first.
    pub campaigns: Vec<Campaign>,
    /// Answers in which a respondent who is not to be named names themself (the privacy aid).
    pub self_named: SelfNamed,
    /// Per question, in questionnaire order.
    pub questions: Vec<QuestionSynthesis>,
    /// The named contributions, one per contributor or NRI, sorted.
    pub contributions: Vec<super::people::Contributor>,
    /// Every document the responses were sent with, those Part II may list first.
    #[serde(default)]
    pub documents: Vec<CitedDocument>,
    /// The anonymous contributions that may be published, summed by who sent them.
    pub anonymous: Breakdowns,
    /// How many responses are drafts rather than finished.
    pub drafts: usize,
    /// Whether the secretariat chose to read drafts as sent: quoted and listed under their
    /// publication choice like finished responses ([`super::Filter::drafts`]).
    pub drafts_read_as_sent: bool,
    /// Responses the secretariat left out, by reason (key: `edits::Reason::key`).
    #[serde(default)]
    pub excluded: Vec<Count>,
    /// Edits that no longer find their theme (its responses were excluded or filtered out).
    #[serde(default)]
    pub unmatched_edits: usize,
    /// The comments received on the drafts published for review (Part III A).
    #[serde(default)]
    pub comments: super::comments::CommentsSummary,
}

impl QuestionSynthesis {
    /// How many times its answers repeat one text as a matter of course (0 where copies are
    /// rare): groups of near-identical answers no larger than two and a half times this are
    /// not counted once (`duplicates::ordinary`).
    pub fn ordinary_repetition(&self) -> usize {
        super::duplicates::ordinary(self.duplicates.iter().map(|d| d.size))
    }
}

impl Synthesis {
    /// The synthesis without what only the worker needs (who is in each theme): what the page
    /// is sent, a tenth of the size at 10,000 responses.
    pub fn for_the_page(mut self) -> Self {
        for q in &mut self.questions {
            q.theme_members = Vec::new();
            q.other_ids = Vec::new();
        }
        self
    }

    /// Groups of [`CAMPAIGN`] near-identical answers or more counted once, in any question,
    /// that are not among the overview's first [`CAMPAIGNS_LISTED`] campaigns.
    pub fn unlisted_campaign_groups(&self) -> usize {
        let all = self
            .questions
            .iter()
            .flat_map(|q| &q.duplicates)
            .filter(|d| d.size >= CAMPAIGN && d.counted_once)
            .count();
        let listed: usize = self
            .campaigns
            .iter()
            .take(CAMPAIGNS_LISTED)
            .map(|c| c.questions.len())
            .sum();
        all.saturating_sub(listed)
    }
}

/// What the synthesis is doing, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Steps done.
    pub done: usize,
    /// Steps in all.
    pub total: usize,
}
