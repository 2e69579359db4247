//! The synthesis's categories named in the page's language: stakeholder groups, capacities and
//! regions from the messages, languages from the browser's `Intl.DisplayNames`. The core
//! keeps stable keys and English labels (for the exports); only the page translates them.

use crate::core::synthesis::{Breakdowns, Count};
use crate::i18n::Messages;
use crate::web::locale::DisplayNames;

/// A copy of `b` with every label in `m`'s language (NRI names stay as people typed them).
pub fn localised(m: &Messages, b: &Breakdowns) -> Breakdowns {
    let names = DisplayNames::new(m.language());
    let relabel = |counts: &[Count], name: &dyn Fn(&str) -> Option<String>| {
        counts
            .iter()
            .map(|c| Count {
                label: if c.key == "unknown" {
                    m.t("review-not-given")
                } else {
                    name(&c.key).unwrap_or_else(|| c.label.clone())
                },
                ..c.clone()
            })
            .collect()
    };
    Breakdowns {
        group: relabel(&b.group, &|key| Some(group(m, key))),
        region: relabel(&b.region, &|key| Some(m.t(&format!("region-{key}")))),
        nri: b.nri.clone(),
        language: relabel(&b.language, &|key| names.language(key)),
        capacity: relabel(&b.capacity, &|key| Some(m.t(&format!("capacity-{key}")))),
    }
}

/// A stakeholder group's name from its key.
pub fn group(m: &Messages, key: &str) -> String {
    if key == "unknown" {
        m.t("review-not-given")
    } else {
        m.t(&format!("group-{key}"))
    }
}

/// A language's name from its tag, in the page's language.
pub fn language(m: &Messages, tag: &str) -> String {
    DisplayNames::new(m.language())
        .language(tag)
        .unwrap_or_else(|| tag.to_string())
}
