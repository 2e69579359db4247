//! Native tests of the pure core, one binary; the modules read as a table of contents.
#![cfg(not(target_arch = "wasm32"))]

mod command;
mod documents;
mod encrypted;
mod export;
mod fixtures;
mod format;
mod hostile;
mod import;
mod purity;
mod quality;
mod questionnaires;
mod review;
mod session;
mod store;
mod synthesis;
mod tabular;
mod workspace_file;
mod xlsform;
