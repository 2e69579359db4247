//! Translations: one Fluent message file per language (`src/i18n/<tag>.ftl`), compiled by
//! `build.rs` into tables and resolved here, with English as the fallback for anything missing.
//!
//! Why not `fluent-bundle` at run time: with its parser and every locale's plural rules it
//! costs respondents about 40 KB of brotli, a third of the form's budget. The resolver below
//! handles the subset the files use (text, variables, string literals, selects on a variable
//! by exact number or plural category) and isolates placeables exactly as `fluent-bundle`
//! does; the tests compare every message in every language with `fluent-bundle`'s output.

mod plural;

/// One piece of a message.
#[derive(Debug)]
pub enum Part {
    /// Literal text.
    Text(&'static str),
    /// A string literal placeable, `{ "…" }`.
    Literal(&'static str),
    /// A variable, `{ $name }`.
    Var(&'static str),
    /// A choice on a variable's value.
    Select {
        /// The variable chosen on.
        var: &'static str,
        /// `(key, pattern)` in file order; the first that matches wins.
        variants: &'static [(Key, &'static [Part])],
        /// Index of the `*[default]` variant.
        default: usize,
    },
}

/// A select variant's key.
#[derive(Debug)]
pub enum Key {
    /// A plural category (`one`, `few`, …) or a string to match exactly.
    Name(&'static str),
    /// An exact number.
    Number(i64),
}

/// A language's messages, `(id, pattern)` sorted by id.
type Catalogue = &'static [(&'static str, &'static [Part])];

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// `(tag, name in itself, right to left?)` of the languages the interface is available in.
/// In the order the language menu lists them: the six official languages of the United
/// Nations, alphabetically by their English names, as UN sites do.
const LANGUAGES: &[(&str, &str, bool)] = &[
    ("ar", "العربية", true),
    ("zh", "中文", false),
    ("en", "English", false),
    ("fr", "Français", false),
    ("ru", "Русский", false),
    ("es", "Español", false),
];

/// The language of the built-in messages, used when a message is missing elsewhere.
pub const DEFAULT_LANGUAGE: &str = "en";

/// A value for a `{ $name }` placeholder.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A whole number: selects plural forms.
    Number(i64),
    /// Text, shown as is.
    Text(String),
}

/// A number argument for [`Messages::t_with`].
pub fn number(n: usize) -> Arg {
    Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A text argument for [`Messages::t_with`].
pub fn text(s: &str) -> Arg {
    Arg::Text(s.to_string())
}

/// The messages of one language, ready to format.
#[derive(Debug)]
pub struct Messages {
    language: &'static str,
    rtl: bool,
    catalogue: Catalogue,
    fallback: Catalogue,
    // The synthesis page's own messages, empty for the form.
    extra: Catalogue,
    extra_fallback: Catalogue,
    // How `{ $n }` is written: plain digits unless the browser's formatter is plugged in.
    number: fn(&str, i64) -> String,
}

fn plain_number(_language: &str, n: i64) -> String {
    n.to_string()
}

/// The languages the interface is available in: `(tag, name in itself)`.
pub fn available() -> impl Iterator<Item = (&'static str, &'static str)> {
    LANGUAGES.iter().map(|(tag, name, _)| (*tag, *name))
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

impl PartialEq for Messages {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

fn catalogue(tag: &str) -> Catalogue {
    find_in(CATALOGUES, tag)
}

fn find_in(tables: &[(&str, Catalogue)], tag: &str) -> Catalogue {
    tables
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(&[], |(_, c)| c)
}

impl Messages {
    /// The messages for `language` (negotiated down to an available one).
    pub fn new(language: &str) -> Self {
        let tag = negotiate([language]);
        let rtl = LANGUAGES.iter().any(|(t, _, rtl)| *t == tag && *rtl);
        Self {
            language: tag,
            rtl,
            catalogue: catalogue(tag),
            fallback: catalogue(DEFAULT_LANGUAGE),
            extra: &[],
            extra_fallback: &[],
            number: plain_number,
        }
    }

    /// The messages for `language` with the synthesis page's own.
    pub fn with_synthesis(language: &str) -> Self {
        let tag = negotiate([language]);
        Self {
            extra: find_in(SYNTHESIS_CATALOGUES, tag),
            extra_fallback: find_in(SYNTHESIS_CATALOGUES, DEFAULT_LANGUAGE),
            ..Self::new(language)
        }
    }

    /// These messages writing numbers with `format` (given the language tag), e.g. grouped
    /// digits or Arabic-Indic digits as the browser's `Intl.NumberFormat` does.
    pub fn with_number_format(self, format: fn(&str, i64) -> String) -> Self {
        Self {
            number: format,
            ..self
        }
    }

    /// `n` as this language writes numbers.
    pub fn number(&self, n: usize) -> String {
        (self.number)(self.language, i64::try_from(n).unwrap_or(i64::MAX))
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
        self.t_with(id, &[])
    }

    /// The message `id` with its `{ $name }` placeholders filled.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let find = |c: Catalogue| {
            c.binary_search_by(|(key, _)| (*key).cmp(id))
                .ok()
                .map(|i| c[i].1)
        };
        let found = find(self.catalogue)
            .or_else(|| find(self.extra))
            .or_else(|| find(self.fallback))
            .or_else(|| find(self.extra_fallback));
        match found {
            Some(parts) => {
                let mut out = String::new();
                self.write(parts, args, &mut out);
                out
            }
            // A missing id is a bug the tests catch; show the id rather than nothing.
            None => id.to_string(),
        }
    }

    fn write(&self, parts: &[Part], args: &[(&str, Arg)], out: &mut String) {
        // Like fluent-bundle: placeables in a pattern of several parts are wrapped in
        // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so a right-to-left value cannot
        // reorder the text around it.
        let isolate = parts.len() > 1;
        for part in parts {
            let placeable = !matches!(part, Part::Text(_));
            if isolate && placeable && !matches!(part, Part::Literal(_)) {
                out.push('\u{2068}');
            }
            match part {
                Part::Text(t) | Part::Literal(t) => out.push_str(t),
                Part::Var(name) => match arg(args, name) {
                    Some(Arg::Number(n)) => out.push_str(&(self.number)(self.language, *n)),
                    Some(Arg::Text(t)) => out.push_str(t),
                    None => {
                        out.push('{');
                        out.push('$');
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = variants
                        .iter()
                        .find(|(key, _)| self.matches(key, arg(args, var)))
                        .or_else(|| variants.get(*default))
                        .map_or(&[][..], |(_, p)| *p);
                    self.write(chosen, args, out);
                }
            }
            if isolate && placeable && !matches!(part, Part::Literal(_)) {
                out.push('\u{2069}');
            }
        }
    }

    fn matches(&self, key: &Key, value: Option<&Arg>) -> bool {
        match (key, value) {
            (Key::Number(k), Some(Arg::Number(n))) => k == n,
            (Key::Name(k), Some(Arg::Number(n))) => plural::category(self.language, *n) == *k,
            (Key::Name(k), Some(Arg::Text(t))) => k == t,
            _ => false,
        }
    }
}

fn arg<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
}

/// Marks a string literal as a message id, so the test that every id exists finds it.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $id
    };
}

#[cfg(test)]
mod tests;
