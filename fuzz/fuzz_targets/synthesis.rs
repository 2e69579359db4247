//! Arbitrary text as answers: language detection, segmentation, stemming, key terms, themes,
//! summaries, duplicates and every export must handle any Unicode without panicking.
#![no_main]

use std::sync::LazyLock;

use bpf_survey::core::export::{self, DocumentInfo, Words};
use bpf_survey::core::questionnaire::{self, Questionnaire};
use bpf_survey::core::response::{Publication, Response, ResponseId, Source};
use bpf_survey::core::synthesis::{self, Analyzer, Filter};
use bpf_survey::core::time::Timestamp;
use libfuzzer_sys::fuzz_target;

static QUESTIONNAIRE: LazyLock<Questionnaire> = LazyLock::new(questionnaire::builtin);
static ANALYZER: LazyLock<Analyzer> = LazyLock::new(Analyzer::new);
static WORDS: LazyLock<Words> = LazyLock::new(Words::english);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Up to 24 answers, cut from the input at 0x1e bytes, spread over the seven questions.
    let mut responses = Vec::new();
    for (i, piece) in text.split('\u{1e}').take(24).enumerate() {
        let mut r = Response::new(
            ResponseId::from_random_bytes([i as u8 + 1; 16]),
            QUESTIONNAIRE.reference(),
            Timestamp::from_millis(0),
            ["en", "fr", "ar", "zh", "ru", "es", "hi"][i % 7],
            Source::default(),
        );
        r.publication = Some(if i % 3 == 0 {
            Publication::Named
        } else {
            Publication::Anonymous
        });
        r.respondent.name = piece.chars().take(20).collect();
        r.set_answer(&format!("q{}", i % 7 + 1), piece.to_string());
        responses.push(r);
    }
    let filter = Filter::default();
    let s = synthesis::synthesize(&responses, &QUESTIONNAIRE, &filter, &ANALYZER, &mut |_| {});
    let info = DocumentInfo {
        questionnaire: &QUESTIONNAIRE,
        data_as_of: None,
        filter: &filter,
        words: &WORDS,
    };
    let _ = export::markdown(&s, &info);
    let _ = export::html(&s, &info);
    let qids: Vec<String> = QUESTIONNAIRE
        .questions
        .iter()
        .map(|q| q.id.clone())
        .collect();
    let _ = export::csv(&responses, &qids, true);
});
