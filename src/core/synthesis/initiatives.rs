//! Initiatives and organisations cited in the answers (FIRST, APCERT, the Budapest Convention, Avalanche…): a gazetteer of well-known ones in the six languages, plus acronyms and runs of capitalised words for the rest. Pure and linear in the text.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

/// Well-known initiatives, organisations and events: the name shown, then the ways it is
/// written. Latin-script forms are matched word by word, ignoring case, except a one-word form
/// in capitals ("FIRST", never "first"); forms in other scripts are matched as written.
const KNOWN: &[(&str, &[&str])] = &[
    (
        "FIRST",
        &["FIRST", "Forum of Incident Response and Security Teams"],
    ),
    (
        "APCERT",
        &["APCERT", "Asia Pacific Computer Emergency Response Team"],
    ),
    ("AfricaCERT", &["AfricaCERT", "Africa CERT"]),
    ("OIC-CERT", &["OIC-CERT", "OIC CERT"]),
    ("TF-CSIRT", &["TF-CSIRT", "TF CSIRT"]),
    ("CSIRTs Network", &["CSIRTs Network", "CSIRT Network"]),
    ("CERT/CC", &["CERT/CC", "CERT Coordination Center"]),
    (
        "GFCE",
        &[
            "GFCE",
            "Global Forum on Cyber Expertise",
            "Forum mondial sur la cyberexpertise",
            "Foro Global de Experiencia Cibernética",
        ],
    ),
    (
        "MANRS",
        &["MANRS", "Mutually Agreed Norms for Routing Security"],
    ),
    (
        "Europol EC3",
        &[
            "Europol EC3",
            "EC3",
            "European Cybercrime Centre",
            "Europol's EC3",
        ],
    ),
    (
        "Europol",
        &["Europol", "Европол", "欧洲刑警组织", "اليوروبول"],
    ),
    (
        "INTERPOL",
        &[
            "INTERPOL",
            "Interpol",
            "Интерпол",
            "国际刑警组织",
            "الإنتربول",
        ],
    ),
    (
        "Avalanche",
        &[
            "Avalanche",
            "Avalanche network",
            "Avalanche takedown",
            "Avalanche botnet",
        ],
    ),
    (
        "Shadowserver",
        &["Shadowserver", "Shadowserver Foundation", "Shadow Server"],
    ),
    (
        "CiSP",
        &[
            "CiSP",
            "Cyber Security Information Sharing Partnership",
            "Cyber-security Information Sharing Partnership",
        ],
    ),
    (
        "Budapest Convention",
        &[
            "Budapest Convention",
            "Convention on Cybercrime",
            "Council of Europe Convention on Cybercrime",
            "Convention de Budapest",
            "Convention sur la cybercriminalité",
            "Convenio de Budapest",
            "Convenio sobre la Ciberdelincuencia",
            "Будапештская конвенция",
            "Будапештской конвенции",
            "布达佩斯公约",
            "اتفاقية بودابست",
        ],
    ),
    (
        "Council of Europe",
        &[
            "Council of Europe",
            "Conseil de l'Europe",
            "Consejo de Europa",
            "Совет Европы",
            "欧洲委员会",
            "مجلس أوروبا",
        ],
    ),
    (
        "ITU",
        &[
            "ITU",
            "International Telecommunication Union",
            "UIT",
            "Union internationale des télécommunications",
            "Unión Internacional de Telecomunicaciones",
            "МСЭ",
            "国际电信联盟",
            "الاتحاد الدولي للاتصالات",
        ],
    ),
    ("ICANN", &["ICANN"]),
    ("IETF", &["IETF", "Internet Engineering Task Force"]),
    ("Internet Society", &["Internet Society", "ISOC"]),
    ("RIPE NCC", &["RIPE NCC", "RIPE"]),
    ("APNIC", &["APNIC"]),
    ("AFRINIC", &["AFRINIC", "AfriNIC"]),
    ("LACNIC", &["LACNIC"]),
    ("ARIN", &["ARIN"]),
    ("OECD", &["OECD", "OCDE", "ОЭСР", "经合组织"]),
    (
        "OAS",
        &[
            "OAS",
            "Organization of American States",
            "OEA",
            "Organización de los Estados Americanos",
        ],
    ),
    ("ASEAN", &["ASEAN", "АСЕАН", "东盟"]),
    (
        "African Union",
        &[
            "African Union",
            "Union africaine",
            "Unión Africana",
            "Африканский союз",
            "非洲联盟",
            "الاتحاد الأفريقي",
        ],
    ),
    (
        "ENISA",
        &["ENISA", "European Union Agency for Cybersecurity"],
    ),
    (
        "NIST Cybersecurity Framework",
        &["NIST Cybersecurity Framework", "NIST CSF", "NIST framework"],
    ),
    ("NIST", &["NIST"]),
    ("ISO/IEC 27001", &["ISO/IEC 27001", "ISO 27001", "ISO27001"]),
    (
        "GCSC",
        &["GCSC", "Global Commission on the Stability of Cyberspace"],
    ),
    (
        "UN GGE",
        &["UN GGE", "GGE", "Group of Governmental Experts"],
    ),
    (
        "OEWG",
        &[
            "OEWG",
            "Open-ended Working Group",
            "Open Ended Working Group",
        ],
    ),
    (
        "Paris Call",
        &[
            "Paris Call",
            "Paris Call for Trust and Security in Cyberspace",
            "Appel de Paris",
        ],
    ),
    (
        "Cybersecurity Tech Accord",
        &["Cybersecurity Tech Accord", "Tech Accord"],
    ),
    ("No More Ransom", &["No More Ransom", "NoMoreRansom"]),
    (
        "APWG",
        &[
            "APWG",
            "Anti-Phishing Working Group",
            "Anti Phishing Working Group",
        ],
    ),
    ("M3AAWG", &["M3AAWG", "MAAWG"]),
    ("Spamhaus", &["Spamhaus"]),
    ("Team Cymru", &["Team Cymru"]),
    ("Meridian Process", &["Meridian Process", "Meridian"]),
    ("Global Cyber Alliance", &["Global Cyber Alliance"]),
    ("CyberGreen", &["CyberGreen"]),
    ("OWASP", &["OWASP"]),
    ("Let's Encrypt", &["Let's Encrypt", "Lets Encrypt"]),
    ("Europol IOCTA", &["IOCTA"]),
    (
        "Global Cybersecurity Index",
        &["Global Cybersecurity Index", "GCI"],
    ),
    (
        "IGF Dynamic Coalitions",
        &["Dynamic Coalition", "Dynamic Coalitions"],
    ),
];

/// Acronyms that name a kind of thing, not an initiative ("CERT", "ISP", "NGO").
const GENERIC_ACRONYMS: &[&str] = &[
    "IT", "ICT", "ICTS", "IOT", "AI", "ML", "SME", "SMES", "NGO", "NGOS", "ISP", "ISPS", "CERT",
    "CERTS", "CSIRT", "CSIRTS", "CIRT", "CIRTS", "SOC", "SOCS", "DDOS", "DOS", "PKI", "DNS", "IP",
    "IPV4", "IPV6", "TLS", "SSL", "HTTPS", "HTTP", "URL", "URLS", "USB", "PC", "PCS", "OK", "NA",
    "CEO", "CISO", "CTO", "CIO", "HR", "PPP", "PPPS", "GDP", "2FA", "MFA", "VPN", "OS", "API",
    "APIS", "IXP", "IXPS", "BGP", "LEA", "LEAS", "MOU", "MOUS", "TV", "SMS", "FAQ", "IGF", "BPF",
    "NRI", "NRIS", "UK", "US", "USA", "UAE", "EU", "UN", "SDG", "SDGS", "ID", "IDS", "IPS", "ISAC",
    "ISACS", "CII", "CNI", "LDC", "LDCS", "R&D", "ATM", "ATMS", "POS", "GPS", "SIM", "NB", "PS",
    "ETC", "EG", "IE", "I", "A", "WE", "OUR", "NOT", "NO", "YES", "ALL", "AND", "THE", "MUST",
    "VERY", "ONLY", "NEW", "KEY", "BEST", "CYBER", "CV",
    // The same in French, Spanish and Russian: SMEs, NGOs, ICT, ISPs, IT, AI, the EU, the UN,
    // civil-society organisations, GDP, the US.
    "PME", "PMES", "PYME", "PYMES", "ONG", "ONGS", "TIC", "FAI", "TI", "IA", "UE", "ONU", "OSC",
    "OSCS", "PIB", "EEUU", "МСП", "НКО", "НПО", "ИКТ", "ИТ", "ИИ", "ЕС", "ООН", "США", "ВВП",
];

/// Phrases in capitals that are everyone's words here, not an initiative.
const GENERIC_PHRASES: &[&str] = &[
    "internet governance forum",
    "best practice forum",
    "best practices forum",
    "civil society",
    "private sector",
    "technical community",
    "member states",
    "national cert",
    "national csirt",
    "law enforcement",
    "capacity building",
    "information sharing",
    "critical infrastructure",
    "critical information infrastructure",
    "internet service providers",
    "cyber security",
    "public private partnership",
    "public private partnerships",
    "incident response",
    "united states",
    "united kingdom",
    "european union",
    "united nations",
    "global south",
    "small and medium enterprises",
    "state",
    "government",
    "ministry",
];

/// Small words a name may hold between capitalised ones ("Forum of Incident Response").
const CONNECTORS: &[&str] = &[
    "of", "for", "on", "and", "the", "de", "la", "le", "les", "del", "des", "du", "y", "et", "en",
];

/// One initiative named in an answer.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mention {
    /// What it is counted under: a known initiative's name, or the words in lower case.
    pub key: String,
    /// Its name as shown: a known one's, else as the answer wrote it.
    pub name: String,
    /// Whether it is in the gazetteer.
    pub known: bool,
}

struct Gazetteer {
    /// The Latin-script forms, lower case, words joined by single spaces, and the entry they
    /// name.
    words: HashMap<String, usize>,
    /// The first words of those forms, lower case: a word that is none of them starts no name.
    firsts: HashSet<String>,
    /// One-word forms in capitals, matched exactly.
    capitals: HashMap<&'static str, usize>,
    /// Forms in other scripts, matched as written, by their first character: an answer is read
    /// once, not once per form.
    scripts: HashMap<char, Vec<(&'static str, usize)>>,
    /// The longest Latin form, in words.
    longest: usize,
    /// Country names and every run of their words ("virgin islands" of "british virgin
    /// islands", "falkland islands" of "falkland islands (malvinas)"), lower case, words joined
    /// by single spaces: a place, not an initiative.
    places: HashSet<String>,
}

/// Makes the gazetteer now rather than at the first answer read.
pub(super) fn warm() {
    gazetteer();
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut g = Gazetteer {
            words: HashMap::new(),
            firsts: HashSet::new(),
            capitals: HashMap::new(),
            scripts: HashMap::new(),
            longest: 1,
            places: crate::core::countries::Country::all()
                .flat_map(|c| {
                    let name = c.name();
                    let words: Vec<String> = tokens(name)
                        .map(|(s, e)| name[s..e].to_lowercase())
                        .collect();
                    let runs: Vec<String> = (0..words.len())
                        .flat_map(|i| (i + 1..=words.len()).map(move |j| (i, j)))
                        .map(|(i, j)| words[i..j].join(" "))
                        .collect();
                    runs.into_iter().chain([key_of(name)])
                })
                .collect(),
        };
        for (i, (_, forms)) in KNOWN.iter().enumerate() {
            for form in *forms {
                if form.chars().any(|c| c.is_alphabetic() && !is_latin(c)) {
                    if let Some(first) = form.chars().next() {
                        g.scripts.entry(first).or_default().push((form, i));
                    }
                    continue;
                }
                let words: Vec<String> = tokens(form)
                    .map(|t| form[t.0..t.1].to_lowercase())
                    .collect();
                if words.len() == 1 && !form.chars().any(char::is_lowercase) {
                    g.capitals.insert(form, i);
                } else {
                    g.longest = g.longest.max(words.len());
                    g.firsts.insert(words[0].clone());
                    g.words.insert(words.join(" "), i);
                }
            }
        }
        g
    })
}

fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// The words of `text` as byte ranges: letters and digits, with `-`, `/`, `&` and `'` inside a
/// word ("CERT-EU", "JPCERT/CC", "R&D", "Let's").
fn tokens(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let ascii = text.is_ascii();
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        // ASCII text (most answers) is read byte by byte, without Unicode tables.
        let word = |i: usize| -> Option<(char, usize)> {
            if ascii {
                bytes.get(i).map(|b| (*b as char, 1))
            } else {
                text[i..].chars().next().map(|c| (c, c.len_utf8()))
            }
        };
        let alnum = |c: char| {
            if ascii {
                c.is_ascii_alphanumeric()
            } else {
                c.is_alphanumeric()
            }
        };
        while let Some((c, n)) = word(at) {
            if alnum(c) {
                break;
            }
            at += n;
        }
        let mut start = at;
        while let Some((c, n)) = word(at) {
            if alnum(c) {
                at += n;
                continue;
            }
            if matches!(c, '\'' | '’') {
                let next = word(at + n);
                // A French or Italian elision ("l'IETF", "d'APCERT", "qu'ECOWAS"): the name
                // starts after it.
                if elision(&text[start..at]) && next.is_some_and(|(d, _)| alnum(d)) {
                    at += n;
                    start = at;
                    continue;
                }
            }
            if matches!(c, '-' | '/' | '&' | '\'' | '’')
                && word(at + n).is_some_and(|(d, _)| alnum(d))
            {
                at += n;
                continue;
            }
            break;
        }
        (at > start).then_some((start, at))
    })
}

/// Whether `word` is an elided French or Italian article, preposition or pronoun, as written
/// before an apostrophe.
fn elision(word: &str) -> bool {
    matches!(
        word,
        "l" | "L"
            | "d"
            | "D"
            | "j"
            | "J"
            | "m"
            | "M"
            | "n"
            | "N"
            | "s"
            | "S"
            | "t"
            | "T"
            | "c"
            | "C"
            | "qu"
            | "Qu"
            | "QU"
            | "all"
            | "dell"
            | "nell"
            | "sull"
            | "un"
    )
}

/// The initiatives an answer names, each once, in the order of their keys.
pub fn mentions(text: &str) -> Vec<Mention> {
    let g = gazetteer();
    let mut found: BTreeMap<String, Mention> = BTreeMap::new();
    let mut add = |key: String, name: String, known: bool| {
        found
            .entry(key.clone())
            .or_insert(Mention { key, name, known });
    };
    if !text.is_ascii() {
        for (at, c) in text.char_indices() {
            for (form, i) in g.scripts.get(&c).into_iter().flatten() {
                if text[at..].starts_with(form) {
                    add(known_key(*i), KNOWN[*i].0.to_string(), true);
                }
            }
        }
    }
    // An answer mostly in capitals is shouting: its capitals name nothing.
    let (letters, capitals) = if text.is_ascii() {
        let b = text.as_bytes();
        (
            b.iter().filter(|c| c.is_ascii_alphabetic()).count(),
            b.iter().filter(|c| c.is_ascii_uppercase()).count(),
        )
    } else {
        (
            text.chars().filter(|c| c.is_alphabetic()).count(),
            text.chars().filter(|c| c.is_uppercase()).count(),
        )
    };
    if letters == 0 || capitals * 2 > letters {
        return found.into_values().collect();
    }
    let all: Vec<(usize, usize)> = tokens(text).collect();
    let mut run: Vec<(usize, usize)> = Vec::new();
    for (n, &(start, end)) in all.iter().enumerate() {
        let word = &text[start..end];
        let capital = word.chars().next().is_some_and(char::is_uppercase)
            || word.chars().filter(|c| c.is_uppercase()).count() >= 2;
        // Most words are neither: nothing more to look at unless a run is open.
        if !capital && run.is_empty() {
            continue;
        }
        let joined = run
            .last()
            .is_some_and(|&(_, e)| text[e..start].trim().is_empty());
        let connector = !capital
            && word.len() <= 3
            && CONNECTORS.contains(&word)
            && all.get(n + 1).is_some_and(|&(s, e)| {
                text[end..s].trim().is_empty() && text[s..e].starts_with(char::is_uppercase)
            });
        if !joined && !run.is_empty() {
            names_in(text, &run, g, &mut add);
            run.clear();
        }
        if capital || (connector && !run.is_empty()) {
            run.push((start, end));
        } else if !run.is_empty() {
            names_in(text, &run, g, &mut add);
            run.clear();
        }
    }
    names_in(text, &run, g, &mut add);
    found.into_values().collect()
}

fn known_key(i: usize) -> String {
    format!("\u{0}{}", KNOWN[i].0)
}

/// The names in one run of capitalised words: known ones first, longest first, then what is
/// left as one name of two words or more, or an acronym.
fn names_in(
    text: &str,
    run: &[(usize, usize)],
    g: &Gazetteer,
    add: &mut impl FnMut(String, String, bool),
) {
    let mut rest: Vec<(usize, usize)> = Vec::new();
    let mut key = String::new();
    let mut i = 0;
    while i < run.len() {
        let mut matched = None;
        let first = &text[run[i].0..run[i].1];
        if let Some(&k) = g.capitals.get(first) {
            matched = Some((k, 1));
        }
        if g.firsts.contains(&first.to_lowercase()) {
            for len in (1..=g.longest.min(run.len() - i)).rev() {
                key.clear();
                for (n, &(s, e)) in run[i..i + len].iter().enumerate() {
                    if n > 0 {
                        key.push(' ');
                    }
                    key.extend(text[s..e].chars().flat_map(char::to_lowercase));
                }
                if let Some(&k) = g.words.get(&key) {
                    matched = Some((k, len));
                    break;
                }
            }
        }
        match matched {
            Some((k, len)) => {
                add(known_key(k), KNOWN[k].0.to_string(), true);
                unknown(text, &rest, g, add);
                rest.clear();
                i += len;
            }
            None => {
                rest.push(run[i]);
                i += 1;
            }
        }
    }
    unknown(text, &rest, g, add);
}

/// A run of capitalised words the gazetteer does not know: a name if two words or more remain
/// once a word that only starts its sentence and the connectors at either end are dropped; an
/// acronym if one word with two capitals or more.
fn unknown(
    text: &str,
    run: &[(usize, usize)],
    g: &Gazetteer,
    add: &mut impl FnMut(String, String, bool),
) {
    // An English possessive ends a name ("the UK's NCSC" is the NCSC) and is not part of it
    // ("the Council of Europe's").
    let possessive =
        |&(s, e): &(usize, usize)| text[s..e].ends_with("'s") || text[s..e].ends_with("’s");
    if let Some(at) = run.iter().position(possessive)
        && at + 1 < run.len()
    {
        unknown(text, &run[..=at], g, add);
        unknown(text, &run[at + 1..], g, add);
        return;
    }
    let mut owned = run.to_vec();
    if let Some(last) = owned.last_mut()
        && let Some(kept) = text[last.0..last.1]
            .strip_suffix("'s")
            .or_else(|| text[last.0..last.1].strip_suffix("’s"))
    {
        last.1 = last.0 + kept.len();
    }
    let mut run = owned.as_slice();
    let acronym = |w: &str| w.chars().filter(|c| c.is_uppercase()).count() >= 2;
    if let Some(&(s, e)) = run.first()
        && starts_sentence(text, s)
        && !acronym(&text[s..e])
    {
        run = &run[1..];
    }
    let connector = |&(s, e): &(usize, usize)| CONNECTORS.contains(&&text[s..e]);
    while run.first().is_some_and(connector) {
        run = &run[1..];
    }
    while run.last().is_some_and(connector) {
        run = &run[..run.len() - 1];
    }
    // "Trinidad and Tobago" is a place; "Kenya CIRT and Ghana CERT" is two names.
    if let (Some(first), Some(last)) = (run.first(), run.last())
        && g.places.contains(&key_of(&text[first.0..last.1]))
    {
        return;
    }
    if let Some(at) = run
        .iter()
        .position(|&(s, e)| matches!(&text[s..e], "and" | "et" | "y"))
    {
        unknown(text, &run[..at], g, add);
        unknown(text, &run[at + 1..], g, add);
        return;
    }
    match run {
        [] => {}
        [(s, e)] => {
            let word = &text[*s..*e];
            let upper = word.to_uppercase();
            if acronym(word)
                && word.chars().count() <= 12
                && word.chars().any(char::is_alphabetic)
                && !GENERIC_ACRONYMS.contains(&upper.as_str())
            {
                add(upper, word.to_string(), false);
            }
        }
        _ if run.len() <= 8 => {
            let name = &text[run[0].0..run[run.len() - 1].1];
            let key = key_of(name);
            let generic = |w: &str| {
                CONNECTORS.contains(&w) || GENERIC_ACRONYMS.contains(&w.to_uppercase().as_str())
            };
            if !GENERIC_PHRASES.contains(&key.as_str())
                && !g.places.contains(&key)
                && !key.split(' ').all(generic)
            {
                add(
                    key,
                    name.split_whitespace().collect::<Vec<_>>().join(" "),
                    false,
                );
            }
        }
        _ => {}
    }
}

/// A name's words, lower case, joined by single spaces.
fn key_of(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether the word at byte `at` begins a sentence, a line or a list item.
fn starts_sentence(text: &str, at: usize) -> bool {
    match text[..at]
        .chars()
        .rev()
        .find(|c| !c.is_whitespace() && !matches!(c, '"' | '“' | '«' | '(' | '\''))
    {
        None => true,
        Some(c) => {
            matches!(c, '.' | '!' | '?' | ':' | ';' | '-' | '*' | '•' | '–' | '—')
                || text[..at].trim_end_matches([' ', '\t']).ends_with('\n')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let mut names: Vec<String> = mentions(text).into_iter().map(|m| m.name).collect();
        names.sort();
        names
    }

    #[test]
    fn known_initiatives_however_they_are_written() {
        assert_eq!(
            names(
                "We work with FIRST and the Forum of Incident Response and Security Teams, and APCERT drills."
            ),
            vec!["APCERT", "FIRST"]
        );
        assert_eq!(
            names("First, we train staff. The first step matters."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("The Avalanche takedown, led by Europol's EC3, showed what cooperation can do."),
            vec!["Avalanche", "Europol EC3"]
        );
        assert_eq!(
            names("An avalanche of phishing hit us."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("Nous appliquons la Convention de Budapest."),
            vec!["Budapest Convention"]
        );
        assert_eq!(
            names("我们加入了布达佩斯公约。"),
            vec!["Budapest Convention"]
        );
        assert_eq!(
            names("انضممنا إلى اتفاقية بودابست"),
            vec!["Budapest Convention"]
        );
    }

    #[test]
    fn elisions_and_possessives_are_not_part_of_a_name() {
        assert_eq!(
            names("Nous travaillons avec l'IETF, d'APCERT et l’UIT au sein de l'OEA/CICTE."),
            names("Nous travaillons avec IETF, APCERT et UIT au sein de OEA/CICTE.")
        );
        assert_eq!(
            names(
                "We follow the UK's NCSC and the Council of Europe's Cybercrime Programme Office."
            ),
            vec!["Council of Europe", "Cybercrime Programme Office", "NCSC"]
        );
        // Everyone's acronyms in the other languages name nothing either.
        assert_eq!(
            names(
                "Les PME et les ONG dépendent des FAI ; las PYMES y las ONG usan las TIC. МСП и НКО."
            ),
            Vec::<String>::new()
        );
        // An apostrophe inside a name stays.
        assert_eq!(
            names("We met O'Neill Partners at FIRST."),
            vec!["FIRST", "O'Neill Partners"]
        );
    }

    #[test]
    fn unknown_names_by_their_capitals() {
        assert_eq!(
            names("Our ngCERT shares feeds through the Kenya Cyber Threat Exchange with banks."),
            vec!["Kenya Cyber Threat Exchange", "ngCERT"]
        );
        // A capital that only starts the sentence, generic acronyms, countries and shouting
        // name nothing.
        assert_eq!(
            names("Training matters. Our CERT and ISP partners in South Africa help."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("WE NEED MORE MONEY FOR CERTS NOW"),
            Vec::<String>::new()
        );
        assert_eq!(
            names("The Global Forum on Cyber Expertise helps."),
            vec!["GFCE"]
        );
        assert_eq!(
            names("We train with Kenya CIRT and Ghana CERT."),
            vec!["Ghana CERT", "Kenya CIRT"]
        );
        assert_eq!(
            names("In Trinidad and Tobago and Sao Tome and Principe we train."),
            Vec::<String>::new()
        );
        // Part of a country's name is still a place.
        assert_eq!(
            names("The Budapest Convention helped United States Virgin Islands cooperate."),
            vec!["Budapest Convention"]
        );
        assert_eq!(
            names("The CERT community in Falkland Islands (Malvinas) meets monthly."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("See the Cyber Resilience Programme of the Bank of Ghana."),
            vec!["Bank of Ghana", "Cyber Resilience Programme"]
        );
    }
}
