//! Hooks both apps use: the page's language (chosen, remembered, loaded) and its messages.

mod use_language;
mod use_messages;

pub use use_language::{Language, use_language};
pub use use_messages::use_messages;
