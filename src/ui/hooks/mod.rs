//! Hooks: each wraps one concern (route, language and messages, responses, autosave) behind a handle with intent-revealing methods.

mod use_autosave;
mod use_language;
mod use_messages;
mod use_responses;
mod use_route;

pub use use_autosave::use_autosave;
pub use use_language::{Language, use_language};
pub use use_messages::use_messages;
pub use use_responses::{FinishError, ResponsesHandle, use_responses};
pub use use_route::{navigate, use_route};
