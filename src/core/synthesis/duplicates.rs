//! Near-duplicate answers — the same text pasted by several respondents, a campaign — found by MinHash over word shingles with locality-sensitive hashing, then confirmed by Jaccard similarity.

use rustc_hash::FxHashMap as HashMap;

/// Texts shorter than this (once normalised) are never grouped: "Yes." twice is no campaign.
const MIN_CHARS: usize = 60;
/// Jaccard similarity of shingle sets from which two answers are one text.
const THRESHOLD: f64 = 0.7;
const BANDS: usize = 10;
const ROWS: usize = 6;

/// Groups of near-identical texts: indices into `texts`, each group sorted, groups ordered by
/// their first member. Only groups of two or more are returned.
pub fn groups(texts: &[&str]) -> Vec<Vec<usize>> {
    let normalised: Vec<String> = texts.iter().map(|t| normalise(t)).collect();
    let mut parent: Vec<usize> = (0..texts.len()).collect();
    // Identical texts first: cheap, and it keeps buckets small for the near-duplicate pass.
    let mut exact: HashMap<&str, usize> = HashMap::default();
    let mut representatives = Vec::new();
    for (i, n) in normalised.iter().enumerate() {
        if n.chars().count() < MIN_CHARS {
            continue;
        }
        match exact.get(n.as_str()) {
            Some(&first) => union(&mut parent, first, i),
            None => {
                exact.insert(n, i);
                representatives.push(i);
            }
        }
    }
    let shingles: HashMap<usize, Vec<u64>> = representatives
        .iter()
        .map(|&i| (i, shingle_set(&normalised[i])))
        .collect();
    let mut buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::default();
    for &i in &representatives {
        let signature = minhash(&shingles[&i]);
        for b in 0..BANDS {
            let key = signature[b * ROWS..(b + 1) * ROWS]
                .iter()
                .fold(0xcbf2_9ce4_8422_2325u64, |h, x| fnv(h, *x));
            buckets.entry((b, key)).or_default().push(i);
        }
    }
    let mut keys: Vec<_> = buckets.keys().copied().collect();
    keys.sort();
    for key in keys {
        let members = &buckets[&key];
        // Each member is compared with the bucket's first and with its predecessor, not with
        // every other member: linear even when a campaign fills a bucket.
        for j in 1..members.len() {
            for other in [members[0], members[j - 1]] {
                let m = members[j];
                if find(&mut parent, other) != find(&mut parent, m)
                    && jaccard(&shingles[&other], &shingles[&m]) >= THRESHOLD
                {
                    union(&mut parent, other, m);
                }
            }
        }
    }
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::default();
    for i in 0..texts.len() {
        let r = find(&mut parent, i);
        by_root.entry(r).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = by_root.into_values().filter(|g| g.len() > 1).collect();
    out.iter_mut().for_each(|g| g.sort_unstable());
    out.sort();
    out
}

fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Hashes of 3-word shingles, or of 4-character ones for text without spaces (Chinese).
fn shingle_set(text: &str) -> Vec<u64> {
    let words: Vec<&str> = text.split(' ').collect();
    let mut set: Vec<u64> = if words.len() >= 6 {
        words
            .windows(3)
            .map(|w| {
                w.iter()
                    .fold(0xcbf2_9ce4_8422_2325u64, |h, s| hash_str(h, s))
            })
            .collect()
    } else {
        let chars: Vec<char> = text.chars().collect();
        chars
            .windows(4)
            .map(|w| {
                w.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, c| {
                    fnv(h, u64::from(*c as u32))
                })
            })
            .collect()
    };
    set.sort_unstable();
    set.dedup();
    set
}

/// A MinHash signature by one-permutation hashing: each shingle is hashed once and falls in one
/// of the bins, each bin keeping its minimum; empty bins borrow from the next non-empty one
/// (Shrivastava's densification). One hash per shingle instead of one per bin.
fn minhash(set: &[u64]) -> [u64; BANDS * ROWS] {
    const BINS: usize = BANDS * ROWS;
    let mut sig = [u64::MAX; BINS];
    for &x in set {
        let h = mix(x);
        let bin = (h % BINS as u64) as usize;
        let value = h / BINS as u64;
        if value < sig[bin] {
            sig[bin] = value;
        }
    }
    if sig.iter().all(|v| *v == u64::MAX) {
        return sig;
    }
    let filled = sig;
    for (i, slot) in sig.iter_mut().enumerate() {
        if *slot != u64::MAX {
            continue;
        }
        let mut j = (i + 1) % BINS;
        while filled[j] == u64::MAX {
            j = (j + 1) % BINS;
        }
        // Offset by the distance so borrowed values differ from their source bin.
        *slot = filled[j].wrapping_add(((j + BINS - i) % BINS) as u64);
    }
    sig
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - both;
    if union == 0 {
        1.0
    } else {
        both as f64 / union as f64
    }
}

fn fnv(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x0100_0000_01b3)
}

fn hash_str(h: u64, s: &str) -> u64 {
    s.bytes().fold(fnv(h, 0xff), |h, b| fnv(h, u64::from(b)))
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    // The smaller index is the root, so the groups do not depend on the order of merges.
    if ra != rb {
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[hi] = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAMPAIGN: &str = "We call on all governments to adopt the Global Cyber Charter, protect encryption and fund national CERTs in every least developed country.";

    #[test]
    fn finds_a_campaign_with_small_edits() {
        let edited = CAMPAIGN.replace("every", "each").to_uppercase();
        let texts = vec![
            CAMPAIGN,
            "Our CERT trains judges and prosecutors on digital evidence, which has helped cooperation a lot.",
            edited.as_str(),
            "Yes.",
            "Yes.",
            CAMPAIGN,
        ];
        assert_eq!(groups(&texts), vec![vec![0, 2, 5]]);
    }

    #[test]
    fn different_answers_on_the_same_topic_are_not_duplicates() {
        let texts = [
            "Information sharing between CERTs and law enforcement works best through trusted personal contacts built over years.",
            "Information sharing between banks and CERTs works best through a sector ISAC with clear rules on confidentiality.",
        ];
        assert!(groups(&texts).is_empty());
    }
}
