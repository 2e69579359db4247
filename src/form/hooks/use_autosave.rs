//! Saves changed responses to storage about a third of a second after a change, and at once when the page is hidden or left; never over a newer copy another tab saved, which is taken instead, as are the other tabs' changes when they happen.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::core::format::APP_VERSION;
use crate::form::state::{Action, AppState};
use crate::web::storage::{self, Elsewhere, Persistence, Saved};
use crate::web::{platform, questionnaires};

/// How long after the first unsaved change the save happens.
const SAVE_DELAY_MS: u32 = 300;

/// Writes every response changed since the last save; reports the outcome to the reducer.
fn save_dirty(state: &AppState, dispatcher: &UseReducerDispatcher<AppState>) {
    if state.dirty.is_empty() {
        return;
    }
    let now = platform::now();
    let mut written = Vec::new();
    for (id, revision) in &state.dirty {
        let Some(draft) = state.draft(id) else {
            continue;
        };
        match storage::save(draft, now, APP_VERSION) {
            Ok(Saved::Written) => written.push((id.clone(), *revision)),
            // Another tab saved a newer copy: it is taken, and ours is not written over it.
            Ok(Saved::NewerElsewhere(theirs)) => {
                dispatcher.dispatch(Action::ChangedElsewhere(theirs));
            }
            Err(e) => {
                // What was written still counts; the rest stays dirty and in memory.
                if !written.is_empty() {
                    dispatcher.dispatch(Action::Saved { at: now, written });
                }
                dispatcher.dispatch(Action::SaveFailed(e));
                return;
            }
        }
    }
    dispatcher.dispatch(Action::Saved { at: now, written });
}

/// Keeps storage in step with the state.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<AppState>) {
    // Timers and page events read the latest state through this, not the state of the render
    // that set them up.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let asked_persistence = use_mut_ref(|| false);
    let dispatcher = state.dispatcher();

    {
        // Throttle, not debounce: the first change starts the clock, so steady typing still saves.
        let (latest, pending, dispatcher) = (latest.clone(), pending.clone(), dispatcher.clone());
        use_effect_with(state.revision, move |_| {
            if !latest.borrow().dirty.is_empty() && pending.borrow().is_none() {
                let pending_in_timer = pending.clone();
                *pending.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || {
                    pending_in_timer.borrow_mut().take();
                    save_dirty(&latest.borrow(), &dispatcher);
                }));
            }
        });
    }

    {
        let (latest, dispatcher) = (latest.clone(), dispatcher.clone());
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let document = window.as_ref().and_then(|w| w.document());
            let save_on_pagehide = {
                let (latest, dispatcher) = (latest.clone(), dispatcher.clone());
                window.map(|w| {
                    EventListener::new(&w, "pagehide", move |_| {
                        save_dirty(&latest.borrow(), &dispatcher)
                    })
                })
            };
            let save_when_hidden = document.map(|d| {
                let doc = d.clone();
                EventListener::new(&d, "visibilitychange", move |_| {
                    if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                        save_dirty(&latest.borrow(), &dispatcher);
                    }
                })
            });
            move || drop((save_on_pagehide, save_when_hidden))
        });
    }

    // Another tab's saves and deletions, heard as they happen.
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |event| {
                    use wasm_bindgen::JsCast;
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    match storage::elsewhere(event) {
                        // A draft of a questionnaire this device does not know cannot be shown.
                        Some(Elsewhere::Changed(draft))
                            if questionnaires::find(
                                &questionnaires::known(),
                                &draft.response.questionnaire,
                            )
                            .is_some() =>
                        {
                            dispatcher.dispatch(Action::ChangedElsewhere(draft))
                        }
                        Some(Elsewhere::Changed(_)) => {}
                        Some(Elsewhere::Deleted(id)) => {
                            dispatcher.dispatch(Action::DeletedElsewhere(id))
                        }
                        None => {}
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Ask the browser to keep our data once something worth keeping has been saved; asking
    // earlier would prompt people in Firefox before they typed anything.
    use_effect_with(state.last_saved.is_some(), move |saved| {
        if *saved && !*asked_persistence.borrow() {
            *asked_persistence.borrow_mut() = true;
            wasm_bindgen_futures::spawn_local(async move {
                let result = storage::request_persistence().await;
                if result != Persistence::Unknown {
                    dispatcher.dispatch(Action::Persistence(result));
                }
            });
        }
    });
}
