//! The workspace file: written and read back to the same workspace, valid against its JSON Schema, refused with a reason when damaged, edited, from a newer version or unreasonable; and a colleague's edits merged with one's own, disagreements set aside for a decision.

use std::path::PathBuf;

use bpf_survey::core::edits::{Change, Edit, Edits, Reason};
use bpf_survey::core::format;
use bpf_survey::core::generate;
use bpf_survey::core::questionnaire;
use bpf_survey::core::synthesis::Filter;
use bpf_survey::core::workspace_file::{
    self, Kept, Slot, SlotValue, WorkspaceFileError, merge_edits,
};

use crate::fixtures::T0;

fn edit(by: &str, at: i64, change: Change) -> Edit {
    Edit {
        at: bpf_survey::core::time::Timestamp::from_millis(at),
        by: by.into(),
        change,
    }
}

fn sample() -> (Vec<(String, Vec<u8>)>, Edits, Filter) {
    let q = questionnaire::builtin();
    let g = generate::generate(&q, 6, 3);
    let mut files: Vec<(String, Vec<u8>)> = g
        .responses
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                format!("r{i}.json"),
                format::write_response(r, T0, "t").into_bytes(),
            )
        })
        .collect();
    // Any bytes at all are kept as they came: an encrypted file, a file that is not JSON.
    files.push(("notes.age".into(), vec![0, 255, 7, b'"', b'\\']));
    let mut edits = Edits::default();
    edits.make(edit(
        "Ana",
        1,
        Change::Narrative {
            question: "q1".into(),
            text: "Trust «first»\n\nوالثقة".into(),
        },
    ));
    edits.make(edit(
        "Ana",
        2,
        Change::Exclude {
            response: g.responses[0].id.to_string(),
            reason: Reason::Spam,
        },
    ));
    edits.make(edit(
        "Ana",
        3,
        Change::Reviewed {
            question: "q1".into(),
            reviewed: true,
        },
    ));
    edits.undo();
    let filter = Filter {
        languages: vec!["en".into()],
        drafts: true,
        ..Filter::default()
    };
    (files, edits, filter)
}

/// A workspace file named `name` of these files, filter and edits.
fn write(name: &str, files: &[(String, Vec<u8>)], filter: &Filter, edits: &Edits) -> String {
    workspace_file::write(
        name,
        filter,
        edits,
        files.iter().map(|(n, b)| Kept {
            name: n,
            size: b.len(),
            bytes: b,
        }),
        None,
        T0,
        "0.1.0",
    )
}

fn written() -> String {
    let (files, edits, filter) = sample();
    write("Call 2016", &files, &filter, &edits)
}

#[test]
fn a_workspace_file_reads_back_as_the_same_workspace_and_follows_its_schema() {
    let (files, edits, filter) = sample();
    let text = written();
    let back = workspace_file::read(text.as_bytes()).unwrap();
    assert_eq!(back.name, "Call 2016");
    assert_eq!(back.filter, filter);
    assert_eq!(back.edits, edits, "undone edits travel too");
    let kept: Vec<(String, Vec<u8>)> = back.files.into_iter().map(|f| (f.name, f.bytes)).collect();
    assert_eq!(kept, files);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let schema: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root.join("docs/workspace-format.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::options().build(&schema).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    // Written twice, the same text: the file depends on nothing but the workspace.
    assert_eq!(written(), text);
}

#[test]
fn a_damaged_edited_newer_or_strange_workspace_file_is_refused_with_its_reason() {
    let text = written();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let cases: Vec<(String, WorkspaceFileError)> = vec![
        (
            text[..text.len() / 2].to_string(),
            WorkspaceFileError::NotAWorkspace(String::new()),
        ),
        (
            "[]".into(),
            WorkspaceFileError::NotAWorkspace(String::new()),
        ),
        (
            text.replace("Call 2016", "Call 2017"),
            WorkspaceFileError::Damaged,
        ),
        (
            text.replace("\"Ana\"", "\"Eve\""),
            WorkspaceFileError::Damaged,
        ),
        (
            text.replace("\"format_version\": 1", "\"format_version\": 2"),
            WorkspaceFileError::FromTheFuture(2),
        ),
        (
            {
                // One file's bytes changed, its name and hash kept.
                doc["files"][0]["bytes"] = serde_json::Value::String("e30=".into());
                doc.to_string()
            },
            WorkspaceFileError::Damaged,
        ),
        (
            text.replace("\"integrity\"", "\"extra\": 1, \"integrity\""),
            WorkspaceFileError::NotAWorkspace(String::new()),
        ),
        (
            text.replace("bpf-survey-workspace", "bpf-survey-bundle"),
            WorkspaceFileError::NotAWorkspace(String::new()),
        ),
    ];
    for (i, (bad, expected)) in cases.into_iter().enumerate() {
        let got = workspace_file::read(bad.as_bytes()).unwrap_err();
        match (&got, &expected) {
            (WorkspaceFileError::NotAWorkspace(_), WorkspaceFileError::NotAWorkspace(_)) => {}
            _ => assert_eq!(got, expected, "case {i}"),
        }
    }
    // Unreasonable: a narrative of a million characters, sealed as if genuine.
    let (files, mut edits, filter) = sample();
    edits.done.push(edit(
        "Ana",
        9,
        Change::Narrative {
            question: "q2".into(),
            text: "x".repeat(1_000_000),
        },
    ));
    let huge = write("w", &files, &filter, &edits);
    assert!(matches!(
        workspace_file::read(huge.as_bytes()),
        Err(WorkspaceFileError::Unreasonable(_))
    ));
    let too_big = vec![b' '; workspace_file::MAX_BYTES + 1];
    assert_eq!(
        workspace_file::read(&too_big),
        Err(WorkspaceFileError::TooLarge)
    );
}

#[test]
fn a_colleagues_edits_are_added_and_where_both_decided_differently_both_are_shown() {
    let shared = edit(
        "Ana",
        1,
        Change::Reviewed {
            question: "q1".into(),
            reviewed: true,
        },
    );
    let mut mine = Edits::default();
    mine.make(shared.clone());
    mine.make(edit(
        "Ana",
        2,
        Change::Narrative {
            question: "q1".into(),
            text: "Mine".into(),
        },
    ));
    mine.make(edit(
        "Ana",
        3,
        Change::Exclude {
            response: "r1".into(),
            reason: Reason::Spam,
        },
    ));
    let mut theirs = Edits::default();
    theirs.make(shared);
    theirs.make(edit(
        "Ben",
        4,
        Change::Narrative {
            question: "q1".into(),
            text: "Theirs".into(),
        },
    ));
    theirs.make(edit(
        "Ben",
        5,
        Change::Exclude {
            response: "r1".into(),
            reason: Reason::Spam,
        },
    ));
    theirs.make(edit(
        "Ben",
        6,
        Change::Narrative {
            question: "q2".into(),
            text: "Only theirs".into(),
        },
    ));
    theirs.make(edit(
        "Ben",
        7,
        Change::Pin {
            question: "q3".into(),
            response: "r9".into(),
        },
    ));
    let (merged, conflicts) = merge_edits(&mine, &theirs);
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0].slot, Slot::Narrative("q1".into()));
    assert_eq!(conflicts[0].mine, SlotValue::Text("Mine".into()));
    assert_eq!(conflicts[0].theirs, SlotValue::Text("Theirs".into()));
    let d = merged.decisions();
    assert_eq!(
        d.questions["q1"].narrative, "Mine",
        "never overwritten silently"
    );
    assert!(d.questions["q1"].reviewed);
    assert_eq!(d.questions["q2"].narrative, "Only theirs");
    assert_eq!(d.questions["q3"].pins, ["r9"]);
    assert_eq!(
        d.excluded.len(),
        1,
        "the same decision made by both is no conflict"
    );
    // Taking theirs is one more edit, recorded with who made it.
    let mut taken = merged.clone();
    assert!(taken.make(conflicts[0].take_theirs.clone()));
    assert_eq!(taken.decisions().questions["q1"].narrative, "Theirs");
    // Merging the same file again adds nothing.
    assert_eq!(
        merge_edits(&merged, &theirs).0.done.len(),
        merged.done.len()
    );
}

#[test]
fn a_workspace_too_large_to_open_is_never_written() {
    assert!(
        workspace_file::fits(std::iter::repeat_n(3_000, 10_000)),
        "10,000 responses of 3 KB travel"
    );
    assert!(
        !workspace_file::fits(std::iter::repeat_n(2_500, 100_000)),
        "100,000 of 2.5 KB (242 MB) do not"
    );
    assert!(!workspace_file::fits([workspace_file::MAX_BYTES]));
}
