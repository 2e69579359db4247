//! Key terms: phrases of one to three words ranked by class-based TF-IDF (how much more a class of answers uses a phrase than the others do), shown in their most common written form.

use rustc_hash::FxHashMap as HashMap;

use super::corpus::{Corpus, STOP, counts, ngrams};
use super::text::Analyzer;

/// Words that are not stop words to the analyser (they still help tell themes apart) but name
/// nothing: function words, modal and auxiliary verbs the `stop-words` lists lack. A phrase
/// holding one is never a key term or a theme's label ("would", "doivent être", "debe
/// centrarse", "является основой", "يجب"), and they do not count as words an answer shares
/// with others ([`super::question::Texts::off_topic`]). Weak stems are matched in every
/// language, so a word whose stem is a content word's is left out: French "comme" (of
/// "commissions"), "comment" ("comments"), "voici" ("voice"), "car", "pendant" ("pending");
/// Spanish "incluso" ("inclusion"), "solo" ("sólida"); English "several" ("severity"),
/// "least" ("least developed countries"), "us" ("US-CERT")
/// (`weak_words_never_take_a_content_word_along`).
const WEAK: [(&str, &str); 5] = [
    (
        "en",
        "would could must also shall might may yet however therefore thus often still already etc via \
         even within instead nobody every everyone everything another many much whether \
         rather cannot everybody somebody someone anyone anybody something anything nothing \
         whatever whoever whenever wherever whose upon among amongst since unless although \
         though despite throughout towards toward hence moreover furthermore nevertheless \
         nonetheless meanwhile perhaps maybe quite really simply various few fewer less lot \
         lots sure",
    ),
    (
        "fr",
        "doit doivent devrait devraient peut peuvent pourrait pourraient faut faudrait rien elles ils sert \
         servent parfois aussi être avoir fait faire très plus ainsi donc toujours souvent encore \
         déjà tout tous toutes chaque cela ceci celle celui ceux dont lorsque afin selon \
         notamment sans sous entre vers chez leur leurs désormais vraiment surtout \
         beaucoup plusieurs certains certaines ni quand pourquoi quel quelle \
         quels quelles lequel laquelle lesquels lesquelles où chacun chacune quelque quelques \
         autre autres même mêmes aucun aucune assez trop peu alors puis ensuite cependant \
         pourtant néanmoins toutefois parce puisque tandis depuis avant après contre parmi \
         malgré ici voilà celles si",
    ),
    (
        "es",
        "debe deben debería deberían puede pueden podría podrían ser sigue siguen siendo sido \
         hacer hace hacen hay tiene tienen también muy así siempre todavía aún cada sino según \
         entre hacia mediante través ahora varios varias muchos muchas algunos algunas cualquier \
         cómo cuál cuáles qué quién quiénes dónde cuándo cuánto cuánta cuántos cuántas cual \
         cuales poco poca pocos pocas demasiado bastante mismo misma mismos mismas otro otra \
         otros otras alguien nadie nada algo aunque luego entonces además casi tampoco quizá quizás durante contra desde hasta dentro fuera antes después si",
    ),
    (
        "ru",
        "должны должен должна должно могут может нужно необходимо также очень является \
         являются ещё еще уже всегда часто каждый через между которые который которая это этот \
         эта эти этого этой этом этих многие несколько теперь сейчас",
    ),
    (
        "ar",
        "يجب يمكن أيضا أيضاً كما حيث لكن لذلك خلال بين كل التي الذي هذه هذا ذلك تلك عند قد",
    ),
];

/// The stems of the [`WEAK`] words (kept by [`Analyzer::weak_words`]).
pub fn weak_words(analyzer: &Analyzer) -> rustc_hash::FxHashSet<String> {
    WEAK.iter()
        .flat_map(|(lang, words)| {
            words
                .split_whitespace()
                .filter_map(move |w| analyzer.stem(w, lang))
        })
        .collect()
}

/// The stem ids, in `corpus`, of the [`WEAK`] words.
pub fn weak_stems(corpus: &Corpus, analyzer: &Analyzer) -> rustc_hash::FxHashSet<u32> {
    let wanted = analyzer.weak_words();
    corpus
        .stems
        .iter()
        .enumerate()
        .filter(|(_, s)| wanted.contains(s.as_str()))
        .map(|(i, _)| i as u32)
        .collect()
}

/// Whether a phrase holds a weak word ([`weak_stems`]).
pub fn is_weak(key: &[u32; 3], weak: &rustc_hash::FxHashSet<u32>) -> bool {
    key.iter().any(|s| *s != STOP && weak.contains(s))
}

/// Whether a phrase holds one word twice ("training training" of "Training, training,
/// training"): a list's insistence, not a name.
pub fn repeats_a_word(key: &[u32; 3]) -> bool {
    let [a, b, c] = *key;
    b != STOP && (a == b || b == c || (c != STOP && a == c))
}

/// Counts of one class of answers: `key -> (occurrences, answers containing it)`.
#[derive(Default, Debug)]
pub struct ClassCounts {
    /// Per phrase: occurrences and document frequency.
    pub terms: HashMap<[u32; 3], (u32, u32)>,
    /// How many answers the class holds.
    pub answers: u32,
}

impl ClassCounts {
    /// Adds one answer's stem sequences (one per sentence).
    pub fn add_answer<'a>(&mut self, sentences: impl Iterator<Item = &'a [u32]>, max_n: usize) {
        self.add_counts(&counts(sentences, max_n));
    }

    /// Adds one answer's phrase counts, already made.
    pub fn add_counts(&mut self, counts: &[([u32; 3], u32)]) {
        for (key, n) in counts {
            let e = self.terms.entry(*key).or_insert((0, 0));
            e.0 += n;
            e.1 += 1;
        }
        self.answers += 1;
    }
}

/// A ranked phrase: its stems, score and how many answers use it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranked {
    /// The phrase's stems, padded with `STOP`.
    pub key: [u32; 3],
    /// Its c-TF-IDF score.
    pub score: f64,
    /// Answers of the class that use it.
    pub df: u32,
}

/// Ranks the phrases of every class against the others (c-TF-IDF, as BERTopic does):
/// `tf(t, c) · ln(1 + A / f(t))`, `A` the mean number of phrase occurrences per class and
/// `f(t)` the phrase's occurrences in all classes. Phrases in fewer than `min_df` answers of
/// the class are left out, as are phrases inside a better-ranked longer one and the reverse.
/// Ties break on the phrase, so the order never depends on input order.
pub fn rank(classes: &[ClassCounts], top: usize) -> Vec<Vec<Ranked>> {
    // Sized first: filled from the classes' maps, which share its hasher, a growing map meets
    // their keys in an order that makes it super-linear (34.8 s to 12.5 s on a hostile corpus).
    let mut all: HashMap<[u32; 3], u64> = HashMap::with_capacity_and_hasher(
        classes.iter().map(|c| c.terms.len()).sum(),
        Default::default(),
    );
    let mut grand = 0u64;
    for c in classes {
        for (k, (n, _)) in &c.terms {
            *all.entry(*k).or_insert(0) += u64::from(*n);
            grand += u64::from(*n);
        }
    }
    let mean = grand as f64 / classes.len().max(1) as f64;
    classes
        .iter()
        .map(|c| {
            let total: u64 = c.terms.values().map(|(n, _)| u64::from(*n)).sum();
            let min_df = if c.answers >= 10 { 2 } else { 1 };
            let mut scored: Vec<([u32; 3], f64, u32)> = c
                .terms
                .iter()
                .filter(|(_, (_, df))| *df >= min_df)
                .map(|(k, (n, df))| {
                    let tf = f64::from(*n) / total.max(1) as f64;
                    let idf = (1.0 + mean / all[k] as f64).ln();
                    // Longer phrases say more; weight them a little so "law enforcement" can
                    // outrank "law" when both are as characteristic.
                    let len = k.iter().filter(|s| **s != STOP).count() as f64;
                    (*k, tf * idf * (1.0 + 0.25 * (len - 1.0)), *df)
                })
                .collect();
            scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let mut chosen: Vec<Ranked> = Vec::new();
            for (key, score, df) in scored {
                if chosen.len() == top {
                    break;
                }
                if chosen.iter().any(|c| overlaps(&c.key, &key)) {
                    continue;
                }
                chosen.push(Ranked { key, score, df });
            }
            chosen
        })
        .collect()
}

fn words(k: &[u32; 3]) -> Vec<u32> {
    k.iter().copied().filter(|s| *s != STOP).collect()
}

/// Whether one phrase is contained in the other, or the two are shingles of one sentence: two
/// words in a row shared ("takes months and", "months and slow" of "takes months and slow").
fn overlaps(a: &[u32; 3], b: &[u32; 3]) -> bool {
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.windows(short.len()).any(|w| w == short.as_slice())
        || short
            .windows(2)
            .any(|pair| long.windows(2).any(|w| w == pair))
}

/// The most common written form of each phrase in `keys` that `fit` accepts (given its
/// language, stems and words), over the given answers' sentences (each with its language); a
/// phrase with no such form has none.
pub fn surfaces<'a>(
    corpus: &Corpus,
    sentences: impl Iterator<Item = (usize, &'a [u32], &'a [u32])>,
    keys: &[[u32; 3]],
    fit: impl Fn(usize, &[u32], &[u32]) -> bool,
) -> HashMap<[u32; 3], String> {
    let wanted: rustc_hash::FxHashSet<[u32; 3]> = keys.iter().copied().collect();
    // Per key, each written form with its language, and how often it is written so.
    type Forms = HashMap<(Vec<u32>, usize), u32>;
    let mut counts: HashMap<[u32; 3], Forms> = HashMap::default();
    for (language, stems, words) in sentences {
        ngrams(stems, 3, |key, start, len| {
            if wanted.contains(&key) {
                *counts
                    .entry(key)
                    .or_default()
                    .entry((words[start..start + len].to_vec(), language))
                    .or_insert(0) += 1;
            }
        });
    }
    counts
        .into_iter()
        .filter_map(|(key, forms)| {
            let len = key.iter().take_while(|s| **s != STOP).count();
            // A form's uses in the languages where it fits, together.
            let mut fitting: HashMap<Vec<u32>, u32> = HashMap::default();
            for ((ws, language), n) in forms {
                if fit(language, &key[..len], &ws) {
                    *fitting.entry(ws).or_insert(0) += n;
                }
            }
            let best = fitting
                .into_iter()
                .map(|(ws, n)| (join(corpus, &ws), n))
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(s, _)| s)?;
            Some((key, best))
        })
        .collect()
}

fn join(corpus: &Corpus, words: &[u32]) -> String {
    let parts: Vec<&str> = words
        .iter()
        .map(|w| corpus.words[*w as usize].as_str())
        .collect();
    // Chinese is written without spaces: "威胁" + "情报" is "威胁情报".
    if parts.iter().all(|p| p.chars().all(|c| c > '\u{2E80}')) {
        return parts.concat();
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_repeats_a_word_only_when_one_stem_is_there_twice() {
        assert!(repeats_a_word(&[7, 7, STOP]));
        assert!(repeats_a_word(&[7, 8, 7]));
        assert!(repeats_a_word(&[7, 8, 8]));
        assert!(!repeats_a_word(&[7, STOP, STOP]));
        assert!(!repeats_a_word(&[7, 8, STOP]));
        assert!(!repeats_a_word(&[7, 8, 9]));
    }
}
