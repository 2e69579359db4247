//! The privacy aid: where a respondent who is not to be named names themself in their answers (their own name, organisation or e-mail address, or any e-mail address), the secretariat is told and every published copy (quotes, excerpts, open data) shows a mask instead.

use std::borrow::Cow;

use crate::core::response::{Publication, Response};

/// What a mask stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The respondent's own name, or a word of it.
    Name,
    /// Their organisation.
    Organisation,
    /// An e-mail address.
    Email,
}

impl Kind {
    /// The mask shown instead.
    pub const fn mask(self) -> &'static str {
        match self {
            Kind::Name => "[name]",
            Kind::Organisation => "[organisation]",
            Kind::Email => "[e-mail]",
        }
    }

    /// A stable key.
    pub const fn key(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Organisation => "organisation",
            Kind::Email => "email",
        }
    }
}

/// Whether `r`'s answers are masked where published: the respondent chose to be published
/// anonymously.
pub fn masks(r: &Response) -> bool {
    r.publication == Some(Publication::Anonymous)
}

/// What of `r`'s own identity its answer `text` gives away, sorted, each kind once.
pub fn found(r: &Response, text: &str) -> Vec<Kind> {
    let mut kinds: Vec<Kind> = spans(r, text).into_iter().map(|s| s.2).collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
}

/// `text` as it may be published for `r`: masked if [`masks`] says so.
pub fn published<'a>(r: &Response, text: &'a str) -> Cow<'a, str> {
    if !masks(r) {
        return Cow::Borrowed(text);
    }
    let spans = spans(r, text);
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, kind) in spans {
        out.push_str(&text[at..start]);
        out.push_str(kind.mask());
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// A masked text as it is analysed: each mask's word ("[name]") made a break of the same
/// length ("[;;;;]"), so a mask is never a key term or a word of a theme's label, and every
/// sentence keeps its place in the text that is quoted.
pub fn without_masks(masked: &str) -> Cow<'_, str> {
    let masks = [Kind::Name, Kind::Organisation, Kind::Email].map(Kind::mask);
    if !masks.iter().any(|m| masked.contains(m)) {
        return Cow::Borrowed(masked);
    }
    let mut out = masked.to_string();
    for mask in masks {
        let blank = format!("[{}]", ";".repeat(mask.len() - 2));
        out = out.replace(mask, &blank);
    }
    Cow::Owned(out)
}

/// What [`spans`] looks for.
#[derive(PartialEq, Eq)]
struct Needle {
    /// The words, folded ([`fold`]).
    folded: String,
    kind: Kind,
    /// Whether it must start with a capital as written ("Will", never "will").
    capital: bool,
    /// Whether up to three Cyrillic letters may follow: the stem of a Russian name, declined
    /// ("Ивановой" for "Иванова").
    endings: bool,
}

impl Needle {
    fn new(words: &str, kind: Kind, capital: bool) -> Needle {
        Needle {
            folded: fold(words).0,
            kind,
            capital,
            endings: false,
        }
    }
}

/// The byte ranges of `text` that identify `r`, in order, never overlapping: e-mail addresses
/// first, then the organisation (and the acronym of its initials, "KBA" for "Kenya Bankers
/// Association"), the whole name and each capitalised word of it of three letters or more.
/// Case and accents are ignored ("Benedicte Faureau" is "Bénédicte Fauréau"), Arabic is
/// compared without its vowel marks and variant letters, behind the particles written joined to
/// a word ("بالوكالة" for "الوكالة"), and a word of a Russian name in any of its cases
/// ("Ивановой" for "Иванова"); a name or organisation in Chinese characters (two or more) is
/// found inside a sentence, which has no spaces between words.
fn spans(r: &Response, text: &str) -> Vec<(usize, usize, Kind)> {
    let mut spans = emails(text);
    let p = &r.respondent;
    let mut needles: Vec<Needle> = Vec::new();
    let long_enough = |s: &str| s.chars().count() >= 3 || (s.chars().count() == 2 && is_han(s));
    let organisation = p.organisation.trim();
    if long_enough(organisation) {
        needles.push(Needle::new(organisation, Kind::Organisation, false));
        // "Nigeria Computer Emergency Response Team (ngCERT)": each part too.
        if let Some((long, short)) = organisation.split_once(['(', '（']) {
            let short = short.trim_end_matches([')', '）']).trim();
            for part in [long.trim(), short] {
                if long_enough(part) {
                    needles.push(Needle::new(part, Kind::Organisation, false));
                }
            }
        }
        let long = organisation.split(['(', '（']).next().unwrap_or_default();
        // "At Kestrel we…" for "Kestrel Security Labs": a word of the name no other
        // organisation's would have, as written with its capital.
        for word in distinctive_words(long) {
            needles.push(Needle::new(word, Kind::Organisation, true));
        }
        if let Some(acronym) = initials(long) {
            for (start, end) in whole_words(text, &acronym) {
                if !spans.iter().any(|s| start < s.1 && s.0 < end) {
                    spans.push((start, end, Kind::Organisation));
                }
            }
        }
    }
    let name = p.name.trim();
    if long_enough(name) {
        needles.push(Needle::new(name, Kind::Name, false));
        // A word of the name alone only as written with its capital: "Will", never "will".
        // "Петрова-Водкина": each part of a double name too.
        for word in name.split(|c: char| c.is_whitespace() || c == '-') {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if word.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && word.starts_with(char::is_uppercase)
            {
                needles.push(Needle::new(word, Kind::Name, true));
                if let Some(stem) = russian_stem(word) {
                    needles.push(Needle {
                        endings: true,
                        ..Needle::new(stem, Kind::Name, true)
                    });
                }
            }
        }
    }
    // "الوكالة" after the particle "لِ" is written "للوكالة".
    let joined: Vec<Needle> = needles
        .iter()
        .filter_map(|n| {
            let rest = n.folded.strip_prefix("ال")?;
            Some(Needle {
                folded: format!("لل{rest}"),
                kind: n.kind,
                capital: n.capital,
                endings: false,
            })
        })
        .collect();
    needles.extend(joined);
    needles.retain(|n| !n.folded.is_empty());
    // Longest first, so the whole name is masked before a word of it.
    needles.sort_by(|a, b| {
        (b.folded.len().cmp(&a.folded.len()))
            .then(a.folded.cmp(&b.folded))
            .then(a.endings.cmp(&b.endings))
    });
    needles.dedup();
    if needles.is_empty() {
        spans.sort_unstable();
        return spans;
    }
    // ASCII text (most answers) is searched as it is; other text folded, with where each of
    // its bytes came from.
    let folded = (!text.is_ascii()).then(|| fold(text));
    for needle in &needles {
        let mut from = 0;
        loop {
            let found = match &folded {
                None => find_ascii_ignoring_case(&text[from..], &needle.folded),
                Some((f, _)) => f.get(from..).and_then(|f| f.find(needle.folded.as_str())),
            };
            let Some(i) = found else { break };
            let (at, to) = (from + i, from + i + needle.folded.len());
            from = to;
            // (`origin[to]` is where the next letter kept by the folding starts: the marks it
            // dropped after the match's last letter are in the span.)
            let (start, mut end) = match &folded {
                None => (at, to),
                Some((_, origin)) => (origin[at], origin[to]),
            };
            if needle.capital && !text[start..].starts_with(char::is_uppercase) {
                continue;
            }
            if !is_han(&needle.folded) {
                // At most what a particle and its vowel marks take: a longer run of letters
                // is a word, and looking further would cost a walk per match.
                let before: String = text[..start]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphanumeric() || dropped(*c))
                    .take(12)
                    .collect();
                let before = fold(&before.chars().rev().collect::<String>()).0;
                if !before.is_empty() && !ARABIC_PARTICLES.contains(&before.as_str()) {
                    continue;
                }
                let after: Vec<char> = text[end..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .take(4)
                    .collect();
                if !after.is_empty() {
                    if needle.endings && after.len() <= 3 && after.iter().all(|&c| is_cyrillic(c)) {
                        end += after.iter().map(|c| c.len_utf8()).sum::<usize>();
                    } else {
                        continue;
                    }
                }
            }
            if spans.iter().any(|s| start < s.1 && s.0 < end) {
                continue;
            }
            spans.push((start, end, needle.kind));
        }
    }
    spans.sort_unstable();
    spans
}

/// The particles Arabic writes joined to the word after them (and, so, with, for, like, the,
/// and their combinations), folded.
const ARABIC_PARTICLES: [&str; 17] = [
    "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "وبال", "لل", "ولل", "فلل", "وب",
    "ول", "فب",
];

/// The words of an organisation's name that point to it alone: capitalised, four letters or
/// more, and neither a word organisations' names share ([`GENERIC`]: "Ministry", "National",
/// "Security"…) nor one of a country's name ("Kenya", "Republic"). A name of one word is
/// matched whole already.
fn distinctive_words(name: &str) -> Vec<&str> {
    let words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    if words.len() < 2 {
        return Vec::new();
    }
    words
        .into_iter()
        .filter(|w| {
            let folded = fold(w).0;
            w.starts_with(char::is_uppercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && !COMMON_WORDS.contains(&folded)
        })
        .collect()
}

/// [`GENERIC`] and the words of countries' names, folded ([`fold`]).
static COMMON_WORDS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        let countries = crate::core::countries::Country::all().flat_map(|c| {
            c.name()
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| fold(w).0)
                .collect::<Vec<_>>()
        });
        GENERIC.iter().map(|w| fold(w).0).chain(countries).collect()
    });

/// Words many organisations' names share (English, French, Spanish, Portuguese), lower case:
/// a word of an organisation's name among them says nothing of which one it is.
const GENERIC: &[&str] = &[
    "academy",
    "action",
    "advisory",
    "affairs",
    "africa",
    "african",
    "agence",
    "agencia",
    "agency",
    "alliance",
    "america",
    "american",
    "arab",
    "asia",
    "asian",
    "asociación",
    "associação",
    "association",
    "authority",
    "autorité",
    "autoridad",
    "bank",
    "banque",
    "banco",
    "board",
    "bureau",
    "business",
    "caribbean",
    "center",
    "central",
    "centre",
    "centro",
    "chamber",
    "civil",
    "coalition",
    "college",
    "comisión",
    "comité",
    "commission",
    "committee",
    "communication",
    "communications",
    "community",
    "company",
    "computer",
    "computing",
    "conseil",
    "consejo",
    "consortium",
    "consulting",
    "cooperation",
    "coordination",
    "corporation",
    "council",
    "crime",
    "critical",
    "cyber",
    "cybercrime",
    "cybersecurity",
    "cybersécurité",
    "ciberseguridad",
    "data",
    "defence",
    "defense",
    "department",
    "development",
    "digital",
    "direction",
    "dirección",
    "directorate",
    "division",
    "economic",
    "economy",
    "education",
    "emergency",
    "europe",
    "european",
    "federal",
    "federation",
    "fondation",
    "forum",
    "foundation",
    "fundación",
    "general",
    "générale",
    "nacionales",
    "nationales",
    "global",
    "governance",
    "government",
    "group",
    "groupe",
    "grupo",
    "incident",
    "independent",
    "information",
    "infrastructure",
    "initiative",
    "innovation",
    "institute",
    "institut",
    "instituto",
    "international",
    "internet",
    "justice",
    "laboratory",
    "labs",
    "latin",
    "league",
    "limited",
    "management",
    "media",
    "ministerio",
    "ministry",
    "ministère",
    "national",
    "nacional",
    "nationale",
    "network",
    "networks",
    "observatory",
    "office",
    "online",
    "operations",
    "organisation",
    "organization",
    "organización",
    "pacific",
    "partners",
    "partnership",
    "platform",
    "police",
    "policy",
    "private",
    "programme",
    "program",
    "project",
    "protection",
    "public",
    "regional",
    "regulatory",
    "research",
    "resilience",
    "response",
    "safety",
    "school",
    "science",
    "sciences",
    "sector",
    "secretariat",
    "security",
    "sécurité",
    "seguridad",
    "service",
    "services",
    "society",
    "société",
    "sociedad",
    "software",
    "solutions",
    "standards",
    "state",
    "studies",
    "support",
    "system",
    "systems",
    "team",
    "technical",
    "technologies",
    "technology",
    "telecom",
    "telecommunications",
    "trade",
    "trust",
    "union",
    "united",
    "university",
    "université",
    "universidad",
    "users",
    "watch",
    "women",
    "working",
    "world",
    "youth",
];

/// The acronym of an organisation's name of three capitalised words or more, the words that
/// join them left out: "KBA" for "Kenya Bankers Association", "NCERT" for "Nigeria Computer
/// Emergency Response Team", "SGC" for "Société Générale de Cybersécurité".
fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised: String = words
        .iter()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    let joining = words
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) || w.chars().all(char::is_lowercase));
    (capitalised.chars().count() >= 3 && joining).then_some(capitalised)
}

/// Where `word` stands in `text` as a whole word, exactly as written.
fn whole_words(text: &str, word: &str) -> Vec<(usize, usize)> {
    text.match_indices(word)
        .map(|(i, _)| (i, i + word.len()))
        .filter(|&(start, end)| whole_word(text, start, end))
        .collect()
}

/// The stem of a word of a name in Cyrillic, to find it declined: without its last vowel or
/// soft sign ("иванов" for "Иванова"), or as it is if it ends with a consonant ("иван" for
/// "Иван", "Ивану", "Иваном"); three letters at least.
fn russian_stem(word: &str) -> Option<&str> {
    if !word.chars().all(is_cyrillic) {
        return None;
    }
    let last = word.chars().next_back()?;
    let stem = if "аяйьоеыиуАЯЙЬОЕЫИУ".contains(last) {
        &word[..word.len() - last.len_utf8()]
    } else {
        word
    };
    (stem.chars().count() >= 3).then_some(stem)
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4FF}')
}

/// The marks [`fold`] leaves out: combining accents ("e" and U+0301 written apart), Arabic's
/// vowel marks and its stretching line.
fn dropped(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{640}')
}

/// Whether `s` is written in Chinese characters (and spaces) alone.
fn is_han(s: &str) -> bool {
    s.chars().any(super::text::is_han) && s.chars().all(|c| super::text::is_han(c) || c == ' ')
}

/// `text` in lower case without accents, Arabic without its vowel marks and with one letter for
/// each of its variants (alif with hamza or madda, tā' marbūṭa, alif maqṣūra), and for each
/// byte of the result (and its end) the byte of `text` it came from.
fn fold(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        if dropped(c) {
            continue;
        }
        let c = match c {
            // Russian writes "е" for "ё" as often as not.
            'ё' | 'Ё' => 'е',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            c => base_letter(c.to_lowercase().next().unwrap_or(c)),
        };
        for _ in 0..c.len_utf8() {
            origin.push(i);
        }
        out.push(c);
    }
    origin.push(text.len());
    (out, origin)
}

/// A lower-case Latin letter without its accent (the letters of the languages of the NRIs'
/// names: "é" is "e", "ç" is "c", "ø" is "o", "ł" is "l"); any other character as it is.
fn base_letter(c: char) -> char {
    const FROM: &str =
        "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    const TO: &str =
        "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";
    const FIRST: u32 = 0xe0;
    // FROM's letters looked up by their code point, not searched for each one read.
    static BASES: std::sync::LazyLock<[char; 0x17f - FIRST as usize]> =
        std::sync::LazyLock::new(|| {
            let mut bases: [char; 0x17f - FIRST as usize] =
                std::array::from_fn(|i| char::from_u32(FIRST + i as u32).unwrap_or(' '));
            for (from, to) in FROM.chars().zip(TO.chars()) {
                bases[(u32::from(from) - FIRST) as usize] = to;
            }
            bases
        });
    match u32::from(c).checked_sub(FIRST) {
        Some(i) if (i as usize) < BASES.len() => BASES[i as usize],
        _ => c,
    }
}

/// Where `needle` (lower case) is in ASCII `text`, ignoring case, without copying it.
fn find_ascii_ignoring_case(text: &str, needle: &str) -> Option<usize> {
    let (hay, n) = (text.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    if n.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - n.len()).find(|&i| {
        hay[i].to_ascii_lowercase() == first && hay[i..i + n.len()].eq_ignore_ascii_case(n)
    })
}

/// Whether `text[start..end]` is not part of a longer word.
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// E-mail addresses in `text`: a local part, `@`, and a domain with a dot (letters of any
/// script in both: "josé@núñez.example").
fn emails(text: &str) -> Vec<(usize, usize, Kind)> {
    let local = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let domain = |c: char| c.is_alphanumeric() || ".-".contains(c);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find('@') {
        let at = from + i;
        from = at + 1;
        let start = at
            - text[..at]
                .chars()
                .rev()
                .take_while(|&c| local(c))
                .map(char::len_utf8)
                .sum::<usize>();
        let mut end = at
            + 1
            + text[at + 1..]
                .chars()
                .take_while(|&c| domain(c))
                .map(char::len_utf8)
                .sum::<usize>();
        while end > at + 1 && text.as_bytes()[end - 1] == b'.' {
            end -= 1;
        }
        let host = &text[at + 1..end];
        if start < at && host.contains('.') && !host.starts_with('.') {
            if out
                .last()
                .is_some_and(|l: &(usize, usize, Kind)| l.1 > start)
            {
                continue;
            }
            out.push((start, end, Kind::Email));
            from = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::response::{Publication, QuestionnaireRef, Response, ResponseId, Source};
    use crate::core::time::Timestamp;

    #[test]
    fn accents_are_dropped_as_the_two_lists_pair_them() {
        const FROM: &str = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
        const TO: &str = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";
        for c in (0..0x400).filter_map(char::from_u32) {
            let expected = FROM
                .chars()
                .position(|f| f == c)
                .and_then(|i| TO.chars().nth(i))
                .unwrap_or(c);
            assert_eq!(base_letter(c), expected, "{c:?}");
        }
    }

    fn anonymous(name: &str, org: &str) -> Response {
        let mut r = Response::new(
            ResponseId::from_random_bytes([7; 16]),
            QuestionnaireRef {
                id: "q".into(),
                version: 1,
                hash: String::new(),
            },
            Timestamp::from_millis(0),
            "en",
            Source::default(),
        );
        r.publication = Some(Publication::Anonymous);
        r.respondent.name = name.into();
        r.respondent.organisation = org.into();
        r
    }

    #[test]
    fn an_anonymous_respondent_naming_themself_is_masked() {
        let r = anonymous(
            "Ada Obi",
            "Nigeria Computer Emergency Response Team (ngCERT)",
        );
        let text = "At ngCERT we, and I (Ada Obi, ada.obi@cert.gov.ng), saw that Obinna and Obi's team—Nigeria Computer Emergency Response Team—shared feeds.";
        assert_eq!(
            published(&r, text),
            "At [organisation] we, and I ([name], [e-mail]), saw that Obinna and [name]'s team—[organisation]—shared feeds."
        );
        assert_eq!(
            found(&r, text),
            vec![Kind::Name, Kind::Organisation, Kind::Email]
        );
        // A named respondent's words stay as written.
        let mut named = r.clone();
        named.publication = Some(Publication::Named);
        assert_eq!(published(&named, text), text);
        assert_eq!(
            published(&r, "Nothing of theirs here."),
            "Nothing of theirs here."
        );
        let will = anonymous("Will May", "");
        assert_eq!(
            published(&will, "We will act in May, as Will said."),
            "We will act in [name], as [name] said."
        );
    }

    #[test]
    fn names_are_found_without_their_accents_and_in_chinese_sentences() {
        let r = anonymous("Bénédicte Fauréau", "Société Générale de Cybersécurité");
        assert_eq!(
            published(
                &r,
                "Je suis Benedicte Faureau de la Societe Generale de Cybersecurite ; FAURÉAU aussi."
            ),
            "Je suis [name] de la [organisation] ; [name] aussi."
        );
        // And the other way round, in text with other accents.
        let plain = anonymous("Joao Conceicao", "");
        assert_eq!(
            published(&plain, "Sou o João Conceição, do Brasil."),
            "Sou o [name], do Brasil."
        );
        let zh = anonymous("王小明", "国家互联网应急中心");
        assert_eq!(
            published(&zh, "我是王小明，在国家互联网应急中心工作。"),
            "我是[name]，在[organisation]工作。"
        );
        let two = anonymous("李伟", "");
        assert_eq!(
            published(&two, "李伟认为应该加强合作。"),
            "[name]认为应该加强合作。"
        );
        // Two Latin letters are no name, and a name inside a longer word is not masked.
        let short = anonymous("Al", "");
        assert_eq!(published(&short, "Al said so."), "Al said so.");
        assert_eq!(
            published(&anonymous("Ana", ""), "Ana's analysis of Anatolia"),
            "[name]'s analysis of Anatolia"
        );
        assert_eq!(
            published(&r, "Write to bénédicte@sécurité.example now."),
            "Write to [e-mail] now."
        );
    }

    #[test]
    fn declined_russian_names_arabic_particles_and_acronyms_are_masked() {
        let ru = anonymous("Анна Иванова", "");
        assert_eq!(
            published(
                &ru,
                "Мы с Анной Ивановой и Ивановым обсуждали Иваново и иван-чай."
            ),
            "Мы с [name] [name] и [name] обсуждали [name] и иван-чай."
        );
        // "ё" written "е", and a double name declined.
        let pyotr = anonymous("Пётр Петров-Водкин", "");
        assert_eq!(
            published(&pyotr, "Петр Петрову-Водкину сказал."),
            "[name] [name]-[name] сказал."
        );
        // A longer word that begins like the name is another word.
        assert_eq!(published(&ru, "Ивановский район"), "Ивановский район");
        let ar = anonymous("", "الوكالة الوطنية للأمن السيبراني");
        assert_eq!(
            published(
                &ar,
                "نعمل بالوكالة الوطنية للامن السيبراني، وللوكالةِ الوطنيّة للأمن السيبراني شركاء."
            ),
            "نعمل ب[organisation]، و[organisation] شركاء."
        );
        // A word that only ends like the organisation's is not it.
        let wakala = anonymous("", "وكالة");
        assert_eq!(published(&wakala, "الاستوكالة"), "الاستوكالة");
        // A name repeated through a whole answer, glued into one word, is no name (each match
        // looks at a few neighbours, not the whole run).
        let many = "Aaa".repeat(10_000);
        assert_eq!(published(&anonymous("Aaa", ""), &many), many);
        let kba = anonymous("", "Kenya Bankers Association");
        assert_eq!(
            published(&kba, "The KBA shared feeds; kba and KBAs did not."),
            "The [organisation] shared feeds; kba and KBAs did not."
        );
        assert_eq!(published(&anonymous("", "Ministry of ICT"), "MOI"), "MOI");
        // Accents written apart (e and U+0301) are folded too.
        let nfd = anonymous("Be\u{301}ne\u{301}dicte", "");
        assert_eq!(
            published(&nfd, "Merci, Bénédicte et Be\u{301}ne\u{301}dicte."),
            "Merci, [name] et [name]."
        );
    }

    #[test]
    fn a_word_only_the_organisations_name_has_is_masked() {
        let r = anonymous("", "Kestrel Security Labs");
        assert_eq!(
            published(
                &r,
                "At Kestrel we train staff; a kestrel is a bird. Security labs help."
            ),
            "At [organisation] we train staff; a kestrel is a bird. Security labs help."
        );
        // Words organisations and countries share are left as written.
        let kenya = anonymous("", "Kenya National Computer Incident Response Team");
        assert_eq!(
            published(&kenya, "Kenya needs a National Team for incident response."),
            "Kenya needs a National Team for incident response."
        );
        let lagos = anonymous("", "Lagoscert Limited");
        assert_eq!(
            published(&lagos, "Lagoscert shares feeds with banks in Lagos."),
            "[organisation] shares feeds with banks in Lagos."
        );
        let one = anonymous("", "Safaricom");
        assert_eq!(
            published(&one, "Safaricom and M-Pesa."),
            "[organisation] and M-Pesa."
        );
    }

    #[test]
    fn e_mail_addresses_are_found_whole() {
        let r = anonymous("", "");
        assert_eq!(
            published(&r, "Write to soc@bank.example. Or x@y, or @handle."),
            "Write to [e-mail]. Or x@y, or @handle."
        );
    }
}
