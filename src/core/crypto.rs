//! Encrypted response files in the age format (age-encryption.org/v1, X25519 recipients):
//! recognising them, reading the secretariat's identity file, decrypting. Pure: making keys and
//! encrypting need randomness, so the glue does those (`age` draws on `crypto.getRandomValues`).

use std::io::Read;
use std::str::FromStr;

use age::x25519::Identity;

/// How every binary age file begins.
const MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// Whether `key` has the shape of an age X25519 public key (`age1` and 58 Bech32 characters).
/// The encryption itself checks the Bech32 checksum; this lets the form say at once that a
/// configured key is mistyped, without loading `age`.
pub fn is_recipient(key: &str) -> bool {
    let key = key.trim();
    key.len() == 62
        && key.starts_with("age1")
        && key[4..]
            .bytes()
            .all(|b| b"qpzry9x8gf2tvdw0s3jn54khce6mua7l".contains(&b))
}

/// Whether `bytes` is an age-encrypted file (binary form).
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// The secret keys of an identity file: `AGE-SECRET-KEY-1…` lines, `#` comments ignored.
pub struct Identities(Vec<Identity>);

/// Why an identity file could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum KeyError {
    /// No `AGE-SECRET-KEY-1…` line.
    #[error("this file holds no age secret key")]
    NoKey,
    /// A line that looks like a key but is not one.
    #[error("line {0} is not a valid age secret key")]
    BadKey(usize),
}

/// Why an encrypted file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum DecryptError {
    /// Encrypted for someone else: none of the identities opens it.
    #[error("it is encrypted for another key than the identity file given")]
    WrongKey,
    /// Cut short, edited or otherwise damaged.
    #[error("the encrypted file is damaged or incomplete")]
    Damaged,
}

impl Identities {
    /// Reads an identity file as `age-keygen` writes it: its `AGE-SECRET-KEY-1…` lines.
    pub fn parse(text: &str) -> Result<Self, KeyError> {
        let mut keys = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            // Comments, and anything else that is not a secret key: a JSON file chosen by
            // mistake is "no key", not "line 1 is a bad key".
            if !line.to_ascii_uppercase().starts_with("AGE-SECRET-KEY-") {
                continue;
            }
            keys.push(Identity::from_str(line).map_err(|_| KeyError::BadKey(i + 1))?);
        }
        if keys.is_empty() {
            return Err(KeyError::NoKey);
        }
        Ok(Self(keys))
    }

    /// Adds the keys of `other`.
    pub fn extend(&mut self, other: Identities) {
        self.0.extend(other.0);
    }

    /// The public keys (`age1…`) that files must be encrypted to for these identities.
    pub fn recipients(&self) -> Vec<String> {
        self.0.iter().map(|i| i.to_public().to_string()).collect()
    }
}

/// An identity file for `identity`, as `age-keygen` writes one; `created` is shown in it.
pub fn identity_file(identity: &Identity, created: &str) -> String {
    use age::secrecy::ExposeSecret;
    format!(
        "# created: {created}\n# public key: {}\n# The IGF Secretariat's key for bpf-survey response files. Keep it secret.\n{}\n",
        identity.to_public(),
        identity.to_string().expose_secret()
    )
}

/// The plaintext of an age file, if one of `identities` opens it.
pub fn decrypt(identities: &Identities, bytes: &[u8]) -> Result<Vec<u8>, DecryptError> {
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|_| DecryptError::Damaged)?;
    let mut reader = decryptor
        .decrypt(identities.0.iter().map(|i| i as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => DecryptError::WrongKey,
            _ => DecryptError::Damaged,
        })?;
    let mut plain = Vec::new();
    reader
        .read_to_end(&mut plain)
        .map_err(|_| DecryptError::Damaged)?;
    Ok(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Encrypts as a keyed form does (`crate::encrypt`, with the system's randomness here).
    fn encrypt(to: &age::x25519::Recipient, plain: &[u8]) -> Vec<u8> {
        crate::form::encrypt::encrypt(&to.to_string(), plain).unwrap()
    }

    #[test]
    fn round_trips_and_refuses_the_wrong_key_and_damage() {
        let secretariat = Identity::generate();
        let file = identity_file(&secretariat, "2026-11-23T00:00:00Z");
        let ids = Identities::parse(&file).unwrap();
        assert_eq!(ids.recipients(), [secretariat.to_public().to_string()]);
        assert!(ids.recipients()[0].starts_with("age1"));

        let plain = br#"{"format":"bpf-survey-response"}"#;
        let sealed = encrypt(&secretariat.to_public(), plain);
        assert!(is_encrypted(&sealed));
        assert!(!is_encrypted(plain));
        // Unreadable without the identity: the plaintext appears nowhere in it.
        assert!(!sealed.windows(8).any(|w| w == b"bpf-surv"));
        assert_eq!(decrypt(&ids, &sealed).unwrap(), plain);

        let someone_else = Identity::generate();
        let other = encrypt(&someone_else.to_public(), plain);
        assert_eq!(decrypt(&ids, &other), Err(DecryptError::WrongKey));

        for cut in [sealed.len() - 1, sealed.len() / 2, MAGIC.len() + 3] {
            assert_eq!(
                decrypt(&ids, &sealed[..cut]),
                Err(DecryptError::Damaged),
                "{cut}"
            );
        }
        let mut flipped = sealed.clone();
        let last = flipped.len() - 5;
        flipped[last] ^= 1;
        assert_eq!(decrypt(&ids, &flipped), Err(DecryptError::Damaged));
    }

    #[test]
    fn knows_a_public_key_by_its_shape() {
        let public = Identity::generate().to_public().to_string();
        assert!(is_recipient(&public), "{public}");
        assert!(is_recipient(&format!(" {public}\n")));
        assert!(!is_recipient(&public[..61]));
        assert!(!is_recipient(&public.to_uppercase()));
        assert!(!is_recipient(&public.replacen("age1", "age2", 1)));
        assert!(!is_recipient("age1b"));
    }

    #[test]
    fn reads_identity_files_and_says_what_is_wrong() {
        assert_eq!(
            Identities::parse("# nothing\n\n").err(),
            Some(KeyError::NoKey)
        );
        assert_eq!(
            Identities::parse("# a comment\nAGE-SECRET-KEY-1NOTAKEY\n").err(),
            Some(KeyError::BadKey(2))
        );
    }
}
