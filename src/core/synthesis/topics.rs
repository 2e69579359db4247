//! One theme list across languages: the themes found in each language are grouped into topics when they speak, more than the question's other themes do, of the same concepts of the multilingual lexicon ([`super::concepts`]). A theme that matches no concept stays a topic of its own. Deterministic: themes are taken largest first, ties in the synthesis's order.

use std::collections::BTreeMap;

use super::concepts::{self, CONCEPTS};
use super::model::{Theme, Topic};
use super::people::Count;

/// A concept is part of a theme's signature when at least this share of its voices speak of it…
const MIN_SHARE: f64 = 0.25;
/// …and this much more than the question's answers do on average.
const MIN_LIFT: f64 = 0.1;
/// Two signatures this close (cosine) are one topic.
const SAME: f64 = 0.5;

/// The topics of a question's `themes`, given for each theme the share of its voices that speak
/// of each concept (`shares[t][c]`). Largest topic first.
pub fn group(themes: &[Theme], shares: &[Vec<f64>]) -> Vec<Topic> {
    let total: f64 = themes.iter().map(|t| t.voices as f64).sum::<f64>().max(1.0);
    let k = CONCEPTS.len();
    let mean: Vec<f64> = (0..k)
        .map(|c| {
            themes
                .iter()
                .zip(shares)
                .map(|(t, s)| s[c] * t.voices as f64)
                .sum::<f64>()
                / total
        })
        .collect();
    let signature = |s: &[f64]| -> Vec<f64> {
        (0..k)
            .map(|c| {
                let lift = s[c] - mean[c];
                if s[c] >= MIN_SHARE && lift >= MIN_LIFT {
                    lift
                } else {
                    0.0
                }
            })
            .collect()
    };
    let mut order: Vec<usize> = (0..themes.len()).collect();
    order.sort_by_key(|&t| std::cmp::Reverse(themes[t].voices));
    // Each topic: its themes, and the voice-weighted sum of their signatures.
    let mut topics: Vec<(Vec<usize>, Vec<f64>)> = Vec::new();
    for t in order {
        let sig = signature(&shares[t]);
        let weighted: Vec<f64> = sig.iter().map(|x| x * themes[t].voices as f64).collect();
        if sig.iter().all(|x| *x == 0.0) {
            topics.push((vec![t], weighted));
            continue;
        }
        let best = topics
            .iter()
            .enumerate()
            .map(|(i, (_, s))| (i, cosine(s, &sig)))
            .filter(|(_, c)| *c >= SAME)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        match best {
            Some((i, _)) => {
                topics[i].0.push(t);
                for (a, b) in topics[i].1.iter_mut().zip(&weighted) {
                    *a += b;
                }
            }
            None => topics.push((vec![t], weighted)),
        }
    }
    // Topics named alike (one's strongest concept among the other's: "awareness; SMEs" and
    // "phishing; awareness") are one: a reader would see one subject named twice. Merging may
    // rename a topic, so until no two are alike.
    loop {
        let names: Vec<Vec<usize>> = topics.iter().map(|(_, sig)| named(sig)).collect();
        let twin = (0..topics.len()).find_map(|a| {
            (a + 1..topics.len())
                .find(|&b| alike(&names[a], &names[b]))
                .map(|b| (a, b))
        });
        let Some((a, b)) = twin else {
            break;
        };
        let (members, sig) = topics.remove(b);
        topics[a].0.extend(members);
        for (x, y) in topics[a].1.iter_mut().zip(sig) {
            *x += y;
        }
    }
    let mut out: Vec<Topic> = topics
        .into_iter()
        .map(|(mut members, sig)| {
            members.sort_unstable();
            let concepts = named(&sig);
            let mut languages: BTreeMap<String, usize> = BTreeMap::new();
            let mut groups: BTreeMap<(String, String), usize> = BTreeMap::new();
            for &t in &members {
                *languages.entry(themes[t].language.clone()).or_insert(0) += themes[t].voices;
                for g in &themes[t].groups {
                    *groups.entry((g.key.clone(), g.label.clone())).or_insert(0) += g.count;
                }
            }
            Topic {
                concepts: concepts
                    .iter()
                    .map(|&c| CONCEPTS[c].key.to_string())
                    .collect(),
                voices: members.iter().map(|&t| themes[t].voices).sum(),
                themes: members,
                languages: counts(languages.into_iter().map(|(l, n)| ((l.clone(), l), n))),
                groups: counts(groups.into_iter()),
            }
        })
        .collect();
    out.sort_by(|a, b| b.voices.cmp(&a.voices).then(a.themes.cmp(&b.themes)));
    out
}

/// Whether two topics' names (their concepts, strongest first) are alike: one's strongest
/// concept is among the other's.
fn alike(a: &[usize], b: &[usize]) -> bool {
    !a.is_empty() && !b.is_empty() && (b.contains(&a[0]) || a.contains(&b[0]))
}

/// The concepts a topic is named by, strongest first: at most two, each at least half as
/// strong as the strongest (indices into [`CONCEPTS`]).
fn named(sig: &[f64]) -> Vec<usize> {
    let strongest = sig.iter().copied().fold(0.0, f64::max);
    let mut concepts: Vec<(usize, f64)> = sig
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, w)| *w > 0.0 && *w >= strongest * 0.5)
        .collect();
    concepts.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    concepts.truncate(2);
    concepts.into_iter().map(|(c, _)| c).collect()
}

/// A topic's name in `language`: the names of the concepts its themes share, else its one
/// theme's label (`themes` being the question's).
pub fn name(topic: &Topic, themes: &[Theme], language: &str) -> String {
    if topic.concepts.is_empty() {
        return topic
            .themes
            .first()
            .map(|&t| themes[t].title())
            .unwrap_or_default();
    }
    topic
        .concepts
        .iter()
        .filter_map(|c| concepts::name(c, language))
        .collect::<Vec<_>>()
        .join("; ")
}

fn counts(m: impl Iterator<Item = ((String, String), usize)>) -> Vec<Count> {
    let mut v: Vec<Count> = m
        .map(|((key, label), count)| Count { key, label, count })
        .collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    v
}

fn cosine(a: &[f64], b: &[f64]) -> f64 {
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na: f64 = a.iter().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.iter().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(language: &str, voices: usize) -> Theme {
        Theme {
            language: language.to_string(),
            label: vec![language.to_string()],
            voices,
            groups: Vec::new(),
            quotes: Vec::new(),
            anchors: Vec::new(),
            name: None,
        }
    }

    fn shares(pairs: &[(&str, f64)]) -> Vec<f64> {
        let mut s = vec![0.0; CONCEPTS.len()];
        for (key, share) in pairs {
            s[CONCEPTS.iter().position(|c| c.key == *key).unwrap()] = *share;
        }
        s
    }

    /// "Public awareness; SMEs" in English and "phishing; public awareness" in French are one
    /// topic: a reader sees one subject named twice. (Their signatures are too far apart for
    /// the first pass, and neither name is within the other.)
    #[test]
    fn topics_whose_strongest_concept_the_other_names_are_one() {
        let themes = [theme("en", 50), theme("en", 5), theme("fr", 3)];
        let shares = [
            shares(&[("cybercrime-law", 0.9)]),
            shares(&[("awareness", 0.9), ("smes", 0.6)]),
            shares(&[("phishing-fraud", 0.9), ("awareness", 0.6)]),
        ];
        let topics = group(&themes, &shares);
        let gathered: Vec<&[usize]> = topics.iter().map(|t| t.themes.as_slice()).collect();
        assert_eq!(gathered, [&[0][..], &[1, 2][..]], "{topics:?}");
    }
}
