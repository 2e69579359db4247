//! One theme list across languages: the themes found in each language are grouped into topics when they speak, more than the question's other themes do, of the same concepts of the multilingual lexicon ([`super::concepts`]). A theme that matches no concept stays a topic of its own. Deterministic: themes are taken largest first, ties in the synthesis's order.

use std::collections::{BTreeMap, BTreeSet};

use super::concepts::{self, CONCEPTS};
use super::model::{Theme, Topic};
use super::people::Count;

/// A concept is part of a theme's signature when at least this share of its voices speak of it…
const MIN_SHARE: f64 = 0.25;
/// …and this much more than the question's answers do on average.
const MIN_LIFT: f64 = 0.1;
/// Two signatures this close (cosine) are one topic.
const SAME: f64 = 0.5;
/// An initiative of the gazetteer is part of a theme's names when two of its answers at least,
/// and this share of its voices, name it…
const NAMED_SHARE: f64 = 0.1;
/// …and a topic of one language's themes joins the topic of several languages whose names are
/// this close (cosine).
const SAME_NAMES: f64 = 0.5;

/// The topics of a question's `themes`, given for each theme the share of its voices that speak
/// of each concept (`shares[t][c]`) and how many of its answers name each initiative of the
/// gazetteer (`initiatives[t]`). Largest topic first.
pub fn group(
    themes: &[Theme],
    shares: &[Vec<f64>],
    initiatives: &[BTreeMap<String, usize>],
) -> Vec<Topic> {
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
    // "phishing; awareness") are one: a reader would see one subject named twice. So are
    // topics whose signatures came as close as a theme's must be to its topic's, their themes
    // having been compared one by one. Merging may rename a topic, so until no two are alike.
    loop {
        let names: Vec<Vec<usize>> = topics.iter().map(|(_, sig)| named(sig)).collect();
        let twin = (0..topics.len()).find_map(|a| {
            (a + 1..topics.len())
                .find(|&b| {
                    alike(&names[a], &names[b]) || cosine(&topics[a].1, &topics[b].1) >= SAME
                })
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
    let topics = by_names(themes, initiatives, topics);
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

/// The topics (themes, signature) with each topic of one language's themes joined to the
/// topic of several languages whose answers name the same initiatives of the gazetteer, when
/// they are close enough ([`SAME_NAMES`]): "Conficker 工作组" and "the Conficker Working Group"
/// are one subject whatever concepts the lexicon finds in them. Topics of several languages
/// stay as they are, and a call in one language is left alone.
fn by_names(
    themes: &[Theme],
    named: &[BTreeMap<String, usize>],
    mut topics: Vec<(Vec<usize>, Vec<f64>)>,
) -> Vec<(Vec<usize>, Vec<f64>)> {
    let names = |members: &[usize]| -> BTreeMap<&str, f64> {
        let mut sum: BTreeMap<&str, f64> = BTreeMap::new();
        for &t in members {
            for (key, &n) in &named[t] {
                if n >= 2 && n as f64 >= NAMED_SHARE * themes[t].voices as f64 {
                    *sum.entry(key.as_str()).or_insert(0.0) += n as f64;
                }
            }
        }
        sum
    };
    let languages = |members: &[usize]| -> BTreeSet<&str> {
        members
            .iter()
            .map(|&t| themes[t].language.as_str())
            .collect()
    };
    let several: Vec<usize> = (0..topics.len())
        .filter(|&i| languages(&topics[i].0).len() >= 2)
        .collect();
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for alone in (0..topics.len()).filter(|i| !several.contains(i)) {
        let own = names(&topics[alone].0);
        if own.is_empty() {
            continue;
        }
        let best = several
            .iter()
            .map(|&i| (i, names_cosine(&own, &names(&topics[i].0))))
            .filter(|(_, c)| *c >= SAME_NAMES)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some((into, _)) = best {
            joins.push((alone, into));
        }
    }
    // Decided first, then joined: a topic's names are those of its own themes.
    for (alone, into) in joins {
        let (members, sig) = std::mem::take(&mut topics[alone]);
        topics[into].0.extend(members);
        for (x, y) in topics[into].1.iter_mut().zip(sig) {
            *x += y;
        }
    }
    topics.retain(|(members, _)| !members.is_empty());
    topics
}

fn names_cosine(a: &BTreeMap<&str, f64>, b: &BTreeMap<&str, f64>) -> f64 {
    let dot: f64 = a.iter().filter_map(|(k, x)| b.get(k).map(|y| x * y)).sum();
    let na: f64 = a.values().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.values().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
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
        let topics = group(
            &themes,
            &shares,
            &[BTreeMap::new(), BTreeMap::new(), BTreeMap::new()],
        );
        let gathered: Vec<&[usize]> = topics.iter().map(|t| t.themes.as_slice()).collect();
        assert_eq!(gathered, [&[0][..], &[1, 2][..]], "{topics:?}");
    }

    fn naming(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
        pairs.iter().map(|(k, n)| (k.to_string(), *n)).collect()
    }

    /// A Chinese theme on "Conficker 工作组" whose concepts the lexicon reads otherwise joins
    /// the topic whose English and French themes name the Conficker Working Group, when two of
    /// its answers name it; named once, it is a topic of its own. (Held-out templated corpus,
    /// question 6.)
    #[test]
    fn a_topic_of_one_language_joins_the_topic_that_names_the_same_initiatives() {
        let themes = [
            theme("en", 40),
            theme("fr", 20),
            theme("en", 30),
            theme("zh", 10),
        ];
        let shares = [
            shares(&[("botnets-ddos-spam", 0.9)]),
            shares(&[("botnets-ddos-spam", 0.8)]),
            shares(&[("information-sharing", 0.9)]),
            shares(&[("working-groups-committees", 0.9)]),
        ];
        let named = |zh: usize| {
            [
                naming(&[("Conficker Working Group", 12), ("Europol", 3)]),
                naming(&[("Conficker Working Group", 6)]),
                naming(&[("MISP", 10)]),
                naming(&[("Conficker Working Group", zh)]),
            ]
        };
        let gathered = |zh: usize| -> Vec<Vec<usize>> {
            group(&themes, &shares, &named(zh))
                .into_iter()
                .map(|t| t.themes)
                .collect()
        };
        assert_eq!(gathered(3), [vec![0, 1, 3], vec![2]]);
        assert_eq!(gathered(1), [vec![0, 1], vec![2], vec![3]]);
    }

    /// Two topics of one language, larger than the topic of several languages they join, both
    /// join it and no other.
    #[test]
    fn topics_of_one_language_join_the_topic_they_name_whatever_their_order() {
        let themes = [
            theme("en", 40),
            theme("fr", 30),
            theme("zh", 25),
            theme("ar", 22),
            theme("en", 12),
            theme("fr", 11),
        ];
        let shares = [
            shares(&[("botnets-ddos-spam", 0.9)]),
            shares(&[("botnets-ddos-spam", 0.8)]),
            shares(&[("working-groups-committees", 0.9)]),
            shares(&[("online-channels", 0.9)]),
            shares(&[("information-sharing", 0.9)]),
            shares(&[("information-sharing", 0.8)]),
        ];
        let named = [
            naming(&[("Conficker Working Group", 12)]),
            naming(&[("Conficker Working Group", 6)]),
            naming(&[("MISP", 5)]),
            naming(&[("MISP", 4)]),
            naming(&[("MISP", 6)]),
            naming(&[("MISP", 3)]),
        ];
        let gathered: Vec<Vec<usize>> = group(&themes, &shares, &named)
            .into_iter()
            .map(|t| t.themes)
            .collect();
        assert_eq!(gathered, [vec![0, 1], vec![2, 3, 4, 5]]);
    }

    /// Topics whose signatures end as close as a theme must be to join one are one, though
    /// neither is named by the other's strongest concept: the templated corpus's "participation
    /// in international meetings" was an English and Spanish topic (capacity building;
    /// meetings) and a French, Arabic and Chinese one (skills; meetings).
    #[test]
    fn topics_as_close_as_a_theme_to_its_topic_are_one() {
        let themes = [
            theme("en", 300),
            theme("en", 50),
            theme("fr", 30),
            theme("zh", 25),
            theme("ar", 24),
        ];
        let shares = [
            shares(&[("cybercrime-law", 0.9)]),
            shares(&[("capacity-building", 0.9), ("meetings-events", 0.5)]),
            shares(&[("workforce-skills", 0.9), ("meetings-events", 0.5)]),
            shares(&[
                ("workforce-skills", 0.5),
                ("meetings-events", 0.9),
                ("capacity-building", 0.5),
            ]),
            shares(&[
                ("workforce-skills", 0.5),
                ("meetings-events", 0.9),
                ("capacity-building", 0.5),
            ]),
        ];
        let none: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); themes.len()];
        let gathered: Vec<Vec<usize>> = group(&themes, &shares, &none)
            .into_iter()
            .map(|t| t.themes)
            .collect();
        assert_eq!(gathered, [vec![0], vec![1, 2, 3, 4]]);
    }
}
