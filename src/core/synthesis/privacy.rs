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

/// The byte ranges of `text` that identify `r`, in order, never overlapping: e-mail addresses
/// first, then the organisation, the whole name and each capitalised word of it of three
/// letters or more.
fn spans(r: &Response, text: &str) -> Vec<(usize, usize, Kind)> {
    let mut spans = emails(text);
    let p = &r.respondent;
    // (what to look for, what it is, whether case must match)
    let mut needles: Vec<(String, Kind, bool)> = Vec::new();
    let organisation = p.organisation.trim();
    if organisation.chars().count() >= 3 {
        needles.push((organisation.to_lowercase(), Kind::Organisation, false));
        // "Nigeria Computer Emergency Response Team (ngCERT)": each part too.
        if let Some((long, short)) = organisation.split_once('(') {
            let short = short.trim_end_matches(')').trim();
            for part in [long.trim(), short] {
                if part.chars().count() >= 3 {
                    needles.push((part.to_lowercase(), Kind::Organisation, false));
                }
            }
        }
    }
    let name = p.name.trim();
    if name.chars().count() >= 3 {
        needles.push((name.to_lowercase(), Kind::Name, false));
        // A word of the name alone only as written with its capital: "Will", never "will".
        for word in name.split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if word.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && word.starts_with(char::is_uppercase)
            {
                needles.push((word.to_string(), Kind::Name, true));
            }
        }
    }
    // Longest first, so the whole name is masked before a word of it.
    needles.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    if !needles.is_empty() {
        // ASCII text (most answers) is searched as it is; other text through its lower case.
        let lower = if text.is_ascii() {
            None
        } else {
            Some(text.to_lowercase())
        };
        for (needle, kind, exact) in &needles {
            let mut from = 0;
            loop {
                let found = match (&lower, exact) {
                    (_, true) => text[from..].find(needle.as_str()),
                    (None, false) => find_ascii_ignoring_case(&text[from..], needle),
                    (Some(l), false) => l.get(from..).and_then(|l| l.find(needle.as_str())),
                };
                let Some(i) = found else { break };
                let (start, end) = (from + i, from + i + needle.len());
                from = end;
                // Lower-casing can change byte lengths (rare: "İ"): a match is trusted only if
                // the original says the same there.
                if !text.is_char_boundary(start)
                    || !text.is_char_boundary(end)
                    || (lower.is_some() && !*exact && text[start..end].to_lowercase() != *needle)
                    || !whole_word(text, start, end)
                    || spans.iter().any(|s| start < s.1 && s.0 < end)
                {
                    continue;
                }
                spans.push((start, end, *kind));
            }
        }
    }
    spans.sort_unstable();
    spans
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

/// E-mail addresses in `text`: a local part, `@`, and a domain with a dot.
fn emails(text: &str) -> Vec<(usize, usize, Kind)> {
    let bytes = text.as_bytes();
    let local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
    let domain = |b: u8| b.is_ascii_alphanumeric() || b".-".contains(&b);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find('@') {
        let at = from + i;
        from = at + 1;
        let mut start = at;
        while start > 0 && local(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && domain(bytes[end]) {
            end += 1;
        }
        while end > at + 1 && bytes[end - 1] == b'.' {
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
    fn e_mail_addresses_are_found_whole() {
        let r = anonymous("", "");
        assert_eq!(
            published(&r, "Write to soc@bank.example. Or x@y, or @handle."),
            "Write to [e-mail]. Or x@y, or @handle."
        );
    }
}
