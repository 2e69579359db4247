//! A language's summary of a question: LexRank over the quotable sentences closest to the centre of all its answers.

use super::cluster::{self, Space, Sparse};
use super::corpus::Answer;
use super::lexrank;
use super::model::Quote;
use super::question::Texts;
use super::themes::Candidate;

/// Sentences LexRank chooses among: the candidates closest to the centre.
const SUMMARY_CANDIDATES: usize = 300;

/// The most central, mutually distinct sentences: three for a few voices, five from twenty.
pub(super) fn central(
    texts: &Texts,
    voices: &[&Answer],
    space: &Space,
    vectors: &[Sparse],
    candidates: &[Candidate],
) -> Vec<Quote> {
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
    let count = if voices.len() < 20 { 3 } else { 5 };
    lexrank::lexrank(&pool, count)
        .into_iter()
        .map(|p| {
            let c = &candidates[order[p].1];
            texts.quote(voices[c.voice], c.sentence)
        })
        .collect()
}
