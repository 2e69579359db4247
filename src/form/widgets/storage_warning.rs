//! The warning shown when answers cannot be kept on this device, with a way to save a copy at once.

use yew::prelude::*;

use crate::ui::errors;
use crate::ui::hooks::use_messages;
use crate::web::storage::StorageError;

/// Props of [`StorageWarning`].
#[derive(Properties, PartialEq)]
pub struct StorageWarningProps {
    /// What went wrong.
    pub error: StorageError,
    /// Downloads a copy of the open response; absent when none is open.
    #[prop_or_default]
    pub on_download: Option<Callback<()>>,
    /// What happened to the last copy asked for.
    #[prop_or_default]
    pub notice: Option<String>,
}

/// A prominent, announced warning: text stays on screen, and a copy can be downloaded now.
#[function_component]
pub fn StorageWarning(props: &StorageWarningProps) -> Html {
    let messages = use_messages();
    let reason = errors::storage(&messages, &props.error);
    html! {
        <div class="warning-banner" role="alert">
            <h2 class="warning-banner__title">{ messages.t("storage-warning-title") }</h2>
            <p>{ reason }</p>
            <p>{ messages.t("storage-warning-keep-open") }</p>
            if let Some(on_download) = &props.on_download {
                <button type="button" class="button button--warning" onclick={on_download.reform(|_| ())}>
                    { messages.t("storage-download-copy") }
                </button>
            }
            <p class="status-line" role="status">{ props.notice.clone().unwrap_or_default() }</p>
        </div>
    }
}
