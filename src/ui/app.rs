//! The app root: owns the state, provides messages and the responses handle, routes to a page, and manages focus and the document title.

use std::rc::Rc;

use yew::prelude::*;

use super::caret;
use super::hooks::{ResponsesHandle, use_autosave, use_language, use_route};
use super::pages::{
    AboutYou, Accessibility, Done, Embed, Home, NotFound, PublicationChoice, Questions, Review,
    StepProps,
};
use super::route::{Route, Step};
use super::state::{Action, AppState};
use super::widgets::{LanguageMenu, SaveStatus, StorageRisk, StorageWarning};
use crate::core::embed::OptionProblem;
use crate::core::questionnaire::{self, Questionnaire};
use crate::core::validate;
use crate::i18n::{Messages, text};
use crate::web::{options, storage};
use wasm_bindgen::JsCast;

fn initial_state() -> AppState {
    let action = match storage::load_all() {
        Ok(loaded) => Action::Loaded {
            drafts: loaded.drafts,
            unreadable: loaded
                .unreadable
                .into_iter()
                .map(|(key, e)| (key, e.to_string()))
                .collect(),
            error: None,
        },
        Err(e) => Action::Loaded {
            drafts: Vec::new(),
            unreadable: Vec::new(),
            error: Some(e),
        },
    };
    use yew::Reducible;
    Rc::unwrap_or_clone(Rc::new(AppState::default()).reduce(action))
}

fn page_title(route: &Route, messages: &Messages, has_errors: bool) -> String {
    let page = match route {
        Route::Home => None,
        Route::NotFound => Some(messages.t("not-found-title")),
        Route::Accessibility => Some(messages.t("a11y-title")),
        Route::Embed => Some(messages.t("embed-title")),
        Route::Response { step, .. } => Some(messages.t(match step {
            Step::About => "about-title",
            Step::Questions => "questions-title",
            Step::Publication => "publication-title",
            Step::Review => "review-title",
            Step::Done => "done-title",
        })),
    };
    let mut title = page
        .map(|p| {
            format!(
                "{p} {} {}",
                messages.t("title-separator"),
                messages.t("app-name")
            )
        })
        .unwrap_or_else(|| messages.t("app-name"));
    if has_errors {
        title = format!("{} {title}", messages.t("error-prefix"));
    }
    title
}

/// The whole app.
#[function_component]
pub fn App() -> Html {
    let questionnaire: Rc<Questionnaire> = use_memo((), |_| questionnaire::builtin());
    let language = use_language(Messages::new, false);
    let messages = language.messages.clone();
    let state = use_reducer(initial_state);
    use_autosave(&state);
    let route = use_route();
    let handle = ResponsesHandle::new(state.clone());

    let open = match &route {
        Route::Response { id, .. } => state.drafts.get(id).cloned(),
        _ => None,
    };
    // A draft records the language the person is writing in: the one on screen.
    {
        let dispatcher = state.dispatcher();
        let language = messages.language();
        let open_id = open.as_ref().map(|d| d.response.id.clone());
        use_effect_with((open_id, language), move |(id, language)| {
            if let Some(id) = id {
                dispatcher.dispatch(Action::Language {
                    id: id.clone(),
                    language: (*language).to_string(),
                });
            }
        });
    }
    let issues = Rc::new(match &open {
        Some(d) if state.attempted_finish.contains(&d.response.id) => {
            validate::check(&d.response, &questionnaire)
        }
        _ => Vec::new(),
    });

    // Focus: a field named by the route; else, on first load, where the person was typing;
    // else the new page's heading, as a screen-reader user expects after navigation.
    {
        let first = use_mut_ref(|| true);
        let restore = open.as_ref().map(|d| d.caret.clone());
        use_effect_with(route.clone(), move |route| {
            let initial = std::mem::take(&mut *first.borrow_mut());
            match (route, restore) {
                (
                    Route::Response {
                        focus: Some(field), ..
                    },
                    _,
                ) => {
                    caret::focus(field, None);
                }
                (_, Some(c)) if initial && !c.field.is_empty() => {
                    caret::focus(&c.field, Some((c.start, c.end)));
                }
                _ if !initial => {
                    caret::focus("page-heading", None);
                }
                _ => {}
            }
        });
    }
    {
        let title = page_title(&route, &messages, !issues.is_empty());
        use_effect_with(title, |title| {
            if let Some(d) = web_sys::window().and_then(|w| w.document()) {
                d.set_title(title);
            }
        });
    }

    let page = match (&route, &open) {
        (Route::Home, _) => html! { <Home questionnaire={questionnaire.clone()} /> },
        (Route::Accessibility, _) => html! { <Accessibility /> },
        (Route::Embed, _) => html! { <Embed /> },
        (Route::Response { step, .. }, Some(draft)) => {
            let props = StepProps {
                draft: draft.clone(),
                questionnaire: questionnaire.clone(),
                issues: issues.clone(),
            };
            match step {
                Step::About => html! { <AboutYou ..props /> },
                Step::Questions => html! { <Questions ..props /> },
                Step::Publication => html! { <PublicationChoice ..props /> },
                Step::Review => html! { <Review ..props /> },
                Step::Done => html! { <Done ..props /> },
            }
        }
        _ => html! { <NotFound /> },
    };
    // The copy is what stands between the person and losing their text: say how it went.
    let copy_notice = use_state(|| None::<String>);
    let on_download_copy = open.as_ref().map(|d| {
        let (handle, id, notice, messages) = (
            handle.clone(),
            d.response.id.clone(),
            copy_notice.clone(),
            messages.clone(),
        );
        Callback::from(move |()| {
            notice.set(Some(match handle.download(&id) {
                Ok(name) => messages.t_with("downloaded", &[("file", text(&name))]),
                Err(e) => messages.t_with("download-failed", &[("reason", text(&e))]),
            }))
        })
    });
    // The offline kit, opened from disk, has no synthesis page and is itself the offline version.
    let from_disk = web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:");
    // Whether the browser may not keep the answers, asked again once persistence is known.
    let risk = use_state(|| None::<storage::Risk>);
    {
        let risk = risk.clone();
        use_effect_with(state.persistence, move |persistence| {
            let (risk, persistence) = (risk.clone(), *persistence);
            wasm_bindgen_futures::spawn_local(async move {
                risk.set(storage::risk(persistence).await);
            });
        });
    }
    let changed_since_copy = open
        .as_ref()
        .map(|d| d.last_download.map(|copied| d.response.updated > copied));
    // Talking to the framing page, when the `host` option names it: ready, the content's height
    // (so the frame fits without a scrollbar), drafts saved. A ping from the host gets "ready";
    // anything from another origin, or of another shape, is ignored.
    let (embed_options, option_problems) = use_memo((), |_| options::embed()).as_ref().clone();
    {
        let host = embed_options.host.clone();
        use_effect_with((), move |_| {
            options::tell_host(&serde_json::json!({ "type": "bpf-survey:ready" }));
            let listener = host.and_then(|host| {
                let window = web_sys::window()?;
                Some(gloo::events::EventListener::new(
                    &window,
                    "message",
                    move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                            return;
                        };
                        let asks = js_sys::Reflect::get(&event.data(), &"type".into())
                            .ok()
                            .and_then(|t| t.as_string());
                        if event.origin() == host && asks.as_deref() == Some("bpf-survey:ping") {
                            options::tell_host(&serde_json::json!({ "type": "bpf-survey:ready" }));
                        }
                    },
                ))
            });
            move || drop(listener)
        });
    }
    {
        let last_height = use_mut_ref(|| 0);
        use_effect(move || {
            // The body's own height: the document's would never shrink below the frame's.
            let height = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.body())
                .map_or(0, |b| b.offset_height());
            if height != *last_height.borrow() {
                *last_height.borrow_mut() = height;
                options::tell_host(
                    &serde_json::json!({ "type": "bpf-survey:height", "height": height }),
                );
            }
        });
    }
    use_effect_with(state.last_saved, |saved| {
        if saved.is_some() {
            options::tell_host(&serde_json::json!({ "type": "bpf-survey:saved" }));
        }
    });
    let on_skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        caret::focus("main", None);
    });

    html! {
        <ContextProvider<Rc<Messages>> context={messages.clone()}>
            <ContextProvider<ResponsesHandle> context={handle}>
                <a href="#main" class="skip-link" onclick={on_skip}>{ messages.t("skip-link") }</a>
                <header class="header">
                    <div class="container header__inner">
                        <a class="header__title" href="#/">{ messages.t("app-name") }</a>
                        <SaveStatus />
                        <LanguageMenu on_choose={language.choose.clone()} failed={language.failed} />
                    </div>
                </header>
                <div class="container">
                    if let Some(error) = &state.storage_error {
                        <StorageWarning error={error.clone()} on_download={on_download_copy.clone()} notice={(*copy_notice).clone()} />
                    } else if let (Some(risk), Some(on_download), Some(changed)) = (*risk, on_download_copy.clone(), changed_since_copy) {
                        <StorageRisk {risk} changed_since_copy={changed} {on_download} notice={(*copy_notice).clone()} />
                    }
                    if !option_problems.is_empty() {
                        <section class="warning-banner" aria-labelledby="options-title">
                            <h2 class="warning-banner__title" id="options-title">{ messages.t("options-title") }</h2>
                            <p>{ messages.t("options-intro") }</p>
                            <ul>
                                { for option_problems.iter().map(|p| html! { <li>{ match p {
                                    OptionProblem::Unknown(name) => messages.t_with("option-unknown", &[("name", text(name))]),
                                    OptionProblem::Invalid(name, value) => messages.t_with("option-invalid", &[("name", text(name)), ("value", text(value))]),
                                } }</li> }) }
                            </ul>
                        </section>
                    }
                    <main id="main" class="main" tabindex="-1">{ page }</main>
                </div>
                <footer class="footer">
                    <div class="container">
                        <p>{ messages.t("footer-privacy") }</p>
                        if !from_disk {
                            <p><a href="bpf-survey-offline.html" download="bpf-survey-offline.html">{ messages.t("footer-offline") }</a></p>
                            <p><a href="synthesis/">{ messages.t("footer-synthesis") }</a></p>
                            <p><a href="#/embed">{ messages.t("footer-embed") }</a></p>
                        }
                        <p><a href="#/accessibility">{ messages.t("footer-accessibility") }</a></p>
                        <p>{ messages.t_with("footer-version", &[("version", text(env!("CARGO_PKG_VERSION")))]) }</p>
                    </div>
                </footer>
            </ContextProvider<ResponsesHandle>>
        </ContextProvider<Rc<Messages>>>
    }
}
