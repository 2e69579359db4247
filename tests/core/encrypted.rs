//! Encrypted response files (age, X25519): the importer sets them aside until the secretariat's
//! identity file arrives, then reads them; the wrong key and damage are reported per file.

use age::x25519::Identity;
use bpf_survey::core::crypto::{self, DecryptError, Identities};
use bpf_survey::core::format;
use bpf_survey::core::import::{Outcome, Rejection};

use crate::fixtures::{T0, importer, sample};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/encrypted");

/// Encrypts as a keyed form does.
fn encrypt(to: &age::x25519::Recipient, plain: &[u8]) -> Vec<u8> {
    bpf_survey::form::encrypt::encrypt(&to.to_string(), plain).unwrap()
}

#[test]
fn encrypted_files_wait_for_the_key_then_load_and_bad_ones_say_why() {
    let key = Identity::generate();
    let other = Identity::generate();
    let file = |seed: u8| format::write_response(&sample(seed), T0, "t").into_bytes();
    let sealed = encrypt(&key.to_public(), &file(1));
    let for_someone_else = encrypt(&other.to_public(), &file(2));
    let bundle = format::write_bundle(&[sample(3), sample(4)], T0, "t");
    let sealed_bundle = encrypt(&key.to_public(), bundle.as_bytes());
    let truncated = &sealed[..sealed.len() - 20];

    let mut i = importer();
    i.add("a.json.age", &sealed);
    i.add("plain.json", &file(5));
    assert_eq!(i.waiting_for_key(), 1);
    assert_eq!(i.report()[0].outcome(), Outcome::Waiting);
    assert!(matches!(
        i.report()[0].rejected[0].reason,
        Rejection::NeedsKey
    ));
    assert_eq!(i.len(), 1);

    let identity_file = crypto::identity_file(&key, "2026-11-23T00:00:00Z");
    i.add_identities(Identities::parse(&identity_file).unwrap());
    assert_eq!(i.waiting_for_key(), 0);
    assert_eq!(i.report()[0].outcome(), Outcome::Loaded);
    assert_eq!(i.len(), 2);

    // Once the key is known, encrypted files load as they come.
    i.add("bundle.json.age", &sealed_bundle);
    i.add("other.json.age", &for_someone_else);
    i.add("cut.json.age", truncated);
    let report = i.report();
    assert_eq!(report[2].loaded, 2);
    assert!(report[2].bundle);
    assert!(matches!(
        report[3].rejected[0].reason,
        Rejection::Decrypt(DecryptError::WrongKey)
    ));
    assert!(matches!(
        report[4].rejected[0].reason,
        Rejection::Decrypt(DecryptError::Damaged)
    ));
    assert_eq!(i.len(), 4);
    // The file for someone else waits for their identity, and then loads.
    assert_eq!(i.waiting_for_key(), 1);
    i.add_identities(
        Identities::parse(&crypto::identity_file(&other, "2026-11-23T00:00:00Z")).unwrap(),
    );
    assert_eq!(i.waiting_for_key(), 0);
    assert_eq!(i.report()[3].outcome(), Outcome::Loaded);
    assert_eq!(i.len(), 5);
}

#[test]
fn the_committed_fixtures_open_with_their_identity_file() {
    let ids = Identities::parse(&std::fs::read_to_string(format!("{DIR}/identity.txt")).unwrap())
        .unwrap();
    let read = |name: &str| std::fs::read(format!("{DIR}/{name}")).unwrap();
    for name in ["response-1.json.age", "response-2.json.age"] {
        let plain = crypto::decrypt(&ids, &read(name)).unwrap();
        format::read(&plain).unwrap();
    }
    assert_eq!(
        crypto::decrypt(&ids, &read("other-key.json.age")),
        Err(DecryptError::WrongKey)
    );
    assert_eq!(
        crypto::decrypt(&ids, &read("truncated.json.age")),
        Err(DecryptError::Damaged)
    );
}

/// Writes `tests/fixtures/encrypted/` (run with `--ignored` to renew it): an identity file and
/// response files encrypted to it, one to another key, one cut short.
#[test]
#[ignore]
fn write_encrypted_fixtures() {
    std::fs::create_dir_all(DIR).unwrap();
    let key = Identity::generate();
    let other = Identity::generate();
    std::fs::write(
        format!("{DIR}/identity.txt"),
        crypto::identity_file(&key, "2026-11-23T00:00:00Z"),
    )
    .unwrap();
    let file = |seed: u8| {
        let mut r = sample(seed);
        r.set_answer(
            "q1",
            format!(
                "A confidential answer about incident reporting to law enforcement, number {seed}."
            ),
        );
        format::write_response(&r, T0, "fixture").into_bytes()
    };
    std::fs::write(
        format!("{DIR}/response-1.json.age"),
        encrypt(&key.to_public(), &file(31)),
    )
    .unwrap();
    std::fs::write(
        format!("{DIR}/response-2.json.age"),
        encrypt(&key.to_public(), &file(32)),
    )
    .unwrap();
    std::fs::write(
        format!("{DIR}/other-key.json.age"),
        encrypt(&other.to_public(), &file(33)),
    )
    .unwrap();
    let whole = encrypt(&key.to_public(), &file(34));
    std::fs::write(
        format!("{DIR}/truncated.json.age"),
        &whole[..whole.len() - 30],
    )
    .unwrap();
}

/// What a synthesis worker gives its helper when the helper loads after files came: the identity
/// files, the kept copies and the waiting encrypted files. With those, and every file after,
/// the helper's set is the worker's, response for response, whichever copy of a duplicate
/// wins (a tie in everything but the file name included).
#[test]
fn a_copy_made_from_the_kept_copies_stays_the_same_set() {
    use bpf_survey::core::format::Document;
    use bpf_survey::core::time::Timestamp;

    let key = Identity::generate();
    let later_key = Identity::generate();
    let identity_file = crypto::identity_file(&key, "2026-11-23T00:00:00Z");
    let later_identity = crypto::identity_file(&later_key, "2026-11-23T00:00:00Z");
    let file =
        |r: &bpf_survey::core::response::Response| format::write_response(r, T0, "t").into_bytes();
    let mut edited = sample(1);
    edited.updated = Timestamp::from_millis(sample(1).updated.millis() + 1_000);
    edited.set_answer("q3", "Changed my mind.".into());
    let mut tie = sample(2);
    tie.set_answer("q4", "The same time, another text.".into());

    let mut worker = importer();
    worker.add_identities(Identities::parse(&identity_file).unwrap());
    worker.add("b.json", &file(&sample(1)));
    worker.add("m.json", &file(&sample(2)));
    worker.add(
        "sealed.json.age",
        &encrypt(&key.to_public(), &file(&sample(3))),
    );
    let waiting = encrypt(&later_key.to_public(), &file(&sample(4)));
    worker.add("later.json.age", &waiting);
    assert_eq!(worker.waiting_for_key(), 1);

    let mut helper = importer();
    helper.add_identities(Identities::parse(&identity_file).unwrap());
    for (name, copy) in worker.kept_copies() {
        helper.add_read(&name, Ok(Document::Response(Box::new(copy))));
    }
    for (name, bytes) in worker.waiting_files() {
        helper.add(name, bytes);
    }
    assert_eq!(helper.waiting_for_key(), 1);

    // Files after: a newer copy, a copy equal but for its file name (a.json ranks above m.json),
    // a file for the first key, and the key to the waiting file.
    let after: Vec<(&str, Vec<u8>)> = vec![
        ("c.json", file(&edited)),
        ("a.json", file(&tie)),
        ("z.json.age", encrypt(&key.to_public(), &file(&sample(5)))),
    ];
    for importer in [&mut worker, &mut helper] {
        for (name, bytes) in &after {
            importer.add(name, bytes);
        }
        importer.add_identities(Identities::parse(&later_identity).unwrap());
    }
    assert_eq!(worker.len(), 5);
    assert_eq!(helper.responses(), worker.responses());
    let tied = worker
        .responses()
        .into_iter()
        .find(|r| r.id == tie.id)
        .unwrap();
    assert_eq!(tied.answer("q4"), "The same time, another text.");
}
