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

/// The byte ranges of `text` that identify `r`, in order, never overlapping: e-mail addresses
/// first, then the organisation, the whole name and each capitalised word of it of three
/// letters or more. Case and accents are ignored ("Benedicte Faureau" is "Bénédicte Fauréau");
/// a name or organisation in Chinese characters (two or more) is found inside a sentence, which
/// has no spaces between words.
fn spans(r: &Response, text: &str) -> Vec<(usize, usize, Kind)> {
    let mut spans = emails(text);
    let p = &r.respondent;
    // (what to look for, folded; what it is; whether it must start with a capital as written)
    let mut needles: Vec<(String, Kind, bool)> = Vec::new();
    let long_enough = |s: &str| s.chars().count() >= 3 || (s.chars().count() == 2 && is_han(s));
    let organisation = p.organisation.trim();
    if long_enough(organisation) {
        needles.push((fold(organisation).0, Kind::Organisation, false));
        // "Nigeria Computer Emergency Response Team (ngCERT)": each part too.
        if let Some((long, short)) = organisation.split_once(['(', '（']) {
            let short = short.trim_end_matches([')', '）']).trim();
            for part in [long.trim(), short] {
                if long_enough(part) {
                    needles.push((fold(part).0, Kind::Organisation, false));
                }
            }
        }
    }
    let name = p.name.trim();
    if long_enough(name) {
        needles.push((fold(name).0, Kind::Name, false));
        // A word of the name alone only as written with its capital: "Will", never "will".
        for word in name.split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if word.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && word.starts_with(char::is_uppercase)
            {
                needles.push((fold(word).0, Kind::Name, true));
            }
        }
    }
    needles.retain(|n| !n.0.is_empty());
    // Longest first, so the whole name is masked before a word of it.
    needles.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    needles.dedup();
    if needles.is_empty() {
        spans.sort_unstable();
        return spans;
    }
    // ASCII text (most answers) is searched as it is; other text folded, with where each of
    // its bytes came from.
    let folded = (!text.is_ascii()).then(|| fold(text));
    for (needle, kind, capital) in &needles {
        let mut from = 0;
        loop {
            let found = match &folded {
                None => find_ascii_ignoring_case(&text[from..], needle),
                Some((f, _)) => f.get(from..).and_then(|f| f.find(needle.as_str())),
            };
            let Some(i) = found else { break };
            let (at, to) = (from + i, from + i + needle.len());
            from = to;
            let (start, end) = match &folded {
                None => (at, to),
                Some((_, origin)) => (origin[at], origin[to]),
            };
            let han = is_han(needle);
            if (*capital && !text[start..].starts_with(char::is_uppercase))
                || (!han && !whole_word(text, start, end))
                || spans.iter().any(|s| start < s.1 && s.0 < end)
            {
                continue;
            }
            spans.push((start, end, *kind));
        }
    }
    spans.sort_unstable();
    spans
}

/// Whether `s` is written in Chinese characters (and spaces) alone.
fn is_han(s: &str) -> bool {
    s.chars().any(super::text::is_han) && s.chars().all(|c| super::text::is_han(c) || c == ' ')
}

/// `text` in lower case without accents, one character for each of its characters, and for
/// each byte of the result (and its end) the byte of `text` it came from.
fn fold(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let c = base_letter(c.to_lowercase().next().unwrap_or(c));
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
    if !('\u{e0}'..='\u{17e}').contains(&c) {
        return c;
    }
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
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
    fn e_mail_addresses_are_found_whole() {
        let r = anonymous("", "");
        assert_eq!(
            published(&r, "Write to soc@bank.example. Or x@y, or @handle."),
            "Write to [e-mail]. Or x@y, or @handle."
        );
    }
}
