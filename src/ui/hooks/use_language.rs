//! The language the page is shown in: chosen at start (page option, remembered choice, browser),
//! switchable at any time. Switching only swaps the messages, so nothing typed is touched.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Messages;
use crate::web::locale;

/// The current messages and a callback that switches language (and remembers the choice).
#[hook]
pub fn use_language(make: fn(&str) -> Messages) -> (Rc<Messages>, Callback<&'static str>) {
    let language = use_state(locale::initial_language);
    let messages = use_memo(*language, move |tag| {
        make(tag).with_number_format(locale::format_number)
    });
    use_effect_with(messages.clone(), |m| {
        locale::apply_to_document(m.language(), m.is_rtl())
    });
    let choose = Callback::from(move |tag: &'static str| {
        locale::remember(tag);
        language.set(tag);
    });
    (messages, choose)
}
