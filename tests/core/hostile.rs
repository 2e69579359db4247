//! The hostile-file corpus (`tests/fixtures/hostile/`, written by `scripts/gen-hostile.mjs`):
//! each file is refused with the reason `expected.json` names, or loaded and then inert, as
//! text, in every export. The very large cases are made here.

use std::collections::BTreeMap;

use bpf_survey::core::export::{self, DocumentInfo};
use bpf_survey::core::format::{self, FormatError};
use bpf_survey::core::import::{Importer, Rejection};
use bpf_survey::core::questionnaire;
use bpf_survey::core::response::Response;
use bpf_survey::core::synthesis::{self, Analyzer, Filter};
use bpf_survey::core::validate::MAX_ANSWER_CHARS;

use crate::fixtures::{T0, importer, sample};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile");

fn expected() -> BTreeMap<String, serde_json::Value> {
    let text = std::fs::read_to_string(format!("{DIR}/expected.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn reason_kind(r: &Rejection) -> &'static str {
    match r {
        Rejection::Format(FormatError::NotText) => "not-text",
        Rejection::Format(FormatError::NotJson { .. }) => "not-json",
        Rejection::Format(FormatError::NotAResponseFile) => "not-response",
        Rejection::Format(FormatError::DuplicateKey { .. }) => "duplicate",
        Rejection::Format(FormatError::Invalid { .. }) => "invalid",
        Rejection::Format(FormatError::CountMismatch { .. }) => "count",
        Rejection::Format(_) => "format",
        Rejection::TooLarge { .. } => "too-large",
        Rejection::DifferentQuestionnaire { .. } | Rejection::OtherEdition { .. } => {
            "questionnaire"
        }
        Rejection::SetFull(_) => "set-full",
        Rejection::TooLong { .. } => "too-long",
        Rejection::FromTheFuture { .. } => "future",
        Rejection::NeedsKey | Rejection::Decrypt(_) => "encrypted",
        Rejection::ReviewFile => "review",
    }
}

fn load_corpus() -> Importer {
    let mut importer = importer();
    for name in expected().keys() {
        importer.add(name, &std::fs::read(format!("{DIR}/{name}")).unwrap());
    }
    importer
}

#[test]
fn every_hostile_file_is_refused_for_its_reason_or_loaded() {
    let importer = load_corpus();
    let report = importer.report();
    for (name, want) in expected() {
        let file = report.iter().find(|f| f.name == name).unwrap();
        match want["outcome"].as_str().unwrap() {
            "loaded" => assert!(
                file.rejected.is_empty() && file.loaded == 1,
                "{name}: {:?}",
                file.rejected
            ),
            _ => {
                let reasons: Vec<&str> = file
                    .rejected
                    .iter()
                    .map(|r| reason_kind(&r.reason))
                    .collect();
                assert_eq!(file.loaded, 0, "{name} loaded something");
                assert_eq!(
                    reasons,
                    [want["reason"].as_str().unwrap()],
                    "{name}: {:?}",
                    file.rejected
                );
            }
        }
    }
}

#[test]
fn hostile_text_is_inert_in_every_export() {
    let importer = load_corpus();
    let responses: Vec<Response> = importer.responses().into_iter().cloned().collect();
    assert_eq!(responses.len(), 5);
    let q = questionnaire::builtin();
    let filter = Filter::default();
    let s = synthesis::synthesize(&responses, &q, &filter, &Analyzer::new(), &mut |_| {});
    let info = DocumentInfo {
        questionnaire: &q,
        data_as_of: Some(T0),
        filter: &filter,
        words: &export::Words::english(),
    };
    let html = export::html(&s, &info);
    for live in [
        "<script",
        "<img",
        "<iframe",
        "<style>body{display:none}",
        "href=\"javascript",
        "onerror=\"",
    ] {
        assert!(!html.contains(live), "HTML report has live {live}");
    }
    assert!(
        html.contains("&lt;script&gt;"),
        "the script tag is shown as text"
    );
    assert!(html.contains("&lt;style&gt;body{display:none}"));
    let md = export::markdown(&s, &info);
    for live in ["<script", "<img", "<iframe", "](javascript"] {
        // Escaped markup (`\<script`) is text; only an unescaped `<` or `](` is live.
        let live_at = md
            .match_indices(live)
            .find(|(i, _)| !md[..*i].ends_with('\\'));
        assert!(live_at.is_none(), "Markdown report has live {live}");
    }
    // Bidi controls stay inside the isolate that holds them.
    assert!(
        !md.contains("\u{2069}\u{2069}\u{202E}"),
        "a stray isolate closer escaped"
    );
    assert!(
        md.contains("Org\u{202E}\u{2069}"),
        "the override in a name stays inside the isolate around it"
    );
    let qids: Vec<String> = q.questions.iter().map(|q| q.id.clone()).collect();
    let csv = export::csv(&responses, &qids, false).unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            let first = cell.chars().next();
            assert!(
                !matches!(
                    first,
                    Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠')
                ),
                "CSV cell starts a formula: {cell:?}"
            );
        }
    }
    assert!(csv.contains("'=HYPERLINK"), "formulas kept, neutralised");
}

#[test]
fn a_ten_megabyte_answer_is_refused_with_the_limit_named() {
    let mut r = sample(7);
    r.set_answer("q1", "word ".repeat(2 * 1024 * 1024));
    let file = format::write_response(&r, T0, "test");
    assert!(file.len() > 10_000_000);
    let mut importer = importer();
    importer.add("huge.json", file.as_bytes());
    let rejected = &importer.report()[0].rejected;
    assert!(
        matches!(&rejected[0].reason, Rejection::TooLong { field, max } if field == "answers.q1" && *max == MAX_ANSWER_CHARS),
        "{rejected:?}"
    );
}

#[test]
fn thousands_of_tiny_files_each_get_a_line_in_the_report() {
    let mut importer = importer();
    for i in 0..5_000u32 {
        let mut r = sample((i % 250) as u8);
        r.id = bpf_survey::core::response::ResponseId::from_random_bytes({
            let mut b = [0u8; 16];
            b[..4].copy_from_slice(&i.to_le_bytes());
            b
        });
        r.set_answer("q1", format!("Tiny answer {i}."));
        importer.add(
            &format!("tiny-{i}.json"),
            format::write_response(&r, T0, "t").as_bytes(),
        );
    }
    let report = importer.report();
    assert_eq!(report.len(), 5_000);
    assert_eq!(importer.responses().len(), 5_000);
}
