//! The answers of a set of responses, tokenised once: every word interned to a number, with its stem and whether it is a stop word, so the rest of the synthesis works on integers.

use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

use super::privacy;
use super::text::{Analyzer, is_non_answer, sentences};
use crate::core::response::Response;

/// Marks a stop word (or number, or stray letter) in a token sequence: it breaks phrases.
pub const STOP: u32 = u32::MAX;

/// A sentence of an answer: where it is in the text, and its stems (`STOP` for stop words).
#[derive(Debug)]
pub struct Sentence {
    /// Byte range in the answer's text.
    pub start: u32,
    /// End of the byte range.
    pub end: u32,
    /// Stem ids, in order.
    pub stems: Vec<u32>,
    /// Word ids, in order, parallel to `stems`.
    pub words: Vec<u32>,
    /// The indices in `words` of the words a comma, colon or bracket comes before (rarely any).
    pub breaks: Vec<u32>,
}

/// One answer to one question.
#[derive(Debug)]
pub struct Answer {
    /// Index of the response in the input slice.
    pub response: usize,
    /// Index of the question in the questionnaire.
    pub question: usize,
    /// The language detected (an index into `Corpus::languages`).
    pub language: usize,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
    /// Whether it says something: not "see attached", "N/A", "thanks" or a lone word. An
    /// answer that does not is counted, never made a theme, quoted or ranked for key terms.
    pub substantive: bool,
    /// The text as it may be published, when that differs from what was written: an anonymous
    /// respondent's own name, organisation or e-mail masked ([`privacy::published`]). Its
    /// sentences' byte ranges are in this text, and every part of the synthesis reads it.
    pub masked: Option<Box<str>>,
}

/// Every answer, tokenised, with the interned vocabularies.
#[derive(Debug, Default)]
pub struct Corpus {
    /// All answers, ordered by question, then by the responses' order.
    pub answers: Vec<Answer>,
    /// Language tags, by index.
    pub languages: Vec<String>,
    /// Lower-cased surface words, by id.
    pub words: Vec<String>,
    /// Stems, by id.
    pub stems: Vec<String>,
}

#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
    values: Vec<String>,
}

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.values.len() as u32;
        self.values.push(s.to_string());
        self.ids.insert(s.to_string(), id);
        id
    }
}

/// Languages whose stems are cached; answers in others are stemmed each time.
const MEMO_LANGUAGES: usize = 8;
/// Not computed yet.
const UNKNOWN: u32 = u32::MAX - 1;

/// Builds a corpus one question at a time, so a caller can report progress between steps.
#[derive(Default)]
pub struct CorpusBuilder {
    stems: Interner,
    words: Interner,
    languages: Interner,
    // A word's stem (or STOP) depends only on the word and the language: computed once, kept
    // by word id and language index, so a repeated word costs one lookup.
    memo: Vec<[u32; MEMO_LANGUAGES]>,
    buffer: String,
    answers: Vec<Answer>,
}

impl CorpusBuilder {
    /// Tokenises the answers of `responses` to question number `qi` (id `qid`).
    pub fn add_question(
        &mut self,
        responses: &[&Response],
        qid: &str,
        qi: usize,
        analyzer: &Analyzer,
    ) {
        let Self {
            stems,
            words,
            languages,
            memo,
            buffer,
            answers,
        } = self;
        for (ri, r) in responses.iter().enumerate() {
            let written = r.answer(qid);
            if written.trim().is_empty() {
                continue;
            }
            let masked = match privacy::published(r, written) {
                std::borrow::Cow::Owned(m) => Some(m.into_boxed_str()),
                std::borrow::Cow::Borrowed(_) => None,
            };
            // A masked answer is analysed without its masks' words, at the same offsets.
            let text = match masked.as_deref() {
                Some(m) => privacy::without_masks(m),
                None => std::borrow::Cow::Borrowed(written),
            };
            let text = text.as_ref();
            let lang = analyzer.detect(text, primary(&r.language));
            let lang_id = languages.id(lang);
            let mut out = Vec::new();
            for s in sentences(text) {
                let start = (s.as_ptr() as usize - text.as_ptr() as usize) as u32;
                let mut sentence = Sentence {
                    start,
                    end: start + s.len() as u32,
                    stems: Vec::new(),
                    words: Vec::new(),
                    breaks: Vec::new(),
                };
                analyzer.words_marked(s, buffer, |w, broken| {
                    if broken {
                        sentence.breaks.push(sentence.words.len() as u32);
                    }
                    let word = words.id(w);
                    if memo.len() <= word as usize {
                        memo.resize(word as usize + 1, [UNKNOWN; MEMO_LANGUAGES]);
                    }
                    let slot = memo[word as usize].get_mut(lang_id as usize);
                    let stem = match slot {
                        Some(cached) if *cached != UNKNOWN => *cached,
                        _ => {
                            let stem = analyzer.stem(w, lang).map_or(STOP, |stem| stems.id(&stem));
                            if let Some(cached) = memo[word as usize].get_mut(lang_id as usize) {
                                *cached = stem;
                            }
                            stem
                        }
                    };
                    sentence.words.push(word);
                    sentence.stems.push(stem);
                });
                out.push(sentence);
            }
            let content_words = out
                .iter()
                .flat_map(|s| &s.stems)
                .filter(|s| **s != STOP)
                .take(2)
                .count();
            answers.push(Answer {
                response: ri,
                question: qi,
                language: lang_id as usize,
                sentences: out,
                substantive: content_words > 1 && !is_non_answer(text),
                masked,
            });
        }
    }

    /// The finished corpus.
    pub fn finish(self) -> Corpus {
        Corpus {
            answers: self.answers,
            languages: self.languages.values,
            words: self.words.values,
            stems: self.stems.values,
        }
    }
}

/// A corpus's interned vocabularies, in id order: what a run that tokenised the first questions
/// gives a run that tokenised the later ones, so both number every word as one run would.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Vocabulary {
    /// Language tags.
    pub languages: Vec<String>,
    /// Lower-cased surface words.
    pub words: Vec<String>,
    /// Stems.
    pub stems: Vec<String>,
}

/// Numbers `mine` after `first`: each value `first` holds keeps its id there, the others follow
/// in `mine`'s order. Returns the new list and, for each of `mine`'s ids, its new one.
fn after(first: &[String], mine: Vec<String>) -> (Vec<String>, Vec<u32>) {
    let known: HashMap<&str, u32> = first
        .iter()
        .enumerate()
        .map(|(i, v)| (v.as_str(), i as u32))
        .collect();
    let mut ids = Vec::with_capacity(mine.len());
    let mut new = Vec::new();
    for value in mine {
        match known.get(value.as_str()) {
            Some(&id) => ids.push(id),
            None => {
                ids.push((first.len() + new.len()) as u32);
                new.push(value);
            }
        }
    }
    let mut all = first.to_vec();
    all.extend(new);
    (all, ids)
}

impl Corpus {
    /// Its vocabularies.
    pub fn vocabulary(&self) -> Vocabulary {
        Vocabulary {
            languages: self.languages.clone(),
            words: self.words.clone(),
            stems: self.stems.clone(),
        }
    }

    /// Renumbers this corpus, built from later questions only, as if the questions whose
    /// vocabulary is `first` had been tokenised before them: words are numbered in the order
    /// they are met, so every id is then the one a single run over all questions gives.
    pub fn follow(&mut self, first: &Vocabulary) {
        let (languages, language_ids) =
            after(&first.languages, std::mem::take(&mut self.languages));
        let (words, word_ids) = after(&first.words, std::mem::take(&mut self.words));
        let (stems, stem_ids) = after(&first.stems, std::mem::take(&mut self.stems));
        for a in &mut self.answers {
            a.language = language_ids[a.language] as usize;
            for s in &mut a.sentences {
                for w in &mut s.words {
                    *w = word_ids[*w as usize];
                }
                for t in s.stems.iter_mut().filter(|t| **t != STOP) {
                    *t = stem_ids[*t as usize];
                }
            }
        }
        self.languages = languages;
        self.words = words;
        self.stems = stems;
    }

    /// The answers to question number `qi`, in the responses' order.
    pub fn answers_to(&self, qi: usize) -> Vec<&Answer> {
        self.answers.iter().filter(|a| a.question == qi).collect()
    }

    /// An answer's text as the synthesis reads it: masked where [`Answer::masked`] says so.
    pub fn text_of<'a>(
        &self,
        responses: &[&'a Response],
        question_ids: &[String],
        answer: &'a Answer,
    ) -> &'a str {
        match &answer.masked {
            Some(m) => m,
            None => responses[answer.response].answer(&question_ids[answer.question]),
        }
    }

    /// The text of a sentence of an answer.
    pub fn sentence_text<'a>(
        &self,
        responses: &[&'a Response],
        question_ids: &[String],
        answer: &'a Answer,
        s: &Sentence,
    ) -> &'a str {
        let text = self.text_of(responses, question_ids, answer);
        text.get(s.start as usize..s.end as usize).unwrap_or("")
    }
}

/// `fr` for `fr-CA`.
pub fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// The n-grams (1 to `max` stems) of a stem sequence that do not cross a stop word, as packed
/// keys, each with the index where it starts.
pub fn ngrams(stems: &[u32], max: usize, mut f: impl FnMut([u32; 3], usize, usize)) {
    for i in 0..stems.len() {
        if stems[i] == STOP {
            continue;
        }
        let mut key = [STOP; 3];
        for n in 0..max.min(3) {
            let Some(&s) = stems.get(i + n) else { break };
            if s == STOP {
                break;
            }
            key[n] = s;
            f(key, i, n + 1);
        }
    }
}

/// Phrase counts of one text: `(key, occurrences)`, sorted by key.
pub type Counts = Vec<([u32; 3], u32)>;

/// The counts of the n-grams (1 to `max` stems, [`ngrams`]) of some stem sequences: gathered and
/// sorted, which for the few dozen phrases of an answer is cheaper than a hash map.
pub fn counts<'a>(sentences: impl Iterator<Item = &'a [u32]>, max: usize) -> Counts {
    let mut all: Vec<[u32; 3]> = Vec::new();
    for stems in sentences {
        ngrams(stems, max, |key, _, _| all.push(key));
    }
    all.sort_unstable();
    let mut out: Counts = Vec::with_capacity(all.len());
    for key in all {
        match out.last_mut() {
            Some((last, n)) if *last == key => *n += 1,
            _ => out.push((key, 1)),
        }
    }
    out
}
