//! Errors of the glue in the page's language: the one place a [`BrowserError`], a [`StorageError`] or a [`StoreError`] becomes words (the browser's own wording, which only it knows, is passed on as it is).

use crate::core::store::StoreError;
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
        Q::Invalid(detail) => m.t_with(
            "questionnaire-reason-invalid",
            &[("detail", crate::i18n::text(detail))],
        ),
    }
}
