//! The pure core: questionnaire, responses, file formats, validation. No I/O, no clock, no randomness, no browser: callers pass them in, so all of it is tested natively.

pub mod colour;
pub mod countries;
pub mod crypto;
pub mod embed;
pub mod export;
pub mod filename;
pub mod format;
pub mod generate;
pub mod import;
pub mod questionnaire;
pub mod response;
pub mod store;
pub mod synthesis;
pub mod text;
pub mod time;
pub mod validate;
