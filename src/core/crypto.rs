//! Encrypted response files in the age format (age-encryption.org/v1, X25519 recipients):
//! recognising them, reading the secretariat's identity file, decrypting. Pure: making keys and
//! encrypting need randomness, so the glue does those (`age` draws on `crypto.getRandomValues`).

use std::io::Read;
use std::str::FromStr;

use age::x25519::Identity;

/// How every binary age file begins.
const MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// The most recipient stanzas an age file may have before it is refused unopened. The form
/// writes one; age's own tools one per recipient. The age crate parses the header again after
/// every line it reads, so a header of thousands of stanzas costs it quadratic time (measured:
/// 5,000 fake stanzas, 490 KB, 5.6 s; 20,000, 2 MB, 133 s): the bound is checked here, before
/// the crate sees the file.
pub const MAX_RECIPIENTS: usize = 64;
/// The longest header accepted: 64 stanzas of any kind age knows fit several times over (an
/// X25519 stanza is about 100 bytes).
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

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
    /// Its header is far larger than any response file's (more than [`MAX_RECIPIENTS`]
    /// recipients, or no end within [`MAX_HEADER_BYTES`]): refused unopened, since reading it
    /// would cost minutes.
    #[error("its encryption header is far larger than a response file's; it was not opened")]
    OversizedHeader,
}

/// Checks the bounds of an age file's header without parsing it: a line `-> …` opens each
/// stanza, a line `--- …` ends the header. Only what passes is given to the age crate.
fn check_header(bytes: &[u8]) -> Result<(), DecryptError> {
    let head = &bytes[..bytes.len().min(MAX_HEADER_BYTES)];
    let mut stanzas = 0;
    for line in head.split(|b| *b == b'\n') {
        if line.starts_with(b"--- ") {
            return Ok(());
        }
        if line.starts_with(b"-> ") {
            stanzas += 1;
            if stanzas > MAX_RECIPIENTS {
                return Err(DecryptError::OversizedHeader);
            }
        }
    }
    if bytes.len() > MAX_HEADER_BYTES {
        Err(DecryptError::OversizedHeader)
    } else {
        // The header never ends: cut short.
        Err(DecryptError::Damaged)
    }
}

/// Whether `bytes` hold an age secret key (`AGE-SECRET-KEY-1…`, in any case): such a file is
/// never kept anywhere, whatever it was chosen as.
pub fn holds_secret_key(bytes: &[u8]) -> bool {
    const KEY: &[u8] = b"AGE-SECRET-KEY-1";
    bytes
        .windows(KEY.len())
        .any(|w| w.eq_ignore_ascii_case(KEY))
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
    check_header(bytes)?;
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

    /// An age header of `n` X25519 stanzas for keys nobody holds, then a MAC and a body.
    fn forged(n: usize) -> Vec<u8> {
        let mut file = MAGIC.to_vec();
        for _ in 0..n {
            file.extend_from_slice(
                b"-> X25519 S0ny5nrHfvU6ae0eCkigGfsz7zZ6dP9mLgHV2cW7fH0\nIeWMTXYfTUxyvaOBG5JfM8fPqdsw6PIyI2KZsOyBrqE\n",
            );
        }
        file.extend_from_slice(b"--- W3O5wbS7gYlqgrjTO8Dx7HHeIDZjhaLnAY1JdM46Yx4\n");
        file.extend_from_slice(&[0u8; 64]);
        file
    }

    #[test]
    fn a_header_of_thousands_of_stanzas_is_refused_unopened() {
        let ids = Identities::parse(&identity_file(&Identity::generate(), "t")).unwrap();
        // 5,000 stanzas took the age crate 5.6 s; refused before it sees them.
        assert_eq!(
            decrypt(&ids, &forged(5_000)),
            Err(DecryptError::OversizedHeader)
        );
        assert_eq!(
            decrypt(&ids, &forged(MAX_RECIPIENTS + 1)),
            Err(DecryptError::OversizedHeader)
        );
        // Within the bound it is read: for keys nobody holds.
        assert_eq!(
            decrypt(&ids, &forged(MAX_RECIPIENTS)),
            Err(DecryptError::WrongKey)
        );
        // A header that never ends, within the size bound: cut short; beyond it: refused.
        let endless = &forged(10)[..MAGIC.len() + 300];
        assert_eq!(decrypt(&ids, endless), Err(DecryptError::Damaged));
        let mut long = MAGIC.to_vec();
        long.extend(std::iter::repeat_n(b'A', MAX_HEADER_BYTES));
        assert_eq!(decrypt(&ids, &long), Err(DecryptError::OversizedHeader));
    }

    #[test]
    fn a_file_for_several_recipients_opens_with_any_of_them() {
        let keys: Vec<Identity> = (0..5).map(|_| Identity::generate()).collect();
        let recipients: Vec<age::x25519::Recipient> = keys.iter().map(|k| k.to_public()).collect();
        let encryptor =
            age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                .unwrap();
        let mut sealed = Vec::new();
        let mut writer = encryptor.wrap_output(&mut sealed).unwrap();
        std::io::Write::write_all(&mut writer, b"plain").unwrap();
        writer.finish().unwrap();
        let ids = Identities::parse(&identity_file(&keys[3], "t")).unwrap();
        assert_eq!(decrypt(&ids, &sealed).unwrap(), b"plain");
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

    #[test]
    fn a_secret_key_is_recognised_in_any_case_anywhere_in_a_file() {
        assert!(holds_secret_key(b"# created: 2026\nAGE-SECRET-KEY-1QQQ\n"));
        assert!(holds_secret_key(b"{\"note\": \"age-secret-key-1qqq\"}"));
        assert!(!holds_secret_key(
            b"{\"response_id\": \"x\", \"key\": \"age1qqq\"}"
        ));
        assert!(!holds_secret_key(b""));
    }
}
