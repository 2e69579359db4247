//! The review page's root: the draft it carries (or why it cannot be shown), the language among
//! the draft's, and the reader's comments, kept on the device at each keystroke and adopted
//! from another tab that wrote a newer copy.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::sections::{Contents, SectionView};
use super::send::SendComments;
use super::state::{Action, Edit, Reader, ReaderState, storage_key};
use crate::core::format::review::{Draft, read_draft};
use crate::core::format::{APP_VERSION, FormatError};
use crate::core::response::ResponseId;
use crate::core::time::Timestamp;
use crate::core::validate::{Field, Issue};
use crate::i18n::{self, Messages, text};
use crate::ui::hooks::{use_language_among, use_messages};
use crate::ui::widgets::LanguageMenu;
use crate::ui::{caret, errors};
use crate::web::storage::StorageError;
use crate::web::{platform, review};

/// What the page carries.
#[derive(Debug, PartialEq)]
pub enum Found {
    /// No draft: the bare template.
    NoDraft,
    /// A draft that cannot be shown, and why (changed after it was published, damaged).
    Refused(FormatError),
    /// The draft.
    Draft(Rc<Draft>),
}

impl Found {
    /// Reads and checks the page's draft.
    pub fn read() -> Self {
        match review::embedded_draft() {
            None => Self::NoDraft,
            Some(Err(e)) => Self::Refused(e),
            Some(Ok(text)) => match read_draft(text.as_bytes()) {
                Ok(draft) => Self::Draft(Rc::new(draft)),
                Err(e) => Self::Refused(e),
            },
        }
    }

    /// The languages the page is offered in: the draft's, or all six when there is none.
    pub fn languages(&self) -> Option<Rc<[&'static str]>> {
        let Self::Draft(draft) = self else {
            return None;
        };
        let among: Vec<&'static str> = draft
            .languages
            .iter()
            .filter_map(|l| i18n::available().map(|(tag, _)| tag).find(|t| t == l))
            .collect();
        Some(among.into())
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What the page carries.
    pub found: Rc<Found>,
}

/// The whole page.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let among = use_memo(props.found.clone(), |found| found.languages());
    let language = use_language_among(Messages::with_synthesis, true, (*among).clone());
    let messages = language.messages.clone();
    use_effect_with((messages.clone(), props.found.clone()), |(m, found)| {
        let title = match &**found {
            Found::Draft(d) => draft_title(d, m.language()),
            _ => m.t("review-page-name"),
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });
    let body = match &*props.found {
        Found::NoDraft => html! {
            <>
                <h1 class="heading-l">{ messages.t("review-page-name") }</h1>
                <p>{ messages.t("review-page-no-draft") }</p>
            </>
        },
        Found::Refused(e) => html! {
            <>
                <h1 class="heading-l">{ messages.t("review-page-name") }</h1>
                <div class="warning-banner" role="alert">
                    <p>{ messages.t_with("review-page-refused", &[("reason", text(&errors::format(&messages, e)))]) }</p>
                </div>
            </>
        },
        Found::Draft(draft) => html! { <Review draft={draft.clone()} /> },
    };
    let on_skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        caret::focus("main", None);
    });
    let several = among.as_ref().as_ref().is_none_or(|a| a.len() > 1);
    html! {
        <ContextProvider<Rc<Messages>> context={messages.clone()}>
            <a href="#main" class="skip-link" onclick={on_skip}>{ messages.t("skip-link") }</a>
            <header class="header">
                <div class="container header__inner">
                    <span class="header__title">{ messages.t("review-page-name") }</span>
                    if several {
                        <LanguageMenu on_choose={language.choose.clone()} failed={language.failed} only={(*among).clone()} />
                    }
                </div>
            </header>
            <main class="container main" id="main" tabindex="-1">{ body }</main>
        </ContextProvider<Rc<Messages>>>
    }
}

/// The draft's title in `language`, or in its first language.
pub(super) fn draft_title(draft: &Draft, language: &str) -> String {
    draft
        .title
        .get(language)
        .or_else(|| draft.languages.first().and_then(|l| draft.title.get(l)))
        .cloned()
        .unwrap_or_default()
}

/// The language the draft is read in: the page's, if the draft has it, else its first.
pub(super) fn text_language<'a>(draft: &'a Draft, page: &str) -> &'a str {
    draft
        .languages
        .iter()
        .find(|l| *l == page)
        .or_else(|| draft.languages.first())
        .map_or("en", String::as_str)
}

/// What became of the copy kept on the device.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Kept {
    /// Nothing written yet.
    Not,
    /// Written at this time.
    At(Timestamp),
    /// Could not be written.
    Failed(StorageError),
}

/// A copy found on the device that could not be read: why, and where it was set aside.
#[derive(Clone, Debug, PartialEq)]
struct SetAside {
    reason: FormatError,
    moved_to: Option<String>,
}

/// The reader kept on the device for this draft, or a new one; a copy that cannot be read is
/// set aside (never written over); a copy of a newer version of the format stays where it is.
/// The error, when there is one, stops this page from writing at all: storage cannot be read,
/// or the copy could not be set aside.
fn load(draft: &Draft) -> (Reader, Option<SetAside>, Option<StorageError>) {
    let key = storage_key(draft);
    let now = platform::now();
    let fresh = || Reader::new(new_id(), now);
    match review::read(&key) {
        Ok(None) => (fresh(), None, None),
        Ok(Some(stored)) => match Reader::from_stored(&stored) {
            Ok(reader) => (reader, None, None),
            Err(reason @ FormatError::UnsupportedVersion { .. }) => {
                let kept = StorageError::Failed(key.clone());
                (
                    fresh(),
                    Some(SetAside {
                        reason,
                        moved_to: None,
                    }),
                    Some(kept),
                )
            }
            Err(reason) => match review::set_aside(&key, &stored, now.millis()) {
                Ok(moved) => (
                    fresh(),
                    Some(SetAside {
                        reason,
                        moved_to: Some(moved),
                    }),
                    None,
                ),
                Err(e) => (
                    fresh(),
                    Some(SetAside {
                        reason,
                        moved_to: None,
                    }),
                    Some(e),
                ),
            },
        },
        Err(e) => (fresh(), None, Some(e)),
    }
}

/// The copy of the comments stored under `key`, if there is one and it reads.
fn stored_copy(key: &str) -> Option<Reader> {
    review::read(key)
        .ok()
        .flatten()
        .and_then(|text| Reader::from_stored(&text).ok())
}

/// A new comment file id from the browser's CSPRNG; should it fail, from the clock and
/// `Math.random`, which is unique enough for an id (it protects nothing).
fn new_id() -> ResponseId {
    platform::new_response_id().unwrap_or_else(|_| {
        let mut bytes = [0u8; 16];
        let t = js_sys::Date::now() as u64;
        bytes[..8].copy_from_slice(&t.to_le_bytes());
        let r = (js_sys::Math::random() * u64::MAX as f64) as u64;
        bytes[8..].copy_from_slice(&r.to_le_bytes());
        ResponseId::from_random_bytes(bytes)
    })
}

/// Props of [`Review`].
#[derive(Properties, PartialEq)]
struct ReviewProps {
    draft: Rc<Draft>,
}

/// The draft, section by section, each with its comment box; then who the reader is and the
/// comment file.
#[function_component]
fn Review(props: &ReviewProps) -> Html {
    let messages = use_messages();
    let draft = props.draft.clone();
    let key = use_memo(draft.clone(), |d| storage_key(d));
    let first = use_memo(draft.clone(), |d| load(d));
    let state = use_reducer(|| {
        // The copy in storage as the page opens, if it reads (what `load` started from).
        let known = stored_copy(&key).map(|stored| (stored.id, stored.updated));
        ReaderState::new(first.0.clone(), known)
    });
    // A page that could not read storage, or set an unreadable copy aside, never writes.
    let blocked = first.2.clone();
    let kept = use_state(|| blocked.clone().map_or(Kept::Not, Kept::Failed));
    // What stops the file from being saved: the summary as it was at the last attempt (it
    // takes the focus then, and only then); the inline errors follow the reader's changes.
    let attempt = use_state(|| Rc::new(Vec::<Issue>::new()));
    let forgotten = use_state(|| None::<Result<(), StorageError>>);
    let language = text_language(&draft, messages.language()).to_string();

    // Each change made here is written at once; one made in another tab is adopted.
    {
        let (kept, key, draft, language) =
            (kept.clone(), key.clone(), draft.clone(), language.clone());
        let reader = state.reader.clone();
        let (blocked, state) = (blocked.clone(), state.clone());
        use_effect_with(state.changed_here, move |changed| {
            if *changed == 0 || blocked.is_some() {
                return;
            }
            // A copy another tab stored that this page never heard of is taken, not written
            // over (the change just made here was made to an older copy).
            if let Some(unheard) = stored_copy(&key).filter(|stored| state.is_unseen(stored)) {
                state.dispatch(Action::Unheard(Box::new(unheard)));
                return;
            }
            let now = platform::now();
            let text = reader.stored(&draft, &language, now, APP_VERSION);
            let written = review::write(&key, &text);
            state.dispatch(Action::Stored(written.is_ok()));
            kept.set(match written {
                Ok(()) => Kept::At(now),
                Err(e) => Kept::Failed(e),
            });
        });
    }
    {
        let (state, key) = (state.clone(), key.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if event.key().as_deref() != Some(key.as_str()) {
                        return;
                    }
                    match event.new_value().map(|t| Reader::from_stored(&t)) {
                        Some(Ok(other)) => state.dispatch(Action::Elsewhere(Box::new(other))),
                        // Deleted in another tab: not kept here either.
                        None => state.dispatch(Action::Forget(Box::new(Reader::new(
                            new_id(),
                            platform::now(),
                        )))),
                        Some(Err(_)) => {}
                    }
                })
            });
            move || drop(listener)
        });
    }

    let on_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit| state.dispatch(Action::Edit(edit, platform::now())))
    };
    let published = platform::local_date_time(draft.published, messages.language());
    let reader = Rc::new(state.reader.clone());
    let issues = Rc::new(if attempt.is_empty() {
        Vec::new()
    } else {
        reader.issues(&draft)
    });
    let on_attempt = {
        let attempt = attempt.clone();
        Callback::from(move |found: Vec<Issue>| attempt.set(Rc::new(found)))
    };
    let on_forget = {
        let (state, key, kept, forgotten) =
            (state.clone(), key.clone(), kept.clone(), forgotten.clone());
        Callback::from(move |()| {
            let done = review::forget(&key);
            if done.is_ok() {
                state.dispatch(Action::Forget(Box::new(Reader::new(
                    new_id(),
                    platform::now(),
                ))));
                kept.set(Kept::Not);
            }
            forgotten.set(Some(done));
        })
    };
    let commented = draft
        .sections
        .iter()
        .filter(|s| !reader.text(&s.id).trim().is_empty())
        .count();
    let kept_line = match &*kept {
        Kept::Not => String::new(),
        Kept::At(at) => messages.t_with(
            "review-page-kept",
            &[
                (
                    "time",
                    text(&platform::local_time(*at, messages.language())),
                ),
                ("count", i18n::number(commented)),
            ],
        ),
        Kept::Failed(_) => messages.t("save-status-not-saved"),
    };
    html! {
        <>
            <h1 class="heading-l" lang={language.clone()} dir="auto">{ draft_title(&draft, &language) }</h1>
            <p class="caption">{ messages.t_with("review-page-draft", &[("version", text(&draft.version)), ("date", text(&published))]) }</p>
            <div class="inset">
                <p>{ messages.t("review-page-intro") }</p>
                <p><a href="#send">{ messages.t("review-page-to-send") }</a></p>
            </div>
            if let Kept::Failed(e) = &*kept {
                <div class="warning-banner" role="alert">
                    <h2 class="warning-banner__title">{ messages.t("review-page-not-kept-title") }</h2>
                    <p>{ errors::storage(&messages, e) }</p>
                    <p>{ messages.t("review-page-not-kept") }</p>
                </div>
            }
            if let Some(aside) = &first.1 {
                <div class="warning-banner" role="alert">
                    <p>{ messages.t_with("review-page-unreadable", &[("reason", text(&errors::format(&messages, &aside.reason)))]) }</p>
                    if let Some(moved) = &aside.moved_to {
                        <p>{ messages.t_with("review-page-set-aside", &[("key", text(moved))]) }</p>
                    }
                </div>
            }
            <p class={classes!("save-status", matches!(*kept, Kept::Failed(_)).then_some("save-status--error"))} role="status">{ kept_line }</p>
            <Contents draft={draft.clone()} language={language.clone()} reader={reader.clone()} />
            { for draft.sections.iter().map(|s| html! {
                <SectionView key={s.id.clone()} section={s.clone()} language={language.clone()}
                    comment={reader.text(&s.id).to_string()} on_edit={on_edit.clone()}
                    error={errors::field_error(&issues, &Field::Comment(s.id.clone()), &messages)} />
            }) }
            <SendComments draft={draft.clone()} reader={reader} language={language} on_edit={on_edit}
                issues={issues} summary={(*attempt).clone()} on_attempt={on_attempt}
                on_forget={on_forget} forgotten={(*forgotten).clone()} />
        </>
    }
}
