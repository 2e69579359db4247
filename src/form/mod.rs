//! The respondent's app: the form, loaded by `index.html`. The root owns a pure reducer ([`state`]); hooks wrap storage, routing and the responses behind handles; pages own their private children.

mod app;
pub mod encrypt;
pub mod hooks;
mod pages;
pub mod route;
pub mod state;
mod widgets;

pub use app::App;

/// Mounts the app into `#app`, replacing the loading notice that the page shows until then.
pub fn start() {
    let Some(root) = crate::web::platform::app_root() else {
        return;
    };
    crate::web::service_worker::register();
    crate::web::options::apply_accent();
    if crate::web::options::recipient().is_some_and(|r| r.is_ok()) {
        crate::web::encryption::load_ahead();
    }
    // The first language's messages arrive before the form is drawn, so it never flickers
    // from English; if they cannot (offline before the first visit was cached), English.
    wasm_bindgen_futures::spawn_local(async move {
        let language = crate::web::locale::initial_language();
        let _ = crate::web::locale::ensure(language, false).await;
        root.set_inner_html("");
        yew::Renderer::<App>::with_root(root).render();
    });
}
