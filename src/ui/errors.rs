//! Errors of the glue in the page's language: the one place a [`BrowserError`], a [`StorageError`], a [`StoreError`], a file's `FormatError` or a table's `TableError` becomes words (the browser's own wording, which only it knows, is passed on as it is).

use yew::AttrValue;

use crate::core::store::StoreError;
use crate::core::validate::{Field, Issue, Problem};
use crate::i18n::Messages;
use crate::msg;
use crate::web::error::BrowserError;
use crate::web::storage::StorageError;

/// Why, as the `reason` of a message such as "The file could not be downloaded: …".
pub fn reason(m: &Messages, e: &BrowserError) -> String {
    match e {
        BrowserError::NoPage => m.t("reason-no-page"),
        BrowserError::Threw(words) => words.clone(),
        BrowserError::Http(status) => format!("HTTP {status}"),
        BrowserError::Unreachable => m.t("reason-unreachable"),
    }
}

/// The message id of why a saved entry could not be opened (all a person can act on; the
/// entry itself is left in place).
pub const fn stored(e: &StoreError) -> &'static str {
    match e {
        StoreError::Unreadable(_) => msg!("store-unreadable"),
        StoreError::NewerVersion(_) => msg!("store-newer"),
        StoreError::Damaged(_) => msg!("store-damaged"),
    }
}

/// Why the browser would not keep something.
pub fn storage(m: &Messages, e: &StorageError) -> String {
    m.t(match e {
        StorageError::Full => msg!("storage-full"),
        StorageError::Unavailable(_) => msg!("storage-unavailable"),
        StorageError::Failed(_) => msg!("storage-failed"),
    })
}

/// Why a questionnaire file is refused, in the person's language.
pub fn questionnaire(m: &Messages, e: &crate::core::questionnaire::QuestionnaireError) -> String {
    use crate::core::questionnaire::QuestionnaireError as Q;
    match e {
        Q::Syntax(_) => m.t("questionnaire-reason-syntax"),
        Q::TooNew(_) => m.t("questionnaire-reason-newer"),
        Q::TooLarge(_) => m.t("questionnaire-reason-large"),
        Q::Invalid(rule) => m.t_with(
            "questionnaire-reason-invalid",
            &[("detail", crate::i18n::text(&questionnaire_rule(m, rule)))],
        ),
    }
}

/// A rule of questionnaires broken, in the page's language; identifiers, types and member
/// names as the file writes them.
fn questionnaire_rule(m: &Messages, rule: &crate::core::questionnaire::Rule) -> String {
    use crate::core::questionnaire::{Place, Rule as R, limits};
    use crate::core::validate::MAX_ANSWER_CHARS;
    use crate::i18n::{number as n, text};
    let place = |p: &Place| match p {
        Place::Title => m.t("questionnaire-place-title"),
        Place::Intro => m.t("questionnaire-place-intro"),
        Place::Question(id) => m.t_with("questionnaire-place-question", &[("id", text(id))]),
        Place::Hint(id) => m.t_with("questionnaire-place-hint", &[("id", text(id))]),
        Place::Choice { question, choice } => m.t_with(
            "questionnaire-place-choice",
            &[("id", text(question)), ("choice", text(choice))],
        ),
    };
    let at = |key: &str, p: &Place, more: &[(&str, crate::i18n::Arg)]| {
        let p = place(p);
        let mut args = vec![("place", text(&p))];
        args.extend(more.iter().cloned());
        m.t_with(key, &args)
    };
    match rule {
        R::Id(id) => m.t_with("questionnaire-rule-id", &[("id", text(id))]),
        R::NoQuestions => m.t("questionnaire-rule-no-questions"),
        R::TooManyQuestions(count) => m.t_with(
            "questionnaire-rule-too-many-questions",
            &[("n", n(*count)), ("max", n(limits::QUESTIONS))],
        ),
        R::TooManyParagraphs(count) => m.t_with(
            "questionnaire-rule-too-many-paragraphs",
            &[("n", n(*count)), ("max", n(limits::INTRO_PARAGRAPHS))],
        ),
        R::QuestionId(id) => m.t_with("questionnaire-rule-question-id", &[("id", text(id))]),
        R::QuestionIdTwice(id) => {
            m.t_with("questionnaire-rule-question-id-twice", &[("id", text(id))])
        }
        R::ProfileUnknown(key) => {
            m.t_with("questionnaire-rule-profile-unknown", &[("key", text(key))])
        }
        R::ProfileTwice(key) => m.t_with("questionnaire-rule-profile-twice", &[("key", text(key))]),
        R::MaxLength(p, count) => at(
            "questionnaire-rule-max-length",
            p,
            &[("n", n(*count)), ("max", n(MAX_ANSWER_CHARS))],
        ),
        R::NotFor {
            place: p,
            kind,
            field,
        } => at(
            "questionnaire-rule-not-for",
            p,
            &[("kind", text(kind)), ("field", text(field))],
        ),
        R::MaxChoices {
            place: p,
            n: count,
            of,
        } => at(
            "questionnaire-rule-max-choices",
            p,
            &[("n", n(*count)), ("of", n(*of))],
        ),
        R::Kind(p, kind) => at("questionnaire-rule-kind", p, &[("kind", text(kind))]),
        R::TooFewChoices(p) => at("questionnaire-rule-too-few-choices", p, &[]),
        R::TooManyChoices(p, count) => at(
            "questionnaire-rule-too-many-choices",
            p,
            &[("n", n(*count)), ("max", n(limits::CHOICES))],
        ),
        R::ChoiceId(p, id) => at("questionnaire-rule-choice-id", p, &[("id", text(id))]),
        R::ChoiceIdTwice(p, id) => at("questionnaire-rule-choice-id-twice", p, &[("id", text(id))]),
        R::Language(p, language) => at(
            "questionnaire-rule-language",
            p,
            &[("language", text(language))],
        ),
        R::TooLong {
            place: p,
            language,
            length,
            max,
        } => at(
            "questionnaire-rule-too-long",
            p,
            &[
                ("language", text(language)),
                ("length", n(*length)),
                ("max", n(*max)),
            ],
        ),
        R::Markup(p, language) => at(
            "questionnaire-rule-markup",
            p,
            &[("language", text(language))],
        ),
        R::Control(p, language) => at(
            "questionnaire-rule-control",
            p,
            &[("language", text(language))],
        ),
        R::NoText(p) => at("questionnaire-rule-no-text", p, &[]),
        R::Version(version) => {
            m.t_with("questionnaire-rule-version", &[("version", text(version))])
        }
    }
}

/// Why a file (a response, a bundle, a draft, a comment file) could not be read, in the page's
/// language; the field and what is wrong with it are technical details, kept as they are.
pub fn format(m: &Messages, e: &crate::core::format::FormatError) -> String {
    use crate::core::format::FormatError;
    use crate::i18n::{number as n, text};
    match e {
        FormatError::NotText => m.t("reject-not-text"),
        FormatError::NotJson { line, column } => m.t_with(
            "reject-not-json",
            &[("line", n(*line)), ("column", n(*column))],
        ),
        FormatError::Truncated => m.t("reject-truncated"),
        FormatError::NotAResponseFile => m.t("reject-not-response"),
        FormatError::UnsupportedVersion { found } => {
            m.t_with("reject-version", &[("found", text(&found.to_string()))])
        }
        FormatError::MissingIntegrity => m.t("reject-no-integrity"),
        FormatError::UnknownIntegrity(name) => {
            m.t_with("reject-unknown-integrity", &[("name", text(name))])
        }
        FormatError::IntegrityMismatch => m.t("reject-integrity"),
        FormatError::Invalid { field, reason } => m.t_with(
            "reject-invalid",
            &[("field", text(field)), ("reason", text(reason))],
        ),
        FormatError::DuplicateKey { key } => {
            m.t_with("reject-duplicate-key", &[("key", text(key))])
        }
        FormatError::CountMismatch { claimed, found } => m.t_with(
            "reject-count",
            &[("claimed", n(*claimed)), ("found", n(*found))],
        ),
    }
}

/// The element a field's errors link to.
pub fn element_id(field: &Field) -> String {
    match field {
        Field::Name => "field-name".into(),
        Field::Organisation => "field-organisation".into(),
        Field::Email => "field-email".into(),
        Field::Capacity => "field-capacity".into(),
        Field::StakeholderGroup => "field-group".into(),
        Field::Country => "field-country".into(),
        Field::Nri => "field-nri".into(),
        Field::Answer(q) => format!("answer-{q}"),
        Field::Publication => "field-publication".into(),
        Field::DocumentTitle(i) => format!("document-{i}-title"),
        Field::DocumentLink(i) => format!("document-{i}-link"),
        Field::DocumentDescription(i) => format!("document-{i}-description"),
        Field::Comment(section) => format!("comment-{section}"),
    }
}

/// The person-facing text of a problem.
pub fn issue_message(issue: &Issue, messages: &Messages) -> String {
    match issue.problem {
        Problem::TooLong { max } | Problem::TooManyChoices { max } => {
            messages.t_with(issue.message_id(), &[("max", crate::i18n::number(max))])
        }
        _ => messages.t(issue.message_id()),
    }
}

/// The inline error of `field`, if it has a problem.
pub fn field_error(issues: &[Issue], field: &Field, messages: &Messages) -> Option<AttrValue> {
    issues
        .iter()
        .find(|i| i.field == *field)
        .map(|i| issue_message(i, messages).into())
}

/// Why a file could not be read as a table, in the page's language: a sentence that ends
/// with what to do, the `reason` of `table-refused`.
pub fn table(m: &Messages, reason: &crate::core::tabular::TableError) -> String {
    use crate::core::tabular::{MAX_CELLS, TableError};
    use crate::i18n::{number, text};
    use crate::web::locale::format_size;
    match reason {
        TableError::Empty => m.t("table-refused-empty"),
        TableError::Unreadable => m.t("table-refused-unreadable"),
        // The reader's own detail is English and technical: not shown.
        TableError::Spreadsheet(_) => m.t("table-refused-spreadsheet"),
        TableError::Protected => m.t("table-refused-protected"),
        TableError::OldWorkbook => m.t("table-refused-old-workbook"),
        TableError::FileTooLarge(size, max) => m.t_with(
            "table-refused-file-too-large",
            &[
                (
                    "size",
                    text(&format_size(m.language(), *size as u64, Some(*max as u64))),
                ),
                (
                    "max",
                    text(&format_size(m.language(), *max as u64, Some(*size as u64))),
                ),
            ],
        ),
        TableError::Unpacked(size) => m.t_with(
            "table-refused-unpacked",
            &[("size", text(&format_size(m.language(), *size, None)))],
        ),
        TableError::TooLarge { rows, columns } => m.t_with(
            "table-refused-too-large",
            &[("rows", number(*rows)), ("columns", number(*columns))],
        ),
        TableError::TooManyCells { rows, columns } => m.t_with(
            "table-refused-too-many-cells",
            &[
                ("rows", number(*rows)),
                ("columns", number(*columns)),
                ("cells", number(MAX_CELLS)),
            ],
        ),
    }
}
