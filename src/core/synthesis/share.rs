//! Sharing a synthesis between two workers: each tokenises the questions it summarises, the *lead* the first ones, the *partner* the rest, at the same time; the lead hands the partner its vocabulary and key-term counts, the partner renumbers its words after the lead's, ranks every question's key terms, sends the lead those of its questions, and both summarise. Same result, byte for byte, as one run: words are numbered in the order they are met, which the renumbering restores. [`lead`] and [`follow`] are the one driver, used by the worker, the benchmark and the tests.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

use super::corpus::{STOP, Vocabulary};
use super::filter::Filter;
use super::model::{Progress, QuestionSynthesis, Synthesis};
use super::nouns;
use super::question::{self, RankedTerms};
use super::run::{Classes, Run};
use super::terms::{ClassCounts, Ranked};
use super::text::Analyzer;
use crate::core::questionnaire::Questionnaire;
use crate::core::response::Response;

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

/// What the lead's tokenising gives the partner: its vocabulary, and the key-term counts of its
/// questions in that vocabulary's numbers ([`Run::tokenised_part`], taken by
/// [`Run::take_tokenised`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Tokenised {
    vocabulary: Vocabulary,
    classes: Vec<SharedCounts>,
}

/// The key-term counts of one question in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct SharedCounts {
    language: usize,
    question: usize,
    answers: u32,
    /// Phrase, occurrences, answers using it; by phrase.
    terms: Vec<([u32; 3], u32, u32)>,
}

/// When a synthesis is shared.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sharing {
    /// Below this many responses one worker analyses alone: the hand-over, and the partner's
    /// code running cold, cost more than sharing saves (measured: at 1,000 responses sharing was
    /// slower, at 10,000 it saved about 0.3 s; docs/benchmark.md).
    pub from: usize,
    /// A synthesis asked for while the partner is still loading waits for it at most this long
    /// per response (about what sharing saves: the analysis takes about 0.15 ms a response in
    /// one worker, and sharing takes off about a third)…
    pub wait_per_response_ms: f64,
    /// …and never longer than this.
    pub max_wait_ms: f64,
}

impl Default for Sharing {
    fn default() -> Self {
        Self {
            from: 5_000,
            wait_per_response_ms: 0.05,
            max_wait_ms: 5_000.0,
        }
    }
}

/// The other worker, as the lead sees it. Its messages are asynchronous; a partner that fails
/// answers `None` (or `false`), and the lead does everything itself.
// Not `Send`: both workers are single-threaded, and the native benchmark drives its own.
#[allow(async_fn_in_trait)]
pub trait Partner {
    /// Whether it can take a part, waiting at most `ms` milliseconds for one still loading.
    async fn join(&mut self, ms: f64) -> bool;
    /// Asks it to summarise questions `questions` of its own copy of the set, under `filter`.
    fn start(&mut self, questions: Range<usize>, filter: &Filter);
    /// Hands it what the lead's tokenising gave, once the lead has tokenised its questions.
    fn tokenised(&mut self, first: Tokenised);
    /// The key terms of the questions before its part, sent as soon as it has ranked them (once
    /// it has been handed the lead's tokenising).
    async fn terms(&mut self) -> Option<SharedTerms>;
    /// Its part.
    async fn part(&mut self) -> Option<Vec<QuestionSynthesis>>;
}

/// The lead, as the partner sees it.
#[allow(async_fn_in_trait)]
pub trait Lead {
    /// What the lead's tokenising gave ([`Partner::tokenised`]); `None` if it is gone.
    async fn tokenised(&mut self) -> Option<Tokenised>;
    /// Sends it the key terms of its questions; whether it is still there.
    async fn terms(&mut self, terms: SharedTerms) -> bool;
}

/// A synthesis as the lead made it.
#[derive(Debug)]
pub struct Led {
    /// The synthesis.
    pub synthesis: Synthesis,
    /// How many workers made it (1 or 2).
    pub workers: u8,
}

/// Synthesises `responses` under `filter`, sharing the work with `partner` when it is there
/// and the set is large enough. `progress` hears how many steps there are before the first
/// (0 done; the count changes if the partner does not answer), then of each, and answers
/// whether to go on; `None` when it said stop.
pub async fn lead<P: Partner>(
    responses: &[&Response],
    questionnaire: &Questionnaire,
    filter: &Filter,
    analyzer: &Analyzer,
    partner: Option<(&mut P, &Sharing)>,
    mut progress: impl AsyncFnMut(Progress) -> bool,
) -> Option<Led> {
    let n = questionnaire.questions.len();
    let read = filter.read(responses.iter().copied());
    let mut run = Run::over(&read, questionnaire, filter);
    let (mut partner, wait) = match partner {
        Some((p, sharing)) if run.responses() >= sharing.from && n > 1 => {
            // Files chosen as soon as the page opened can be read before the partner has
            // loaded: wait for it as long as sharing would save.
            let wait =
                (run.responses() as f64 * sharing.wait_per_response_ms).min(sharing.max_wait_ms);
            (Some(p), wait)
        }
        _ => (None, 0.0),
    };
    let at = if partner.is_some() { run.halfway() } else { n };
    // Said before anything is done: the wait for a partner that is still loading and the
    // first step (every word of the first question stemmed for the first time) each take
    // seconds at 100,000 responses, and a page would show nothing meanwhile. Shared, this run
    // takes `at` steps to tokenise and `at` to summarise, the partner `n - at`.
    let planned = if partner.is_some() {
        at + n
    } else {
        run.steps()
    };
    if !progress(Progress {
        done: 0,
        total: planned,
    })
    .await
    {
        return None;
    }
    if let Some(p) = partner.as_deref_mut() {
        if p.join(wait).await {
            p.start(at..n, filter);
            run = run.only(0..at).terms_from_elsewhere();
        } else {
            partner = None;
        }
    }
    let total = run.steps() + if partner.is_some() { n - at } else { 0 };
    let mut done = 0;
    let mut handed = false;
    while run.step(analyzer) {
        done += 1;
        if let Some(p) = partner.as_deref_mut()
            && !handed
            && run.tokenised()
        {
            handed = true;
            p.tokenised(run.tokenised_part());
        }
        if !progress(Progress { done, total }).await {
            return None;
        }
    }
    let Some(p) = partner else {
        return Some(Led {
            synthesis: run.finish(),
            workers: 1,
        });
    };
    // First the key terms of this run's questions, then the partner's part.
    let part = match p.terms().await {
        Some(terms) => {
            run.take_terms(terms);
            p.part().await
        }
        None => None,
    };
    Some(match part {
        Some(part) => {
            run.adopt(part);
            Led {
                synthesis: run.finish(),
                workers: 2,
            }
        }
        // The partner could not do its part: everything here.
        None => Led {
            synthesis: super::synthesize(
                responses.iter().copied(),
                questionnaire,
                filter,
                analyzer,
                &mut |_| {},
            ),
            workers: 1,
        },
    })
}

/// The partner's side: summarises `questions` of `responses` under `filter`. It tokenises
/// them, takes what the lead's tokenising gave, ranks the key terms and sends the lead those of
/// the questions before `questions`; then summarises.
pub async fn follow(
    responses: &[&Response],
    questionnaire: &Questionnaire,
    filter: &Filter,
    analyzer: &Analyzer,
    questions: Range<usize>,
    lead: &mut impl Lead,
) -> Vec<QuestionSynthesis> {
    let before = 0..questions.start;
    let read = filter.read(responses.iter().copied());
    let mut run = Run::over(&read, questionnaire, filter)
        .only(questions)
        .after_others();
    let mut sent = false;
    loop {
        if !run.step(analyzer) {
            if !run.waiting() {
                break;
            }
            let Some(first) = lead.tokenised().await else {
                break;
            };
            let classes = first.classes(run.qids.len());
            run.take_tokenised(&first.vocabulary, classes, analyzer);
        }
        if !sent && let Some(terms) = run.shared_terms(before.clone()) {
            sent = true;
            if !lead.terms(terms).await {
                break;
            }
        }
    }
    run.part()
}

impl Tokenised {
    /// The counts as a run holds them, for `n` questions; counts of a question past them are
    /// left out.
    fn classes(&self, n: usize) -> Classes {
        let mut classes = Classes::new();
        for c in self.classes.iter().filter(|c| c.question < n) {
            let mut terms = HashMap::with_capacity_and_hasher(c.terms.len(), Default::default());
            terms.extend(c.terms.iter().map(|&(key, n, df)| (key, (n, df))));
            let counts = ClassCounts {
                terms,
                answers: c.answers,
            };
            classes
                .entry(c.language)
                .or_insert_with(|| (0..n).map(|_| ClassCounts::default()).collect())[c.question] =
                counts;
        }
        classes
    }
}

/// What summarising an answer costs, in units of tokenising it, and what the partner's ranking
/// of key terms and hand-over cost, in questions' tokenising: measured in the browser, from
/// each step's time in both workers on the 10,000-response benchmark (docs/benchmark.md).
const SUMMARISING: f64 = 1.4;
const RANKING: f64 = 1.3;

impl<'a> Run<'a> {
    /// Where to split the questions between a lead and its partner: the lead tokenises and
    /// summarises the questions before this position; the partner tokenises every answer,
    /// ranks the key terms and summarises the rest. With the costs of [`SUMMARISING`] and
    /// [`RANKING`], the split makes the larger of the two shares as small as it can. Each run
    /// has at least one question.
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
        let overhead = RANKING * all / n as f64;
        (1..n)
            .min_by(|&a, &b| {
                // The partner ranks once both have tokenised their questions.
                let cost = |at: usize| {
                    let (mine, theirs): (f64, f64) =
                        (sizes[..at].iter().sum(), sizes[at..].iter().sum());
                    let first = (1.0 + SUMMARISING) * mine;
                    let second = mine.max(theirs) + overhead + SUMMARISING * theirs;
                    first.max(second)
                };
                cost(a).total_cmp(&cost(b)).then(a.cmp(&b))
            })
            .unwrap_or(1)
    }

    /// Tokenises only the questions it summarises, then waits ([`Run::waiting`]) for the
    /// vocabulary and key-term counts of the questions before them ([`Run::take_tokenised`]).
    /// Nothing changes for a run that summarises from the first question.
    pub fn after_others(mut self) -> Self {
        self.after_others = self.summarised.start > 0 && self.next == 0 && !self.terms_elsewhere;
        self
    }

    /// What this run's tokenising gave, for the partner's run ([`Run::after_others`]): the
    /// vocabulary and the key-term counts of the questions this run summarises (empty until
    /// every one is tokenised).
    pub fn tokenised_part(&self) -> Tokenised {
        if !self.tokenised() {
            return Tokenised::default();
        }
        let mut classes = Classes::new();
        self.count_classes(self.summarised.clone(), &mut classes);
        let mut shared = Vec::new();
        for (language, per_question) in classes {
            for (question, counts) in per_question.into_iter().enumerate() {
                if counts.answers == 0 {
                    continue;
                }
                let mut terms: Vec<_> = counts
                    .terms
                    .into_iter()
                    .map(|(key, (n, df))| (key, n, df))
                    .collect();
                terms.sort_unstable_by_key(|t| t.0);
                shared.push(SharedCounts {
                    language,
                    question,
                    answers: counts.answers,
                    terms,
                });
            }
        }
        Tokenised {
            vocabulary: self.corpus.vocabulary(),
            classes: shared,
        }
    }

    /// Summarises only the questions at these positions (it still reads every answer, unless
    /// told otherwise: key terms rank each question against the others). Two runs over the
    /// same responses with disjoint ranges, joined by [`Run::adopt`], give exactly what one
    /// full run gives.
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

    /// The key terms of the questions at `questions`, for a run that takes them from elsewhere;
    /// `None` until every answer is tokenised.
    pub fn shared_terms(&self, questions: Range<usize>) -> Option<SharedTerms> {
        if !self.tokenised() || self.terms_elsewhere || self.waiting() {
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
        self.ranked = self.ranked_from(shared);
        let texts = self.texts();
        let terms: Vec<_> = self
            .questions
            .iter()
            .map(|q| {
                let qi = q.number - 1;
                let answers = texts.corpus.answers_to(qi);
                let names = nouns::Names::new(texts.corpus, texts.cues, &answers);
                let langs = question::languages_of(texts.corpus, &answers);
                question::key_terms(&texts.naming(&names), qi, &answers, &langs, &self.ranked)
            })
            .collect();
        for (q, terms) in self.questions.iter_mut().zip(terms) {
            q.terms = terms;
        }
    }

    /// Shared terms numbered by this run's words; those with a word this run never met, or of a
    /// language or question it does not know, are left out.
    fn ranked_from(&self, shared: SharedTerms) -> RankedTerms {
        let n = self.qids.len();
        let stem_ids: HashMap<&str, u32> = self
            .corpus
            .stems
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_str(), i as u32))
            .collect();
        let mut ranked = RankedTerms::new();
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
        ranked
    }

    /// The summaries of the questions this run covers, in questionnaire order: a part for
    /// another run's [`Run::adopt`].
    pub fn part(mut self) -> Vec<QuestionSynthesis> {
        self.complete();
        self.questions
    }

    /// Takes in the summaries another run made of the questions this one leaves out.
    pub fn adopt(&mut self, part: Vec<QuestionSynthesis>) {
        self.questions.extend(part);
        self.questions.sort_by_key(|q| q.number);
        self.questions.dedup_by_key(|q| q.number);
    }
}
