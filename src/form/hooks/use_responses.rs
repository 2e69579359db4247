//! The responses on this device, behind a handle whose methods say what the person does: start, edit, finish, download, delete.

use yew::prelude::*;

use crate::core::filename::{
    bundle_filename, host_filename, private_copy_filename, response_filename, sealed_filename,
};
use crate::core::format::{self, APP_VERSION};
use crate::core::questionnaire::Questionnaire;
use crate::core::response::{Response, ResponseId, Source, Status};
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
        let q = questionnaire.reference();
        let mut response = Response::new(id.clone(), q, platform::now(), language, source);
        // The embedding NRI is the respondent's too, until they say otherwise.
        response.respondent.nri = nri.to_string();
        if options::embed().0.shared {
            storage::set_shared_owner(Some(&id));
        }
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

    /// The file `name` was saved: tell the host page and mark the response finished; on a
    /// shared device, remove it from the device (the person's file is now the only copy).
    fn finished(&self, id: &ResponseId, now: Timestamp, name: String) -> String {
        tell_host_downloaded("response", now);
        self.state.dispatch(Action::Finished {
            id: id.clone(),
            now,
        });
        if options::embed().0.shared {
            match storage::delete(id) {
                // No storage holds nothing to remove either.
                Ok(()) | Err(storage::StorageError::Unavailable(_)) => {
                    self.state.dispatch(Action::Forgotten(id.clone()))
                }
                // Still there: the done page offers to remove it, and says why if it fails.
                Err(_) => {}
            }
        }
        name
    }

    /// Finishes a response: if it is complete, offers the response file for download (sealed
    /// to the Secretariat's key on a form that has one) and returns its name; otherwise returns
    /// what is missing. The copy on this device stays readable.
    pub async fn finish(
        &self,
        id: &ResponseId,
        questionnaire: &Questionnaire,
    ) -> Result<String, FinishError> {
        let (response, now) = self.ready_to_finish(id, questionnaire)?;
        let name = send_response(&response, now)
            .await
            .map_err(FinishError::Download)?;
        Ok(self.finished(id, now, name))
    }

    /// Downloads a response as it is now: a finished one as the file to send (sealed on a keyed
    /// form), an unfinished one as a private copy.
    pub async fn download(&self, id: &ResponseId) -> Result<String, FinishError> {
        let response = self
            .state
            .draft(id)
            .ok_or(FinishError::NotOnDevice)?
            .response
            .clone();
        let now = platform::now();
        let name = if response.status == Status::Finished {
            send_response(&response, now).await
        } else {
            save_private_copy(&response, now)
        }
        .map_err(FinishError::Download)?;
        let kind = if response.status == Status::Finished {
            "response"
        } else {
            "private-copy"
        };
        tell_host_downloaded(kind, now);
        self.state.dispatch(Action::Downloaded {
            id: id.clone(),
            at: now,
        });
        Ok(name)
    }

    /// Downloads every finished response as one bundle (sealed on a keyed form); returns the
    /// file name and count.
    pub async fn download_bundle(&self) -> Result<(String, usize), BrowserError> {
        let finished: Vec<Response> = self
            .state
            .by_recency()
            .into_iter()
            .filter(|d| d.response.status == Status::Finished)
            .map(|d| d.response.clone())
            .collect();
        let now = platform::now();
        let text = format::write_bundle(&finished, now, APP_VERSION);
        let name = bundle_filename(finished.len(), now);
        let name = match options::recipient().and_then(Result::ok) {
            Some(recipient) => {
                save_sealed(&recipient, text.as_bytes(), format!("{name}.age")).await?
            }
            None => {
                download::save_file(&name, JSON, &text)?;
                name
            }
        };
        tell_host_downloaded("bundle", now);
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

/// Saves the file of a finished response as it is to be sent: sealed to the Secretariat's key
/// when the form has one (by the encryption module, loaded now), else as it is.
async fn send_response(response: &Response, now: Timestamp) -> Result<String, BrowserError> {
    let text = format::write_response(response, now, APP_VERSION);
    match options::recipient().and_then(Result::ok) {
        Some(recipient) => save_sealed(&recipient, text.as_bytes(), sealed_filename(now)).await,
        None => {
            let name = response_filename(&response.respondent.organisation, now);
            download::save_file(&name, JSON, &text)?;
            Ok(name)
        }
    }
}

/// Encrypts `plain` to `recipient` and saves it as `name`.
async fn save_sealed(recipient: &str, plain: &[u8], name: String) -> Result<String, BrowserError> {
    let sealed = encryption::encrypt(recipient, plain).await?;
    download::save_bytes(&name, "application/octet-stream", &sealed)?;
    Ok(name)
}

/// Saves an unfinished response as the person's private copy (never sealed: it is theirs).
fn save_private_copy(response: &Response, now: Timestamp) -> Result<String, BrowserError> {
    let name = private_copy_filename(&response.respondent.organisation, now);
    download::save_file(
        &name,
        JSON,
        &format::write_response(response, now, APP_VERSION),
    )?;
    Ok(name)
}

/// Tells the page that frames the form (if any) that a file was downloaded: its kind and date,
/// never the organisation.
fn tell_host_downloaded(kind: &str, now: Timestamp) {
    options::tell_host(&serde_json::json!({
        "type": "bpf-survey:downloaded",
        "file": host_filename(kind, now),
    }));
}

/// The responses handle the app root provides.
#[hook]
pub fn use_responses() -> Option<ResponsesHandle> {
    use_context::<ResponsesHandle>()
}
