//! Encrypting a finished response file to the Secretariat's public key in the age format (age-encryption.org/v1, one X25519 recipient). Called only by the `encrypt` binary, a module that a form configured with a key imports when the person finishes, so respondents of other forms never download it.
//!
//! The file is assembled here from the primitives age itself uses (X25519, HKDF-SHA-256,
//! HMAC-SHA-256, ChaCha20-Poly1305, Bech32), as the age specification lays it out: the age
//! crate's encryptor carries its error-message translation machinery, 135 KB of brotli for a
//! respondent. The age crate reads every file this writes (native tests), and the synthesis
//! worker decrypts with it.

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Plaintext per STREAM chunk.
const CHUNK: usize = 64 * 1024;

/// The randomness one file needs: the file key, the ephemeral X25519 secret, the payload nonce.
pub struct Random {
    /// The file key.
    pub file_key: [u8; 16],
    /// The ephemeral secret of the recipient stanza.
    pub ephemeral: [u8; 32],
    /// The payload's nonce.
    pub nonce: [u8; 16],
}

/// Why a file could not be encrypted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncryptError {
    /// The key is not an age X25519 public key (`age1…`, Bech32).
    #[error("the encryption key is not valid")]
    BadKey,
    /// The browser gave no randomness.
    #[error("no secure random numbers")]
    NoRandomness,
}

/// The age file of `plain` for `recipient` (`age1…`), with randomness from the system
/// (`crypto.getRandomValues` in a browser).
pub fn encrypt(recipient: &str, plain: &[u8]) -> Result<Vec<u8>, EncryptError> {
    let mut bytes = [0u8; 64];
    getrandom::getrandom(&mut bytes).map_err(|_| EncryptError::NoRandomness)?;
    let mut random = Random {
        file_key: [0; 16],
        ephemeral: [0; 32],
        nonce: [0; 16],
    };
    random.file_key.copy_from_slice(&bytes[..16]);
    random.ephemeral.copy_from_slice(&bytes[16..48]);
    random.nonce.copy_from_slice(&bytes[48..]);
    encrypt_with(recipient, plain, &random)
}

/// The age file of `plain` for `recipient`, with the randomness given.
pub fn encrypt_with(
    recipient: &str,
    plain: &[u8],
    random: &Random,
) -> Result<Vec<u8>, EncryptError> {
    let public = recipient_bytes(recipient).ok_or(EncryptError::BadKey)?;
    let epk = x25519_dalek::x25519(random.ephemeral, x25519_dalek::X25519_BASEPOINT_BYTES);
    let shared = x25519_dalek::x25519(random.ephemeral, public);
    // A low-order key gives an all-zero secret: age refuses it, and so does this.
    if shared == [0; 32] {
        return Err(EncryptError::BadKey);
    }
    let mut salt = [0u8; 64];
    salt[..32].copy_from_slice(&epk);
    salt[32..].copy_from_slice(&public);
    let wrap_key = hkdf(&salt, &shared, b"age-encryption.org/v1/X25519");
    let wrapped = seal(&wrap_key, &[0; 12], &random.file_key);

    let mut header = String::from("age-encryption.org/v1\n-> X25519 ");
    header.push_str(&STANDARD_NO_PAD.encode(epk));
    header.push('\n');
    // The body in lines of 64 characters, the last one shorter (empty if need be).
    let body = STANDARD_NO_PAD.encode(&wrapped);
    for line in body.as_bytes().chunks(64) {
        header.push_str(std::str::from_utf8(line).unwrap_or_default());
        header.push('\n');
    }
    if body.len().is_multiple_of(64) {
        header.push('\n');
    }
    header.push_str("---");
    let mac_key = hkdf(&[], &random.file_key, b"header");
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(&mac_key).map_err(|_| EncryptError::BadKey)?;
    mac.update(header.as_bytes());
    header.push(' ');
    header.push_str(&STANDARD_NO_PAD.encode(mac.finalize().into_bytes()));
    header.push('\n');

    let mut out = header.into_bytes();
    out.extend_from_slice(&random.nonce);
    let payload_key = hkdf(&random.nonce, &random.file_key, b"payload");
    // STREAM: 64 KiB chunks, each sealed with its counter and whether it is the last; the last
    // may be full, and is empty only when everything is.
    let chunks: Vec<&[u8]> = if plain.is_empty() {
        vec![&[]]
    } else {
        plain.chunks(CHUNK).collect()
    };
    for (i, chunk) in chunks.iter().enumerate() {
        let mut nonce = [0u8; 12];
        nonce[3..11].copy_from_slice(&(i as u64).to_be_bytes());
        nonce[11] = u8::from(i + 1 == chunks.len());
        out.extend_from_slice(&seal(&payload_key, &nonce, chunk));
    }
    Ok(out)
}

/// The 32 bytes of an `age1…` public key.
fn recipient_bytes(recipient: &str) -> Option<[u8; 32]> {
    use bech32::FromBase32;
    let (hrp, data, variant) = bech32::decode(recipient.trim()).ok()?;
    if hrp != "age" || variant != bech32::Variant::Bech32 {
        return None;
    }
    Vec::<u8>::from_base32(&data).ok()?.try_into().ok()
}

/// HKDF-SHA-256, 32 bytes.
fn hkdf(salt: &[u8], ikm: &[u8], info: &[u8]) -> [u8; 32] {
    let mut okm = [0u8; 32];
    // 32 bytes is always a valid length for HKDF-SHA-256.
    let _ = Hkdf::<Sha256>::new(Some(salt), ikm).expand(info, &mut okm);
    okm
}

/// ChaCha20-Poly1305.
fn seal(key: &[u8; 32], nonce: &[u8; 12], plain: &[u8]) -> Vec<u8> {
    ChaCha20Poly1305::new(Key::from_slice(key))
        .encrypt(Nonce::from_slice(nonce), plain)
        // Encryption fails only past 256 GiB.
        .unwrap_or_default()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::io::Read;
    use std::str::FromStr;

    fn open(identity: &age::x25519::Identity, sealed: &[u8]) -> Vec<u8> {
        let decryptor = age::Decryptor::new_buffered(sealed).expect("a valid age header");
        let mut reader = decryptor
            .decrypt(std::iter::once(identity as &dyn age::Identity))
            .expect("opens with the recipient's identity");
        let mut plain = Vec::new();
        reader
            .read_to_end(&mut plain)
            .expect("every chunk verifies");
        plain
    }

    #[test]
    fn the_age_crate_opens_what_this_writes_at_every_chunk_boundary() {
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public().to_string();
        for size in [0, 1, 100, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 200_000] {
            let plain: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            let sealed = encrypt(&recipient, &plain).unwrap();
            assert!(sealed.starts_with(b"age-encryption.org/v1\n-> X25519 "));
            assert_eq!(open(&identity, &sealed), plain, "{size} bytes");
        }
    }

    #[test]
    fn the_same_randomness_gives_the_same_file_and_other_keys_cannot_open_it() {
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public().to_string();
        let random = Random {
            file_key: [7; 16],
            ephemeral: [9; 32],
            nonce: [3; 16],
        };
        let a = encrypt_with(&recipient, b"answer", &random).unwrap();
        assert_eq!(a, encrypt_with(&recipient, b"answer", &random).unwrap());
        assert_eq!(open(&identity, &a), b"answer");
        let other = age::x25519::Identity::generate();
        let decryptor = age::Decryptor::new_buffered(&a[..]).unwrap();
        assert!(
            decryptor
                .decrypt(std::iter::once(&other as &dyn age::Identity))
                .is_err()
        );
    }

    #[test]
    fn a_key_that_is_not_an_age_key_is_refused() {
        let public = age::x25519::Identity::generate().to_public().to_string();
        for bad in [
            "age1notakey".to_string(),
            public.replacen("age1", "agf1", 1),
            public[..public.len() - 1].to_string(),
            // Bech32 with a broken checksum: the last character changed (to another one: a
            // key that already ended in "q" once made this case a valid key, 1 run in 32).
            format!(
                "{}{}",
                &public[..public.len() - 1],
                if public.ends_with('q') { 'p' } else { 'q' }
            ),
        ] {
            assert_eq!(encrypt(&bad, b"x"), Err(EncryptError::BadKey), "{bad}");
        }
        assert!(age::x25519::Recipient::from_str(&public).is_ok());
    }
}
