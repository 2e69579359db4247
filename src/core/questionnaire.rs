//! Questionnaires are data: a JSON description parsed and checked here, so a later BPF cycle can ask other questions without code changes.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::response::QuestionnaireRef;

/// The built-in questionnaire's source: the BPF's seven synthesis questions of 2016.
const BUILTIN_JSON: &str = include_str!("questionnaires/igf-bpf-cybersecurity-2016.json");

/// The language every questionnaire must provide, and the fallback for missing translations.
pub const FALLBACK_LANGUAGE: &str = "en";

/// A set of questions with the text that introduces them.
#[derive(Clone, Debug, PartialEq)]
pub struct Questionnaire {
    /// Identifies the questionnaire across versions, e.g. `igf-bpf-cybersecurity-2016`.
    pub id: String,
    /// Bumped whenever a question's meaning changes.
    pub version: u32,
    /// The title shown above the form.
    pub title: Localized,
    /// Paragraphs shown before the form starts.
    pub intro: Vec<Localized>,
    /// The questions, in the order they are asked.
    pub questions: Vec<Question>,
}

impl Questionnaire {
    /// How a response names this questionnaire.
    pub fn reference(&self) -> QuestionnaireRef {
        QuestionnaireRef {
            id: self.id.clone(),
            version: self.version,
        }
    }

    /// The question ids, in order.
    pub fn question_ids(&self) -> Vec<String> {
        self.questions.iter().map(|q| q.id.clone()).collect()
    }
}

/// One open question.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Stable key of the answer in response files: ASCII letters, digits, `-` and `_`.
    pub id: String,
    /// The question as asked.
    pub text: Localized,
}

/// A text in several languages, keyed by BCP 47 language tag; English is always present.
#[derive(Clone, Debug, PartialEq)]
pub struct Localized(BTreeMap<String, String>);

impl Localized {
    /// The languages this text is given in.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// The text in `language`, else in its primary language (`fr` for `fr-CA`), else in English.
    pub fn get(&self, language: &str) -> &str {
        let primary = language.split('-').next().unwrap_or(language);
        self.0
            .get(language)
            .or_else(|| self.0.get(primary))
            .or_else(|| self.0.get(FALLBACK_LANGUAGE))
            .map_or("", String::as_str)
    }
}

/// Why a questionnaire description was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuestionnaireError {
    /// The text is not a questionnaire description at all.
    #[error("not a questionnaire description: {0}")]
    Syntax(String),
    /// The description parses but breaks a rule.
    #[error("invalid questionnaire: {0}")]
    Invalid(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionnaireJson {
    id: String,
    version: u32,
    title: BTreeMap<String, String>,
    intro: Vec<BTreeMap<String, String>>,
    questions: Vec<QuestionJson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionJson {
    id: String,
    text: BTreeMap<String, String>,
}

/// Parses and checks a questionnaire description.
pub fn parse(json: &str) -> Result<Questionnaire, QuestionnaireError> {
    let raw: QuestionnaireJson =
        serde_json::from_str(json).map_err(|e| QuestionnaireError::Syntax(e.to_string()))?;
    let invalid = |why: String| Err(QuestionnaireError::Invalid(why));
    if !is_identifier(&raw.id) {
        return invalid(format!(
            "id “{}” must be ASCII letters, digits, - or _",
            raw.id
        ));
    }
    if raw.questions.is_empty() {
        return invalid("it has no questions".into());
    }
    let mut questions = Vec::with_capacity(raw.questions.len());
    for q in raw.questions {
        if !is_identifier(&q.id) {
            return invalid(format!(
                "question id “{}” must be ASCII letters, digits, - or _",
                q.id
            ));
        }
        if questions.iter().any(|seen: &Question| seen.id == q.id) {
            return invalid(format!("question id “{}” is used twice", q.id));
        }
        let text = localized(q.text, &format!("question {}", q.id))?;
        questions.push(Question { id: q.id, text });
    }
    let intro = raw
        .intro
        .into_iter()
        .map(|p| localized(p, "intro"))
        .collect::<Result<_, _>>()?;
    Ok(Questionnaire {
        title: localized(raw.title, "title")?,
        id: raw.id,
        version: raw.version,
        intro,
        questions,
    })
}

/// The questionnaire this app ships with: `igf-bpf-cybersecurity-2016`, version 1.
pub fn builtin() -> Questionnaire {
    // The built-in data is part of the program, checked by the tests below; it cannot fail at run time.
    parse(BUILTIN_JSON).expect("the built-in questionnaire is valid")
}

fn localized(map: BTreeMap<String, String>, what: &str) -> Result<Localized, QuestionnaireError> {
    match map.get(FALLBACK_LANGUAGE) {
        Some(text) if !text.trim().is_empty() => Ok(Localized(map)),
        _ => Err(QuestionnaireError::Invalid(format!(
            "{what} has no English text"
        ))),
    }
}

/// Identifiers are kept to a small ASCII alphabet so they sort the same in every language and
/// canonical JSON key order is unambiguous.
pub fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_questionnaire_speaks_the_six_un_languages() {
        let q = builtin();
        let texts = std::iter::once(&q.title)
            .chain(&q.intro)
            .chain(q.questions.iter().map(|x| &x.text));
        for text in texts {
            let langs: Vec<&str> = text.languages().collect();
            assert_eq!(langs, ["ar", "en", "es", "fr", "ru", "zh"]);
            for lang in langs {
                assert!(!text.get(lang).trim().is_empty(), "{lang}");
            }
        }
        // Translations are of the question, not copies of it.
        assert_ne!(q.questions[0].text.get("fr"), q.questions[0].text.get("en"));
        assert!(
            q.questions[5]
                .text
                .get("zh")
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        );
        assert!(
            q.questions[5]
                .text
                .get("ar")
                .chars()
                .any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))
        );
    }

    #[test]
    fn builtin_has_the_seven_questions_in_order() {
        let q = builtin();
        assert_eq!(
            (q.id.as_str(), q.version),
            ("igf-bpf-cybersecurity-2016", 1)
        );
        let ids: Vec<_> = q.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["q1", "q2", "q3", "q4", "q5", "q6", "q7"]);
        assert!(
            q.questions[5]
                .text
                .get("en")
                .contains("'Cyber security Situational Awareness'")
        );
        assert_eq!(q.intro.len(), 3);
    }

    #[test]
    fn localized_falls_back_to_primary_then_english() {
        let mut m = BTreeMap::new();
        m.insert("en".to_string(), "Hello".to_string());
        m.insert("fr".to_string(), "Bonjour".to_string());
        let l = Localized(m);
        assert_eq!(l.get("fr-CA"), "Bonjour");
        assert_eq!(l.get("ar"), "Hello");
    }

    #[test]
    fn refuses_broken_descriptions() {
        let q = |questions: &str| {
            format!(
                r#"{{"id":"x","version":1,"title":{{"en":"T"}},"intro":[],"questions":{questions}}}"#
            )
        };
        assert!(matches!(parse("{"), Err(QuestionnaireError::Syntax(_))));
        assert!(matches!(
            parse(&q("[]")),
            Err(QuestionnaireError::Invalid(_))
        ));
        let dup = r#"[{"id":"a","text":{"en":"A"}},{"id":"a","text":{"en":"B"}}]"#;
        assert!(
            matches!(parse(&q(dup)), Err(QuestionnaireError::Invalid(m)) if m.contains("twice"))
        );
        let bad_id = r#"[{"id":"a b","text":{"en":"A"}}]"#;
        assert!(matches!(
            parse(&q(bad_id)),
            Err(QuestionnaireError::Invalid(_))
        ));
        let no_en = r#"[{"id":"a","text":{"fr":"A"}}]"#;
        assert!(
            matches!(parse(&q(no_en)), Err(QuestionnaireError::Invalid(m)) if m.contains("English"))
        );
        assert!(parse(&q(r#"[{"id":"a","text":{"en":"A"}}]"#)).is_ok());
    }
}
