//! Arbitrary bytes as a response file or bundle: the reader and the importer must return a
//! report for every input, never panic, and never keep more than the limits allow.
#![no_main]

use std::sync::LazyLock;

use bpf_survey::core::import::{Importer, Limits};
use bpf_survey::core::response::QuestionnaireRef;
use libfuzzer_sys::fuzz_target;

/// The built-in questionnaire's reference, read once (reading it for each input would be most
/// of the work).
static QUESTIONNAIRE: LazyLock<QuestionnaireRef> =
    LazyLock::new(|| bpf_survey::core::questionnaire::builtin().reference());

fuzz_target!(|data: &[u8]| {
    let mut importer = Importer::new(
        QUESTIONNAIRE.clone(),
        Limits {
            max_file_bytes: 1 << 20,
            max_responses: 1_000,
        },
    );
    importer.add("fuzz.json", data);
    // The same file twice: a duplicate, reported, not a second response.
    importer.add("again.json", data);
    let report = importer.report();
    assert_eq!(report.len(), 2);
    assert!(importer.responses().len() <= 1_000);
});
