//! The secretariat's synthesis of many responses, per question: who answered, key terms, themes with quotes, a summary, near-duplicates. Pure and deterministic: the same responses in any order give the same result, byte for byte.

mod cluster;
mod corpus;
mod duplicates;
pub mod people;
mod summary;
mod terms;
pub mod text;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};

pub use cluster::Rng;
use cluster::{Space, Sparse};
use corpus::{Answer, Corpus, CorpusBuilder, Counts, STOP};
pub use people::{Breakdowns, Count};
use terms::{ClassCounts, Ranked};
pub use text::Analyzer;

use crate::core::questionnaire::Questionnaire;
use crate::core::response::{Publication, Response, ResponseId};
use crate::core::text::count;

/// Which responses to include; an empty list means "all".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Stakeholder group keys (`civil-society`, …, `unknown`).
    pub groups: Vec<String>,
    /// M49 sub-region codes (`202`, …, `unknown`).
    pub regions: Vec<String>,
    /// NRI keys (normalised names, or `none`).
    pub nris: Vec<String>,
    /// Form languages (`en`, `fr`, …).
    pub languages: Vec<String>,
    /// Capacity keys (`individual`, `organisation`, `nri`, `unknown`).
    pub capacities: Vec<String>,
}

impl Filter {
    /// Whether a response passes.
    pub fn admits(&self, r: &Response) -> bool {
        let ok = |list: &[String], key: &str| list.is_empty() || list.iter().any(|k| k == key);
        let nri = people::nri_of(r);
        let nri_key = if nri.is_empty() {
            "none".to_string()
        } else {
            people::nri_key(nri)
        };
        ok(
            &self.groups,
            people::group_label(r.respondent.stakeholder_group).0,
        ) && ok(&self.regions, &people::region_of(r).0)
            && ok(&self.nris, &nri_key)
            && ok(&self.languages, r.language.split('-').next().unwrap_or(""))
            && ok(
                &self.capacities,
                people::capacity_label(r.respondent.capacity).0,
            )
    }

    /// Whether nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
            && self.regions.is_empty()
            && self.nris.is_empty()
            && self.languages.is_empty()
            && self.capacities.is_empty()
    }
}

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

/// Everything about one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionSynthesis {
    /// The question's id.
    pub id: String,
    /// Its number, from 1.
    pub number: usize,
    /// The question, in English.
    pub text: String,
    /// How many (filtered) responses answered it.
    pub answered: usize,
    /// Who answered it.
    pub breakdowns: Breakdowns,
    /// How long the answers are.
    pub length: LengthStats,
    /// Key terms, per answer language, largest language first.
    pub terms: Vec<LanguageTerms>,
    /// Themes, per answer language, largest first.
    pub themes: Vec<Theme>,
    /// Summary sentences, per answer language.
    pub summary: Vec<LanguageSummary>,
    /// Near-duplicate answers, largest group first.
    pub duplicates: Vec<DuplicateGroup>,
}

/// The synthesis of a set of responses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Synthesis {
    /// How many responses (after the filter).
    pub responses: usize,
    /// Who they are from.
    pub overview: Breakdowns,
    /// Per question, in questionnaire order.
    pub questions: Vec<QuestionSynthesis>,
    /// "Contribution from …" lines for those who allow it, sorted.
    pub contributions: Vec<String>,
    /// How many responses are drafts rather than finished.
    pub drafts: usize,
}

/// Key terms one run ranked, for another that did not read every answer
/// ([`Run::terms_from_elsewhere`]): by stem text, since each run numbers its own words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedTerms(Vec<SharedClass>);

/// The key terms of one question in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct SharedClass {
    language: String,
    question: usize,
    terms: Vec<SharedTerm>,
}

/// One key term.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct SharedTerm {
    stems: Vec<String>,
    score: f64,
    df: u32,
}

/// What the synthesis is doing, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Steps done.
    pub done: usize,
    /// Steps in all.
    pub total: usize,
}

/// How many key terms per language and summary sentences to report.
const TERMS: usize = 12;
const MAX_THEMES: usize = 7;
const SAMPLE: usize = 400;
/// Sentences considered for quotes and the summary, per question and language, evenly spaced.
const CANDIDATES: usize = 3_000;
const SUMMARY_CANDIDATES: usize = 300;
const MIN_THEME_VOICES: usize = 3;

/// Synthesises `responses` (already de-duplicated) for `questionnaire`, keeping those the
/// filter admits. Sorts by response id first, so input order never matters.
pub fn synthesize<'a>(
    responses: impl IntoIterator<Item = &'a Response>,
    questionnaire: &'a Questionnaire,
    filter: &Filter,
    analyzer: &Analyzer,
    progress: &mut dyn FnMut(Progress),
) -> Synthesis {
    let mut run = Run::new(responses, questionnaire, filter);
    let total = run.steps();
    let mut done = 0;
    while run.step(analyzer) {
        done += 1;
        progress(Progress { done, total });
    }
    run.finish()
}

/// A synthesis in steps (tokenise each question, then summarise each), so a worker can report
/// progress and stay responsive between them. [`synthesize`] runs it in one go.
pub struct Run<'a> {
    kept: Vec<&'a Response>,
    questionnaire: &'a Questionnaire,
    qids: Vec<String>,
    builder: Option<CorpusBuilder>,
    corpus: Corpus,
    ranked: BTreeMap<usize, Vec<Vec<Ranked>>>,
    /// The questions this run summarises (all of them unless [`Run::only`] narrowed it).
    summarised: Range<usize>,
    /// Whether the key terms come from another run ([`Run::terms_from_elsewhere`]).
    terms_elsewhere: bool,
    questions: Vec<QuestionSynthesis>,
    next: usize,
}

impl<'a> Run<'a> {
    /// Prepares a run over the responses the filter admits, in response-id order.
    pub fn new(
        responses: impl IntoIterator<Item = &'a Response>,
        questionnaire: &'a Questionnaire,
        filter: &Filter,
    ) -> Self {
        let mut kept: Vec<&Response> = responses.into_iter().filter(|r| filter.admits(r)).collect();
        kept.sort_by(|a, b| a.id.cmp(&b.id));
        Self {
            kept,
            questionnaire,
            qids: questionnaire
                .questions
                .iter()
                .map(|q| q.id.clone())
                .collect(),
            builder: Some(CorpusBuilder::default()),
            corpus: Corpus::default(),
            ranked: BTreeMap::new(),
            summarised: 0..questionnaire.questions.len(),
            terms_elsewhere: false,
            questions: Vec::new(),
            next: 0,
        }
    }

    /// Where to split the questions between two runs, the first taking its key terms from the
    /// second ([`Run::terms_from_elsewhere`]): the first tokenises and summarises the questions
    /// before this position; the second tokenises every answer, ranks the key terms, receives
    /// the responses and summarises the rest. Measured in WebAssembly, summarising an answer
    /// costs about twice tokenising it, and the second run's ranking and hand-over about two
    /// and a half questions' tokenising; the split makes the larger of the two shares as small
    /// as it can. Each run has at least one question.
    pub fn halfway(&self) -> usize {
        let sizes: Vec<f64> = self
            .qids
            .iter()
            .map(|q| self.kept.iter().map(|r| r.answer(q).len()).sum::<usize>() as f64)
            .collect();
        let n = sizes.len();
        if n < 2 {
            return n;
        }
        let all: f64 = sizes.iter().sum();
        let overhead = 2.5 * all / n as f64;
        (1..n)
            .min_by(|&a, &b| {
                let cost = |at: usize| {
                    let first: f64 = 3.0 * sizes[..at].iter().sum::<f64>();
                    let second = all + overhead + 2.0 * sizes[at..].iter().sum::<f64>();
                    first.max(second)
                };
                cost(a).total_cmp(&cost(b)).then(a.cmp(&b))
            })
            .unwrap_or(1)
    }

    /// Summarises only the questions at these positions (it still reads every answer: key
    /// terms rank each question against the others). Two runs over the same responses with
    /// disjoint ranges, joined by [`Run::adopt`], give exactly what one full run gives; that is
    /// how the work is shared between two workers.
    pub fn only(mut self, questions: Range<usize>) -> Self {
        let n = self.qids.len();
        self.summarised = questions.start.min(n)..questions.end.min(n);
        self
    }

    /// Takes the key terms from another run over the same responses that reads every answer
    /// ([`Run::shared_terms`], given with [`Run::take_terms`]), so this one tokenises only the
    /// questions it summarises. Those must be the first ones (`only(0..k)`): words are numbered
    /// in the order they are met, and the first questions are met first in either run, so
    /// everything this run makes is what a full run makes. Otherwise nothing changes.
    pub fn terms_from_elsewhere(mut self) -> Self {
        self.terms_elsewhere = self.summarised.start == 0 && self.next == 0;
        self
    }

    /// How many questions the run tokenises.
    fn tokenising(&self) -> usize {
        if self.terms_elsewhere {
            self.summarised.end
        } else {
            self.qids.len()
        }
    }

    /// How many steps the run takes.
    pub fn steps(&self) -> usize {
        self.tokenising() + self.summarised.len()
    }

    /// Whether every question it reads has been tokenised (and, unless they come from
    /// elsewhere, the key terms ranked).
    pub fn tokenised(&self) -> bool {
        self.builder.is_none()
    }

    /// The key terms of the questions at `questions`, for a run that takes them from elsewhere;
    /// `None` until every answer is tokenised.
    pub fn shared_terms(&self, questions: Range<usize>) -> Option<SharedTerms> {
        if !self.tokenised() || self.terms_elsewhere {
            return None;
        }
        let mut classes = Vec::new();
        for (lang, per_question) in &self.ranked {
            for (qi, ranked) in per_question.iter().enumerate() {
                if !questions.contains(&qi) {
                    continue;
                }
                classes.push(SharedClass {
                    language: self.corpus.languages[*lang].clone(),
                    question: qi,
                    terms: ranked
                        .iter()
                        .map(|t| SharedTerm {
                            stems: t
                                .key
                                .iter()
                                .filter(|s| **s != STOP)
                                .map(|s| self.corpus.stems[*s as usize].clone())
                                .collect(),
                            score: t.score,
                            df: t.df,
                        })
                        .collect(),
                });
            }
        }
        Some(SharedTerms(classes))
    }

    /// Takes the key terms another run shared; the questions already summarised get theirs now,
    /// the others as they are summarised.
    pub fn take_terms(&mut self, shared: SharedTerms) {
        let n = self.qids.len();
        let stem_ids: HashMap<&str, u32> = self
            .corpus
            .stems
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_str(), i as u32))
            .collect();
        let mut ranked: BTreeMap<usize, Vec<Vec<Ranked>>> = BTreeMap::new();
        for class in shared.0 {
            let Some(lang) = self
                .corpus
                .languages
                .iter()
                .position(|l| *l == class.language)
            else {
                continue;
            };
            if class.question >= n {
                continue;
            }
            let terms = class
                .terms
                .iter()
                .filter_map(|t| {
                    let mut key = [STOP; 3];
                    for (slot, stem) in key.iter_mut().zip(&t.stems) {
                        *slot = *stem_ids.get(stem.as_str())?;
                    }
                    Some(Ranked {
                        key,
                        score: t.score,
                        df: t.df,
                    })
                })
                .collect();
            ranked.entry(lang).or_insert_with(|| vec![Vec::new(); n])[class.question] = terms;
        }
        self.ranked = ranked;
        for q in &mut self.questions {
            let qi = q.number - 1;
            let answers = self.corpus.answers_to(qi);
            let langs = languages_of(&self.corpus, &answers);
            q.terms = key_terms(&self.corpus, qi, &answers, &langs, &self.ranked);
        }
    }

    /// How many responses it covers.
    pub fn responses(&self) -> usize {
        self.kept.len()
    }

    /// The responses it covers, in response-id order.
    pub fn kept(&self) -> &[&'a Response] {
        &self.kept
    }

    /// Does the next step; returns `false` once there is none left.
    pub fn step(&mut self, analyzer: &Analyzer) -> bool {
        let n = self.tokenising();
        if self.next >= self.steps() {
            return false;
        }
        if self.next < n {
            if let Some(builder) = self.builder.as_mut() {
                builder.add_question(&self.kept, &self.qids[self.next], self.next, analyzer);
            }
            if self.next + 1 == n {
                self.corpus = self
                    .builder
                    .take()
                    .map(CorpusBuilder::finish)
                    .unwrap_or_default();
                if !self.terms_elsewhere {
                    self.rank_terms();
                }
            }
        } else {
            let qi = self.summarised.start + self.next - n;
            let answers = self.corpus.answers_to(qi);
            let text = self.questionnaire.questions[qi].text.get("en");
            self.questions.push(question(
                &self.corpus,
                &self.kept,
                &self.qids,
                qi,
                text,
                &answers,
                &self.ranked,
            ));
        }
        self.next += 1;
        true
    }

    /// Key terms: within each language, each question's answers against the other questions'.
    fn rank_terms(&mut self) {
        let mut classes: BTreeMap<usize, Vec<ClassCounts>> = BTreeMap::new();
        for a in &self.corpus.answers {
            let per_q = classes.entry(a.language).or_insert_with(|| {
                (0..self.qids.len())
                    .map(|_| ClassCounts::default())
                    .collect()
            });
            per_q[a.question].add_answer(a.sentences.iter().map(|s| s.stems.as_slice()), 3);
        }
        self.ranked = classes
            .iter()
            .map(|(lang, cs)| (*lang, terms::rank(cs, TERMS)))
            .collect();
    }

    /// Takes the steps not yet taken.
    fn complete(&mut self) {
        if self.next < self.steps() {
            let analyzer = Analyzer::new();
            while self.step(&analyzer) {}
        }
    }

    /// The summaries of the questions this run covers, in questionnaire order: a part for
    /// another run's [`Run::adopt`].
    pub fn part(mut self) -> Vec<QuestionSynthesis> {
        self.complete();
        self.questions
    }

    /// Summarises every question from its first one on: for when the other run that was to
    /// make the rest cannot. (Not for a run that takes its terms from elsewhere, which has not
    /// read the rest: start a new run.)
    pub fn widen(&mut self) {
        if !self.terms_elsewhere {
            self.summarised.end = self.qids.len();
        }
    }

    /// Takes in the summaries another run made of the questions this one leaves out.
    pub fn adopt(&mut self, part: Vec<QuestionSynthesis>) {
        self.questions.extend(part);
        self.questions.sort_by_key(|q| q.number);
        self.questions.dedup_by_key(|q| q.number);
    }

    /// The synthesis; steps not yet taken are taken first.
    pub fn finish(mut self) -> Synthesis {
        self.complete();
        let kept = &self.kept;
        let mut contributions: Vec<String> = kept
            .iter()
            .filter_map(|r| people::contribution_line(r))
            .collect();
        contributions.sort();
        contributions.dedup();
        Synthesis {
            responses: kept.len(),
            overview: people::breakdowns(kept.iter().copied()),
            questions: self.questions,
            contributions,
            drafts: kept
                .iter()
                .filter(|r| r.status == crate::core::response::Status::Draft)
                .count(),
        }
    }
}

fn question(
    corpus: &Corpus,
    responses: &[&Response],
    qids: &[String],
    qi: usize,
    text: &str,
    answers: &[&Answer],
    ranked: &BTreeMap<usize, Vec<Vec<Ranked>>>,
) -> QuestionSynthesis {
    let qid = &qids[qi];
    let texts: Vec<&str> = answers
        .iter()
        .map(|a| responses[a.response].answer(qid))
        .collect();
    let mut words: Vec<usize> = texts.iter().map(|t| count(t).words).collect();
    words.sort_unstable();
    let length = if words.is_empty() {
        LengthStats::default()
    } else {
        LengthStats {
            min: words[0],
            median: words[words.len() / 2],
            mean: (words.iter().sum::<usize>() as f64 / words.len() as f64).round() as usize,
            max: words[words.len() - 1],
        }
    };

    // Near-duplicates: every member but the first is left out of themes and summaries.
    let as_words: Vec<duplicates::Text> = answers
        .iter()
        .zip(&texts)
        .map(|(a, t)| duplicates::Text {
            chars: duplicates::normalised_chars(t),
            words: a
                .sentences
                .iter()
                .flat_map(|s| s.words.iter().copied())
                .collect(),
        })
        .collect();
    let groups = duplicates::groups(&as_words);
    let mut echo: BTreeSet<usize> = BTreeSet::new();
    let duplicates_out = {
        let mut out: Vec<DuplicateGroup> = groups
            .iter()
            .map(|g| {
                echo.extend(g.iter().skip(1));
                let quotable = g
                    .iter()
                    .find(|&&i| people::attribution(responses[answers[i].response]).is_some());
                DuplicateGroup {
                    size: g.len(),
                    excerpt: quotable.map(|&i| excerpt(texts[i])),
                    responses: g
                        .iter()
                        .map(|&i| responses[answers[i].response].id.to_string())
                        .collect(),
                }
            })
            .collect();
        out.sort_by(|a, b| b.size.cmp(&a.size).then(a.responses.cmp(&b.responses)));
        out
    };

    let langs = languages_of(corpus, answers);
    let key_terms = key_terms(corpus, qi, answers, &langs, ranked);
    let mut themes = Vec::new();
    let mut summaries = Vec::new();
    for (lang, members) in &langs {
        let language = corpus.languages[*lang].clone();
        let voices: Vec<usize> = members
            .iter()
            .copied()
            .filter(|i| !echo.contains(i))
            .collect();
        let (lang_themes, summary) =
            themes_and_summary(corpus, responses, qids, answers, &voices, &language);
        themes.extend(lang_themes);
        if !summary.is_empty() {
            summaries.push(LanguageSummary {
                language,
                sentences: summary,
            });
        }
    }
    QuestionSynthesis {
        id: qid.clone(),
        number: qi + 1,
        text: text.to_string(),
        answered: answers.len(),
        breakdowns: people::breakdowns(answers.iter().map(|a| responses[a.response])),
        length,
        terms: key_terms,
        themes,
        summary: summaries,
        duplicates: duplicates_out,
    }
}

/// The answers' languages (indices into `answers`), most answers first, then by tag.
fn languages_of(corpus: &Corpus, answers: &[&Answer]) -> Vec<(usize, Vec<usize>)> {
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

/// A question's key terms per language, in their most common written form.
fn key_terms(
    corpus: &Corpus,
    qi: usize,
    answers: &[&Answer],
    langs: &[(usize, Vec<usize>)],
    ranked: &BTreeMap<usize, Vec<Vec<Ranked>>>,
) -> Vec<LanguageTerms> {
    let mut key_terms = Vec::new();
    for (lang, members) in langs {
        let Some(ranked) = ranked.get(lang).and_then(|r| r.get(qi)) else {
            continue;
        };
        let keys: Vec<[u32; 3]> = ranked.iter().map(|t| t.key).collect();
        let sentences = members.iter().flat_map(|&i| {
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
            .collect();
        key_terms.push(LanguageTerms {
            language: corpus.languages[*lang].clone(),
            answers: members.len(),
            terms,
        });
    }
    key_terms
}

/// Unigram and bigram counts of some sentences: the features of themes and summaries.
fn features<'a>(sentences: impl Iterator<Item = &'a [u32]>) -> Counts {
    corpus::counts(sentences, 2)
}

fn themes_and_summary(
    corpus: &Corpus,
    responses: &[&Response],
    qids: &[String],
    answers: &[&Answer],
    voices: &[usize],
    language: &str,
) -> (Vec<Theme>, Vec<Quote>) {
    // Themes need a few voices; below that the answers are listed, not grouped.
    if voices.len() < MIN_THEME_VOICES {
        return (Vec::new(), Vec::new());
    }
    let docs: Vec<Counts> = voices
        .iter()
        .map(|&i| features(answers[i].sentences.iter().map(|s| s.stems.as_slice())))
        .collect();
    // Themes and quotes are found in the space of single words (half the features of words and
    // pairs, and as good at telling topics apart); the pairs still name the themes.
    let words: Vec<Counts> = docs
        .iter()
        .map(|d| {
            d.iter()
                .filter(|(k, _)| k[1] == STOP)
                .map(|(k, n)| (*k, *n))
                .collect()
        })
        .collect();
    let space = Space::learn(&words, if docs.len() >= 20 { 2 } else { 1 });
    let vectors: Vec<Sparse> = words.iter().map(|d| space.vector(d)).collect();
    let clustering = cluster::themes(&vectors, space.dims(), MAX_THEMES, SAMPLE);

    // Quotable sentences, with their vectors.
    let mut candidates: Vec<(usize, usize, Sparse)> = Vec::new(); // (voice index, sentence index, vector)
    let quotable: Vec<(usize, usize)> = voices
        .iter()
        .enumerate()
        .filter(|(_, i)| people::attribution(responses[answers[**i].response]).is_some())
        .flat_map(|(v, &i)| {
            answers[i]
                .sentences
                .iter()
                .enumerate()
                .filter(|(_, s)| s.stems.iter().filter(|x| **x != STOP).count() >= 4)
                .map(move |(si, _)| (v, si))
        })
        .collect();
    // Thousands of candidates say nothing more than a few thousand evenly spaced ones.
    let step = quotable.len().div_ceil(CANDIDATES).max(1);
    for &(v, si) in quotable.iter().step_by(step) {
        let s = &answers[voices[v]].sentences[si];
        candidates.push((
            v,
            si,
            space.vector(&features(std::iter::once(s.stems.as_slice()))),
        ));
    }
    let quote = |v: usize, si: usize| {
        let a = answers[voices[v]];
        let r = responses[a.response];
        Quote {
            text: corpus
                .sentence_text(responses, qids, a, &a.sentences[si])
                .to_string(),
            attribution: people::attribution(r).unwrap_or_default(),
            anonymous: people::is_anonymous(r).then(|| {
                (
                    people::group_label(r.respondent.stakeholder_group)
                        .0
                        .to_string(),
                    r.respondent
                        .country
                        .map(|c| c.code().to_string())
                        .unwrap_or_default(),
                )
            }),
            response: r.id.to_string(),
        }
    };

    // Theme labels: each cluster's phrases against the other clusters'.
    let k = clustering.centres.len();
    let mut classes: Vec<ClassCounts> = (0..k).map(|_| ClassCounts::default()).collect();
    // The answers' one- and two-word counts are already made for the vectors.
    for (v, &c) in clustering.assignment.iter().enumerate() {
        classes[c].add_counts(&docs[v]);
    }
    let labels = terms::rank(&classes, 3);
    let all_keys: Vec<[u32; 3]> = labels.iter().flatten().map(|t| t.key).collect();
    let surfaces = terms::surfaces(
        corpus,
        voices.iter().flat_map(|&i| {
            answers[i]
                .sentences
                .iter()
                .map(|s| (s.stems.as_slice(), s.words.as_slice()))
        }),
        &all_keys,
    );
    let mut themes: Vec<Theme> = (0..k)
        .map(|c| {
            let members: Vec<usize> = (0..voices.len())
                .filter(|v| clustering.assignment[*v] == c)
                .collect();
            let mut near: Vec<(f32, usize, usize)> = candidates
                .iter()
                .filter(|(v, ..)| clustering.assignment[*v] == c)
                .map(|(v, si, vec)| (cluster::dot(vec, &clustering.centres[c]), *v, *si))
                .collect();
            near.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            let mut quotes: Vec<Quote> = Vec::new();
            let mut used_voices = BTreeSet::new();
            let mut used_texts = BTreeSet::new();
            for (_, v, si) in near {
                if quotes.len() == 3 {
                    break;
                }
                // One quote per respondent and no sentence twice, so a theme shows several
                // voices saying different things.
                let q = quote(v, si);
                let key: String = q
                    .text
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect();
                if !used_voices.contains(&v) && used_texts.insert(key) {
                    used_voices.insert(v);
                    quotes.push(q);
                }
            }
            Theme {
                language: language.to_string(),
                label: labels[c]
                    .iter()
                    .filter_map(|t| surfaces.get(&t.key).cloned())
                    .collect(),
                voices: members.len(),
                groups: people::breakdowns(
                    members
                        .iter()
                        .map(|&v| responses[answers[voices[v]].response]),
                )
                .group,
                quotes,
            }
        })
        .filter(|t| t.voices > 0)
        .collect();
    themes.sort_by(|a, b| b.voices.cmp(&a.voices).then(a.label.cmp(&b.label)));

    // Summary: LexRank over the candidates closest to the centre of all answers.
    let centre = {
        let mut c = vec![0.0f32; space.dims()];
        for v in &vectors {
            for (i, w) in v {
                c[*i as usize] += w;
            }
        }
        c
    };
    let mut order: Vec<(f32, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(i, (_, _, v))| (cluster::dot(v, &centre), i))
        .collect();
    order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    order.truncate(SUMMARY_CANDIDATES);
    order.sort_by_key(|(_, i)| *i);
    let pool: Vec<Sparse> = order
        .iter()
        .map(|(_, i)| candidates[*i].2.clone())
        .collect();
    let count = if voices.len() < 20 { 3 } else { 5 };
    let summary = summary::lexrank(&pool, count)
        .into_iter()
        .map(|p| {
            let (v, si, _) = &candidates[order[p].1];
            quote(*v, *si)
        })
        .collect();
    (themes, summary)
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

/// The rows of the answer list for one question, filtered and searched: every answer with its
/// respondent, for the secretariat's own reading (exports follow publication choices instead).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerRow {
    /// The response id.
    pub response: String,
    /// The answer.
    pub text: String,
    /// Name, or empty.
    pub name: String,
    /// Organisation, or empty.
    pub organisation: String,
    /// Stakeholder group key (`civil-society`, `unknown`), for the page to name.
    pub group: String,
    /// ISO 3166-1 country code, or empty.
    pub country: String,
    /// Form language.
    pub language: String,
    /// Publication choice key: `named`, `anonymous`, `none` or `unknown`.
    pub publication: String,
}

/// Answers to question `qid` from responses the filter admits whose text contains every word
/// of `search` (case-insensitive), in response-id order.
pub fn answer_rows<'a>(
    responses: impl IntoIterator<Item = &'a Response>,
    qid: &str,
    filter: &Filter,
    search: &str,
) -> Vec<AnswerRow> {
    let needles: Vec<String> = search.split_whitespace().map(str::to_lowercase).collect();
    let mut rows: Vec<(&ResponseId, AnswerRow)> = responses
        .into_iter()
        .filter(|r| filter.admits(r))
        .filter_map(|r| {
            let text = r.answer(qid);
            if text.trim().is_empty() {
                return None;
            }
            let lower = text.to_lowercase();
            if !needles.iter().all(|n| lower.contains(n.as_str())) {
                return None;
            }
            let p = &r.respondent;
            Some((
                &r.id,
                AnswerRow {
                    response: r.id.to_string(),
                    text: text.to_string(),
                    name: p.name.clone(),
                    organisation: p.organisation.clone(),
                    group: people::group_label(p.stakeholder_group).0.to_string(),
                    country: p.country.map(|c| c.code().to_string()).unwrap_or_default(),
                    language: r.language.clone(),
                    publication: match r.publication {
                        Some(Publication::Named) => "named",
                        Some(Publication::Anonymous) => "anonymous",
                        Some(Publication::DoNotPublish) => "none",
                        None => "unknown",
                    }
                    .to_string(),
                },
            ))
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(b.0));
    rows.into_iter().map(|(_, r)| r).collect()
}
