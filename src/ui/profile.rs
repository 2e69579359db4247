//! What the form and the review page both ask of a person, as choices named in the page's
//! language: a keyed enum's radio options, the publication choices, the country field with the
//! region that follows from it.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::countries::{Country, Region};
use crate::core::response::Publication;
use crate::i18n::{Messages, text};
use crate::ui::labels;
use crate::ui::widgets::{RadioOption, SelectField};
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

/// The three publication choices, each with its hint.
pub fn publication_options(messages: &Messages) -> Vec<RadioOption> {
    Publication::ALL
        .iter()
        .map(|&p| RadioOption {
            value: p.key().into(),
            label: messages.t(labels::publication(p)).into(),
            hint: Some(messages.t(labels::publication_hint(p)).into()),
        })
        .collect()
}

/// The country field (`#field-country`), the countries named and sorted in the page's language,
/// and under it the region that follows from the country chosen.
pub fn country_field(
    messages: &Messages,
    countries: Rc<Vec<(AttrValue, AttrValue)>>,
    country: Option<Country>,
    error: Option<AttrValue>,
    on_change: Callback<String>,
) -> Html {
    let region = country
        .and_then(Country::region)
        .map(|r| region_names(messages, &r));
    html! {
        <>
            <SelectField id="field-country" label={messages.t("about-country")} hint={Some(AttrValue::from(messages.t("about-country-hint")))}
                placeholder={messages.t("about-country-choose")} options={countries}
                selected={country.map(|c| AttrValue::from(c.code()))} autocomplete="country" {error} {on_change} />
            if let Some((subregion, region)) = region {
                <p class="derived" id="field-region">
                    { messages.t_with("about-region", &[("subregion", text(&subregion)), ("region", text(&region))]) }
                </p>
            }
        </>
    }
}
