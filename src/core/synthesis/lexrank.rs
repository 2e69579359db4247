//! LexRank: the most central sentences of a set (PageRank over the sentence-similarity graph), on candidates preselected by closeness to the centroid so thousands of answers stay fast.

use super::cluster::{Sparse, sparse_dot};

/// Edges below this cosine similarity are dropped (Erkan & Radev's threshold).
const EDGE: f32 = 0.1;
const DAMPING: f64 = 0.85;
/// Chosen sentences more similar than this to one already chosen are skipped as repetitive
/// (here, and in a theme's quotes and the summary's sentence per theme).
pub(super) const REDUNDANT: f32 = 0.6;

/// Indices of up to `count` central, mutually distinct sentences among `candidates`, most
/// central first. `vectors` are unit length; ties break on index.
pub fn lexrank(vectors: &[Sparse], count: usize) -> Vec<usize> {
    let n = vectors.len();
    if n == 0 {
        return Vec::new();
    }
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        for j in i + 1..n {
            if sparse_dot(&vectors[i], &vectors[j]) >= EDGE {
                neighbours[i].push(j);
                neighbours[j].push(i);
            }
        }
    }
    let mut score = vec![1.0 / n as f64; n];
    for _ in 0..50 {
        let mut next = vec![(1.0 - DAMPING) / n as f64; n];
        // Sentences like no other spread their weight evenly: summed, then given out once.
        let mut spread = 0.0;
        for i in 0..n {
            if neighbours[i].is_empty() {
                spread += DAMPING * score[i] / n as f64;
            } else {
                let share = DAMPING * score[i] / neighbours[i].len() as f64;
                for &j in &neighbours[i] {
                    next[j] += share;
                }
            }
        }
        if spread > 0.0 {
            next.iter_mut().for_each(|x| *x += spread);
        }
        let delta: f64 = next.iter().zip(&score).map(|(a, b)| (a - b).abs()).sum();
        score = next;
        if delta < 1e-9 {
            break;
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = Vec::new();
    for i in order {
        if chosen.len() == count {
            break;
        }
        if chosen
            .iter()
            .all(|&c| sparse_dot(&vectors[c], &vectors[i]) < REDUNDANT)
        {
            chosen.push(i);
        }
    }
    chosen
}
