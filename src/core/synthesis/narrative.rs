//! A draft narrative per question, made from its figures alone: the themes across languages (topics) by size and by who voiced them, the initiatives named most, the campaigns counted once. A first draft for the secretariat to rewrite, never a finding of its own; the page words it in its language, the exports in theirs.

use super::model::{QuestionSynthesis, Theme, Topic};
use super::people::Count;
use super::topics;
use crate::i18n::{Messages, number, text};

/// How large a share of the answers a theme holds, in words a narrative uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// Half or more.
    Most,
    /// From three in ten.
    Many,
    /// From one in seven.
    Several,
    /// Fewer.
    Few,
}

impl Size {
    /// The size of `part` of `whole`.
    pub fn of(part: usize, whole: usize) -> Self {
        let share = part as f64 / whole.max(1) as f64;
        if share >= 0.5 {
            Size::Most
        } else if share >= 0.3 {
            Size::Many
        } else if share >= 0.15 {
            Size::Several
        } else {
            Size::Few
        }
    }

    /// A stable key, for messages.
    pub const fn key(self) -> &'static str {
        match self {
            Size::Most => "most",
            Size::Many => "many",
            Size::Several => "several",
            Size::Few => "few",
        }
    }
}

/// One topic (themes across languages) as the narrative tells it.
#[derive(Clone, Debug, PartialEq)]
pub struct Point<'a> {
    /// The topic.
    pub topic: &'a Topic,
    /// Its themes' languages, when it has one only (a topic no concept links).
    pub language: Option<&'a str>,
    /// The question's themes, which name a topic no concept links.
    themes: &'a [Theme],
    /// Its share of the answers that say something, in whole percent.
    pub percent: usize,
    /// In words.
    pub size: Size,
    /// The stakeholder group that voiced most of it, when one did (half its voices or more),
    /// with its share of the theme in whole percent.
    pub mainly: Option<(&'a Count, usize)>,
}

/// Themes a narrative tells, at most.
pub const POINTS: usize = 5;

/// The topics a draft narrative tells, largest first: each with its share of the answers that
/// say something and who voiced most of it.
pub fn points(q: &QuestionSynthesis) -> Vec<Point<'_>> {
    let said = q.voices.saturating_sub(q.non_answers + q.other).max(1);
    q.topics
        .iter()
        .take(POINTS)
        .map(|topic| {
            let mainly = topic.groups.first().and_then(|g| {
                let share = percent(g.count, topic.voices);
                (share >= 50 && g.key != crate::core::response::NOT_STATED).then_some((g, share))
            });
            Point {
                topic,
                language: (topic.languages.len() == 1).then(|| topic.languages[0].key.as_str()),
                themes: &q.themes,
                percent: percent(topic.voices, said),
                size: Size::of(topic.voices, said),
                mainly,
            }
        })
        .collect()
}

impl Point<'_> {
    /// What it is about, in `language` ([`topics::name`]).
    pub fn name(&self, language: &str) -> String {
        topics::name(self.topic, self.themes, language)
    }
}

fn percent(part: usize, whole: usize) -> usize {
    ((part as f64 / whole.max(1) as f64) * 100.0).round() as usize
}

/// The draft narrative's sentences in `m`'s language, for the page and the exports alike: one
/// per point (its size, who voiced it, what it is about), then the initiatives named most,
/// then a word on campaigns. `language` names a language tag and `group` a stakeholder group's
/// key in that language.
pub fn sentences(
    q: &QuestionSynthesis,
    m: &Messages,
    language: &dyn Fn(&str) -> String,
    group: &dyn Fn(&str) -> String,
) -> Vec<String> {
    let mut out: Vec<String> = points(q)
        .iter()
        .map(|p| {
            if p.topic.voices == 1 {
                return one(p, m, language, group);
            }
            let mut who = Vec::new();
            if let Some(l) = p.language.filter(|l| *l != m.language()) {
                who.push(m.t_with("narrative-in", &[("language", text(&language(l)))]));
            }
            who.push(match p.mainly {
                Some((g, share)) => m.t_with(
                    "narrative-mainly",
                    &[("group", text(&group(&g.key))), ("share", number(share))],
                ),
                None => m.t("narrative-mixed"),
            });
            m.t_with(
                "narrative-point",
                &[
                    ("size", text(p.size.key())),
                    ("percent", number(p.percent)),
                    ("who", text(&who.join(&m.t("narrative-separator")))),
                    ("label", text(&p.name(m.language()))),
                ],
            )
        })
        .collect();
    if out.is_empty() {
        return out;
    }
    let named: Vec<String> = q
        .initiatives
        .iter()
        .filter(|i| i.answers >= 2)
        .take(3)
        .map(|i| format!("{} ({})", i.name, m.number(i.answers)))
        .collect();
    if !named.is_empty() {
        out.push(m.t_with(
            "narrative-initiatives",
            &[("names", text(&named.join(", ")))],
        ));
    }
    if q.duplicates.iter().any(|d| d.campaign.is_some()) {
        out.push(m.t("narrative-campaign"));
    }
    out
}

/// A point that one contribution makes: "One contribution (4%; in Russian; Government) spoke
/// of …", not "A few contributions (…; mainly Government, 100%)".
fn one(
    p: &Point,
    m: &Messages,
    language: &dyn Fn(&str) -> String,
    group: &dyn Fn(&str) -> String,
) -> String {
    let mut who = Vec::new();
    if let Some(l) = p.language.filter(|l| *l != m.language()) {
        who.push(m.t_with("narrative-one-in", &[("language", text(&language(l)))]));
    }
    if let Some((g, _)) = p.mainly {
        who.push(group(&g.key));
    }
    // Each part follows the share after the separator ("4%; in Russian"); none, the share alone.
    let separator = m.t("narrative-separator");
    let who: String = who.iter().map(|w| format!("{separator}{w}")).collect();
    m.t_with(
        "narrative-one",
        &[
            ("percent", number(p.percent)),
            ("who", text(&who)),
            ("label", text(&p.name(m.language()))),
        ],
    )
}

/// The English name of a language answers are read in, else its tag.
pub fn language_name(tag: &str) -> &str {
    language_name_in(tag, "en")
}

/// The names of the six languages, and of the other languages answers are recognised in
/// (`text::LATIN`), in each of the six, as CLDR (and so a browser's `Intl.DisplayNames`)
/// writes them: `(language, [ar, en, es, fr, ru, zh, pt, de, it, nl])`.
const LANGUAGE_NAMES: [(&str, [&str; 10]); 6] = [
    (
        "ar",
        [
            "العربية",
            "الإنجليزية",
            "الإسبانية",
            "الفرنسية",
            "الروسية",
            "الصينية",
            "البرتغالية",
            "الألمانية",
            "الإيطالية",
            "الهولندية",
        ],
    ),
    (
        "en",
        [
            "Arabic",
            "English",
            "Spanish",
            "French",
            "Russian",
            "Chinese",
            "Portuguese",
            "German",
            "Italian",
            "Dutch",
        ],
    ),
    (
        "es",
        [
            "árabe",
            "inglés",
            "español",
            "francés",
            "ruso",
            "chino",
            "portugués",
            "alemán",
            "italiano",
            "neerlandés",
        ],
    ),
    (
        "fr",
        [
            "arabe",
            "anglais",
            "espagnol",
            "français",
            "russe",
            "chinois",
            "portugais",
            "allemand",
            "italien",
            "néerlandais",
        ],
    ),
    (
        "ru",
        [
            "арабский",
            "английский",
            "испанский",
            "французский",
            "русский",
            "китайский",
            "португальский",
            "немецкий",
            "итальянский",
            "нидерландский",
        ],
    ),
    (
        "zh",
        [
            "阿拉伯语",
            "英语",
            "西班牙语",
            "法语",
            "俄语",
            "中文",
            "葡萄牙语",
            "德语",
            "意大利语",
            "荷兰语",
        ],
    ),
];

/// The name of one of the six languages, or of the others answers are recognised in, in
/// `language` (one of the six, else English), else the tag: what a document made without a
/// browser calls them.
pub fn language_name_in<'a>(tag: &'a str, language: &str) -> &'a str {
    const TAGS: [&str; 10] = ["ar", "en", "es", "fr", "ru", "zh", "pt", "de", "it", "nl"];
    let names = LANGUAGE_NAMES
        .iter()
        .find(|(l, _)| *l == language)
        .unwrap_or(&LANGUAGE_NAMES[1])
        .1;
    TAGS.iter()
        .position(|t| *t == tag)
        .map_or(tag, |i| names[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_six_languages_are_named_in_each_of_them() {
        assert_eq!(language_name_in("ru", "fr"), "russe");
        assert_eq!(language_name_in("en", "zh"), "英语");
        assert_eq!(language_name_in("es", "ar"), "الإسبانية");
        assert_eq!(language_name_in("fr", "xx"), "French");
        assert_eq!(language_name_in("hi", "fr"), "hi");
        assert_eq!(language_name("zh"), "Chinese");
    }

    #[test]
    fn sizes_in_words() {
        assert_eq!(Size::of(62, 100), Size::Most);
        assert_eq!(Size::of(30, 100), Size::Many);
        assert_eq!(Size::of(15, 100), Size::Several);
        assert_eq!(Size::of(14, 100), Size::Few);
        assert_eq!(Size::of(1, 0), Size::Most);
    }
}
