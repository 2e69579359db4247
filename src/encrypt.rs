//! The encryption worker: age-encrypts a finished response file to the Secretariat's public key.
//! Its own binary, started only by a form configured with a key (`?key=age1…`), so respondents
//! of other forms never download `age`.

use serde::{Deserialize, Serialize};
use std::io::Write;
use std::str::FromStr;
use yew_agent::prelude::*;

/// What to encrypt, and for whom.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EncryptInput {
    /// The Secretariat's public key, `age1…`.
    pub recipient: String,
    /// The response file.
    #[serde(with = "serde_bytes")]
    pub plain: Vec<u8>,
}

/// The age file, or why it could not be made (in English, for the message that quotes it).
pub type EncryptOutput = Result<Vec<u8>, String>;

/// Encrypts one file; randomness comes from the browser's `crypto.getRandomValues`.
#[oneshot]
pub async fn EncryptTask(input: EncryptInput) -> EncryptOutput {
    let recipient = age::x25519::Recipient::from_str(input.recipient.trim())
        .map_err(|e| format!("the encryption key is not valid ({e})"))?;
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| e.to_string())?;
    let mut out = Vec::with_capacity(input.plain.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out).map_err(|e| e.to_string())?;
    writer.write_all(&input.plain).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}
