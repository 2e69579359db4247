//! The secretariat's app: load many response files, read the synthesis, export it. Its own page (`synthesis.html`) and binaries, so respondents never download it.
//!
//! [`protocol`] is what the page and the worker say to each other, [`helper_protocol`] what the
//! worker and its helper say; [`session`] is the worker's state and logic, pure and tested
//! natively; [`worker`] runs it in the browser; [`page`] is the Yew page; [`editor`] the
//! questionnaire editor (`?editor`), which shares the page's code and worker.

pub mod editor;
pub mod helper_protocol;
pub mod page;
pub mod protocol;
pub mod session;
pub mod worker;
