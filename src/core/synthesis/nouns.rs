//! Which written forms may name a theme or be a key term: noun phrases, never a conjugated verb, an infinitive or a gerund ("publient", "give us", "exigiendo requisitos"), nor a Chinese verb, adverb or pronoun ("开展中小学", "每年"); told per question from the words around each word, from endings only verbs have, from the language's lists of verbs and function words ([`super::wordclass`]), and for Chinese from the segmenter's dictionary.
//!
//! No part-of-speech model is used. A word of English, French, Spanish or Arabic is taken for
//! a verb when, in one question's answers, it follows a subject pronoun, a modal or a negation
//! ("we share", "ils publient", "se reducen"), comes before an article or an object pronoun
//! ("share the", "give us"), or has an infinitive's ending after a preposition that takes
//! infinitives ("de partager"; in English, is a form of its verb lists after "to"): at least
//! [`VERBAL`] times, in a tenth of its uses, and twice as often as it follows an article, a
//! possessive or a determiner ("the share"). Nouns nearly
//! always have such a word before them somewhere in hundreds of answers, verbs nearly never; a
//! word seen too rarely is given the benefit of the doubt. English gerunds and Arabic words
//! with the article are nouns whatever surrounds them.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::corpus::{Answer, Corpus, STOP, primary};
use super::text::{is_han, zh_tag};
use super::{concepts, wordclass};

/// Times a word must be seen as a verb before it can be taken for one; and it must be so in a
/// tenth of its uses at least ("gives countries a tested…" is a plural noun, once in 30).
const VERBAL: u32 = 3;

/// Per language: the words after which a noun comes (articles, possessives, determiners);
/// those after which a verb comes (subject pronouns, modals, negation, clitics); and those
/// before which a verb comes (articles and object pronouns: a verb's object, "share the",
/// "give us", "partager les", "compartir la"; a preposition's too, "comme les", which is no
/// name either). Spanish "haber" comes before a participle only ("han funcionado"); French
/// "avoir" before nouns too ("ont besoin"), so it is no cue. Words that come before both
/// nouns and verbs ("to", "de", "à", "en") are in none ("de", "à" and "to" are in
/// [`INFINITIVES`], cues only before an infinitive's ending or a form of the verb lists),
/// but French "pour" and Spanish "para", whose noun usually takes an article between, are
/// verbs' cues; contractions of a preposition and an article ("du", "des", "del"), which
/// follow nouns, are not objects' cues.
const CUES: [(&str, &str, &str, &str); 4] = [
    (
        "en",
        "the a an this these those our their its his her my your each every of",
        "we they i you he she can could should must will would may might shall cannot not \
         don't doesn't didn't won't can't also often never always who",
        "the a an our their your my this these those us them",
    ),
    (
        "fr",
        "le la les un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre \
         nos votre vos leurs chaque plusieurs quelques certains certaines aucun aucune",
        "je tu il elle nous vous ils elles on ne se peut peuvent doit doivent devrait devraient \
         pourrait pourraient faut va vont qui pour",
        "le la les un une ce cet cette ces nos notre vos votre leurs",
    ),
    (
        "es",
        "el la los las un una unos unas del al este esta estos estas ese esa esos esas su sus \
         nuestro nuestra nuestros nuestras cada",
        "yo tú nosotros ellos ellas se me te nos le les no puede pueden debe deben podría \
         podrían debería deberían que para ha han hemos había habían habría habrían haya hayan",
        "el la los las un una unos unas este esta estos estas nuestro nuestra nuestros nuestras",
    ),
    (
        "ar",
        "في من إلى الى على عن مع هذه هذا كل بين",
        "لا لم لن قد سوف كي لكي التي الذي الذين",
        "",
    ),
];

/// A word after which a noun comes.
const BEFORE_NOUN: u8 = 1;
/// A word after which a verb comes.
const BEFORE_VERB: u8 = 2;
/// A word before which a verb comes.
const AFTER_VERB: u8 = 4;
/// A preposition after which an infinitive or a noun comes ("de partager", "de données"): a
/// verb's cue for a word with an infinitive's ending ([`INFINITIVES`]).
const BEFORE_INFINITIVE: u8 = 8;

/// Per language: prepositions before infinitives, and the infinitives' endings; English
/// infinitives have none, and are the forms of its verb lists ("to weaken", "to teach":
/// [`wordclass::is_verb`], [`wordclass::is_verb_where_used_so`]), since "to" comes before
/// nouns too ("to training").
const INFINITIVES: [(&str, &str, &[&str]); 3] = [
    ("fr", "de à sans", &["er", "ir", "re"]),
    ("es", "de a sin por", &["ar", "er", "ir"]),
    ("en", "to", &[]),
];

/// Chinese dictionary tags of words that never name a theme (`data/README.md`): adverbs,
/// pronouns, conjunctions, prepositions, particles, interjections, onomatopoeia, numerals,
/// classifiers, idioms, status words, and verbs ("开展中小学" is "carry out" and half its
/// object, "知道" "know"). The verbs of the field are in the lexicon, which reads them as
/// nouns ("治理" governance, "执法" law enforcement, "信息共享").
const ZH_NEVER: [&str; 16] = [
    "d", "r", "c", "p", "u", "y", "e", "o", "m", "mq", "q", "i", "z", "v", "vg", "vd",
];

/// The cue words of [`CUES`] in one corpus's word ids, with the corpus's languages.
#[derive(Debug, Default)]
pub struct Cues {
    /// Per word id and language index: [`BEFORE_NOUN`], [`BEFORE_VERB`], [`AFTER_VERB`] and
    /// [`BEFORE_INFINITIVE`] bits.
    by_word: HashMap<(u32, u32), u8>,
    /// Whether a word id is a cue in some language (one array lookup for most words).
    any: Vec<bool>,
    /// Per language index, its tag and the endings of its infinitives ([`INFINITIVES`]).
    infinitives: HashMap<u32, (&'static str, &'static [&'static str])>,
}

impl Cues {
    /// The cues as `corpus` numbers its words and languages.
    pub fn new(corpus: &Corpus) -> Self {
        let mut wanted: HashMap<&str, Vec<(u32, u8)>> = HashMap::default();
        let language = |tag: &str| corpus.languages.iter().position(|l| primary(l) == tag);
        let mut infinitives = HashMap::default();
        for (tag, prepositions, endings) in INFINITIVES {
            if let Some(li) = language(tag) {
                infinitives.insert(li as u32, (tag, endings));
                for w in prepositions.split_whitespace() {
                    wanted
                        .entry(w)
                        .or_default()
                        .push((li as u32, BEFORE_INFINITIVE));
                }
            }
        }
        for (tag, nouns, verbs, objects) in CUES {
            let Some(li) = language(tag) else {
                continue;
            };
            for (list, bit) in [
                (nouns, BEFORE_NOUN),
                (verbs, BEFORE_VERB),
                (objects, AFTER_VERB),
            ] {
                for w in list.split_whitespace() {
                    wanted.entry(w).or_default().push((li as u32, bit));
                }
            }
        }
        let mut cues = Cues {
            by_word: HashMap::default(),
            any: vec![false; corpus.words.len()],
            infinitives,
        };
        if wanted.is_empty() {
            return cues;
        }
        for (id, w) in corpus.words.iter().enumerate() {
            if let Some(found) = wanted.get(w.as_str()) {
                cues.any[id] = true;
                for &(li, bit) in found {
                    *cues.by_word.entry((id as u32, li)).or_default() |= bit;
                }
            }
        }
        cues
    }

    /// Whether `word` has the ending of an infinitive of the language with index `language`.
    fn infinitive(&self, word: &str, language: usize) -> bool {
        self.infinitives
            .get(&(language as u32))
            .is_some_and(|(tag, endings)| match endings {
                [] => wordclass::is_verb(tag, word) || wordclass::is_verb_where_used_so(tag, word),
                _ => endings.iter().any(|e| word.ends_with(e)),
            })
    }

    /// The cue bits of a word in a language (0 for most words).
    fn get(&self, word: u32, language: usize) -> u8 {
        if !self.any.get(word as usize).copied().unwrap_or(false) {
            return 0;
        }
        self.by_word
            .get(&(word, language as u32))
            .copied()
            .unwrap_or(0)
    }
}

/// What one question's answers say of their words: which are verbs, and which nouns.
#[derive(Debug, Default)]
pub struct Names {
    /// Word ids taken for verbs.
    verbs: HashSet<u32>,
    /// Word ids seen after an article, a possessive or a determiner [`NOUN_USES`] times or more,
    /// and more often than as a verb: nouns here, whatever the verb list says ("el deber").
    nouns: HashSet<u32>,
    /// Word ids seen after an article, a possessive or a determiner once at least, and more
    /// often than as a verb: a present singular is a noun here ("la copia").
    named: HashSet<u32>,
    /// Word ids seen as a verb once at least and never after an article, a possessive or a
    /// determiner: an English word the treebanks use as a verb half the time is one here
    /// ("should lead", [`wordclass::is_verb_where_used_so`]).
    leaning: HashSet<u32>,
    /// Arabic words that are a conjunction or preposition glued to another word ("وحماية",
    /// "لتبادل", "بموارد", "للجرائم", [`Names::arabic_clitics`]): no phrase begins with one.
    clitics: HashSet<u32>,
    /// Of those, "and" or "so" before a word without the article ("وتمويل"): no phrase of two
    /// words or more ends with one, a coordination cut short ("الوطنية وتمويل").
    cut: HashSet<u32>,
}

/// Times a word must follow an article, a possessive or a determiner to be a noun whatever the
/// verb list says (once can be an object pronoun: "nous les partageons").
const NOUN_USES: u32 = 2;

/// Nothing known of a question's words: only the dictionaries and the endings judge.
pub static UNKNOWN: Names = Names {
    verbs: HashSet::with_hasher(rustc_hash::FxBuildHasher),
    nouns: HashSet::with_hasher(rustc_hash::FxBuildHasher),
    named: HashSet::with_hasher(rustc_hash::FxBuildHasher),
    leaning: HashSet::with_hasher(rustc_hash::FxBuildHasher),
    clitics: HashSet::with_hasher(rustc_hash::FxBuildHasher),
    cut: HashSet::with_hasher(rustc_hash::FxBuildHasher),
};

impl Names {
    /// Reads the words before each word of `answers` (one question's).
    pub fn new(corpus: &Corpus, cues: &Cues, answers: &[&Answer]) -> Self {
        let mut counts: HashMap<u32, [u32; 2]> = HashMap::default();
        let mut uses = vec![0u32; cues.any.len()];
        for a in answers {
            for s in &a.sentences {
                for &w in &s.words {
                    if let Some(n) = uses.get_mut(w as usize) {
                        *n += 1;
                    }
                }
                for i in 1..s.words.len() {
                    // A comma or a colon between two words: neither tells what the other is
                    // ("les obstacles juridiques : les…").
                    if s.breaks.contains(&(i as u32)) {
                        continue;
                    }
                    let (word, next) = (s.words[i - 1], s.words[i]);
                    let (before, after) = (cues.get(word, a.language), cues.get(next, a.language));
                    if before & BEFORE_NOUN != 0 {
                        counts.entry(next).or_default()[0] += 1;
                    } else if before & BEFORE_VERB != 0
                        || (before & BEFORE_INFINITIVE != 0
                            && cues.infinitive(&corpus.words[next as usize], a.language))
                    {
                        counts.entry(next).or_default()[1] += 1;
                    }
                    if after & AFTER_VERB != 0 {
                        counts.entry(word).or_default()[1] += 1;
                    }
                }
            }
        }
        let named: HashSet<u32> = counts
            .iter()
            .filter(|(_, [noun, verb])| noun > verb)
            .map(|(w, _)| *w)
            .collect();
        let nouns = named
            .iter()
            .filter(|w| counts[w][0] >= NOUN_USES)
            .copied()
            .collect();
        let leaning = counts
            .iter()
            .filter(|(_, [noun, verb])| *noun == 0 && *verb >= 1)
            .map(|(w, _)| *w)
            .collect();
        Names {
            verbs: counts
                .into_iter()
                .filter(|(w, [noun, verb])| {
                    *verb >= VERBAL && *verb >= 2 * noun && *verb * 10 >= uses[*w as usize]
                })
                .map(|(w, _)| w)
                .collect(),
            nouns,
            named,
            leaning,
            ..Names::arabic_clitics(corpus, answers)
        }
    }

    /// The [`Names::clitics`] and [`Names::cut`] of `answers`' Arabic words: a word whose
    /// "و", "ف", "ل" or "ب" taken off leaves a word of three letters or more that the answers
    /// also write alone (after "و" and "ف", or with the article: "وتمويل", "التمويل"); any word
    /// that begins with "و" but those of [`WAW_WORDS`]; and "لل", "بال", "فال" before three
    /// letters. Words that begin so by themselves ("وطنية", "لجنة", "برامج") leave no word.
    fn arabic_clitics(corpus: &Corpus, answers: &[&Answer]) -> Names {
        let mut out = Names::default();
        let Some(arabic) = corpus.languages.iter().position(|l| primary(l) == "ar") else {
            return out;
        };
        let ids: HashSet<u32> = answers
            .iter()
            .filter(|a| a.language == arabic)
            .flat_map(|a| a.sentences.iter().flat_map(|s| s.words.iter().copied()))
            .collect();
        let written: HashSet<&str> = ids
            .iter()
            .map(|&w| corpus.words[w as usize].as_str())
            .collect();
        for &w in &ids {
            let word = corpus.words[w as usize].as_str();
            let Some(rest) = word.strip_prefix(['و', 'ف', 'ل', 'ب']) else {
                continue;
            };
            // With the article too after "و" and "ف" ("وتمويل", "التمويل"); "ب" and "ل" need
            // the word itself ("بطاقة" is no "ب" before "الطاقة").
            let with_article = word.starts_with(['و', 'ف']);
            let alone = |rest: &str| {
                rest.chars().count() >= 3
                    && (written.contains(rest)
                        || (with_article
                            && !rest.starts_with("ال")
                            && written.contains(format!("ال{rest}").as_str())))
            };
            let after_la = rest
                .strip_prefix('ل')
                .is_some_and(|r| word.starts_with('ل') && alone(&format!("ال{r}")));
            // "و" glued to a word: any word but those that begin with it by themselves.
            let and = word.starts_with('و')
                && rest.chars().count() >= 3
                && !WAW_WORDS.iter().any(|p| word.starts_with(p));
            // "لل", "بال" and "فال" before three letters are "for the", "with the", "so the"
            // ("للجرائم", "بالتعاون").
            let for_the = ["لل", "بال", "فال"]
                .iter()
                .any(|p| word.strip_prefix(p).is_some_and(|r| r.chars().count() >= 3));
            if alone(rest) || after_la || and || for_the {
                out.clitics.insert(w);
                if word.starts_with(['و', 'ف']) && !rest.starts_with("ال") {
                    out.cut.insert(w);
                }
            }
        }
        out
    }

    /// Whether the written form `words` (word ids, with `stems` beside), written in the
    /// language with index `language`, may name a theme or be a key term: no word of it a
    /// verb (an English gerund, "sharing the data", names all the same: "information
    /// sharing"), by its neighbours, its ending or the language's verb list, nor a function
    /// word of the language's list ([`wordclass`]), unless the question's answers use it as a
    /// noun; no Spanish gerund; and (Chinese) no word the dictionary does not know or tags as
    /// no part of a noun phrase. A word of the lexicon is a word of the field, whatever the
    /// Chinese dictionary says ("立法" is tagged an adverb); standing alone, it must be one of
    /// the lexicon's words by itself ([`concepts::Index::knows_alone`]).
    pub fn fit(
        &self,
        corpus: &Corpus,
        lexicon: &concepts::Index,
        language: usize,
        stems: &[u32],
        words: &[u32],
    ) -> bool {
        let tag = corpus.languages.get(language).map_or("", |l| primary(l));
        let alone = stems.iter().filter(|&&s| s != STOP).count() == 1;
        // An English past form alone ("used", "worked", "offered") names nothing, whatever
        // it qualifies in the answers ("connected devices" does).
        if alone
            && tag == "en"
            && let Some(&w) = words
                .iter()
                .zip(stems)
                .find(|(_, s)| **s != STOP)
                .map(|(w, _)| w)
            && english_past(&corpus.words[w as usize])
        {
            return false;
        }
        // An Arabic phrase begins with no "and", "for" or "with", and ends with no "and" cut
        // from what it joins.
        if let (Some(first), Some(last)) = (words.first(), words.last())
            && (self.clitics.contains(first) || (!alone && self.cut.contains(last)))
        {
            return false;
        }
        words.iter().zip(stems).all(|(&w, &s)| {
            if s == STOP {
                return true;
            }
            let word = corpus.words[w as usize].as_str();
            // A function word or numeral of one of the lexicon's phrases, whole in this one,
            // names with it ("two factor authentication").
            let function =
                wordclass::is_function_word(tag, word) && !lexicon.in_an_entry_of(s, stems);
            if (self.verbs.contains(&w) && !arabic_noun(word) && !word.ends_with("ing"))
                || inflected_verb(word)
                || (!self.nouns.contains(&w) && (wordclass::is_verb(tag, word) || function))
                || (!self.named.contains(&w) && wordclass::is_present_singular(tag, word))
                || (self.leaning.contains(&w) && wordclass::is_verb_where_used_so(tag, word))
            {
                return false;
            }
            if !word.chars().next().is_some_and(is_han) {
                return true;
            }
            // A word of the lexicon's phrases may stand in a phrase whatever its tag ("联合行动"),
            // but alone only if the lexicon has it alone: "建立" (establish) is no name.
            if (alone && lexicon.knows_alone(s)) || (!alone && lexicon.knows(s)) {
                return true;
            }
            zh_tag(word).is_some_and(|tag| !ZH_NEVER.contains(&tag.as_str()))
        })
    }
}

/// The beginnings of the Arabic words of the field that begin with "و" by themselves
/// ("وطنية" national, "وزارة" ministry, "وكالة" agency, "وحدة" unit, "وسائل" means, "وعي"
/// awareness, "وصول" access, "ورشة" workshop…): any other word that begins with "و" is "and"
/// before a word.
const WAW_WORDS: &[&str] = &[
    "وطن",
    "وزار",
    "وزير",
    "وكال",
    "وكيل",
    "وحد",
    "وحيد",
    "وسائ",
    "وسيل",
    "وسيط",
    "وسط",
    "وقت",
    "وقائ",
    "وقاي",
    "وعي",
    "وثيق",
    "وثائق",
    "وصول",
    "وصف",
    "ورش",
    "ورق",
    "وضع",
    "وجود",
    "وجه",
    "واضح",
    "واقع",
    "واجب",
    "واجه",
    "وظيف",
    "وظائف",
    "ولاي",
    "وفد",
    "وفق",
    "ويب",
    "وزن",
    "ولو",
    "واحد",
    "ويند",
    "ويكي",
    "وهم",
    "وزر",
    "وساط",
    "واتس",
    "وضوح",
    "وكل",
];

/// An Arabic word with the article, alone or behind a conjunction or preposition ("الشركات",
/// "والتعاون", "بالمعلومات", "للحوادث"): a noun, whatever word comes before it.
fn arabic_noun(word: &str) -> bool {
    let rest = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    rest.starts_with("ال")
        || rest.starts_with("لل")
        || ["بال", "كال"].iter().any(|p| rest.starts_with(p))
}

/// A word whose ending only a verb has, in the languages that inflect so: a Spanish gerund
/// ("exigiendo", "construyendo"), reflexive infinitive ("protegerse" aside, since English
/// "diverse" ends so: "coordinarse", "sumarse") or third person plural of the past or the
/// conditional ("funcionaban", "podrían", "crearon", "pidieron"); a French third person plural
/// of the imperfect, the conditional or the future ("mériteraient", "permettront", "pourront"); an Arabic
/// imperfect ("يتناول", "ينظم", "سيكون"), which begins with its ya' (after the future's sin)
/// where nouns take the article; and an infinitive of the Spanish (and Portuguese) verbs made
/// from adjectives and nouns, whose endings no noun has ("fortalecer", "garantizar",
/// "identificar"), which a small call may use too rarely for its neighbours to tell. (French
/// "-iser" and "-ifier" are not among them: English nouns end so, "organiser", "identifier".)
fn inflected_verb(word: &str) -> bool {
    let letters = word.chars().count();
    // "و" before a word is read through ("ويقدم"), but not "ف", which begins loanwords
    // ("فيروس", "فيديو"), nor the words that begin with "و" by themselves ("ويندوز").
    let arabic_imperfect = arabic_imperfect(word)
        || (!WAW_WORDS.iter().any(|p| word.starts_with(p))
            && word
                .strip_prefix('و')
                .is_some_and(|rest| rest.chars().count() >= 4 && arabic_imperfect(rest)));
    if letters < 6 {
        return arabic_imperfect;
    }
    if matches!(word, "comando" | "comandos" | "contrabando") {
        return false;
    }
    const ENDINGS: [&str; 8] = [
        "ando", "iendo", "yendo", "aban", "ían", "aron", "ieron", "aient",
    ];
    const RUSSIAN: [&str; 7] = ["ются", "ятся", "ится", "ется", "ться", "ют", "ят"];
    ENDINGS.iter().chain(&RUSSIAN).any(|e| word.ends_with(e))
        // Russian nouns in "-ть" are short ("сеть", "часть", "печать").
        || (["ать", "ять", "ить", "еть"].iter().any(|e| word.ends_with(e)) && letters >= 7)
        // English "coarse", "sparse" are short.
        || ((word.ends_with("arse") || word.ends_with("irse")) && letters >= 7)
        // "front", "affront" are short.
        || (word.ends_with("ront") && letters >= 8)
        // "crecer", "cazar" are short enough to leave alone.
        || (["ecer", "izar"].iter().any(|e| word.ends_with(e)) && letters >= 7)
        || (word.ends_with("ificar") && letters >= 8)
        || arabic_imperfect
}

/// Whether an English word has a past form's ending: "-ed", from six letters, but "-eed",
/// "-bed", "-shed" and "hatred" ("speed", "feed", "testbed", "watershed" are nouns).
fn english_past(word: &str) -> bool {
    word.len() >= 6
        && word.ends_with("ed")
        && !["eed", "bed", "shed", "hatred"]
            .iter()
            .any(|e| word.ends_with(e))
        && word.is_ascii()
}

/// An Arabic imperfect by its prefix: "he" (ya', after the future's sin: "ينظم", "سيكون"),
/// from four letters; "she", "you" or "we" (ta', nun) before the ta' of the derived forms
/// ("تستخدم", "نستخدم", "تتحمل", "تجتمع", "نقترح"), from five, where the nouns of those
/// forms begin with an alif ("استخدام", "اجتماع", "اقتراح"); a ta' or nun then another letter
/// then ta' is a noun when a ya' follows ("تفتيش", "تكتيك": the verbal noun of the second
/// form). "تبادل", "تعاون", "تدريب" and "نقص" stay nouns.
fn arabic_imperfect(word: &str) -> bool {
    let letters: Vec<char> = word.chars().take(6).collect();
    if (word.starts_with('ي') || word.starts_with("سي")) && letters.len() >= 4 {
        return true;
    }
    letters.len() >= 5
        && (word.starts_with("تست")
            || word.starts_with("نست")
            || word.starts_with("تت")
            || (matches!(letters[0], 'ت' | 'ن') && letters[2] == 'ت' && letters[3] != 'ي'))
}

#[cfg(test)]
mod tests {
    use super::{english_past, inflected_verb};

    #[test]
    fn an_english_past_form_but_nouns_of_its_shape() {
        for past in ["shared", "worked", "offered", "infected", "required"] {
            assert!(english_past(past), "{past}");
        }
        for noun in [
            "testbed",
            "hotbed",
            "watershed",
            "hatred",
            "speed",
            "feed",
            "breed",
        ] {
            assert!(!english_past(noun), "{noun}");
        }
    }

    #[test]
    fn endings_only_verbs_have_are_verbs_and_nouns_are_not() {
        for verb in [
            "exigiendo",
            "construyendo",
            "coordinarse",
            "funcionaban",
            "podrían",
            "crearon",
            "pidieron",
            "mériteraient",
            "permettront",
            "pourront",
            "يتناول",
            "ينظم",
            "سيكون",
            "ويقدم",
            "تستخدم",
            "نستخدم",
            "تتحمل",
            "تجتمع",
            "نقترح",
            "fortalecer",
            "establecer",
            "garantizar",
            "armonizar",
            "identificar",
            "notificar",
        ] {
            assert!(inflected_verb(verb), "{verb}");
        }
        for noun in [
            "comando",
            "diverse",
            "coarse",
            "sparse",
            "gouvernement",
            "incidents",
            "aaron",
            "التعاون",
            "تبادل",
            "نقص",
            "تدريب",
            "تعاون",
            "تفتيش",
            "تكتيك",
            "استخدام",
            "وطني",
            "وزارة",
            "ويب",
            "نتائج",
            "فيروس",
            "فيروسات",
            "فيديو",
            "ويندوز",
            "front",
            "affront",
            "operadores",
            "training",
            "fortalecimiento",
            "organiser",
            "identifier",
            "identificación",
            "bazar",
        ] {
            assert!(!inflected_verb(noun), "{noun}");
        }
    }
}
