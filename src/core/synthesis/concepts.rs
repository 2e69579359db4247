//! A multilingual lexicon of cybersecurity concepts (incident response teams, capacity building, cybercrime law, phishing, ransomware, routing security…), each with its name and the words that signal it in the six UN languages: what lets themes found in different languages be recognised as one. Its words are stemmed by the analyser of their language, like the answers, so "formation" also finds "formations".

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::corpus::{Answer, Corpus};
use super::text::Analyzer;

/// One concept: its key, its name in each of the six languages (ar, en, es, fr, ru, zh), and
/// the words that signal it, per language.
pub struct Concept {
    /// A stable key.
    pub key: &'static str,
    /// Its name: ar, en, es, fr, ru, zh.
    pub names: [&'static str; 6],
    /// Signal words per language, in the same order.
    pub words: [&'static [&'static str]; 6],
}

/// The languages of [`Concept::names`] and [`Concept::words`], in order.
pub const LANGUAGES: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

pub use super::lexicon::{CONCEPTS, FIELD, PUBLIC_LIFE, SETTING};

// An answer's concepts are a 64-bit set ([`Index::concepts`]).
const _: () = assert!(CONCEPTS.len() <= 64, "at most 64 concepts");

/// The name of the concept `key` in `language` (English when it has none there).
pub fn name(key: &str, language: &str) -> Option<&'static str> {
    let c = CONCEPTS.iter().find(|c| c.key == key)?;
    Some(c.names[language_index(language).unwrap_or(1)])
}

/// The language index of a tag in [`LANGUAGES`], by its primary subtag.
pub fn language_index(tag: &str) -> Option<usize> {
    let primary = tag.split('-').next().unwrap_or(tag);
    LANGUAGES.iter().position(|l| *l == primary)
}

/// The lexicon as the analyser stems it, whatever the answers: each entry's stems and its
/// concept (an index into [`CONCEPTS`]), and what each stem is. Made once per analyser
/// ([`Analyzer::lexicon`]).
#[derive(Debug, Default)]
pub struct Stemmed {
    entries: Vec<(Vec<String>, u8)>,
    /// Every stem of the entries, the [`FIELD`] and [`PUBLIC_LIFE`], with the entries it is in
    /// and whether it is a word of the field or of public life: what a corpus's stems are
    /// looked up in ([`Index::new`]).
    needed: HashMap<String, Need>,
}

/// What one stem of the lexicon is ([`Stemmed::needed`]).
#[derive(Debug, Default)]
struct Need {
    entries: Vec<u32>,
    field: bool,
    public: bool,
}

impl Stemmed {
    /// Stems every entry and field word with the analyser of its language.
    pub fn new(analyzer: &Analyzer) -> Self {
        let mut entries: Vec<(Vec<String>, u8)> = Vec::new();
        for (c, concept) in CONCEPTS.iter().enumerate() {
            for (l, words) in concept.words.iter().enumerate() {
                for entry in *words {
                    let stems: Vec<String> = analyzer
                        .tokens(&entry.to_lowercase(), LANGUAGES[l])
                        .into_iter()
                        .filter(|t| !t.stop)
                        .map(|t| t.stem)
                        .collect();
                    if !stems.is_empty() {
                        entries.push((stems, c as u8));
                    }
                }
            }
        }
        let stems = |lists: &[&[&str]; 6]| -> Vec<String> {
            lists
                .iter()
                .zip(LANGUAGES)
                .flat_map(|(words, l)| words.iter().map(move |w| (w, l)))
                .flat_map(|(w, l)| analyzer.tokens(&w.to_lowercase(), l))
                .filter(|t| !t.stop)
                .map(|t| t.stem)
                .collect()
        };
        let field = stems(&FIELD);
        // A word of the field is more than a word of public life.
        let public = stems(&PUBLIC_LIFE)
            .into_iter()
            .filter(|s| !field.contains(s))
            .collect::<Vec<_>>();
        let mut needed: HashMap<String, Need> = HashMap::default();
        for (e, (stems, _)) in entries.iter().enumerate() {
            for s in stems {
                let need = needed.entry(s.clone()).or_default();
                if need.entries.last() != Some(&(e as u32)) {
                    need.entries.push(e as u32);
                }
            }
        }
        for s in &field {
            needed.entry(s.clone()).or_default().field = true;
        }
        for s in &public {
            needed.entry(s.clone()).or_default().public = true;
        }
        Self { entries, needed }
    }
}

/// The lexicon in one corpus's stem ids: which entries a stem can complete, and each entry's
/// stems and concept.
#[derive(Debug, Default)]
pub struct Index {
    /// Per stem id, the entries that contain it.
    by_stem: HashMap<u32, Vec<u32>>,
    /// Each entry: its distinct stem ids, and its concept (an index into [`CONCEPTS`]).
    entries: Vec<(Vec<u32>, u8)>,
    /// The stem ids of the [`FIELD`]'s words.
    field: HashSet<u32>,
    /// The stem ids of the words of [`PUBLIC_LIFE`].
    public: HashSet<u32>,
    /// The concepts of [`SETTING`], as bits of a concept set.
    setting: u64,
}

impl Index {
    /// The lexicon as `corpus` numbers its stems; entries with a stem no answer has are left
    /// out (they can match nothing).
    pub fn new(corpus: &Corpus, analyzer: &Analyzer) -> Self {
        let Stemmed {
            entries: wanted,
            needed,
            ..
        } = analyzer.lexicon();
        let mut index = Index {
            setting: CONCEPTS
                .iter()
                .enumerate()
                .filter(|(_, c)| SETTING.contains(&c.key))
                .fold(0, |set, (i, _)| set | 1 << i),
            ..Index::default()
        };
        // Only the corpus's own stems are looked up: a small corpus costs little, whatever the
        // lexicon's size.
        let mut ids: HashMap<&str, u32> = HashMap::default();
        let mut candidates = Vec::new();
        for (i, s) in corpus.stems.iter().enumerate() {
            let Some(need) = needed.get(s.as_str()) else {
                continue;
            };
            let id = i as u32;
            ids.insert(s.as_str(), id);
            if need.field {
                index.field.insert(id);
            }
            if need.public {
                index.public.insert(id);
            }
            candidates.extend_from_slice(&need.entries);
        }
        // The entries in the lexicon's order, each once.
        candidates.sort_unstable();
        candidates.dedup();
        for e in candidates {
            let (stems, c) = &wanted[e as usize];
            let c = *c;
            let Some(mut ids): Option<Vec<u32>> =
                stems.iter().map(|s| ids.get(s.as_str()).copied()).collect()
            else {
                continue;
            };
            ids.sort_unstable();
            ids.dedup();
            let e = index.entries.len() as u32;
            for id in &ids {
                index.by_stem.entry(*id).or_default().push(e);
            }
            index.entries.push((ids, c));
        }
        index
    }

    /// Whether a stem is one of the lexicon's words (a concept's, alone or in a phrase, or the
    /// field's).
    pub fn knows(&self, stem: u32) -> bool {
        self.by_stem.contains_key(&stem) || self.field.contains(&stem)
    }

    /// Whether `stem` is one of an entry of two words or more all of whose stems are in
    /// `phrase` ("two" of "two-factor" in "two factor authentication").
    pub fn in_an_entry_of(&self, stem: u32, phrase: &[u32]) -> bool {
        self.by_stem.get(&stem).is_some_and(|entries| {
            entries.iter().any(|&e| {
                let stems = &self.entries[e as usize].0;
                stems.len() >= 2 && stems.iter().all(|s| phrase.contains(s))
            })
        })
    }

    /// Whether a stem is one of the lexicon's words by itself: a concept's one-word entry or a
    /// word of the field, not only a word of a phrase ("建立" is one of "建立信任").
    pub fn knows_alone(&self, stem: u32) -> bool {
        self.field.contains(&stem)
            || self.by_stem.get(&stem).is_some_and(|entries| {
                entries
                    .iter()
                    .any(|&e| self.entries[e as usize].0.len() == 1)
            })
    }

    /// Whether an answer speaks of the field at all: with one of the [`FIELD`]'s words, two
    /// different words of [`PUBLIC_LIFE`], two concepts but those of the [`SETTING`], or a
    /// phrase of one of them.
    /// (Only telling for answers in the lexicon's [`LANGUAGES`].)
    pub fn speaks_of_the_field(&self, answer: &Answer) -> bool {
        let stems = || answer.sentences.iter().flat_map(|s| s.stems.iter());
        if stems().any(|s| self.field.contains(s)) {
            return true;
        }
        let mut public = stems().filter(|s| self.public.contains(s));
        if let Some(first) = public.next()
            && public.any(|s| s != first)
        {
            return true;
        }
        (self.concepts(answer) & !self.setting).count_ones() >= 2 || self.has_a_phrase(answer)
    }

    /// The concepts of [`SETTING`], as bits of a concept set.
    pub fn setting(&self) -> u64 {
        self.setting
    }

    /// Whether an answer holds one of the lexicon's entries of two words or more ("brain
    /// drain", "fuga de cerebros", "formar formadores") of a concept but those of the
    /// [`SETTING`], its words close together in one sentence (stop words between them allowed:
    /// "word of mouth", not "public schools are worse than private ones"): a phrase of the
    /// field is rarer in other talk than its words alone ("remove me from your mailing list"
    /// is the setting's).
    fn has_a_phrase(&self, answer: &Answer) -> bool {
        answer.sentences.iter().any(|sentence| {
            let stems = &sentence.stems;
            stems.iter().enumerate().any(|(at, s)| {
                self.by_stem.get(s).is_some_and(|entries| {
                    entries.iter().any(|&e| {
                        let (need, c) = &self.entries[e as usize];
                        // The entry's words within its length and one more of this word.
                        let reach = need.len() + 1;
                        let window =
                            &stems[at.saturating_sub(reach)..(at + reach + 1).min(stems.len())];
                        need.len() >= 2
                            && self.setting & (1 << c) == 0
                            && need.iter().all(|n| window.contains(n))
                    })
                })
            })
        })
    }

    /// The concepts an answer speaks of, as a bit set over [`CONCEPTS`]: an entry counts when
    /// every one of its stems is in the answer.
    pub fn concepts(&self, answer: &Answer) -> u64 {
        if self.entries.is_empty() {
            return 0;
        }
        let has = |stem: u32| answer.sentences.iter().any(|s| s.stems.contains(&stem));
        let mut found = 0u64;
        for s in answer.sentences.iter().flat_map(|s| s.stems.iter()) {
            let Some(entries) = self.by_stem.get(s) else {
                continue;
            };
            for &e in entries {
                let (need, c) = &self.entries[e as usize];
                // One-word entries (most) need no further look; longer ones need every word.
                if found & (1u64 << c) == 0 && (need.len() == 1 || need.iter().all(|n| has(*n))) {
                    found |= 1u64 << c;
                }
            }
        }
        found
    }
}
