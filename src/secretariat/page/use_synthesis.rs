//! The synthesis page's handle: the state and the worker behind methods that say what the secretariat does (load files, give the identity file, filter, read a question, search, export). The page's root makes it with [`use_synthesis_root`]; children take it with [`use_synthesis`].

use std::rc::Rc;

use yew::prelude::*;
use yew_agent::reactor::{ReactorEvent, UseReactorBridgeHandle, use_reactor_bridge};

use super::state::{Action, EditProblem, FileNote, PageError, SynthesisState, WorkspaceProblem};
use crate::core::crypto;
use crate::core::edits::{Change, Decisions, Edit, Edits};
use crate::core::export::ExportKind;
use crate::core::filename;
use crate::core::format::APP_VERSION;
use crate::core::import::{self, Limits};
use crate::core::questionnaire;
use crate::core::synthesis::AnswerRow;
use crate::core::synthesis::{Dimension, Filter};
use crate::core::tabular;
use crate::core::workspace_file::{self, Kept, WorkspaceFile, WorkspaceFileError, merge_edits};
use crate::secretariat::protocol::{AnswersQuery, IncomingFile, Reply, Request, TableImport};
use crate::secretariat::worker::SynthesisReactor;
use crate::web::storage::StorageError;
use crate::web::workspace::{self, StoredFile};
use crate::web::{download, files, locale, platform};

/// The synthesis worker's script, beside this page.
pub const WORKER_SCRIPT: &str = "worker.js";

/// The review page's template, built beside this page (`dist/review/`).
pub const REVIEW_TEMPLATE: &str = "../review/bpf-review-template.html";

/// The page's state and the person's actions.
#[derive(Clone, PartialEq)]
pub struct SynthesisHandle {
    state: UseReducerHandle<SynthesisState>,
    worker: UseReactorBridgeHandle<SynthesisReactor>,
    decisions: Rc<Decisions>,
}

impl SynthesisHandle {
    /// The current state.
    pub fn state(&self) -> &SynthesisState {
        &self.state
    }

    /// What the edits come to (worked out once per change of the edits).
    pub fn decisions(&self) -> Rc<Decisions> {
        self.decisions.clone()
    }

    /// Loads files: each is read in turn and sent to the worker, so thousands of them never
    /// hold the page; then the batch is kept in the workspace, all of it or none of it.
    pub fn load_files(&self, chosen: Vec<web_sys::File>) {
        // What a chosen folder hides (`.git/`, `.DS_Store`) is not what the person chose; the
        // folder's own name, and a file chosen by itself, are.
        let chosen = chosen.into_iter().filter(|f| {
            let path = files::path(f);
            !path
                .split_once('/')
                .is_some_and(|(_, inside)| import::is_hidden(inside))
        });
        // A `.txt` file may be a table (Excel's "Unicode Text") or an identity file: read
        // first, to tell.
        let (texts, chosen): (Vec<web_sys::File>, Vec<web_sys::File>) =
            chosen.partition(|f| f.name().to_lowercase().ends_with(".txt"));
        if texts.is_empty() {
            return self.load_sorted(chosen);
        }
        let (handle, worker) = (self.clone(), self.worker.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let mut chosen = chosen;
            for file in texts {
                let read = files::read(&file, Limits::default().max_file_bytes).await;
                if tabular::is_table(&read.name, &read.bytes) {
                    worker.send(Request::ReadTable {
                        name: read.name,
                        size: read.size,
                        bytes: read.bytes,
                    });
                } else {
                    chosen.push(file);
                }
            }
            handle.load_sorted(chosen);
        });
    }

    /// [`Self::load_files`] once `.txt` tables are told apart.
    fn load_sorted(&self, chosen: Vec<web_sys::File>) {
        // Exports of other survey tools are read as tables, to map before they load.
        let (tables, chosen): (Vec<web_sys::File>, Vec<web_sys::File>) = chosen
            .into_iter()
            .partition(|f| tabular::is_table_name(&f.name()));
        let max = Limits::default().max_file_bytes;
        for table in tables {
            let worker = self.worker.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let read = files::read(&table, max).await;
                worker.send(Request::ReadTable {
                    name: read.name,
                    size: read.size,
                    bytes: read.bytes,
                });
            });
        }
        if chosen.is_empty() {
            return;
        }
        let total = chosen.len();
        self.state.dispatch(Action::StartLoading(total));
        let worker = self.worker.clone();
        let dispatcher = self.state.dispatcher();
        wasm_bindgen_futures::spawn_local(async move {
            let mut batch = Vec::with_capacity(total);
            for (i, file) in chosen.iter().enumerate() {
                let read = files::read(file, max).await;
                // An identity file is never kept: it is asked for again after a reload.
                if !crypto::holds_secret_key(&read.bytes) {
                    batch.push(StoredFile {
                        name: read.name.clone(),
                        size: read.size,
                        bytes: read.bytes.clone(),
                    });
                }
                worker.send(Request::AddFile(IncomingFile {
                    name: read.name,
                    size: read.size,
                    bytes: read.bytes,
                    index: i + 1,
                    total,
                }));
            }
            // A workspace never named (the first one) is made unnamed; any other already is.
            let current = workspace::current();
            match workspace::append(&current, "", &batch).await {
                Ok(()) => {
                    dispatcher.dispatch(Action::Kept(batch.len()));
                    dispatcher.dispatch(Action::Opened(current, listed().await));
                }
                Err(e) => dispatcher.dispatch(Action::WorkspaceFailed(problem(&e, batch.len()))),
            }
            dispatcher.dispatch(Action::Storage(workspace::usage().await, None));
        });
    }

    /// Makes responses of a table under the mapping the secretariat chose; they load, and are
    /// kept, as bundles.
    pub fn import_table(&self, how: TableImport) {
        let rows = self.state.tables.iter().find(|t| t.name == how.name);
        let rows = rows.map_or(0, |t| t.rows);
        self.state.dispatch(Action::StartImporting(rows));
        self.state.dispatch(Action::TableDone(how.name.clone()));
        self.worker.send(Request::ImportTable(how));
    }

    /// Sets a table aside without importing it.
    pub fn forget_table(&self, name: String) {
        self.state.dispatch(Action::TableDone(name.clone()));
        self.worker.send(Request::ForgetTable(name));
    }

    /// Asks to confirm deleting the open workspace, or stops asking.
    pub fn confirm_delete(&self, on: bool) {
        self.state.dispatch(Action::ConfirmDelete(on));
    }

    /// Deletes the open workspace (its files and filter) and opens another.
    pub fn delete_workspace(&self) {
        let dispatcher = self.state.dispatcher();
        let current = self.state.workspace.current.clone();
        let next = self
            .state
            .workspace
            .list
            .iter()
            .map(|(id, _)| id.clone())
            .find(|id| *id != current)
            .unwrap_or_else(|| workspace::FIRST.to_string());
        wasm_bindgen_futures::spawn_local(async move {
            match workspace::delete(&current).await {
                Ok(()) => {
                    // A tab that shows it is told, before it adds files to what is gone.
                    if let Ok(c) = web_sys::BroadcastChannel::new(TABS) {
                        let _ = c.post_message(&format!("deleted:{current}").into());
                        c.close();
                    }
                    switch(&next)
                }
                Err(_) => {
                    dispatcher.dispatch(Action::WorkspaceFailed(WorkspaceProblem::NotChanged))
                }
            }
        });
    }

    /// Opens another workspace (the page starts again with it).
    pub fn open_workspace(&self, id: String) {
        switch(&id);
    }

    /// Makes a new workspace named `name` and opens it.
    pub fn new_workspace(&self, name: String) {
        let dispatcher = self.state.dispatcher();
        let id = new_workspace_id();
        wasm_bindgen_futures::spawn_local(async move {
            match workspace::name(&id, name.trim()).await {
                Ok(()) => switch(&id),
                Err(_) => {
                    dispatcher.dispatch(Action::WorkspaceFailed(WorkspaceProblem::NotChanged))
                }
            }
        });
    }

    /// Makes the open workspace one for questionnaire `json` (its file; `None`: the built-in
    /// one), while it holds no files: its responses load from then on, any other's are refused.
    /// A file that is not a questionnaire is refused with the reason, and nothing changes.
    pub fn choose_questionnaire(&self, json: Option<String>) {
        let dispatcher = self.state.dispatcher();
        let parsed = match &json {
            None => Ok(questionnaire::builtin()),
            Some(text) => questionnaire::parse(text),
        };
        let q = match parsed {
            Ok(q) => Rc::new(q),
            Err(e) => return dispatcher.dispatch(Action::QuestionnaireRefused(e)),
        };
        let kept = workspace_file::questionnaire_kept(&q);
        self.worker
            .send(Request::Questionnaire(questionnaire::to_json(&q)));
        dispatcher.dispatch(Action::Questionnaire(q));
        wasm_bindgen_futures::spawn_local(async move {
            let current = workspace::current();
            match workspace::save_questionnaire(&current, kept.as_deref()).await {
                Ok(()) => dispatcher.dispatch(Action::Opened(current, listed().await)),
                Err(_) => {
                    dispatcher.dispatch(Action::WorkspaceFailed(WorkspaceProblem::NotChanged))
                }
            }
        });
    }

    /// Reads a questionnaire file the person chose and makes the workspace one for it.
    pub fn open_questionnaire(&self, file: web_sys::File) {
        let handle = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let read = files::read(&file, questionnaire::limits::FILE_BYTES).await;
            if read.size > questionnaire::limits::FILE_BYTES {
                let e = questionnaire::QuestionnaireError::TooLarge(read.size);
                return handle.state.dispatch(Action::QuestionnaireRefused(e));
            }
            let text = String::from_utf8_lossy(&read.bytes).into_owned();
            handle.choose_questionnaire(Some(text));
        });
    }

    /// Renames the open workspace.
    pub fn rename_workspace(&self, name: String) {
        let dispatcher = self.state.dispatcher();
        let current = self.state.workspace.current.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let name = name.trim().to_string();
            match workspace::name(&current, &name).await {
                Ok(()) => dispatcher.dispatch(Action::Renamed(name)),
                Err(_) => {
                    dispatcher.dispatch(Action::WorkspaceFailed(WorkspaceProblem::NotChanged))
                }
            }
        });
    }

    /// Gives the worker the secretariat's identity file, to read the encrypted files with.
    pub fn give_identity(&self, file: web_sys::File) {
        let worker = self.worker.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // An unreadable file reads as empty, which the worker says holds no key.
            let text = files::read_text(&file).await.unwrap_or_default();
            worker.send(Request::Identity(text));
        });
    }

    /// Chooses or drops a filter key.
    pub fn toggle(&self, dimension: Dimension, key: String, on: bool) {
        self.state.dispatch(Action::Toggle(dimension, key, on));
    }

    /// Reads unfinished drafts as sent (quoted and listed under their publication choice), or not.
    pub fn read_drafts(&self, on: bool) {
        self.state.dispatch(Action::Drafts(on));
    }

    /// Drops every filter.
    pub fn clear_filter(&self) {
        self.state.dispatch(Action::ClearFilter);
    }

    /// Shows question `index`.
    pub fn show_question(&self, index: usize) {
        self.state.dispatch(Action::Question(index));
    }

    /// Searches the answers on show.
    pub fn search(&self, words: String) {
        self.state.dispatch(Action::Search(words));
    }

    /// Shows more of the answers.
    pub fn show_more_answers(&self) {
        self.state.dispatch(Action::MoreAnswers);
    }

    /// Asks for an export of the responses the filter admits, as edited, a document in
    /// `language`; it is downloaded when ready. The worker is first given the language's
    /// messages (fetched, or from the browser's cache), unless it is English, built in.
    pub fn export(&self, kind: ExportKind, language: &'static str) {
        let excluded = self.decisions.excluded_ids();
        let export = Request::Export {
            kind,
            filter: self.state.filter.excluding(excluded),
            language: language.to_string(),
        };
        self.in_language(language, export);
    }

    /// Publishes a draft of Part II for the review round as `version`, in `language` and
    /// English, comment files to be encrypted to `key` if given: as a draft file, or, if
    /// `page`, as the review page readers comment on (the template fetched from the site's
    /// `review/`). Its comment files come back as Part III A.
    pub fn publish_draft(
        &self,
        version: String,
        language: &'static str,
        key: Option<String>,
        page: bool,
    ) {
        let excluded = self.decisions.excluded_ids();
        let mut languages = vec![language.to_string()];
        if language != crate::i18n::DEFAULT_LANGUAGE {
            languages.push(crate::i18n::DEFAULT_LANGUAGE.to_string());
        }
        let draft = |template| Request::Draft {
            filter: self.state.filter.excluding(excluded.clone()),
            version: version.clone(),
            languages: languages.clone(),
            key: key.clone(),
            template,
        };
        if !page {
            self.in_language(language, draft(None));
            return;
        }
        self.state.dispatch(Action::Exporting);
        let (handle, mut request) = (self.clone(), draft(Some(String::new())));
        wasm_bindgen_futures::spawn_local(async move {
            let fetched = platform::fetch_text(REVIEW_TEMPLATE, &web_sys::RequestInit::new()).await;
            match fetched {
                Ok(text) => {
                    if let Request::Draft { template, .. } = &mut request {
                        *template = Some(text);
                    }
                    handle.in_language(language, request);
                }
                Err(e) => handle
                    .state
                    .dispatch(Action::Failed(PageError::ReviewPage(e))),
            }
        });
    }

    /// Sends `request` for a document in `language`, the worker given the language's messages
    /// first (fetched, or from the browser's cache) unless it is English, built in.
    fn in_language(&self, language: &'static str, export: Request) {
        self.state.dispatch(Action::Exporting);
        if language == crate::i18n::DEFAULT_LANGUAGE {
            self.worker.send(export);
            return;
        }
        let (worker, dispatcher) = (self.worker.clone(), self.state.dispatcher());
        wasm_bindgen_futures::spawn_local(async move {
            match locale::files(language).await {
                Ok((messages, synthesis)) => {
                    worker.send(Request::Language {
                        tag: language.to_string(),
                        messages,
                        synthesis,
                    });
                    worker.send(export);
                }
                Err(e) => dispatcher.dispatch(Action::Failed(PageError::Language(language, e))),
            }
        });
    }

    /// Makes an edit, recorded with the time and the person's name.
    pub fn edit(&self, change: Change) {
        let edit = Edit {
            at: platform::now(),
            by: self.state.editor.clone(),
            change,
        };
        self.change_edits(move |edits| edits.make(edit.clone()));
    }

    /// Pins an answer as one of its question's chosen quotes, unless its author does not allow
    /// quotes, which the page then says.
    pub fn pin(&self, question: String, row: &AnswerRow) {
        if !row.quotable {
            self.state
                .dispatch(Action::PinRefused(Some(row.response.clone())));
            return;
        }
        self.state.dispatch(Action::PinRefused(None));
        self.edit(Change::Pin {
            question,
            response: row.response.clone(),
        });
    }

    /// Undoes the last edit.
    pub fn undo(&self) {
        self.change_edits(|edits| edits.undo().is_some());
    }

    /// Makes the last undone edit again.
    pub fn redo(&self) {
        self.change_edits(|edits| edits.redo().is_some());
    }

    /// Downloads the open workspace (its kept files, the filter and the edits) as one file.
    pub fn download_workspace(&self) {
        let dispatcher = self.state.dispatcher();
        let w = &self.state.workspace;
        let name = w
            .list
            .iter()
            .find(|(id, _)| *id == w.current)
            .map(|(_, n)| n.clone())
            .unwrap_or_default();
        let filter = self.state.filter.clone();
        let edits = (*self.state.edits).clone();
        let questionnaire = workspace_file::questionnaire_kept(&self.state.questionnaire);
        wasm_bindgen_futures::spawn_local(async move {
            let stored = match workspace::load(&workspace::current()).await {
                Ok(stored) => stored,
                Err(e) => {
                    let full = matches!(e, StorageError::Full);
                    dispatcher.dispatch(Action::FileNote(FileNote::NotKept { full }));
                    return;
                }
            };
            if !workspace_file::fits(stored.files.iter().map(|f| f.bytes.len())) {
                dispatcher.dispatch(Action::FileNote(FileNote::TooLargeToWrite));
                return;
            }
            let now = platform::now();
            let text = workspace_file::write(
                &name,
                &filter,
                &edits,
                stored.files.iter().map(|f| Kept {
                    name: &f.name,
                    size: f.size,
                    bytes: &f.bytes,
                }),
                questionnaire.as_deref(),
                now,
                APP_VERSION,
            );
            let filename = filename::workspace_filename(&name, now);
            if let Err(e) = download::save_file(&filename, "application/json", &text) {
                dispatcher.dispatch(Action::Failed(PageError::Download(e)));
            }
        });
    }

    /// Opens a workspace file as a new workspace of this browser (all of it kept, or none),
    /// and the page starts again with it.
    pub fn open_workspace_file(&self, file: web_sys::File) {
        let dispatcher = self.state.dispatcher();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(w) = read_workspace_file(&file, &dispatcher).await else {
                return;
            };
            let id = new_workspace_id();
            let stored: Vec<StoredFile> = w
                .files
                .into_iter()
                .map(|f| StoredFile {
                    name: f.name,
                    size: f.size,
                    bytes: f.bytes,
                })
                .collect();
            let filter = serde_json::to_string(&w.filter).unwrap_or_default();
            let edits = serde_json::to_string(&w.edits).unwrap_or_default();
            let questionnaire = w.questionnaire.as_deref();
            match workspace::create(&id, &w.name, &stored, &filter, &edits, questionnaire).await {
                Ok(()) => switch(&id),
                Err(e) => {
                    let full = matches!(e, StorageError::Full);
                    dispatcher.dispatch(Action::FileNote(FileNote::NotKept { full }));
                }
            }
        });
    }

    /// Adds a colleague's workspace file to the open workspace: their files not kept here yet,
    /// and their edits not made here yet; where both decided differently, nothing changes and
    /// the page asks which to keep.
    pub fn merge_workspace_file(&self, file: web_sys::File) {
        let dispatcher = self.state.dispatcher();
        let worker = self.worker.clone();
        let mine_now = (*self.state.edits).clone();
        let ours = self.state.questionnaire.hash.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(theirs) = read_workspace_file(&file, &dispatcher).await else {
                return;
            };
            // Responses to two questionnaires are never mixed: their workspace opens on its own.
            let their_questionnaire = workspace_file::questionnaire_of(&theirs);
            if their_questionnaire.as_ref().map(|q| &q.hash) != Some(&ours) {
                let id = their_questionnaire.map(|q| q.id).unwrap_or_default();
                let refused = WorkspaceFileError::OtherQuestionnaire(id);
                dispatcher.dispatch(Action::FileNote(FileNote::Refused(refused)));
                return;
            }
            let current = workspace::current();
            let not_kept = |e: StorageError| {
                let full = matches!(e, StorageError::Full);
                dispatcher.dispatch(Action::FileNote(FileNote::NotKept { full }));
            };
            let kept = match workspace::load(&current).await {
                Ok(kept) => kept,
                Err(e) => return not_kept(e),
            };
            let known: std::collections::BTreeSet<String> = kept
                .files
                .iter()
                .map(|f| workspace_file::sha256_hex(&f.bytes))
                .collect();
            let new: Vec<StoredFile> = theirs
                .files
                .into_iter()
                .filter(|f| !known.contains(&f.sha256))
                .map(|f| StoredFile {
                    name: f.name,
                    size: f.size,
                    bytes: f.bytes,
                })
                .collect();
            // The files first, all or none; then the edits, in one transaction of their own.
            if !new.is_empty() {
                if let Err(e) = workspace::append(&current, "", &new).await {
                    return not_kept(e);
                }
                dispatcher.dispatch(Action::Kept(new.len()));
            }
            let mut outcome = (Edits::default(), Vec::new(), 0);
            let merged = workspace::update_edits(&current, |json| {
                let mine = match json.as_deref().map(serde_json::from_str::<Edits>) {
                    None => mine_now.clone(),
                    Some(Ok(mine)) => mine,
                    Some(Err(_)) => return None,
                };
                let (merged, conflicts) = merge_edits(&mine, &theirs.edits);
                let added = merged.done.len() - mine.done.len();
                let json = serde_json::to_string(&merged).ok();
                outcome = (merged, conflicts, added);
                json
            })
            .await;
            let (edits, conflicts, added) = outcome;
            match merged {
                Ok(_) if added > 0 || !conflicts.is_empty() => {
                    dispatcher.dispatch(Action::EditsKept(edits));
                    tell_tabs(&format!("edited:{current}"));
                }
                Ok(_) => {}
                Err(e) => return not_kept(e),
            }
            dispatcher.dispatch(Action::Conflicts(conflicts));
            let total = new.len();
            send_kept(&worker, &dispatcher, new);
            dispatcher.dispatch(Action::FileNote(FileNote::Merged {
                files: total,
                edits: added,
            }));
            dispatcher.dispatch(Action::Storage(workspace::usage().await, None));
        });
    }

    /// Settles conflict `index`: the colleague's decision is made (`take`), or the person's kept.
    pub fn settle(&self, index: usize, take: bool) {
        if take && let Some(c) = self.state.workspace.conflicts.get(index) {
            let edit = c.take_theirs.clone();
            self.change_edits(move |edits| edits.make(edit.clone()));
        }
        self.state.dispatch(Action::Settled(index));
    }

    /// The person's name, recorded with their edits and remembered in this browser.
    pub fn set_editor(&self, name: String) {
        if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = s.set_item(EDITOR, &name);
        }
        self.state.dispatch(Action::Editor(name));
    }

    /// Changes the edits with `op` (which says whether it changed them): on the edits this
    /// browser keeps, in one transaction, so an edit made in another tab is never written over;
    /// if they cannot be kept, on the page's copy, and the page says so.
    fn change_edits(&self, op: impl Fn(&mut Edits) -> bool + 'static) {
        if !self.state.edits_read {
            return;
        }
        let dispatcher = self.state.dispatcher();
        let mine = (*self.state.edits).clone();
        wasm_bindgen_futures::spawn_local(async move {
            let current = workspace::current();
            let mut unreadable = false;
            let kept = workspace::update_edits(&current, |kept| {
                let mut edits = match kept.as_deref().map(serde_json::from_str::<Edits>) {
                    None => mine.clone(),
                    Some(Ok(edits)) => edits,
                    Some(Err(_)) => {
                        unreadable = true;
                        return None;
                    }
                };
                op(&mut edits)
                    .then(|| serde_json::to_string(&edits).ok())
                    .flatten()
            })
            .await;
            match kept {
                _ if unreadable => {
                    dispatcher.dispatch(Action::EditsNotKept(mine, EditProblem::Unreadable))
                }
                Ok(json) => {
                    let edits = json
                        .and_then(|j| serde_json::from_str::<Edits>(&j).ok())
                        .unwrap_or_else(|| mine.clone());
                    dispatcher.dispatch(Action::EditsKept(edits));
                    tell_tabs(&format!("edited:{current}"));
                }
                Err(e) => {
                    let mut edits = mine;
                    op(&mut edits);
                    let full = matches!(e, StorageError::Full);
                    dispatcher.dispatch(Action::EditsNotKept(edits, EditProblem::NotKept { full }));
                }
            }
        });
    }
}

/// A workspace file chosen by the person, read and checked; `None` (and the page says why) when
/// it cannot be used.
async fn read_workspace_file(
    file: &web_sys::File,
    dispatcher: &UseReducerDispatcher<SynthesisState>,
) -> Option<WorkspaceFile> {
    let read = files::read(file, workspace_file::MAX_BYTES).await;
    let checked = if read.size > workspace_file::MAX_BYTES {
        Err(WorkspaceFileError::TooLarge)
    } else {
        workspace_file::read(&read.bytes)
    };
    checked
        .map_err(|e| dispatcher.dispatch(Action::FileNote(FileNote::Refused(e))))
        .ok()
}

/// Sends kept files to the worker as a batch, as if chosen again, in the order they were kept.
fn send_kept(
    worker: &UseReactorBridgeHandle<SynthesisReactor>,
    dispatcher: &UseReducerDispatcher<SynthesisState>,
    files: Vec<StoredFile>,
) {
    let total = files.len();
    if total > 0 {
        dispatcher.dispatch(Action::StartLoading(total));
    }
    for (i, file) in files.into_iter().enumerate() {
        worker.send(Request::AddFile(IncomingFile {
            name: file.name,
            size: file.size,
            bytes: file.bytes,
            index: i + 1,
            total,
        }));
    }
}

/// A new workspace's id.
fn new_workspace_id() -> String {
    format!(
        "workspace-{}",
        platform::random_bytes::<8>()
            .map(|b| b.iter().map(|x| format!("{x:02x}")).collect::<String>())
            .unwrap_or_default()
    )
}

/// Where the person's name for the history of edits is remembered (`localStorage`).
const EDITOR: &str = "bpf-survey-editor";

/// Says `what` to the other tabs of this browser with the synthesis page open.
fn tell_tabs(what: &str) {
    if let Ok(c) = web_sys::BroadcastChannel::new(TABS) {
        let _ = c.post_message(&what.into());
        c.close();
    }
}

/// The channel on which tabs of this browser say which workspace they have open.
const TABS: &str = "bpf-survey-workspace-tabs";

/// Opens workspace `id`: remembered as the one to open, and the page starts again with it, so
/// the worker holds only its files.
fn switch(id: &str) {
    workspace::choose(id);
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The workspaces as the page lists them.
async fn listed() -> Vec<(String, String)> {
    workspace::list()
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|w| (w.id, w.name))
        .collect()
}

/// The edits kept as JSON, read: none kept is none made; unreadable ones are left alone.
fn read_edits(json: Option<&str>) -> Action {
    match json.map(serde_json::from_str::<Edits>) {
        None => Action::EditsKept(Edits::default()),
        Some(Ok(edits)) => Action::EditsKept(edits),
        Some(Err(_)) => Action::EditsNotKept(Edits::default(), EditProblem::Unreadable),
    }
}

/// What the page says of a workspace that could not be kept.
fn problem(e: &StorageError, files: usize) -> WorkspaceProblem {
    match e {
        StorageError::Unavailable(_) => WorkspaceProblem::Unavailable,
        StorageError::Full => WorkspaceProblem::NotKept { files, full: true },
        StorageError::Failed(_) => WorkspaceProblem::NotKept { files, full: false },
    }
}

/// Reopens the workspace this browser keeps: its files go to the worker as if chosen again, in
/// the same order, and its filter is restored; then asks the browser to keep the site's data.
#[hook]
fn use_workspace(
    worker: &UseReactorBridgeHandle<SynthesisReactor>,
    state: &UseReducerHandle<SynthesisState>,
) {
    {
        let worker = worker.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let current = workspace::current();
                dispatcher.dispatch(Action::Opened(current.clone(), listed().await));
                if let Some(name) = web_sys::window()
                    .and_then(|w| w.local_storage().ok().flatten())
                    .and_then(|s| s.get_item(EDITOR).ok().flatten())
                {
                    dispatcher.dispatch(Action::Editor(name));
                }
                match workspace::load(&current).await {
                    Ok(stored) => {
                        // The questionnaire before the files, which are checked against it.
                        if let Some(json) = stored.questionnaire.as_deref() {
                            match questionnaire::parse(json) {
                                Ok(q) => {
                                    worker.send(Request::Questionnaire(json.to_string()));
                                    dispatcher.dispatch(Action::Questionnaire(Rc::new(q)));
                                }
                                Err(e) => dispatcher.dispatch(Action::QuestionnaireRefused(e)),
                            }
                        }
                        // The edits first: the synthesis waits for them, so it runs once.
                        dispatcher.dispatch(read_edits(stored.edits.as_deref()));
                        let filter = stored
                            .filter
                            .as_deref()
                            .and_then(|f| serde_json::from_str::<Filter>(f).ok())
                            .unwrap_or_default();
                        let total = stored.files.len();
                        dispatcher.dispatch(Action::Reopening(total, filter));
                        send_kept(&worker, &dispatcher, stored.files);
                        dispatcher.dispatch(Action::Kept(0));
                    }
                    Err(e) => {
                        dispatcher.dispatch(Action::EditsKept(Edits::default()));
                        dispatcher.dispatch(Action::WorkspaceFailed(problem(&e, 0)));
                    }
                }
                let persisted = workspace::persist().await;
                dispatcher.dispatch(Action::Storage(workspace::usage().await, persisted));
            });
        });
    }
    // Another tab on the same workspace: each says so to the other, on a channel of this
    // browser only, and one that deletes it says that too. Both keep working (every write is
    // one transaction, so neither spoils the
    // other's), but neither sees what the other adds until it is reloaded.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let current = workspace::current();
            let channel = web_sys::BroadcastChannel::new(TABS).ok();
            let listener = channel.as_ref().map(|c| {
                let (c, current) = (c.clone(), current.clone());
                gloo::events::EventListener::new(&c.clone(), "message", move |event| {
                    use wasm_bindgen::JsCast;
                    let said = event
                        .dyn_ref::<web_sys::MessageEvent>()
                        .and_then(|m| m.data().as_string())
                        .unwrap_or_default();
                    if said == format!("edited:{current}") {
                        let dispatcher = dispatcher.clone();
                        let current = current.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            if let Ok(kept) = workspace::update_edits(&current, |_| None).await {
                                dispatcher.dispatch(read_edits(kept.as_deref()));
                            }
                        });
                    } else if said == format!("open:{current}") {
                        let _ = c.post_message(&format!("here:{current}").into());
                        dispatcher.dispatch(Action::OpenElsewhere);
                    } else if said == format!("here:{current}") {
                        dispatcher.dispatch(Action::OpenElsewhere);
                    } else if said == format!("deleted:{current}") {
                        // A reload opens the workspace the deleting tab went to.
                        workspace::forget_tab_choice();
                        dispatcher
                            .dispatch(Action::WorkspaceFailed(WorkspaceProblem::DeletedElsewhere));
                    }
                })
            });
            if let Some(c) = &channel {
                let _ = c.post_message(&format!("open:{current}").into());
            }
            move || {
                drop(listener);
                if let Some(c) = channel {
                    c.close();
                }
            }
        });
    }
    // The filter is kept as it changes, once what was kept has been read.
    let opened = state.workspace.opened;
    let kept = state.workspace.kept > 0;
    use_effect_with(
        (state.filter.clone(), opened, kept),
        move |(filter, opened, kept)| {
            // Only a workspace that keeps files keeps a filter: choosing one never makes a
            // workspace.
            if *opened
                && *kept
                && let Ok(json) = serde_json::to_string(filter)
            {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = workspace::save_filter(&workspace::current(), &json).await;
                });
            }
        },
    );
}

/// Makes the handle: the reducer, the worker (told where its script is and where to report a
/// failure), and the effects that keep the synthesis and the answers up to date.
#[hook]
pub fn use_synthesis_root() -> SynthesisHandle {
    let state = use_reducer(SynthesisState::default);
    let questionnaire = state.questionnaire.clone();
    let worker = {
        let dispatcher = state.dispatcher();
        use_reactor_bridge::<SynthesisReactor, _>(move |event| match event {
            ReactorEvent::Output(Reply::Export {
                filename,
                mime,
                bytes,
            }) => {
                let reply = Reply::Export {
                    filename: filename.clone(),
                    mime: mime.clone(),
                    bytes: Vec::new(),
                };
                match download::save_bytes(&filename, &mime, &bytes) {
                    Ok(()) => dispatcher.dispatch(Action::Worker(reply)),
                    Err(e) => dispatcher.dispatch(Action::Failed(PageError::Download(e))),
                }
            }
            ReactorEvent::Output(reply) => dispatcher.dispatch(Action::Worker(reply)),
            ReactorEvent::Finished => dispatcher.dispatch(Action::WorkerGone),
        })
    };
    use_worker_start(&worker, state.dispatcher());
    use_workspace(&worker, &state);
    // A table's responses, made into bundles: loaded and kept like files chosen.
    {
        let worker = worker.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(state.imported.clone(), move |imported| {
            if let Some(files) = imported {
                dispatcher.dispatch(Action::ImportedTaken);
                let files = (**files).clone();
                send_kept(&worker, &dispatcher, files.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let current = workspace::current();
                    let n = files.len();
                    match workspace::append(&current, "", &files).await {
                        Ok(()) => {
                            dispatcher.dispatch(Action::Kept(n));
                            dispatcher.dispatch(Action::Opened(current, listed().await));
                        }
                        Err(e) => dispatcher.dispatch(Action::WorkspaceFailed(problem(&e, n))),
                    }
                    dispatcher.dispatch(Action::Storage(workspace::usage().await, None));
                });
            }
        });
    }
    // New edits go to the worker, which edits the last synthesis again; before any new
    // synthesis their exclusions call for, so it is made with them.
    let decisions = use_memo(state.edits.clone(), |edits| edits.decisions());
    {
        let worker = worker.clone();
        use_effect_with(decisions.clone(), move |decisions| {
            worker.send(Request::Edits((**decisions).clone()));
        });
    }
    // A new set of responses, a new filter or other exclusions: synthesise again (once the
    // edits kept have been read).
    {
        let worker = worker.clone();
        use_effect_with(
            (
                state.files.clone(),
                state.filter.clone(),
                decisions.excluded_ids(),
                state.edits_read,
            ),
            move |(files, filter, excluded, read)| {
                if !files.is_empty() && *read {
                    worker.send(Request::Synthesize(filter.excluding(excluded.clone())));
                }
            },
        );
    }
    // The answers on show follow the question, the search, the filter and the synthesis.
    {
        let worker = worker.clone();
        let query = AnswersQuery {
            question: questionnaire
                .questions
                .get(state.question)
                .map(|q| q.id.clone())
                .unwrap_or_default(),
            filter: state.filter.clone(),
            search: state.search.clone(),
            limit: state.answer_limit,
        };
        use_effect_with(
            (query, state.synthesis.clone()),
            move |(query, synthesis)| {
                // Typing in the search box waits for a pause before asking the worker.
                let request = Request::Answers(query.clone());
                let timer = synthesis.is_some().then(|| {
                    gloo::timers::callback::Timeout::new(250, move || worker.send(request))
                });
                move || drop(timer)
            },
        );
    }
    SynthesisHandle {
        state,
        worker,
        decisions,
    }
}

/// Tells the worker where its script is (so it can start a helper) and the name of a channel
/// only this page listens on, where the worker says why it failed.
#[hook]
fn use_worker_start(
    worker: &UseReactorBridgeHandle<SynthesisReactor>,
    dispatcher: UseReducerDispatcher<SynthesisState>,
) {
    let worker = worker.clone();
    use_effect_with((), move |_| {
        let failures = format!(
            "bpf-survey-failure-{}",
            platform::random_bytes::<8>()
                .map(|b| b.iter().map(|x| format!("{x:02x}")).collect::<String>())
                .unwrap_or_default()
        );
        let channel = web_sys::BroadcastChannel::new(&failures).ok();
        let listener = channel.as_ref().map(|c| {
            gloo::events::EventListener::new(c, "message", move |event| {
                use wasm_bindgen::JsCast;
                let reason = event
                    .dyn_ref::<web_sys::MessageEvent>()
                    .and_then(|m| m.data().as_string())
                    .unwrap_or_default();
                dispatcher.dispatch(Action::Failed(PageError::Worker(
                    crate::secretariat::protocol::WorkerError::Stopped(reason),
                )));
            })
        });
        let script = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .and_then(|href| web_sys::Url::new_with_base(WORKER_SCRIPT, &href).ok())
            .map(|url| url.href())
            .unwrap_or_default();
        worker.send(Request::Start { script, failures });
        move || drop((listener, channel))
    });
}

/// The page's handle, from its root.
#[hook]
pub fn use_synthesis() -> SynthesisHandle {
    // The root always provides it; a child outside it is a programming error caught at once.
    use_context::<SynthesisHandle>().expect("SynthesisPage provides the synthesis handle")
}
