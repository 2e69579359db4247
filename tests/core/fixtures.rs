//! Shared builders and fixture-file helpers.

use std::path::PathBuf;

use bpf_survey::core::countries::Country;
use bpf_survey::core::response::{
    Capacity, Publication, QuestionnaireRef, Response, ResponseId, Source, StakeholderGroup, Status,
};
use bpf_survey::core::time::Timestamp;

/// 2016-09-19T14:30:05.250Z.
pub const T0: Timestamp = Timestamp::from_millis(1_474_295_405_250);

pub fn path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The 45 response files of `tests/fixtures/corpus-45`, read as the synthesis page reads them,
/// by id.
pub fn corpus_45() -> Vec<Response> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(path("corpus-45")).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        out.push(
            bpf_survey::core::format::read_response(&bytes)
                .unwrap()
                .response,
        );
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

pub fn read(name: &str) -> Vec<u8> {
    std::fs::read(path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Compares `text` with a committed golden file; `BLESS=1` rewrites it.
pub fn golden(name: &str, text: &str) {
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path(name), text).unwrap();
    }
    let expected = String::from_utf8(read(name)).unwrap();
    assert_eq!(
        text, expected,
        "{name} changed: a format change needs a new format_version"
    );
}

/// A JSON Schema of `docs/`, by its path from the repository's root.
pub fn schema_at(relative: &str) -> jsonschema::Validator {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let schema: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join(relative)).unwrap()).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// Asserts that `text` follows the JSON Schema at `relative` (from the repository's root).
pub fn assert_valid_at(relative: &str, text: &str) {
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let errors: Vec<String> = schema_at(relative)
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{relative}: {errors:#?}");
}

pub fn schema() -> jsonschema::Validator {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let schema: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root.join("docs/response-format.schema.json")).unwrap(),
    )
    .unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

pub fn assert_valid(text: &str) {
    let doc: serde_json::Value = serde_json::from_str(text).unwrap();
    let errors: Vec<String> = schema()
        .iter_errors(&doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "schema errors: {errors:#?}");
}

/// A finished, named response with text that exercises escaping: quotes, line breaks,
/// Arabic, Chinese and an emoji.
pub fn sample(seed: u8) -> Response {
    let mut r = Response::new(
        ResponseId::from_random_bytes([seed; 16]),
        QuestionnaireRef {
            id: "igf-bpf-cybersecurity-2016".into(),
            version: 1,
            hash: String::new(),
        },
        T0,
        "en",
        Source {
            nri: "Nigeria IGF".into(),
            origin: "https://nigf.example".into(),
        },
    );
    r.updated = Timestamp::from_millis(T0.millis() + 86_400_000);
    r.status = Status::Finished;
    r.respondent.name = "Ada \"Ify\" Obi".into();
    r.respondent.organisation = "ngCERT".into();
    r.respondent.capacity = Some(Capacity::Organisation);
    r.respondent.stakeholder_group = Some(StakeholderGroup::Government);
    r.respondent.country = Country::from_code("NG");
    r.respondent.nri = "Nigeria IGF".into();
    r.publication = Some(Publication::Named);
    r.set_answer(
        "q1",
        "Governments set policy;\nCERTs respond.\n\n  Indented line.".into(),
    );
    r.set_answer("q3", "التعاون الإقليمي مهم. 区域合作很重要。 🤝".into());
    r
}

/// An empty set for the built-in questionnaire, with the default limits.
pub fn importer() -> bpf_survey::core::import::Importer {
    bpf_survey::core::import::Importer::new(
        QuestionnaireRef {
            id: "igf-bpf-cybersecurity-2016".into(),
            version: 1,
            hash: String::new(),
        },
        bpf_survey::core::import::Limits::default(),
    )
}
