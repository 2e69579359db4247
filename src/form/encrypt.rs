//! Encrypting a finished response file to the Secretariat's public key with age. Called only by
//! the `encrypt` binary, a module that a form configured with a key (`?key=age1…`) imports when
//! the person finishes, so respondents of other forms never download `age`.

use std::io::Write;
use std::str::FromStr;

/// The age file of `plain` for `recipient` (`age1…`), or why it could not be made (in English,
/// quoted by the form's message). Randomness comes from the browser's `crypto.getRandomValues`.
pub fn encrypt(recipient: &str, plain: &[u8]) -> Result<Vec<u8>, String> {
    let recipient = age::x25519::Recipient::from_str(recipient.trim())
        .map_err(|e| format!("the encryption key is not valid ({e})"))?;
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| e.to_string())?;
    let mut out = Vec::with_capacity(plain.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out).map_err(|e| e.to_string())?;
    writer.write_all(plain).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}
