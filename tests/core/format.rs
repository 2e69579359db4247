//! The response file and bundle: round trips, the integrity check, and every way a file can be refused.

use bpf_survey::core::format::{self, Document, FormatError};
use bpf_survey::core::import::Rejection;
use bpf_survey::core::questionnaire;
use bpf_survey::core::response::{Document as ResponseDocument, Status};

use crate::fixtures::{T0, assert_valid, golden, read, sample};

const APP: &str = "0.1.0";

fn written() -> String {
    format::write_response(&sample(1), T0, APP)
}

#[test]
fn a_response_round_trips_exactly() {
    let original = sample(1);
    let back = format::read_response(written().as_bytes()).unwrap();
    assert_eq!(back.response, original);
    assert_eq!((back.exported, back.app_version.as_str()), (T0, APP));
}

#[test]
fn written_files_match_the_schema_and_the_committed_v1_examples() {
    let text = written();
    assert_valid(&text);
    golden("format/response-v1.json", &text);
    let bundle = format::write_bundle(&[sample(1), sample(2)], T0, APP);
    assert_valid(&bundle);
    golden("format/bundle-v1.json", &bundle);
}

#[test]
fn files_written_by_earlier_releases_keep_loading() {
    // The committed v1 examples are the compatibility promise: they must always read.
    let Document::Response(r) = format::read(&read("format/response-v1.json")).unwrap() else {
        panic!()
    };
    assert_eq!(r.response.respondent.organisation, "ngCERT");
    let Document::Bundle(b) = format::read(&read("format/bundle-v1.json")).unwrap() else {
        panic!()
    };
    assert_eq!(b.entries.len(), 2);
    assert!(b.entries.iter().all(Result::is_ok));
}

#[test]
fn a_draft_with_nothing_chosen_is_a_valid_file_too() {
    let mut draft = sample(3);
    draft.status = Status::Draft;
    draft.publication = None;
    draft.respondent.capacity = None;
    draft.respondent.stakeholder_group = None;
    draft.respondent.country = None;
    let text = format::write_response(&draft, T0, APP);
    assert_valid(&text);
    assert_eq!(
        format::read_response(text.as_bytes()).unwrap().response,
        draft
    );
}

#[test]
fn the_digest_is_sha256_of_the_rfc8785_form_without_integrity() {
    let mut doc: serde_json::Value = serde_json::from_str(&written()).unwrap();
    let integrity = doc.as_object_mut().unwrap().remove("integrity").unwrap();
    let canonical = format::canonical_json(&doc).unwrap();
    assert!(canonical.starts_with(r#"{"answers":{"q1":"Governments set policy;\nCERTs respond."#));
    assert_eq!(
        integrity["digest"],
        format::sha256_hex(canonical.as_bytes())
    );
}

#[test]
fn white_space_and_member_order_do_not_matter() {
    let doc: serde_json::Value = serde_json::from_str(&written()).unwrap();
    let compact = serde_json::to_string(&doc).unwrap();
    assert!(format::read_response(compact.as_bytes()).is_ok());
    let with_bom = format!("\u{feff}{}", written());
    assert!(format::read_response(with_bom.as_bytes()).is_ok());
}

#[test]
fn an_edited_file_is_detected() {
    for (from, to) in [
        ("CERTs respond.", "CERTs resp0nd."),
        ("\"named\"", "\"anonymous\""),
        ("ngCERT", "ngCERT "),
    ] {
        let tampered = written().replacen(from, to, 1);
        assert_ne!(tampered, written());
        assert_eq!(
            format::read(tampered.as_bytes()),
            Err(FormatError::IntegrityMismatch),
            "{from}"
        );
    }
    assert_eq!(
        format::read(&read("format/tampered.json")),
        Err(FormatError::IntegrityMismatch)
    );
}

#[test]
fn a_truncated_file_is_detected() {
    let text = written();
    for cut in [text.len() / 3, text.len() / 2, text.len() - 3] {
        assert_eq!(
            format::read(&text.as_bytes()[..cut]),
            Err(FormatError::Truncated),
            "cut at {cut}"
        );
    }
    assert_eq!(
        format::read(&read("format/truncated.json")),
        Err(FormatError::Truncated)
    );
}

#[test]
fn each_refusal_names_its_reason() {
    let cases: Vec<(&[u8], FormatError)> = vec![
        (b"\xff\xfe{}", FormatError::NotText),
        (b"hello", FormatError::NotJson { line: 1, column: 1 }),
        (b"{\"name\": \"x\"}", FormatError::NotAResponseFile),
        (b"[1, 2]", FormatError::NotAResponseFile),
        (
            b"{\"format\": \"bpf-survey-response\", \"format_version\": 3}",
            FormatError::UnsupportedVersion { found: 3 },
        ),
        (
            b"{\"format\": \"bpf-survey-response\", \"format_version\": 1}",
            FormatError::MissingIntegrity,
        ),
    ];
    for (bytes, expected) in cases {
        assert_eq!(
            format::read(bytes),
            Err(expected.clone()),
            "{}",
            String::from_utf8_lossy(bytes)
        );
        assert!(!expected.to_string().is_empty());
    }
    assert_eq!(
        format::read(&read("format/version-3.json")),
        Err(FormatError::UnsupportedVersion { found: 3 })
    );
}

#[test]
fn a_valid_digest_over_a_bad_value_names_the_field() {
    // A third-party tool could write a well-formed file with a wrong value and a correct digest.
    let mut doc: serde_json::Value = serde_json::from_str(&written()).unwrap();
    doc["respondent"]["country"] = "ZZ".into();
    let text = reseal(doc);
    match format::read(text.as_bytes()) {
        Err(FormatError::Invalid { field, .. }) => assert_eq!(field, "respondent.country"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_bundle_claiming_more_than_it_holds_is_refused() {
    let mut doc: serde_json::Value =
        serde_json::from_str(&format::write_bundle(&[sample(1)], T0, APP)).unwrap();
    doc["response_count"] = 3.into();
    let text = reseal(doc);
    assert_eq!(
        format::read(text.as_bytes()),
        Err(FormatError::CountMismatch {
            claimed: 3,
            found: 1
        })
    );
}

#[test]
fn one_damaged_response_in_a_bundle_is_reported_alone() {
    let mut doc: serde_json::Value =
        serde_json::from_str(&format::write_bundle(&[sample(1), sample(2)], T0, APP)).unwrap();
    doc["responses"][0]["answers"]["q1"] = "changed".into();
    let Document::Bundle(b) = format::read(reseal(doc).as_bytes()).unwrap() else {
        panic!()
    };
    assert_eq!(b.entries[0], Err(FormatError::IntegrityMismatch));
    assert_eq!(b.entries[1].as_ref().unwrap().response, sample(2));
}

/// Recomputes a document's integrity check, as a careless third-party tool might.
fn reseal(mut doc: serde_json::Value) -> String {
    doc.as_object_mut().unwrap().remove("integrity");
    let digest = format::sha256_hex(format::canonical_json(&doc).unwrap().as_bytes());
    doc["integrity"] = serde_json::json!({"algorithm": "sha-256", "canonicalization": "rfc8785", "digest": digest});
    serde_json::to_string_pretty(&doc).unwrap()
}

/// The file a rule starts from: a version 1 response, or a version 2 one (the built-in
/// questionnaire's hash, one document).
#[derive(Clone, Copy)]
enum Base {
    V1,
    V2,
}

fn written_v2() -> String {
    let mut r = sample(1);
    r.questionnaire = questionnaire::builtin().reference();
    r.documents = vec![ResponseDocument {
        title: "National cybersecurity strategy".into(),
        link: "https://nigf.example/strategy.pdf".into(),
        description: "Adopted in 2021.".into(),
    }];
    format::write_response(&r, T0, APP)
}

/// One rule of the contract: a file with the member at the JSON pointer `at` set to `value`
/// (removed when `None`), and whether the synthesis page loads it (`Ok`) or refuses it naming a
/// field (`Err`).
struct Rule {
    name: &'static str,
    base: Base,
    at: &'static str,
    value: Option<serde_json::Value>,
    verdict: Result<(), &'static str>,
}

fn rules() -> Vec<Rule> {
    use serde_json::{Value, json};
    let rule = |name, at, value: Value, verdict| Rule {
        name,
        base: Base::V1,
        at,
        value: Some(value),
        verdict,
    };
    let v2 = |name, at, value: Option<Value>, verdict| Rule {
        name,
        base: Base::V2,
        at,
        value,
        verdict,
    };
    let missing = |name, at, verdict| Rule {
        name,
        base: Base::V1,
        at,
        value: None,
        verdict,
    };
    let long = |n: usize| json!("x".repeat(n));
    let document =
        |title: Value, link: &str| json!({"title": title, "link": link, "description": ""});
    vec![
        rule(
            "utc-without-fraction",
            "/created",
            json!("2026-11-20T09:12:44Z"),
            Ok(()),
        ),
        rule(
            "utc-microseconds",
            "/created",
            json!("2026-11-20T09:12:44.120000Z"),
            Ok(()),
        ),
        rule(
            "offset-timestamp",
            "/created",
            json!("2026-11-20T10:12:44.120+01:00"),
            Err("created"),
        ),
        rule(
            "space-for-t",
            "/updated",
            json!("2026-11-20 09:12:44.120Z"),
            Err("updated"),
        ),
        rule(
            "lower-case-t",
            "/updated",
            json!("2026-11-20t09:12:44.120Z"),
            Err("updated"),
        ),
        rule(
            "lower-case-z",
            "/updated",
            json!("2026-11-20T09:12:44.120z"),
            Err("updated"),
        ),
        rule(
            "empty-fraction",
            "/exported",
            json!("2026-11-20T09:12:44.Z"),
            Err("exported"),
        ),
        rule(
            "leap-second",
            "/created",
            json!("2016-12-31T23:59:60Z"),
            Err("created"),
        ),
        rule(
            "february-30",
            "/created",
            json!("2026-02-30T09:12:44Z"),
            Err("created"),
        ),
        rule(
            "february-29-of-a-leap-year",
            "/created",
            json!("2024-02-29T09:12:44Z"),
            Ok(()),
        ),
        rule(
            "upper-case-id",
            "/response_id",
            json!("0F8FAD5B-D9CB-469F-A165-70867728950E"),
            Err("response_id"),
        ),
        rule("unknown-status", "/status", json!("sent"), Err("status")),
        rule(
            "questionnaire-id-with-a-space",
            "/questionnaire/id",
            json!("igf bpf"),
            Err("questionnaire.id"),
        ),
        rule(
            "questionnaire-id-over-64",
            "/questionnaire/id",
            long(65),
            Err("questionnaire.id"),
        ),
        rule(
            "another-questionnaire",
            "/questionnaire/id",
            json!("another-survey"),
            Err("questionnaire"),
        ),
        rule(
            "v1-with-a-hash",
            "/questionnaire/hash",
            json!("0".repeat(64)),
            Err("questionnaire.hash"),
        ),
        rule(
            "v1-with-documents",
            "/documents",
            json!([document(json!("A"), "")]),
            Err("documents"),
        ),
        rule("v1-with-no-documents", "/documents", json!([]), Ok(())),
        rule(
            "language-of-35",
            "/language",
            json!("en-abcdefgh-abcdefgh-abcdefgh-abcde"),
            Ok(()),
        ),
        rule(
            "language-over-35",
            "/language",
            json!("en-abcdefgh-abcdefgh-abcdefgh-abcdef"),
            Err("language"),
        ),
        rule(
            "language-with-underscore",
            "/language",
            json!("en_US"),
            Err("language"),
        ),
        rule(
            "origin-json-null",
            "/source/origin",
            Value::Null,
            Err("source.origin"),
        ),
        rule("origin-from-disk", "/source/origin", json!("null"), Ok(())),
        rule("source-nri-of-200", "/source/nri", long(200), Ok(())),
        rule(
            "source-nri-over-200",
            "/source/nri",
            long(201),
            Err("source.nri"),
        ),
        rule(
            "wrong-type",
            "/questionnaire/version",
            json!("1"),
            Err("questionnaire.version"),
        ),
        rule(
            "unknown-field",
            "/respondent/phone",
            json!("+1"),
            Err("respondent.phone"),
        ),
        rule("name-of-200", "/respondent/name", long(200), Ok(())),
        rule(
            "name-over-200",
            "/respondent/name",
            long(201),
            Err("respondent.name"),
        ),
        rule(
            "organisation-over-200",
            "/respondent/organisation",
            long(201),
            Err("respondent.organisation"),
        ),
        rule(
            "respondent-nri-over-200",
            "/respondent/nri",
            long(201),
            Err("respondent.nri"),
        ),
        rule("email-of-254", "/respondent/email", long(254), Ok(())),
        rule(
            "email-over-254",
            "/respondent/email",
            long(255),
            Err("respondent.email"),
        ),
        rule(
            "unknown-capacity",
            "/respondent/capacity",
            json!("company"),
            Err("respondent.capacity"),
        ),
        rule(
            "unknown-stakeholder-group",
            "/respondent/stakeholder_group",
            json!("media"),
            Err("respondent.stakeholder_group"),
        ),
        rule(
            "lower-case-country",
            "/respondent/country",
            json!("ng"),
            Err("respondent.country"),
        ),
        rule(
            "country-off-the-list",
            "/respondent/country",
            json!("ZZ"),
            Err("respondent.country"),
        ),
        rule("no-country", "/respondent/country", Value::Null, Ok(())),
        rule(
            "m49-region-by-name",
            "/respondent/m49/region",
            json!("Africa"),
            Err("respondent.m49.region"),
        ),
        rule("no-m49", "/respondent/m49", Value::Null, Ok(())),
        rule(
            "unknown-publication",
            "/publication",
            json!("public"),
            Err("publication"),
        ),
        rule("no-publication-chosen", "/publication", Value::Null, Ok(())),
        rule("answer-of-30000", "/answers/q1", long(30_000), Ok(())),
        rule(
            "answer-over-30000",
            "/answers/q1",
            long(30_001),
            Err("answers.q1"),
        ),
        rule(
            "answer-key-with-a-space",
            "/answers/q 1",
            json!("x"),
            Err("answers.“q 1”"),
        ),
        missing(
            "missing-field",
            "/respondent/email",
            Err("respondent.email"),
        ),
        missing("missing-publication", "/publication", Err("publication")),
        missing(
            "missing-country",
            "/respondent/country",
            Err("respondent.country"),
        ),
        missing("missing-m49", "/respondent/m49", Err("respondent.m49")),
        missing("missing-answers", "/answers", Err("answers")),
        v2(
            "v2-response",
            "/app/name",
            Some(json!("bpf-survey")),
            Ok(()),
        ),
        v2(
            "v2-missing-hash",
            "/questionnaire/hash",
            None,
            Err("questionnaire.hash"),
        ),
        v2(
            "v2-upper-case-hash",
            "/questionnaire/hash",
            Some(json!("A".repeat(64))),
            Err("questionnaire.hash"),
        ),
        v2("v2-no-documents", "/documents", None, Ok(())),
        v2(
            "document-link-empty",
            "/documents/0/link",
            Some(json!("")),
            Ok(()),
        ),
        v2(
            "document-link-not-web",
            "/documents/0/link",
            Some(json!("javascript:alert(1)")),
            Err("documents[0].link"),
        ),
        v2(
            "document-link-without-host",
            "/documents/0/link",
            Some(json!("https:///x")),
            Err("documents[0].link"),
        ),
        v2(
            "document-link-control-character",
            "/documents/0/link",
            Some(json!("https://example.org/a\u{1}b")),
            Err("documents[0].link"),
        ),
        v2(
            "document-link-zero-width-space",
            "/documents/0/link",
            Some(json!("https://example.org/a\u{200b}b")),
            Err("documents[0].link"),
        ),
        v2(
            "document-link-of-2000",
            "/documents/0/link",
            Some(json!(format!("https://example.org/{}", "x".repeat(1980)))),
            Ok(()),
        ),
        v2(
            "document-link-over-2000",
            "/documents/0/link",
            Some(json!(format!("https://example.org/{}", "x".repeat(1981)))),
            Err("documents[0].link"),
        ),
        v2(
            "document-title-of-200",
            "/documents/0/title",
            Some(long(200)),
            Ok(()),
        ),
        v2(
            "document-title-over-200",
            "/documents/0/title",
            Some(long(201)),
            Err("documents[0].title"),
        ),
        v2(
            "document-description-over-200",
            "/documents/0/description",
            Some(long(201)),
            Err("documents[0].description"),
        ),
        v2(
            "twenty-one-documents",
            "/documents",
            Some(json!(vec![document(json!("A"), ""); 21])),
            Err("documents"),
        ),
    ]
}

impl Rule {
    fn apply(&self, doc: &mut serde_json::Value) {
        let (parent, last) = self.at.rsplit_once('/').unwrap();
        let at = doc.pointer_mut(parent).unwrap();
        match (&self.value, at) {
            (Some(v), serde_json::Value::Array(items)) => {
                items[last.parse::<usize>().unwrap()] = v.clone()
            }
            (Some(v), at) => at[last] = v.clone(),
            (None, at) => {
                at.as_object_mut().unwrap().remove(last);
            }
        }
    }

    fn file(&self) -> String {
        let base = match self.base {
            Base::V1 => written(),
            Base::V2 => written_v2(),
        };
        let mut doc: serde_json::Value = serde_json::from_str(&base).unwrap();
        self.apply(&mut doc);
        reseal(doc)
    }
}

/// What the synthesis page makes of a file: loaded, or refused naming a field.
fn verdict_of(text: &str) -> Result<(), String> {
    let mut importer = bpf_survey::core::import::Importer::new(
        questionnaire::builtin().reference(),
        bpf_survey::core::import::Limits::default(),
    );
    importer.add("rule.json", text.as_bytes());
    let report = importer.report();
    match report[0].rejected.first() {
        None => Ok(()),
        Some(r) => Err(match &r.reason {
            Rejection::Format(FormatError::Invalid { field, .. }) => field.clone(),
            Rejection::TooLong { field, .. } => field.clone(),
            Rejection::DifferentQuestionnaire { .. } => "questionnaire".to_string(),
            other => format!("{other:?}"),
        }),
    }
}

#[test]
fn the_reader_the_schema_and_the_golden_files_agree_on_every_rule() {
    let schema = crate::fixtures::schema();
    let mut names = std::collections::HashSet::new();
    for rule in rules() {
        assert!(names.insert(rule.name), "{} twice", rule.name);
        let text = rule.file();
        golden(&format!("format/rules/{}.json", rule.name), &text);
        let verdict = verdict_of(&text);
        assert_eq!(
            verdict,
            rule.verdict.map_err(str::to_string),
            "{}: the reader",
            rule.name
        );
        // Another questionnaire is a well-formed file the synthesis page does not take.
        if rule.name == "another-questionnaire" {
            continue;
        }
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            schema.is_valid(&json),
            rule.verdict.is_ok(),
            "{}: the schema",
            rule.name
        );
    }
}

#[test]
fn a_number_written_with_a_fraction_or_an_exponent_is_refused_naming_its_field() {
    // JSON Schema counts 1.0 as the integer 1, so only the reader can hold this rule
    // (docs/response-format.md, "Integrity check").
    for (name, number) in [("fractional-version", "1.0"), ("exponent-version", "1e0")] {
        let text = written().replacen("\"version\": 1\n", &format!("\"version\": {number}\n"), 1);
        assert!(text.contains(number), "{name}");
        golden(&format!("format/rules/{name}.json"), &text);
        match format::read(text.as_bytes()) {
            Err(FormatError::Invalid { field, .. }) => {
                assert_eq!(field, "questionnaire.version", "{name}")
            }
            other => panic!("{name}: {other:?}"),
        }
        assert!(crate::fixtures::schema().is_valid(&serde_json::from_str(&text).unwrap()));
    }
    let mut doc: serde_json::Value =
        serde_json::from_str(&format::write_bundle(&[sample(1), sample(2)], T0, APP)).unwrap();
    doc["responses"][1]["answers"] = serde_json::json!({"q1": "x", "q2": 0.5});
    match format::read(serde_json::to_string(&doc).unwrap().as_bytes()) {
        Err(FormatError::Invalid { field, .. }) => assert_eq!(field, "responses[1].answers.q2"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn upper_case_digests_are_refused_by_the_reader_and_the_schema() {
    let text = written();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let digest = doc["integrity"]["digest"].as_str().unwrap().to_string();
    let upper = text.replace(&digest, &digest.to_uppercase());
    assert_eq!(
        format::read(upper.as_bytes()),
        Err(FormatError::IntegrityMismatch)
    );
    assert!(!crate::fixtures::schema().is_valid(&serde_json::from_str(&upper).unwrap()));
}

#[test]
fn a_bundle_edited_after_it_was_saved_still_yields_its_intact_responses() {
    let mut doc: serde_json::Value =
        serde_json::from_str(&format::write_bundle(&[sample(1), sample(2)], T0, APP)).unwrap();
    // Edited without resealing the bundle: one response changed, and the count too.
    doc["responses"][0]["answers"]["q1"] = "changed".into();
    doc["response_count"] = 7.into();
    let text = serde_json::to_string_pretty(&doc).unwrap();
    golden("format/rules/bundle-edited.json", &text);
    let Document::Bundle(b) = format::read(text.as_bytes()).unwrap() else {
        panic!()
    };
    assert!(!b.intact);
    assert_eq!(b.entries[0], Err(FormatError::IntegrityMismatch));
    assert_eq!(b.entries[1].as_ref().unwrap().response, sample(2));
    let mut importer = crate::fixtures::importer();
    importer.add("edited-bundle.json", text.as_bytes());
    let report = &importer.report()[0];
    assert_eq!(report.loaded, 1);
    assert_eq!(
        report.outcome(),
        bpf_survey::core::import::Outcome::PartlyLoaded
    );
    assert!(report.rejected.iter().any(|r| r.entry.is_none()
        && r.reason
            == bpf_survey::core::import::Rejection::Format(FormatError::IntegrityMismatch)));
}

#[test]
fn a_bundle_whose_own_fields_were_edited_still_yields_its_intact_responses() {
    // Once the bundle's own check fails, nothing of its own can be trusted: not a member added
    // at its top, nor its date, nor its count. Each response is still read by its own check.
    let written = format::write_bundle(&[sample(1), sample(2)], T0, APP);
    for (name, edit) in [
        (
            "bundle-with-a-member-added",
            ("note", serde_json::json!("x")),
        ),
        (
            "bundle-with-its-date-edited",
            ("created", serde_json::json!("yesterday")),
        ),
        (
            "bundle-with-its-count-of-the-wrong-type",
            ("response_count", serde_json::json!("2")),
        ),
    ] {
        let mut doc: serde_json::Value = serde_json::from_str(&written).unwrap();
        doc[edit.0] = edit.1;
        let text = serde_json::to_string_pretty(&doc).unwrap();
        golden(&format!("format/rules/{name}.json"), &text);
        let Ok(Document::Bundle(b)) = format::read(text.as_bytes()) else {
            panic!("{name}")
        };
        assert!(!b.intact, "{name}");
        let read: Vec<_> = b
            .entries
            .iter()
            .map(|e| e.as_ref().unwrap().response.clone())
            .collect();
        assert_eq!(read, [sample(1), sample(2)], "{name}");
        // The same edit, resealed, is a bundle that says something the format does not allow.
        let resealed = reseal(doc);
        assert!(
            matches!(
                format::read(resealed.as_bytes()),
                Err(FormatError::Invalid { .. })
            ),
            "{name}"
        );
    }
}

#[test]
fn the_schema_lists_exactly_the_countries_the_reader_knows() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/response-format.schema.json"
    ))
    .unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let listed: Vec<&str> =
        schema["$defs"]["response"]["properties"]["respondent"]["properties"]["country"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
    let known: Vec<&str> = bpf_survey::core::countries::Country::all()
        .map(|c| c.code())
        .collect();
    assert_eq!(listed, known);
}

#[test]
fn responses_are_written_as_bundles_within_a_size_in_their_order() {
    let responses: Vec<_> = (0..40u8).map(sample).collect();
    let one = format::write_bundle(&responses, T0, "0.1.0");
    let max = one.len() / 5;
    let bundles = format::write_bundles(&responses, T0, "0.1.0", max);
    assert!(bundles.len() >= 5, "{}", bundles.len());
    let mut ids = Vec::new();
    for text in &bundles {
        assert!(text.len() <= max);
        let Ok(Document::Bundle(bundle)) = format::read(text.as_bytes()) else {
            panic!("not a bundle")
        };
        assert!(bundle.intact);
        ids.extend(bundle.entries.into_iter().map(|e| e.unwrap().response.id));
    }
    let expected: Vec<_> = responses.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, expected);
    // Nothing to write: one empty bundle, as a table of no rows makes.
    assert_eq!(format::write_bundles(&[], T0, "0.1.0", max).len(), 1);
}
