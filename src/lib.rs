//! bpf-survey: the IGF Best Practice Forum on Cybersecurity's call for contributions, as an offline-first form and an in-browser synthesis.
//!
//! [`core`] is pure and tested natively; [`i18n`] holds the translations; [`web`] is the glue to
//! the browser; [`ui`] is the Yew app.
#![warn(missing_docs)]

pub mod core;
pub mod encrypt;
pub mod i18n;
pub mod ui;
pub mod web;
pub mod worker;
