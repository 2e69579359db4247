//! Choosing response files: several at once, a whole folder, or dropped on the page. Files are read one by one and sent to the worker, so thousands of them never hold the page.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_synthesis::use_synthesis;
use crate::ui::hooks::use_messages;
use crate::web::files::files_of;

/// The file picker and drop area.
#[function_component]
pub fn DropZone() -> Html {
    let messages = use_messages();
    let handle = use_synthesis();
    let busy = handle.state().busy();
    let files_ref = use_node_ref();
    let folder_ref = use_node_ref();
    let dragging = use_state(|| false);

    let on_pick = {
        let handle = handle.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            handle.load_files(files_of(input.files()));
            // The same files can be chosen again later.
            input.set_value("");
        })
    };
    let open = |node: NodeRef| {
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_drop = {
        let (handle, dragging) = (handle.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            handle.load_files(files_of(e.data_transfer().and_then(|d| d.files())));
        })
    };
    let on_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };

    html! {
        <section class={classes!("drop-zone", dragging.then_some("drop-zone--over"))} aria-labelledby="load-heading"
            ondrop={on_drop} ondragover={on_over} ondragleave={on_leave}>
            <h2 class="heading-m" id="load-heading">{ messages.t("synthesis-load-title") }</h2>
            <p>{ messages.t("synthesis-load-hint") }</p>
            <input type="file" multiple=true ref={files_ref.clone()} onchange={on_pick.clone()} hidden=true id="file-input" />
            <input type="file" multiple=true webkitdirectory=true ref={folder_ref.clone()} onchange={on_pick} hidden=true id="folder-input" />
            <div class="button-group">
                <button type="button" class="button" onclick={open(files_ref)} disabled={busy}>{ messages.t("synthesis-choose-files") }</button>
                <button type="button" class="button button--secondary" onclick={open(folder_ref)} disabled={busy}>{ messages.t("synthesis-choose-folder") }</button>
            </div>
        </section>
    }
}
