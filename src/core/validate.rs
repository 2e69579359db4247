//! What a response needs before it can be finished. Checks never block typing: they run when the person asks to finish, and each names the field to fix.

use super::questionnaire::{ProfileField, QuestionKind, Questionnaire};
use super::response::{Capacity, Publication, Respondent, Response, is_web_link};

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
    /// Document `n`'s title.
    DocumentTitle(usize),
    /// Document `n`'s link.
    DocumentLink(usize),
    /// Document `n`'s line of description.
    DocumentDescription(usize),
    /// A review reader's comment on one section of a draft, by the section's id.
    Comment(String),
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
    /// More choices than the question allows.
    TooManyChoices {
        /// The limit.
        max: usize,
    },
    /// A choice the question does not offer (a file edited by hand, or an older questionnaire).
    UnknownChoice,
    /// Not an `http` or `https` address.
    NotAWebLink,
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
            (_, Problem::TooManyChoices { .. }) => "error-too-many-choices",
            (_, Problem::UnknownChoice) => "error-unknown-choice",
            (Field::Comment(_), Problem::NoAnswers) => "review-page-error-no-comments",
            (_, Problem::NoAnswers) => "error-no-answers",
            (_, Problem::EmailFormat) => "error-email-format",
            (_, Problem::NotAWebLink) => "error-document-link",
            (Field::DocumentTitle(_), _) => "error-document-title-required",
            (Field::Name, _) => "error-name-required",
            (Field::Organisation, _) => "error-organisation-required",
            (Field::Nri, _) => "error-nri-required",
            (Field::Capacity, _) => "error-capacity-required",
            (Field::StakeholderGroup, _) => "error-group-required",
            (Field::Country, _) => "error-country-required",
            (Field::Publication, _) => "error-publication-required",
            (
                Field::Email
                | Field::Comment(_)
                | Field::Answer(_)
                | Field::DocumentLink(_)
                | Field::DocumentDescription(_),
                _,
            ) => "error-required",
        }
    }
}

/// Every problem that stops `response` from being finished, in the order the form asks.
pub fn check(response: &Response, questionnaire: &Questionnaire) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut add = |field, problem| issues.push(Issue { field, problem });
    let asks = |f: ProfileField| questionnaire.asks(f);
    check_profile(&response.respondent, response.publication, &asks, &mut add);

    if response.answered_count() == 0 {
        let first = questionnaire
            .questions
            .first()
            .map(|q| q.id.clone())
            .unwrap_or_default();
        add(Field::Answer(first), Problem::NoAnswers);
    }
    for q in &questionnaire.questions {
        let answer = response.answer(&q.id);
        let field = || Field::Answer(q.id.clone());
        match &q.kind {
            QuestionKind::LongText { max_length } | QuestionKind::ShortText { max_length } => {
                if let Some(problem) = too_long(answer, *max_length) {
                    add(field(), problem);
                }
            }
            QuestionKind::OneChoice { choices } | QuestionKind::SeveralChoices { choices, .. } => {
                let chosen: Vec<&str> = answer.split_whitespace().collect();
                let max = match &q.kind {
                    QuestionKind::OneChoice { .. } => Some(1),
                    QuestionKind::SeveralChoices { max_choices, .. } => *max_choices,
                    _ => None,
                };
                if chosen.iter().any(|c| !choices.iter().any(|x| x.id == *c)) {
                    add(field(), Problem::UnknownChoice);
                } else if let Some(max) = max.filter(|m| chosen.len() > *m) {
                    add(field(), Problem::TooManyChoices { max });
                }
            }
        }
    }
    // A document needs a title; its link, if given, must be a web address.
    for (i, d) in response.documents.iter().enumerate() {
        if d.title.trim().is_empty() {
            add(Field::DocumentTitle(i), Problem::Required);
        }
        if let Some(problem) = too_long(&d.title, MAX_SHORT_TEXT_CHARS) {
            add(Field::DocumentTitle(i), problem);
        }
        if !d.link.trim().is_empty() && !is_web_link(d.link.trim()) {
            add(Field::DocumentLink(i), Problem::NotAWebLink);
        }
        if let Some(problem) = too_long(&d.description, MAX_SHORT_TEXT_CHARS) {
            add(Field::DocumentDescription(i), problem);
        }
    }
    if response.publication.is_none() {
        add(Field::Publication, Problem::Required);
    }
    issues
}

fn too_long(text: &str, max: usize) -> Option<Problem> {
    (text.chars().count() > max).then_some(Problem::TooLong { max })
}

/// The profile's problems: what `asks` names is required, what is given must fit, and a named
/// contribution needs a name even where none is asked for (the form then asks for it with the
/// publication choice).
fn check_profile(
    p: &Respondent,
    publication: Option<Publication>,
    asks: &dyn Fn(ProfileField) -> bool,
    add: &mut dyn FnMut(Field, Problem),
) {
    let named = publication == Some(Publication::Named);
    if named && p.name.trim().is_empty() {
        add(Field::Name, Problem::Required);
    }
    if let Some(problem) = too_long(&p.name, MAX_SHORT_TEXT_CHARS) {
        add(Field::Name, problem);
    }
    if asks(ProfileField::Organisation)
        && p.organisation.trim().is_empty()
        && p.capacity == Some(Capacity::Organisation)
    {
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
    if asks(ProfileField::Capacity) && p.capacity.is_none() {
        add(Field::Capacity, Problem::Required);
    }
    if asks(ProfileField::Group) && p.stakeholder_group.is_none() {
        add(Field::StakeholderGroup, Problem::Required);
    }
    if asks(ProfileField::Country) && p.country.is_none() {
        add(Field::Country, Problem::Required);
    }
    if asks(ProfileField::Nri) && p.nri.trim().is_empty() && p.capacity == Some(Capacity::Nri) {
        add(Field::Nri, Problem::Required);
    }
    if let Some(problem) = too_long(&p.nri, MAX_SHORT_TEXT_CHARS) {
        add(Field::Nri, problem);
    }
}

/// Every problem that stops a review reader's comments from being saved as a file: at least one
/// comment, none too long, a publication choice, and the profile's rules with nothing but the
/// name of a named reader required (a public review asks as little as it can). `comments` are
/// `(section id, text)`.
pub fn check_comments(
    respondent: &Respondent,
    publication: Option<Publication>,
    comments: &[(&str, &str)],
    first_section: &str,
    max_chars: usize,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut add = |field, problem| issues.push(Issue { field, problem });
    if comments.iter().all(|(_, text)| text.trim().is_empty()) {
        add(
            Field::Comment(first_section.to_string()),
            Problem::NoAnswers,
        );
    }
    for (section, text) in comments {
        if let Some(problem) = too_long(text, max_chars) {
            add(Field::Comment(section.to_string()), problem);
        }
    }
    check_profile(respondent, publication, &|_| false, &mut add);
    if publication.is_none() {
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
                hash: String::new(),
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

    #[test]
    fn choices_and_limits_follow_the_questionnaire_and_unasked_details_are_not_required() {
        let q = questionnaire::parse(
            r#"{"format_version": 2, "id": "x", "version": 1, "title": {"en": "T"},
            "profile": ["country"],
            "questions": [
                {"id": "line", "type": "short-text", "text": {"en": "A line?"}, "max_length": 5},
                {"id": "one", "type": "one-choice", "text": {"en": "One?"},
                 "choices": [{"id": "a", "label": {"en": "A"}}, {"id": "b", "label": {"en": "B"}}]},
                {"id": "some", "type": "several-choices", "text": {"en": "Some?"}, "max_choices": 2,
                 "choices": [{"id": "a", "label": {"en": "A"}}, {"id": "b", "label": {"en": "B"}},
                             {"id": "c", "label": {"en": "C"}}]}
            ]}"#,
        )
        .unwrap();
        let mut r = blank();
        r.publication = Some(Publication::Anonymous);
        r.respondent.country = Country::from_code("KE");
        r.set_answer("line", "123456".into());
        r.set_answer("one", "a b".into());
        r.set_answer("some", "a b c".into());
        let issues: Vec<(Field, Problem)> = check(&r, &q)
            .into_iter()
            .map(|i| (i.field, i.problem))
            .collect();
        // Capacity and stakeholder group are not asked, so not required.
        assert_eq!(
            issues,
            [
                (Field::Answer("line".into()), Problem::TooLong { max: 5 }),
                (
                    Field::Answer("one".into()),
                    Problem::TooManyChoices { max: 1 }
                ),
                (
                    Field::Answer("some".into()),
                    Problem::TooManyChoices { max: 2 }
                ),
            ]
        );
        r.set_answer("line", "12345".into());
        r.set_answer("one", "z".into());
        r.set_answer("some", "c a".into());
        assert_eq!(
            check(&r, &q)
                .into_iter()
                .map(|i| i.problem)
                .collect::<Vec<_>>(),
            [Problem::UnknownChoice]
        );
        r.set_answer("one", "b".into());
        assert_eq!(check(&r, &q), []);
    }
}
