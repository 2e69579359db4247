//! The current language's messages, from context.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{DEFAULT_LANGUAGE, Messages};

/// The messages the app root provides.
#[hook]
pub fn use_messages() -> Rc<Messages> {
    let provided = use_context::<Rc<Messages>>();
    provided.unwrap_or_else(|| Rc::new(Messages::new(DEFAULT_LANGUAGE)))
}
