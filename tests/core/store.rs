//! Drafts kept in browser storage: versioned, restored exactly, and never silently dropped.

use bpf_survey::core::format::FormatError;
use bpf_survey::core::response::Status;
use bpf_survey::core::store::{self, Caret, Draft, StoreError};
use bpf_survey::core::time::Timestamp;

use crate::fixtures::{read, sample};

fn draft() -> Draft {
    let mut response = sample(4);
    response.status = Status::Draft;
    Draft {
        response,
        caret: Caret {
            field: "answer-q3".into(),
            start: 5,
            end: 9,
        },
        last_download: Some(Timestamp::from_millis(1_000)),
    }
}

#[test]
fn a_draft_round_trips_with_its_caret() {
    let text = store::encode(&draft(), Timestamp::from_millis(2_000), "0.1.0");
    assert_eq!(store::decode(&text), Ok(draft()));
}

#[test]
fn the_committed_v1_entry_keeps_loading() {
    let text = String::from_utf8(read("store/draft-v1.json")).unwrap();
    let d = store::decode(&text).unwrap();
    assert_eq!(d.caret.field, "answer-q3");
    assert_eq!(d.response.answer("q3"), sample(4).answer("q3"));
}

#[test]
fn unreadable_entries_say_why() {
    assert!(matches!(store::decode("{"), Err(StoreError::Unreadable(_))));
    assert!(matches!(
        store::decode("{}"),
        Err(StoreError::Unreadable(_))
    ));
    assert_eq!(
        store::decode(r#"{"storage_version": 9}"#),
        Err(StoreError::NewerVersion(9))
    );
    let text = store::encode(&draft(), Timestamp::from_millis(2_000), "0.1.0")
        .replace("CERTs respond", "CERTs reply");
    assert_eq!(
        store::decode(&text),
        Err(StoreError::Damaged(FormatError::IntegrityMismatch))
    );
}

#[test]
fn a_stored_draft_with_a_key_given_twice_is_refused_like_an_uploaded_file() {
    // Two values for one answer: a JSON parser would keep one silently; the integrity check
    // would not notice, since it hashes what the parser kept.
    let text = store::encode(&draft(), Timestamp::from_millis(2_000), "0.1.0");
    let twice = text.replacen(r#""answers":{"#, r#""answers":{"q2":"planted","#, 1);
    let twice = twice.replacen(r#""q3":"#, r#""q2":"other","q3":"#, 1);
    assert_ne!(twice, text, "the answers object was found");
    assert_eq!(
        store::decode(&twice),
        Err(StoreError::Damaged(FormatError::DuplicateKey {
            key: "“q2”".into()
        }))
    );
    // And in the envelope itself.
    let twice = text.replacen(
        r#"{"storage_version":1,"#,
        r#"{"storage_version":1,"storage_version":1,"#,
        1,
    );
    assert_ne!(twice, text);
    assert!(matches!(
        store::decode(&twice),
        Err(StoreError::Damaged(FormatError::DuplicateKey { .. }))
    ));
}

#[test]
fn keys_carry_the_layout_version_and_the_deployment() {
    let id = sample(4).id;
    let shared = format!("bpf-survey/v1/draft/{id}");
    let ours = format!("bpf-survey/v1/at:/nri-a/|draft/{id}");
    assert_eq!(store::key_for("", &id), shared);
    assert_eq!(store::key_for("/nri-a/", &id), ours);
    // A deployment reads its own drafts and those every deployment reads, never another's.
    assert_eq!(store::id_of_key("/nri-a/", &ours), Some(id.clone()));
    assert_eq!(store::id_of_key("/nri-a/", &shared), Some(id.clone()));
    assert_eq!(store::id_of_key("/", &shared), Some(id.clone()));
    for (scope, key) in [
        ("/nri-b/", ours.clone()),
        ("/", ours.clone()),
        ("/nri-a/x/", ours.clone()),
        ("", ours.clone()),
        ("/nri-a/", format!("bpf-survey/v1/at:/nri-a/|review/{id}")),
        ("/nri-a/", "bpf-survey/v1/questionnaire/abc".to_string()),
    ] {
        assert_eq!(store::id_of_key(scope, &key), None, "{scope} {key}");
        assert!(!store::is_draft_key(scope, &key), "{scope} {key}");
    }
    assert!(store::is_draft_key("/nri-a/", &ours));
    assert!(store::is_draft_key(
        "/nri-a/",
        "bpf-survey/v1/at:/nri-a/|draft/damaged"
    ));
    assert!(store::is_draft_key("/nri-b/", &shared));
}

#[test]
#[ignore = "writes the committed fixture; run with --ignored after a deliberate change"]
fn bless_store_fixture() {
    let text = store::encode(&draft(), Timestamp::from_millis(2_000), "0.1.0");
    std::fs::write(crate::fixtures::path("store/draft-v1.json"), text).unwrap();
}

#[test]
fn a_stored_draft_of_the_wrong_shape_is_damaged_and_the_same_response_as_a_file_names_the_field() {
    // A name that is a number, sealed again so that only its shape is wrong.
    let text = store::encode(&draft(), Timestamp::from_millis(2_000), "0.1.0");
    let mut entry: serde_json::Value = serde_json::from_str(&text).unwrap();
    let response = entry.get_mut("response").unwrap();
    response["respondent"]["name"] = serde_json::json!(42);
    response.as_object_mut().unwrap().remove("integrity");
    let digest = bpf_survey::core::format::canonical_digest(response).unwrap();
    response["integrity"] = serde_json::json!({
        "algorithm": bpf_survey::core::format::INTEGRITY_ALGORITHM,
        "canonicalization": bpf_survey::core::format::CANONICALIZATION,
        "digest": digest,
    });
    let file = serde_json::to_vec(response).unwrap();

    // The form's stored draft: refused as damaged, in serde's words (the form carries no path
    // tracking: it only ever says a stored draft is damaged).
    match store::decode(&entry.to_string()) {
        Err(StoreError::Damaged(FormatError::Invalid { field, reason })) => {
            assert_eq!(field, "(document)");
            assert!(reason.contains("invalid type"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    // A file sent in: the field is named by its path.
    match bpf_survey::core::format::read_response(&file) {
        Err(FormatError::Invalid { field, reason }) => {
            assert_eq!(field, "respondent.name", "{reason}")
        }
        other => panic!("{other:?}"),
    }
}
