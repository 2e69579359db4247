//! The app root: owns the state, provides messages and the responses handle, and routes to a page; hooks keep the focus, the title, the autosave and the framing host page.

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{ResponsesHandle, use_autosave, use_focus, use_host, use_route, use_title};
use super::pages::{
    self, AboutYou, Accessibility, Done, Embed, Home, NotFound, PublicationChoice, Questions,
    Review, StepProps,
};
use super::route::{Route, Step};
use super::state::{Action, AppState};
use super::widgets::{SaveStatus, StorageRisk, StorageWarning, options_banner};
use crate::core::questionnaire::{self, Questionnaire};
use crate::core::store;
use crate::core::validate;
use crate::i18n::{Messages, text};
use crate::ui::hooks::use_language;
use crate::ui::widgets::LanguageMenu;
use crate::ui::{caret, errors};
use crate::web::{options, storage};

fn initial_state() -> AppState {
    let questionnaire = questionnaire::builtin().reference();
    let action = match storage::load_all() {
        Ok(loaded) => Action::Loaded {
            drafts: loaded
                .drafts
                .into_iter()
                .filter(|d| store::belongs(d, &questionnaire))
                .collect(),
            unreadable: loaded
                .unreadable
                .iter()
                .map(|(key, e)| (key.clone(), errors::stored(e)))
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
    use_autosave(&state, questionnaire.reference());
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

    use_focus(&route, open.as_ref().map(|d| d.caret.clone()));
    use_title(page_title(&route, &messages, !issues.is_empty()));

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
            let notice = notice.clone();
            pages::download_and_tell(
                &handle,
                &id,
                &messages,
                Callback::from(move |said| notice.set(Some(said))),
            );
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
    let (embed_options, option_problems) = use_memo((), |_| options::embed()).as_ref().clone();
    use_host(embed_options.host.clone(), state.last_saved);
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
                    { options_banner(&messages, &option_problems) }
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
