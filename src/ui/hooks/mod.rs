//! Hooks: each wraps one concern (route, messages, responses, autosave) behind a handle with intent-revealing methods.

mod use_autosave;
mod use_messages;
mod use_responses;
mod use_route;

pub use use_autosave::use_autosave;
pub use use_messages::use_messages;
pub use use_responses::{FinishError, ResponsesHandle, use_responses};
pub use use_route::{navigate, use_route};
