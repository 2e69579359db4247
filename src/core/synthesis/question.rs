//! One question's synthesis from the tokenised corpus: how many answered and who, how long the answers are, near-duplicates, key terms per language, and per language the themes and summary of the independent voices.

use std::collections::{BTreeMap, BTreeSet};

use super::corpus::{Answer, Corpus};
use super::model::{
    DuplicateGroup, KeyTerm, LanguageSummary, LanguageTerms, LengthStats, QuestionSynthesis, Quote,
    Theme,
};
use super::terms::{self, Ranked};
use super::{duplicates, people, summary, themes};
use crate::core::response::Response;
use crate::core::text::count;

/// Key terms ranked per language (an index into `Corpus::languages`), then per question.
pub(super) type RankedTerms = BTreeMap<usize, Vec<Vec<Ranked>>>;

/// What every part of a question's synthesis reads: the tokenised answers and the responses
/// (in response-id order) and question ids they came from.
pub(super) struct Texts<'c, 'r> {
    /// The tokenised answers.
    pub corpus: &'c Corpus,
    /// The responses, as the corpus numbers them.
    pub responses: &'c [&'r Response],
    /// The question ids, as the corpus numbers them.
    pub qids: &'c [String],
}

impl Texts<'_, '_> {
    /// The response an answer belongs to.
    pub fn response(&self, a: &Answer) -> &Response {
        self.responses[a.response]
    }

    /// An answer's whole text.
    pub fn text(&self, a: &Answer) -> &str {
        self.responses[a.response].answer(&self.qids[a.question])
    }

    /// Sentence `si` of an answer, quoted with who said it as their publication choice allows
    /// (only ever called for answers that allow it).
    pub fn quote(&self, a: &Answer, si: usize) -> Quote {
        let r = self.response(a);
        Quote {
            text: self
                .corpus
                .sentence_text(self.responses, self.qids, a, &a.sentences[si])
                .to_string(),
            attribution: people::attribution(r).unwrap_or_default(),
            anonymous: people::is_anonymous(r).then(|| {
                (
                    people::group_of(r).0.to_string(),
                    r.respondent
                        .country
                        .map(|c| c.code().to_string())
                        .unwrap_or_default(),
                )
            }),
            response: r.id.to_string(),
        }
    }
}

/// The synthesis of question `qi` (whose English text is `text`).
pub(super) fn question(
    texts: &Texts,
    qi: usize,
    text: &str,
    ranked: &RankedTerms,
) -> QuestionSynthesis {
    let answers = texts.corpus.answers_to(qi);
    let written: Vec<&str> = answers.iter().map(|a| texts.text(a)).collect();
    let (duplicates, echoes) = near_duplicates(texts, &answers, &written);
    let langs = languages_of(texts.corpus, &answers);
    let mut themes = Vec::new();
    let mut summaries = Vec::new();
    for (lang, members) in &langs {
        let language = texts.corpus.languages[*lang].clone();
        // Every member of a campaign but the first, and every answer that says nothing, is
        // left out of themes and summaries.
        let voices: Vec<&Answer> = members
            .iter()
            .filter(|&&i| answers[i].substantive && !echoes.contains(&i))
            .map(|&i| answers[i])
            .collect();
        let (lang_themes, summary) = themes_and_summary(texts, &voices, &language);
        themes.extend(lang_themes);
        if !summary.is_empty() {
            summaries.push(LanguageSummary {
                language,
                sentences: summary,
            });
        }
    }
    QuestionSynthesis {
        id: texts.qids[qi].clone(),
        number: qi + 1,
        text: text.to_string(),
        answered: answers.len(),
        non_answers: answers.iter().filter(|a| !a.substantive).count(),
        breakdowns: people::breakdowns(answers.iter().map(|a| texts.response(a))),
        length: length_stats(&written),
        terms: key_terms(texts, qi, &answers, &langs, ranked),
        themes,
        summary: summaries,
        duplicates,
    }
}

/// How long the answers are, in words.
fn length_stats(written: &[&str]) -> LengthStats {
    let mut words: Vec<usize> = written.iter().map(|t| count(t).words).collect();
    words.sort_unstable();
    match (words.first(), words.last()) {
        (Some(&min), Some(&max)) => LengthStats {
            min,
            median: words[words.len() / 2],
            mean: (words.iter().sum::<usize>() as f64 / words.len() as f64).round() as usize,
            max,
        },
        _ => LengthStats::default(),
    }
}

/// Groups of (nearly) the same answer, largest first, and the echoes: every member of a group
/// but its first (indices into `answers`, whose texts are `written`).
fn near_duplicates(
    texts: &Texts,
    answers: &[&Answer],
    written: &[&str],
) -> (Vec<DuplicateGroup>, BTreeSet<usize>) {
    let as_words: Vec<duplicates::Text> = answers
        .iter()
        .zip(written)
        .map(|(a, text)| duplicates::Text {
            chars: duplicates::normalised_chars(text),
            words: a
                .sentences
                .iter()
                .flat_map(|s| s.words.iter().copied())
                .collect(),
        })
        .collect();
    let mut echoes = BTreeSet::new();
    let mut out: Vec<DuplicateGroup> = duplicates::groups(&as_words)
        .iter()
        .map(|g| {
            echoes.extend(g.iter().skip(1));
            let quotable = g
                .iter()
                .find(|&&i| people::may_quote(texts.response(answers[i])));
            DuplicateGroup {
                size: g.len(),
                excerpt: quotable.map(|&i| excerpt(written[i])),
                responses: g
                    .iter()
                    .map(|&i| texts.response(answers[i]).id.to_string())
                    .collect(),
            }
        })
        .collect();
    out.sort_by(|a, b| b.size.cmp(&a.size).then(a.responses.cmp(&b.responses)));
    (out, echoes)
}

/// The answers' languages (indices into `answers`), most answers first, then by tag.
pub(super) fn languages_of(corpus: &Corpus, answers: &[&Answer]) -> Vec<(usize, Vec<usize>)> {
    let mut by_lang: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, a) in answers.iter().enumerate() {
        by_lang.entry(a.language).or_default().push(i);
    }
    let mut langs: Vec<(usize, Vec<usize>)> = by_lang.into_iter().collect();
    langs.sort_by(|a, b| {
        b.1.len()
            .cmp(&a.1.len())
            .then(corpus.languages[a.0].cmp(&corpus.languages[b.0]))
    });
    langs
}

/// Key terms shown per question and language.
pub(super) const KEY_TERMS: usize = 12;
/// Terms ranked per question and language: twice those shown, since those never written in an
/// answer that may be published are left out.
pub(super) const RANKED_TERMS: usize = 2 * KEY_TERMS;

/// A question's key terms per language, in their most common written form in the answers that
/// may be published: a term only ever written where it may not be is not shown at all (its
/// count of answers is a figure, and counts every answer).
pub(super) fn key_terms(
    texts: &Texts,
    qi: usize,
    answers: &[&Answer],
    langs: &[(usize, Vec<usize>)],
    ranked: &RankedTerms,
) -> Vec<LanguageTerms> {
    let corpus = texts.corpus;
    let mut key_terms = Vec::new();
    for (lang, members) in langs {
        let Some(ranked) = ranked.get(lang).and_then(|r| r.get(qi)) else {
            continue;
        };
        let keys: Vec<[u32; 3]> = ranked.iter().map(|t| t.key).collect();
        let sentences = members
            .iter()
            .filter(|&&i| answers[i].substantive && people::may_quote(texts.response(answers[i])))
            .flat_map(|&i| {
                answers[i]
                    .sentences
                    .iter()
                    .map(|s| (s.stems.as_slice(), s.words.as_slice()))
            });
        let surfaces = terms::surfaces(corpus, sentences, &keys);
        let terms = ranked
            .iter()
            .filter_map(|t| {
                Some(KeyTerm {
                    text: surfaces.get(&t.key)?.clone(),
                    score: round(t.score),
                    answers: t.df as usize,
                })
            })
            .take(KEY_TERMS)
            .collect();
        key_terms.push(LanguageTerms {
            language: corpus.languages[*lang].clone(),
            answers: members.len(),
            terms,
        });
    }
    key_terms
}

/// Themes need a few voices; below that the answers are listed, not grouped.
const MIN_THEME_VOICES: usize = 3;

/// The themes and summary of one language's independent voices.
fn themes_and_summary(
    texts: &Texts,
    voices: &[&Answer],
    language: &str,
) -> (Vec<Theme>, Vec<Quote>) {
    if voices.len() < MIN_THEME_VOICES {
        return (Vec::new(), Vec::new());
    }
    let found = themes::find(texts, voices, language);
    let summary = summary::central(texts, voices, &found);
    (found.themes, summary)
}

fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(200).collect();
    if text.chars().nth(200).is_some() {
        out.push('…');
    }
    out
}

fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}
