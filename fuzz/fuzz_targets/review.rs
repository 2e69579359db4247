//! Arbitrary bytes as a review round's file (a draft, a comment file, a review page, the copy a
//! review page keeps): every reader returns a value or a reason, never panics; a draft read
//! whole goes into a review page and comes back out of it unchanged.
#![no_main]

use bpf_survey::core::format::review;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = review::is_review_file(data);
    let _ = review::read_comments(data);
    let _ = review::read_stored_comments(data);
    let _ = review::draft_of_page(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = review::draft_text_of(text);
    }
    if let Ok(draft) = review::read_draft(data) {
        let template = format!(
            "<html><title>t</title><body>{}</body></html>",
            review::DRAFT_SLOT
        );
        let page =
            review::review_page(&template, &draft, "fuzz").expect("a template takes a draft");
        assert_eq!(review::draft_of_page(page.as_bytes()), Some(Ok(draft)));
    }
});
