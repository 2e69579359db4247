//! The helper's side of the worker ↔ helper protocol, pure: it reads files for the worker, keeps its copy of the set as the worker says, and summarises the questions it is given.

use std::ops::Range;

use super::empty_set;
use super::replica::Copy;
use crate::core::import::Importer;
use crate::core::questionnaire::{self, Questionnaire};
use crate::core::synthesis::{self, Analyzer, Filter, Lead};
use crate::secretariat::helper_protocol::{FromHelper, Mirror};

/// The helper's state.
pub struct HelperSession {
    questionnaire: Questionnaire,
    copy: Copy,
    analyzer: Option<Analyzer>,
}

impl HelperSession {
    /// An empty copy for `questionnaire`.
    pub fn new(questionnaire: Questionnaire) -> Self {
        Self {
            copy: Copy::new(empty_set(&questionnaire)),
            questionnaire,
            analyzer: None,
        }
    }

    /// Makes the analyser and what its first synthesis needs ([`Analyzer::warm`]).
    pub fn warm(&mut self) {
        self.analyzer.get_or_insert_with(Analyzer::new).warm();
    }

    /// Its copy of the set.
    pub fn importer(&self) -> &Importer {
        self.copy.importer()
    }

    /// Reads a file for the worker (and keeps the result until told to add it).
    pub fn read(&mut self, slot: u64, bytes: &[u8]) -> FromHelper {
        FromHelper::Read {
            slot,
            read: self.copy.read(slot, bytes),
        }
    }

    /// Makes a change the worker made to its set.
    pub fn mirror(&mut self, change: Mirror) {
        match change {
            // The worker checked it before sending it; one that does not read leaves the
            // helper's copy empty, which the worker's next synthesis would not share.
            Mirror::Questionnaire(json) => {
                if let Ok(q) = questionnaire::parse(&json) {
                    self.copy = Copy::new(empty_set(&q));
                    self.questionnaire = q;
                }
            }
            change => self.copy.apply(change),
        }
    }

    /// Summarises `questions` of its copy under `filter`, giving `lead` the key terms of the
    /// questions before them as soon as they are ranked.
    pub async fn part(
        &mut self,
        questions: Range<usize>,
        filter: &Filter,
        lead: &mut impl Lead,
    ) -> FromHelper {
        let responses = self.copy.importer().responses();
        let analyzer = self.analyzer.get_or_insert_with(Analyzer::new);
        FromHelper::Part(
            synthesis::follow(
                &responses,
                &self.questionnaire,
                filter,
                analyzer,
                questions,
                lead,
            )
            .await,
        )
    }
}
