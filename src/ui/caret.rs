//! Reading and restoring the caret of a text field, so a reload puts the person back where they were typing.

use wasm_bindgen::JsCast;

use crate::core::store::Caret;

/// The caret of the field an event came from.
pub fn of_event(event: &yew::Event) -> Option<(String, Caret)> {
    let target = event.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let caret = Caret {
            field: input.id(),
            start: input.selection_start().ok().flatten().unwrap_or(0),
            end: input.selection_end().ok().flatten().unwrap_or(0),
        };
        return Some((input.value(), caret));
    }
    let input = target.dyn_ref::<web_sys::HtmlInputElement>()?;
    // Email inputs have no selection API; the caret then goes to the end on restore.
    let len = input.value().encode_utf16().count() as u32;
    let caret = Caret {
        field: input.id(),
        start: input.selection_start().ok().flatten().unwrap_or(len),
        end: input.selection_end().ok().flatten().unwrap_or(len),
    };
    Some((input.value(), caret))
}

/// Focuses the element with `id` and, for text fields, selects `start..end`. Returns whether
/// the element was there.
pub fn focus(id: &str, selection: Option<(u32, u32)>) -> bool {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return false;
    };
    let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() else {
        return false;
    };
    let _ = html.focus();
    if let Some((start, end)) = selection {
        if let Some(t) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            let _ = t.set_selection_range(start, end);
        } else if let Some(i) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            let _ = i.set_selection_range(start, end);
        }
    }
    true
}
