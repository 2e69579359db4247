//! What the form and the review page both ask of a person, as choices named in the page's
//! language: a keyed enum's radio options, the countries sorted by their names, a country's
//! region.

use std::rc::Rc;

use yew::AttrValue;

use crate::core::countries::{Country, Region};
use crate::i18n::Messages;
use crate::ui::labels;
use crate::ui::widgets::RadioOption;
use crate::web::locale::{self, DisplayNames};

/// Radio choices for every value of a keyed enum, named through `ui::labels`.
pub fn radio_options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    message: fn(T) -> &'static str,
    messages: &Messages,
) -> Vec<RadioOption> {
    all.iter()
        .map(|&v| RadioOption {
            value: key(v).into(),
            label: messages.t(message(v)).into(),
            hint: None,
        })
        .collect()
}

/// Countries named and sorted as `language` does, so a person finds theirs by its own name.
pub fn country_options(language: &str) -> Rc<Vec<(AttrValue, AttrValue)>> {
    let names = DisplayNames::new(language);
    let mut all: Vec<_> = Country::all()
        .map(|c| (AttrValue::from(c.code()), AttrValue::from(names.country(c))))
        .collect();
    locale::sort_by_name(&mut all, |(_, name)| name.as_str(), language);
    Rc::new(all)
}

/// `(sub-region, region)` names of an M49 region in the page's language.
pub fn region_names(m: &Messages, r: &Region) -> (String, String) {
    (
        m.t(&labels::region(r.subregion_code)),
        m.t(&labels::region(r.region_code)),
    )
}
