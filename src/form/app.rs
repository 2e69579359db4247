//! The app root: owns the state, provides messages and the responses handle, and routes to a page; hooks keep the focus, the title, the autosave and the framing host page.

use std::rc::Rc;

use yew::prelude::*;

#[cfg(feature = "any-questionnaire")]
use super::hooks::navigate;
use super::hooks::{ResponsesHandle, use_autosave, use_focus, use_host, use_route, use_title};
#[cfg(feature = "any-questionnaire")]
use super::pages::Embed;
use super::pages::{
    self, AboutYou, Accessibility, Done, Home, NotFound, PublicationChoice, Questions, Review,
    StepProps,
};
use super::route::{Route, Step};
use super::state::{Action, AppState};
use super::widgets::{SaveStatus, StorageRisk, StorageWarning, options_banner};
#[cfg(feature = "any-questionnaire")]
use crate::core::questionnaire;
use crate::core::questionnaire::Questionnaire;
use crate::core::response::ResponseId;
use crate::core::validate;
use crate::i18n::{Messages, text};
use crate::ui::hooks::use_language;
use crate::ui::widgets::LanguageMenu;
use crate::ui::{caret, errors};
use crate::web::questionnaires;
#[cfg(feature = "any-questionnaire")]
use crate::web::questionnaires::LoadError;
use crate::web::{options, storage};

/// The stored drafts this page can show, and the ids of those it cannot: drafts of
/// questionnaires it does not know, which stay stored, untouched (the form for the built-in
/// questionnaire sends the person to `form.html` for them).
fn initial_state(known: &[Rc<Questionnaire>]) -> (AppState, Vec<ResponseId>) {
    let mut hidden = Vec::new();
    let action = match storage::load_all() {
        Ok(loaded) => Action::Loaded {
            drafts: loaded
                .drafts
                .into_iter()
                .filter(|d| {
                    let shown = questionnaires::find(known, &d.response.questionnaire).is_some();
                    if !shown {
                        hidden.push(d.response.id.clone());
                    }
                    shown
                })
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
    (
        Rc::unwrap_or_clone(Rc::new(AppState::default()).reduce(action)),
        hidden,
    )
}

/// The form for any questionnaire, at the same place in it: the form for the built-in
/// questionnaire has neither other questionnaires nor the embed page. (The page's inline script
/// sends addresses naming a questionnaire before this program even loads.)
#[cfg(not(feature = "any-questionnaire"))]
fn to_any_questionnaire_form() {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let search = location.search().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let _ = location.replace(&format!("form.html{search}{hash}"));
    }
}

/// Where the footer's link to the embed page goes, with this page's address options.
fn embed_page() -> String {
    if cfg!(feature = "any-questionnaire") {
        "#/embed".to_string()
    } else {
        crate::web::options::form_page("#/embed")
    }
}

fn page_title(route: &Route, messages: &Messages, has_errors: bool) -> String {
    let page = match route {
        Route::Home => None,
        Route::NotFound => Some(messages.t("not-found-title")),
        Route::Accessibility => Some(messages.t("a11y-title")),
        #[cfg(feature = "any-questionnaire")]
        Route::Embed => Some(messages.t("embed-title")),
        // The form for the built-in questionnaire is on its way to form.html's embed page.
        #[cfg(not(feature = "any-questionnaire"))]
        Route::Embed => None,
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

/// Which questionnaire new responses answer.
#[derive(Clone, PartialEq)]
enum Current {
    /// The one the page address names, being fetched.
    #[cfg(feature = "any-questionnaire")]
    Loading,
    /// Ready.
    Ready(Rc<Questionnaire>),
}

/// The whole app.
#[function_component]
pub fn App() -> Html {
    let (embed_options, option_problems) = use_memo((), |_| options::embed()).as_ref().clone();
    // A well-formed key the site does not list, or one this copy cannot use: said at the top
    // of every page.
    let key_note = *use_memo((), |_| match options::recipient() {
        Some(Err(crate::web::options::KeyProblem::Unlisted(_))) => Some("key-option-unlisted"),
        Some(Err(crate::web::options::KeyProblem::OpenedFromFile)) => Some("key-option-from-file"),
        _ => None,
    });
    let known = use_state(|| Rc::new(questionnaires::known()));
    let current = use_state(|| match &embed_options.questionnaire {
        #[cfg(feature = "any-questionnaire")]
        Some(_) => Current::Loading,
        _ => Current::Ready(known[0].clone()),
    });
    #[cfg(feature = "any-questionnaire")]
    let questionnaire_problem = use_state(|| None::<(String, LoadError)>);
    let language = use_language(Messages::new, false);
    let messages = language.messages.clone();
    let hidden = use_mut_ref(Vec::<ResponseId>::new);
    let state = {
        let (known, hidden) = (known.clone(), hidden.clone());
        use_reducer(move || {
            let (state, others) = initial_state(&known);
            *hidden.borrow_mut() = others;
            state
        })
    };
    use_autosave(&state);
    let route = use_route();
    // What only the form for any questionnaire has: another questionnaire, the embed page, a
    // draft of another questionnaire.
    #[cfg(not(feature = "any-questionnaire"))]
    let elsewhere = embed_options.questionnaire.is_some()
        || match &route {
            Route::Embed => true,
            Route::Response { id, .. } => hidden.borrow().contains(id),
            _ => false,
        };
    #[cfg(not(feature = "any-questionnaire"))]
    {
        use_effect_with(elsewhere, |elsewhere| {
            if *elsewhere {
                to_any_questionnaire_form();
            }
        });
    }
    let handle = ResponsesHandle::new(state.clone());

    // The questionnaire the page address names, fetched once (then kept on the device); the
    // built-in one, and the reason, when it cannot be used.
    #[cfg(feature = "any-questionnaire")]
    {
        let (known, current, problem) = (
            known.clone(),
            current.clone(),
            questionnaire_problem.clone(),
        );
        let address = embed_options.questionnaire.clone();
        use_effect_with((), move |_| {
            if let Some(address) = address {
                wasm_bindgen_futures::spawn_local(async move {
                    match questionnaires::load(&address).await {
                        Ok(q) => current.set(Current::Ready(adopt(&known, q))),
                        Err(e) => {
                            problem.set(Some((address, e)));
                            current.set(Current::Ready(known[0].clone()));
                        }
                    }
                });
            }
        });
    }
    // A questionnaire the person opens from a file.
    #[cfg(feature = "any-questionnaire")]
    let on_questionnaire_file = {
        let (known, current, problem) = (
            known.clone(),
            current.clone(),
            questionnaire_problem.clone(),
        );
        Callback::from(move |(name, text): (String, Result<String, LoadError>)| {
            let read = text.and_then(|text| {
                let q = questionnaire::parse(&text)?;
                questionnaires::keep(&text, &q, None);
                Ok(q)
            });
            match read {
                Ok(q) => {
                    problem.set(None);
                    current.set(Current::Ready(adopt(&known, q)));
                    navigate(&Route::Home);
                }
                Err(e) => problem.set(Some((name, e))),
            }
        })
    };

    // On a shared device a response is shown only in the tab where it was begun, until the
    // person leaves it for the start page or for another site: Back, the history and another
    // tab show the next person "page not found", never the unfinished answers.
    let shared = embed_options.shared;
    let open = match &route {
        Route::Response { id, .. } => state
            .drafts
            .get(id)
            .filter(|_| !shared || storage::owns_shared(id))
            .cloned(),
        _ => None,
    };
    let redraw = use_force_update();
    {
        let home = route == Route::Home;
        use_effect_with(home, move |home| {
            if shared && *home {
                storage::set_shared_owner(None);
            }
            // Leaving for another site keeps the page in the back-forward cache: what it
            // shows then must be nothing of the response (a reload is no leaving).
            let on_leave = shared.then(|| {
                web_sys::window().map(|w| {
                    gloo::events::EventListener::new(&w, "pagehide", move |e| {
                        let persisted =
                            wasm_bindgen::JsCast::dyn_ref::<web_sys::PageTransitionEvent>(e)
                                .is_some_and(web_sys::PageTransitionEvent::persisted);
                        if persisted {
                            storage::set_shared_owner(None);
                            redraw.force_update();
                        }
                    })
                })
            });
            move || drop(on_leave)
        });
    }
    // On a shared device a response removed once its file was saved stays in memory only
    // while its "done" page is on screen: once the person moves on, in the page or away from
    // it (a page kept in the back-forward cache comes back as it was left), nothing of it is
    // left for the next one, Back included.
    {
        let dispatcher = state.dispatcher();
        let done = match &route {
            Route::Response {
                id,
                step: Step::Done,
                ..
            } => Some(id.clone()),
            _ => None,
        };
        use_effect_with(done, move |done| {
            let done = done.clone();
            let on_leave = done.clone().and_then(|id| {
                let dispatcher = dispatcher.clone();
                web_sys::window().map(|w| {
                    gloo::events::EventListener::new(&w, "pagehide", move |_| {
                        dispatcher.dispatch(Action::LeftDone(id.clone()))
                    })
                })
            });
            move || {
                drop(on_leave);
                if let Some(id) = done {
                    dispatcher.dispatch(Action::LeftDone(id));
                }
            }
        });
    }
    // The questionnaire of the response on screen (kept by another tab since, if need be).
    let draft_questionnaire = open.as_ref().and_then(|d| {
        questionnaires::find(&known, &d.response.questionnaire)
            .cloned()
            .or_else(|| {
                questionnaires::find(&questionnaires::known(), &d.response.questionnaire).cloned()
            })
    });
    // A draft records the language the person is writing in: the one on screen.
    {
        let dispatcher = state.dispatcher();
        let language = messages.language();
        let open_id = open.as_ref().map(|d| d.response.id.clone());
        // And, when it was begun before responses named their questionnaire's hash, the hash
        // of the questions it is shown with, so its files say exactly what was answered.
        let asked = draft_questionnaire.as_ref().map(|q| q.reference());
        use_effect_with((open_id, language, asked), move |(id, language, asked)| {
            if let Some(id) = id {
                dispatcher.dispatch(Action::Language {
                    id: id.clone(),
                    language: (*language).to_string(),
                });
                if let Some(asked) = asked {
                    dispatcher.dispatch(Action::Questionnaire {
                        id: id.clone(),
                        asked: asked.clone(),
                    });
                }
            }
        });
    }
    let issues = Rc::new(match (&open, &draft_questionnaire) {
        (Some(d), Some(q)) if state.attempted_finish.contains(&d.response.id) => {
            validate::check(&d.response, q)
        }
        _ => Vec::new(),
    });

    use_focus(&route, open.as_ref().map(|d| d.caret.clone()));
    use_title(page_title(&route, &messages, !issues.is_empty()));

    // What the person answers on this page: the draft's questionnaire, or the current one.
    #[cfg(feature = "any-questionnaire")]
    let shown = draft_questionnaire.clone().or_else(|| match &*current {
        Current::Ready(q) => Some(q.clone()),
        Current::Loading => None,
    });
    let page = match (&route, &open, &*current) {
        #[cfg(not(feature = "any-questionnaire"))]
        _ if elsewhere => {
            html! { <p class="status-line" role="status">{ messages.t("questionnaire-loading") }</p> }
        }
        #[cfg(feature = "any-questionnaire")]
        (Route::Home, _, Current::Loading) => {
            html! { <p class="status-line" role="status">{ messages.t("questionnaire-loading") }</p> }
        }
        #[cfg(feature = "any-questionnaire")]
        (Route::Home, _, Current::Ready(q)) => html! {
            <Home questionnaire={q.clone()} known={(*known).clone()} on_questionnaire_file={on_questionnaire_file.clone()} />
        },
        #[cfg(not(feature = "any-questionnaire"))]
        (Route::Home, _, Current::Ready(q)) => html! {
            <Home questionnaire={q.clone()} known={(*known).clone()} others={hidden.borrow().len()} />
        },
        (Route::Accessibility, ..) => html! { <Accessibility /> },
        #[cfg(feature = "any-questionnaire")]
        (Route::Embed, ..) => html! { <Embed /> },
        (Route::Response { step, .. }, Some(draft), _) if draft_questionnaire.is_some() => {
            let props = StepProps {
                draft: draft.clone(),
                questionnaire: draft_questionnaire
                    .clone()
                    .unwrap_or_else(|| known[0].clone()),
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
    use_host(embed_options.host.clone(), state.last_saved);
    #[cfg(feature = "any-questionnaire")]
    let banners = questionnaire_banners(&messages, &questionnaire_problem, &shown);
    #[cfg(not(feature = "any-questionnaire"))]
    let banners = Html::default();
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
                    { options_banner(&messages, &option_problems, key_note) }
                    { banners }
                    <main id="main" class="main" tabindex="-1">{ page }</main>
                </div>
                <footer class="footer">
                    <div class="container">
                        <p>{ messages.t("footer-privacy") }</p>
                        if !from_disk {
                            <p><a href="bpf-survey-offline.html" download="bpf-survey-offline.html">{ messages.t("footer-offline") }</a></p>
                            <p><a href="synthesis/">{ messages.t("footer-synthesis") }</a></p>
                            <p><a href={embed_page()}>{ messages.t("footer-embed") }</a></p>
                        }
                        <p><a href="#/accessibility">{ messages.t("footer-accessibility") }</a></p>
                        <p>{ messages.t_with("footer-version", &[("version", text(env!("CARGO_PKG_VERSION")))]) }</p>
                    </div>
                </footer>
            </ContextProvider<ResponsesHandle>>
        </ContextProvider<Rc<Messages>>>
    }
}

/// Why the questionnaire the page address names is not used, and what the person should know
/// of the one they answer.
#[cfg(feature = "any-questionnaire")]
fn questionnaire_banners(
    messages: &Messages,
    problem: &Option<(String, LoadError)>,
    shown: &Option<Rc<Questionnaire>>,
) -> Html {
    html! {
        <>
            if let Some((address, problem)) = problem {
                <div class="warning-banner" role="alert">
                    <p>{ messages.t_with("questionnaire-refused", &[("address", text(address)), ("reason", text(&questionnaire_reason(messages, problem)))]) }</p>
                </div>
            }
            if let Some(q) = shown {
                { questionnaire_notes(messages, q) }
            }
        </>
    }
}

/// `q` among the questionnaires this device knows (added if new): the copy to use.
#[cfg(feature = "any-questionnaire")]
fn adopt(
    known: &UseStateHandle<Rc<Vec<Rc<Questionnaire>>>>,
    q: Questionnaire,
) -> Rc<Questionnaire> {
    if let Some(same) = known.iter().find(|k| k.hash == q.hash) {
        return same.clone();
    }
    let q = Rc::new(q);
    let mut all: Vec<Rc<Questionnaire>> = (***known).clone();
    all.push(q.clone());
    known.set(Rc::new(all));
    q
}

/// Why a questionnaire is not used, in the person's language.
#[cfg(feature = "any-questionnaire")]
fn questionnaire_reason(m: &Messages, e: &LoadError) -> String {
    match e {
        LoadError::Unlisted => m.t("questionnaire-reason-unlisted"),
        LoadError::Fetch(e) => m.t_with(
            "questionnaire-reason-fetch",
            &[("detail", text(&e.to_string()))],
        ),
        LoadError::Refused(e) => crate::ui::errors::questionnaire(m, e),
    }
}

/// What the person should know of the questionnaire they answer: that it is an example, and
/// which of its texts are not in their language.
#[cfg(feature = "any-questionnaire")]
fn questionnaire_notes(m: &Messages, q: &Questionnaire) -> Html {
    let (given, all) = q.completeness(m.language());
    let fallback = q
        .title
        .languages()
        .next()
        .map_or("en", |l| if q.title.has("en") { "en" } else { l });
    html! {
        <>
            if q.example {
                <p class="notice" id="questionnaire-example">{ m.t("questionnaire-example") }</p>
            }
            if given < all {
                <p class="notice" id="questionnaire-fallback">{ m.t_with("questionnaire-fallback", &[("missing", crate::i18n::number(all - given)), ("all", crate::i18n::number(all)), ("language", text(&crate::ui::labels::language(m, fallback)))]) }</p>
            }
        </>
    }
}
