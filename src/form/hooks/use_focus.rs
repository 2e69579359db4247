//! Where the focus goes after a page change: a field named by the route; on first load, where the person was typing; otherwise the new page's heading, as a screen-reader user expects after navigation.

use yew::prelude::*;

use crate::core::store::Caret;
use crate::form::route::Route;
use crate::ui::caret;

/// Moves the focus when the route changes; `restore` is where the person was typing.
#[hook]
pub fn use_focus(route: &Route, restore: Option<Caret>) {
    let first = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |route| {
        let initial = std::mem::take(&mut *first.borrow_mut());
        match (route, restore) {
            (
                Route::Response {
                    focus: Some(field), ..
                },
                _,
            ) => {
                caret::focus(field, None);
            }
            (_, Some(c)) if initial && !c.field.is_empty() => {
                caret::focus(&c.field, Some((c.start, c.end)));
            }
            _ if !initial => {
                caret::focus("page-heading", None);
            }
            _ => {}
        }
    });
}

/// Keeps the document's title.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(title);
        }
    });
}
