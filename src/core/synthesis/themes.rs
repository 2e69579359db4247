//! Themes of one language's answers to a question (or of several small languages' together, split by language afterwards): spherical k-means over their words and the lexicon's concepts they speak of, each theme named by its characteristic phrases and quoted by up to three respondents who allow it, saying different things.

use std::collections::BTreeSet;

use super::cluster::{self, Clustering, Space, Sparse};
use super::concepts::CONCEPTS;
use super::corpus::{self, Answer, Counts, STOP};
use super::lexrank;
use super::model::Theme;
use super::people;
use super::question::Texts;
use super::terms::{self, ClassCounts};

/// At most this many themes per question and language.
const MAX_THEMES: usize = 7;
/// Answers the number of themes is chosen on.
const SAMPLE: usize = 400;
/// Sentences considered for quotes and the summary, per question and language, evenly spaced.
const CANDIDATES: usize = 3_000;
/// Quotes per theme.
const QUOTES: usize = 3;
/// The first of the features that stand for concepts (one per concept, counting down): far
/// above any stem id.
const CONCEPT_FEATURES: u32 = STOP - 1;
/// How many times a concept counts, as if its word were written that often: twice (four times
/// grouped the held-out corpus a little better and the generated ones worse,
/// `docs/synthesis-quality.md`).
const CONCEPT_WEIGHT: u32 = 2;
/// Responses that stand for a theme in the secretariat's edits ([`Theme::anchors`]).
const ANCHORS: usize = 12;

/// A sentence that may be quoted: whose it is, which it is, and where it lies.
pub(super) struct Candidate {
    /// Index of its answer among the voices.
    pub voice: usize,
    /// Index of the sentence in the answer.
    pub sentence: usize,
    /// Its vector in the themes' space.
    pub vector: Sparse,
}

/// The themes, and what the summary is chosen from.
pub(super) struct Found {
    /// The themes, most voices first.
    pub themes: Vec<Theme>,
    /// Each theme's voices (indices into the voices it was given).
    pub members: Vec<Vec<usize>>,
    /// Each theme's sentences (indices into `candidates`), most central first.
    pub sentences: Vec<Vec<usize>>,
    /// The sentences quoted under the themes (indices into `candidates`).
    pub quoted: BTreeSet<usize>,
    /// The space of single words the answers were grouped in.
    pub space: Space,
    /// Each voice's vector in it.
    pub vectors: Vec<Sparse>,
    /// The quotable sentences.
    pub candidates: Vec<Candidate>,
}

/// Unigram and bigram counts of some sentences: the features of themes and summaries.
pub(super) fn features<'a>(sentences: impl Iterator<Item = &'a [u32]>) -> Counts {
    corpus::counts(sentences, 2)
}

/// The themes of `voices`, the independent answers in `language`, given each one's concepts
/// (a bit set over [`CONCEPTS`]).
pub(super) fn find(
    texts: &Texts,
    voices: &[&Answer],
    concepts: &[u64],
    language: &str,
    given: Option<&[usize]>,
) -> Found {
    let (docs, space, vectors) = features_of(voices, concepts);
    let clustering = match given {
        Some(assignment) => cluster::given(&vectors, space.dims(), assignment),
        None => cluster::themes(&vectors, space.dims(), MAX_THEMES, SAMPLE),
    };
    let mut found = find_in(texts, voices, language, docs, space, vectors, clustering);
    for (theme, members) in found.themes.iter_mut().zip(&found.members) {
        // One answer has no words in common with others to be named by: ranked against the
        // other themes, its rarest pairs would name it ("ley moderna, ciberdelito da"). It is
        // named by what it speaks of, when the lexicon knows any; its quote gives its words.
        if theme.label.is_empty() || members.len() == 1 {
            let names = concept_names(members.iter().map(|&v| concepts[v]), concepts, language);
            if !names.is_empty() {
                // One phrase, as topics write them: a concept's name may hold a comma.
                theme.label = vec![names.join("; ")];
            }
        }
    }
    found
}

/// A theme none of whose answers may be published (a language's one answer, say) has no words
/// to be named by, nor a theme of one answer words in common: it is named by the lexicon's
/// names, in its language (else English), of the concepts at least half its voices speak of,
/// at most two, the most spoken of first, then those fewest of `all` the voices speak of (as a
/// topic names the concepts its themes speak of more than the others do). These are the
/// lexicon's words, never the answers'; the topics already name concepts so counted.
fn concept_names(
    voices: impl Iterator<Item = u64> + Clone,
    all: &[u64],
    language: &str,
) -> Vec<String> {
    let n = voices.clone().count();
    let l = super::concepts::LANGUAGES
        .iter()
        .position(|x| *x == language)
        .unwrap_or(1);
    let speak =
        |c: usize, of: &mut dyn Iterator<Item = u64>| of.filter(|f| f & (1u64 << c) != 0).count();
    let mut counted: Vec<(usize, usize, usize)> = (0..CONCEPTS.len())
        .map(|c| {
            let k = speak(c, &mut voices.clone());
            (
                c,
                k,
                if k > 0 {
                    speak(c, &mut all.iter().copied())
                } else {
                    0
                },
            )
        })
        .filter(|(_, k, _)| *k > 0 && 2 * k >= n)
        .collect();
    counted.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0)));
    counted
        .into_iter()
        .take(2)
        .map(|(c, ..)| CONCEPTS[c].names[l].to_string())
        .collect()
}

/// The themes of every language's voices together: each voice's group.
pub(super) fn joint(voices: &[&Answer], concepts: &[u64]) -> Vec<usize> {
    let (_, space, vectors) = features_of(voices, concepts);
    cluster::themes(&vectors, space.dims(), MAX_THEMES, SAMPLE).assignment
}

/// Each voice's words and pairs, the space of single words and concepts learnt from them, and
/// each voice's vector in it.
fn features_of(voices: &[&Answer], concepts: &[u64]) -> (Vec<Counts>, Space, Vec<Sparse>) {
    let docs: Vec<Counts> = voices
        .iter()
        .map(|a| features(a.sentences.iter().map(|s| s.stems.as_slice())))
        .collect();
    // Themes and quotes are found in the space of single words (half the features of words and
    // pairs, and as good at telling topics apart); the pairs still name the themes. Each
    // answer's concepts ([`super::concepts`]) count as words of their own, so answers that say
    // one thing in different words ("phishing", "scam calls") come closer.
    let words: Vec<Counts> = docs
        .iter()
        .zip(concepts)
        .map(|(d, &found)| {
            let mut w: Counts = d
                .iter()
                .filter(|(k, _)| k[1] == STOP)
                .map(|(k, n)| (*k, *n))
                .collect();
            w.extend(
                (0..CONCEPTS.len() as u32)
                    .filter(|c| found & (1u64 << c) != 0)
                    .map(|c| ([CONCEPT_FEATURES - c, STOP, STOP], CONCEPT_WEIGHT)),
            );
            w
        })
        .collect();
    let space = Space::learn(&words, if docs.len() >= 20 { 2 } else { 1 });
    let vectors: Vec<Sparse> = words.iter().map(|d| space.vector(d)).collect();
    (docs, space, vectors)
}

fn find_in(
    texts: &Texts,
    voices: &[&Answer],
    language: &str,
    docs: Vec<Counts>,
    space: Space,
    vectors: Vec<Sparse>,
    clustering: Clustering,
) -> Found {
    let candidates = candidates(texts, voices, &space);
    let labels = labels(texts, voices, &docs, &clustering);
    // Each theme with its central sentences, its quotes and its voices.
    type Made = (Theme, Vec<usize>, Vec<usize>, Vec<usize>);
    let mut found: Vec<Made> = labels
        .into_iter()
        .enumerate()
        .map(|(c, label)| {
            let members: Vec<usize> = (0..voices.len())
                .filter(|v| clustering.assignment[*v] == c)
                .collect();
            let sentences = central_sentences(&clustering, &candidates, c);
            let chosen = quotes(texts, voices, &candidates, &sentences);
            let theme = Theme {
                language: language.to_string(),
                label,
                voices: members.len(),
                groups: people::breakdowns(members.iter().map(|&v| texts.response(voices[v])))
                    .group,
                quotes: chosen
                    .iter()
                    .map(|&i| texts.quote(voices[candidates[i].voice], candidates[i].sentence))
                    .collect(),
                anchors: anchors(texts, voices, &vectors, &clustering.centres[c], &members),
                name: None,
            };
            (theme, sentences, chosen, members)
        })
        .filter(|(t, ..)| t.voices > 0)
        .collect();
    found.sort_by(|(a, ..), (b, ..)| b.voices.cmp(&a.voices).then(a.label.cmp(&b.label)));
    let quoted = found
        .iter()
        .flat_map(|(_, _, q, _)| q.iter().copied())
        .collect();
    let mut themes = Vec::new();
    let mut sentences = Vec::new();
    let mut members = Vec::new();
    for (t, s, _, m) in found {
        themes.push(t);
        sentences.push(s);
        members.push(m);
    }
    Found {
        themes,
        members,
        sentences,
        quoted,
        space,
        vectors,
        candidates,
    }
}

/// The ids of the theme's [`ANCHORS`] members nearest its centre, nearest first (ties by id).
fn anchors(
    texts: &Texts,
    voices: &[&Answer],
    vectors: &[Sparse],
    centre: &[f32],
    members: &[usize],
) -> Vec<String> {
    let mut near: Vec<(f32, String)> = members
        .iter()
        .map(|&v| {
            let id = texts.response(voices[v]).id.to_string();
            (cluster::dot(&vectors[v], centre), id)
        })
        .collect();
    near.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    near.into_iter().take(ANCHORS).map(|(_, id)| id).collect()
}

/// The sentences of respondents who allow quotes, with four or more content words, evenly
/// spaced down to [`CANDIDATES`] (thousands say nothing more than a few thousand).
fn candidates(texts: &Texts, voices: &[&Answer], space: &Space) -> Vec<Candidate> {
    let quotable: Vec<(usize, usize)> = voices
        .iter()
        .enumerate()
        .filter(|(_, a)| people::may_quote(texts.response(a)))
        .flat_map(|(v, a)| {
            a.sentences
                .iter()
                .enumerate()
                .filter(|(_, s)| s.stems.iter().filter(|x| **x != STOP).count() >= 4)
                .map(move |(si, _)| (v, si))
        })
        .collect();
    let step = quotable.len().div_ceil(CANDIDATES).max(1);
    quotable
        .into_iter()
        .step_by(step)
        .map(|(voice, sentence)| Candidate {
            voice,
            sentence,
            vector: space.vector(&features(std::iter::once(
                voices[voice].sentences[sentence].stems.as_slice(),
            ))),
        })
        .collect()
}

/// Phrases in a theme's name.
const LABEL_TERMS: usize = 3;

/// Each theme's name: its phrases ranked against the other themes', in their most common
/// written form in the answers that may be published (a phrase only written where it may not
/// be is passed over for the next).
fn labels(
    texts: &Texts,
    voices: &[&Answer],
    docs: &[Counts],
    clustering: &Clustering,
) -> Vec<Vec<String>> {
    let mut classes: Vec<ClassCounts> = (0..clustering.centres.len())
        .map(|_| ClassCounts::default())
        .collect();
    // The answers' one- and two-word counts are already made for the vectors.
    for (v, &c) in clustering.assignment.iter().enumerate() {
        classes[c].add_counts(&docs[v]);
    }
    let ranked: Vec<Vec<terms::Ranked>> = terms::rank(&classes, 3 * LABEL_TERMS)
        .into_iter()
        .map(|r| {
            r.into_iter()
                .filter(|t| !terms::is_weak(&t.key, texts.weak) && !terms::repeats_a_word(&t.key))
                .collect()
        })
        .collect();
    let keys: Vec<[u32; 3]> = ranked.iter().flatten().map(|t| t.key).collect();
    let surfaces = terms::surfaces(
        texts.corpus,
        voices
            .iter()
            .filter(|a| people::may_quote(texts.response(a)))
            .flat_map(|a| {
                a.sentences
                    .iter()
                    .map(|s| (a.language, s.stems.as_slice(), s.words.as_slice()))
            }),
        &keys,
        |l, s, w| texts.names_a_thing(l, s, w),
    );
    // A label's phrases share no word: "regional builds, builds skills" says one thing twice.
    ranked
        .iter()
        .map(|terms| {
            let mut used: Vec<u32> = Vec::new();
            let mut label = Vec::new();
            for t in terms {
                if label.len() == LABEL_TERMS {
                    break;
                }
                let words: Vec<u32> = t.key.iter().copied().filter(|s| *s != STOP).collect();
                let Some(surface) = surfaces.get(&t.key) else {
                    continue;
                };
                if words.iter().any(|w| used.contains(w)) {
                    continue;
                }
                used.extend(words);
                label.push(surface.clone());
            }
            label
        })
        .collect()
}

/// Theme `c`'s quotable sentences (indices into `candidates`), nearest its centre first.
fn central_sentences(clustering: &Clustering, candidates: &[Candidate], c: usize) -> Vec<usize> {
    let mut near: Vec<(f32, usize)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, x)| clustering.assignment[x.voice] == c)
        .map(|(i, x)| (cluster::dot(&x.vector, &clustering.centres[c]), i))
        .collect();
    near.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    near.into_iter().map(|(_, i)| i).collect()
}

/// Whether candidate `i` says something none of `chosen` says (no word vector closer than
/// [`lexrank::REDUNDANT`]).
pub(super) fn says_something_new(candidates: &[Candidate], chosen: &[usize], i: usize) -> bool {
    chosen.iter().all(|&j| {
        cluster::sparse_dot(&candidates[i].vector, &candidates[j].vector) < lexrank::REDUNDANT
    })
}

/// A theme's quotes (indices into `candidates`): its most central sentences, one per respondent,
/// each saying something the ones before it do not, so a theme shows several voices saying
/// different things rather than one sentence three times.
fn quotes(
    texts: &Texts,
    voices: &[&Answer],
    candidates: &[Candidate],
    central: &[usize],
) -> Vec<usize> {
    let mut chosen: Vec<usize> = Vec::new();
    let mut used_voices = BTreeSet::new();
    let mut used_texts = BTreeSet::new();
    for &i in central {
        if chosen.len() == QUOTES {
            break;
        }
        let c = &candidates[i];
        if used_voices.contains(&c.voice) || !says_something_new(candidates, &chosen, i) {
            continue;
        }
        let key: String = texts
            .quote(voices[c.voice], c.sentence)
            .text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if used_texts.insert(key) {
            used_voices.insert(c.voice);
            chosen.push(i);
        }
    }
    chosen
}
