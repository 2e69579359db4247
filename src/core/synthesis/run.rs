//! A synthesis in steps: tokenise each question's answers, rank the key terms, then summarise each question; so a worker can report progress and stay responsive between steps.

use std::collections::BTreeMap;
use std::ops::Range;

use super::corpus::{Corpus, CorpusBuilder};
use super::filter::Filter;
use super::model::{Progress, QuestionSynthesis, Synthesis};
use super::people;
use super::question::{self, RankedTerms, Texts};
use super::terms::{self, ClassCounts};
use super::text::Analyzer;
use crate::core::questionnaire::Questionnaire;
use crate::core::response::{Response, Status};

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

/// A synthesis in steps. [`synthesize`] runs it in one go; `share` splits it between two.
pub struct Run<'a> {
    pub(super) kept: Vec<&'a Response>,
    questionnaire: &'a Questionnaire,
    pub(super) qids: Vec<String>,
    builder: Option<CorpusBuilder>,
    pub(super) corpus: Corpus,
    pub(super) ranked: RankedTerms,
    /// The questions this run summarises (all of them unless [`Run::only`] narrowed it).
    pub(super) summarised: Range<usize>,
    /// Whether the key terms come from another run ([`Run::terms_from_elsewhere`]).
    pub(super) terms_elsewhere: bool,
    pub(super) questions: Vec<QuestionSynthesis>,
    pub(super) next: usize,
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

    /// How many responses it covers.
    pub fn responses(&self) -> usize {
        self.kept.len()
    }

    /// The responses it covers, in response-id order.
    pub fn kept(&self) -> &[&'a Response] {
        &self.kept
    }

    /// What the per-question analysis reads.
    pub(super) fn texts(&self) -> Texts<'_, 'a> {
        Texts {
            corpus: &self.corpus,
            responses: &self.kept,
            qids: &self.qids,
        }
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
            let text = self.questionnaire.questions[qi].text.get("en");
            let q = question::question(&self.texts(), qi, text, &self.ranked);
            self.questions.push(q);
        }
        self.next += 1;
        true
    }

    /// Key terms: within each language, each question's answers against the other questions'.
    fn rank_terms(&mut self) {
        let mut classes: BTreeMap<usize, Vec<ClassCounts>> = BTreeMap::new();
        for a in self.corpus.answers.iter().filter(|a| a.substantive) {
            let per_q = classes.entry(a.language).or_insert_with(|| {
                (0..self.qids.len())
                    .map(|_| ClassCounts::default())
                    .collect()
            });
            per_q[a.question].add_answer(a.sentences.iter().map(|s| s.stems.as_slice()), 3);
        }
        self.ranked = classes
            .iter()
            .map(|(lang, cs)| (*lang, terms::rank(cs, question::RANKED_TERMS)))
            .collect();
    }

    /// Takes the steps not yet taken.
    pub(super) fn complete(&mut self) {
        if self.next < self.steps() {
            let analyzer = Analyzer::new();
            while self.step(&analyzer) {}
        }
    }

    /// The synthesis; steps not yet taken are taken first.
    pub fn finish(mut self) -> Synthesis {
        self.complete();
        let kept = &self.kept;
        let contributions = people::contribution_lines(kept.iter().copied());
        Synthesis {
            responses: kept.len(),
            overview: people::breakdowns(kept.iter().copied()),
            questions: self.questions,
            contributions,
            anonymous: people::breakdowns(
                kept.iter()
                    .copied()
                    .filter(|r| people::may_quote(r) && people::is_anonymous(r)),
            ),
            drafts: kept.iter().filter(|r| r.status == Status::Draft).count(),
        }
    }
}
