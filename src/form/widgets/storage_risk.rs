//! Plain advice when the browser may not keep what is typed (a framed page, a private window,
//! Safari's seven-day limit, persistence refused): save a copy, and a reminder when the answers
//! changed since the last one.

use yew::prelude::*;

use crate::ui::hooks::use_messages;
use crate::web::storage::Risk;

/// Props of [`StorageRisk`].
#[derive(Properties, PartialEq)]
pub struct StorageRiskProps {
    /// Why the answers may not last.
    pub risk: Risk,
    /// `Some(true)` when the open response changed since its last copy, `Some(false)` when the
    /// copy is up to date; `None` when no copy was saved yet.
    pub changed_since_copy: Option<bool>,
    /// Saves a copy of the open response.
    pub on_download: Callback<()>,
    /// What happened to the last copy asked for.
    #[prop_or_default]
    pub notice: Option<String>,
}

/// The advice, calm (a status, not an alert): nothing has gone wrong yet.
#[function_component]
pub fn StorageRisk(props: &StorageRiskProps) -> Html {
    let m = use_messages();
    let reason = m.t(match props.risk {
        Risk::Partitioned => "risk-partitioned",
        Risk::Private => "risk-private",
        Risk::Safari => "risk-safari",
        Risk::NotPersisted => "risk-not-persisted",
    });
    let reminder = match props.changed_since_copy {
        None => Some(m.t("risk-copy-none")),
        Some(true) => Some(m.t("risk-changed")),
        Some(false) => None,
    };
    html! {
        <section class="risk" aria-labelledby="risk-title">
            <h2 class="risk__title" id="risk-title">{ m.t("risk-title") }</h2>
            <p>{ reason }{ " " }{ m.t("risk-advice") }</p>
            <p class="risk__reminder" role="status">{ reminder.unwrap_or_default() }</p>
            <button type="button" class="button button--secondary" onclick={props.on_download.reform(|_| ())}>
                { m.t("risk-save") }
            </button>
            <p class="status-line" role="status">{ props.notice.clone().unwrap_or_default() }</p>
        </section>
    }
}
