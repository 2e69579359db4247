//! Talking to the page that frames the form, when the `host` option names its origin: ready, the content's height (so the frame fits without a scrollbar), drafts saved. A ping from the host gets "ready"; anything from another origin, or of another shape, is ignored.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::time::Timestamp;
use crate::web::options;

/// Tells the host when the form is ready (and again when it asks), how tall it is after every
/// render, and when drafts were saved.
#[hook]
pub fn use_host(host: Option<String>, last_saved: Option<Timestamp>) {
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
    use_effect_with(last_saved, |saved| {
        if saved.is_some() {
            options::tell_host(&serde_json::json!({ "type": "bpf-survey:saved" }));
        }
    });
}
