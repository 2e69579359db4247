//! Glue between the core and the browser: the clock, randomness, language, storage, files, downloads, keys, the workers' codec and the service worker. Thin by design; the decisions live in the core.

pub mod codec;
pub mod download;
pub mod encryption;
pub mod error;
pub mod files;
pub mod keys;
pub mod locale;
pub mod options;
pub mod platform;
pub mod questionnaires;
pub mod review;
pub mod service_worker;
pub mod storage;
pub mod workspace;
