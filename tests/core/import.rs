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
    i.add("future.json", &read("format/version-3.json"));
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
    assert!(reason(4).contains("format version 3"));
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
fn a_copy_dated_in_the_future_is_refused_and_never_sets_the_date() {
    // A forged copy of a response, dated 2099 so that it would win over the genuine one.
    let genuine = sample(6);
    let mut forged = sample(6);
    forged.updated = Timestamp::parse_rfc3339("2099-12-31T00:00:00Z").unwrap();
    forged.respondent.name = "Someone Else".into();
    let now = Timestamp::from_millis(genuine.updated.millis() + 3_600_000);
    for order in [[0, 1], [1, 0]] {
        let files = [
            ("genuine.json", format::write_response(&genuine, T0, "t")),
            ("forged.json", format::write_response(&forged, T0, "t")),
        ];
        let mut i = importer();
        i.set_now(now);
        for k in order {
            i.add(files[k].0, files[k].1.as_bytes());
        }
        assert_eq!(i.responses(), vec![&genuine]);
        assert_eq!(i.latest_update(), Some(genuine.updated));
        let report = i.report();
        let refused = report.iter().find(|r| r.name == "forged.json").unwrap();
        assert_eq!(
            refused.rejected[0].reason,
            Rejection::FromTheFuture {
                date: "2099-12-31".into()
            }
        );
    }
    // A day of clock difference is allowed.
    let mut early = sample(7);
    early.updated = Timestamp::from_millis(now.millis() + 23 * 3_600_000);
    let mut i = importer();
    i.set_now(now);
    i.add(
        "early.json",
        format::write_response(&early, T0, "t").as_bytes(),
    );
    assert_eq!(i.len(), 1);
}

#[test]
fn copies_that_disagree_on_who_wrote_them_are_flagged_in_either_order() {
    let genuine = sample(8);
    let mut forged = sample(8);
    forged.updated = Timestamp::from_millis(genuine.updated.millis() + 60_000);
    forged.respondent.email = "attacker@example.org".into();
    let mut later = sample(8);
    later.updated = Timestamp::from_millis(genuine.updated.millis() + 30_000);
    later.set_answer("q2", "A genuine later version.".into());
    let files = [
        ("genuine.json", format::write_response(&genuine, T0, "t")),
        ("later.json", format::write_response(&later, T0, "t")),
        ("forged.json", format::write_response(&forged, T0, "t")),
    ];
    for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0], [0, 2, 1]] {
        let mut i = importer();
        for k in order {
            i.add(files[k].0, files[k].1.as_bytes());
        }
        for r in i.report() {
            assert!(
                r.duplicates.iter().all(|d| d.conflict),
                "{order:?} {}",
                r.name
            );
        }
    }
    // Versions by the same person are not a conflict.
    let mut i = importer();
    i.add(files[0].0, files[0].1.as_bytes());
    i.add(files[1].0, files[1].1.as_bytes());
    assert!(
        i.report()
            .iter()
            .all(|r| r.duplicates.iter().all(|d| !d.conflict))
    );
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
            hash: String::new(),
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

#[test]
fn files_a_folder_hides_are_not_loaded_from_it() {
    use bpf_survey::core::import::is_hidden;
    for hidden in [
        "responses/.DS_Store",
        "responses/.git/objects/ab/cdef",
        ".hidden/a.json",
        "__MACOSX/responses/._a.json",
        "responses/Thumbs.db",
        "responses/Desktop.ini",
        "responses\\.svn\\entries",
    ] {
        assert!(is_hidden(hidden), "{hidden}");
    }
    for shown in [
        "responses/a.json",
        "a.json",
        "responses/2026.12/bpf-response-x.json",
        "réponses/répondant.age",
        "responses/file.with.dots.json",
    ] {
        assert!(!is_hidden(shown), "{shown}");
    }
}
