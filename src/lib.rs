//! bpf-survey: the IGF Best Practice Forum on Cybersecurity's call for contributions, as an offline-first form and an in-browser synthesis.
//!
//! The map: [`core`] is pure and tested natively (questionnaire, responses, file formats,
//! import, synthesis, exports); [`i18n`] holds the messages of the six languages; [`web`] is the
//! glue to the browser; [`ui`] is what the two apps share; [`form`] is the respondent's app;
//! [`secretariat`] is the secretariat's (its page, its worker and the worker's session);
//! [`review`] is the review page a reader comments a draft on.
#![warn(missing_docs)]

pub mod core;
pub mod form;
pub mod i18n;
pub mod review;
pub mod secretariat;
pub mod ui;
pub mod web;
