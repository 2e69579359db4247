//! Hooks both apps use: the page's language (chosen, remembered, loaded) and its messages.

mod use_language;
mod use_messages;

pub use use_language::{
    Language, first_language, preferred_language, use_language, use_language_among,
};
pub use use_messages::use_messages;
