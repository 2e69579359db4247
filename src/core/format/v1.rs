//! Versions 1 and 2 of the response file and bundle (2 adds the questionnaire's hash): serde types that mirror `docs/response-format.md` field for field, converted to and from domain types by hand.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{FormatError, shown};
use crate::core::countries::Country;
use crate::core::questionnaire::is_identifier;
use crate::core::response::{
    Capacity, Document, MAX_DOCUMENTS, Publication, QuestionnaireRef, Respondent, Response,
    ResponseId, Source, StakeholderGroup, Status, is_web_link,
};
use crate::core::time::Timestamp;

/// The `format` value of a response file.
pub const RESPONSE_FORMAT: &str = "bpf-survey-response";
/// The `format` value of a bundle.
pub const BUNDLE_FORMAT: &str = "bpf-survey-bundle";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ResponseFile {
    pub format: String,
    pub format_version: u32,
    pub response_id: String,
    pub status: String,
    pub questionnaire: QuestionnaireRefV1,
    pub created: String,
    pub updated: String,
    pub exported: String,
    pub language: String,
    pub source: SourceV1,
    pub respondent: RespondentV1,
    #[serde(deserialize_with = "Option::deserialize")]
    pub publication: Option<String>,
    pub answers: BTreeMap<String, String>,
    /// Version 2 only, and only when there are some.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentV2>,
    pub app: AppV1,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integrity: Option<IntegrityV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DocumentV2 {
    pub title: String,
    pub link: String,
    pub description: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BundleFile {
    pub format: String,
    pub format_version: u32,
    pub created: String,
    pub app: AppV1,
    pub response_count: usize,
    // Kept as raw values so one damaged response is reported alone instead of failing the bundle.
    pub responses: Vec<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integrity: Option<IntegrityV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct QuestionnaireRefV1 {
    pub id: String,
    pub version: u32,
    /// Version 2 only: the questionnaire's content hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SourceV1 {
    pub nri: String,
    pub origin: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RespondentV1 {
    pub name: String,
    pub organisation: String,
    pub email: String,
    // `null` when not chosen, but never absent: `deserialize_with` keeps serde from reading a
    // missing `Option` as `None`.
    #[serde(deserialize_with = "Option::deserialize")]
    pub capacity: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    pub stakeholder_group: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    pub country: Option<String>,
    /// Informative: readers derive the region from `country`.
    #[serde(deserialize_with = "Option::deserialize")]
    pub m49: Option<M49V1>,
    pub nri: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct M49V1 {
    pub region: String,
    pub region_name: String,
    pub subregion: String,
    pub subregion_name: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AppV1 {
    pub name: String,
    pub version: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct IntegrityV1 {
    pub algorithm: String,
    pub canonicalization: String,
    pub digest: String,
}

// The wire values of version 1 are the domain enums' keys (`StakeholderGroup::key`, …): one
// table per enum. The golden files in `tests/fixtures/format/` fail if a key ever changes.

/// A wire value read back: `T::from_key`, or an error naming the values allowed.
fn from_wire<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    field: &'static str,
    text: &str,
) -> Result<T, FormatError> {
    all.iter()
        .copied()
        .find(|v| key(*v) == text)
        .ok_or_else(|| {
            let allowed: Vec<&str> = all.iter().map(|v| key(*v)).collect();
            FormatError::invalid(
                field,
                format!("{} is not one of {}", shown(text), allowed.join(", ")),
            )
        })
}

impl RespondentV1 {
    /// The wire form of a respondent, as response and comment files carry it.
    pub fn from_domain(p: &Respondent) -> Self {
        Self {
            name: p.name.clone(),
            organisation: p.organisation.clone(),
            email: p.email.clone(),
            capacity: p.capacity.map(|c| c.key().into()),
            stakeholder_group: p.stakeholder_group.map(|g| g.key().into()),
            country: p.country.map(|c| c.code().to_string()),
            m49: p.country.and_then(Country::region).map(|m| M49V1 {
                region: m.region_code.into(),
                region_name: m.region_name.into(),
                subregion: m.subregion_code.into(),
                subregion_name: m.subregion_name.into(),
            }),
            nri: p.nri.clone(),
        }
    }

    /// Back to the domain, checking every value in the order of the fields (errors name
    /// `respondent.*`).
    pub fn into_domain(self) -> Result<Respondent, FormatError> {
        let p = self;
        let capacity = p
            .capacity
            .map(|c| from_wire(Capacity::ALL, Capacity::key, "respondent.capacity", &c))
            .transpose()?;
        let stakeholder_group = p
            .stakeholder_group
            .map(|g| {
                from_wire(
                    StakeholderGroup::ALL,
                    StakeholderGroup::key,
                    "respondent.stakeholder_group",
                    &g,
                )
            })
            .transpose()?;
        let country = match p.country {
            None => None,
            Some(code) => Some(
                Country::from_code(&code)
                    .filter(|_| code.bytes().all(|b| b.is_ascii_uppercase()))
                    .ok_or_else(|| {
                        FormatError::invalid(
                            "respondent.country",
                            format!(
                                "{} is not an ISO 3166-1 alpha-2 code in upper case",
                                shown(&code)
                            ),
                        )
                    })?,
            ),
        };
        // Informative, but of the shape the format gives it: three-digit M49 codes.
        if let Some(m49) = &p.m49 {
            for (field, code) in [
                ("respondent.m49.region", &m49.region),
                ("respondent.m49.subregion", &m49.subregion),
            ] {
                if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(FormatError::invalid(
                        field,
                        format!("{} is not a three-digit M49 code", shown(code)),
                    ));
                }
            }
        }
        Ok(Respondent {
            name: p.name,
            organisation: p.organisation,
            email: p.email,
            capacity,
            stakeholder_group,
            country,
            nri: p.nri,
        })
    }
}

impl ResponseFile {
    pub fn from_domain(r: &Response, exported: Timestamp, app_version: &str) -> Self {
        let p = &r.respondent;
        let hash = Some(r.questionnaire.hash.clone()).filter(|h| !h.is_empty());
        let v2 = hash.is_some();
        Self {
            format: RESPONSE_FORMAT.into(),
            // Version 2 says which questions were answered; a response whose questionnaire's
            // hash is unknown (read from a version 1 file) is written as it came.
            format_version: if v2 { 2 } else { 1 },
            response_id: r.id.to_string(),
            status: r.status.key().into(),
            questionnaire: QuestionnaireRefV1 {
                id: r.questionnaire.id.clone(),
                version: r.questionnaire.version,
                hash,
            },
            created: r.created.to_rfc3339(),
            updated: r.updated.to_rfc3339(),
            exported: exported.to_rfc3339(),
            language: r.language.clone(),
            source: SourceV1 {
                nri: r.source.nri.clone(),
                origin: r.source.origin.clone(),
            },
            respondent: RespondentV1::from_domain(p),
            publication: r.publication.map(|p| p.key().into()),
            answers: r.answers.clone(),
            // A response read from a version 1 file has none; only version 2 carries them.
            documents: if v2 {
                r.documents
                    .iter()
                    .map(|d| DocumentV2 {
                        title: d.title.clone(),
                        // As typed, but for the spaces around it, which a link cannot hold.
                        link: d.link.trim().to_string(),
                        description: d.description.clone(),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            app: AppV1 {
                name: "bpf-survey".into(),
                version: app_version.into(),
            },
            integrity: None,
        }
    }

    /// Converts to domain types, checking every value in the order of the fields in
    /// `docs/response-format.md`; returns the response, its export time and the version of the
    /// app that wrote it.
    pub fn into_domain(self) -> Result<(Response, Timestamp, String), FormatError> {
        let id = ResponseId::parse(&self.response_id)
            .filter(|_| !self.response_id.bytes().any(|b| b.is_ascii_uppercase()))
            .ok_or_else(|| FormatError::invalid("response_id", "not a lower-case UUID".into()))?;
        let status = from_wire(Status::ALL, Status::key, "status", &self.status)?;
        if !is_identifier(&self.questionnaire.id) {
            return Err(FormatError::invalid(
                "questionnaire.id",
                format!(
                    "{} is not a questionnaire id (1 to 64 of A–Z a–z 0–9 - _)",
                    shown(&self.questionnaire.id)
                ),
            ));
        }
        let hash = match (self.format_version, self.questionnaire.hash) {
            (1, None) => String::new(),
            (1, Some(_)) => {
                return Err(FormatError::invalid(
                    "questionnaire.hash",
                    "is not part of format version 1".into(),
                ));
            }
            (_, Some(h))
                if h.len() == 64 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) =>
            {
                h
            }
            (_, h) => {
                return Err(FormatError::invalid(
                    "questionnaire.hash",
                    match h {
                        None => "is missing".into(),
                        Some(h) => format!("{} is not a SHA-256 in lower-case hex", shown(&h)),
                    },
                ));
            }
        };
        let created = time("created", &self.created)?;
        let updated = time("updated", &self.updated)?;
        let exported = time("exported", &self.exported)?;
        if !is_language_tag(&self.language) {
            return Err(FormatError::invalid(
                "language",
                format!("{} is not a language tag", shown(&self.language)),
            ));
        }
        let respondent = self.respondent.into_domain()?;
        let publication = self
            .publication
            .map(|p| from_wire(Publication::ALL, Publication::key, "publication", &p))
            .transpose()?;
        if let Some(bad) = self.answers.keys().find(|k| !is_identifier(k)) {
            return Err(FormatError::invalid(
                &format!("answers.{}", shown(bad)),
                "is not a question id (1 to 64 of A–Z a–z 0–9 - _)".into(),
            ));
        }
        if self.format_version == 1 && !self.documents.is_empty() {
            return Err(FormatError::invalid(
                "documents",
                "are not part of format version 1".into(),
            ));
        }
        if self.documents.len() > MAX_DOCUMENTS {
            return Err(FormatError::invalid(
                "documents",
                format!(
                    "{} documents; at most {MAX_DOCUMENTS}",
                    self.documents.len()
                ),
            ));
        }
        if let Some((i, d)) = self
            .documents
            .iter()
            .enumerate()
            .find(|(_, d)| !d.link.is_empty() && !is_web_link(&d.link))
        {
            return Err(FormatError::invalid(
                &format!("documents[{i}].link"),
                format!("{} is not an http or https address", shown(&d.link)),
            ));
        }
        let response = Response {
            id,
            questionnaire: QuestionnaireRef {
                id: self.questionnaire.id,
                version: self.questionnaire.version,
                hash,
            },
            status,
            created,
            updated,
            language: self.language,
            source: Source {
                nri: self.source.nri,
                origin: self.source.origin,
            },
            respondent,
            publication,
            answers: self.answers,
            documents: self
                .documents
                .into_iter()
                .map(|d| Document {
                    title: d.title,
                    link: d.link,
                    description: d.description,
                })
                .collect(),
        };
        Ok((response, exported, self.app.version))
    }
}

/// A date and time as the format has them: RFC 3339 in UTC (`Z`), seconds (00 to 59: no leap
/// second), any fraction.
pub(super) fn time(field: &'static str, text: &str) -> Result<Timestamp, FormatError> {
    let b = text.as_bytes();
    let utc = b.len() >= 20
        && b.get(10) == Some(&b'T')
        && b.last() == Some(&b'Z')
        && b[17] <= b'5'
        && (b.len() == 20
            || (b.len() > 21
                && b[19] == b'.'
                && b[20..b.len() - 1].iter().all(u8::is_ascii_digit)));
    utc.then(|| Timestamp::parse_rfc3339(text).ok())
        .flatten()
        .ok_or_else(|| {
            FormatError::invalid(
                field,
                format!(
                    "{} is not a date and time in UTC like 2026-11-23T14:05:09.123Z",
                    shown(text)
                ),
            )
        })
}

/// A BCP 47 tag in the shape browsers report (`en`, `pt-BR`, `zh-Hans-CN`); not a full validator.
fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag.split('-').all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}
