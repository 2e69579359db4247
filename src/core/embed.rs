//! The options a National or Regional IGF initiative sets when it embeds the form (in the page
//! address: `?lang=fr&nri=Nigeria%20IGF&closes=2016-09-30&host=https://nigf.example`), checked
//! here so a mistake is named to the NRI instead of leaving a blank or silent widget.

use super::colour::Rgb;
use super::crypto;

/// The options understood, each checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Interface language tag, as given (the page negotiates it).
    pub lang: Option<String>,
    /// The NRI the form is embedded by: recorded as the source of every response.
    pub nri: Option<String>,
    /// The header colour.
    pub accent: Option<Rgb>,
    /// Where respondents send their file (an email address or a web address).
    pub contact: Option<String>,
    /// The last day responses are accepted, `YYYY-MM-DD`.
    pub closes: Option<String>,
    /// The Secretariat's public key, `age1…`.
    pub key: Option<String>,
    /// The origin of the page that frames the form: the only one it talks to.
    pub host: Option<String>,
    /// A device several people answer on (a workshop): responses are not listed, and each is
    /// removed from the device once its file is saved.
    pub shared: bool,
    /// The questionnaire to ask instead of the built-in one: a file on the same site (a
    /// relative address) or on a site the deployment lists.
    pub questionnaire: Option<String>,
}

/// An option the form cannot use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionProblem {
    /// Not an option this form knows.
    Unknown(String),
    /// A known option with a value it cannot use: `(name, value)`.
    Invalid(String, String),
    /// An option given more than once with different values: none of them is used (a link
    /// that says two things is not followed in either).
    Repeated(String),
}

const MAX_TEXT: usize = 200;

/// What the site that serves the form vouches for, fixed when it is deployed (`deployment.json`,
/// written into the page by the build): the Secretariat's public keys and the addresses people
/// may be told to send their files to. A `key` or `contact` in a page address that is not here
/// may come from anyone's link: the form never presents it as the Secretariat's.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deployment {
    /// Public keys (`age1…`) files may be encrypted to.
    #[serde(default)]
    pub keys: Vec<String>,
    /// Email or web addresses files may be sent to (the Secretariat's, the NRIs').
    #[serde(default)]
    pub contacts: Vec<String>,
    /// Origins (`https://nri.example`) a questionnaire may be loaded from, besides the form's
    /// own site.
    #[serde(default)]
    pub questionnaire_sites: Vec<String>,
}

impl Deployment {
    /// Reads the deployment's JSON; `None` if it is not one (then nothing is vouched for).
    pub fn parse(json: &str) -> Option<Self> {
        let d: Deployment = serde_json::from_str(json).ok()?;
        d.keys.iter().all(|k| crypto::is_recipient(k)).then_some(d)
    }

    /// Whether `key` is one of the Secretariat's.
    pub fn vouches_for_key(&self, key: &str) -> bool {
        self.keys.iter().any(|k| k.trim() == key.trim())
    }

    /// Whether a questionnaire may be loaded from `address`: a relative one (the form's own
    /// site) always, an absolute one only from a listed origin.
    pub fn vouches_for_questionnaire(&self, address: &str) -> bool {
        match address_origin(address) {
            None => true,
            Some(wanted) => self
                .questionnaire_sites
                .iter()
                .filter_map(|s| origin(s))
                .any(|s| s == wanted),
        }
    }

    /// Whether files may be sent to `contact` (addresses compared without regard to case).
    pub fn vouches_for_contact(&self, contact: &str) -> bool {
        self.contacts
            .iter()
            .any(|c| c.trim().eq_ignore_ascii_case(contact.trim()))
    }
}

/// Reads the options of a page address's query (`?lang=fr&nri=Nigeria%20IGF`): each name and
/// value percent-decoded (`+` is a space), as [`parse`] reads them. A value whose escapes are
/// broken (`%2G`, a `%` at the end) or do not make UTF-8 is not used but named as given.
pub fn parse_query(search: &str, languages: &[&str]) -> (Options, Vec<OptionProblem>) {
    let mut broken = Vec::new();
    let pairs: Vec<(String, String)> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let name = percent_decoded(k).unwrap_or_else(|| k.to_string());
            match percent_decoded(v) {
                Some(value) => Some((name, value)),
                None => {
                    broken.push(OptionProblem::Invalid(name, v.chars().take(60).collect()));
                    None
                }
            }
        })
        .collect();
    let (mut options, mut problems) = parse(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        languages,
    );
    // A broken value beside a good one is an option given twice: neither is followed.
    for p in &broken {
        let OptionProblem::Invalid(name, _) = p else {
            continue;
        };
        if pairs.iter().any(|(k, _)| k == name) && options.forget(name) {
            problems.push(OptionProblem::Repeated(name.clone()));
        }
    }
    problems.extend(broken);
    (options, problems)
}

impl Options {
    /// Drops the option `name`; whether it was set.
    fn forget(&mut self, name: &str) -> bool {
        fn take<T>(o: &mut Option<T>) -> bool {
            o.take().is_some()
        }
        match name {
            "lang" => take(&mut self.lang),
            "nri" => take(&mut self.nri),
            "accent" => take(&mut self.accent),
            "contact" => take(&mut self.contact),
            "closes" => take(&mut self.closes),
            "key" => take(&mut self.key),
            "host" => take(&mut self.host),
            "questionnaire" => take(&mut self.questionnaire),
            "shared" => std::mem::take(&mut self.shared),
            _ => false,
        }
    }
}

/// `text` with its `%XX` escapes decoded and `+` as a space; `None` when an escape is broken or
/// the bytes are not UTF-8.
fn percent_decoded(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&b, after)) = rest.split_first() {
        rest = after;
        match b {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hex = rest
                    .get(..2)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit))?;
                bytes.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
                rest = &rest[2..];
            }
            _ => bytes.push(b),
        }
    }
    String::from_utf8(bytes).ok()
}

/// Reads the options from `(name, value)` pairs, keeping the usable ones and naming the rest.
pub fn parse<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    languages: &[&str],
) -> (Options, Vec<OptionProblem>) {
    let mut o = Options::default();
    let mut problems = Vec::new();
    let pairs: Vec<(&str, &str)> = pairs.into_iter().map(|(n, v)| (n, v.trim())).collect();
    // A name given twice with different values: neither is followed.
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let mut repeated: Vec<&str> = Vec::new();
    for &(name, value) in &pairs {
        match seen.iter().find(|(n, _)| *n == name) {
            Some((_, v)) if *v != value && !repeated.contains(&name) => repeated.push(name),
            Some(_) => {}
            None => seen.push((name, value)),
        }
    }
    problems.extend(
        repeated
            .iter()
            .map(|n| OptionProblem::Repeated(n.chars().take(40).collect())),
    );
    for (name, value) in seen {
        if repeated.contains(&name) {
            continue;
        }
        let ok = match name {
            "lang" => {
                let primary = value
                    .split(['-', '_'])
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                languages.contains(&primary.as_str()) && {
                    o.lang = Some(primary);
                    true
                }
            }
            "nri" => {
                text(value) && {
                    o.nri = Some(value.to_string());
                    true
                }
            }
            "contact" => {
                text(value) && !value.contains(['<', '>']) && {
                    o.contact = Some(value.to_string());
                    true
                }
            }
            "accent" => Rgb::parse(value).map(|c| o.accent = Some(c)).is_some(),
            "closes" => {
                is_date(value) && {
                    o.closes = Some(value.to_string());
                    true
                }
            }
            "key" => {
                crypto::is_recipient(value) && {
                    o.key = Some(value.to_string());
                    true
                }
            }
            "host" => origin(value).map(|h| o.host = Some(h)).is_some(),
            "shared" => {
                matches!(value, "1" | "true" | "yes") && {
                    o.shared = true;
                    true
                }
            }
            "questionnaire" => {
                questionnaire_address(value) && {
                    o.questionnaire = Some(value.to_string());
                    true
                }
            }
            // Used by the form itself, not an embedding option.
            "focus" => true,
            _ => {
                problems.push(OptionProblem::Unknown(name.chars().take(40).collect()));
                continue;
            }
        };
        if !ok {
            problems.push(OptionProblem::Invalid(
                name.to_string(),
                value.chars().take(60).collect(),
            ));
        }
    }
    (o, problems)
}

fn text(value: &str) -> bool {
    !value.is_empty() && value.chars().count() <= MAX_TEXT && !value.chars().any(char::is_control)
}

/// `YYYY-MM-DD` with a real month and day.
fn is_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    // A day the calendar has: 2030-02-31 is no closing day (nor 2031-02-29).
    let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
        return false;
    };
    crate::core::time::days_in_month(i64::from(y), i64::from(m))
        .is_some_and(|days| (1..=days).contains(&d))
}

/// `https://host[:port]` or `http://host[:port]` (a final `/` allowed), written as browsers
/// write an origin, so that it compares equal to a message's: scheme and host in lower case,
/// the port without leading zeros and the scheme's default one left out. The host is a name
/// (labels of letters, digits and inner hyphens), an IPv4 address or an IPv6 one in brackets;
/// the port is 1 to 65535.
fn origin(value: &str) -> Option<String> {
    let value = value
        .strip_suffix('/')
        .unwrap_or(value)
        .to_ascii_lowercase();
    let (scheme, rest) = value.split_once("://")?;
    let default_port = match scheme {
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    let (host, port) = match rest.strip_prefix('[') {
        Some(v6) => {
            let (address, after) = v6.split_once(']')?;
            if !is_ipv6(address) {
                return None;
            }
            (&rest[..address.len() + 2], after.strip_prefix(':'))
        }
        None => match rest.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (rest, None),
        },
    };
    let label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    if !host.starts_with('[') && (host.len() > 253 || !host.split('.').all(label)) {
        return None;
    }
    if rest.starts_with('[') && port.is_none() && host.len() != rest.len() {
        return None;
    }
    let port = match port {
        None => None,
        Some(p) if !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) => {
            match p.parse::<u32>().ok()? {
                0 | 65536.. => return None,
                n if n == default_port => None,
                n => Some(n),
            }
        }
        Some(_) => return None,
    };
    Some(match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    })
}

/// Whether `address` is an IPv6 address as a URL writes one between brackets: up to eight
/// groups of one to four hex digits, one `::` at most for the groups left out, and an IPv4
/// address as the last two groups if wanted (`::ffff:192.0.2.1`), read here: the core
/// uses no networking module.
fn is_ipv6(address: &str) -> bool {
    let (head, tail) = match address.split_once("::") {
        Some((h, t)) if !t.contains("::") => (h, Some(t)),
        Some(_) => return false,
        None => (address, None),
    };
    // An IPv4 address may only end the whole address.
    let groups = |part: &str, last: bool| -> Option<usize> {
        if part.is_empty() {
            return Some(0);
        }
        let mut n = 0;
        let pieces: Vec<&str> = part.split(':').collect();
        for (i, piece) in pieces.iter().enumerate() {
            if last && i + 1 == pieces.len() && piece.contains('.') {
                let octets: Vec<&str> = piece.split('.').collect();
                let ok = octets.len() == 4
                    && octets.iter().all(|o| {
                        !o.is_empty()
                            && o.len() <= 3
                            && o.bytes().all(|b| b.is_ascii_digit())
                            && o.parse::<u16>().is_ok_and(|v| v <= 255)
                    });
                if !ok {
                    return None;
                }
                n += 2;
            } else if (1..=4).contains(&piece.len()) && piece.bytes().all(|b| b.is_ascii_hexdigit())
            {
                n += 1;
            } else {
                return None;
            }
        }
        Some(n)
    };
    match (groups(head, tail.is_none()), tail.map(|t| groups(t, true))) {
        (Some(h), None) => h == 8,
        (Some(h), Some(Some(t))) => h + t <= 7,
        _ => false,
    }
}

/// Whether `value` can name a questionnaire file: a relative path on the form's site (no
/// scheme, not `//host`, no backslash) or an absolute `https://` or `http://` address, ending
/// in `.json`, without spaces, quotes or angle brackets.
fn questionnaire_address(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or(&lower);
    let plain = !value.is_empty()
        && value.len() <= 300
        && !value
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || "\\\"'<>`".contains(c));
    let relative = !lower.starts_with("//") && !lower.split('/').next().unwrap_or("").contains(':');
    plain && path.ends_with(".json") && (relative || address_origin(value).is_some())
}

/// The origin of an absolute `http(s)://` address; `None` for a relative one.
fn address_origin(address: &str) -> Option<String> {
    let (scheme, rest) = address.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    origin(&format!("{scheme}://{host}"))
}

/// Whether responses are no longer accepted on `today` (`YYYY-MM-DD`): after the closing day.
pub fn is_closed(options: &Options, today: &str) -> bool {
    options
        .closes
        .as_deref()
        .is_some_and(|closes| today > closes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["ar", "zh", "en", "fr", "ru", "es"];

    #[test]
    fn keeps_good_options_and_names_every_problem() {
        let (o, problems) = parse(
            [
                ("lang", "fr-CA"),
                ("nri", "Nigeria IGF"),
                ("accent", "#006b3f"),
                ("contact", "bpf@intgovforum.org"),
                ("closes", "2016-09-30"),
                ("host", "https://nigf.example:8443"),
                ("colour", "red"),
            ],
            LANGS,
        );
        assert_eq!(o.lang.as_deref(), Some("fr"));
        assert_eq!(o.nri.as_deref(), Some("Nigeria IGF"));
        assert_eq!(o.accent, Some(Rgb(0, 0x6b, 0x3f)));
        assert_eq!(o.closes.as_deref(), Some("2016-09-30"));
        assert_eq!(o.host.as_deref(), Some("https://nigf.example:8443"));
        assert!(!o.shared);
        assert!(parse([("shared", "1")], LANGS).0.shared);
        assert_eq!(parse([("shared", "maybe")], LANGS).1.len(), 1);
        assert_eq!(problems, [OptionProblem::Unknown("colour".into())]);

        let (o, problems) = parse(
            [
                ("lang", "de"),
                ("closes", "30/09/2016"),
                ("host", "https://nigf.example/form"),
                ("host", "javascript:alert(1)"),
                ("accent", "green"),
                ("key", "age1short"),
                ("nri", ""),
                ("contact", "<script>"),
            ],
            LANGS,
        );
        assert_eq!(o, Options::default());
        // Two hosts, both bad: named as given twice; each other problem once.
        assert_eq!(problems.len(), 7, "{problems:?}");
        assert_eq!(problems[0], OptionProblem::Repeated("host".into()));
        assert!(
            problems[1..]
                .iter()
                .all(|p| matches!(p, OptionProblem::Invalid(..)))
        );
    }

    #[test]
    fn the_host_is_written_as_browsers_write_an_origin() {
        for (given, origin) in [
            ("https://NIGF.Example", "https://nigf.example"),
            ("https://nigf.example:443/", "https://nigf.example"),
            ("HTTP://localhost:80", "http://localhost"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ] {
            assert_eq!(
                parse([("host", given)], LANGS).0.host.as_deref(),
                Some(origin)
            );
        }
        for (given, origin) in [
            ("https://nigf.example:08443", "https://nigf.example:8443"),
            ("http://[::1]:8080", "http://[::1]:8080"),
            ("http://[::ffff:192.0.2.1]", "http://[::ffff:192.0.2.1]"),
            ("http://[1:2:3:4:5:6:7:8]", "http://[1:2:3:4:5:6:7:8]"),
            ("https://[2001:DB8::1]:443", "https://[2001:db8::1]"),
            (
                "https://xn--igf-sngal-b4a.example",
                "https://xn--igf-sngal-b4a.example",
            ),
        ] {
            assert_eq!(
                parse([("host", given)], LANGS).0.host.as_deref(),
                Some(origin)
            );
        }
        for bad in [
            "ftp://nigf.example",
            "https://",
            "https://:443",
            "https://a/b",
            "https://nigf.example:99999",
            "https://nigf.example:0",
            "https://nigf.example:",
            "https://nigf.example:80:80",
            "https://nigf.example:8o",
            "https://-nigf.example",
            "https://nigf..example",
            "https://nigf.example.",
            "https://[nigf]",
            "https://[::1]x",
            "https://[::1]:",
            "https://a]b",
            "https://[1:2:3:4:5:6:7:8:9]",
            "https://[1::2::3]",
            "https://[12345::1]",
            "https://[::1.2.3.256]",
            "https://[1.2.3.4::]",
        ] {
            assert_eq!(parse([("host", bad)], LANGS).0.host, None, "{bad}");
        }
    }

    #[test]
    fn an_address_with_broken_escapes_or_an_option_given_twice_is_not_followed() {
        let (o, problems) = parse_query(
            "?nri=Nigeria%2IGF&contact=bpf%40example.org&lang=fr-CA&closes=2030-01-3%",
            LANGS,
        );
        assert_eq!(o.nri, None);
        assert_eq!(o.contact.as_deref(), Some("bpf@example.org"));
        assert_eq!(o.lang.as_deref(), Some("fr"));
        assert_eq!(
            problems,
            [
                OptionProblem::Invalid("nri".into(), "Nigeria%2IGF".into()),
                OptionProblem::Invalid("closes".into(), "2030-01-3%".into()),
            ]
        );
        // A cut UTF-8 sequence ("é" is %C3%A9).
        let (o, problems) = parse_query("nri=S%C3n%C3%A9gal+IGF&nri2=x", LANGS);
        assert_eq!(o.nri, None);
        assert!(problems.contains(&OptionProblem::Invalid(
            "nri".into(),
            "S%C3n%C3%A9gal+IGF".into()
        )));
        assert_eq!(
            parse_query("nri=S%C3%A9n%C3%A9gal+IGF", LANGS)
                .0
                .nri
                .as_deref(),
            Some("Sénégal IGF")
        );
        // A sign is no hex digit; a broken value beside a good one is a second value.
        assert_eq!(parse_query("nri=a%+Ab", LANGS).0.nri, None);
        let key = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";
        let (o, problems) = parse_query(&format!("key={key}&key=%ZZ"), LANGS);
        assert_eq!(o.key, None);
        assert!(problems.contains(&OptionProblem::Repeated("key".into())));
        // Two keys, two contacts: neither is used; the same value twice is one.
        let other = "age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg";
        let (o, problems) = parse_query(
            &format!("key={key}&contact=a%40x.org&key={other}&contact=b%40x.org&lang=fr&lang=fr"),
            LANGS,
        );
        assert_eq!((o.key, o.contact), (None, None));
        assert_eq!(o.lang.as_deref(), Some("fr"));
        assert_eq!(
            problems,
            [
                OptionProblem::Repeated("key".into()),
                OptionProblem::Repeated("contact".into())
            ]
        );
    }

    #[test]
    fn only_what_the_deployment_lists_is_vouched_for() {
        let key = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";
        let d = Deployment::parse(&format!(
            r#"{{"keys": ["{key}"], "contacts": ["bpf@intgovforum.org"]}}"#
        ))
        .unwrap();
        assert!(d.vouches_for_key(key));
        assert!(!d.vouches_for_key(&key.replace('z', "q")));
        assert!(d.vouches_for_contact(" BPF@IntGovForum.org "));
        assert!(!d.vouches_for_contact("bpf@intgovforum.org.evil.example"));
        // Nothing listed, nothing vouched for; a malformed file is no deployment at all.
        assert!(!Deployment::default().vouches_for_key(key));
        assert_eq!(Deployment::parse(r#"{"keys": ["age1short"]}"#), None);
        assert_eq!(Deployment::parse(r#"{"key": []}"#), None);
        assert_eq!(Deployment::parse("{}"), Some(Deployment::default()));
    }

    #[test]
    fn a_closing_day_is_a_day_of_the_calendar() {
        for (day, real) in [
            ("2030-02-31", false),
            ("2031-02-29", false),
            ("2100-02-29", false),
            ("2028-02-29", true),
            ("2000-02-29", true),
            ("2030-04-31", false),
            ("2030-12-31", true),
            ("2030-00-10", false),
        ] {
            assert_eq!(
                parse([("closes", day)], LANGS).0.closes.is_some(),
                real,
                "{day}"
            );
        }
    }

    #[test]
    fn closes_after_the_closing_day() {
        let (o, _) = parse([("closes", "2016-09-30")], LANGS);
        assert!(!is_closed(&o, "2016-09-30"));
        assert!(is_closed(&o, "2016-10-01"));
        assert!(!is_closed(&Options::default(), "2099-01-01"));
    }

    #[test]
    fn a_questionnaire_comes_from_the_site_or_one_the_deployment_lists() {
        let q = |value: &str| parse([("questionnaire", value)], &["en"]);
        let good = "questionnaires/igf-bpf-cybersecurity-2017-example.json";
        assert_eq!(q(good).0.questionnaire.as_deref(), Some(good));
        assert!(q("https://nri.example/forms/2026.json").1.is_empty());
        for hostile in [
            "javascript:alert(1)//.json",
            "data:application/json,{}.json",
            "//evil.example/q.json",
            "\\\\evil.example\\q.json",
            "q.json\"><script>",
            "questionnaire.txt",
            "ftp://nri.example/q.json",
            "q .json",
        ] {
            let (o, problems) = q(hostile);
            assert_eq!(o.questionnaire, None, "{hostile}");
            assert!(
                matches!(&problems[..], [OptionProblem::Invalid(n, _)] if n == "questionnaire"),
                "{hostile}"
            );
        }
        let d = Deployment::parse(r#"{"questionnaire_sites": ["https://NRI.example/"]}"#).unwrap();
        assert!(d.vouches_for_questionnaire(good));
        assert!(d.vouches_for_questionnaire("https://nri.example/forms/2026.json"));
        assert!(d.vouches_for_questionnaire("https://nri.example:443/forms/2026.json"));
        assert!(!d.vouches_for_questionnaire("https://evil.example/forms/2026.json"));
        assert!(!d.vouches_for_questionnaire("https://nri.example.evil.example/q.json"));
        assert!(!Deployment::default().vouches_for_questionnaire("https://nri.example/q.json"));
    }
}
