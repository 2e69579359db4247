//! Who answered: breakdowns by stakeholder group, region, NRI, language and capacity, and how each respondent may be named, following their publication choice.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::filter::Dimension;
use crate::core::countries::Country;
use crate::core::response::{
    Capacity, NOT_STATED, Publication, Response, StakeholderGroup, Status,
};

/// A count under a label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    /// A stable key (code or normalised name).
    pub key: String,
    /// The English label; empty for an NRI named only in responses not for publication (its
    /// name is their words), which exports count together without a name.
    pub label: String,
    /// How many.
    pub count: usize,
}

/// Who answered, five ways.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breakdowns {
    /// By stakeholder group.
    pub group: Vec<Count>,
    /// By UN M49 sub-region.
    pub region: Vec<Count>,
    /// By National or Regional IGF initiative.
    pub nri: Vec<Count>,
    /// By the language of the form.
    pub language: Vec<Count>,
    /// By capacity.
    pub capacity: Vec<Count>,
}

/// The key and English label of a response's stakeholder group.
pub fn group_of(r: &Response) -> (&'static str, &'static str) {
    r.respondent
        .stakeholder_group
        .map_or((NOT_STATED, NOT_STATED_LABEL), |g| (g.key(), g.label()))
}

/// The key and English label of a response's capacity.
pub fn capacity_of(r: &Response) -> (&'static str, &'static str) {
    r.respondent
        .capacity
        .map_or((NOT_STATED, NOT_STATED_LABEL), |c| (c.key(), c.label()))
}

/// The English label of a category left unset.
const NOT_STATED_LABEL: &str = "Not stated";

/// The key and label of a response's region (M49 sub-region).
pub fn region_of(r: &Response) -> (String, String) {
    match r.respondent.country.and_then(Country::region) {
        Some(region) => (
            region.subregion_code.to_string(),
            region.subregion_name.to_string(),
        ),
        None => (NOT_STATED.into(), NOT_STATED_LABEL.into()),
    }
}

/// The NRI a response came through: the embedding site's, else the one the respondent named.
pub fn nri_of(r: &Response) -> &str {
    let source = r.source.nri.trim();
    if source.is_empty() {
        r.respondent.nri.trim()
    } else {
        source
    }
}

/// Regional initiatives known under more than one name: each full name (as [`nri_words`]
/// writes it) and the acronym's words it is counted under. National ones need no table: "IGF
/// USA", "IGF-USA" and "USA IGF", or "the Nigeria Internet Governance Forum" and "Nigeria IGF",
/// share their words.
const NRI_ALIASES: &[(&str, &str)] = &[
    ("asia pacific regional igf", "apr igf"),
    ("asia pacific igf", "apr igf"),
    ("african igf", "af igf"),
    ("africa igf", "af igf"),
    ("west africa igf", "wa igf"),
    ("west african igf", "wa igf"),
    ("latin american and caribbean igf", "lac igf"),
    ("latin america and caribbean igf", "lac igf"),
    ("latin american and caribbean regional igf", "lac igf"),
    (
        "regional igf for latin america and the caribbean",
        "lac igf",
    ),
    ("european dialogue on internet governance", "eurodig"),
    ("euro dig", "eurodig"),
    (
        "south eastern european dialogue on internet governance",
        "seedig",
    ),
    (
        "south east european dialogue on internet governance",
        "seedig",
    ),
    ("caribbean igf", "c igf"),
    ("central africa igf", "cafigf"),
    ("central african igf", "cafigf"),
    ("caf igf", "cafigf"),
    ("north africa igf", "na igf"),
    ("north african igf", "na igf"),
    ("southern africa igf", "sa igf"),
    ("southern african igf", "sa igf"),
    // National acronyms that do not spell the country's name (see `core::nris::KNOWN`).
    ("n igf", "igf nigeria"),
    ("k igf", "igf kenya"),
    ("r igf", "igf russia"),
];

/// An NRI name's words: lower case, letters and digits only, "the" dropped, "Internet
/// Governance Forum" written IGF, and a name glued to IGF split from it ("APrIGF" is "apr
/// igf", "UKIGF" is "uk igf"; "CIGF" is "c igf").
fn nri_words(name: &str) -> String {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "the")
        .collect();
    let mut out: Vec<&str> = Vec::with_capacity(words.len() + 1);
    let mut i = 0;
    while i < words.len() {
        if words[i..].starts_with(&["internet", "governance", "forum"]) {
            out.push("igf");
            i += 3;
            continue;
        }
        let w = words[i];
        match w.strip_suffix("igf") {
            Some(before) if !before.is_empty() && before.chars().all(|c| c.is_alphabetic()) => {
                out.push(before);
                out.push("igf");
            }
            _ => out.push(w),
        }
        i += 1;
    }
    out.join(" ")
}

/// NRI names are typed freely: "Nigeria IGF", "the nigeria  igf" and "IGF Nigeria" are one, as
/// are "APrIGF" and "Asia Pacific Regional IGF" ([`NRI_ALIASES`]). The key is the name's words
/// in alphabetical order.
pub fn nri_key(name: &str) -> String {
    let phrase = nri_words(name);
    let phrase = NRI_ALIASES
        .iter()
        .find(|(full, _)| *full == phrase)
        .map_or(phrase.as_str(), |(_, short)| short);
    let mut words: Vec<&str> = phrase.split(' ').filter(|w| !w.is_empty()).collect();
    words.sort_unstable();
    words.dedup();
    if words.is_empty() {
        // A name of punctuation alone is still a name, not "none".
        return name.trim().to_lowercase();
    }
    words.join(" ")
}

/// The key of the response's NRI ([`nri_of`], normalised), or [`NO_NRI`].
pub fn nri_key_of(r: &Response) -> String {
    match nri_of(r) {
        "" => NO_NRI.to_string(),
        name => nri_key(name),
    }
}

/// The NRI key of a response that came through none.
pub const NO_NRI: &str = "none";

/// The language key of a response: the primary subtag of the form's language, lower case.
pub fn language_of(r: &Response) -> String {
    r.language.split('-').next().unwrap_or("").to_lowercase()
}

impl Breakdowns {
    /// The counts along one dimension.
    pub fn along(&self, d: Dimension) -> &[Count] {
        match d {
            Dimension::Group => &self.group,
            Dimension::Region => &self.region,
            Dimension::Nri => &self.nri,
            Dimension::Language => &self.language,
            Dimension::Capacity => &self.capacity,
        }
    }
}

/// The keys of the NRIs the form suggests, made once: [`breakdowns`] runs for every theme and
/// every initiative cited.
static KNOWN_KEYS: LazyLock<BTreeSet<String>> = LazyLock::new(|| {
    crate::core::nris::KNOWN
        .iter()
        .map(|(name, _)| nri_key(name))
        .collect()
});

/// Counts `responses` five ways, largest first, ties by label.
pub fn breakdowns<'a>(responses: impl Iterator<Item = &'a Response>) -> Breakdowns {
    let mut group: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut region = BTreeMap::new();
    let mut nri: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut language = BTreeMap::new();
    let mut capacity = BTreeMap::new();
    let bump = |m: &mut BTreeMap<String, (String, usize)>, k: &str, l: &str| {
        m.entry(k.to_string())
            .or_insert_with(|| (l.to_string(), 0))
            .1 += 1;
    };
    for r in responses {
        let (k, l) = group_of(r);
        bump(&mut group, k, l);
        let (k, l) = region_of(r);
        bump(&mut region, &k, &l);
        let name = nri_of(r);
        let key = nri_key_of(r);
        // An NRI named only in what may not be published keeps its count, not its name. The
        // embedding site's NRI (from the link, not the respondent's words) is named for them
        // only when it is one the form suggests: anyone can write a link.
        let from_link = !r.source.nri.trim().is_empty();
        let label = if name.is_empty() {
            "None"
        } else if may_quote(r) || (from_link && KNOWN_KEYS.contains(&key)) {
            name
        } else {
            ""
        };
        *nri.entry(key)
            .or_default()
            .entry(label.to_string())
            .or_insert(0) += 1;
        let lang = language_of(r);
        bump(&mut language, &lang, &lang);
        let (k, l) = capacity_of(r);
        bump(&mut capacity, k, l);
    }
    // An NRI's label is its most common spelling that may be published, or empty.
    let nri = nri
        .into_iter()
        .map(|(key, spellings)| {
            let count = spellings.values().sum();
            let label = spellings
                .into_iter()
                .filter(|s| !s.0.is_empty())
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|s| s.0)
                .unwrap_or_default();
            (key, (label, count))
        })
        .collect();
    Breakdowns {
        group: sorted(group),
        region: sorted(region),
        nri: sorted(nri),
        language: sorted(language),
        capacity: sorted(capacity),
    }
}

/// Counts `responses` by country (ISO code, English short name); a response that may not be
/// published is counted under `"not-published"` without its country, and one with no country
/// under [`NOT_STATED`].
pub fn countries<'a>(responses: impl Iterator<Item = &'a Response>) -> Vec<Count> {
    let mut m: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for r in responses {
        let (k, l) = match r.respondent.country {
            _ if !may_quote(r) => (NOT_PUBLISHED.to_string(), "Not for publication"),
            Some(c) => (c.code().to_string(), c.name()),
            None => (NOT_STATED.to_string(), NOT_STATED_LABEL),
        };
        m.entry(k).or_insert_with(|| (l.to_string(), 0)).1 += 1;
    }
    sorted(m)
}

/// The key under which [`countries`] counts the responses that may not be published.
pub const NOT_PUBLISHED: &str = "not-published";

fn sorted(m: BTreeMap<String, (String, usize)>) -> Vec<Count> {
    let mut v: Vec<Count> = m
        .into_iter()
        .map(|(key, (label, count))| Count { key, label, count })
        .collect();
    v.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(a.label.cmp(&b.label))
            .then(a.key.cmp(&b.key))
    });
    v
}

/// Whether anything the respondent wrote may be published (quoted, listed, or shown as a key
/// term, a theme's label or an NRI's name): only when they chose to be named or anonymous, and
/// finished the response (a draft is counted, never quoted: its author has not sent it as it is).
pub fn may_quote(r: &Response) -> bool {
    r.status == Status::Finished
        && matches!(
            r.publication,
            Some(Publication::Named | Publication::Anonymous)
        )
}

/// How a quote may be attributed, or `None` when the respondent chose not to be published.
pub fn attribution(r: &Response) -> Option<String> {
    if !may_quote(r) {
        return None;
    }
    let p = &r.respondent;
    match r.publication {
        Some(Publication::Named) if !p.name.trim().is_empty() => {
            let org = p.organisation.trim();
            Some(if org.is_empty() {
                p.name.trim().to_string()
            } else {
                format!("{}, {org}", p.name.trim())
            })
        }
        Some(Publication::Named | Publication::Anonymous) => Some(anonymous(r)),
        Some(Publication::DoNotPublish) | None => None,
    }
}

/// Whether quotes from `r` are attributed anonymously (by group and country).
pub fn is_anonymous(r: &Response) -> bool {
    match r.publication {
        Some(Publication::Named) => r.respondent.name.trim().is_empty(),
        Some(Publication::Anonymous) => true,
        Some(Publication::DoNotPublish) | None => false,
    }
}

/// For a quote attributed anonymously, `(stakeholder group key, country code)`, so a page can
/// say who in its own language; `None` for a named one.
pub fn anonymous_as(r: &Response) -> Option<(String, String)> {
    is_anonymous(r).then(|| {
        (
            group_of(r).0.to_string(),
            r.respondent
                .country
                .map(|c| c.code().to_string())
                .unwrap_or_default(),
        )
    })
}

/// "a civil-society respondent, Nigeria".
pub fn anonymous(r: &Response) -> String {
    let who = match r.respondent.stakeholder_group {
        Some(StakeholderGroup::Government) => "a government respondent",
        Some(StakeholderGroup::PrivateSector) => "a private-sector respondent",
        Some(StakeholderGroup::CivilSociety) => "a civil-society respondent",
        Some(StakeholderGroup::TechnicalCommunity) => "a technical-community respondent",
        Some(StakeholderGroup::Academia) => "an academic respondent",
        Some(StakeholderGroup::Intergovernmental) => {
            "a respondent from an intergovernmental organisation"
        }
        Some(StakeholderGroup::Other) | None => "a respondent",
    };
    match r.respondent.country {
        Some(c) => format!("{who}, {}", c.name()),
        None => who.to_string(),
    }
}

/// The NRI a named contribution speaks for, if it was sent in that capacity.
fn speaks_for_nri(r: &Response) -> Option<&str> {
    let p = &r.respondent;
    let nri = p.nri.trim();
    (r.publication == Some(Publication::Named) && p.capacity == Some(Capacity::Nri))
        .then_some(nri)
        .filter(|n| !n.is_empty())
}

/// A line of the list of contributions: who, as they wrote it, and whether it is an NRI's.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Contributor {
    /// "Ada Obi, ngCERT", or the NRI's name ("Nigeria IGF").
    pub name: String,
    /// Whether the contribution speaks for an NRI (exports write "Contribution from the …").
    pub nri: bool,
}

/// Who a named contribution is listed as, in the style of the BPF output ("Contribution from
/// the Nigeria IGF", "Contribution from Ada Obi, ngCERT"); `None` for one that is anonymous
/// (they are summed, not listed) or not published.
pub fn contributor(r: &Response) -> Option<Contributor> {
    if !may_quote(r) || is_anonymous(r) {
        return None;
    }
    if let Some(nri) = speaks_for_nri(r) {
        return Some(Contributor {
            name: nri.to_string(),
            nri: true,
        });
    }
    attribution(r).map(|name| Contributor { name, nri: false })
}

/// The list of contributions, sorted: one line per named contributor, and one per NRI however
/// its contributions spelt it ("APrIGF", "Asia Pacific Regional IGF"), under its most common
/// spelling.
pub fn contributors<'a>(responses: impl Iterator<Item = &'a Response>) -> Vec<Contributor> {
    let mut lines: BTreeMap<String, BTreeMap<Contributor, usize>> = BTreeMap::new();
    for r in responses {
        let Some(who) = contributor(r) else {
            continue;
        };
        let key = if who.nri {
            format!("\u{0}{}", nri_key(&who.name))
        } else {
            who.name.clone()
        };
        *lines.entry(key).or_default().entry(who).or_insert(0) += 1;
    }
    let mut out: Vec<Contributor> = lines
        .into_values()
        .filter_map(|spellings| {
            spellings
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|s| s.0)
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.nri.cmp(&b.nri)));
    out
}

#[cfg(test)]
mod nri_tests {
    use super::nri_key;

    #[test]
    fn one_nri_however_it_is_written() {
        for same in [
            ["Nigeria IGF", "the nigeria  igf", "IGF Nigeria"],
            [
                "Nigeria Internet Governance Forum",
                "NIGERIA-IGF",
                "Nigeria IGF.",
            ],
            ["IGF USA", "IGF-USA", "USA IGF"],
            [
                "APrIGF",
                "Asia Pacific Regional IGF",
                "Asia Pacific Regional Internet Governance Forum",
            ],
            ["LACIGF", "Latin American and Caribbean IGF", "LAC IGF"],
            [
                "EuroDIG",
                "European Dialogue on Internet Governance",
                "Euro-DIG",
            ],
            ["UKIGF", "UK IGF", "the UK Internet Governance Forum"],
        ] {
            assert_eq!(nri_key(same[0]), nri_key(same[1]), "{same:?}");
            assert_eq!(nri_key(same[0]), nri_key(same[2]), "{same:?}");
        }
        for different in [
            ("Nigeria IGF", "Niger IGF"),
            ("Youth IGF Nigeria", "Nigeria IGF"),
            ("West Africa IGF", "African IGF"),
            ("EuroDIG", "SEEDIG"),
        ] {
            assert_ne!(nri_key(different.0), nri_key(different.1), "{different:?}");
        }
        assert_eq!(nri_key("—"), "—");
    }

    #[test]
    fn the_forms_suggestions_are_one_nri_each_with_their_acronyms() {
        let mut keys = std::collections::BTreeSet::new();
        for (name, acronym) in crate::core::nris::KNOWN {
            assert!(keys.insert(nri_key(name)), "{name} shares its key");
            if !acronym.is_empty() {
                assert_eq!(nri_key(name), nri_key(acronym), "{name} / {acronym}");
            }
        }
    }
}
