//! A language's summary of a question: the most central sentence of each theme, largest theme first, then LexRank over the sentences closest to the centre of all its answers; no two saying the same thing.

use super::cluster::{self, Sparse};
use super::corpus::Answer;
use super::lexrank;
use super::model::Quote;
use super::question::Texts;
use super::themes::{self, Found};

/// Sentences LexRank chooses among: the candidates closest to the centre.
const SUMMARY_CANDIDATES: usize = 300;

/// Three sentences for a few voices, five from twenty: first the most central sentence of each
/// theme, largest first, that no quote already shows and no sentence before it says (so the
/// summary covers the largest themes); then, if there are fewer themes, LexRank's most central
/// sentences of all the answers that say something new.
pub(super) fn central(texts: &Texts, voices: &[&Answer], found: &Found) -> Vec<Quote> {
    let count = if voices.len() < 20 { 3 } else { 5 };
    let candidates = &found.candidates;
    let mut chosen: Vec<usize> = Vec::new();
    for sentences in &found.sentences {
        if chosen.len() == count {
            break;
        }
        let fresh = |&&i: &&usize| {
            !chosen
                .iter()
                .any(|&j| candidates[j].voice == candidates[i].voice)
                && themes::says_something_new(candidates, &chosen, i)
        };
        let unquoted = sentences
            .iter()
            .filter(|i| !found.quoted.contains(i))
            .find(fresh);
        if let Some(&i) = unquoted.or_else(|| sentences.iter().find(fresh)) {
            chosen.push(i);
        }
    }
    if chosen.len() < count {
        for i in lexrank_order(found, count) {
            if chosen.len() == count {
                break;
            }
            if !chosen.contains(&i) && themes::says_something_new(candidates, &chosen, i) {
                chosen.push(i);
            }
        }
    }
    chosen
        .into_iter()
        .map(|i| texts.quote(voices[candidates[i].voice], candidates[i].sentence))
        .collect()
}

/// Up to `count` central, mutually distinct sentences of all the answers (indices into
/// `found.candidates`), by LexRank over the [`SUMMARY_CANDIDATES`] closest to their centre.
fn lexrank_order(found: &Found, count: usize) -> Vec<usize> {
    let (space, vectors, candidates) = (&found.space, &found.vectors, &found.candidates);
    let mut centre = vec![0.0f32; space.dims()];
    for v in vectors {
        for (i, w) in v {
            centre[*i as usize] += w;
        }
    }
    let mut order: Vec<(f32, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (cluster::dot(&c.vector, &centre), i))
        .collect();
    order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    order.truncate(SUMMARY_CANDIDATES);
    order.sort_by_key(|(_, i)| *i);
    let pool: Vec<Sparse> = order
        .iter()
        .map(|(_, i)| candidates[*i].vector.clone())
        .collect();
    lexrank::lexrank(&pool, count)
        .into_iter()
        .map(|p| order[p].1)
        .collect()
}
