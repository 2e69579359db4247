//! The import report: every file and what happened to it — loaded, duplicate (and which copy was kept), or rejected and why.

use yew::prelude::*;

use crate::core::crypto::DecryptError;
use crate::core::import::{FileReport, Outcome, Rejection};
use crate::i18n::{Messages, number, text};
use crate::secretariat::protocol::ReviewFile;
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::ui::shared::Shared;
use crate::web::locale::format_size;

/// Props of [`ImportReport`].
#[derive(Properties, PartialEq)]
pub struct ImportReportProps {
    /// Per file.
    pub files: Shared<Vec<FileReport>>,
    /// Distinct responses loaded.
    pub responses: usize,
}

/// Why a file was refused, in the page's language.
fn reason(m: &Messages, r: &Rejection) -> String {
    let n = |v: usize| number(v);
    match r {
        Rejection::Format(e) => crate::ui::errors::format(m, e),
        Rejection::TooLarge { size, max } => m.t_with(
            "reject-too-large",
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
        Rejection::DifferentQuestionnaire { id, version } => m.t_with(
            "reject-questionnaire",
            &[("id", text(id)), ("version", n(*version as usize))],
        ),
        Rejection::OtherEdition { id, version } => m.t_with(
            "reject-questionnaire-edition",
            &[("id", text(id)), ("version", n(*version as usize))],
        ),
        Rejection::SetFull(max) => m.t_with("reject-set-full", &[("max", n(*max))]),
        Rejection::NeedsKey => m.t("reject-needs-key"),
        // Never shown: such a file is reported with the review round's.
        Rejection::ReviewFile => m.t("review-files-title"),
        Rejection::Decrypt(DecryptError::WrongKey) => m.t("reject-wrong-key"),
        Rejection::Decrypt(DecryptError::Damaged) => m.t("reject-damaged-ciphertext"),
        Rejection::Decrypt(DecryptError::OversizedHeader) => m.t("reject-age-header"),
        Rejection::FromTheFuture { date } => m.t_with("reject-future", &[("date", text(date))]),
        Rejection::TooLong { field, max } => m.t_with(
            "reject-too-long",
            &[("field", text(field)), ("max", n(*max))],
        ),
    }
}

fn details(m: &Messages, f: &FileReport) -> Html {
    let mut lines: Vec<String> = f
        .rejected
        .iter()
        .map(|r| match r.entry {
            Some(n) => m.t_with(
                "report-entry-rejected",
                &[
                    ("entry", number(n)),
                    ("reason", text(&reason(m, &r.reason))),
                ],
            ),
            None => reason(m, &r.reason),
        })
        .collect();
    for d in &f.duplicates {
        if d.conflict {
            lines.push(m.t_with("report-duplicate-conflict", &[("id", text(&d.response))]));
        }
        lines.push(if d.kept_here {
            m.t_with("report-duplicate-kept-here", &[("id", text(&d.response))])
        } else {
            m.t_with(
                "report-duplicate-kept",
                &[("id", text(&d.response)), ("file", text(&d.kept_from))],
            )
        });
    }
    if f.bundle {
        lines.insert(0, m.t_with("report-bundle", &[("count", number(f.loaded))]));
    }
    html! { <>{ for lines.into_iter().map(|l| html! { <p class="report__detail">{ l }</p> }) }</> }
}

/// The table of files.
#[function_component]
pub fn ImportReport(props: &ImportReportProps) -> Html {
    let messages = use_messages();
    let m = &*messages;
    let count = |o: Outcome| props.files.iter().filter(|f| f.outcome() == o).count();
    let (loaded, dup, rejected, partly) = (
        count(Outcome::Loaded),
        count(Outcome::Duplicate),
        count(Outcome::Rejected),
        count(Outcome::PartlyLoaded),
    );
    // Problems first: they are what needs reading.
    let mut rows: Vec<&FileReport> = props.files.iter().collect();
    rows.sort_by_key(|f| match f.outcome() {
        Outcome::Rejected => 0,
        Outcome::PartlyLoaded => 1,
        Outcome::Duplicate => 2,
        Outcome::Loaded | Outcome::Waiting => 3,
    });
    html! {
        <section aria-labelledby="report-heading">
            <h2 class="heading-m" id="report-heading">{ m.t("report-title") }</h2>
            <p class="report__summary">{ m.t_with("report-summary", &[
                ("files", number(props.files.len())), ("loaded", number(loaded + partly)), ("duplicates", number(dup)),
                ("rejected", number(rejected)), ("responses", number(props.responses)),
            ]) }</p>
            <details class="report" open={rejected + partly + dup > 0 && props.files.len() <= 500}>
                <summary>{ m.t("report-show") }</summary>
                <div class="table-wrap">
                    <table class="table">
                        <caption class="visually-hidden">{ m.t("report-title") }</caption>
                        <thead><tr><th scope="col">{ m.t("report-file") }</th><th scope="col">{ m.t("report-status") }</th><th scope="col">{ m.t("report-details") }</th></tr></thead>
                        <tbody>
                            { for rows.iter().map(|f| html! {
                                <tr class={format!("report__row report__row--{}", f.outcome().key())}>
                                    <td><bdi>{ f.name.clone() }</bdi></td>
                                    <td>{ m.t(labels::outcome(f.outcome())) }</td>
                                    <td>{ details(m, f) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}

/// Props of [`ReviewFiles`].
#[derive(Properties, PartialEq)]
pub struct ReviewFilesProps {
    /// The review round's files, in the order they came.
    pub files: Shared<Vec<ReviewFile>>,
}

/// The drafts and comment files loaded: what each is, or why it was not read.
#[function_component]
pub fn ReviewFiles(props: &ReviewFilesProps) -> Html {
    let messages = use_messages();
    let m = &*messages;
    html! {
        <section aria-labelledby="review-files-heading">
            <h2 class="heading-m" id="review-files-heading">{ m.t("review-files-title") }</h2>
            <ul class="list review-files">
                { for props.files.iter().map(|f| match f {
                    ReviewFile::Draft { name, version, sections } => html! {
                        <li class="review-files__draft">{ m.t_with("review-file-draft", &[
                            ("name", text(name)), ("version", text(version)), ("sections", number(*sections)),
                        ]) }</li>
                    },
                    ReviewFile::Comments { name, comments, version } => html! {
                        <li class="review-files__comments">{ m.t_with("review-file-comments", &[
                            ("name", text(name)), ("count", number(*comments)), ("version", text(version)),
                        ]) }</li>
                    },
                    ReviewFile::Refused { name, reason: why } => html! {
                        <li class="review-files__refused">{ m.t_with("review-file-refused", &[
                            ("name", text(name)), ("reason", text(&reason(m, &Rejection::Format(why.clone())))),
                        ]) }</li>
                    },
                }) }
            </ul>
        </section>
    }
}
