//! The secretariat's edits, kept apart from the automatic synthesis: a log of changes, each with when and by whom, folded into [`Decisions`] and re-applied to every new synthesis. Edits hold on to response ids, never to theme numbers: a theme is known by the responses nearest its centre ([`Theme::anchors`]), so a rename or a merge still finds its theme after files are added.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::core::codes;
use crate::core::response::Response;
use crate::core::synthesis::people::{self, Count};
use crate::core::synthesis::privacy;
use crate::core::synthesis::{CodeFigure, QuestionSynthesis, Quote, Synthesis, Theme, Topic};
use crate::core::time::Timestamp;

/// Why the secretariat left a response out of the synthesis and the exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Advertising or nonsense.
    Spam,
    /// About something else altogether.
    OffTopic,
    /// The same contribution sent again under another id.
    Duplicate,
    /// Its author asked for it to be withdrawn.
    Withdrawn,
}

keyed!(Reason {
    Spam => "spam", "spam";
    OffTopic => "off-topic", "off-topic";
    Duplicate => "duplicate", "duplicate";
    Withdrawn => "withdrawn", "withdrawn by their author";
});

/// One change the secretariat made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Change {
    /// Gives a theme the secretariat's own name.
    RenameTheme {
        /// The question's id.
        question: String,
        /// The theme, by its anchors.
        theme: Vec<String>,
        /// The name (empty: back to the machine's label).
        name: String,
    },
    /// Makes two themes of a question one.
    MergeThemes {
        /// The question's id.
        question: String,
        /// The theme that stays, by its anchors.
        into: Vec<String>,
        /// The theme merged into it, by its anchors.
        from: Vec<String>,
    },
    /// Moves an answer to another theme of its question, or to its other answers.
    MoveAnswer {
        /// The question's id.
        question: String,
        /// The response's id.
        response: String,
        /// The theme, by its anchors; `None`: the other answers.
        to: Option<Vec<String>>,
    },
    /// Makes a code of the secretariat's own (or renames it, or changes its words).
    DefineCode {
        /// Its key (`own-…`).
        key: String,
        /// Its name.
        name: String,
        /// Beginnings of words that suggest it.
        words: Vec<String>,
    },
    /// Takes a code of the secretariat's own out of the codebook (and off every answer).
    RemoveCode {
        /// Its key.
        key: String,
    },
    /// Puts a code on an answer, or decides it does not apply (a suggestion rejected).
    CodeAnswer {
        /// The question's id.
        question: String,
        /// The response's id.
        response: String,
        /// The code's key.
        code: String,
        /// Whether it applies.
        applies: bool,
    },
    /// Leaves a response out of the synthesis and the exports.
    Exclude {
        /// The response's id.
        response: String,
        /// Why.
        reason: Reason,
    },
    /// Brings an excluded response back.
    Include {
        /// The response's id.
        response: String,
    },
    /// Puts a response's answer to a question among the question's chosen quotes.
    Pin {
        /// The question's id.
        question: String,
        /// The response's id.
        response: String,
    },
    /// Takes a chosen quote out again.
    Unpin {
        /// The question's id.
        question: String,
        /// The response's id.
        response: String,
    },
    /// Sets the question's narrative: the secretariat's prose for Part II.
    Narrative {
        /// The question's id.
        question: String,
        /// The text (empty: none).
        text: String,
    },
    /// Marks a question reviewed, or not.
    Reviewed {
        /// The question's id.
        question: String,
        /// Whether it is.
        reviewed: bool,
    },
}

/// A change, when it was made and by whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edit {
    /// When.
    pub at: Timestamp,
    /// The name the person gave (may be empty).
    pub by: String,
    /// What.
    pub change: Change,
}

/// The edits of a workspace: those in force, oldest first, and those undone, which redo
/// brings back until a new edit is made.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edits {
    /// In force, oldest first: the history.
    pub done: Vec<Edit>,
    /// Undone, the most recently undone last.
    #[serde(default)]
    pub undone: Vec<Edit>,
}

/// Longest name of a theme, narrative and name of an editor, in characters.
pub const MAX_NAME: usize = 200;
/// Longest narrative, in characters.
pub const MAX_NARRATIVE: usize = 20_000;

impl Edits {
    /// Makes `edit` (and forgets what was undone). A change that changes nothing (the same
    /// name again, a narrative as it was) is not recorded; returns whether it was.
    pub fn make(&mut self, mut edit: Edit) -> bool {
        clip(&mut edit);
        if self.decisions() == self.with(&edit).decisions() {
            return false;
        }
        self.done.push(edit);
        self.undone.clear();
        true
    }

    fn with(&self, edit: &Edit) -> Edits {
        let mut done = self.done.clone();
        done.push(edit.clone());
        Edits {
            done,
            undone: Vec::new(),
        }
    }

    /// Undoes the last edit; returns it.
    pub fn undo(&mut self) -> Option<&Edit> {
        let edit = self.done.pop()?;
        self.undone.push(edit);
        self.undone.last()
    }

    /// Makes the last undone edit again; returns it.
    pub fn redo(&mut self) -> Option<&Edit> {
        let edit = self.undone.pop()?;
        self.done.push(edit);
        self.done.last()
    }

    /// What the edits in force come to.
    pub fn decisions(&self) -> Decisions {
        let mut d = Decisions::default();
        for edit in &self.done {
            match &edit.change {
                Change::Exclude { response, reason } => {
                    d.excluded.insert(response.clone(), *reason);
                }
                Change::Include { response } => {
                    d.excluded.remove(response);
                }
                Change::RenameTheme {
                    question,
                    theme,
                    name,
                } => {
                    let names = &mut d.question(question).names;
                    names.retain(|(t, _)| t != theme);
                    names.push((theme.clone(), name.clone()));
                }
                Change::MergeThemes {
                    question,
                    into,
                    from,
                } => d
                    .question(question)
                    .merges
                    .push((into.clone(), from.clone())),
                Change::MoveAnswer {
                    question,
                    response,
                    to,
                } => {
                    let moves = &mut d.question(question).moves;
                    moves.retain(|(r, _)| r != response);
                    moves.push((response.clone(), to.clone()));
                }
                Change::DefineCode { key, name, words } => {
                    d.codes.insert(
                        key.clone(),
                        OwnCode {
                            name: name.clone(),
                            words: words.clone(),
                        },
                    );
                }
                Change::RemoveCode { key } => {
                    d.codes.remove(key);
                }
                Change::CodeAnswer {
                    question,
                    response,
                    code,
                    applies,
                } => {
                    let coded = &mut d.question(question).coded;
                    coded.retain(|(r, c, _)| !(r == response && c == code));
                    coded.push((response.clone(), code.clone(), *applies));
                }
                Change::Pin { question, response } => {
                    let pins = &mut d.question(question).pins;
                    if !pins.contains(response) {
                        pins.push(response.clone());
                    }
                }
                Change::Unpin { question, response } => {
                    d.question(question).pins.retain(|p| p != response)
                }
                Change::Narrative { question, text } => {
                    d.question(question).narrative = text.clone()
                }
                Change::Reviewed { question, reviewed } => {
                    d.question(question).reviewed = *reviewed
                }
            }
        }
        d.questions
            .retain(|_, q| *q != QuestionDecisions::default());
        d
    }
}

/// Cuts over-long texts to their limits, so a pasted book or a hostile file cannot make a
/// workspace unwieldy.
fn clip(edit: &mut Edit) {
    let cut = |s: &mut String, n: usize| {
        if let Some((i, _)) = s.char_indices().nth(n) {
            s.truncate(i);
        }
    };
    cut(&mut edit.by, MAX_NAME);
    match &mut edit.change {
        Change::RenameTheme { name, .. } => cut(name, MAX_NAME),
        Change::Narrative { text, .. } => cut(text, MAX_NARRATIVE),
        _ => {}
    }
}

/// What the edits come to: the state they leave, whatever the order they were made in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decisions {
    /// Responses left out, and why.
    pub excluded: BTreeMap<String, Reason>,
    /// The secretariat's own codes, by key.
    pub codes: BTreeMap<String, OwnCode>,
    /// Per question id.
    pub questions: BTreeMap<String, QuestionDecisions>,
}

/// What the edits come to for one question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionDecisions {
    /// Theme names: anchors and name, in the order given (a later one wins).
    pub names: Vec<(Vec<String>, String)>,
    /// Merges: the theme that stays and the one merged into it, in the order made.
    pub merges: Vec<(Vec<String>, Vec<String>)>,
    /// Answers moved: the response, and the theme it goes to by its anchors (`None`: the other
    /// answers); the last move of each.
    pub moves: Vec<(String, Option<Vec<String>>)>,
    /// Codes decided on answers: response, code key, whether it applies; the last of each.
    pub coded: Vec<(String, String, bool)>,
    /// Responses whose answer is a chosen quote, in the order chosen.
    pub pins: Vec<String>,
    /// The narrative.
    pub narrative: String,
    /// Whether the question is reviewed.
    pub reviewed: bool,
}

/// A code of the secretariat's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnCode {
    /// Its name.
    pub name: String,
    /// Beginnings of words that suggest it.
    pub words: Vec<String>,
}

impl Decisions {
    /// Whether `code` is in the codebook: a goal of the built-in one, or one of the
    /// secretariat's own.
    pub fn has_code(&self, code: &str) -> bool {
        codes::built_in(code).is_some() || self.codes.contains_key(code)
    }

    /// Every code: key, English name (the secretariat's own as it named it), and its words.
    pub fn codebook(&self) -> Vec<(String, String, Vec<String>)> {
        codes::SDGS
            .iter()
            .map(|c| {
                (
                    c.key.to_string(),
                    c.name.to_string(),
                    c.words.iter().map(|w| w.to_string()).collect(),
                )
            })
            .chain(
                self.codes
                    .iter()
                    .map(|(k, c)| (k.clone(), c.name.clone(), c.words.clone())),
            )
            .collect()
    }

    /// The codes on response `id`'s answer to question `qid`, and those suggested for its
    /// `text` that the secretariat has not decided on.
    pub fn codes_of(&self, qid: &str, id: &str, text: &str) -> (Vec<String>, Vec<String>) {
        let decided: BTreeMap<&str, bool> = self
            .questions
            .get(qid)
            .map(|q| {
                q.coded
                    .iter()
                    .filter(|(r, ..)| r == id)
                    .map(|(_, c, on)| (c.as_str(), *on))
                    .collect()
            })
            .unwrap_or_default();
        let mut applied = Vec::new();
        let mut suggested = Vec::new();
        for (key, _, words) in self.codebook() {
            match decided.get(key.as_str()) {
                Some(true) => applied.push(key),
                Some(false) => {}
                None if codes::suggests(&words, text) => suggested.push(key),
                None => {}
            }
        }
        (applied, suggested)
    }

    fn question(&mut self, id: &str) -> &mut QuestionDecisions {
        self.questions.entry(id.to_string()).or_default()
    }

    /// The ids of the responses left out.
    pub fn excluded_ids(&self) -> BTreeSet<String> {
        self.excluded.keys().cloned().collect()
    }
}

/// The theme of `themes` that `anchors` name: the one holding most of them, at least a
/// quarter (and one); the larger on a tie.
pub fn find_theme(themes: &[Theme], anchors: &[String]) -> Option<usize> {
    let wanted: BTreeSet<&str> = anchors.iter().map(String::as_str).collect();
    let needed = (wanted.len() / 4).max(1);
    themes
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let shared = t
                .anchors
                .iter()
                .filter(|a| wanted.contains(a.as_str()))
                .count();
            (i, shared)
        })
        .filter(|&(_, shared)| shared >= needed)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(i, _)| i)
}

/// Applies `decisions` to `synthesis`, made from `responses` (the set the filter admitted,
/// exclusions already left out): theme names and merges, chosen quotes (only from responses
/// that may be quoted, as they may be published), narratives and reviews, and how many
/// responses were excluded and why (`excluded`: those of the filtered set).
pub fn apply(
    synthesis: &mut Synthesis,
    decisions: &Decisions,
    responses: &[&Response],
    excluded: &[&Response],
) {
    let mut reasons: BTreeMap<Reason, usize> = BTreeMap::new();
    for r in excluded {
        if let Some(reason) = decisions.excluded.get(&r.id.to_string()) {
            *reasons.entry(*reason).or_default() += 1;
        }
    }
    synthesis.excluded = reasons
        .into_iter()
        .map(|(reason, count)| Count {
            key: reason.key().to_string(),
            label: reason.label().to_string(),
            count,
        })
        .collect();
    let by_id: BTreeMap<String, &Response> =
        responses.iter().map(|r| (r.id.to_string(), *r)).collect();
    synthesis.unmatched_edits = 0;
    for q in &mut synthesis.questions {
        let Some(d) = decisions.questions.get(q.id.as_str()) else {
            continue;
        };
        for (into, from) in &d.merges {
            match (find_theme(&q.themes, into), find_theme(&q.themes, from)) {
                (Some(a), Some(b)) if a != b => {
                    if q.theme_members.len() == q.themes.len() {
                        let gone = q.theme_members.remove(b);
                        let a = if b < a { a - 1 } else { a };
                        q.theme_members[a].extend(gone);
                    }
                    merge(&mut q.themes, &mut q.topics, a, b)
                }
                (Some(_), Some(_)) => {}
                _ => synthesis.unmatched_edits += 1,
            }
        }
        for (response, to) in &d.moves {
            let Some(r) = by_id.get(response) else {
                synthesis.unmatched_edits += 1;
                continue;
            };
            if !move_answer(q, r, to.as_deref()) {
                synthesis.unmatched_edits += 1;
            }
        }
        for (anchors, name) in &d.names {
            match find_theme(&q.themes, anchors) {
                Some(t) => q.themes[t].name = (!name.trim().is_empty()).then(|| name.clone()),
                None => synthesis.unmatched_edits += 1,
            }
        }
        q.codes = code_figures(decisions, d, &by_id);
        q.pinned = d
            .pins
            .iter()
            .filter_map(|id| by_id.get(id).and_then(|r| pinned_quote(r, &q.id)))
            .collect();
        q.pins_refused = d.pins.len() - q.pinned.len();
        q.narrative = d.narrative.clone();
        q.reviewed = d.reviewed;
    }
}

/// Per code of the codebook, the answers it is on (among `by_id`, the responses the filter
/// admits) and their stakeholder groups; codes on no answer are left out; most answers first.
fn code_figures(
    decisions: &Decisions,
    d: &QuestionDecisions,
    by_id: &BTreeMap<String, &Response>,
) -> Vec<CodeFigure> {
    let mut figures: Vec<CodeFigure> = decisions
        .codebook()
        .into_iter()
        .filter_map(|(key, name, _)| {
            let on: Vec<&Response> = d
                .coded
                .iter()
                .filter(|(_, c, applies)| *c == key && *applies)
                .filter_map(|(r, ..)| by_id.get(r).copied())
                .collect();
            (!on.is_empty()).then(|| CodeFigure {
                answers: on.len(),
                groups: people::breakdowns(on.iter().copied()).group,
                key,
                name,
            })
        })
        .collect();
    figures.sort_by(|a, b| b.answers.cmp(&a.answers).then(a.key.cmp(&b.key)));
    figures
}

/// A response's answer to question `qid` as a chosen quote: whole, as it may be published, with
/// who said it as their choice allows; `None` when it may not be quoted or says nothing.
pub fn pinned_quote(r: &Response, qid: &str) -> Option<Quote> {
    let attribution = people::attribution(r)?;
    let answer = r.answers.get(qid)?.trim();
    if answer.is_empty() {
        return None;
    }
    Some(Quote {
        text: privacy::published(r, answer).into_owned(),
        attribution,
        anonymous: people::anonymous_as(r),
        response: r.id.to_string(),
    })
}

/// Where an answer is: in a theme (by index), among the other answers, or neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    /// In this theme.
    Theme(usize),
    /// Among the other answers.
    Other,
}

/// Where response `id`'s answer to `q` is, if in a theme or among the other answers (an echo
/// of a near-duplicate group, a non-answer or an answer in another language is in neither).
/// Needs the worker's copy of the synthesis, which knows who is in each theme.
pub fn place_of(q: &QuestionSynthesis, id: &str) -> Option<Place> {
    if let Some(t) = q
        .theme_members
        .iter()
        .position(|m| m.iter().any(|x| x == id))
    {
        return Some(Place::Theme(t));
    }
    q.other_ids.iter().any(|x| x == id).then_some(Place::Other)
}

/// Moves `r`'s answer to the theme `to` names (`None`: the other answers), with its voice and
/// its stakeholder group; false when it is in no theme nor among the other answers, or `to`
/// names no theme.
fn move_answer(q: &mut QuestionSynthesis, r: &Response, to: Option<&[String]>) -> bool {
    let id = r.id.to_string();
    let Some(from) = place_of(q, &id) else {
        return false;
    };
    let target = match to {
        Some(anchors) => match find_theme(&q.themes, anchors) {
            Some(t) => Place::Theme(t),
            None => return false,
        },
        None => Place::Other,
    };
    if from == target {
        return true;
    }
    let (key, label) = people::group_of(r);
    let group = [Count {
        key: key.to_string(),
        label: label.to_string(),
        count: 1,
    }];
    let mut shift = |place: Place, plus: bool| match place {
        Place::Theme(t) => {
            let theme = &mut q.themes[t];
            if plus {
                theme.voices += 1;
                q.theme_members[t].push(id.clone());
            } else {
                theme.voices = theme.voices.saturating_sub(1);
                q.theme_members[t].retain(|x| *x != id);
            }
            add(&mut theme.groups, &group, plus);
            let language = [Count {
                key: theme.language.clone(),
                label: theme.language.clone(),
                count: 1,
            }];
            if let Some(topic) = q.topics.iter_mut().find(|p| p.themes.contains(&t)) {
                if plus {
                    topic.voices += 1;
                } else {
                    topic.voices = topic.voices.saturating_sub(1);
                }
                add(&mut topic.groups, &group, plus);
                add(&mut topic.languages, &language, plus);
            }
        }
        Place::Other => {
            if plus {
                q.other += 1;
                q.other_ids.push(id.clone());
            } else {
                q.other = q.other.saturating_sub(1);
                q.other_ids.retain(|x| *x != id);
            }
        }
    };
    shift(from, false);
    shift(target, true);
    // A theme's quotes come from its own voices.
    if let Place::Theme(t) = from {
        q.themes[t].quotes.retain(|x| x.response != id);
    }
    true
}

/// Merges theme `b` into theme `a`: voices, groups, quotes and anchors; `b`'s topic gives up
/// its share to `a`'s, and topics left empty go.
fn merge(themes: &mut Vec<Theme>, topics: &mut Vec<Topic>, a: usize, b: usize) {
    let gone = themes.remove(b);
    let a = if b < a { a - 1 } else { a };
    let into = &mut themes[a];
    into.voices += gone.voices;
    add(&mut into.groups, &gone.groups, true);
    into.quotes.extend(gone.quotes.iter().cloned());
    into.anchors.extend(gone.anchors.iter().cloned());
    let language = [Count {
        key: gone.language.clone(),
        label: gone.language.clone(),
        count: gone.voices,
    }];
    for topic in topics.iter_mut() {
        if topic.themes.contains(&b) {
            topic.themes.retain(|&t| t != b);
            topic.voices -= gone.voices.min(topic.voices);
            add(&mut topic.groups, &gone.groups, false);
            add(&mut topic.languages, &language, false);
        }
        for t in topic.themes.iter_mut() {
            if *t > b {
                *t -= 1;
            }
        }
    }
    if let Some(topic) = topics.iter_mut().find(|t| t.themes.contains(&a)) {
        topic.voices += gone.voices;
        add(&mut topic.groups, &gone.groups, true);
        add(&mut topic.languages, &language, true);
    }
    topics.retain(|t| !t.themes.is_empty());
    topics.sort_by_key(|t| std::cmp::Reverse(t.voices));
}

/// Adds `more` to `counts` (or takes it away), by key; counts that reach zero go, and the
/// largest come first.
fn add(counts: &mut Vec<Count>, more: &[Count], plus: bool) {
    for m in more {
        match counts.iter_mut().find(|c| c.key == m.key) {
            Some(c) if plus => c.count += m.count,
            Some(c) => c.count -= m.count.min(c.count),
            None if plus => counts.push(m.clone()),
            None => {}
        }
    }
    counts.retain(|c| c.count > 0);
    counts.sort_by(|x, y| y.count.cmp(&x.count).then(x.key.cmp(&y.key)));
}
