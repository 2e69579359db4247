//! Themes: answers as TF-IDF vectors, grouped by spherical k-means from seeded k-means++ starts (more of them for fewer answers), the number of groups chosen by the simplified silhouette. Inputs are in response-id order, so the same files in any order give the same themes.

use rustc_hash::FxHashMap as HashMap;

use super::corpus::Counts;

/// A sparse vector: `(feature, weight)` sorted by feature, of unit length.
pub type Sparse = Vec<(u32, f32)>;

/// A small deterministic random generator (SplitMix64): the clustering's only randomness.
pub struct Rng(u64);

impl Rng {
    /// A generator from a fixed seed.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next number in `[0, 1)`.
    pub fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// A TF-IDF feature space learnt from a set of documents: which phrases count, and their
/// inverse document frequencies.
#[derive(Debug, Default)]
pub struct Space {
    index: HashMap<[u32; 3], u32>,
    idf: Vec<f32>,
}

impl Space {
    /// Learns the space from per-document phrase counts; phrases in fewer than `min_df`
    /// documents are left out.
    pub fn learn(docs: &[Counts], min_df: u32) -> Space {
        let mut df: HashMap<[u32; 3], u32> = HashMap::default();
        for d in docs {
            for (k, _) in d {
                *df.entry(*k).or_insert(0) += 1;
            }
        }
        let mut kept: Vec<([u32; 3], u32)> = df.into_iter().filter(|(_, n)| *n >= min_df).collect();
        kept.sort();
        let n = docs.len() as f32;
        let idf = kept
            .iter()
            .map(|(_, df)| ((1.0 + n) / (1.0 + *df as f32)).ln() + 1.0)
            .collect();
        let index = kept
            .into_iter()
            .enumerate()
            .map(|(i, (k, _))| (k, i as u32))
            .collect();
        Space { index, idf }
    }

    /// How many features the space has.
    pub fn dims(&self) -> usize {
        self.idf.len()
    }

    /// The unit-length vector of a document's phrase counts.
    pub fn vector(&self, counts: &[([u32; 3], u32)]) -> Sparse {
        let mut v: Sparse = counts
            .iter()
            .filter_map(|(k, c)| {
                let i = *self.index.get(k)?;
                Some((i, (1.0 + (*c as f32).ln()) * self.idf[i as usize]))
            })
            .collect();
        v.sort_by_key(|(i, _)| *i);
        normalise(&mut v);
        v
    }
}

/// Builds unit-length TF-IDF vectors from per-document term counts. Features seen in fewer
/// than `min_df` documents are dropped. Returns the vectors and the number of features.
#[cfg(test)]
pub fn tfidf(docs: &[Counts], min_df: u32) -> (Vec<Sparse>, usize) {
    let space = Space::learn(docs, min_df);
    (docs.iter().map(|d| space.vector(d)).collect(), space.dims())
}

fn normalise(v: &mut Sparse) {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in v.iter_mut() {
            *w /= norm;
        }
    }
}

/// Dot product of a sparse and a dense vector.
pub fn dot(v: &Sparse, dense: &[f32]) -> f32 {
    v.iter().map(|(i, w)| w * dense[*i as usize]).sum()
}

/// Dot product of two sparse vectors.
pub fn sparse_dot(a: &Sparse, b: &Sparse) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// A clustering: each document's group and the groups' unit-length centres.
#[derive(Debug, Clone)]
pub struct Clustering {
    /// Group of each document.
    pub assignment: Vec<usize>,
    /// Centre of each group, dense, unit length.
    pub centres: Vec<Vec<f32>>,
}

/// Spherical k-means from a k-means++ start drawn with `rng`.
pub fn kmeans(
    docs: &[Sparse],
    dims: usize,
    k: usize,
    rng: &mut Rng,
    max_iter: usize,
) -> Clustering {
    let k = k.clamp(1, docs.len().max(1));
    let mut centres = plus_plus(docs, dims, k, rng);
    let mut assignment = vec![usize::MAX; docs.len()];
    // The centres being made, swapped with the last round's: no allocation per round.
    let mut next = vec![vec![0.0f32; dims]; centres.len()];
    for _ in 0..max_iter {
        let mut changed = false;
        for (d, v) in docs.iter().enumerate() {
            let best = nearest(v, &centres).0;
            if assignment[d] != best {
                assignment[d] = best;
                changed = true;
            }
        }
        recompute_into(docs, &assignment, &centres, &mut next);
        std::mem::swap(&mut centres, &mut next);
        if !changed {
            break;
        }
    }
    Clustering {
        assignment,
        centres,
    }
}

/// The nearest centre and the similarity to it; ties go to the lower index.
pub fn nearest(v: &Sparse, centres: &[Vec<f32>]) -> (usize, f32) {
    let mut best = (0, f32::MIN);
    for (c, centre) in centres.iter().enumerate() {
        let s = dot(v, centre);
        if s > best.1 {
            best = (c, s);
        }
    }
    best
}

/// Greedy k-means++ (as scikit-learn does it): each new centre is the best, by total distance,
/// of `2 + ln k` candidates drawn in proportion to their cosine distance from the centres so far. More robust
/// than plain k-means++, so one start suffices.
fn plus_plus(docs: &[Sparse], dims: usize, k: usize, rng: &mut Rng) -> Vec<Vec<f32>> {
    let dense = |v: &Sparse| {
        let mut d = vec![0.0; dims];
        for (i, w) in v {
            d[*i as usize] = *w;
        }
        d
    };
    let first = (rng.next_f64() * docs.len() as f64) as usize % docs.len();
    let mut centres = vec![dense(&docs[first])];
    let mut dist: Vec<f64> = docs
        .iter()
        .map(|v| f64::from(1.0 - dot(v, &centres[0])).max(0.0))
        .collect();
    let trials = 2 + (k as f64).ln() as usize;
    while centres.len() < k {
        let total: f64 = dist.iter().sum();
        if total <= 0.0 {
            // Every document is on a centre already: take the next one in order.
            centres.push(dense(&docs[centres.len() % docs.len()]));
            continue;
        }
        let mut best: Option<(f64, Vec<f32>, Vec<f64>)> = None;
        for _ in 0..trials {
            let mut target = rng.next_f64() * total;
            let mut pick = docs.len() - 1;
            for (i, d) in dist.iter().enumerate() {
                if target < *d {
                    pick = i;
                    break;
                }
                target -= d;
            }
            let candidate = dense(&docs[pick]);
            let with: Vec<f64> = docs
                .iter()
                .zip(&dist)
                .map(|(v, d)| d.min(f64::from(1.0 - dot(v, &candidate)).max(0.0)))
                .collect();
            let potential: f64 = with.iter().sum();
            if best.as_ref().is_none_or(|(p, ..)| potential < *p) {
                best = Some((potential, candidate, with));
            }
        }
        if let Some((_, candidate, with)) = best {
            dist = with;
            centres.push(candidate);
        }
    }
    centres
}

fn recompute(
    docs: &[Sparse],
    dims: usize,
    k: usize,
    assignment: &[usize],
    old: &[Vec<f32>],
) -> Vec<Vec<f32>> {
    let mut centres = vec![vec![0.0f32; dims]; k];
    recompute_into(docs, assignment, old, &mut centres);
    centres
}

/// [`recompute`] into `centres` (one per group, each as long as the space), whatever they held.
fn recompute_into(
    docs: &[Sparse],
    assignment: &[usize],
    old: &[Vec<f32>],
    centres: &mut [Vec<f32>],
) {
    centres.iter_mut().for_each(|c| c.fill(0.0));
    let mut sizes = vec![0usize; centres.len()];
    for (v, &a) in docs.iter().zip(assignment) {
        sizes[a] += 1;
        for (i, w) in v {
            centres[a][*i as usize] += w;
        }
    }
    for (c, centre) in centres.iter_mut().enumerate() {
        let norm = centre.iter().map(|w| w * w).sum::<f32>().sqrt();
        if sizes[c] == 0 || norm == 0.0 {
            // An emptied group keeps its old centre; the next pass may fill it again.
            centre.clone_from(&old[c]);
        } else {
            centre.iter_mut().for_each(|w| *w /= norm);
        }
    }
}

/// The simplified silhouette (distances to group centres rather than to every point), with
/// each document left out of its own group's centre: near 1 for tight, separate groups, near
/// or below 0 for no structure. Without the leave-one-out, sparse text favours many tiny
/// groups, each document being close to a centre made mostly of itself.
pub fn silhouette(docs: &[Sparse], dims: usize, c: &Clustering) -> f64 {
    let k = c.centres.len();
    if k < 2 || docs.is_empty() {
        return 0.0;
    }
    let mut sums = vec![vec![0.0f32; dims]; k];
    for (v, &a) in docs.iter().zip(&c.assignment) {
        for (i, w) in v {
            sums[a][*i as usize] += w;
        }
    }
    let norms2: Vec<f32> = sums.iter().map(|s| s.iter().map(|w| w * w).sum()).collect();
    let mut total = 0.0;
    for (v, &a) in docs.iter().zip(&c.assignment) {
        // cos(v, S − v) = (v·S − 1) / |S − v|, with |S − v|² = |S|² − 2 v·S + 1.
        let vs = dot(v, &sums[a]);
        let rest = (norms2[a] - 2.0 * vs + 1.0).max(0.0).sqrt();
        let own_sim = if rest > 1e-6 { (vs - 1.0) / rest } else { 0.0 };
        let own = 1.0 - f64::from(own_sim);
        let other = c
            .centres
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != a)
            .map(|(_, centre)| 1.0 - f64::from(dot(v, centre)))
            .fold(f64::MAX, f64::min);
        let m = own.max(other);
        total += if m > 0.0 { (other - own) / m } else { 0.0 };
    }
    total / docs.len() as f64
}

/// How many seeded starts each number of groups gets, at least: with greedy k-means++, two find
/// the planted themes of every generated corpus tested where one sometimes does not…
const RESTARTS: usize = 2;
/// …and as many more as make this many documents clustered in all, up to [`MAX_RESTARTS`]: the
/// fewer the answers, the more a start decides which groups are found, and the cheaper another
/// start is (`docs/synthesis-quality.md`, 2026-12-07, night).
const RESTART_BUDGET: usize = 3_000;
const MAX_RESTARTS: usize = 50;
/// k-means rounds per start while choosing the number of groups.
const SELECTION_ROUNDS: usize = 8;

/// The k-means objective: total similarity of documents to their centres.
fn cohesion(docs: &[Sparse], c: &Clustering) -> f64 {
    docs.iter()
        .zip(&c.assignment)
        .map(|(v, &a)| f64::from(dot(v, &c.centres[a])))
        .sum()
}

/// The silhouette below which a split into groups is not worth reporting.
const MIN_SILHOUETTE: f64 = 0.02;

/// Clusters `docs`, choosing the number of groups (1 to `max_k`) by the silhouette on an
/// evenly spaced sample of at most `sample` documents.
pub fn themes(docs: &[Sparse], dims: usize, max_k: usize, sample: usize) -> Clustering {
    let n = docs.len();
    let single = || Clustering {
        assignment: vec![0; n],
        centres: vec![centre_of(docs, dims)],
    };
    if n < 6 || dims == 0 {
        return single();
    }
    let step = n.div_ceil(sample.max(1));
    let sampled: Vec<Sparse> = docs.iter().step_by(step).cloned().collect();
    let max_k = max_k.min(sampled.len() / 3).max(1);
    let restarts = (RESTART_BUDGET / sampled.len()).clamp(RESTARTS, MAX_RESTARTS);
    let mut best: Option<(f64, usize, Clustering)> = None;
    for k in 2..=max_k {
        // Seeded starts, keeping the tightest. Eight rounds place the groups well enough to
        // compare numbers of groups; the chosen one is refined on every document below.
        let Some((_, c)) = (0..restarts)
            .map(|r| {
                let c = kmeans(
                    &sampled,
                    dims,
                    k,
                    &mut Rng::new(0x5EED_0000 + (k * 64 + r) as u64),
                    SELECTION_ROUNDS,
                );
                (cohesion(&sampled, &c), c)
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
        else {
            continue;
        };
        let s = silhouette(&sampled, dims, &c);
        if best.as_ref().is_none_or(|(bs, ..)| s > *bs + 1e-9) {
            best = Some((s, k, c));
        }
    }
    // Below this, the "groups" are noise: one theme is the honest answer.
    let Some((_, _, start)) = best.filter(|(s, ..)| *s >= MIN_SILHOUETTE) else {
        return single();
    };
    // Refine on every document from the sample's centres.
    let mut c = Clustering {
        assignment: vec![usize::MAX; n],
        centres: start.centres,
    };
    let mut next = vec![vec![0.0f32; dims]; c.centres.len()];
    for _ in 0..15 {
        let mut changed = false;
        for (d, v) in docs.iter().enumerate() {
            let a = nearest(v, &c.centres).0;
            if c.assignment[d] != a {
                c.assignment[d] = a;
                changed = true;
            }
        }
        recompute_into(docs, &c.assignment, &c.centres, &mut next);
        std::mem::swap(&mut c.centres, &mut next);
        if !changed {
            break;
        }
    }
    c
}

/// The groups `assignment` makes (ids need not be consecutive; they are renumbered in order of
/// first appearance), with their centres.
pub fn given(docs: &[Sparse], dims: usize, assignment: &[usize]) -> Clustering {
    let mut ids: Vec<usize> = Vec::new();
    let assignment: Vec<usize> = assignment
        .iter()
        .map(|a| match ids.iter().position(|x| x == a) {
            Some(i) => i,
            None => {
                ids.push(*a);
                ids.len() - 1
            }
        })
        .collect();
    let k = ids.len().max(1);
    let centres = recompute(docs, dims, k, &assignment, &vec![vec![0.0; dims]; k]);
    Clustering {
        assignment,
        centres,
    }
}

fn centre_of(docs: &[Sparse], dims: usize) -> Vec<f32> {
    recompute(docs, dims, 1, &vec![0; docs.len()], &[vec![0.0; dims]]).remove(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(words: &[u32]) -> Counts {
        let sequences: Vec<Vec<u32>> = words.iter().map(|w| vec![*w]).collect();
        super::super::corpus::counts(sequences.iter().map(Vec::as_slice), 1)
    }

    #[test]
    fn separates_planted_groups_and_finds_how_many() {
        // Three vocabularies of five words; each document takes four words of one.
        let mut docs = Vec::new();
        let mut rng = Rng::new(1);
        for i in 0..90u32 {
            let base = (i % 3) * 10;
            let words: Vec<u32> = (0..4)
                .map(|_| base + (rng.next_f64() * 5.0) as u32)
                .collect();
            docs.push(doc(&words));
        }
        let (vectors, dims) = tfidf(&docs, 1);
        let c = themes(&vectors, dims, 8, 1000);
        assert_eq!(c.centres.len(), 3);
        for group in 0..3 {
            let members: std::collections::BTreeSet<_> = (0..90)
                .filter(|i| i % 3 == group)
                .map(|i| c.assignment[i])
                .collect();
            assert_eq!(members.len(), 1, "group {group} split: {members:?}");
        }
    }

    #[test]
    fn noise_is_one_theme() {
        let docs: Vec<_> = (0..40u32)
            .map(|i| doc(&[i * 7 % 41, i * 13 % 41 + 50]))
            .collect();
        let (vectors, dims) = tfidf(&docs, 1);
        assert_eq!(themes(&vectors, dims, 8, 1000).centres.len(), 1);
    }
}
