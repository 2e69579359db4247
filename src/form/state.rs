//! The app's state and every change to it, as a reducer: pure, so it is tested natively; storage and downloads happen around it, never in it.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use yew::Reducible;

use crate::core::countries::Country;
use crate::core::response::{
    Capacity, Document, MAX_DOCUMENTS, Publication, QuestionnaireRef, ResponseId, StakeholderGroup,
    Status,
};
use crate::core::store::{Caret, Draft};
use crate::core::time::Timestamp;
use crate::web::storage::{Persistence, StorageError};

/// Everything the form shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The responses on this device, by id.
    pub drafts: BTreeMap<ResponseId, Rc<Draft>>,
    /// Stored entries that could not be read: `(storage key, why)`. They are left in storage.
    pub unreadable: Vec<(String, &'static str)>,
    /// The last storage failure, until a save succeeds again.
    pub storage_error: Option<StorageError>,
    /// When the last save succeeded.
    pub last_saved: Option<Timestamp>,
    /// Responses changed since they were last saved, with the revision of that change.
    pub dirty: BTreeMap<ResponseId, u64>,
    /// Counts changes, so a save can tell whether what it wrote is still the latest.
    pub revision: u64,
    /// Responses whose person tried to finish: their fields show their errors.
    pub attempted_finish: BTreeSet<ResponseId>,
    /// What the browser said about keeping our data.
    pub persistence: Persistence,
    /// Responses removed from the device (shared devices): never saved again, shown only
    /// until the person leaves them.
    pub forgotten: BTreeSet<ResponseId>,
}

impl Default for AppState {
    fn default() -> Self {
        Self {
            drafts: BTreeMap::new(),
            unreadable: Vec::new(),
            storage_error: None,
            last_saved: None,
            dirty: BTreeMap::new(),
            revision: 0,
            attempted_finish: BTreeSet::new(),
            persistence: Persistence::Unknown,
            forgotten: BTreeSet::new(),
        }
    }
}

/// One edit a person makes to a response.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Name.
    Name(String),
    /// Organisation.
    Organisation(String),
    /// Email.
    Email(String),
    /// Capacity.
    Capacity(Capacity),
    /// Stakeholder group.
    Group(StakeholderGroup),
    /// Country (`None` when the empty choice is selected again).
    Country(Option<Country>),
    /// NRI.
    Nri(String),
    /// The answer to a question: `(question id, text)`.
    Answer(String, String),
    /// Publication choice.
    Publication(Publication),
    /// A document's title, link or description: `(document, part, text)`.
    Document(usize, DocumentPart, String),
    /// A new, empty document at the end.
    AddDocument,
    /// Takes document `n` away.
    RemoveDocument(usize),
}

/// A part of a document a person writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentPart {
    /// Its title.
    Title,
    /// Its address.
    Link,
    /// A line about it.
    Description,
}

/// Everything that changes the state.
#[derive(Debug)]
pub enum Action {
    /// What storage held at start.
    Loaded {
        /// Readable drafts.
        drafts: Vec<Draft>,
        /// `(key, message id of why)` for entries that could not be read.
        unreadable: Vec<(String, &'static str)>,
        /// Why storage could not be read at all, if so.
        error: Option<StorageError>,
    },
    /// A new response was started.
    Start(Box<Draft>),
    /// A person changed a field; `caret` is where they are typing.
    Edit {
        /// Which response.
        id: ResponseId,
        /// The change.
        edit: Edit,
        /// Where the caret is now.
        caret: Caret,
        /// When.
        now: Timestamp,
    },
    /// The person switched the page to `language` while this response is open.
    Language {
        /// Which response.
        id: ResponseId,
        /// The language's tag.
        language: String,
    },
    /// This response is shown with the questions of `asked`: a response that does not name its
    /// questionnaire's hash yet (begun by an earlier version) takes it.
    Questionnaire {
        /// Which response.
        id: ResponseId,
        /// The questionnaire it is shown with.
        asked: QuestionnaireRef,
    },
    /// The caret moved without a change.
    Caret {
        /// Which response.
        id: ResponseId,
        /// Where.
        caret: Caret,
    },
    /// These `(id, revision)`s were written to storage at `at`.
    Saved {
        /// When.
        at: Timestamp,
        /// What was written.
        written: Vec<(ResponseId, u64)>,
    },
    /// Writing to storage failed.
    SaveFailed(StorageError),
    /// The person asked to finish but something is missing.
    AttemptFinish(ResponseId),
    /// The person finished and the file was offered for download.
    Finished {
        /// Which response.
        id: ResponseId,
        /// When.
        now: Timestamp,
    },
    /// A copy was downloaded.
    Downloaded {
        /// Which response.
        id: ResponseId,
        /// When.
        at: Timestamp,
    },
    /// A response was deleted from storage.
    Deleted(ResponseId),
    /// A response was removed from storage on a shared device, its file saved: it is never
    /// saved again.
    Forgotten(ResponseId),
    /// The person left the page saying their response was saved. One removed from the device
    /// ([`Action::Forgotten`]) goes from memory too: nothing of it is left for the next person,
    /// not even behind the Back button.
    LeftDone(ResponseId),
    /// Another tab saved this copy of a response.
    ChangedElsewhere(Box<Draft>),
    /// Another tab deleted a response.
    DeletedElsewhere(ResponseId),
    /// The browser answered the persistence request.
    Persistence(Persistence),
}

impl AppState {
    /// The draft with this id.
    pub fn draft(&self, id: &ResponseId) -> Option<&Draft> {
        self.drafts.get(id).map(Rc::as_ref)
    }

    /// Responses, most recently changed first.
    pub fn by_recency(&self) -> Vec<&Draft> {
        let mut all: Vec<&Draft> = self.drafts.values().map(Rc::as_ref).collect();
        all.sort_by(|a, b| {
            b.response
                .updated
                .cmp(&a.response.updated)
                .then(a.response.id.cmp(&b.response.id))
        });
        all
    }

    fn touch(&mut self, id: &ResponseId) {
        self.revision += 1;
        if !self.forgotten.contains(id) {
            self.dirty.insert(id.clone(), self.revision);
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Action::Loaded {
                drafts,
                unreadable,
                error,
            } => {
                for d in drafts {
                    // A response created before storage answered (it cannot be, but) wins over the stored copy.
                    s.drafts
                        .entry(d.response.id.clone())
                        .or_insert_with(|| Rc::new(d));
                }
                s.unreadable = unreadable;
                s.storage_error = error;
            }
            Action::Start(draft) => {
                let id = draft.response.id.clone();
                s.drafts.insert(id.clone(), Rc::new(*draft));
                s.touch(&id);
            }
            Action::Language { id, language } => {
                // A finished response keeps the language it was sent in until it changes.
                let Some(draft) = s.drafts.get_mut(&id) else {
                    return Rc::new(s);
                };
                if draft.response.language == language || draft.response.status != Status::Draft {
                    return Rc::new(s);
                }
                Rc::make_mut(draft).response.language = language;
                s.touch(&id);
            }
            Action::Questionnaire { id, asked } => {
                let Some(draft) = s.drafts.get_mut(&id) else {
                    return Rc::new(s);
                };
                let named = &draft.response.questionnaire;
                if !named.hash.is_empty() || !named.answers(&asked) {
                    return Rc::new(s);
                }
                Rc::make_mut(draft).response.questionnaire = asked;
                s.touch(&id);
            }
            Action::Edit {
                id,
                edit,
                caret,
                now,
            } => {
                let Some(draft) = s.drafts.get_mut(&id) else {
                    return Rc::new(s);
                };
                let draft = Rc::make_mut(draft);
                apply(draft, edit);
                draft.caret = caret;
                draft.response.updated = now;
                // A finished response that changes must be finished (and sent) again.
                draft.response.status = Status::Draft;
                s.touch(&id);
            }
            Action::Caret { id, caret } => {
                let Some(draft) = s.drafts.get_mut(&id) else {
                    return Rc::new(s);
                };
                if draft.caret != caret {
                    Rc::make_mut(draft).caret = caret;
                    s.touch(&id);
                }
            }
            Action::Saved { at, written } => {
                for (id, revision) in written {
                    if s.dirty.get(&id) == Some(&revision) {
                        s.dirty.remove(&id);
                    }
                }
                s.last_saved = Some(at);
                s.storage_error = None;
            }
            Action::SaveFailed(error) => s.storage_error = Some(error),
            Action::AttemptFinish(id) => {
                s.attempted_finish.insert(id);
            }
            Action::Finished { id, now } => {
                let Some(draft) = s.drafts.get_mut(&id) else {
                    return Rc::new(s);
                };
                let draft = Rc::make_mut(draft);
                draft.response.status = Status::Finished;
                draft.response.updated = now;
                draft.last_download = Some(now);
                s.attempted_finish.remove(&id);
                s.touch(&id);
            }
            Action::Downloaded { id, at } => {
                let Some(draft) = s.drafts.get_mut(&id) else {
                    return Rc::new(s);
                };
                Rc::make_mut(draft).last_download = Some(at);
                s.touch(&id);
            }
            Action::Deleted(id) => {
                s.drafts.remove(&id);
                s.dirty.remove(&id);
                s.attempted_finish.remove(&id);
            }
            Action::Forgotten(id) => {
                s.dirty.remove(&id);
                s.forgotten.insert(id);
            }
            Action::LeftDone(id) => {
                if s.forgotten.contains(&id) {
                    s.drafts.remove(&id);
                    s.attempted_finish.remove(&id);
                }
            }
            Action::ChangedElsewhere(theirs) => {
                let id = theirs.response.id.clone();
                match s.drafts.get(&id) {
                    // Ours has changes they have not seen: ours stays, and is saved.
                    Some(ours) if ours.response.updated > theirs.response.updated => {}
                    // Theirs is as new or newer: it is taken; where this tab's caret was stays.
                    ours => {
                        let caret = ours.map(|d| d.caret.clone());
                        let mut theirs = *theirs;
                        if let Some(caret) = caret {
                            theirs.caret = caret;
                        }
                        s.drafts.insert(id.clone(), Rc::new(theirs));
                        s.dirty.remove(&id);
                    }
                }
            }
            Action::DeletedElsewhere(id) => {
                // Unsaved typing here is never thrown away: it is saved again.
                if !s.dirty.contains_key(&id) {
                    s.drafts.remove(&id);
                    s.attempted_finish.remove(&id);
                }
            }
            Action::Persistence(p) => s.persistence = p,
        }
        Rc::new(s)
    }
}

fn apply(draft: &mut Draft, edit: Edit) {
    let r = &mut draft.response;
    let p = &mut r.respondent;
    match edit {
        Edit::Name(v) => p.name = v,
        Edit::Organisation(v) => p.organisation = v,
        Edit::Email(v) => p.email = v,
        Edit::Capacity(v) => p.capacity = Some(v),
        Edit::Group(v) => p.stakeholder_group = Some(v),
        Edit::Country(v) => p.country = v,
        Edit::Nri(v) => p.nri = v,
        Edit::Answer(q, text) => r.set_answer(&q, text),
        Edit::Publication(v) => r.publication = Some(v),
        Edit::Document(n, part, v) => {
            if let Some(d) = r.documents.get_mut(n) {
                match part {
                    DocumentPart::Title => d.title = v,
                    DocumentPart::Link => d.link = v,
                    DocumentPart::Description => d.description = v,
                }
            }
        }
        Edit::AddDocument => {
            if r.documents.len() < MAX_DOCUMENTS {
                r.documents.push(Document::default());
            }
        }
        Edit::RemoveDocument(n) => {
            if n < r.documents.len() {
                r.documents.remove(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::response::{QuestionnaireRef, Response, Source};

    fn draft(seed: u8) -> Draft {
        Draft {
            response: Response::new(
                ResponseId::from_random_bytes([seed; 16]),
                QuestionnaireRef {
                    id: "igf-bpf-cybersecurity-2016".into(),
                    version: 1,
                    hash: String::new(),
                },
                Timestamp::from_millis(0),
                "en",
                Source::default(),
            ),
            caret: Caret::default(),
            last_download: None,
        }
    }

    fn edit(id: &ResponseId, text: &str, at: i64) -> Action {
        Action::Edit {
            id: id.clone(),
            edit: Edit::Answer("q1".into(), text.into()),
            caret: Caret {
                field: "answer-q1".into(),
                start: text.len() as u32,
                end: text.len() as u32,
            },
            now: Timestamp::from_millis(at),
        }
    }

    #[test]
    fn a_save_clears_only_what_it_wrote() {
        let d = draft(1);
        let id = d.response.id.clone();
        let s = Rc::new(AppState::default())
            .reduce(Action::Start(Box::new(d)))
            .reduce(edit(&id, "a", 5));
        let written = vec![(id.clone(), s.dirty[&id])];
        // A keystroke lands between the write and its acknowledgement.
        let s = s.reduce(edit(&id, "ab", 6)).reduce(Action::Saved {
            at: Timestamp::from_millis(7),
            written,
        });
        assert!(s.dirty.contains_key(&id), "the newer text is still unsaved");
        let written = vec![(id.clone(), s.dirty[&id])];
        let s = s.reduce(Action::Saved {
            at: Timestamp::from_millis(8),
            written,
        });
        assert!(s.dirty.is_empty());
        assert_eq!(s.draft(&id).unwrap().response.answer("q1"), "ab");
    }

    #[test]
    fn a_draft_begun_before_hashes_takes_the_hash_of_the_questions_it_is_shown_with() {
        let d = draft(4);
        let id = d.response.id.clone();
        let builtin = crate::core::questionnaire::builtin().reference();
        let s = Rc::new(AppState::default()).reduce(Action::Start(Box::new(d)));
        let before = s.dirty[&id];
        let s = s.reduce(Action::Questionnaire {
            id: id.clone(),
            asked: builtin.clone(),
        });
        assert_eq!(s.draft(&id).unwrap().response.questionnaire, builtin);
        assert!(s.dirty[&id] > before, "saved again, with its hash");
        // Never another questionnaire's, nor a hash it already names.
        let other = QuestionnaireRef {
            id: "other".into(),
            version: 1,
            hash: "f".repeat(64),
        };
        let mut again = draft(5);
        again.response.questionnaire.hash = "e".repeat(64);
        let (first, second) = (draft(6), again);
        let ids = (first.response.id.clone(), second.response.id.clone());
        let s = s
            .reduce(Action::Start(Box::new(first)))
            .reduce(Action::Start(Box::new(second)))
            .reduce(Action::Questionnaire {
                id: ids.0.clone(),
                asked: other,
            })
            .reduce(Action::Questionnaire {
                id: ids.1.clone(),
                asked: builtin,
            });
        assert_eq!(s.draft(&ids.0).unwrap().response.questionnaire.hash, "");
        assert_eq!(
            s.draft(&ids.1).unwrap().response.questionnaire.hash,
            "e".repeat(64)
        );
    }

    #[test]
    fn a_failed_save_keeps_the_text_and_says_why() {
        let d = draft(2);
        let id = d.response.id.clone();
        let s = Rc::new(AppState::default())
            .reduce(Action::Start(Box::new(d)))
            .reduce(edit(&id, "kept", 1))
            .reduce(Action::SaveFailed(StorageError::Full));
        assert_eq!(s.storage_error, Some(StorageError::Full));
        assert_eq!(s.draft(&id).unwrap().response.answer("q1"), "kept");
        assert!(s.dirty.contains_key(&id));
    }

    #[test]
    fn editing_a_finished_response_makes_it_a_draft_again() {
        let d = draft(3);
        let id = d.response.id.clone();
        let s = Rc::new(AppState::default())
            .reduce(Action::Start(Box::new(d)))
            .reduce(Action::Finished {
                id: id.clone(),
                now: Timestamp::from_millis(9),
            });
        assert_eq!(s.draft(&id).unwrap().response.status, Status::Finished);
        assert_eq!(
            s.draft(&id).unwrap().last_download,
            Some(Timestamp::from_millis(9))
        );
        let s = s.reduce(edit(&id, "more", 10));
        assert_eq!(s.draft(&id).unwrap().response.status, Status::Draft);
    }

    #[test]
    fn another_tabs_newer_copy_is_taken_and_a_stale_caret_never_wins() {
        // Tab B opened the response, then tab A typed more and saved it.
        let d = draft(6);
        let id = d.response.id.clone();
        let stale = Rc::new(AppState::default()).reduce(Action::Loaded {
            drafts: vec![d.clone()],
            unreadable: Vec::new(),
            error: None,
        });
        let mut newer = d.clone();
        newer
            .response
            .set_answer("q1", "typed in the other tab".into());
        newer.response.updated = Timestamp::from_millis(20);
        // A click in tab B moves its caret: the draft is marked for saving...
        let s = stale.reduce(Action::Caret {
            id: id.clone(),
            caret: Caret {
                field: "answer-q2".into(),
                start: 0,
                end: 0,
            },
        });
        assert!(s.dirty.contains_key(&id));
        assert!(crate::core::store::stored_is_newer(
            s.draft(&id).unwrap(),
            &newer
        ));
        // ...and the save finds the newer copy and takes it instead of writing.
        let s = s.reduce(Action::ChangedElsewhere(Box::new(newer.clone())));
        let kept = s.draft(&id).unwrap();
        assert_eq!(kept.response.answer("q1"), "typed in the other tab");
        assert_eq!(kept.caret.field, "answer-q2", "this tab's caret stays");
        assert!(s.dirty.is_empty(), "nothing left to write over it");
    }

    #[test]
    fn unsaved_typing_here_outlives_an_older_copy_or_a_deletion_elsewhere() {
        let d = draft(7);
        let id = d.response.id.clone();
        let older = d.clone();
        let s = Rc::new(AppState::default())
            .reduce(Action::Start(Box::new(d)))
            .reduce(edit(&id, "mine", 30))
            .reduce(Action::ChangedElsewhere(Box::new(older)));
        assert_eq!(s.draft(&id).unwrap().response.answer("q1"), "mine");
        assert!(s.dirty.contains_key(&id));
        let s = s.reduce(Action::DeletedElsewhere(id.clone()));
        assert_eq!(s.draft(&id).unwrap().response.answer("q1"), "mine");
        // Once saved, a deletion elsewhere removes it here too.
        let written = vec![(id.clone(), s.dirty[&id])];
        let s = s
            .reduce(Action::Saved {
                at: Timestamp::from_millis(31),
                written,
            })
            .reduce(Action::DeletedElsewhere(id.clone()));
        assert!(s.draft(&id).is_none());
    }

    #[test]
    fn a_response_forgotten_on_a_shared_device_is_never_saved_again() {
        let d = draft(8);
        let id = d.response.id.clone();
        let s = Rc::new(AppState::default())
            .reduce(Action::Start(Box::new(d)))
            .reduce(edit(&id, "mine", 5))
            .reduce(Action::Finished {
                id: id.clone(),
                now: Timestamp::from_millis(6),
            })
            .reduce(Action::Forgotten(id.clone()));
        assert!(s.dirty.is_empty());
        let s = s.reduce(edit(&id, "more", 7));
        assert!(s.dirty.is_empty(), "nothing brings it back to storage");
        assert_eq!(s.draft(&id).unwrap().response.answer("q1"), "more");
    }

    #[test]
    fn a_forgotten_response_leaves_memory_with_its_done_page_and_no_other_does() {
        let (a, b) = (draft(8), draft(9));
        let (ida, idb) = (a.response.id.clone(), b.response.id.clone());
        let s = Rc::new(AppState::default())
            .reduce(Action::Start(Box::new(a)))
            .reduce(Action::Start(Box::new(b)))
            .reduce(Action::Forgotten(ida.clone()))
            .reduce(Action::LeftDone(idb.clone()));
        assert!(
            s.draft(&idb).is_some(),
            "a response kept on the device stays"
        );
        assert!(s.draft(&ida).is_some(), "its done page is still on screen");
        let s = s.reduce(Action::LeftDone(ida.clone()));
        assert!(s.draft(&ida).is_none());
        assert!(!s.dirty.contains_key(&ida), "nor is it saved");
    }

    #[test]
    fn most_recent_first() {
        let (a, b) = (draft(4), draft(5));
        let (ia, ib) = (a.response.id.clone(), b.response.id.clone());
        let s = Rc::new(AppState::default())
            .reduce(Action::Start(Box::new(a)))
            .reduce(Action::Start(Box::new(b)))
            .reduce(edit(&ia, "x", 50));
        let order: Vec<_> = s
            .by_recency()
            .iter()
            .map(|d| d.response.id.clone())
            .collect();
        assert_eq!(order, [ia.clone(), ib]);
        let s = s.reduce(Action::Deleted(ia.clone()));
        assert!(s.draft(&ia).is_none() && !s.dirty.contains_key(&ia));
    }
}
