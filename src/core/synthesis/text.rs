//! Text analysis for the synthesis: the language of an answer, its sentences, and its words reduced to stems with stop words marked, for the six UN languages, four more the NRIs write in (Portuguese, German, Italian, Dutch) and anything else.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

/// The languages the synthesis analyses specially; others get plain lower-cased words.
pub const ANALYSED: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// Languages in the Latin script told apart by their stop words, the six's first (a tie goes
/// to the form's language, else to the first here). Answers come in the NRIs' own languages
/// too: Portuguese, German, Italian and Dutch are recognised, stemmed and have their stop
/// words, so they are neither read as Spanish or English nor set aside as off-topic (the
/// lexicon, which judges that, has the six alone).
const LATIN: [&str; 7] = ["en", "fr", "es", "pt", "de", "it", "nl"];

/// Chinese function words of two characters or more (a single character is never a stem):
/// NLTK has no Chinese list. Pronouns, conjunctions, modal verbs, adverbs of degree and time,
/// and the words of thanks and of "no comment".
const ZH_STOP: &[&str] = &[
    "我们", "你们", "他们", "她们", "它们", "自己", "大家", "这个", "那个", "这些", "那些", "这样",
    "那样", "这种", "一个", "一种", "一些", "有些", "所有", "每个", "其他", "其它", "许多", "很多",
    "更多", "以及", "因为", "所以", "但是", "而且", "或者", "如果", "虽然", "然而", "因此", "并且",
    "还是", "就是", "不是", "没有", "可以", "应该", "应当", "需要", "必须", "能够", "可能", "已经",
    "非常", "十分", "比较", "特别", "尤其", "目前", "现在", "今天", "如今", "进行", "通过", "对于",
    "关于", "之间", "其中", "由于", "为了", "什么", "怎么", "如何", "哪些", "认为", "觉得", "希望",
    "谢谢", "感谢", "意见", "评论", "附件", "等等", "方面", "问题", "情况", "时候", "我国", "贵国",
    "才能", "同时", "来说", "成为", "从而", "以便", "之后", "之前", "一起",
];

/// The Chinese segmenter, with the word list in `data/zh-words.txt` (see `data/README.md`),
/// made the first time Chinese is read.
fn jieba() -> &'static jieba_rs::Jieba {
    static JIEBA: std::sync::OnceLock<jieba_rs::Jieba> = std::sync::OnceLock::new();
    JIEBA.get_or_init(|| {
        let words = include_str!("data/zh-words.txt");
        jieba_rs::Jieba::with_dict(&mut std::io::BufReader::new(words.as_bytes()))
            .unwrap_or_else(|_| jieba_rs::Jieba::empty())
    })
}

/// A Chinese word's part of speech in the segmenter's dictionary: `None` for a word it does
/// not know (its hidden Markov model made it), an empty tag for a word whose tag the word list
/// does not keep (`data/README.md`).
pub(super) fn zh_tag(word: &str) -> Option<String> {
    let jieba = jieba();
    if !jieba.has_word(word) {
        return None;
    }
    let tags = jieba.tag(word, false);
    Some(match tags.as_slice() {
        [one] => one.tag.to_string(),
        _ => String::new(),
    })
}

/// One token of an answer: its stem and the form it had, lower-cased.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// The stem (for Chinese, the word).
    pub stem: String,
    /// The word as written, lower-cased.
    pub surface: String,
    /// Whether it is a stop word, which breaks phrases.
    pub stop: bool,
}

/// Per-language stemmers and stop-word lists, built once.
pub struct Analyzer {
    stemmers: HashMap<&'static str, Stemmer>,
    stop_words: HashMap<&'static str, HashSet<String>>,
    // For language detection: each stop word of the [`LATIN`] languages with a bit per
    // language (bit i for `LATIN[i]`), so one lookup answers for all of them.
    latin_stops: HashMap<String, u8>,
    /// The lexicon's and the weak words' stems, made on first use: they depend on the
    /// analyser alone, so each synthesis need not stem them again.
    lexicon: std::sync::OnceLock<super::concepts::Stemmed>,
    weak: std::sync::OnceLock<HashSet<String>>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl Analyzer {
    /// Builds the stemmers and stop-word lists.
    pub fn new() -> Self {
        let mut stemmers = HashMap::default();
        let mut stop_words: HashMap<&'static str, HashSet<String>> = HashMap::default();
        for (tag, algorithm, list) in [
            ("ar", Algorithm::Arabic, stop_words::LANGUAGE::Arabic),
            ("en", Algorithm::English, stop_words::LANGUAGE::English),
            ("es", Algorithm::Spanish, stop_words::LANGUAGE::Spanish),
            ("fr", Algorithm::French, stop_words::LANGUAGE::French),
            ("ru", Algorithm::Russian, stop_words::LANGUAGE::Russian),
            (
                "pt",
                Algorithm::Portuguese,
                stop_words::LANGUAGE::Portuguese,
            ),
            ("de", Algorithm::German, stop_words::LANGUAGE::German),
            ("it", Algorithm::Italian, stop_words::LANGUAGE::Italian),
            ("nl", Algorithm::Dutch, stop_words::LANGUAGE::Dutch),
        ] {
            stemmers.insert(tag, Stemmer::create(algorithm));
            stop_words.insert(
                tag,
                stop_words::get(list)
                    .into_iter()
                    .map(|w| w.to_lowercase())
                    .collect(),
            );
        }
        stop_words.insert("zh", ZH_STOP.iter().map(|w| w.to_string()).collect());
        if let Some(en) = stop_words.get_mut("en") {
            en.extend(EN_STOP.iter().map(|w| w.to_string()));
        }
        // Arabic words are looked up normalised (see `arabic_key`), the list too, with the
        // adverbs and particles NLTK's list lacks.
        if let Some(ar) = stop_words.get_mut("ar") {
            *ar = ar
                .iter()
                .map(String::as_str)
                .chain(AR_STOP.iter().copied())
                .map(|w| arabic_key(w).into_owned())
                .collect::<HashSet<String>>();
        }
        let mut latin_stops: HashMap<String, u8> = HashMap::default();
        for (i, tag) in LATIN.iter().enumerate() {
            for word in stop_words.get(tag).into_iter().flatten() {
                let word: &String = word;
                *latin_stops.entry(word.clone()).or_insert(0) |= 1 << i;
            }
        }
        Self {
            stemmers,
            stop_words,
            latin_stops,
            lexicon: std::sync::OnceLock::new(),
            weak: std::sync::OnceLock::new(),
        }
    }

    /// The lexicon's entries and field words as stems ([`super::concepts::Stemmed`]).
    pub fn lexicon(&self) -> &super::concepts::Stemmed {
        self.lexicon
            .get_or_init(|| super::concepts::Stemmed::new(self))
    }

    /// The stems of the weak words ([`super::terms::weak_stems`]).
    pub fn weak_words(&self) -> &HashSet<String> {
        self.weak.get_or_init(|| super::terms::weak_words(self))
    }

    /// Makes now what the first synthesis would otherwise make: the lexicon's and the weak
    /// words' stems, the Chinese segmenter (the lexicon's Chinese entries need it), the
    /// gazetteer of initiatives and the word-class lists. A worker calls it while the person
    /// chooses files.
    pub fn warm(&self) {
        self.lexicon();
        self.weak_words();
        super::initiatives::warm();
        super::wordclass::warm();
    }

    /// Whether [`Self::warm`] (or a synthesis) has made the lexicon's stems.
    pub fn is_warm(&self) -> bool {
        self.lexicon.get().is_some() && self.weak.get().is_some()
    }

    /// The language an answer is written in: Arabic, Chinese or Russian by their script, else
    /// the [`LATIN`] language whose stop words it uses most, else `fallback` (the form's
    /// language).
    pub fn detect<'a>(&self, text: &str, fallback: &'a str) -> &'a str
    where
        'static: 'a,
    {
        let (mut han, mut arabic, mut cyrillic, mut letters) = (0usize, 0usize, 0usize, 0usize);
        // ASCII text (most English answers) has Latin letters or none: no need to count scripts.
        let ascii = text.is_ascii();
        if ascii {
            letters = usize::from(text.bytes().any(|b| b.is_ascii_alphabetic()));
        }
        for c in text.chars().take(if ascii { 0 } else { 2_000 }) {
            match c {
                '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
                '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' => arabic += 1,
                '\u{0400}'..='\u{04FF}' => cyrillic += 1,
                c if c.is_alphabetic() => letters += 1,
                _ => {}
            }
        }
        let total = han + arabic + cyrillic + letters;
        if total == 0 {
            return fallback;
        }
        for (count, tag) in [(han, "zh"), (arabic, "ar"), (cyrillic, "ru")] {
            if count * 2 > total {
                return tag;
            }
        }
        // Latin script: the language whose stop words it uses most.
        let mut hits = LATIN.map(|tag| (tag, 0usize));
        // The first couple of hundred bytes say enough, and keep this cheap for long answers.
        let mut end = text.len().min(240);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut buffer = String::new();
        // Spelling tells the languages that share most stop words apart: "-ción" is Spanish,
        // "-ção" and "ã" Portuguese, "-zione" Italian (indices into `LATIN`).
        const SPELLING: [(&str, usize); 6] = [
            ("ción", 2),
            ("ciones", 2),
            ("ção", 3),
            ("ções", 3),
            ("zione", 5),
            ("zioni", 5),
        ];
        self.words(&text[..end], &mut buffer, |word| {
            if let Some(bits) = self.latin_stops.get(word) {
                for (i, (_, n)) in hits.iter_mut().enumerate() {
                    *n += usize::from(bits >> i & 1);
                }
            } else if !word.is_ascii() {
                if let Some((_, i)) = SPELLING.iter().find(|(end, _)| word.ends_with(end)) {
                    hits[*i].1 += 1;
                } else if word.contains(['ã', 'õ']) {
                    hits[3].1 += 1;
                } else if word.contains('ñ') {
                    hits[2].1 += 1;
                }
            } else if let Some((_, i)) = SPELLING[4..].iter().find(|(end, _)| word.ends_with(end)) {
                hits[*i].1 += 1;
            }
        });
        // The six (the form's languages) win by one more: a Spanish list with "mas" for "más"
        // is not Portuguese. Then ties go to the form's language when it is among them, else
        // in a fixed order.
        for (tag, n) in &mut hits {
            if *n > 0 && ANALYSED.contains(tag) {
                *n += 1;
            }
        }
        let best = hits.iter().map(|h| h.1).max().unwrap_or(0);
        if best == 0 {
            return fallback;
        }
        if hits.iter().any(|(tag, n)| *n == best && *tag == fallback) {
            return fallback;
        }
        hits.iter().find(|h| h.1 == best).map_or(fallback, |h| h.0)
    }

    /// Calls `f` with each word of `text`, lower-cased; runs of Chinese characters are cut into
    /// words by a dictionary segmenter (jieba). `buffer` is reused so the common case allocates
    /// nothing.
    pub fn words(&self, text: &str, buffer: &mut String, mut f: impl FnMut(&str)) {
        self.words_marked(text, buffer, |w, _| f(w));
    }

    /// [`Analyzer::words`], telling with each word whether a comma, colon, semicolon, bracket
    /// or dash ([`is_break`]) comes between it and the word before.
    pub fn words_marked(&self, text: &str, buffer: &mut String, mut f: impl FnMut(&str, bool)) {
        let mut broken = false;
        // Han characters are three bytes long, led by 0xE3 to 0xE9 (or 0xEF, 0xF0 for the
        // compatibility and extension blocks): text without such bytes has none.
        if !text.bytes().any(|b| (0xE3..=0xF0).contains(&b)) {
            if text.is_ascii() {
                ascii_words(text, buffer, &mut broken, &mut f);
            } else {
                unicode_words(text, buffer, &mut broken, &mut f);
            }
            return;
        }
        // UAX #29 cuts Chinese into single characters; runs of them go to the segmenter.
        let mut rest = text;
        while !rest.is_empty() {
            let split = rest.find(is_han).unwrap_or(rest.len());
            let (other, han) = rest.split_at(split);
            if other.is_ascii() {
                ascii_words(other, buffer, &mut broken, &mut f);
            } else {
                unicode_words(other, buffer, &mut broken, &mut f);
            }
            let end = han.find(|c: char| !is_han(c)).unwrap_or(han.len());
            if end > 0 {
                for word in jieba().cut(&han[..end], true) {
                    f(word.word, std::mem::take(&mut broken));
                }
            }
            rest = &han[end..];
        }
    }

    /// The stem of a lower-cased word in `language`, or `None` for a stop word, a number or a
    /// single character (which carry no theme and break phrases).
    pub fn stem(&self, word: &str, language: &str) -> Option<String> {
        if word.chars().next().is_some_and(is_han) {
            // A single character is a particle or a fragment; a word is its own stem.
            let stop = word.chars().nth(1).is_none() || self.stop_words["zh"].contains(word);
            return (!stop).then(|| word.to_string());
        }
        if word.chars().count() < 2 || word.chars().all(char::is_numeric) {
            return None;
        }
        if language == "ar" {
            let key = arabic_key(word);
            let stops = &self.stop_words["ar"];
            // "وهذا" is "and" + "this": a stop word behind the conjunction is one too.
            let behind_conjunction = key
                .strip_prefix(['و', 'ف'])
                .is_some_and(|rest| rest.chars().nth(1).is_some() && stops.contains(rest));
            if stops.contains(key.as_ref()) || behind_conjunction {
                return None;
            }
            // "والتعاون" is "and" + "the cooperation": the stemmer takes off the article but
            // not the conjunction before it, so the conjunction goes first.
            let key = key
                .strip_prefix(['و', 'ف'])
                .filter(|rest| rest.starts_with("ال") && rest.chars().count() >= 4)
                .unwrap_or(&key);
            return Some(self.stemmers["ar"].stem(key).into_owned());
        }
        if self
            .stop_words
            .get(language)
            .is_some_and(|s| s.contains(word))
        {
            return None;
        }
        Some(match self.stemmers.get(language) {
            Some(s) => s.stem(word).into_owned(),
            None => word.to_string(),
        })
    }

    /// The tokens of `text` in `language`, in order (for tests and tools; the synthesis uses
    /// [`Analyzer::words`] and [`Analyzer::stem`] with a cache).
    pub fn tokens(&self, text: &str, language: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut buffer = String::new();
        self.words(text, &mut buffer, |w| {
            let stem = self.stem(w, language);
            out.push(Token {
                stop: stem.is_none(),
                stem: stem.unwrap_or_else(|| w.to_string()),
                surface: w.to_string(),
            });
        });
        out
    }
}

/// Punctuation that ends a phrase within a sentence: a word before it and a word after it
/// are not read together.
fn is_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '|'
            | '«'
            | '»'
            | '“'
            | '”'
            | '–'
            | '—'
            | '，'
            | '、'
            | '；'
            | '：'
            | '（'
            | '）'
            | '【'
            | '】'
            | '「'
            | '」'
            | '《'
            | '》'
            | '،'
            | '؛'
    )
}

/// Words of text with other than ASCII letters, by UAX #29 word boundaries (what
/// `unicode_words` gives), a typographic apostrophe written straight, noting [`is_break`]
/// punctuation between them in `broken`.
fn unicode_words(
    text: &str,
    buffer: &mut String,
    broken: &mut bool,
    f: &mut impl FnMut(&str, bool),
) {
    for segment in text.split_word_bounds() {
        if segment.chars().any(char::is_alphanumeric) {
            lower_unmarked(segment, buffer);
            // "don’t" is "don't", as the stop words write it.
            if buffer.contains('\u{2019}') {
                *buffer = buffer.replace('\u{2019}', "'");
            }
            f(without_elision(buffer), std::mem::take(broken));
        } else if segment.chars().any(is_break) {
            *broken = true;
        }
    }
}

/// Words of ASCII text without the Unicode segmenter, which is several times slower: runs of
/// letters and digits, an apostrophe between letters kept ("don't"), lower-cased; [`is_break`]
/// punctuation between them is noted in `broken`.
fn ascii_words(text: &str, buffer: &mut String, broken: &mut bool, f: &mut impl FnMut(&str, bool)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            *broken |= is_break(char::from(bytes[i]));
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_alphanumeric()
                || (bytes[i] == b'\''
                    && i + 1 < bytes.len()
                    && bytes[i + 1].is_ascii_alphabetic()
                    && bytes[i - 1].is_ascii_alphabetic()))
        {
            i += 1;
        }
        buffer.clear();
        buffer.extend(
            bytes[start..i]
                .iter()
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        f(without_elision(buffer), std::mem::take(broken));
    }
}

/// A lower-cased word without a French elided article or pronoun before its apostrophe
/// ("l'état", "d'incidents", "qu'ils", "c'est" → "état", "incidents", "ils", "est"): the word
/// after it is what the answer says, and "c'est" or "d'indicateurs" would otherwise be a
/// word of its own in labels and key terms. Other apostrophes ("don't", "o'brien") are kept.
fn without_elision(word: &str) -> &str {
    const ELIDED: [&str; 12] = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
    ];
    // Most words have no apostrophe: one pass over their bytes (’ is E2 80 99 in UTF-8).
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return word;
    }
    for apostrophe in ['\'', '\u{2019}'] {
        if let Some((head, rest)) = word.split_once(apostrophe)
            && ELIDED.contains(&head)
            && rest.chars().next().is_some_and(char::is_alphabetic)
        {
            return rest;
        }
    }
    word
}

/// English contractions that NLTK's list lacks (it has "don't", "won't", "isn't"): "can't"
/// was a key term. Typographic apostrophes are read as straight ones ([`unicode_words`]).
const EN_STOP: &[&str] = &[
    "can't", "let's", "that's", "there's", "here's", "what's", "who's", "i'm", "we're", "they're",
    "we've", "they've", "i've", "we'll", "they'll", "i'll", "i'd", "we'd", "they'd", "he's",
    "he'd", "she'd", "it'd", "ain't",
];

/// Arabic adverbs and particles that NLTK's list lacks ("very", "now", "only", "also",
/// "always", "through", "here", "there", "we have"…): they name nothing and cut phrases.
const AR_STOP: &[&str] = &[
    "جدا",
    "الآن",
    "الان",
    "أيضا",
    "فقط",
    "دائما",
    "غالبا",
    "كثيرا",
    "قليلا",
    "حاليا",
    "عبر",
    "هناك",
    "هنا",
    "لدى",
    "لدينا",
    "لديهم",
    "لديها",
    "نحن",
    "عندنا",
    "بعض",
    "مثل",
    "ضمن",
    "نحو",
    "خاصة",
    "تماما",
    "أكثر",
    "أقل",
    "معظم",
    "ولكن",
    "بل",
    "حتى",
    "إذا",
    "كيف",
    "لماذا",
];

/// Whether `c` is an Arabic vowel mark (harakat, tanwin, shadda, sukun, the dagger alif) or
/// the tatweel that stretches a word: none changes the word, so none is kept.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// `word` lower-cased into `buffer`, without Arabic vowel marks or tatweel.
fn lower_unmarked(word: &str, buffer: &mut String) {
    buffer.clear();
    if word.is_ascii() {
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
        return;
    }
    for c in word.chars().filter(|c| !is_arabic_mark(*c)) {
        super::letters::push_lowercase(c, buffer);
    }
}

/// An Arabic word as it is compared: without marks, every alif with a hamza or madda a bare
/// alif, and the alif maqsura a ya (people write "إلى" and "الى", "على" and "علي" alike).
/// The word shown keeps its spelling; only lookups and stems use this.
pub fn arabic_key(word: &str) -> std::borrow::Cow<'_, str> {
    let changes = |c: char| is_arabic_mark(c) || matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ' | 'ى');
    if !word.chars().any(changes) {
        return std::borrow::Cow::Borrowed(word);
    }
    std::borrow::Cow::Owned(
        word.chars()
            .filter(|c| !is_arabic_mark(*c))
            .map(|c| match c {
                'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
                'ى' => 'ي',
                c => c,
            })
            .collect(),
    )
}

/// Whether `c` is a Chinese character.
pub(super) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// What people write when they have nothing to say here, in the six languages and the other
/// [`LATIN`] ones, written as [`normalised`] writes them.
const NON_ANSWERS: &[&str] = &[
    // English
    "see attached",
    "see attachment",
    "see the attached",
    "please see attached",
    "attached",
    "see above",
    "as above",
    "same as above",
    "see answer above",
    "na",
    "n a",
    "none",
    "nil",
    "nothing",
    "no comment",
    "no comments",
    "not applicable",
    "thanks",
    "thank you",
    "no",
    "yes",
    "tbd",
    "n a thanks",
    // French
    "voir pièce jointe",
    "voir pj",
    "voir ci joint",
    "ci joint",
    "voir ci dessus",
    "idem",
    "sans objet",
    "merci",
    "aucun",
    "aucune",
    "rien",
    "néant",
    "pas de commentaire",
    // Spanish
    "ver adjunto",
    "ver archivo adjunto",
    "adjunto",
    "ver arriba",
    "no aplica",
    "gracias",
    "ninguno",
    "ninguna",
    "nada",
    "sin comentarios",
    // Russian
    "см вложение",
    "см приложение",
    "см выше",
    "нет",
    "спасибо",
    "без комментариев",
    "не применимо",
    "ничего",
    // Chinese
    "见附件",
    "请见附件",
    "详见附件",
    "同上",
    "无",
    "没有",
    "谢谢",
    "不适用",
    "无意见",
    // Arabic
    "انظر المرفق",
    "انظر المرفقات",
    "مرفق",
    "لا يوجد",
    "شكرا",
    "شكرًا",
    "شكراً",
    "لا تعليق",
    "لا ينطبق",
    "كما سبق",
    // Portuguese
    "ver anexo",
    "em anexo",
    "anexo",
    "ver acima",
    "não se aplica",
    "nao se aplica",
    "sem comentários",
    "sem comentarios",
    "nada a declarar",
    "obrigado",
    "obrigada",
    "nenhum",
    "nenhuma",
    // German
    "siehe anhang",
    "siehe oben",
    "anhang",
    "keine angabe",
    "keine angaben",
    "kein kommentar",
    "keine",
    "nichts",
    "danke",
    "nicht zutreffend",
    "entfällt",
    // Italian
    "vedi allegato",
    "in allegato",
    "allegato",
    "vedi sopra",
    "nessun commento",
    "nessuno",
    "niente",
    "grazie",
    "non applicabile",
    // Dutch
    "zie bijlage",
    "zie boven",
    "bijlage",
    "geen commentaar",
    "geen",
    "niets",
    "bedankt",
    "dank u",
    "niet van toepassing",
    "n v t",
    "nvt",
];

/// Lower case, letters and digits only, single spaces: how [`NON_ANSWERS`] are written.
fn normalised(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '\u{064B}' || c == '\u{064C}' {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// Whether an answer says nothing about the question ("See attached", "N/A", "Merci",
/// "见附件", "انظر المرفق"…): it is counted as no substantive answer, never made a theme.
/// Answers of one word are caught where they are tokenised (`corpus`).
pub fn is_non_answer(text: &str) -> bool {
    /// An answer of a few words that points elsewhere says nothing here.
    const POINTERS: &[&str] = &[
        "attached",
        "attachment",
        "pièce jointe",
        "ci joint",
        "adjunto",
        "вложени",
        "приложени",
        "附件",
        "المرفق",
        "anexo",
        "anhang",
        "allegat",
        "bijlage",
    ];
    // Six short words at most, whatever the script: a longer answer is never one of these, and
    // is not copied to find out (answers run to 30,000 characters).
    if text.trim().len() > 160 {
        return false;
    }
    let n = normalised(text);
    n.is_empty()
        || NON_ANSWERS.contains(&n.as_str())
        || (n.split(' ').count() <= 6 && POINTERS.iter().any(|p| n.contains(p)))
}

/// Splits text into sentences: at `.`, `!`, `?` and their Arabic and CJK forms followed by
/// white space or the end (not after an initial: `U.S.`, `J. Smith`), or glued to the next
/// sentence's capital (`training.The`, not `v1.2`), and at line breaks. A list marker opening a sentence (`-`, `•`, `a)`,
/// `1)`) is left out; otherwise sentences keep their text exactly.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // Scan bytes, not characters: every end mark is ASCII or starts with one of a few lead
    // bytes, and UTF-8 never puts those inside another character.
    for (i, &b) in bytes.iter().enumerate() {
        let end = match b {
            b'\n' => Some(i + 1),
            b'.' | b'!' | b'?' => {
                let next = text[i + 1..].chars().next();
                let mut back = text[..i].chars().rev();
                let (before, earlier) = (back.next(), back.next());
                let glued = next.is_some_and(char::is_uppercase)
                    && before.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
                // An initial ("J. Smith", "U.S."): one capital after a space, a stop or nothing.
                let initial = b == b'.'
                    && before.is_some_and(char::is_uppercase)
                    && earlier.is_none_or(|c| c == '.' || c.is_whitespace());
                ((next.is_none_or(char::is_whitespace) && !initial) || glued).then_some(i + 1)
            }
            0xD8 | 0xE3 | 0xEF => {
                let c = text[i..].chars().next().unwrap_or(' ');
                match c {
                    '。' | '！' | '？' => Some(i + c.len_utf8()),
                    '؟' => text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace)
                        .then_some(i + c.len_utf8()),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(end) = end {
            push_sentence(&text[start..end], &mut out);
            start = end;
        }
    }
    push_sentence(&text[start..], &mut out);
    out
}

fn push_sentence<'a>(s: &'a str, out: &mut Vec<&'a str>) {
    let s = without_list_marker(s.trim());
    if s.chars().filter(|c| c.is_alphanumeric()).take(3).count() == 3 {
        out.push(s);
    }
}

/// A sentence without the list marker that opens it: a bullet (`-`, `*`, `•`, `·`, `–`, `—`,
/// `▪`, `►`) or an item label (`a)`, `1)`, `(ii)`, `1.` before a capital), and the space after.
fn without_list_marker(s: &str) -> &str {
    let bullet = s
        .strip_prefix(['-', '*', '•', '·', '–', '—', '▪', '►'])
        .filter(|rest| rest.starts_with(char::is_whitespace));
    if let Some(rest) = bullet {
        return rest.trim_start();
    }
    let label_end = s.char_indices().take(6).find_map(|(i, c)| match c {
        ')' | '.' => Some(i),
        _ => None,
    });
    if let Some(end) = label_end {
        let label = s[..end].trim_start_matches('(');
        let rest = &s[end + 1..];
        let is_label = !label.is_empty()
            && label.len() <= 4
            && (label.bytes().all(|b| b.is_ascii_digit())
                || label.bytes().all(|b| b.is_ascii_lowercase()))
            && rest.starts_with(char::is_whitespace);
        if is_label {
            return rest.trim_start();
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_elided_articles_are_not_part_of_the_word() {
        let a = Analyzer::new();
        let surfaces = |text: &str, lang: &str| -> Vec<String> {
            a.tokens(text, lang)
                .into_iter()
                .map(|t| t.surface)
                .collect()
        };
        // ASCII and typographic apostrophes, in ASCII text and in text with accents.
        assert_eq!(
            surfaces("C'est l'ANSSI qu'il faut d'abord citer", "fr"),
            ["est", "anssi", "il", "faut", "abord", "citer"]
        );
        assert_eq!(
            surfaces("l’État partage d’indicateurs", "fr"),
            ["état", "partage", "indicateurs"]
        );
        assert!(a.tokens("c'est", "fr")[0].stop);
        // Other apostrophes stay in their word.
        assert_eq!(
            surfaces("Don't ask O'Brien", "en"),
            ["don't", "ask", "o'brien"]
        );
        // A typographic apostrophe is a straight one, and contractions are stop words.
        assert_eq!(
            surfaces("We can’t, they don’t — Europol’s", "en"),
            ["we", "can't", "they", "don't", "europol's"]
        );
        for word in ["can't", "don't", "let's", "we're"] {
            assert!(a.tokens(word, "en")[0].stop, "{word}");
        }
        let tokens = a.tokens("We can’t", "en");
        assert!(
            tokens.len() == 2 && tokens.iter().all(|t| t.stop),
            "{tokens:?}"
        );
    }

    #[test]
    fn detects_languages_by_script_and_stop_words() {
        let a = Analyzer::new();
        assert_eq!(
            a.detect(
                "The CERT shares indicators with the police and the banks.",
                "fr"
            ),
            "en"
        );
        assert_eq!(
            a.detect(
                "Les équipes nationales partagent les indicateurs avec la police.",
                "en"
            ),
            "fr"
        );
        assert_eq!(
            a.detect(
                "Los equipos nacionales comparten los indicadores con la policía.",
                "en"
            ),
            "es"
        );
        assert_eq!(
            a.detect(
                "Национальные группы обмениваются индикаторами с полицией.",
                "en"
            ),
            "ru"
        );
        assert_eq!(
            a.detect("تتبادل الفرق الوطنية المؤشرات مع الشرطة.", "en"),
            "ar"
        );
        assert_eq!(a.detect("国家团队与警方共享威胁指标。", "en"), "zh");
        assert_eq!(
            a.detect("CERT CSIRT ISAC", "es"),
            "es",
            "no evidence: the form's language"
        );
    }

    #[test]
    fn reads_the_nris_other_languages_as_themselves_not_as_spanish_or_english() {
        let a = Analyzer::new();
        for (text, tag) in [
            (
                "Os países em desenvolvimento precisam de formação para juízes e policiais.",
                "pt",
            ),
            (
                "A partilha de informações entre as equipas do CERT.br.",
                "pt",
            ),
            (
                "Die Finanzierung nationaler CERTs durch internationale Geber ist entscheidend.",
                "de",
            ),
            (
                "La condivisione delle informazioni tra il CSIRT Italia e le aziende.",
                "it",
            ),
            (
                "Het delen van informatie tussen het NCSC en de banken werkt goed.",
                "nl",
            ),
            // The six still win their own answers, with the form in any language.
            (
                "La cooperación entre los equipos es importante para la región.",
                "es",
            ),
            ("No se puede sin los recursos.", "es"),
            (
                "Les équipes nationales partagent les alertes avec la police et les banques.",
                "fr",
            ),
            ("Training is what the teams in the region need most.", "en"),
        ] {
            for form in ["en", "es", "fr"] {
                assert_eq!(a.detect(text, form), tag, "{text} (form in {form})");
            }
        }
        // Portuguese words are stemmed and its stop words break phrases.
        let pt = a.tokens("a capacitação das equipes", "pt");
        assert!(pt[0].stop && pt[2].stop && !pt[1].stop);
        assert_eq!(pt[3].stem, a.tokens("equipe", "pt")[0].stem);
        assert!(is_non_answer("Ver anexo."));
        assert!(is_non_answer("Keine Angabe"));
        assert!(is_non_answer("n.v.t."));
    }

    #[test]
    fn stems_and_marks_stop_words() {
        let a = Analyzer::new();
        let t = a.tokens("Sharing of threat indicators between CERTs", "en");
        let stems: Vec<_> = t.iter().map(|t| (t.stem.as_str(), t.stop)).collect();
        assert_eq!(
            stems,
            [
                ("share", false),
                ("of", true),
                ("threat", false),
                ("indic", false),
                ("between", true),
                ("cert", false)
            ]
        );
        let fr = a.tokens("les coopérations régionales", "fr");
        assert!(fr[0].stop && fr[1].stem == "coop" || fr[1].stem.starts_with("coop"));
    }

    #[test]
    fn cuts_chinese_into_dictionary_words() {
        let a = Analyzer::new();
        let stems = |text: &str| -> Vec<String> {
            a.tokens(text, "zh")
                .into_iter()
                .filter(|t| !t.stop)
                .map(|t| t.stem)
                .collect()
        };
        assert_eq!(stems("网络安全合作"), ["网络安全", "合作"]);
        // Particles (的, 与) and function words (我们, 需要) are stop words; no fragment of two
        // words ("全合", "户自") is ever a word.
        assert_eq!(stems("安全的合作"), ["安全", "合作"]);
        assert_eq!(
            stems("我们需要计算机应急响应小组与银行分享威胁情报。"),
            [
                "计算机",
                "应急",
                "响应",
                "小组",
                "银行",
                "分享",
                "威胁",
                "情报"
            ]
        );
        assert_eq!(stems("用户自己的责任"), ["用户", "责任"]);
    }

    #[test]
    fn splits_sentences_in_several_scripts() {
        assert_eq!(
            sentences("One. Two! Three? v1.2 stays.\nFour"),
            ["One.", "Two!", "Three?", "v1.2 stays.", "Four"]
        );
        assert_eq!(sentences("第一句。第二句！"), ["第一句。", "第二句！"]);
        assert_eq!(sentences("هل هذا مهم؟ نعم."), ["هل هذا مهم؟", "نعم."]);
        assert!(sentences("  \n . \n").is_empty());
        // A full stop with no space before the next sentence; not in initials or numbers.
        assert_eq!(
            sentences(
                "Training matters most.The CERT helps too. The U.S. team agrees; v3.5 works; see example.org."
            ),
            [
                "Training matters most.",
                "The CERT helps too.",
                "The U.S. team agrees; v3.5 works; see example.org."
            ]
        );
        // List markers are left out of the sentences.
        assert_eq!(
            sentences(
                "- First point here\n• Second point here\na) Third point here\n(ii) Fourth point\n12) Fifth point"
            ),
            [
                "First point here",
                "Second point here",
                "Third point here",
                "Fourth point",
                "Fifth point"
            ]
        );
        assert_eq!(sentences("-5 degrees is cold"), ["-5 degrees is cold"]);
    }

    #[test]
    fn knows_an_answer_that_says_nothing_in_six_languages() {
        for nothing in [
            "See attached.",
            "N/A",
            "n/a",
            "Thank you!",
            "No comment",
            "see attached document",
            "Voir pièce jointe",
            "Merci.",
            "Sans objet",
            "Ver adjunto",
            "Gracias",
            "Нет.",
            "См. вложение",
            "见附件",
            "无。",
            "谢谢",
            "انظر المرفق",
            "شكراً",
            "  ",
        ] {
            assert!(is_non_answer(nothing), "{nothing}");
        }
        for something in [
            "See the attached report on CERT cooperation, which shows regional training works.",
            "Nothing works better than regular joint exercises between the CERT and the police.",
            "合作非常重要。",
            "لا يوجد تعاون كافٍ بين الفرق الوطنية",
        ] {
            assert!(!is_non_answer(something), "{something}");
        }
    }
}
