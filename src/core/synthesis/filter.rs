//! Which responses a synthesis covers: a choice of keys along five dimensions (stakeholder group, region, NRI, language, capacity), the same keys the breakdowns count under.

use serde::{Deserialize, Serialize};

use std::borrow::Cow;
use std::collections::BTreeSet;

use super::people;
use crate::core::response::{Response, Status};

/// Which responses to include; an empty list means "all".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Stakeholder group keys (`civil-society`, …, `unknown`).
    pub groups: Vec<String>,
    /// M49 sub-region codes (`202`, …, `unknown`).
    pub regions: Vec<String>,
    /// NRI keys (normalised names, or `none`).
    pub nris: Vec<String>,
    /// Form languages (`en`, `fr`, …).
    pub languages: Vec<String>,
    /// Capacity keys (`individual`, `organisation`, `nri`, `unknown`).
    pub capacities: Vec<String>,
    /// Whether unfinished drafts are read as though they had been sent: quoted and listed
    /// under their publication choice like finished responses. Off by default: a draft is
    /// counted, never quoted nor listed, since its author has not sent it as it is.
    #[serde(default)]
    pub drafts: bool,
    /// Responses the secretariat left out (`crate::core::edits`), by id. Not a choice of the
    /// filter panel: the page adds them from its edits to what it asks of the worker. (Never
    /// skipped when empty: the worker's messages are postcard, which has no field names.)
    #[serde(default)]
    pub excluded: BTreeSet<String>,
}

/// A dimension of the filter, and of the breakdowns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    /// Stakeholder group.
    Group,
    /// Region.
    Region,
    /// NRI.
    Nri,
    /// Language.
    Language,
    /// Capacity.
    Capacity,
}

keyed!(Dimension {
    Group => "group", "stakeholder group";
    Region => "region", "region";
    Nri => "nri", "NRI";
    Language => "language", "language";
    Capacity => "capacity", "capacity";
});

impl Dimension {
    /// The key a response has along this dimension: what the breakdowns count it under.
    pub fn key_of(self, r: &Response) -> String {
        match self {
            Dimension::Group => people::group_of(r).0.to_string(),
            Dimension::Region => people::region_of(r).0,
            Dimension::Nri => people::nri_key_of(r),
            Dimension::Language => people::language_of(r),
            Dimension::Capacity => people::capacity_of(r).0.to_string(),
        }
    }
}

impl Filter {
    /// The keys chosen along one dimension.
    pub fn keys(&self, dimension: Dimension) -> &[String] {
        match dimension {
            Dimension::Group => &self.groups,
            Dimension::Region => &self.regions,
            Dimension::Nri => &self.nris,
            Dimension::Language => &self.languages,
            Dimension::Capacity => &self.capacities,
        }
    }

    /// Chooses (`on`) or drops a key along one dimension; the keys stay sorted, so the same
    /// choice is the same filter whatever the order of the clicks.
    pub fn toggle(&mut self, dimension: Dimension, key: &str, on: bool) {
        let list = match dimension {
            Dimension::Group => &mut self.groups,
            Dimension::Region => &mut self.regions,
            Dimension::Nri => &mut self.nris,
            Dimension::Language => &mut self.languages,
            Dimension::Capacity => &mut self.capacities,
        };
        list.retain(|k| k != key);
        if on {
            list.push(key.to_string());
            list.sort();
        }
    }

    /// Whether a response passes.
    pub fn admits(&self, r: &Response) -> bool {
        self.chooses(r) && !self.excluded.contains(r.id.as_str())
    }

    /// Whether a response passes the filter panel's choices (excluded or not).
    pub fn chooses(&self, r: &Response) -> bool {
        Dimension::ALL.iter().all(|&d| {
            let keys = self.keys(d);
            keys.is_empty() || keys.contains(&d.key_of(r))
        })
    }

    /// The same choices with `excluded` left out.
    pub fn excluding(&self, excluded: BTreeSet<String>) -> Filter {
        Filter {
            excluded,
            ..self.clone()
        }
    }

    /// Whether nothing is filtered out (drafts read as sent or not).
    pub fn is_empty(&self) -> bool {
        Dimension::ALL.iter().all(|&d| self.keys(d).is_empty())
    }

    /// The responses as a synthesis under this filter reads them: with [`Filter::drafts`], each
    /// unfinished draft as a copy marked finished; every other response as it is.
    pub fn read<'r>(
        &self,
        responses: impl IntoIterator<Item = &'r Response>,
    ) -> Vec<Cow<'r, Response>> {
        responses
            .into_iter()
            .map(|r| {
                if self.drafts && r.status == Status::Draft {
                    let mut sent = r.clone();
                    sent.status = Status::Finished;
                    Cow::Owned(sent)
                } else {
                    Cow::Borrowed(r)
                }
            })
            .collect()
    }
}
