//! The response file and bundle: round trips, the integrity check, and every way a file can be refused.

use bpf_survey::core::format::{self, Document, FormatError};
use bpf_survey::core::response::Status;

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
            b"{\"format\": \"bpf-survey-response\", \"format_version\": 2}",
            FormatError::UnsupportedVersion { found: 2 },
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
        format::read(&read("format/version-2.json")),
        Err(FormatError::UnsupportedVersion { found: 2 })
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
