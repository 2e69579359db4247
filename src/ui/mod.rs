//! What the apps share (the form, the synthesis page, the review page): the accessible widgets, the language and messages hooks, focus, the profile fields, and the one place domain keys become message ids.

pub mod caret;
pub mod errors;
pub mod hooks;
pub mod labels;
pub mod profile;
pub mod shared;
pub mod widgets;
