//! Making the Secretariat's key pair in the browser: age's X25519 identity, its secret drawn from `crypto.getRandomValues`. The identity file is returned to be downloaded at once and is never stored.

use crate::core::crypto;
use crate::core::time::Timestamp;

/// A new key pair: what to publish, and the identity file to keep safe.
pub struct KeyPair {
    /// The public key (`age1…`), for the form's `key` option.
    pub public: String,
    /// The identity file's suggested name.
    pub file_name: String,
    /// The identity file's text.
    pub identity_file: String,
}

/// Makes a key pair at `now`.
pub fn make(now: Timestamp) -> KeyPair {
    let identity = age::x25519::Identity::generate();
    KeyPair {
        public: identity.to_public().to_string(),
        file_name: format!("bpf-survey-identity-{}.txt", now.date()),
        identity_file: crypto::identity_file(&identity, &now.to_rfc3339()),
    }
}
