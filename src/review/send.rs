//! The end of the review page: who the reader is (the respondent's profile, as much as they
//! wish: nothing of it is required), how their comments may be published, and the comment file
//! they save and send, encrypted to the Secretariat when the draft carries its key; then a way
//! to delete the comments from a shared device.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Edit, Reader};
use crate::core::countries::Country;
use crate::core::filename::comments_filename;
use crate::core::format::APP_VERSION;
use crate::core::format::review::{Draft, write_comments};
use crate::core::response::{Capacity, Publication, StakeholderGroup};
use crate::core::validate::{Field, Issue};
use crate::form::encrypt::EncryptError;
use crate::i18n::{Messages, text};
use crate::msg;
use crate::ui::errors::{self, element_id, field_error, issue_message};
use crate::ui::hooks::use_messages;
use crate::ui::labels;
use crate::ui::profile::{country_field, country_options, publication_options, radio_options};
use crate::ui::widgets::{ErrorLink, ErrorSummary, RadioGroup, TextField};
use crate::web::error::BrowserError;
use crate::web::storage::StorageError;
use crate::web::{download, platform};

/// Props of [`SendComments`].
#[derive(Properties, PartialEq)]
pub(super) struct SendCommentsProps {
    pub draft: Rc<Draft>,
    pub reader: Rc<Reader>,
    /// The language the draft is read in.
    pub language: AttrValue,
    pub on_edit: Callback<Edit>,
    /// What stops the file from being saved, once the reader has tried, as it is now.
    pub issues: Rc<Vec<Issue>>,
    /// The same at the reader's last attempt, for the error summary.
    pub summary: Rc<Vec<Issue>>,
    /// The reader asked to save: what stopped it (nothing, when it was saved).
    pub on_attempt: Callback<Vec<Issue>>,
    /// The reader asked to delete their comments from the device.
    pub on_forget: Callback<()>,
    /// What became of that.
    pub forgotten: Option<Result<(), StorageError>>,
}

/// What became of the last save.
#[derive(Clone, PartialEq)]
enum Saved {
    /// Saved under this name, encrypted or not.
    File(String, bool),
    /// Could not be saved: what to tell the reader.
    Failed(String),
}

/// Why the browser would not save the comment file, as the reader is told it.
fn not_saved(messages: &Messages, e: &BrowserError) -> String {
    messages.t_with(
        "review-page-save-failed",
        &[("reason", text(&errors::reason(messages, e)))],
    )
}

/// Who the reader is, their publication choice, and the comment file.
#[function_component]
pub(super) fn SendComments(props: &SendCommentsProps) -> Html {
    let messages = use_messages();
    let countries = use_memo(messages.language(), |language| country_options(language));
    let saved = use_state(|| None::<Saved>);
    let r = &props.reader;
    let p = &r.respondent;
    let err = |f: Field| field_error(&props.issues, &f, &messages);
    let edit_text = |make: fn(String) -> Edit| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |(value, _caret)| on_edit.emit(make(value)))
    };
    let edit_choice = |make: fn(&str) -> Option<Edit>| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |value: String| {
            if let Some(edit) = make(&value) {
                on_edit.emit(edit);
            }
        })
    };

    let on_save = {
        let (draft, reader, language) = (
            props.draft.clone(),
            props.reader.clone(),
            props.language.clone(),
        );
        let (saved, on_attempt, messages) =
            (saved.clone(), props.on_attempt.clone(), messages.clone());
        Callback::from(move |_: MouseEvent| {
            let issues = reader.issues(&draft);
            let stopped = !issues.is_empty();
            on_attempt.emit(issues);
            if stopped {
                saved.set(None);
                return;
            }
            let now = platform::now();
            let file = write_comments(&reader.comments(&draft, &language), now, APP_VERSION);
            let sealed = draft.key.is_some();
            let name = comments_filename(&draft.version, now, sealed);
            let outcome = match &draft.key {
                Some(key) => crate::form::encrypt::encrypt(key, file.as_bytes())
                    .map_err(|e| {
                        let reason = messages.t(match e {
                            EncryptError::BadKey => msg!("review-page-encrypt-bad-key"),
                            EncryptError::NoRandomness => msg!("review-page-encrypt-no-randomness"),
                        });
                        messages.t_with("review-page-encrypt-failed", &[("reason", text(&reason))])
                    })
                    .and_then(|bytes| {
                        download::save_bytes(&name, "application/octet-stream", &bytes)
                            .map_err(|e| not_saved(&messages, &e))
                    }),
                None => download::save_file(&name, "application/json", &file)
                    .map_err(|e| not_saved(&messages, &e)),
            };
            saved.set(Some(match outcome {
                Ok(()) => Saved::File(name, sealed),
                Err(reason) => Saved::Failed(reason),
            }));
        })
    };
    let summary: Vec<ErrorLink> = props
        .summary
        .iter()
        .map(|issue| ErrorLink {
            href: format!("#{}", element_id(&issue.field)).into(),
            message: issue_message(issue, &messages).into(),
        })
        .collect();
    let capacity = p.capacity.map(|c| AttrValue::from(c.key()));
    let group = p.stakeholder_group.map(|g| AttrValue::from(g.key()));
    html! {
        <section class="review-send" id="send" aria-labelledby="send-title">
            <h2 class="heading-l" id="send-title">{ messages.t("review-page-send-title") }</h2>
            <p>{ messages.t("review-page-send-intro") }</p>
            if !summary.is_empty() {
                <ErrorSummary errors={summary} />
            }
            <TextField id="field-name" label={messages.t("about-name")} hint={Some(AttrValue::from(messages.t("about-name-hint")))}
                value={p.name.clone()} autocomplete="name" error={err(Field::Name)} on_change={edit_text(Edit::Name)} />
            <TextField id="field-organisation" label={messages.t("about-organisation")} hint={Some(AttrValue::from(messages.t("about-organisation-hint")))}
                value={p.organisation.clone()} autocomplete="organization" error={err(Field::Organisation)} on_change={edit_text(Edit::Organisation)} />
            <TextField id="field-email" label={messages.t("about-email")} hint={Some(AttrValue::from(messages.t("review-page-email-hint")))}
                value={p.email.clone()} autocomplete="email" input_type="email" error={err(Field::Email)} on_change={edit_text(Edit::Email)} />
            <RadioGroup id="field-capacity" legend={messages.t("review-page-capacity")}
                options={radio_options(Capacity::ALL, Capacity::key, labels::capacity, &messages)} selected={capacity}
                error={err(Field::Capacity)} on_change={edit_choice(|v| Capacity::from_key(v).map(Edit::Capacity))} />
            <RadioGroup id="field-group" legend={messages.t("about-group")}
                options={radio_options(StakeholderGroup::ALL, StakeholderGroup::key, labels::group, &messages)} selected={group}
                error={err(Field::StakeholderGroup)} on_change={edit_choice(|v| StakeholderGroup::from_key(v).map(Edit::Group))} />
            { country_field(&messages, (*countries).clone(), p.country, err(Field::Country),
                edit_choice(|v| Some(Edit::Country(Country::from_code(v))))) }
            <TextField id="field-nri" label={messages.t("about-nri")} hint={Some(AttrValue::from(messages.t("about-nri-hint")))}
                value={p.nri.clone()} autocomplete="off" error={err(Field::Nri)} on_change={edit_text(Edit::Nri)}
                suggestions={crate::core::nris::KNOWN} />
            <RadioGroup id="field-publication" legend={messages.t("review-page-publication")}
                hint={Some(AttrValue::from(messages.t("review-page-publication-hint")))} options={publication_options(&messages)}
                selected={r.publication.map(|v| AttrValue::from(v.key()))}
                error={err(Field::Publication)} on_change={edit_choice(|v| Publication::from_key(v).map(Edit::Publication))} />
            if props.draft.key.is_some() {
                <p class="hint">{ messages.t("review-page-encrypted-hint") }</p>
            }
            <button type="button" class="button" onclick={on_save}>{ messages.t("review-page-save") }</button>
            <div role="status" class="status-line">
                { match &*saved {
                    Some(Saved::File(name, sealed)) => html! {
                        <div class="panel">
                            <p>{ messages.t_with("review-page-saved", &[("name", text(name))]) }</p>
                            if *sealed {
                                <p>{ messages.t("review-page-saved-encrypted") }</p>
                            }
                            <p>{ messages.t("review-page-saved-send") }</p>
                        </div>
                    },
                    Some(Saved::Failed(why)) => html! {
                        <p class="error-message">{ why.clone() }</p>
                    },
                    None => html! {},
                } }
                { match &props.forgotten {
                    Some(Ok(())) => html! { <p>{ messages.t("review-page-forgotten") }</p> },
                    Some(Err(e)) => html! {
                        <p class="error-message">{ messages.t_with("review-page-forget-failed", &[("reason", text(&errors::storage(&messages, e)))]) }</p>
                    },
                    None => html! {},
                } }
            </div>
            if matches!(*saved, Some(Saved::File(..))) {
                <p class="hint">{ messages.t("review-page-shared-device") }</p>
                <button type="button" class="button button--secondary" onclick={props.on_forget.reform(|_: MouseEvent| ())}>{ messages.t("review-page-forget") }</button>
            }
        </section>
    }
}
