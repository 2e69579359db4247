//! Arbitrary bytes as a response file or bundle: the reader and the importer must return a
//! report for every input, never panic, and never keep more than the limits allow.
#![no_main]

use bpf_survey::core::import::{Importer, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut importer = Importer::new(
        bpf_survey::core::questionnaire::builtin().reference(),
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
