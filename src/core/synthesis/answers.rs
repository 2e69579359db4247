//! The answer list: every answer to one question with its respondent, filtered and searched, for the secretariat's own reading (exports follow publication choices instead).

use serde::{Deserialize, Serialize};

use super::filter::Filter;
use crate::core::response::{Publication, Response, StakeholderGroup, Status};

/// One answer and who gave it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerRow {
    /// The response id.
    pub response: String,
    /// The answer.
    pub text: String,
    /// Name, or empty.
    pub name: String,
    /// Organisation, or empty.
    pub organisation: String,
    /// Stakeholder group, if stated.
    pub group: Option<StakeholderGroup>,
    /// ISO 3166-1 country code, or empty.
    pub country: String,
    /// Form language.
    pub language: String,
    /// Publication choice, if made.
    pub publication: Option<Publication>,
    /// Whether the answer may be quoted (published by its author's choice, and sent, or a
    /// draft read as sent).
    pub quotable: bool,
    /// Where the answer is in the synthesis on show, once there is one (the worker fills it).
    pub place: Option<crate::core::edits::Place>,
    /// The codes on it (keys), once the worker has filled them.
    pub codes: Vec<String>,
    /// The codes suggested for it, not yet decided on.
    pub suggested: Vec<String>,
}

/// Answers to question `qid` from responses the filter admits whose text contains every word
/// of `search` (case-insensitive), in response-id order.
pub fn answer_rows<'a>(
    responses: impl IntoIterator<Item = &'a Response>,
    qid: &str,
    filter: &Filter,
    search: &str,
) -> Vec<AnswerRow> {
    let needles: Vec<String> = search.split_whitespace().map(str::to_lowercase).collect();
    let mut matching: Vec<&Response> = responses
        .into_iter()
        .filter(|r| filter.admits(r))
        .filter(|r| {
            let text = r.answer(qid);
            let lower = text.to_lowercase();
            !text.trim().is_empty() && needles.iter().all(|n| lower.contains(n.as_str()))
        })
        .collect();
    matching.sort_by(|a, b| a.id.cmp(&b.id));
    matching
        .into_iter()
        .map(|r| row(r, qid, filter.drafts))
        .collect()
}

fn row(r: &Response, qid: &str, drafts_as_sent: bool) -> AnswerRow {
    let p = &r.respondent;
    AnswerRow {
        response: r.id.to_string(),
        text: r.answer(qid).to_string(),
        name: p.name.clone(),
        organisation: p.organisation.clone(),
        group: p.stakeholder_group,
        country: p.country.map(|c| c.code().to_string()).unwrap_or_default(),
        language: r.language.clone(),
        publication: r.publication,
        quotable: matches!(
            r.publication,
            Some(Publication::Named | Publication::Anonymous)
        ) && (r.status == Status::Finished || drafts_as_sent),
        place: None,
        codes: Vec::new(),
        suggested: Vec::new(),
    }
}
