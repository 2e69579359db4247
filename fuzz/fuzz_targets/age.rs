//! Arbitrary bytes after the age magic line, as an encrypted response file: decrypting must say
//! why it cannot, never panic, and never take long (libFuzzer's `-timeout` fails a slow input:
//! the age crate's header parsing is quadratic, so the header is bounded before it sees it).
#![no_main]

use std::sync::OnceLock;

use bpf_survey::core::crypto::{self, Identities};
use libfuzzer_sys::fuzz_target;

/// A key nobody encrypts to: no fuzzed file can be opened with it.
fn identities() -> &'static Identities {
    static IDS: OnceLock<Identities> = OnceLock::new();
    IDS.get_or_init(|| {
        let file = crypto::identity_file(&age::x25519::Identity::generate(), "fuzz");
        Identities::parse(&file).expect("a key just made is readable")
    })
}

fuzz_target!(|data: &[u8]| {
    let mut file = b"age-encryption.org/v1\n".to_vec();
    file.extend_from_slice(data);
    assert!(crypto::is_encrypted(&file));
    assert!(crypto::decrypt(identities(), &file).is_err());
});
