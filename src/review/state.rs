//! A reader's comments as a pure value: what they wrote on each section, who they are and how
//! they may be quoted; kept on the device in the comment file's own format, checked and made
//! into the comment file they send. A pure reducer, like the form's.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::Reducible;

use crate::core::countries::Country;
use crate::core::format::review::{
    Comment, Comments, Draft, MAX_COMMENT_CHARS, read_stored_comments, write_comments,
};
use crate::core::response::{Capacity, Publication, Respondent, ResponseId, StakeholderGroup};
use crate::core::time::Timestamp;
use crate::core::validate::{self, Issue};

/// Where a reader's comments on one draft version are kept (`localStorage`): one copy per call
/// and version, so Draft 2.0's page starts afresh and Draft 1.0's comments stay.
pub fn storage_key(draft: &Draft) -> String {
    format!(
        "bpf-survey/v1/review/{}/{}",
        draft.questionnaire.id, draft.version
    )
}

/// One change the reader makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Their comment on a section (its id), as it now reads.
    Comment(String, String),
    /// Their name.
    Name(String),
    /// Their organisation.
    Organisation(String),
    /// Their email address.
    Email(String),
    /// In what capacity they comment.
    Capacity(Capacity),
    /// Their stakeholder group.
    Group(StakeholderGroup),
    /// Their country, or none.
    Country(Option<Country>),
    /// The National or Regional IGF initiative they name.
    Nri(String),
    /// How their comments may be published.
    Publication(Publication),
}

/// What the reader has written so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reader {
    /// Their comment file's id: every copy they save replaces the one before.
    pub id: ResponseId,
    /// When they began.
    pub created: Timestamp,
    /// Last changed.
    pub updated: Timestamp,
    /// Who they are.
    pub respondent: Respondent,
    /// How they may be quoted.
    pub publication: Option<Publication>,
    /// Their comments by section id; a section emptied is dropped.
    pub texts: BTreeMap<String, String>,
    /// The hash of the text each comment was written on, for sections this page no longer
    /// holds (a copy stored by a tampered or other page): kept, never lost.
    hashes: BTreeMap<String, String>,
}

impl Reader {
    /// A reader who has written nothing yet.
    pub fn new(id: ResponseId, now: Timestamp) -> Self {
        Self {
            id,
            created: now,
            updated: now,
            respondent: Respondent::default(),
            publication: None,
            texts: BTreeMap::new(),
            hashes: BTreeMap::new(),
        }
    }

    /// The reader a stored copy holds.
    pub fn from_comments(c: Comments) -> Self {
        Self {
            id: c.id,
            created: c.created,
            updated: c.updated,
            respondent: c.respondent,
            publication: c.publication,
            hashes: c
                .comments
                .iter()
                .map(|x| (x.section.clone(), x.section_hash.clone()))
                .collect(),
            texts: c
                .comments
                .into_iter()
                .map(|x| (x.section, x.text))
                .collect(),
        }
    }

    /// Reads the copy kept on the device: `Err` with the reason when it cannot be read (it is
    /// then left where it is, and the page says so).
    pub fn from_stored(text: &str) -> Result<Self, crate::core::format::FormatError> {
        read_stored_comments(text.as_bytes()).map(Self::from_comments)
    }

    /// Applies one change made at `now`.
    pub fn apply(&mut self, edit: Edit, now: Timestamp) {
        let p = &mut self.respondent;
        match edit {
            Edit::Comment(section, text) => {
                if text.trim().is_empty() {
                    self.texts.remove(&section);
                } else {
                    self.texts.insert(section, text);
                }
            }
            Edit::Name(v) => p.name = v,
            Edit::Organisation(v) => p.organisation = v,
            Edit::Email(v) => p.email = v,
            Edit::Capacity(v) => p.capacity = Some(v),
            Edit::Group(v) => p.stakeholder_group = Some(v),
            Edit::Country(v) => p.country = v,
            Edit::Nri(v) => p.nri = v,
            Edit::Publication(v) => self.publication = Some(v),
        }
        self.updated = now.max(self.updated);
    }

    /// Their comment on a section, or `""`.
    pub fn text(&self, section: &str) -> &str {
        self.texts.get(section).map_or("", String::as_str)
    }

    /// Whether they have written or chosen anything at all.
    pub fn is_blank(&self) -> bool {
        self.texts.is_empty()
            && self.publication.is_none()
            && self.respondent == Respondent::default()
    }

    /// Their comments on `draft`, read in `language`: in the draft's order, each naming the
    /// version and the hash of the section's text; comments on a section the draft does not
    /// hold come last, with the hash they were written on.
    pub fn comments(&self, draft: &Draft, language: &str) -> Comments {
        let mut comments: Vec<Comment> = draft
            .sections
            .iter()
            .filter_map(|s| {
                let text = self.texts.get(&s.id)?;
                Some(Comment {
                    section: s.id.clone(),
                    section_hash: s.hash.clone(),
                    text: text.clone(),
                })
            })
            .collect();
        for (section, text) in &self.texts {
            if draft.sections.iter().any(|s| &s.id == section) {
                continue;
            }
            if let Some(hash) = self.hashes.get(section) {
                comments.push(Comment {
                    section: section.clone(),
                    section_hash: hash.clone(),
                    text: text.clone(),
                });
            }
        }
        Comments {
            id: self.id.clone(),
            questionnaire: draft.questionnaire.clone(),
            draft_version: draft.version.clone(),
            created: self.created,
            updated: self.updated,
            language: language.to_string(),
            respondent: self.respondent.clone(),
            publication: self.publication,
            comments,
        }
    }

    /// The copy kept on the device, as written at `now`.
    pub fn stored(&self, draft: &Draft, language: &str, now: Timestamp, app: &str) -> String {
        write_comments(&self.comments(draft, language), now, app)
    }

    /// What stops the comments from being saved as a file, in the page's order.
    pub fn issues(&self, draft: &Draft) -> Vec<Issue> {
        let texts: Vec<(&str, &str)> = draft
            .sections
            .iter()
            .map(|s| (s.id.as_str(), self.text(&s.id)))
            .collect();
        let first = draft.sections.first().map_or("", |s| s.id.as_str());
        validate::check_comments(
            &self.respondent,
            self.publication,
            &texts,
            first,
            MAX_COMMENT_CHARS,
        )
    }
}

/// The page's state: the reader, and whether another tab's copy replaced it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReaderState {
    /// What they have written.
    pub reader: Reader,
    /// Changes made here since the page opened or adopted another tab's copy: only these are
    /// written back, so opening the page never writes over a copy.
    pub changed_here: u64,
    /// The last change made here could not be stored: another tab's copy is then not adopted,
    /// which would throw away what only this page holds.
    pub unstored: bool,
    /// The stored copy this page last read, wrote or adopted, by id and time: a stored copy
    /// that is not this one was written by another tab whose change this page did not hear (it
    /// was asleep in the back-forward cache, say), and is never written over.
    pub known: Option<(ResponseId, Timestamp)>,
}

impl ReaderState {
    /// The page's state as it opens, with `reader` (stored, or new) and the stored copy it
    /// found, if any.
    pub fn new(reader: Reader, known: Option<(ResponseId, Timestamp)>) -> Self {
        Self {
            reader,
            changed_here: 0,
            unstored: false,
            known,
        }
    }

    /// Whether `stored`, found where this page is about to write, is a copy it has not seen.
    pub fn is_unseen(&self, stored: &Reader) -> bool {
        !self.unstored && self.known != Some((stored.id.clone(), stored.updated))
    }
}

/// What can happen to the state.
pub enum Action {
    /// The reader changed something at a time.
    Edit(Edit, Timestamp),
    /// Another tab stored a copy: adopted if it is newer than this one.
    Elsewhere(Box<Reader>),
    /// A copy another tab stored unheard, found where this page was about to write: adopted,
    /// never written over.
    Unheard(Box<Reader>),
    /// The last change was stored (`true`) or could not be.
    Stored(bool),
    /// The comments were deleted from the device (here or in another tab): this reader starts
    /// afresh.
    Forget(Box<Reader>),
}

impl Reducible for ReaderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Action::Edit(edit, now) => {
                s.reader.apply(edit, now);
                s.changed_here += 1;
            }
            Action::Elsewhere(other) => {
                // Another tab's copy of these comments, or the first copy any tab made while
                // this one was still blank (two tabs opened before either was written).
                let ours = other.id == s.reader.id || s.reader.is_blank();
                if ours && !s.unstored && other.updated > s.reader.updated {
                    s.known = Some((other.id.clone(), other.updated));
                    s.reader = *other;
                } else {
                    return Rc::new(s);
                }
            }
            Action::Unheard(other) => {
                s.known = Some((other.id.clone(), other.updated));
                s.reader = *other;
            }
            Action::Stored(ok) => {
                s.unstored = !ok;
                if ok {
                    s.known = Some((s.reader.id.clone(), s.reader.updated));
                }
            }
            Action::Forget(fresh) => {
                s.reader = *fresh;
                s.unstored = false;
                s.known = None;
            }
        }
        Rc::new(s)
    }
}
