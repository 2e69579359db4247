//! The one place the domain's keys become words on the page: message ids for stakeholder groups, capacities, publication choices, file outcomes, regions and the filter's dimensions, and the page-language names of the synthesis's categories. The core keeps stable keys and English labels (for the exports); only the pages translate them.

use crate::core::import::Outcome;
use crate::core::response::{Capacity, NOT_STATED, Publication, StakeholderGroup};
use crate::core::synthesis::people::NO_NRI;
use crate::core::synthesis::{Breakdowns, Count, Dimension};
use crate::i18n::Messages;
use crate::msg;
use crate::web::locale::DisplayNames;

/// What a category left unset is called.
pub const NOT_GIVEN: &str = msg!("review-not-given");

/// A stakeholder group's message id.
pub const fn group(g: StakeholderGroup) -> &'static str {
    match g {
        StakeholderGroup::Government => msg!("group-government"),
        StakeholderGroup::PrivateSector => msg!("group-private-sector"),
        StakeholderGroup::CivilSociety => msg!("group-civil-society"),
        StakeholderGroup::TechnicalCommunity => msg!("group-technical-community"),
        StakeholderGroup::Academia => msg!("group-academia"),
        StakeholderGroup::Intergovernmental => msg!("group-intergovernmental"),
        StakeholderGroup::Other => msg!("group-other"),
    }
}

/// A capacity's message id.
pub const fn capacity(c: Capacity) -> &'static str {
    match c {
        Capacity::Individual => msg!("capacity-individual"),
        Capacity::Organisation => msg!("capacity-organisation"),
        Capacity::Nri => msg!("capacity-nri"),
    }
}

/// A publication choice's message id.
pub const fn publication(p: Publication) -> &'static str {
    match p {
        Publication::Named => msg!("publication-named"),
        Publication::Anonymous => msg!("publication-anonymous"),
        Publication::DoNotPublish => msg!("publication-none"),
    }
}

/// The hint under a publication choice.
pub const fn publication_hint(p: Publication) -> &'static str {
    match p {
        Publication::Named => msg!("publication-named-hint"),
        Publication::Anonymous => msg!("publication-anonymous-hint"),
        Publication::DoNotPublish => msg!("publication-none-hint"),
    }
}

/// What became of a loaded file, as the import report says it.
pub const fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Loaded => msg!("report-status-loaded"),
        Outcome::PartlyLoaded => msg!("report-status-partly"),
        Outcome::Duplicate => msg!("report-status-duplicate"),
        Outcome::Rejected => msg!("report-status-rejected"),
        Outcome::Waiting => msg!("report-status-waiting"),
    }
}

/// A region's message id, from its UN M49 code.
pub fn region(code: &str) -> String {
    format!("region-{code}")
}

/// The legend of a filter dimension.
pub const fn filter_legend(d: Dimension) -> &'static str {
    match d {
        Dimension::Group => msg!("filter-group"),
        Dimension::Region => msg!("filter-region"),
        Dimension::Nri => msg!("filter-nri"),
        Dimension::Language => msg!("filter-language"),
        Dimension::Capacity => msg!("filter-capacity"),
    }
}

/// The title of a breakdown chart.
pub const fn breakdown_title(d: Dimension) -> &'static str {
    match d {
        Dimension::Group => msg!("breakdown-group"),
        Dimension::Region => msg!("breakdown-region"),
        Dimension::Nri => msg!("breakdown-nri"),
        Dimension::Language => msg!("breakdown-language"),
        Dimension::Capacity => msg!("breakdown-capacity"),
    }
}

/// A stakeholder group's name from its key (`unknown`: not given).
pub fn group_key(m: &Messages, key: &str) -> String {
    m.t(StakeholderGroup::from_key(key).map_or(NOT_GIVEN, group))
}

/// A language's name from its tag, in the page's language.
pub fn language(m: &Messages, tag: &str) -> String {
    DisplayNames::new(m.language())
        .language(tag)
        .unwrap_or_else(|| tag.to_string())
}

/// An NRI's name on the page: as people typed it; one named only in responses not for
/// publication (unnamed in the exports) by its key, saying so.
fn nri(m: &Messages, c: &Count) -> String {
    if c.key == NO_NRI {
        m.t("nri-none")
    } else if c.label.is_empty() {
        m.t_with("nri-unpublished", &[("name", crate::i18n::text(&c.key))])
    } else {
        c.label.clone()
    }
}

/// A copy of `b` with every label in `m`'s language (NRI names stay as people typed them).
pub fn localised(m: &Messages, b: &Breakdowns) -> Breakdowns {
    let names = DisplayNames::new(m.language());
    let relabel = |counts: &[Count], name: &dyn Fn(&str) -> Option<String>| {
        counts
            .iter()
            .map(|c| Count {
                label: if c.key == NOT_STATED {
                    m.t(NOT_GIVEN)
                } else {
                    name(&c.key).unwrap_or_else(|| c.label.clone())
                },
                ..c.clone()
            })
            .collect()
    };
    Breakdowns {
        group: relabel(&b.group, &|key| Some(group_key(m, key))),
        region: relabel(&b.region, &|key| Some(m.t(&region(key)))),
        nri: b
            .nri
            .iter()
            .map(|c| Count {
                label: nri(m, c),
                ..c.clone()
            })
            .collect(),
        language: relabel(&b.language, &|key| names.language(key)),
        capacity: relabel(&b.capacity, &|key| {
            Capacity::from_key(key).map(|c| m.t(capacity(c)))
        }),
    }
}
