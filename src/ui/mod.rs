//! What the two apps share: the accessible widgets, the language and messages hooks, focus, and the one place domain keys become message ids.

pub mod caret;
pub mod errors;
pub mod hooks;
pub mod labels;
pub mod profile;
pub mod shared;
pub mod widgets;
