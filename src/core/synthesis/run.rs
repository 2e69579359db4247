//! A synthesis in steps: tokenise each question's answers, rank the key terms, then summarise each question; so a worker can report progress and stay responsive between steps.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use super::corpus::{Corpus, CorpusBuilder, Vocabulary};
use super::filter::Filter;
use super::model::{Campaign, CitedDocument, Progress, QuestionSynthesis, SelfNamed, Synthesis};
use super::question::{self, RankedTerms, Texts};
use super::terms::{self, ClassCounts};
use super::text::{Analyzer, is_non_answer};
use super::{concepts, nouns, people};
use crate::core::questionnaire::Questionnaire;
use crate::core::response::{Response, Status};

/// Synthesises `responses` (already de-duplicated) for `questionnaire`, keeping those the
/// filter admits. Sorts by response id first, so input order never matters. `progress` hears
/// how many steps there are before the first (0 done), then of each.
pub fn synthesize<'a>(
    responses: impl IntoIterator<Item = &'a Response>,
    questionnaire: &'a Questionnaire,
    filter: &Filter,
    analyzer: &Analyzer,
    progress: &mut dyn FnMut(Progress),
) -> Synthesis {
    let read = filter.read(responses);
    let mut run = Run::over(&read, questionnaire, filter);
    let total = run.steps();
    let mut done = 0;
    progress(Progress { done, total });
    while run.step(analyzer) {
        done += 1;
        progress(Progress { done, total });
    }
    run.finish()
}

/// Key-term counts per language (its index in the corpus), then per question.
pub(super) type Classes = BTreeMap<usize, Vec<ClassCounts>>;

/// A synthesis in steps. [`synthesize`] runs it in one go; `share` splits it between two.
pub struct Run<'a> {
    pub(super) kept: Vec<&'a Response>,
    questionnaire: &'a Questionnaire,
    pub(super) qids: Vec<String>,
    builder: Option<CorpusBuilder>,
    pub(super) corpus: Corpus,
    /// The multilingual lexicon in the corpus's stem ids, made once the corpus is.
    concepts: concepts::Index,
    /// Stems that never make a key term or label, made once the corpus is.
    weak: rustc_hash::FxHashSet<u32>,
    cues: nouns::Cues,
    pub(super) ranked: RankedTerms,
    /// The questions this run summarises (all of them unless [`Run::only`] narrowed it).
    pub(super) summarised: Range<usize>,
    /// Whether the key terms come from another run ([`Run::terms_from_elsewhere`]).
    pub(super) terms_elsewhere: bool,
    /// Whether it tokenises only the questions it summarises, taking the earlier questions'
    /// vocabulary and key-term counts from the run that tokenised them ([`Run::after_others`]).
    pub(super) after_others: bool,
    /// Whether it has tokenised its questions and waits for that ([`Run::take_tokenised`]).
    waiting: bool,
    pub(super) questions: Vec<QuestionSynthesis>,
    pub(super) next: usize,
    /// How many of the responses it covers are drafts read as sent ([`Filter::drafts`]).
    drafts_as_sent: usize,
    /// Whether drafts are read as sent.
    drafts_read: bool,
}

impl<'a> Run<'a> {
    /// Prepares a run over what [`Filter::read`] made of the responses, those the filter
    /// admits, in response-id order.
    pub fn over(
        read: &'a [Cow<'a, Response>],
        questionnaire: &'a Questionnaire,
        filter: &Filter,
    ) -> Self {
        let mut run = Self::new(read.iter().map(Cow::as_ref), questionnaire, filter);
        run.drafts_as_sent = read
            .iter()
            .filter(|r| matches!(r, Cow::Owned(_)) && filter.admits(r))
            .count();
        run
    }

    /// Prepares a run over the responses the filter admits, in response-id order, read as
    /// they are (see [`Run::over`] for drafts read as sent).
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
            concepts: concepts::Index::default(),
            weak: Default::default(),
            cues: Default::default(),
            ranked: BTreeMap::new(),
            summarised: 0..questionnaire.questions.len(),
            terms_elsewhere: false,
            after_others: false,
            waiting: false,
            questions: Vec::new(),
            next: 0,
            drafts_as_sent: 0,
            drafts_read: filter.drafts,
        }
    }

    /// How many questions the run tokenises.
    fn tokenising(&self) -> usize {
        if self.terms_elsewhere {
            self.summarised.end
        } else if self.after_others {
            self.summarised.len()
        } else {
            self.qids.len()
        }
    }

    /// Whether it has tokenised its questions and cannot go on before it is given the earlier
    /// questions' vocabulary and counts ([`Run::take_tokenised`]).
    pub fn waiting(&self) -> bool {
        self.waiting
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
            concepts: &self.concepts,
            weak: &self.weak,
            cues: &self.cues,
            names: &nouns::UNKNOWN,
        }
    }

    /// Does the next step; returns `false` once there is none left.
    pub fn step(&mut self, analyzer: &Analyzer) -> bool {
        let n = self.tokenising();
        if self.next >= self.steps() || self.waiting {
            return false;
        }
        if self.next < n {
            let qi = if self.after_others {
                self.summarised.start + self.next
            } else {
                self.next
            };
            // A choice question's answers are choice ids, not words: counted, never read.
            let words = self.questionnaire.questions[qi].kind.is_text();
            if let Some(builder) = self.builder.as_mut().filter(|_| words) {
                builder.add_question(&self.kept, &self.qids[qi], qi, analyzer);
            }
            if self.next + 1 == n {
                self.corpus = self
                    .builder
                    .take()
                    .map(CorpusBuilder::finish)
                    .unwrap_or_default();
                if self.after_others {
                    self.waiting = true;
                    self.next += 1;
                    return true;
                }
                self.concepts = concepts::Index::new(&self.corpus, analyzer);
                self.weak = terms::weak_stems(&self.corpus, analyzer);
                self.cues = nouns::Cues::new(&self.corpus);
                if !self.terms_elsewhere {
                    self.rank_terms();
                }
            }
        } else {
            let qi = self.summarised.start + self.next - n;
            let asked = &self.questionnaire.questions[qi];
            let q = question::question(&self.texts(), qi, asked, &self.ranked);
            self.questions.push(q);
        }
        self.next += 1;
        true
    }

    /// Key terms: within each language, each question's answers against the other questions'
    /// (answers that say nothing, or nothing the questions are about, left out).
    /// An answer that repeats another word for word (a campaign's copies) counts once: only
    /// its first copy. (Copies with small edits are found later, per question, for the themes
    /// and the figures; finding them here too would cost every question's near-duplicate search
    /// before a partner can hand over its terms.)
    fn rank_terms(&mut self) {
        let mut classes = Classes::new();
        self.count_classes(0..self.qids.len(), &mut classes);
        self.rank(&classes);
    }

    /// Adds to `classes` the answers to `questions` that key terms are ranked on.
    pub(super) fn count_classes(&self, questions: Range<usize>, classes: &mut Classes) {
        let texts = self.texts();
        for qi in questions {
            let answers = texts.corpus.answers_to(qi);
            let echoes = question::exact_copies(&texts, &answers);
            let other = texts.off_topic(&answers);
            for (i, a) in answers.iter().enumerate() {
                if !a.substantive || echoes.contains(&i) || other.contains(&i) {
                    continue;
                }
                classes.entry(a.language).or_insert_with(|| {
                    (0..self.qids.len())
                        .map(|_| ClassCounts::default())
                        .collect()
                })[a.question]
                    .add_answer(a.sentences.iter().map(|s| s.stems.as_slice()), 3);
            }
        }
    }

    /// Ranks the key terms of every class.
    pub(super) fn rank(&mut self, classes: &Classes) {
        self.ranked = classes
            .iter()
            .map(|(lang, cs)| (*lang, terms::rank(cs, question::RANKED_TERMS)))
            .collect();
    }

    /// Takes the vocabulary the run over the earlier questions met, and its key-term counts:
    /// this run's words are renumbered after it, as one run over every question numbers them,
    /// and the key terms of every question are ranked. A run not waiting is left as it is.
    pub(super) fn take_tokenised(
        &mut self,
        vocabulary: &Vocabulary,
        mut classes: Classes,
        analyzer: &Analyzer,
    ) {
        if !self.waiting {
            return;
        }
        self.corpus.follow(vocabulary);
        self.concepts = concepts::Index::new(&self.corpus, analyzer);
        self.weak = terms::weak_stems(&self.corpus, analyzer);
        self.cues = nouns::Cues::new(&self.corpus);
        self.count_classes(self.summarised.clone(), &mut classes);
        self.rank(&classes);
        self.waiting = false;
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
        let contributions = people::contributors(kept.iter().copied());
        let voices: Vec<&Response> = independent(kept, &self.qids, &self.questions);
        Synthesis {
            responses: kept.len(),
            overview: people::breakdowns(kept.iter().copied()),
            voices: voices.len(),
            voice_overview: people::breakdowns(voices.iter().copied()),
            campaigns: campaigns(&self.questions),
            self_named: self_named(&self.questions),
            questions: self.questions,
            contributions,
            documents: documents(kept),
            anonymous: people::breakdowns(
                kept.iter()
                    .copied()
                    .filter(|r| people::may_quote(r) && people::is_anonymous(r)),
            ),
            drafts: kept.iter().filter(|r| r.status == Status::Draft).count() + self.drafts_as_sent,
            drafts_read_as_sent: self.drafts_read,
            excluded: Vec::new(),
            unmatched_edits: 0,
            comments: Default::default(),
        }
    }
}

/// Every document the responses were sent with: those Part II may list (a named contributor's
/// or an NRI's) first, by who sent them, then the others; each in the order given.
fn documents(kept: &[&Response]) -> Vec<CitedDocument> {
    let mut out: Vec<CitedDocument> = kept
        .iter()
        .flat_map(|r| {
            let by = people::contributor(r);
            let publication = r
                .publication
                .map_or(crate::core::response::NOT_STATED, |p| p.key());
            r.documents.iter().map(move |d| CitedDocument {
                title: d.title.trim().to_string(),
                link: d.link.trim().to_string(),
                description: d.description.trim().to_string(),
                by: by.clone(),
                publication: publication.to_string(),
                response: r.id.to_string(),
            })
        })
        .filter(|d| !d.title.is_empty())
        .collect();
    out.sort_by(|a, b| (a.by.is_none(), &a.by, &a.title).cmp(&(b.by.is_none(), &b.by, &b.title)));
    out
}

/// The responses that are independent voices: all but those whose every answer that says
/// something only repeats another response's (an echo in a group of near-identical answers
/// counted once).
/// Only the responses with an echo are looked at again.
fn independent<'a>(
    kept: &[&'a Response],
    qids: &[String],
    questions: &[QuestionSynthesis],
) -> Vec<&'a Response> {
    let mut echoed: HashMap<&str, usize> = HashMap::default();
    for q in questions {
        for d in q.duplicates.iter().filter(|d| d.counted_once) {
            for r in d.responses.iter().skip(1) {
                *echoed.entry(r.as_str()).or_insert(0) += 1;
            }
        }
    }
    if echoed.is_empty() {
        return kept.to_vec();
    }
    kept.iter()
        .copied()
        .filter(|r| {
            let Some(&echoes) = echoed.get(r.id.as_str()) else {
                return true;
            };
            // Choosing from a list says nothing of one's own: only written answers count.
            let said = qids
                .iter()
                .zip(questions)
                .filter(|(_, s)| s.choices.is_empty())
                .map(|(q, _)| q)
                .filter(|q| {
                    let a = r.answer(q);
                    !a.trim().is_empty() && !is_non_answer(a)
                })
                .count();
            echoes < said
        })
        .collect()
}

/// The campaigns of every question, one per text: a group in a later question sent mostly by
/// the senders of one campaign already found (more than half of the smaller of the two) is that
/// campaign. Linear in the senders: each response points to the campaign it was last seen in.
fn campaigns(questions: &[QuestionSynthesis]) -> Vec<Campaign> {
    let mut out: Vec<Campaign> = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::default();
    for q in questions {
        for d in &q.duplicates {
            let Some(senders) = &d.campaign else {
                continue;
            };
            let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
            for r in &d.responses {
                if let Some(&c) = seen.get(r.as_str()) {
                    *votes.entry(c).or_insert(0) += 1;
                }
            }
            let same = votes
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .filter(|&(c, n)| n * 2 > out[c].size.min(d.size))
                .map(|(c, _)| c);
            let c = match same {
                Some(c) => {
                    let campaign = &mut out[c];
                    campaign.questions.push(q.number);
                    if d.size > campaign.size {
                        campaign.size = d.size;
                        campaign.senders = senders.clone();
                    }
                    if campaign.excerpt.is_none() {
                        campaign.excerpt = d.excerpt.clone();
                    }
                    c
                }
                None => {
                    out.push(Campaign {
                        questions: vec![q.number],
                        size: d.size,
                        excerpt: d.excerpt.clone(),
                        senders: senders.clone(),
                    });
                    out.len() - 1
                }
            };
            for r in &d.responses {
                seen.insert(r.as_str(), c);
            }
        }
    }
    out.sort_by(|a, b| b.size.cmp(&a.size).then(a.questions.cmp(&b.questions)));
    out
}

/// The answers in which a respondent who is not to be named names themself, over every
/// question.
fn self_named(questions: &[QuestionSynthesis]) -> SelfNamed {
    let mut out = SelfNamed::default();
    for q in questions {
        out.masked += q.self_named.masked;
        out.unpublished += q.self_named.unpublished;
        out.questions.extend(&q.self_named.questions);
        out.responses.extend(q.self_named.responses.iter().cloned());
    }
    out.responses.sort();
    out.responses.dedup();
    out
}
