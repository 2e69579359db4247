//! The form's hooks: the responses on this device behind a handle with the person's actions, autosave, the route, focus and title, and the framing host page.

mod use_autosave;
mod use_focus;
mod use_host;
mod use_responses;
mod use_route;

pub use use_autosave::use_autosave;
pub use use_focus::{use_focus, use_title};
pub use use_host::use_host;
pub use use_responses::{FinishError, ResponsesHandle, use_responses};
pub use use_route::{navigate, use_route};
