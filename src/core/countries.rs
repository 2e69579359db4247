//! ISO 3166-1 countries and the UN M49 region each belongs to, so a response's region is derived, never typed.

#[path = "countries_data.rs"]
mod data;

/// A country or territory by its ISO 3166-1 alpha-2 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Country {
    code: &'static str,
    name: &'static str,
    subregion: u16,
}

/// By its code (for the hand-over between synthesis workers; see `core::response`).
impl serde::Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code)
    }
}

impl<'de> serde::Deserialize<'de> for Country {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Country::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("no country {code:?}")))
    }
}

/// A UN M49 geographic region: a continent-level region and, within it, a sub-region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Region {
    /// M49 code of the region (`002` Africa, `019` Americas, `142` Asia, `150` Europe, `009` Oceania).
    pub region_code: &'static str,
    /// English name of the region.
    pub region_name: &'static str,
    /// M49 code of the sub-region, e.g. `202`.
    pub subregion_code: &'static str,
    /// English name of the sub-region, e.g. `Sub-Saharan Africa`.
    pub subregion_name: &'static str,
}

/// `(sub-region code, its name, region code, region name)`, from the UN Statistics Division's M49 standard.
const SUBREGIONS: &[(u16, &str, &str, &str, &str)] = &[
    (15, "015", "Northern Africa", "002", "Africa"),
    (202, "202", "Sub-Saharan Africa", "002", "Africa"),
    (
        419,
        "419",
        "Latin America and the Caribbean",
        "019",
        "Americas",
    ),
    (21, "021", "Northern America", "019", "Americas"),
    (143, "143", "Central Asia", "142", "Asia"),
    (30, "030", "Eastern Asia", "142", "Asia"),
    (35, "035", "South-eastern Asia", "142", "Asia"),
    (34, "034", "Southern Asia", "142", "Asia"),
    (145, "145", "Western Asia", "142", "Asia"),
    (151, "151", "Eastern Europe", "150", "Europe"),
    (154, "154", "Northern Europe", "150", "Europe"),
    (39, "039", "Southern Europe", "150", "Europe"),
    (155, "155", "Western Europe", "150", "Europe"),
    (53, "053", "Australia and New Zealand", "009", "Oceania"),
    (54, "054", "Melanesia", "009", "Oceania"),
    (57, "057", "Micronesia", "009", "Oceania"),
    (61, "061", "Polynesia", "009", "Oceania"),
];

impl Country {
    /// The country with this alpha-2 code (case-insensitive), if ISO 3166-1 assigns it.
    pub fn from_code(code: &str) -> Option<Country> {
        let upper = code.to_ascii_uppercase();
        data::COUNTRIES
            .binary_search_by(|(c, _, _)| (*c).cmp(upper.as_str()))
            .ok()
            .map(Self::at)
    }

    /// Every country, ordered by code.
    pub fn all() -> impl Iterator<Item = Country> {
        (0..data::COUNTRIES.len()).map(Self::at)
    }

    fn at(i: usize) -> Country {
        let (code, name, subregion) = data::COUNTRIES[i];
        Country {
            code,
            name,
            subregion,
        }
    }

    /// The ISO 3166-1 alpha-2 code, upper case.
    pub fn code(self) -> &'static str {
        self.code
    }

    /// The English short name (ISO 3166-1, in its common form).
    pub fn name(self) -> &'static str {
        self.name
    }

    /// The M49 region, or `None` for places M49 does not place in one (Antarctica).
    pub fn region(self) -> Option<Region> {
        SUBREGIONS.iter().find(|s| s.0 == self.subregion).map(
            |&(_, subregion_code, subregion_name, region_code, region_name)| Region {
                region_code,
                region_name,
                subregion_code,
                subregion_name,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_as_a_sentence_says_them() {
        // "a respondent, Democratic Republic of the Congo", not ISO's inverted sort forms.
        for c in Country::all() {
            let name = c.name();
            assert!(
                !name.contains(", The")
                    && !name.contains(", State of")
                    && !name.ends_with(" of")
                    && !name.ends_with(" of the")
                    && !name.contains(", British")
                    && !name.contains(", U.S."),
                "{name}"
            );
        }
        assert_eq!(
            Country::from_code("CD").unwrap().name(),
            "Democratic Republic of the Congo"
        );
    }

    #[test]
    fn looks_up_codes_and_regions() {
        assert_eq!(Country::all().count(), 249);
        let ng = Country::from_code("ng").unwrap();
        assert_eq!((ng.code(), ng.name()), ("NG", "Nigeria"));
        assert_eq!(ng.region().unwrap().subregion_name, "Sub-Saharan Africa");
        assert_eq!(ng.region().unwrap().region_name, "Africa");
        assert_eq!(
            Country::from_code("MX")
                .unwrap()
                .region()
                .unwrap()
                .subregion_code,
            "419"
        );
        assert_eq!(
            Country::from_code("FI")
                .unwrap()
                .region()
                .unwrap()
                .subregion_name,
            "Northern Europe"
        );
        assert_eq!(
            Country::from_code("GB")
                .unwrap()
                .region()
                .unwrap()
                .region_code,
            "150"
        );
        assert_eq!(Country::from_code("AQ").unwrap().region(), None);
        assert_eq!(Country::from_code("XX"), None);
        assert_eq!(Country::from_code(""), None);
    }

    #[test]
    fn every_country_but_antarctica_has_a_region() {
        let without: Vec<_> = Country::all()
            .filter(|c| c.region().is_none())
            .map(Country::code)
            .collect();
        assert_eq!(without, ["AQ"]);
        let codes: Vec<_> = Country::all().map(Country::code).collect();
        assert!(
            codes.windows(2).all(|w| w[0] < w[1]),
            "sorted for binary search"
        );
    }
}
