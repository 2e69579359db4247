//! The language the page is shown in: chosen at start (page option, remembered choice, browser),
//! switchable at any time. A language other than English is fetched first; switching only swaps
//! the messages, so nothing typed is touched, and a failed fetch leaves the page as it was.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{self, DEFAULT_LANGUAGE, Messages};
use crate::web::locale;

/// The current messages, a callback that switches language, and a language that failed to load.
pub struct Language {
    /// The messages to show.
    pub messages: Rc<Messages>,
    /// Switches to a language (fetching it if need be) and remembers the choice.
    pub choose: Callback<&'static str>,
    /// The language last chosen, if it could not be loaded.
    pub failed: Option<&'static str>,
}

/// The language state of a page; `synthesis` pages also need the synthesis messages.
#[hook]
pub fn use_language(make: fn(&str) -> Messages, synthesis: bool) -> Language {
    use_language_among(make, synthesis, None)
}

/// The language a page starts in, among `among` if given (the first when the person's own is
/// not there): `start` made it ready before mounting; if that failed, English.
pub fn first_language(synthesis: bool, among: Option<&[&'static str]>) -> &'static str {
    let tag = preferred_language(among);
    if i18n::is_installed(tag, synthesis) {
        tag
    } else {
        DEFAULT_LANGUAGE
    }
}

/// The language the person prefers (page option, remembered choice, browser), among `among` if
/// given: the first of those when theirs is not there. `start` makes it ready.
pub fn preferred_language(among: Option<&[&'static str]>) -> &'static str {
    let tag = locale::initial_language();
    match among {
        Some(among) if !among.contains(&tag) => among.first().copied().unwrap_or(DEFAULT_LANGUAGE),
        _ => tag,
    }
}

/// [`use_language`] for a page offered in some languages only (a review page, in the languages
/// its draft is published in).
#[hook]
pub fn use_language_among(
    make: fn(&str) -> Messages,
    synthesis: bool,
    among: Option<Rc<[&'static str]>>,
) -> Language {
    let language = use_state(|| first_language(synthesis, among.as_deref()));
    let failed = use_state(|| None);
    let messages = use_memo(*language, move |tag| {
        make(tag).with_number_format(locale::format_number)
    });
    use_effect_with(messages.clone(), |m| {
        locale::apply_to_document(m.language(), m.is_rtl())
    });
    let choose = {
        let failed = failed.clone();
        Callback::from(move |tag: &'static str| {
            let (language, failed) = (language.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match locale::ensure(tag, synthesis).await {
                    Ok(()) => {
                        locale::remember(tag);
                        failed.set(None);
                        language.set(tag);
                    }
                    Err(e) => {
                        web_sys::console::warn_1(&format!("language {tag}: {e}").into());
                        failed.set(Some(tag));
                    }
                }
            });
        })
    };
    Language {
        messages,
        choose,
        failed: *failed,
    }
}
