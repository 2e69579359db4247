//! Translations: one Fluent message file per language, looked up by message id, with English as the fallback for anything missing.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// `(language tag, its name in itself, right to left?, Fluent source)`.
const LANGUAGES: &[(&str, &str, bool, &str)] = &[("en", "English", false, include_str!("en.ftl"))];

/// The language of the built-in messages, used when a message is missing elsewhere.
pub const DEFAULT_LANGUAGE: &str = "en";

/// The messages of one language, ready to format.
pub struct Messages {
    language: &'static str,
    rtl: bool,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl PartialEq for Messages {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("language", &self.language)
            .finish()
    }
}

/// The languages the interface is available in: `(tag, name in itself)`.
pub fn available() -> impl Iterator<Item = (&'static str, &'static str)> {
    LANGUAGES.iter().map(|(tag, name, _, _)| (*tag, *name))
}

/// The best available language for a list of preferences (`fr-CA` matches `fr`).
pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> &'static str {
    for wanted in preferences {
        let primary = wanted
            .split(['-', '_'])
            .next()
            .unwrap_or(wanted)
            .to_ascii_lowercase();
        if let Some((tag, ..)) = LANGUAGES.iter().find(|(tag, ..)| *tag == primary) {
            return tag;
        }
    }
    DEFAULT_LANGUAGE
}

fn bundle(tag: &str, source: &str) -> Result<FluentBundle<FluentResource>, String> {
    let id: LanguageIdentifier = tag.parse().map_err(|e| format!("{tag}: {e}"))?;
    let resource = FluentResource::try_new(source.to_string())
        .map_err(|(_, errors)| format!("{tag}.ftl: {errors:?}"))?;
    let mut bundle = FluentBundle::new(vec![id]);
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("{tag}.ftl: {errors:?}"))?;
    Ok(bundle)
}

impl Messages {
    /// The messages for `language` (negotiated down to an available one).
    pub fn new(language: &str) -> Self {
        let tag = negotiate([language]);
        let &(tag, _, rtl, source) = LANGUAGES
            .iter()
            .find(|l| l.0 == tag)
            .unwrap_or(&LANGUAGES[0]);
        // The message files are part of the program and checked by the tests below.
        let main = bundle(tag, source).expect("message files are valid Fluent");
        let fallback = (tag != DEFAULT_LANGUAGE).then(|| {
            bundle(DEFAULT_LANGUAGE, LANGUAGES[0].3).expect("message files are valid Fluent")
        });
        Self {
            language: tag,
            rtl,
            bundle: main,
            fallback,
        }
    }

    /// The language tag, e.g. `en`.
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its `{ $name }` placeholders filled.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in std::iter::once(&self.bundle).chain(&self.fallback) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        // A missing id is a bug the tests catch; show the id rather than nothing.
        id.to_string()
    }
}

/// A number argument for [`Messages::t_with`].
pub fn number(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// A text argument for [`Messages::t_with`].
pub fn text(s: &str) -> FluentValue<'static> {
    FluentValue::from(s.to_string())
}

/// Marks a string literal as a message id, so the test that every id exists finds it.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $id
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        for (tag, _, _, source) in LANGUAGES {
            bundle(tag, source).unwrap();
        }
    }

    #[test]
    fn negotiates_primary_languages() {
        assert_eq!(negotiate(["fr-CA", "en"]), "en");
        assert_eq!(negotiate(["EN-gb"]), "en");
        assert_eq!(negotiate([]), "en");
    }

    #[test]
    fn formats_plurals_and_arguments() {
        let m = Messages::new("en");
        // Fluent wraps placeables in bidi isolation marks (U+2068, U+2069); they are invisible.
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            plain(m.t_with(
                "count-words",
                &[("words", number(1)), ("characters", number(5))]
            )),
            "1 word, 5 characters"
        );
        assert_eq!(
            plain(m.t_with(
                "count-words",
                &[("words", number(2)), ("characters", number(9))]
            )),
            "2 words, 9 characters"
        );
    }

    #[test]
    fn every_message_id_used_in_the_code_exists() {
        let ids = used_ids(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
        assert!(ids.len() > 40, "the scan found the ids ({})", ids.len());
        for (tag, _, _, source) in LANGUAGES {
            let b = bundle(tag, source).unwrap();
            let missing: Vec<_> = ids.iter().filter(|id| !b.has_message(id)).collect();
            assert!(missing.is_empty(), "{tag}.ftl lacks {missing:?}");
        }
    }

    /// Message ids are the string literals passed to `t(`, `t_with(` or written `"msg:…"`-free
    /// in `message_id()` tables: every literal shaped like `word-word` that the code uses as one.
    fn used_ids(dir: &std::path::Path) -> std::collections::BTreeSet<String> {
        let mut ids = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                ids.extend(used_ids(&path));
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for marker in [".t(\"", ".t_with(\"", "=> \"error-", "msg!(\""] {
                for piece in text.split(marker).skip(1) {
                    let id: String = piece.chars().take_while(|c| *c != '"').collect();
                    let id = if marker.starts_with("=> ") {
                        format!("error-{id}")
                    } else {
                        id
                    };
                    ids.insert(id);
                }
            }
        }
        ids
    }
}
