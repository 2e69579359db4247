//! The secretariat's synthesis of many responses, per question: who answered, key terms, themes with quotes, a summary, near-duplicates. Pure and deterministic: the same responses in any order give the same result, byte for byte.
//!
//! The map: [`filter`] chooses the responses; [`run`] tokenises them ([`corpus`], [`text`]),
//! ranks the key terms ([`terms`]) and hands each question to [`question`], which finds the
//! near-duplicates ([`duplicates`]), [`themes`] ([`cluster`]) and the [`summary`] ([`lexrank`]);
//! [`topics`] groups the languages' themes by the [`concepts`] they share; [`initiatives`] finds the initiatives the answers name; [`nouns`] and [`wordclass`] tell which words may name a theme; [`narrative`] drafts a question's
//! prose from its figures; [`privacy`] masks what would identify an anonymous respondent;
//! [`people`] counts who answered and is the one place publication choices are applied;
//! [`share`] splits a run between two workers; [`answers`] lists every answer; [`model`] is
//! what comes out.

mod answers;
mod cluster;
pub mod comments;
pub mod concepts;
mod corpus;
mod duplicates;
mod filter;
pub mod initiatives;
mod letters;
mod lexicon;
mod lexrank;
mod model;
pub mod narrative;
mod nouns;
pub mod people;
pub mod privacy;
mod question;
mod run;
mod share;
mod summary;
mod terms;
pub mod text;
mod themes;
pub mod topics;
mod wordclass;

pub use answers::{AnswerRow, answer_rows};
pub use cluster::Rng;
pub use filter::{Dimension, Filter};
pub use model::{
    CAMPAIGN, CAMPAIGNS_LISTED, Campaign, ChoiceFigure, CitedDocument, CodeFigure, DuplicateGroup,
    Initiative, KeyTerm, LanguageSummary, LanguageTerms, LengthStats, NOT_LISTED, Progress,
    QuestionSynthesis, Quote, SelfNamed, Senders, Synthesis, Theme, Topic,
};
pub use people::{Breakdowns, Count};
pub use run::{Run, synthesize};
pub use share::{Lead, Led, Partner, SharedTerms, Sharing, Tokenised, follow, lead};
pub use text::Analyzer;
