//! Choosing response files: several at once, a whole folder, or dropped on the page. Files are read one by one and sent to the worker, so thousands of them never hold the page.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Worker;
use super::state::{Action, SynthesisState};
use crate::core::import::Limits;
use crate::ui::hooks::use_messages;
use crate::worker::Request;

/// Props of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// The worker.
    pub worker: Worker,
    /// Whether the worker is busy (new files wait).
    pub busy: bool,
    /// The page's state dispatcher.
    pub dispatcher: UseReducerDispatcher<SynthesisState>,
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads `files` in turn and sends each to the worker.
fn send_all(
    files: Vec<web_sys::File>,
    worker: Worker,
    dispatcher: UseReducerDispatcher<SynthesisState>,
) {
    if files.is_empty() {
        return;
    }
    let total = files.len();
    dispatcher.dispatch(Action::StartLoading(total));
    let max = Limits::default().max_file_bytes;
    wasm_bindgen_futures::spawn_local(async move {
        for (i, file) in files.into_iter().enumerate() {
            let size = file.size() as usize;
            let bytes = if size > max {
                Vec::new()
            } else {
                match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                    // An unreadable file (removed meanwhile, no permission) is reported as empty.
                    Err(_) => Vec::new(),
                }
            };
            // Files chosen with a folder carry their path inside it.
            let path = js_sys::Reflect::get(&file, &"webkitRelativePath".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let name = if path.is_empty() { file.name() } else { path };
            worker.send(Request::AddFile {
                name,
                size,
                bytes,
                index: i + 1,
                total,
            });
        }
    });
}

/// The file picker and drop area.
#[function_component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let messages = use_messages();
    let files_ref = use_node_ref();
    let folder_ref = use_node_ref();
    let dragging = use_state(|| false);

    let on_pick = {
        let (worker, dispatcher) = (props.worker.clone(), props.dispatcher.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            send_all(files_of(input.files()), worker.clone(), dispatcher.clone());
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
        let (worker, dispatcher, dragging) = (
            props.worker.clone(),
            props.dispatcher.clone(),
            dragging.clone(),
        );
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            send_all(
                files_of(e.data_transfer().and_then(|d| d.files())),
                worker.clone(),
                dispatcher.clone(),
            );
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
                <button type="button" class="button" onclick={open(files_ref)} disabled={props.busy}>{ messages.t("synthesis-choose-files") }</button>
                <button type="button" class="button button--secondary" onclick={open(folder_ref)} disabled={props.busy}>{ messages.t("synthesis-choose-folder") }</button>
            </div>
        </section>
    }
}
