//! What a response needs before it can be finished. Checks never block typing: they run when the person asks to finish, and each names the field to fix.

use super::questionnaire::Questionnaire;
use super::response::{Capacity, Publication, Response};

/// Longest answer accepted, in characters (about 5,000 words).
pub const MAX_ANSWER_CHARS: usize = 30_000;
/// Longest name, organisation or NRI accepted, in characters.
pub const MAX_SHORT_TEXT_CHARS: usize = 200;
/// Longest email address (RFC 5321).
pub const MAX_EMAIL_CHARS: usize = 254;

/// A field a problem belongs to.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    /// The respondent's name.
    Name,
    /// The organisation.
    Organisation,
    /// The email address.
    Email,
    /// Capacity.
    Capacity,
    /// Stakeholder group.
    StakeholderGroup,
    /// Country.
    Country,
    /// The NRI.
    Nri,
    /// The answer to one question, by id.
    Answer(String),
    /// The publication choice.
    Publication,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Needed and missing.
    Required,
    /// Not shaped like an email address.
    EmailFormat,
    /// Longer than the limit.
    TooLong {
        /// The limit, in characters.
        max: usize,
    },
    /// No question answered at all.
    NoAnswers,
}

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// Where.
    pub field: Field,
    /// What.
    pub problem: Problem,
}

impl Issue {
    /// The message id (in the translations) that tells the person how to fix it.
    pub fn message_id(&self) -> &'static str {
        match (&self.field, self.problem) {
            (_, Problem::TooLong { .. }) => "error-too-long",
            (_, Problem::NoAnswers) => "error-no-answers",
            (_, Problem::EmailFormat) => "error-email-format",
            (Field::Name, _) => "error-name-required",
            (Field::Organisation, _) => "error-organisation-required",
            (Field::Nri, _) => "error-nri-required",
            (Field::Capacity, _) => "error-capacity-required",
            (Field::StakeholderGroup, _) => "error-group-required",
            (Field::Country, _) => "error-country-required",
            (Field::Publication, _) => "error-publication-required",
            (Field::Email | Field::Answer(_), Problem::Required) => "error-required",
        }
    }
}

/// Every problem that stops `response` from being finished, in the order the form asks.
pub fn check(response: &Response, questionnaire: &Questionnaire) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut add = |field, problem| issues.push(Issue { field, problem });
    let too_long =
        |text: &str, max: usize| (text.chars().count() > max).then_some(Problem::TooLong { max });
    let p = &response.respondent;
    let named = response.publication == Some(Publication::Named);

    if named && p.name.trim().is_empty() {
        add(Field::Name, Problem::Required);
    }
    if let Some(problem) = too_long(&p.name, MAX_SHORT_TEXT_CHARS) {
        add(Field::Name, problem);
    }
    if p.organisation.trim().is_empty() && p.capacity == Some(Capacity::Organisation) {
        add(Field::Organisation, Problem::Required);
    }
    if let Some(problem) = too_long(&p.organisation, MAX_SHORT_TEXT_CHARS) {
        add(Field::Organisation, problem);
    }
    if !p.email.trim().is_empty() && !looks_like_email(p.email.trim()) {
        add(Field::Email, Problem::EmailFormat);
    }
    if let Some(problem) = too_long(&p.email, MAX_EMAIL_CHARS) {
        add(Field::Email, problem);
    }
    if p.capacity.is_none() {
        add(Field::Capacity, Problem::Required);
    }
    if p.stakeholder_group.is_none() {
        add(Field::StakeholderGroup, Problem::Required);
    }
    if p.country.is_none() {
        add(Field::Country, Problem::Required);
    }
    if p.nri.trim().is_empty() && p.capacity == Some(Capacity::Nri) {
        add(Field::Nri, Problem::Required);
    }
    if let Some(problem) = too_long(&p.nri, MAX_SHORT_TEXT_CHARS) {
        add(Field::Nri, problem);
    }

    if response.answered_count() == 0 {
        let first = questionnaire
            .questions
            .first()
            .map(|q| q.id.clone())
            .unwrap_or_default();
        add(Field::Answer(first), Problem::NoAnswers);
    }
    for q in &questionnaire.questions {
        if let Some(problem) = too_long(response.answer(&q.id), MAX_ANSWER_CHARS) {
            add(Field::Answer(q.id.clone()), problem);
        }
    }
    if response.publication.is_none() {
        add(Field::Publication, Problem::Required);
    }
    issues
}

/// One `@`, something before it, a dotted domain after it, no spaces: the GOV.UK rule of thumb.
/// Deliverability is the person's business; this only catches slips.
fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::countries::Country;
    use crate::core::questionnaire;
    use crate::core::response::{QuestionnaireRef, ResponseId, Source, StakeholderGroup};
    use crate::core::time::Timestamp;

    fn blank() -> Response {
        Response::new(
            ResponseId::from_random_bytes([7; 16]),
            QuestionnaireRef {
                id: "igf-bpf-cybersecurity-2016".into(),
                version: 1,
            },
            Timestamp::from_millis(0),
            "en",
            Source::default(),
        )
    }

    fn fields(r: &Response) -> Vec<(Field, &'static str)> {
        check(r, &questionnaire::builtin())
            .into_iter()
            .map(|i| (i.field.clone(), i.message_id()))
            .collect()
    }

    #[test]
    fn an_empty_response_lists_what_is_needed_in_form_order() {
        assert_eq!(
            fields(&blank()),
            [
                (Field::Capacity, "error-capacity-required"),
                (Field::StakeholderGroup, "error-group-required"),
                (Field::Country, "error-country-required"),
                (Field::Answer("q1".into()), "error-no-answers"),
                (Field::Publication, "error-publication-required"),
            ]
        );
    }

    #[test]
    fn requirements_follow_capacity_and_publication() {
        let mut r = blank();
        r.respondent.capacity = Some(Capacity::Nri);
        r.respondent.stakeholder_group = Some(StakeholderGroup::CivilSociety);
        r.respondent.country = Country::from_code("NG");
        r.publication = Some(Publication::Named);
        r.set_answer("q3", "Shared CERT exercises.".into());
        assert_eq!(
            fields(&r),
            [
                (Field::Name, "error-name-required"),
                (Field::Nri, "error-nri-required")
            ]
        );
        r.respondent.name = "Ada".into();
        r.respondent.nri = "Nigeria IGF".into();
        assert!(fields(&r).is_empty());
        r.publication = Some(Publication::Anonymous);
        r.respondent.name.clear();
        assert!(
            fields(&r).is_empty(),
            "an anonymous contribution needs no name"
        );
        r.respondent.capacity = Some(Capacity::Organisation);
        assert_eq!(
            fields(&r),
            [(Field::Organisation, "error-organisation-required")]
        );
    }

    #[test]
    fn email_is_optional_but_checked_when_given() {
        for (email, ok) in [
            ("", true),
            ("a@b.org", true),
            (" a@b.org ", true),
            ("a@b", false),
            ("a b@c.org", false),
            ("@c.org", false),
            ("a@@c.org", false),
            ("a@c..org", false),
        ] {
            let mut r = blank();
            r.respondent.email = email.into();
            let has = fields(&r).iter().any(|(f, _)| *f == Field::Email);
            assert_eq!(has, !ok, "{email:?}");
        }
    }

    #[test]
    fn limits_are_reported_not_enforced_while_typing() {
        let mut r = blank();
        r.set_answer("q2", "x".repeat(MAX_ANSWER_CHARS + 1));
        r.respondent.name = "n".repeat(MAX_SHORT_TEXT_CHARS + 1);
        let issues = check(&r, &questionnaire::builtin());
        assert!(issues.contains(&Issue {
            field: Field::Answer("q2".into()),
            problem: Problem::TooLong {
                max: MAX_ANSWER_CHARS
            }
        }));
        assert!(issues.contains(&Issue {
            field: Field::Name,
            problem: Problem::TooLong {
                max: MAX_SHORT_TEXT_CHARS
            }
        }));
        assert_eq!(
            r.answer("q2").len(),
            MAX_ANSWER_CHARS + 1,
            "nothing typed is cut"
        );
    }
}
