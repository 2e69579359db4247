//! Loading many files: every file reported, bad ones rejected with a reason, duplicates
//! resolved to the latest version whatever the order.

use bpf_survey::core::format;
use bpf_survey::core::import::{Importer, Limits, Outcome, Rejection};
use bpf_survey::core::response::{QuestionnaireRef, Status};
use bpf_survey::core::time::Timestamp;

use crate::fixtures::{T0, importer, read, sample};

#[test]
fn one_bad_file_never_stops_the_others() {
    let mut i = importer();
    i.add(
        "good.json",
        format::write_response(&sample(1), T0, "t").as_bytes(),
    );
    i.add("notes.txt", b"hello");
    i.add("tampered.json", &read("format/tampered.json"));
    i.add("truncated.json", &read("format/truncated.json"));
    i.add("future.json", &read("format/version-2.json"));
    i.add("photo.jpg", &[0xff, 0xd8, 0xff, 0xe0]);
    i.add(
        "bundle.json",
        format::write_bundle(&[sample(2), sample(3)], T0, "t").as_bytes(),
    );
    let report = i.report();
    let status: Vec<_> = report
        .iter()
        .map(|r| (r.name.as_str(), r.outcome().key()))
        .collect();
    assert_eq!(
        status,
        [
            ("good.json", "loaded"),
            ("notes.txt", "rejected"),
            ("tampered.json", "rejected"),
            ("truncated.json", "rejected"),
            ("future.json", "rejected"),
            ("photo.jpg", "rejected"),
            ("bundle.json", "loaded"),
        ]
    );
    assert_eq!(i.len(), 3);
    let reason = |n: usize| report[n].rejected[0].reason.to_string();
    assert!(reason(1).contains("not a JSON file"));
    assert!(reason(2).contains("edited or damaged"));
    assert!(reason(3).contains("cut short"));
    assert!(reason(4).contains("format version 2"));
    assert!(reason(5).contains("not a text file"));
}

#[test]
fn duplicates_keep_the_latest_whatever_the_order() {
    let older = sample(1);
    let mut newer = sample(1);
    newer.updated = Timestamp::from_millis(older.updated.millis() + 1000);
    newer.set_answer("q2", "Added later.".into());
    let files = [
        ("draft-copy.json", format::write_response(&older, T0, "t")),
        ("final.json", format::write_response(&newer, T0, "t")),
    ];
    for order in [[0, 1], [1, 0]] {
        let mut i = importer();
        for k in order {
            i.add(files[k].0, files[k].1.as_bytes());
        }
        assert_eq!(i.responses(), vec![&newer]);
        let report = i.report();
        let old = report.iter().find(|r| r.name == "draft-copy.json").unwrap();
        assert_eq!(old.outcome(), Outcome::Duplicate);
        assert_eq!(old.duplicates[0].kept_from, "final.json");
        assert!(!old.duplicates[0].kept_here);
        let new = report.iter().find(|r| r.name == "final.json").unwrap();
        assert_eq!(
            (new.outcome().key(), new.duplicates[0].kept_here),
            ("loaded", true)
        );
    }
}

#[test]
fn at_equal_times_a_finished_copy_beats_a_draft() {
    let mut draft = sample(4);
    draft.status = Status::Draft;
    let finished = sample(4);
    let mut i = importer();
    i.add(
        "b.json",
        format::write_response(&finished, T0, "t").as_bytes(),
    );
    i.add("a.json", format::write_response(&draft, T0, "t").as_bytes());
    assert_eq!(i.responses()[0].status, Status::Finished);
}

#[test]
fn other_questionnaires_huge_files_and_bad_bundle_entries_are_named() {
    let mut other = sample(5);
    other.questionnaire.id = "igf-bpf-cybersecurity-2017".into();
    let mut i = Importer::new(
        QuestionnaireRef {
            id: "igf-bpf-cybersecurity-2016".into(),
            version: 1,
        },
        Limits {
            max_file_bytes: 5_000,
            max_responses: 10,
        },
    );
    i.add(
        "2017.json",
        format::write_response(&other, T0, "t").as_bytes(),
    );
    i.add("huge.json", &vec![b' '; 6_000]);
    let mut bundle: serde_json::Value =
        serde_json::from_str(&format::write_bundle(&[sample(6), sample(7)], T0, "t")).unwrap();
    bundle["responses"][1]["answers"]["q1"] = "edited".into();
    bundle.as_object_mut().unwrap().remove("integrity");
    let digest = format::sha256_hex(format::canonical_json(&bundle).unwrap().as_bytes());
    bundle["integrity"] = serde_json::json!({"algorithm": "sha-256", "canonicalization": "rfc8785", "digest": digest});
    i.add(
        "mixed.json",
        serde_json::to_string(&bundle).unwrap().as_bytes(),
    );
    let r = i.report();
    assert!(
        matches!(&r[0].rejected[0].reason, Rejection::DifferentQuestionnaire { id, .. } if id.ends_with("2017"))
    );
    assert!(matches!(
        r[1].rejected[0].reason,
        Rejection::TooLarge {
            size: 6000,
            max: 5000
        }
    ));
    assert_eq!(
        (r[2].outcome().key(), r[2].loaded, r[2].rejected[0].entry),
        ("partly-loaded", 1, Some(2))
    );
}
