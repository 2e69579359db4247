//! The written forms that never name a theme in English, French, Spanish, Russian and Arabic: verbs ("know", "former", "crear", "participan", "собирает", and the present singulars nouns do not share, "sensibilise", "coordina") and function words ("hoy", "together", "via", "например"), from lists read out of Universal Dependencies treebanks (`data/README.md`), French verbs made with "-iser" and "-ifier" ("harmoniser"), adverbs by their endings ("informalmente") and a short list of Arabic function words ("حول", "بسبب"), so that a label or a key term holds none even where a question's few answers cannot tell.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::text::arabic_key;

/// A language's lists (`scripts/wordclass-from-ud.py`).
struct Lists {
    /// The verbs' forms, lower-cased and without accents.
    verbs: HashSet<&'static str>,
    /// The function words, lower-cased with their accents ("sur" is one, "sûr" is not), but
    /// "ё" written "е".
    function: HashSet<&'static str>,
    /// French and Spanish: the present singulars of regular verbs that the treebanks and the
    /// lexicon never use otherwise ("sensibilise", "coordina"), French as written, since
    /// "publie" is not "publié", Spanish without accents ("envía", "envia"). English: the
    /// forms the treebanks use as verbs at least half as often as otherwise ("lead", "look",
    /// "start"), which are verbs where a question's answers use them so.
    present: HashSet<&'static str>,
    /// French and Spanish: the function words written with accents, without them ("demas",
    /// "tambien", "deja"), for answers typed so.
    function_unaccented: HashSet<String>,
}

/// Each language's lists: the verbs' forms, a blank line, the function words, a blank line,
/// the present singulars.
static LISTS: LazyLock<[(&str, Lists); 4]> = LazyLock::new(|| {
    [
        ("en", include_str!("data/wordclass-en.txt")),
        ("fr", include_str!("data/wordclass-fr.txt")),
        ("es", include_str!("data/wordclass-es.txt")),
        ("ru", include_str!("data/wordclass-ru.txt")),
    ]
    .map(|(tag, text)| {
        let mut sections = text.split("\n\n");
        let mut next = || sections.next().unwrap_or("").lines().collect();
        let verbs = next();
        let function: HashSet<&'static str> = next();
        let function_unaccented = if matches!(tag, "fr" | "es") {
            function
                .iter()
                .filter(|w| !w.is_ascii())
                .map(|w| fold(w))
                .filter(|w| w.is_ascii())
                .collect()
        } else {
            HashSet::new()
        };
        let lists = Lists {
            verbs,
            function,
            present: next(),
            function_unaccented,
        };
        (tag, lists)
    })
});

/// The endings of the French verbs made from nouns and adjectives with "-iser" and "-ifier"
/// ("harmoniser", "sensibilisent", "simplifier"): no French noun ends so ("maisons" ends in
/// "-isons", which is left out). English nouns do ("organiser", "identifier"), so they are
/// verbs only in French answers.
const FRENCH_MADE: [&str; 14] = [
    "iser",
    "isent",
    "isez",
    "isait",
    "isaient",
    "isera",
    "iseront",
    "iserait",
    "iseraient",
    "ifier",
    "ifient",
    "ifiez",
    "ifiait",
    "ifiera",
];

/// A language's lists, for its primary tag ("en", "fr", "es", "ru"; any other has none).
fn lists(language: &str) -> Option<&'static Lists> {
    LISTS
        .iter()
        .find(|(tag, _)| *tag == language)
        .map(|(_, lists)| lists)
}

/// Whether `word` (lower-cased) is a verb's finite form or infinitive in the language whose
/// primary tag is `language`.
pub fn is_verb(language: &str, word: &str) -> bool {
    let Some(lists) = lists(language) else {
        return false;
    };
    let plain = if word.is_ascii() {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(fold(word))
    };
    lists.verbs.contains(plain.as_ref())
        || (language == "fr"
            && plain.chars().count() >= 7
            && FRENCH_MADE.iter().any(|e| plain.ends_with(e)))
}

/// Whether `word` (lower-cased) is the present singular of a French or Spanish verb that
/// nouns do not share, as far as the treebanks and the lexicon tell ("sensibilise",
/// "fonctionne", "coordina", "envía"): a verb unless the question's answers put it after an
/// article ("la copia").
pub fn is_present_singular(language: &str, word: &str) -> bool {
    match language {
        "fr" => lists("fr").is_some_and(|lists| lists.present.contains(word)),
        "es" => lists("es").is_some_and(|lists| {
            if word.is_ascii() {
                lists.present.contains(word)
            } else {
                lists.present.contains(fold(word).as_str())
            }
        }),
        _ => false,
    }
}

/// Whether `word` (lower-cased) is an English form the treebanks use as a verb at least half
/// as often as otherwise ("lead", "look", "start", "help"): a verb where a question's answers
/// put it after a subject, a modal or a negation and never after an article.
pub fn is_verb_where_used_so(language: &str, word: &str) -> bool {
    language == "en" && lists("en").is_some_and(|lists| lists.present.contains(word))
}

/// Arabic prepositions, conjunctions, adverbs, pronouns and quantifiers that the stop words
/// lack ("حول", "بسبب", "مثلا", "باستمرار", "نفسها", "جميع"), as [`arabic_key`] writes
/// them. No treebank with a free licence is large enough to read them from (PUD has 20,000
/// words); they are kept out of labels and key terms only, not out of the themes' words,
/// whose grouping they change (`docs/synthesis-quality.md`).
const AR_FUNCTION: &[&str] = &[
    "حول",
    "بسبب",
    "لان",
    "لانه",
    "لانها",
    "مثلا",
    "خصوصا",
    "بمفردها",
    "بمفرده",
    "بانتظام",
    "باستمرار",
    "بشكل",
    "بكثير",
    "نفسها",
    "نفسه",
    "انفسهم",
    "عدة",
    "جميع",
    "كافة",
    "اغلب",
    "لكن",
    "لكنها",
    "لكنه",
    "لكنهم",
    "بينها",
    "بينهم",
    "بينما",
    "حيث",
    "حين",
    "عندما",
    "ايضا",
    "اليوم",
    "حاليا",
    "سابقا",
    "لاحقا",
    "تقريبا",
    "كذلك",
    "ذلك",
    "تلك",
    "دون",
    "بدون",
    "خلال",
    "عند",
    "تجاه",
    "وفق",
    "وفقا",
    "حسب",
    "بعد",
    "قبل",
    "امام",
    "ضد",
    "منذ",
    "رغم",
    "بالرغم",
    "الا",
    "غير",
    "اخر",
    "اخري",
    "كل",
    "اي",
    "بين",
    "معا",
    "فعلا",
    "عادة",
    "دائما",
    "احيانا",
    "ربما",
    "تحديدا",
    "مباشرة",
    "كثير",
    "شبه",
    "الاخر",
    "الاخري",
    "انها",
    "انه",
    "انهم",
    "لانهم",
    // Auxiliaries and the verb "there is": they name nothing either.
    "توجد",
    "يوجد",
    "تم",
    "يتم",
    "كانت",
    "تكون",
    "ليس",
    "ليست",
];

/// Whether an Arabic word (as [`arabic_key`] writes it) carries a pronoun's suffix, "our",
/// "its", "their", "your" ("فريقنا", "تنظيفها", "عملاءهم"), or is a verb's past with "we"
/// ("أنشأنا"): no name either, as "our" is a stop word in English. From five letters ("نا",
/// "ها") or six ("هم", "كم": "تفاهم", "محاكم" end so), and without the article, which a noun
/// with such a suffix never has ("المساهم", "التحكم").
fn arabic_possessed(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let letters = bare.chars().count();
    !["ال", "بال", "لل", "كال"]
        .iter()
        .any(|p| bare.starts_with(p))
        && ((letters >= 5 && ["نا", "ها"].iter().any(|e| bare.ends_with(e)))
            // "تفاهم", "محاكم" end so by themselves.
            || (letters >= 6 && ["هم", "كم", "هما"].iter().any(|e| bare.ends_with(e))))
}

/// The French and Spanish endings only adverbs have ("techniquement", "fréquemment",
/// "informalmente"), and the Russian ones of adverbs and short neuter adjectives
/// ("неформально", "регулярно" aside), from seven letters: no noun of the field ends so
/// ("gouvernement", "signalement" and "élément" end otherwise).
const ADVERB_ENDINGS: [(&str, &[&str]); 3] = [
    (
        "fr",
        &[
            "iquement",
            "ivement",
            "eusement",
            "ièrement",
            "emment",
            "amment",
            "ablement",
            "iblement",
        ],
    ),
    ("es", &["mente"]),
    // Not "-енно", "-ивно": the first halves of compounds end so ("государственно-частное",
    // "нормативно-правовая"), and the hyphen cuts them off.
    ("ru", &["ально", "ельно", "ично"]),
];

/// Spanish adjectives that end as adverbs do.
const NOT_ADVERBS: [&str; 3] = ["vehemente", "demente", "clemente"];

/// Whether `word` (lower-cased) is a function word in the language whose primary tag is
/// `language`: an adverb, a preposition, a conjunction, a pronoun, a determiner, a particle
/// an interjection, or a numeral but zero ("zero day", "jour zéro" name).
pub fn is_function_word(language: &str, word: &str) -> bool {
    if language == "ar" {
        let key = arabic_key(word);
        if arabic_possessed(&key) {
            return true;
        }
        // "ولكن", "وبسبب": the conjunction before it changes nothing.
        let bare = key
            .strip_prefix(['و', 'ف'])
            // Three letters at least after it: "واي فاي" is Wi-Fi, not "and which".
            .filter(|rest| rest.chars().count() >= 3);
        // Nor does a preposition glued to it: "بكل" (with every), "لذلك", "وبجميع".
        let governed = bare
            .unwrap_or(&key)
            .strip_prefix(['ب', 'ل', 'ك'])
            .filter(|rest| rest.chars().count() >= 2);
        return [Some(key.as_ref()), bare, governed]
            .into_iter()
            .flatten()
            .any(|w| AR_FUNCTION.contains(&w));
    }
    if word.chars().count() >= 7
        && ADVERB_ENDINGS
            .iter()
            .any(|(tag, endings)| *tag == language && endings.iter().any(|e| word.ends_with(e)))
        && !NOT_ADVERBS.contains(&word)
    {
        return true;
    }
    lists(language).is_some_and(|lists| {
        if word.is_ascii() && word.len() >= 3 && lists.function_unaccented.contains(word) {
            return true;
        }
        if word.contains('ё') {
            lists.function.contains(word.replace('ё', "е").as_str())
        } else {
            lists.function.contains(word)
        }
    })
}

/// Reads the lists now, rather than in the first synthesis (a worker's idle time).
pub fn warm() {
    LazyLock::force(&LISTS);
}

/// `word` without the accents of the Latin letters French and Spanish use ("desconfía" is
/// "desconfia"), as answers typed without them are written, and with the Russian "ё" written
/// "е", as many write it.
fn fold(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ÿ' | 'ý' => 'y',
            'ё' => 'е',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{is_function_word, is_present_singular, is_verb, is_verb_where_used_so};

    #[test]
    fn present_singulars_are_verbs_where_no_noun_shares_them() {
        for (language, verbs) in [
            // French "-ir" verbs of the third group ("partir", "venir", "offrir").
            (
                "fr",
                "sensibilise fonctionne apporte publie partent viennent offrent sortent repart \
                 obtiennent servent",
            ),
            // Spanish subjunctives as their "-car", "-gar", "-zar" verbs write them.
            (
                "es",
                "coordina envía envia comparte organiza coordine aplique practique apliquen \
                 practiquen lleguen alcancen",
            ),
        ] {
            for verb in verbs.split_whitespace() {
                // "organiza" is in the verbs' list already (the treebanks use it so).
                assert!(
                    is_present_singular(language, verb) || is_verb(language, verb),
                    "{language} {verb}"
                );
            }
        }
        // Nouns of the same shape (the treebanks' or the lexicon's), French participles, and
        // other languages' words.
        for (language, words) in [
            (
                "fr",
                "sensibilisé publié partage échange reste contrôle mesure attaque",
            ),
            (
                "es",
                "alerta consulta informe ataque enfoque alcance copia práctica pública parte",
            ),
            ("en", "coordina apporte"),
            ("ru", "coordina"),
        ] {
            for word in words.split_whitespace() {
                assert!(!is_present_singular(language, word), "{language} {word}");
            }
        }
    }

    #[test]
    fn verbs_and_function_words_are_told_in_their_own_language_and_nouns_name() {
        for (language, verbs) in [
            (
                "en",
                "know meet make ensure provide create develop improve protect learn build need",
            ),
            (
                "fr",
                "former partager permettent hésitent appliquer créer harmoniser sensibilisent \
                 simplifier mutualiser",
            ),
            (
                "es",
                "crear compartir llega participan ejecutan pierde fortalecer",
            ),
            (
                "ru",
                "отвечает мешает предлагаем обсудил собирает координирует придётся придется \
                 идёт ведёт",
            ),
        ] {
            for verb in verbs.split_whitespace() {
                assert!(is_verb(language, verb), "{language} {verb}");
            }
        }
        for (language, nouns) in [
            (
                "en",
                "needs support share help work report attack access former organiser ai norm \
                 identifier training",
            ),
            (
                "fr",
                "partage échange formation pouvoir dossier atelier président incident maisons \
                 raisons danger gouvernement",
            ),
            (
                "es",
                "poder lugar mujer nuclear particular alerta consulta apoyo intercambio evidencia respaldo \
                 información router",
            ),
            (
                "ru",
                "безопасности бюджет совет интернет цели роли результат обмен данные создание",
            ),
            ("ar", "تبادل"),
        ] {
            for noun in nouns.split_whitespace() {
                assert!(
                    !is_verb(language, noun) && !is_function_word(language, noun),
                    "{language} {noun}"
                );
            }
        }
        // One language's verb is another's word: English "former", French "crear" (no word).
        assert!(!is_verb("es", "former"));
        // Function words: an accent tells them from a word that names ("sur", "sûr").
        for (language, words) in [
            ("en", "together via"),
            ("fr", "bien comment sur via"),
            ("es", "hoy bien"),
            ("ru", "например ещё еще"),
        ] {
            for word in words.split_whitespace() {
                assert!(is_function_word(language, word), "{language} {word}");
            }
        }
        // English verbs as often as otherwise, judged where they are used; not their past
        // forms, nor the lexicon's words ("share").
        for word in ["lead", "look", "run", "help"] {
            assert!(is_verb_where_used_so("en", word), "{word}");
            assert!(!is_verb_where_used_so("fr", word), "{word}");
        }
        for word in ["trusted", "connected", "information", "share"] {
            assert!(!is_verb_where_used_so("en", word), "{word}");
        }
        // And the base form of every verb the treebanks hold but never use otherwise, read
        // from its other forms; not those they use as nouns too.
        for word in ["weaken", "teach", "undermine", "violate"] {
            assert!(is_verb_where_used_so("en", word), "{word}");
        }
        // Nor those seen as verbs fewer than three times: typos, and nouns of the field the
        // treebanks used as a verb once ("sabotage", "bypass", "relay").
        for word in [
            "update", "report", "attack", "training", "sabotage", "bypass", "relay", "belive",
        ] {
            assert!(!is_verb_where_used_so("en", word), "{word}");
        }
        assert!(!is_function_word("fr", "sûr"));
        // Arabic, from a short list, with or without marks and a conjunction before; adverbs
        // by their endings.
        for (language, words) in [
            (
                "ar",
                "حول بسبب مثلاً باستمرار نفسها ولكنها وبسبب لأن فريقنا تنظيفها أنشأنا عملاءهم \
                 بكل لكل لذلك وبجميع بعدة",
            ),
            ("fr", "techniquement fréquemment régulièrement"),
            ("es", "informalmente rápidamente ademas tambien"),
            ("ru", "неформально официально публично любую любые каждую"),
        ] {
            for word in words.split_whitespace() {
                assert!(is_function_word(language, word), "{language} {word}");
            }
        }
        for (language, words) in [
            (
                "ar",
                "تبادل الحكومات وطني حوكمة المساهم التحكم تحكم فهم تفاهم محاكم واي فاي \
                 بلد لجنة بنك كلية لغة بغداد",
            ),
            ("fr", "gouvernement signalement élément renforcement"),
            ("es", "vehemente mente gobierno publico"),
            ("ru", "государственно нормативно"),
            ("ru", "правительство окно"),
        ] {
            for word in words.split_whitespace() {
                assert!(!is_function_word(language, word), "{language} {word}");
            }
        }
        assert!(!is_function_word("en", "online"));
        // Numerals name nothing but zero, in the field's terms.
        assert!(!is_function_word("en", "zero") && !is_function_word("fr", "zéro"));
        assert!(is_function_word("en", "two") && is_function_word("fr", "deux"));
    }
}
