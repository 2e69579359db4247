//! Makes the Secretariat's key pair: the identity file is downloaded at once and forgotten (never
//! stored in the browser); the public key stays on screen to be published.

use yew::prelude::*;

use crate::core::crypto;
use crate::i18n::text;
use crate::ui::hooks::use_messages;
use crate::web::{download, platform};

/// The key section of the synthesis page.
#[function_component]
pub fn KeyMaker() -> Html {
    let m = use_messages();
    // (public key, file name) of the last pair made, or why the download failed.
    let made = use_state(|| None::<Result<(String, String), String>>);
    let on_make = {
        let made = made.clone();
        Callback::from(move |_: MouseEvent| {
            // age draws the secret from crypto.getRandomValues.
            let identity = age::x25519::Identity::generate();
            let now = platform::now();
            let file = crypto::identity_file(&identity, &now.to_rfc3339());
            let name = format!("bpf-survey-identity-{}.txt", now.date());
            made.set(Some(
                download::save_file(&name, "text/plain", &file)
                    .map(|()| (identity.to_public().to_string(), name)),
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
                        <p class="error-message" role="alert">{ m.t_with("download-failed", &[("reason", text(e))]) }</p>
                    },
                    None => html! {},
                }
            }
        </details>
    }
}
