//! The written forms that are verbs in English, French, Spanish and Russian ("know", "former", "crear", "participan", "собирает"): a list read out of Universal Dependencies treebanks (`data/README.md`), and the French verbs made with "-iser" and "-ifier" ("harmoniser"), so that a label or a key term is no bare verb even where a question's few answers cannot tell.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Each language's verb forms, lower-cased and without accents (`scripts/verbs-from-ud.py`).
static FORMS: LazyLock<[(&str, HashSet<&str>); 4]> = LazyLock::new(|| {
    [
        ("en", include_str!("data/verbs-en.txt")),
        ("fr", include_str!("data/verbs-fr.txt")),
        ("es", include_str!("data/verbs-es.txt")),
        ("ru", include_str!("data/verbs-ru.txt")),
    ]
    .map(|(tag, words)| (tag, words.lines().collect()))
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

/// Whether `word` (lower-cased) is a verb's finite form or infinitive in the language whose
/// primary tag is `language` ("en", "fr", "es", "ru"; any other language has no list).
pub fn is_verb(language: &str, word: &str) -> bool {
    let Some((_, forms)) = FORMS.iter().find(|(tag, _)| *tag == language) else {
        return false;
    };
    let plain = if word.is_ascii() {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(fold(word))
    };
    forms.contains(plain.as_ref())
        || (language == "fr"
            && plain.chars().count() >= 7
            && FRENCH_MADE.iter().any(|e| plain.ends_with(e)))
}

/// Reads the lists now, rather than in the first synthesis (a worker's idle time).
pub fn warm() {
    LazyLock::force(&FORMS);
}

/// `word` without the accents of the Latin letters French and Spanish use ("desconfía" is
/// "desconfia"), as answers typed without them are written.
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
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::is_verb;

    #[test]
    fn verbs_are_told_in_their_own_language_and_nouns_are_not_verbs() {
        for (language, verbs) in [
            (
                "en",
                "know meet make ensure provide create develop improve protect learn",
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
                "отвечает мешает предлагаем обсудил собирает координирует",
            ),
        ] {
            for verb in verbs.split_whitespace() {
                assert!(is_verb(language, verb), "{language} {verb}");
            }
        }
        for (language, nouns) in [
            (
                "en",
                "need support share help use work report attack access former organiser ai norm \
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
                assert!(!is_verb(language, noun), "{language} {noun}");
            }
        }
        // One language's verb is another's word: English "former", French "crear" (no word).
        assert!(!is_verb("es", "former"));
    }
}
