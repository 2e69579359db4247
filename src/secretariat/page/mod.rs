//! The secretariat's synthesis page: load files, read the import report, filter, read each question's synthesis, export. The work happens in the worker; the page holds a pure reducer ([`state`]) behind a handle ([`use_synthesis`]) whose methods its children call.

mod answers;
mod bar_chart;
mod comments;
mod documents;
mod drop_zone;
mod editing;
mod exports;
mod filters;
mod import_report;
mod key_maker;
mod key_prompt;
mod overview;
mod question_view;
mod questionnaire_choice;
pub mod state;
mod status;
mod table_mapping;
pub mod use_synthesis;
mod workspace_files;
mod workspace_panel;

use std::rc::Rc;

use yew::prelude::*;
use yew_agent::reactor::ReactorProvider;

use comments::Comments;
use documents::Documents;
use drop_zone::DropZone;
use editing::EditingPanel;
use exports::Exports;
use filters::Filters;
use import_report::{ImportReport, ReviewFiles};
use key_maker::KeyMaker;
use key_prompt::KeyPrompt;
use overview::Overview;
use question_view::QuestionView;
use questionnaire_choice::QuestionnaireChoice;
use status::Status;
use table_mapping::TableMapping;
use use_synthesis::{SynthesisHandle, WORKER_SCRIPT, use_synthesis_root};
use workspace_files::{Conflicts, WorkspaceFiles};
use workspace_panel::WorkspacePanel;

use crate::core::questionnaire::Questionnaire;
use crate::i18n::Messages;
use crate::secretariat::worker::SynthesisReactor;
use crate::ui::hooks::{use_language, use_messages};
use crate::ui::widgets::LanguageMenu;
use crate::web::codec::Postcard;
use crate::web::locale;

/// Mounts the synthesis page into `#app`.
pub fn start() {
    let Some(root) = crate::web::platform::app_root() else {
        return;
    };
    // The first language's messages arrive before the page is drawn, so it never flickers
    // from English; if they cannot, the page is drawn in English.
    // `?editor` opens the questionnaire editor, which shares this page's code and worker.
    let editor = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.trim_start_matches('?').split('&').any(|p| p == "editor"));
    wasm_bindgen_futures::spawn_local(async move {
        let _ = locale::ensure(locale::initial_language(), true).await;
        root.set_inner_html("");
        if editor {
            yew::Renderer::<crate::secretariat::editor::EditorApp>::with_root(root).render();
        } else {
            yew::Renderer::<SynthesisApp>::with_root(root).render();
        }
    });
}

/// The page, with the worker and the messages provided.
#[function_component]
pub fn SynthesisApp() -> Html {
    let language = use_language(Messages::with_synthesis, true);
    html! {
        <ContextProvider<Rc<Messages>> context={language.messages.clone()}>
            <ReactorProvider<SynthesisReactor, Postcard> path={WORKER_SCRIPT}>
                <SynthesisPage on_language={language.choose.clone()} language_failed={language.failed} />
            </ReactorProvider<SynthesisReactor, Postcard>>
        </ContextProvider<Rc<Messages>>>
    }
}

/// Props of [`SynthesisPage`].
#[derive(Properties, PartialEq)]
pub struct SynthesisPageProps {
    /// Switches the page's language.
    pub on_language: Callback<&'static str>,
    /// A language that could not be loaded.
    pub language_failed: Option<&'static str>,
}

/// Everything on the page.
#[function_component]
pub fn SynthesisPage(props: &SynthesisPageProps) -> Html {
    let messages = use_messages();
    let handle = use_synthesis_root();
    let s = handle.state();
    let questionnaire: Rc<Questionnaire> = s.questionnaire.clone();
    html! {
        <ContextProvider<SynthesisHandle> context={handle.clone()}>
            <header class="header">
                <div class="container header__inner">
                    <span class="header__title">{ messages.t("app-name") }</span>
                    <LanguageMenu on_choose={props.on_language.clone()} failed={props.language_failed} />
                </div>
            </header>
            <div class="container">
                <main id="main" class="main main--wide" tabindex="-1" data-helper={s.helper_ready.then_some("ready")}>
                    <h1 class="heading-xl" id="page-heading" tabindex="-1">{ messages.t("synthesis-title") }</h1>
                    <p class="lead">{ messages.t("synthesis-intro") }</p>
                    <QuestionnaireChoice />
                    <DropZone />
                    <TableMapping questionnaire={questionnaire.clone()} />
                    <Status />
                    <WorkspacePanel />
                    <Conflicts questionnaire={questionnaire.clone()} />
                    if s.waiting_for_key > 0 {
                        <KeyPrompt />
                    }
                    if !s.files.is_empty() {
                        <ImportReport files={s.files.clone()} responses={s.responses} />
                        if !s.review.is_empty() {
                            <ReviewFiles files={s.review.clone()} />
                        }
                        <Filters />
                    }
                    if let Some(synthesis) = &s.synthesis {
                        <Overview synthesis={synthesis.clone()} />
                        <Documents synthesis={synthesis.clone()} />
                        <EditingPanel questionnaire={questionnaire.clone()} />
                        <QuestionView synthesis={synthesis.clone()} questionnaire={questionnaire.clone()} />
                        <Comments synthesis={synthesis.clone()} />
                        <Exports />
                    }
                    <WorkspaceFiles />
                    <KeyMaker />
                </main>
            </div>
            <footer class="footer">
                <div class="container">
                    <p><a href="../#/accessibility">{ messages.t("footer-accessibility") }</a></p>
                </div>
            </footer>
        </ContextProvider<SynthesisHandle>>
    }
}
