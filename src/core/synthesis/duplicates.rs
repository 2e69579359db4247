//! Near-duplicate answers — the same text pasted by several respondents, a campaign — found by MinHash over word shingles with locality-sensitive hashing, then confirmed by Jaccard similarity. Works on the corpus's word ids (lower-cased words; Chinese cut into words by its segmenter), so no text is read twice.

use rustc_hash::FxHashMap as HashMap;

use super::model::CAMPAIGN;

/// Texts shorter than this (once normalised: lower-cased words joined by single spaces) are
/// never grouped: "Yes." twice is no campaign.
pub const MIN_CHARS: usize = 60;
/// Jaccard similarity of shingle sets from which two answers are one text: 7/10, as a ratio so
/// it is compared exactly.
const THRESHOLD: (usize, usize) = (7, 10);
const BANDS: usize = 10;
const ROWS: usize = 6;
const BINS: usize = BANDS * ROWS;
/// Signatures agreeing in fewer bins than this are from texts far below [`THRESHOLD`] (the
/// share of agreeing bins estimates the Jaccard similarity, give or take 0.06 at 60 bins: this
/// is four of those below 0.7), so their shingles are not compared. (At 33 bins, two and a half
/// below, the 10,000-response benchmark's near-duplicate search took 0.11 s instead of 0.15 s
/// over its seven questions, and grouped 7 of its 1,456 repeated answers fewer.)
const MIN_AGREEING_BINS: usize = 27;
const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// An answer as near-duplicate detection sees it.
pub struct Text {
    /// The length of its normalised form, in characters ([`normalised_chars`]).
    pub chars: usize,
    /// Its words, as ids: equal words, equal ids.
    pub words: Vec<u32>,
}

/// Groups of near-identical texts: indices into `texts`, each group sorted, groups ordered by
/// their first member. Only groups of two or more are returned.
pub fn groups(texts: &[Text]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..texts.len()).collect();
    // Identical texts first: cheap, and it keeps buckets small for the near-duplicate pass.
    let mut exact: HashMap<&[u32], usize> = HashMap::default();
    let mut representatives = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        if t.chars < MIN_CHARS {
            continue;
        }
        match exact.get(t.words.as_slice()) {
            Some(&first) => union(&mut parent, first, i),
            None => {
                exact.insert(&t.words, i);
                representatives.push(i);
            }
        }
    }
    let shingles: Vec<Vec<u64>> = representatives
        .iter()
        .map(|&i| shingle_set(&texts[i].words))
        .collect();
    let signatures: Vec<[u64; BINS]> = shingles.iter().map(|s| minhash(s)).collect();
    // The buckets, as (band, key, representative) sorted: each run of one band and key is a
    // bucket, its members in the order of the texts.
    let mut buckets: Vec<(u8, u64, u32)> = Vec::with_capacity(representatives.len() * BANDS);
    for (r, signature) in signatures.iter().enumerate() {
        for b in 0..BANDS {
            let key = signature[b * ROWS..(b + 1) * ROWS]
                .iter()
                .fold(SEED, |h, x| fnv(h, *x));
            buckets.push((b as u8, key, r as u32));
        }
    }
    buckets.sort_unstable();
    for bucket in buckets.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        let member = |j: usize| bucket[j].2 as usize;
        // Each member is compared with the bucket's first and with its predecessor, not with
        // every other member: linear even when a campaign fills a bucket.
        for j in 1..bucket.len() {
            for other in [member(0), member(j - 1)] {
                let m = member(j);
                let (a, b) = (representatives[other], representatives[m]);
                if find(&mut parent, a) != find(&mut parent, b)
                    && similar_signatures(&signatures[other], &signatures[m])
                    && similar(&shingles[other], &shingles[m])
                {
                    union(&mut parent, a, b);
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

/// The rank of the group whose size says how much a question's answers repeat one another as
/// a matter of course ([`ordinary`]).
const ORDINARY_RANK: usize = 5;

/// How many times a question's answers repeat one text as a matter of course: the size of its
/// fifth largest group of near-identical answers when that group has [`CAMPAIGN`] answers or
/// more, otherwise 0. Written answers hardly ever repeat one another: a few groups are copies,
/// each made on purpose. Five texts each sent by five people or more are how that call's
/// answers are written (a template handed round, stock phrases, a generated corpus): a copy
/// among them says no more than its neighbours do.
pub fn ordinary(sizes: impl IntoIterator<Item = usize>) -> usize {
    let mut sizes: Vec<usize> = sizes.into_iter().filter(|&n| n >= 2).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes
        .get(ORDINARY_RANK - 1)
        .copied()
        .filter(|&n| n >= CAMPAIGN)
        .unwrap_or(0)
}

/// Whether a group of `size` near-identical answers stands out from the question's
/// [`ordinary`] repetition: more than two and a half times as large. Only such a group is
/// counted once (a campaign, if it has [`CAMPAIGN`] answers or more); the others are as many
/// voices as answers. With no ordinary repetition, every group stands out.
pub fn stands_out(size: usize, ordinary: usize) -> bool {
    2 * size > 5 * ordinary
}

/// How long `text` is once normalised (its letters and digits, lower-cased, its words joined
/// by single spaces), without making the normalised text.
pub fn normalised_chars(text: &str) -> usize {
    let (mut chars, mut words, mut in_word) = (0, 0, false);
    if text.is_ascii() {
        for b in text.bytes() {
            let alnum = b.is_ascii_alphanumeric();
            chars += usize::from(alnum);
            words += usize::from(alnum && !in_word);
            in_word = alnum;
        }
    } else {
        for c in text.chars() {
            let alnum = super::letters::alphanumeric(c);
            if alnum {
                // Lower-casing gives one character for every character but 'İ' (U+0130, which
                // gives two): Unicode's only one-to-many lower-case mapping. Counted without
                // looking it up.
                chars += 1 + usize::from(c == '\u{130}');
            }
            words += usize::from(alnum && !in_word);
            in_word = alnum;
        }
    }
    chars + words.saturating_sub(1)
}

/// Hashes of 3-word shingles; a text of fewer words is one shingle.
fn shingle_set(words: &[u32]) -> Vec<u64> {
    let mut set: Vec<u64> = words
        .windows(words.len().clamp(1, 3))
        .map(|w| w.iter().fold(SEED, |h, id| fnv(h, u64::from(*id))))
        .collect();
    set.sort_unstable();
    set.dedup();
    set
}

/// A MinHash signature by one-permutation hashing: each shingle is hashed once and falls in one
/// of the bins (by the high bits of its hash, a multiplication instead of a division), each bin
/// keeping its minimum; empty bins borrow from the next non-empty one (Shrivastava's
/// densification). One hash per shingle instead of one per bin.
fn minhash(set: &[u64]) -> [u64; BINS] {
    let mut sig = [u64::MAX; BINS];
    for &x in set {
        let h = mix(x);
        let bin = ((u128::from(h) * BINS as u128) >> 64) as usize;
        if h < sig[bin] {
            sig[bin] = h;
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

/// Whether two signatures agree in enough bins for their texts to be worth comparing.
fn similar_signatures(a: &[u64; BINS], b: &[u64; BINS]) -> bool {
    a.iter().zip(b).filter(|(x, y)| x == y).count() >= MIN_AGREEING_BINS
}

/// Whether the Jaccard similarity of two sorted sets is at least [`THRESHOLD`]. Stops as soon
/// as too few shared elements can remain: most pairs compared fall short, and are found so early.
fn similar(a: &[u64], b: &[u64]) -> bool {
    // |A ∩ B| / |A ∪ B| ≥ p/q  ⇔  (p + q) |A ∩ B| ≥ p (|A| + |B|).
    let (p, q) = THRESHOLD;
    let needed = (p * (a.len() + b.len())).div_ceil(p + q);
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        if both + (a.len() - i).min(b.len() - j) < needed {
            return false;
        }
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
    both >= needed
}

fn fnv(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x0100_0000_01b3)
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

    /// Words as ids, as the corpus makes them (lower-cased, interned).
    fn texts(raw: &[&str]) -> Vec<Text> {
        let mut ids: HashMap<String, u32> = HashMap::default();
        raw.iter()
            .map(|t| Text {
                chars: normalised_chars(t),
                words: t
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(|w| {
                        let n = ids.len() as u32;
                        *ids.entry(w.to_lowercase()).or_insert(n)
                    })
                    .collect(),
            })
            .collect()
    }

    #[test]
    fn only_a_group_that_stands_out_from_the_ordinary_repetition_is_counted_once() {
        // Few copies: every group stands out, a pair as much as a campaign.
        assert_eq!(ordinary([8, 2, 2, 3]), 0);
        assert!(stands_out(2, 0));
        // Five groups but the fifth is small: still copies made on purpose.
        assert_eq!(ordinary([40, 9, 7, 6, 4, 2, 2]), 0);
        // Five texts sent five times or more: that is how this call's answers are written.
        let sizes = [120, 21, 20, 17, 16, 16, 15, 2, 2];
        assert_eq!(ordinary(sizes), 16);
        assert!(stands_out(120, 16));
        assert!(!stands_out(40, 16));
        assert!(stands_out(41, 16));
        assert!(!stands_out(21, 16));
    }

    #[test]
    fn finds_a_campaign_with_small_edits() {
        let edited = CAMPAIGN.replace("every", "each").to_uppercase();
        let raw = [
            CAMPAIGN,
            "Our CERT trains judges and prosecutors on digital evidence, which has helped cooperation a lot.",
            edited.as_str(),
            "Yes.",
            "Yes.",
            CAMPAIGN,
        ];
        assert_eq!(groups(&texts(&raw)), vec![vec![0, 2, 5]]);
    }

    #[test]
    fn different_answers_on_the_same_topic_are_not_duplicates() {
        let raw = [
            "Information sharing between CERTs and law enforcement works best through trusted personal contacts built over years.",
            "Information sharing between banks and CERTs works best through a sector ISAC with clear rules on confidentiality.",
        ];
        assert!(groups(&texts(&raw)).is_empty());
    }

    #[test]
    fn the_early_stopping_comparison_agrees_with_the_jaccard_similarity() {
        // Sets of every size to 12 drawn from 0..16, by a fixed sequence: every case at 7/10
        // exactly (7 of 10, 14 of 20) is among them.
        let mut x = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let set = |next: &mut dyn FnMut() -> u64| -> Vec<u64> {
            let n = next() % 13;
            let mut s: Vec<u64> = (0..n).map(|_| next() % 16).collect();
            s.sort_unstable();
            s.dedup();
            s
        };
        let mut at_threshold = 0;
        for _ in 0..20_000 {
            let (a, b) = (set(&mut next), set(&mut next));
            let both = a.iter().filter(|v| b.contains(v)).count();
            let union = a.len() + b.len() - both;
            let exact = union == 0 || 10 * both >= 7 * union;
            at_threshold += usize::from(union > 0 && 10 * both == 7 * union);
            assert_eq!(similar(&a, &b), exact, "{a:?} {b:?}");
        }
        assert!(at_threshold > 0);
    }

    #[test]
    fn the_normalised_length_is_counted_without_the_text() {
        assert_eq!(normalised_chars("  Hello,   world! "), "hello world".len());
        assert_eq!(
            normalised_chars("Ça va, très bien."),
            "ça va très bien".chars().count()
        );
        assert_eq!(normalised_chars("网络安全很重要。"), 7);
        assert_eq!(normalised_chars("...!"), 0);
        // The one character whose lower case is two.
        assert_eq!(
            normalised_chars("İstanbul"),
            "İstanbul".to_lowercase().chars().count()
        );
        // Every character's lower case is one character, but that one.
        assert!(
            (0..=0x10FFFF)
                .filter_map(char::from_u32)
                .all(|c| c.to_lowercase().count() == 1 + usize::from(c == '\u{130}'))
        );
    }
}
