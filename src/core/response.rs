//! A response as the app works with it: who answered, in what capacity, what they answered and how it may be published.

use std::collections::BTreeMap;
use std::fmt;

// `Serialize` and `Deserialize` on these types are for handing loaded responses from one
// synthesis worker to the other (bincode, same build): they are not a file format. Files are
// read and written through `core::format`, which checks everything.
use serde::{Deserialize, Serialize};

use super::countries::Country;
use super::time::Timestamp;

/// A response's stable random identity (a UUID v4, lower case), so the same response loaded
/// twice is recognised as one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ResponseId(String);

impl ResponseId {
    /// Makes a version 4 UUID from 16 random bytes (the caller takes them from a CSPRNG).
    pub fn from_random_bytes(mut b: [u8; 16]) -> Self {
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
        Self(format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        ))
    }

    /// Accepts any RFC 9562 UUID in its hyphenated form, normalised to lower case.
    pub fn parse(text: &str) -> Option<Self> {
        let ok = text.len() == 36
            && text.char_indices().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => c == '-',
                _ => c.is_ascii_hexdigit(),
            });
        ok.then(|| Self(text.to_ascii_lowercase()))
    }

    /// The hyphenated lower-case form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ResponseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The capacity in which a person responds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Capacity {
    /// In their own name.
    Individual,
    /// On behalf of an organisation.
    Organisation,
    /// On behalf of a National or Regional IGF initiative.
    Nri,
}

/// The stakeholder group a respondent belongs to, as the IGF counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StakeholderGroup {
    /// Government.
    Government,
    /// Private sector.
    PrivateSector,
    /// Civil society.
    CivilSociety,
    /// Technical community.
    TechnicalCommunity,
    /// Academia.
    Academia,
    /// Intergovernmental organisation.
    Intergovernmental,
    /// Any other.
    Other,
}

/// How a contribution may be published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Publication {
    /// Quoted and listed with the respondent's name and organisation.
    Named,
    /// Quoted as "a civil-society respondent, Nigeria"; never named.
    Anonymous,
    /// Counted in the synthesis, never quoted nor listed.
    DoNotPublish,
}

/// Whether the respondent has finished this response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Status {
    /// Still being written.
    Draft,
    /// Reviewed and saved as a response file.
    Finished,
}

/// The key of a category a response leaves unset ("not stated"), in filters, breakdowns and
/// the answer list.
pub const NOT_STATED: &str = "unknown";

keyed!(Capacity {
    Individual => "individual", "As an individual";
    Organisation => "organisation", "For an organisation";
    Nri => "nri", "For an NRI";
});

keyed!(StakeholderGroup {
    Government => "government", "Government";
    PrivateSector => "private-sector", "Private sector";
    CivilSociety => "civil-society", "Civil society";
    TechnicalCommunity => "technical-community", "Technical community";
    Academia => "academia", "Academia";
    Intergovernmental => "intergovernmental", "Intergovernmental organisation";
    Other => "other", "Other";
});

keyed!(Publication {
    Named => "named", "Named";
    Anonymous => "anonymous", "Anonymous";
    DoNotPublish => "do-not-publish", "Not for publication";
});

keyed!(Status {
    Draft => "draft", "Draft";
    Finished => "finished", "Finished";
});

/// Who responds, and in what capacity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Respondent {
    /// Full name.
    pub name: String,
    /// Organisation, if any.
    pub organisation: String,
    /// Contact email, optional.
    pub email: String,
    /// Capacity, once chosen.
    pub capacity: Option<Capacity>,
    /// Stakeholder group, once chosen.
    pub stakeholder_group: Option<StakeholderGroup>,
    /// Country, once chosen; the M49 region follows from it.
    pub country: Option<Country>,
    /// The National or Regional IGF initiative the respondent names, if any.
    pub nri: String,
}

/// Where the form was filled in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The NRI whose site embeds the form; empty on the standalone page.
    pub nri: String,
    /// The origin of the page the form ran on, e.g. `https://www.intgovforum.org`.
    pub origin: String,
}

/// Which questionnaire, in which version, a response answers.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    /// The questionnaire's id.
    pub id: String,
    /// The questionnaire's version.
    pub version: u32,
    /// Its content hash (`Questionnaire::hash`), which names exactly the questions answered;
    /// empty when the file does not say (format version 1).
    pub hash: String,
}

impl QuestionnaireRef {
    /// Whether a response naming this questionnaire answers `other`: the same id and version,
    /// and the same questions where both say which (a version 1 file does not).
    pub fn answers(&self, other: &QuestionnaireRef) -> bool {
        self.id == other.id
            && self.version == other.version
            && (self.hash.is_empty() || other.hash.is_empty() || self.hash == other.hash)
    }
}

/// A document a respondent sends with a response (a report, a brief, a survey): how the
/// list of contributions cites it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Its title, as written.
    pub title: String,
    /// Where it is: an `http` or `https` address ([`is_web_link`]), or empty.
    pub link: String,
    /// One line about it, optional.
    pub description: String,
}

/// Most documents one response carries.
pub const MAX_DOCUMENTS: usize = 20;
/// The longest document link, in characters.
pub const MAX_LINK_CHARS: usize = 2_000;

/// Whether `link` is an address a page may show as a link: `http://` or `https://` (any case),
/// then a host, with no space, control character or quote that could break out of an attribute
/// or a Markdown link; at most [`MAX_LINK_CHARS`].
pub fn is_web_link(link: &str) -> bool {
    let lower = link.get(..8).unwrap_or(link).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &link[8..]
    } else if lower.starts_with("http://") {
        &link[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    link.chars().count() <= MAX_LINK_CHARS
        && !host.is_empty()
        && !host.starts_with('@')
        && !link.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || is_invisible(c)
                || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
        })
}

/// Characters that change how text around them shows without showing themselves: zero-width
/// ones, direction marks, embeddings, overrides and isolates, the byte-order mark. A link with
/// one could read as another address.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// One person's contribution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    /// Stable identity.
    pub id: ResponseId,
    /// The questionnaire answered.
    pub questionnaire: QuestionnaireRef,
    /// Draft or finished.
    pub status: Status,
    /// When the response was started.
    pub created: Timestamp,
    /// When it last changed.
    pub updated: Timestamp,
    /// The language the respondent used (BCP 47).
    pub language: String,
    /// Where it was filled in.
    pub source: Source,
    /// Who answered.
    pub respondent: Respondent,
    /// How it may be published, once chosen.
    pub publication: Option<Publication>,
    /// Answers by question id, exactly as typed; questions never typed in are absent.
    pub answers: BTreeMap<String, String>,
    /// Documents sent with it, in the order given.
    pub documents: Vec<Document>,
}

impl Response {
    /// A new, empty draft.
    pub fn new(
        id: ResponseId,
        questionnaire: QuestionnaireRef,
        now: Timestamp,
        language: &str,
        source: Source,
    ) -> Self {
        Self {
            id,
            questionnaire,
            status: Status::Draft,
            created: now,
            updated: now,
            language: language.to_string(),
            source,
            respondent: Respondent::default(),
            publication: None,
            answers: BTreeMap::new(),
            documents: Vec::new(),
        }
    }

    /// The answer to `question_id`, or `""`.
    pub fn answer(&self, question_id: &str) -> &str {
        self.answers.get(question_id).map_or("", String::as_str)
    }

    /// Records an answer exactly as typed (white space too, so a reload restores it to the
    /// character); an empty answer removes the question from the answers.
    pub fn set_answer(&mut self, question_id: &str, text: String) {
        if text.is_empty() {
            self.answers.remove(question_id);
        } else {
            self.answers.insert(question_id.to_string(), text);
        }
    }

    /// How many questions have a non-blank answer.
    pub fn answered_count(&self) -> usize {
        self.answers
            .values()
            .filter(|a| !a.trim().is_empty())
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_web_addresses_are_links() {
        for good in [
            "https://example.org",
            "HTTP://example.org/a?b=c#d",
            "https://diplomacy.edu/résumé.pdf",
        ] {
            assert!(is_web_link(good), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<script>",
            "ftp://example.org",
            "https://",
            "https://@evil",
            "https://a.org/\"onmouseover=alert(1)",
            "https://a.org/ b",
            "https://a.org/<script>",
            "//example.org",
            "https://a.org/\u{202e}",
            "https://bank.example\u{200b}.evil.example/",
            "https://a.org/\u{2066}x",
        ] {
            assert!(!is_web_link(bad), "{bad}");
        }
        assert!(!is_web_link(&format!(
            "https://a.org/{}",
            "x".repeat(MAX_LINK_CHARS)
        )));
    }

    #[test]
    fn uuid_v4_from_bytes() {
        let id = ResponseId::from_random_bytes([0xff; 16]);
        assert_eq!(id.as_str(), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = ResponseId::from_random_bytes([0; 16]);
        assert_eq!(id.as_str(), "00000000-0000-4000-8000-000000000000");
        assert_eq!(ResponseId::parse(id.as_str()), Some(id));
    }

    #[test]
    fn parses_only_hyphenated_uuids() {
        let upper = ResponseId::parse("0F8FAD5B-D9CB-469F-A165-70867728950E").unwrap();
        assert_eq!(upper.as_str(), "0f8fad5b-d9cb-469f-a165-70867728950e");
        for bad in [
            "",
            "0f8fad5bd9cb469fa16570867728950e",
            "0f8fad5b-d9cb-469f-a165-70867728950g",
            "0f8fad5b-d9cb-469f-a165_70867728950e",
        ] {
            assert_eq!(ResponseId::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn answers_are_kept_exactly_and_blank_ones_do_not_count() {
        let mut r = Response::new(
            ResponseId::from_random_bytes([1; 16]),
            QuestionnaireRef {
                id: "q".into(),
                version: 1,
                hash: String::new(),
            },
            Timestamp::from_millis(0),
            "en",
            Source::default(),
        );
        r.set_answer("q1", "  \n ".into());
        assert_eq!((r.answer("q1"), r.answered_count()), ("  \n ", 0));
        r.set_answer("q1", " Keep  my spacing \n".into());
        assert_eq!(r.answer("q1"), " Keep  my spacing \n");
        assert_eq!(r.answered_count(), 1);
        r.set_answer("q1", String::new());
        assert_eq!(r.answer("q1"), "");
    }
}
