//! The worker ↔ helper protocol: the worker starts a second copy of itself (the *helper*) to share reading files and synthesising. The helper keeps its own copy of the set, changed in the same order as the worker's ([`Mirror`]), so a shared synthesis needs no hand-over of responses. The page never sees these messages.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::core::format::{Document, Exported, FormatError};
use crate::core::synthesis::{Filter, QuestionSynthesis, SharedTerms, Tokenised};
use crate::core::time::Timestamp;

/// What the worker asks of its helper.
#[derive(Debug, Serialize, Deserialize)]
pub enum ToHelper {
    /// Sent first; answered by [`FromHelper::Ready`] once the helper has loaded.
    Hello,
    /// Read and check a file (format, version, integrity); answered by [`FromHelper::Read`].
    /// The worker adds it to the set in its turn, and tells the helper to add it too.
    Read {
        /// A number to give the answer back under.
        slot: u64,
        /// The file's bytes.
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// Summarise these questions of its own copy of the set, with this filter; answered by
    /// [`FromHelper::Terms`] (once it has been sent [`ToHelper::Tokenised`]) then
    /// [`FromHelper::Part`].
    Part {
        /// Question positions.
        questions: Range<usize>,
        /// The filter.
        filter: Filter,
    },
    /// During a [`ToHelper::Part`]: what the worker's tokenising of the questions before the
    /// helper's part gave.
    Tokenised(Tokenised),
    /// A change the worker made to the set, to make to the helper's copy too. Never answered.
    Mirror(Mirror),
}

/// A change to the set, made again in the helper's copy of it.
#[derive(Debug, Serialize, Deserialize)]
pub enum Mirror {
    /// Add these copies of responses (the set so far, a few thousand at a time), for a helper
    /// that was not ready when the set began.
    CatchUp(Vec<(String, Exported)>),
    /// Add the file it read and kept under this number ([`ToHelper::Read`]), with this name.
    Slot(u64, String),
    /// Add a file the worker read: its name and what it was read as.
    Read(String, Result<Document, FormatError>),
    /// Add a file as it is (encrypted; or too large, `size`, without its bytes).
    AsIs {
        /// The file's name.
        name: String,
        /// Its size.
        size: usize,
        /// Its bytes.
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// Take the secretariat's identity file (its text).
    Identity(String),
    /// Take this as "now", as the worker did (dates after it are refused alike).
    Now(Timestamp),
    /// Forget everything.
    Clear,
    /// Forget everything, and take this questionnaire (its file's text) for the set from now on.
    Questionnaire(String),
}

/// What the helper tells the worker.
#[derive(Debug, Serialize, Deserialize)]
pub enum FromHelper {
    /// It has loaded (the answer to [`ToHelper::Hello`]).
    Ready,
    /// What a file given by [`ToHelper::Read`] was read as.
    Read {
        /// The number it was given under.
        slot: u64,
        /// What it was read as.
        read: Result<Document, FormatError>,
    },
    /// During a [`ToHelper::Part`]: the key terms of the questions before its part.
    Terms(SharedTerms),
    /// The summaries asked for by [`ToHelper::Part`].
    Part(Vec<QuestionSynthesis>),
}
