//! Makes the Secretariat's key pair: the identity file is downloaded at once and forgotten (never stored in the browser); the public key stays on screen to be published.

use yew::prelude::*;

use crate::i18n::text;
use crate::ui::errors;
use crate::ui::hooks::use_messages;
use crate::web::error::BrowserError;
use crate::web::{download, keys, platform};

/// The key section of the synthesis page.
#[function_component]
pub fn KeyMaker() -> Html {
    let m = use_messages();
    // (public key, file name) of the last pair made, or why the download failed.
    let made = use_state(|| None::<Result<(String, String), BrowserError>>);
    let on_make = {
        let made = made.clone();
        Callback::from(move |_: MouseEvent| {
            let pair = keys::make(platform::now());
            made.set(Some(
                download::save_file(&pair.file_name, "text/plain", &pair.identity_file)
                    .map(|()| (pair.public, pair.file_name)),
            ));
        })
    };
    html! {
        <details class="keys">
            <summary class="keys__summary">{ m.t("keys-title") }</summary>
            <p class="hint">{ m.t("keys-hint") }</p>
            <button type="button" class="button button--secondary" onclick={on_make}>{ m.t("keys-generate") }</button>
            {
                match &*made {
                    Some(Ok((public, name))) => html! {
                        <>
                            <p role="status">{ m.t_with("keys-made", &[("file", text(name))]) }</p>
                            <div class="field">
                                <label class="label" for="public-key">{ m.t("keys-public") }</label>
                                <input class="input keys__public" id="public-key" readonly=true value={public.clone()} dir="ltr" />
                            </div>
                        </>
                    },
                    Some(Err(e)) => html! {
                        <p class="error-message" role="alert">{ m.t_with("download-failed", &[("reason", text(&errors::reason(&m, e)))]) }</p>
                    },
                    None => html! {},
                }
            }
        </details>
    }
}
