//! The `bpf-survey` command, run as a script would run it: its output, files and exit status.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use bpf_survey::core::crypto::Identities;
use bpf_survey::core::edits::{Change, Edit, Edits, Reason};
use bpf_survey::core::format;
use bpf_survey::core::synthesis::Filter;
use bpf_survey::core::workspace_file::{self, Kept};

use crate::fixtures::{T0, path, sample};

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bpf-survey"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the command runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh folder under the target directory.
fn folder(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("command-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fixture(name: &str) -> String {
    path(name).display().to_string()
}

#[test]
fn verify_says_what_became_of_each_file_and_exits_by_the_result() {
    let dir = folder("verify");
    let good = run(&["verify", &fixture("format/bundle-v1.json")], &dir);
    assert_eq!(good.status.code(), Some(0), "{}", text(&good.stderr));
    let out = text(&good.stdout);
    assert!(
        out.contains("bundle-v1.json: loaded (2 responses)"),
        "{out}"
    );
    assert!(out.contains("1 file checked, 2 responses loaded, 0 with problems"));

    let bad = run(
        &[
            "verify",
            &fixture("format/bundle-v1.json"),
            &fixture("format/tampered.json"),
            &fixture("hostile/invalid-utf8.json"),
        ],
        &dir,
    );
    assert_eq!(bad.status.code(), Some(1));
    let out = text(&bad.stdout);
    assert!(
        out.contains("tampered.json: rejected: the file was edited or damaged after it was saved"),
        "{out}"
    );
    assert!(out.contains("invalid-utf8.json: rejected: this is not a text file"));
    assert!(out.contains("3 files checked, 2 responses loaded, 2 with problems"));

    // Not there: the command could not run.
    let missing = run(&["verify", "no-such-file.json"], &dir);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("no-such-file.json: no such file or folder"));
}

#[test]
fn verify_reads_encrypted_files_with_the_key_and_never_reads_a_key_as_responses() {
    let dir = folder("verify-encrypted");
    let folder_of_files = fixture("encrypted");
    // Without the key: waiting, a problem, and how to go on.
    let locked = run(&["verify", &folder_of_files], &dir);
    assert_eq!(locked.status.code(), Some(1));
    let out = text(&locked.stdout);
    assert!(
        out.contains("response-1.json.age: waiting for the identity file: it is encrypted; give the Secretariat's identity file with --key"),
        "{out}"
    );
    // The identity file in the folder is skipped, never read as a response file.
    assert!(out.contains("identity.txt: skipped: it holds an age secret key"));

    let key = fixture("encrypted/identity.txt");
    let open = run(
        &[
            "verify",
            "--key",
            &key,
            &fixture("encrypted/response-1.json.age"),
            &fixture("encrypted/response-2.json.age"),
        ],
        &dir,
    );
    assert_eq!(open.status.code(), Some(0), "{}", text(&open.stdout));
    // A file for another key, or cut short, is a problem with its reason.
    let others = run(
        &[
            "verify",
            "--key",
            &key,
            &fixture("encrypted/other-key.json.age"),
            &fixture("encrypted/truncated.json.age"),
        ],
        &dir,
    );
    assert_eq!(others.status.code(), Some(1));
    let out = text(&others.stdout);
    assert!(out.contains("other-key.json.age: rejected: it is encrypted for another key"));
    assert!(out.contains("truncated.json.age: rejected: the encrypted file is damaged"));
    // A key file that is no key stops the command.
    let not_a_key = run(
        &["verify", "--key", &fixture("format/bundle-v1.json"), &key],
        &dir,
    );
    assert_eq!(not_a_key.status.code(), Some(2));
    assert!(text(&not_a_key.stderr).contains("this file holds no age secret key"));
}

#[test]
fn synth_writes_part_ii_in_the_language_asked_for_under_the_pages_file_name() {
    let dir = folder("synth");
    let corpus = fixture("corpus-45");
    let md = run(
        &[
            "synth", &corpus, "--format", "md", "--lang", "fr", "--out", "-",
        ],
        &dir,
    );
    assert_eq!(md.status.code(), Some(0), "{}", text(&md.stderr));
    let out = text(&md.stdout);
    assert!(
        out.starts_with("# Partie II\u{a0}: Synthèse des contributions reçues"),
        "{}",
        &out[..200.min(out.len())]
    );
    assert!(text(&md.stderr).contains("45 responses from 45 files"));

    // By default, the page's own file name, in the current folder; a Word document that is a
    // zip with the French heading in it.
    let docx = run(
        &["synth", &corpus, "--format", "docx", "--lang", "fr"],
        &dir,
    );
    assert_eq!(docx.status.code(), Some(0), "{}", text(&docx.stderr));
    let written: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}: no partial file is left");
    let name = written[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(
        name.starts_with("bpf-synthesis-") && name.ends_with(".docx"),
        "{name}"
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&written[0]).unwrap()).unwrap();
    let mut document = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("word/document.xml").unwrap(),
        &mut document,
    )
    .unwrap();
    assert!(document.contains("Synthèse des contributions reçues"));

    // The open data as a workbook, read back by another reader.
    let out = dir.join("open.xlsx");
    let xlsx = run(
        &[
            "synth",
            &corpus,
            "--format",
            "xlsx",
            "--out",
            &out.display().to_string(),
        ],
        &dir,
    );
    assert_eq!(xlsx.status.code(), Some(0), "{}", text(&xlsx.stderr));
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let responses = calamine::Reader::worksheet_range(&mut book, "Responses").unwrap();
    assert!(responses.height() > 1);

    // A format it does not know, or nothing to read: refused before any work.
    let unknown = run(&["synth", &corpus, "--format", "pdf"], &dir);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("possible values"));
    let nothing = run(&["synth"], &dir);
    assert_eq!(nothing.status.code(), Some(2));
}

#[test]
fn synth_leaves_no_half_written_file_when_it_cannot_write() {
    let dir = folder("synth-unwritable");
    let target = dir.join("no-such-folder").join("part-ii.md");
    let failed = run(
        &[
            "synth",
            &fixture("corpus-45"),
            "--out",
            &target.display().to_string(),
        ],
        &dir,
    );
    assert_eq!(failed.status.code(), Some(2));
    assert!(text(&failed.stderr).contains("part-ii.md"));
    assert!(!target.exists());
}

#[test]
fn synth_from_a_workspace_file_writes_the_secretariats_edited_part_ii() {
    let dir = folder("synth-workspace");
    let kept = sample(1);
    let mut left_out = sample(2);
    left_out.respondent.name = "Zebedee Leftout".into();
    left_out.respondent.organisation = "Left Out Org".into();
    let files: Vec<(String, Vec<u8>)> = [&kept, &left_out]
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                format!("response-{i}.json"),
                format::write_response(r, T0, "0.1.0").into_bytes(),
            )
        })
        .collect();
    // Without the workspace's edits, both are listed.
    for (name, bytes) in &files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let plain = run(&["synth", ".", "--out", "-"], &dir);
    assert_eq!(plain.status.code(), Some(0), "{}", text(&plain.stderr));
    assert!(text(&plain.stdout).contains("Zebedee Leftout"));

    let edit = |change| Edit {
        at: T0,
        by: "Secretariat".into(),
        change,
    };
    let edits = Edits {
        done: vec![
            edit(Change::Exclude {
                response: left_out.id.to_string(),
                reason: Reason::Withdrawn,
            }),
            edit(Change::Narrative {
                question: "q1".into(),
                text: "The Secretariat's own framing of question one.".into(),
            }),
        ],
        undone: Vec::new(),
    };
    let ws = workspace_file::write(
        "Call 2016",
        &Filter::default(),
        &edits,
        files.iter().map(|(n, b)| Kept {
            name: n,
            size: b.len(),
            bytes: b,
        }),
        None,
        T0,
        "0.1.0",
    );
    let ws_path = dir.join("workspace.json");
    std::fs::write(&ws_path, ws).unwrap();
    let edited = run(
        &[
            "synth",
            "--workspace",
            &ws_path.display().to_string(),
            "--out",
            "-",
        ],
        &dir,
    );
    assert_eq!(edited.status.code(), Some(0), "{}", text(&edited.stderr));
    let out = text(&edited.stdout);
    assert!(out.contains("The Secretariat's own framing of question one."));
    assert!(!out.contains("Zebedee"), "a withdrawn response stays out");
    assert!(!out.contains("Left Out Org"));

    // A workspace file edited by hand is refused.
    let tampered = std::fs::read_to_string(&ws_path)
        .unwrap()
        .replace("own framing", "own fram1ng");
    std::fs::write(&ws_path, tampered).unwrap();
    let refused = run(
        &["synth", "--workspace", &ws_path.display().to_string()],
        &dir,
    );
    assert_eq!(refused.status.code(), Some(2));
}

#[test]
fn synth_imports_a_table_from_another_tool_with_its_suggested_mapping_unpublished_by_default() {
    let dir = folder("synth-table");
    let csv = "Timestamp,Full name,Organisation,Stakeholder group,Country,What are the typical roles and responsibilities of stakeholders in cybersecurity?\n\
               2016/09/01 10:00:00,Quilla Tablerow,Table Org,Civil society,Kenya,Civil society watches and Tablewords answer here.\n\
               2016/09/02 10:00:00,Rufus Secondrow,,Government,Ghana,\"Governments lead, =SUM(A1) is text.\"\n";
    std::fs::write(dir.join("google-forms.csv"), csv).unwrap();
    let out = run(&["synth", ".", "--out", "-"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("google-forms.csv: 2 of 2 rows imported as responses"),
        "{err}"
    );
    assert!(err.contains("→ q1"), "{err}");
    let md = text(&out.stdout);
    assert!(md.contains("2 contributions were received"), "{md}");
    // Rows stating no publication choice are counted, never quoted nor named.
    assert!(!md.contains("Quilla") && !md.contains("Tablewords"), "{md}");

    // Chosen for the whole file: named.
    let named = run(
        &["synth", ".", "--table-publication", "named", "--out", "-"],
        &dir,
    );
    assert!(text(&named.stdout).contains("Quilla Tablerow"));
}

#[test]
fn keygen_writes_a_secret_identity_file_once_and_prints_its_public_key() {
    let dir = folder("keygen");
    let made = run(&["keygen", "--out", "secretariat.txt"], &dir);
    assert_eq!(made.status.code(), Some(0), "{}", text(&made.stderr));
    let public = text(&made.stdout).trim().to_string();
    let file = std::fs::read_to_string(dir.join("secretariat.txt")).unwrap();
    let identities = Identities::parse(&file).unwrap();
    assert_eq!(identities.recipients(), vec![public.clone()]);
    assert!(bpf_survey::core::crypto::is_recipient(&public));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("secretariat.txt"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "only its owner may read it");
    }
    // Never written over: the secret key it holds would be lost.
    let again = run(&["keygen", "--out", "secretariat.txt"], &dir);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(dir.join("secretariat.txt")).unwrap(),
        file
    );
    // Two keys are two keys.
    let other = run(&["keygen"], &dir);
    let other = Identities::parse(&text(&other.stdout)).unwrap();
    assert_ne!(other.recipients(), vec![public]);
}

#[test]
fn draft_publishes_part_ii_for_review_and_its_comments_come_back() {
    use bpf_survey::core::format::review::{self, Comment, Comments};
    use bpf_survey::core::response::{Publication, ResponseId};
    let dir = folder("draft");
    let corpus = fixture("corpus-45");
    let made = run(
        &[
            "draft",
            &corpus,
            "--draft-version",
            "1.0",
            "--lang",
            "en",
            "--lang",
            "fr",
            "--out",
            "draft.json",
        ],
        &dir,
    );
    assert_eq!(made.status.code(), Some(0), "{}", text(&made.stderr));
    let draft = review::read_draft(&std::fs::read(dir.join("draft.json")).unwrap()).unwrap();
    assert_eq!(draft.version, "1.0");
    assert_eq!(draft.languages, ["en", "fr"]);
    let q1 = draft.sections.iter().find(|s| s.id == "q1").unwrap();
    assert!(q1.title["fr"].starts_with("Question 1"));

    // A reader's comments on it, beside the responses and the draft: Part III A.
    let comments = Comments {
        id: ResponseId::from_random_bytes([4; 16]),
        questionnaire: draft.questionnaire.clone(),
        draft_version: "1.0".into(),
        created: T0,
        updated: T0,
        language: "en".into(),
        respondent: sample(4).respondent,
        publication: Some(Publication::Named),
        comments: vec![Comment {
            section: "q1".into(),
            section_hash: q1.hash.clone(),
            text: "Say who coordinates the national CERTs.".into(),
        }],
    };
    std::fs::write(
        dir.join("comments.json"),
        review::write_comments(&comments, T0, "0"),
    )
    .unwrap();
    for entry in std::fs::read_dir(path("corpus-45")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    let out = run(&["synth", ".", "--out", "-"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(
        md.contains("Say who coordinates the national CERTs."),
        "{md}"
    );
    assert!(!md.contains("This section was changed"));

    // A label that is not one is refused before anything is written.
    let bad = run(
        &[
            "draft",
            &corpus,
            "--draft-version",
            "1.0<b>",
            "--out",
            "bad.json",
        ],
        &dir,
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("not a version label"));
    assert!(!dir.join("bad.json").exists());
}
