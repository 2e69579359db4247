//! The review page: a draft of the output document, published by the Secretariat as one
//! self-contained HTML file, on which a reader comments section by section, offline if need
//! be, with every keystroke kept on the device, and saves a comment file to send back. The
//! draft is the page's own data, checked before anything is shown ([`crate::core::format::review`]).

mod app;
mod sections;
mod send;
pub mod state;

use std::rc::Rc;

pub use app::{App, AppProps};

/// Reads the page's draft, makes its first language ready, then mounts the app into `#app`.
pub fn start() {
    let Some(root) = crate::web::platform::app_root() else {
        return;
    };
    let found = app::Found::read();
    let among = found.languages();
    wasm_bindgen_futures::spawn_local(async move {
        let language = crate::ui::hooks::preferred_language(among.as_deref());
        let _ = crate::web::locale::ensure(language, true).await;
        root.set_inner_html("");
        let props = AppProps {
            found: Rc::new(found),
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    });
}
