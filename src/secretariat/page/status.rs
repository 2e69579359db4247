//! What the worker is doing, in words and a progress bar, announced politely: loading, analysing, exporting, ready (with how long it took), or why it stopped.

use yew::prelude::*;

use super::state::{Activity, PageError, SynthesisState};
use super::use_synthesis::use_synthesis;
use crate::i18n::{Messages, number, text};
use crate::secretariat::protocol::WorkerError;
use crate::ui::hooks::use_messages;
use crate::ui::{errors, labels};
use crate::web::locale;

/// Why the work stopped, in the page's language.
fn failure(m: &Messages, e: &PageError) -> String {
    match e {
        PageError::Worker(WorkerError::Stopped(detail)) => {
            m.t_with("synthesis-failed", &[("reason", text(detail))])
        }
        PageError::Worker(WorkerError::Export(format, detail)) => m.t_with(
            "download-failed",
            &[(
                "reason",
                text(&m.t_with(
                    "reason-export",
                    &[("format", text(format)), ("detail", text(detail))],
                )),
            )],
        ),
        PageError::Worker(WorkerError::Questionnaire(detail)) => m.t_with(
            "synthesis-questionnaire-refused",
            &[(
                "reason",
                text(&m.t_with("questionnaire-reason-invalid", &[("detail", text(detail))])),
            )],
        ),
        PageError::WorkerGone => m.t_with(
            "synthesis-failed",
            &[("reason", text(&m.t("reason-worker-gone")))],
        ),
        PageError::Download(e) => m.t_with(
            "download-failed",
            &[("reason", text(&errors::reason(m, e)))],
        ),
        PageError::ReviewPage(e) => m.t_with(
            "export-review-page-failed",
            &[("reason", text(&errors::reason(m, e)))],
        ),
        PageError::Language(tag, e) => m.t_with(
            "download-failed",
            &[(
                "reason",
                text(&format!(
                    "{} ({})",
                    m.t_with(
                        "export-language-failed",
                        &[("language", text(&labels::language(m, tag)))]
                    ),
                    errors::reason(m, e)
                )),
            )],
        ),
    }
}

fn line(m: &Messages, s: &SynthesisState) -> String {
    let seconds = |ms: f64| text(&locale::format_tenths(m.language(), ms / 1000.0));
    match &s.activity {
        Activity::Loading { done, total } => m.t_with(
            "synthesis-loading",
            &[("done", number(*done)), ("total", number(*total))],
        ),
        Activity::Importing { done, total } => m.t_with(
            "synthesis-importing",
            &[("done", number(*done)), ("total", number(*total))],
        ),
        Activity::Analysing { done, total } => m.t_with(
            "synthesis-analysing",
            &[("done", number(*done)), ("total", number(*total))],
        ),
        Activity::Exporting => m.t("synthesis-exporting"),
        Activity::Failed(e) => failure(m, e),
        Activity::Idle => match &s.synthesis {
            Some(synthesis) => m.t_with(
                "synthesis-ready",
                &[
                    ("count", number(synthesis.responses)),
                    ("reading", seconds(s.timing.reading_ms)),
                    ("analysing", seconds(s.timing.analysing_ms)),
                ],
            ),
            None => String::new(),
        },
    }
}

/// The status line and, while the worker works, its progress.
#[function_component]
pub fn Status() -> Html {
    let messages = use_messages();
    let handle = use_synthesis();
    let s = handle.state();
    html! {
        <>
            <p class="status-line" role="status" aria-live="polite" data-workers={s.timing.workers.to_string()}>{ line(&messages, s) }</p>
            if let Activity::Loading { done, total } | Activity::Importing { done, total } | Activity::Analysing { done, total } = s.activity {
                <progress class="progress" max={total.to_string()} value={done.to_string()} aria-label={messages.t("synthesis-progress")}></progress>
            }
        </>
    }
}
