//! The responses on this device, behind a handle whose methods say what the person does: start, edit, finish, download, delete.

use yew::prelude::*;

use crate::core::filename::{bundle_filename, response_filename};
use crate::core::format::{self, APP_VERSION};
use crate::core::questionnaire::Questionnaire;
use crate::core::response::{QuestionnaireRef, Response, ResponseId, Source, Status};
use crate::core::store::{Caret, Draft};
use crate::core::time::Timestamp;
use crate::core::validate::{self, Issue};
use crate::form::state::{Action, AppState, Edit};
use crate::web::error::BrowserError;
use crate::web::{download, encryption, options, platform, storage};

const JSON: &str = "application/json";

/// A handle on the app state with the person's actions.
#[derive(Clone, PartialEq)]
pub struct ResponsesHandle {
    state: UseReducerHandle<AppState>,
}

impl ResponsesHandle {
    /// Wraps the reducer the app root owns.
    pub fn new(state: UseReducerHandle<AppState>) -> Self {
        Self { state }
    }

    /// The current state.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Starts a new, empty response and returns its id.
    pub fn start(
        &self,
        questionnaire: &Questionnaire,
        language: &str,
        nri: &str,
    ) -> Result<ResponseId, BrowserError> {
        let id = platform::new_response_id()?;
        let source = Source {
            nri: nri.to_string(),
            origin: platform::page_origin(),
        };
        let q = QuestionnaireRef {
            id: questionnaire.id.clone(),
            version: questionnaire.version,
        };
        let mut response = Response::new(id.clone(), q, platform::now(), language, source);
        // The embedding NRI is the respondent's too, until they say otherwise.
        response.respondent.nri = nri.to_string();
        self.state.dispatch(Action::Start(Box::new(Draft {
            response,
            caret: Caret::default(),
            last_download: None,
        })));
        Ok(id)
    }

    /// Records a change the person typed or chose.
    pub fn edit(&self, id: &ResponseId, edit: Edit, caret: Caret) {
        self.state.dispatch(Action::Edit {
            id: id.clone(),
            edit,
            caret,
            now: platform::now(),
        });
    }

    /// Records where the caret is.
    pub fn caret(&self, id: &ResponseId, caret: Caret) {
        self.state.dispatch(Action::Caret {
            id: id.clone(),
            caret,
        });
    }

    /// The response as it will be finished now, if it is complete; otherwise the attempt is
    /// marked (the error summary appears) and what is missing returned.
    fn ready_to_finish(
        &self,
        id: &ResponseId,
        questionnaire: &Questionnaire,
    ) -> Result<(Response, Timestamp), FinishError> {
        let draft = self.state.draft(id).ok_or(FinishError::NotOnDevice)?;
        let issues = validate::check(&draft.response, questionnaire);
        if !issues.is_empty() {
            self.state.dispatch(Action::AttemptFinish(id.clone()));
            return Err(FinishError::Incomplete(issues));
        }
        let now = platform::now();
        let mut response = draft.response.clone();
        response.status = Status::Finished;
        response.updated = now;
        Ok((response, now))
    }

    /// The file `name` was saved: tell the host page and mark the response finished.
    fn finished(&self, id: &ResponseId, now: Timestamp, name: String) -> String {
        options::tell_host(&serde_json::json!({ "type": "bpf-survey:downloaded", "file": name }));
        self.state.dispatch(Action::Finished {
            id: id.clone(),
            now,
        });
        name
    }

    /// Finishes a response: if it is complete, offers the response file for download and
    /// returns its name; otherwise returns what is missing.
    pub fn finish(
        &self,
        id: &ResponseId,
        questionnaire: &Questionnaire,
    ) -> Result<String, FinishError> {
        let (response, now) = self.ready_to_finish(id, questionnaire)?;
        let name = save_response(&response, now).map_err(FinishError::Download)?;
        Ok(self.finished(id, now, name))
    }

    /// Finishes a response whose file is encrypted to `recipient` (by the encryption module,
    /// loaded now) before it is saved as `….json.age`. The draft on this device stays readable.
    pub async fn finish_encrypted(
        &self,
        id: &ResponseId,
        questionnaire: &Questionnaire,
        recipient: &str,
    ) -> Result<String, FinishError> {
        let (response, now) = self.ready_to_finish(id, questionnaire)?;
        let plain = format::write_response(&response, now, APP_VERSION).into_bytes();
        let sealed = encryption::encrypt(recipient, &plain)
            .await
            .map_err(FinishError::Download)?;
        let name = format!(
            "{}.age",
            response_filename(&response.respondent.organisation, now)
        );
        download::save_bytes(&name, "application/octet-stream", &sealed)
            .map_err(FinishError::Download)?;
        Ok(self.finished(id, now, name))
    }

    /// Downloads a response as it is now (a draft copy or the finished file again).
    pub fn download(&self, id: &ResponseId) -> Result<String, FinishError> {
        let draft = self.state.draft(id).ok_or(FinishError::NotOnDevice)?;
        let now = platform::now();
        let name = save_response(&draft.response, now).map_err(FinishError::Download)?;
        options::tell_host(&serde_json::json!({ "type": "bpf-survey:downloaded", "file": name }));
        self.state.dispatch(Action::Downloaded {
            id: id.clone(),
            at: now,
        });
        Ok(name)
    }

    /// Downloads every finished response as one bundle; returns the file name and count.
    pub fn download_bundle(&self) -> Result<(String, usize), BrowserError> {
        let finished: Vec<Response> = self
            .state
            .by_recency()
            .into_iter()
            .filter(|d| d.response.status == Status::Finished)
            .map(|d| d.response.clone())
            .collect();
        let now = platform::now();
        let name = bundle_filename(finished.len(), now);
        download::save_file(
            &name,
            JSON,
            &format::write_bundle(&finished, now, APP_VERSION),
        )?;
        Ok((name, finished.len()))
    }

    /// Deletes a response from this device.
    pub fn delete(&self, id: &ResponseId) -> Result<(), storage::StorageError> {
        match storage::delete(id) {
            // With no storage there is nothing to delete but the copy in memory.
            Ok(()) | Err(storage::StorageError::Unavailable(_)) => {
                self.state.dispatch(Action::Deleted(id.clone()));
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

/// Why finishing or downloading a response did not produce a file.
#[derive(Debug, Clone, PartialEq)]
pub enum FinishError {
    /// The response is not on this device (deleted in another tab, say).
    NotOnDevice,
    /// Fields need attention.
    Incomplete(Vec<Issue>),
    /// The browser would not encrypt or download.
    Download(BrowserError),
}

fn save_response(response: &Response, now: Timestamp) -> Result<String, BrowserError> {
    let mut name = response_filename(&response.respondent.organisation, now);
    if response.status == Status::Draft {
        name = name.replace(".json", "-draft.json");
    }
    download::save_file(
        &name,
        JSON,
        &format::write_response(response, now, APP_VERSION),
    )?;
    Ok(name)
}

/// The responses handle the app root provides.
#[hook]
pub fn use_responses() -> Option<ResponsesHandle> {
    use_context::<ResponsesHandle>()
}
