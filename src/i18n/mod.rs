//! Translations: one Fluent message file per language (`src/i18n/<tag>.ftl`), checked and
//! converted by `build.rs`, resolved here, with English as the fallback for anything missing.
//! English is compiled into the program; every other language is a small file (`i18n/<tag>.msg`,
//! and `<tag>-synthesis.msg` for the synthesis page) that the page fetches and [`install`]s
//! when a person chooses it, so respondents download only the language they read.
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

/// A size in bytes as people read it: a number of a unit (`Intl`'s unit names) with so many
/// decimals.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    /// The number of units.
    pub value: f64,
    /// `kilobyte`, `megabyte` or `gigabyte` (binary: 1,024, 1,048,576 and 1,073,741,824 bytes,
    /// as the limits are set).
    pub unit: &'static str,
    /// Decimals shown.
    pub decimals: u8,
}

/// `bytes` in the unit that suits it and `reference` (the limit it is compared with), the
/// larger of them, with one decimal, or as many (up to three) as it takes for `bytes` not to read as
/// `reference`: 21,000,000 bytes against a limit of 20 MiB is "20.03 MB", not "20.0 MB".
pub fn size(bytes: u64, reference: Option<u64>) -> Size {
    const UNITS: [(&str, f64); 3] = [
        ("gigabyte", 1_073_741_824.0),
        ("megabyte", 1_048_576.0),
        ("kilobyte", 1_024.0),
    ];
    let scale_of = reference.map_or(bytes, |r| r.max(bytes));
    let (unit, scale) = UNITS
        .into_iter()
        .find(|&(_, s)| scale_of as f64 >= s)
        .unwrap_or(UNITS[2]);
    let value = bytes as f64 / scale;
    let mut decimals = 1;
    if let Some(other) = reference.filter(|&r| r != bytes) {
        let other = other as f64 / scale;
        while decimals < 3 && {
            let p = 10f64.powi(i32::from(decimals));
            (value * p).round() == (other * p).round()
        } {
            decimals += 1;
        }
    }
    Size {
        value,
        unit,
        decimals,
    }
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
    // Whether placeables are wrapped in directional isolates, as `fluent-bundle` does by default.
    isolating: bool,
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
    installed(tag, false).unwrap_or_else(|| find_in(CATALOGUES, tag))
}

fn synthesis_catalogue(tag: &str) -> Catalogue {
    installed(tag, true).unwrap_or_else(|| find_in(SYNTHESIS_CATALOGUES, tag))
}

thread_local! {
    // `(tag, synthesis?, messages)` installed at run time. Each is leaked once: at most one
    // per language and page, for the life of the page.
    static INSTALLED: std::cell::RefCell<Vec<(&'static str, bool, Catalogue)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn installed(tag: &str, synthesis: bool) -> Option<Catalogue> {
    INSTALLED.with_borrow(|all| {
        all.iter()
            .find(|(t, s, _)| *t == tag && *s == synthesis)
            .map(|(_, _, c)| *c)
    })
}

/// Whether `tag`'s messages (and the synthesis page's, if `synthesis`) are ready to use.
///
/// English, both catalogues, is compiled in (`build.rs`). This does not look at
/// `SYNTHESIS_CATALOGUES`, so that the form, which never calls [`Messages::with_synthesis`],
/// does not carry the synthesis page's English messages (about 8 KB of brotli).
pub fn is_installed(tag: &str, synthesis: bool) -> bool {
    tag == DEFAULT_LANGUAGE
        || (installed(tag, false).is_some() && (!synthesis || installed(tag, true).is_some()))
}

/// Why a language file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstallError {
    /// Not a language this program offers.
    #[error("no such language: {0}")]
    Unknown(String),
    /// The file is not what `build.rs` writes.
    #[error("the language file is damaged: {0}")]
    Damaged(String),
}

/// Installs `tag`'s messages (the synthesis page's if `synthesis`) from the file `build.rs`
/// wrote (`i18n/<tag>.msg`). Installing a language twice keeps the first.
pub fn install(tag: &str, synthesis: bool, file: &str) -> Result<(), InstallError> {
    let Some(&(tag, ..)) = LANGUAGES.iter().find(|(t, ..)| *t == tag) else {
        return Err(InstallError::Unknown(tag.to_string()));
    };
    if installed(tag, synthesis).is_some() {
        return Ok(());
    }
    let damaged = || {
        InstallError::Damaged(format!(
            "{tag}{}",
            if synthesis { " (synthesis)" } else { "" }
        ))
    };
    // The file is tokens, each a separator, a letter saying what it is, and its text.
    let mut tokens = file
        .split('\u{1F}')
        .skip(1)
        .map(|t| {
            let mut chars = t.chars();
            (chars.next().unwrap_or(' '), chars.as_str())
        })
        .peekable();
    let mut table: Vec<(&'static str, &'static [Part])> = Vec::new();
    while let Some((kind, id)) = tokens.next() {
        if kind != 'M' {
            return Err(damaged());
        }
        table.push((
            leak_str(id),
            decode_pattern(&mut tokens).ok_or_else(damaged)?,
        ));
    }
    if table.is_empty() {
        return Err(damaged());
    }
    table.sort_by(|a, b| a.0.cmp(b.0));
    let catalogue: Catalogue = Box::leak(table.into_boxed_slice());
    INSTALLED.with_borrow_mut(|all| all.push((tag, synthesis, catalogue)));
    Ok(())
}

fn leak_str(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// Reads parts until the token that ends this pattern: the next message, variant or select end.
fn decode_pattern<'a>(
    tokens: &mut std::iter::Peekable<impl Iterator<Item = (char, &'a str)>>,
) -> Option<&'static [Part]> {
    let mut parts = Vec::new();
    while let Some(&(kind, value)) = tokens.peek() {
        if matches!(kind, 'M' | 'K' | 'N' | 'D') {
            break;
        }
        tokens.next();
        parts.push(match kind {
            'T' => Part::Text(leak_str(value)),
            'L' => Part::Literal(leak_str(value)),
            'V' => Part::Var(leak_str(value)),
            'S' => decode_select(value, tokens)?,
            _ => return None,
        });
    }
    Some(Box::leak(parts.into_boxed_slice()))
}

fn decode_select<'a>(
    var: &str,
    tokens: &mut std::iter::Peekable<impl Iterator<Item = (char, &'a str)>>,
) -> Option<Part> {
    let mut variants = Vec::new();
    loop {
        let (kind, value) = tokens.next()?;
        let key = match kind {
            'K' => Key::Name(leak_str(value)),
            'N' => Key::Number(value.parse().ok()?),
            'D' => {
                let default: usize = value.parse().ok()?;
                let (end, _) = tokens.next()?;
                return (end == 'E' && default < variants.len()).then(|| Part::Select {
                    var: leak_str(var),
                    variants: Box::leak(variants.into_boxed_slice()),
                    default,
                });
            }
            _ => return None,
        };
        variants.push((key, decode_pattern(tokens)?));
    }
}

fn find_in(tables: &[(&str, Catalogue)], tag: &str) -> Catalogue {
    tables
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(&[], |(_, c)| c)
}

impl Messages {
    /// The messages for `language` (negotiated down to an available one).
    /// A language not yet [`install`]ed shows in English.
    pub fn new(language: &str) -> Self {
        let tag = Some(negotiate([language]))
            .filter(|tag| is_installed(tag, false))
            .unwrap_or(DEFAULT_LANGUAGE);
        let rtl = LANGUAGES.iter().any(|(t, _, rtl)| *t == tag && *rtl);
        Self {
            language: tag,
            rtl,
            catalogue: catalogue(tag),
            fallback: catalogue(DEFAULT_LANGUAGE),
            extra: &[],
            extra_fallback: &[],
            number: plain_number,
            isolating: true,
        }
    }

    /// The messages for `language` with the synthesis page's own.
    pub fn with_synthesis(language: &str) -> Self {
        let tag = Some(negotiate([language]))
            .filter(|tag| is_installed(tag, true))
            .unwrap_or(DEFAULT_LANGUAGE);
        Self {
            extra: synthesis_catalogue(tag),
            extra_fallback: synthesis_catalogue(DEFAULT_LANGUAGE),
            ..Self::new(tag)
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

    /// These messages without directional isolates around placeables (`fluent-bundle`'s
    /// `set_use_isolating(false)`): for documents, which isolate people's words themselves and
    /// whose readers search them for "12 contributions".
    pub fn without_isolation(self) -> Self {
        Self {
            isolating: false,
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
        let isolate = self.isolating && parts.len() > 1;
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

/// Installs every language from the files `build.rs` wrote (compiled into native binaries),
/// as a page does when a person chooses one: for native tools and tests (the command, the
/// bench, documents in six languages). Installed languages are per thread.
#[cfg(not(target_arch = "wasm32"))]
pub fn install_built() -> Result<(), String> {
    for (tag, messages, synthesis) in BUILT_FILES {
        install(tag, false, messages).map_err(|e| format!("{tag}: {e}"))?;
        install(tag, true, synthesis).map_err(|e| format!("{tag}-synthesis: {e}"))?;
    }
    Ok(())
}

// Checked against fluent-bundle, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
