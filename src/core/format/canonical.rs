//! RFC 8785 JSON Canonicalization Scheme (JCS): the byte form the integrity check is computed over, reproducible by any third party.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// Why a value has no canonical form in this format.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the document holds a number with a fraction or exponent ({0}), which the format never uses"
)]
pub struct CanonicalError(pub String);

/// Writes `value` in RFC 8785 form: no white space, object members sorted by the UTF-16 code
/// units of their names, strings escaped as ECMAScript's `JSON.stringify` does.
///
/// The formats only hold integers, so any other number is refused rather than formatted by
/// ECMAScript's number-to-string rules, which nothing here needs.
pub fn canonical_json(value: &Value) -> Result<String, CanonicalError> {
    let mut out = String::new();
    write_value(value, &mut out)?;
    Ok(out)
}

/// Where canonical text goes: a string, or straight into a hash so no copy of the document
/// is built.
pub trait Sink {
    /// Appends text.
    fn push_str(&mut self, s: &str);
    /// Appends a character.
    fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }
}

impl Sink for String {
    fn push_str(&mut self, s: &str) {
        String::push_str(self, s);
    }
    fn push(&mut self, c: char) {
        String::push(self, c);
    }
}

impl Sink for Sha256 {
    fn push_str(&mut self, s: &str) {
        self.update(s.as_bytes());
    }
}

fn hex(hash: Sha256) -> String {
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The lower-case hex SHA-256 of `value`'s canonical form.
pub fn canonical_digest(value: &Value) -> Result<String, CanonicalError> {
    let mut hash = Sha256::new();
    write_value(value, &mut hash)?;
    Ok(hex(hash))
}

/// In one pass over a bundle (without its own `integrity` member): the bundle's digest, and the
/// digest of each object in its `responses` array as a response file computes its own —
/// without that object's `integrity` member.
pub fn bundle_digests(bundle: &Value) -> Result<(String, Vec<Option<String>>), CanonicalError> {
    let Value::Object(map) = bundle else {
        return canonical_digest(bundle).map(|d| (d, Vec::new()));
    };
    let mut whole = Sha256::new();
    let mut entries = Vec::new();
    whole.push('{');
    for (i, (key, item)) in sorted(map).into_iter().enumerate() {
        if i > 0 {
            whole.push(',');
        }
        write_string(key, &mut whole);
        whole.push(':');
        match (key.as_str(), item) {
            ("responses", Value::Array(items)) => {
                whole.push('[');
                for (j, entry) in items.iter().enumerate() {
                    if j > 0 {
                        whole.push(',');
                    }
                    entries.push(write_entry(entry, &mut whole)?);
                }
                whole.push(']');
            }
            _ => write_value(item, &mut whole)?,
        }
    }
    whole.push('}');
    Ok((hex(whole), entries))
}

/// Writes one bundle entry into `whole` and returns its own digest (without `integrity`).
fn write_entry(entry: &Value, whole: &mut Sha256) -> Result<Option<String>, CanonicalError> {
    let Value::Object(map) = entry else {
        write_value(entry, whole)?;
        return Ok(None);
    };
    let mut own = Sha256::new();
    let mut member = String::new();
    whole.push('{');
    own.push('{');
    let mut own_first = true;
    for (i, (key, item)) in sorted(map).into_iter().enumerate() {
        member.clear();
        write_string(key, &mut member);
        member.push(':');
        write_value(item, &mut member)?;
        if i > 0 {
            whole.push(',');
        }
        whole.push_str(&member);
        if key != "integrity" {
            if !own_first {
                own.push(',');
            }
            own.push_str(&member);
            own_first = false;
        }
    }
    whole.push('}');
    own.push('}');
    Ok(Some(hex(own)))
}

fn sorted(map: &serde_json::Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut members: Vec<_> = map.iter().collect();
    members.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
    members
}

fn write_value(value: &Value, out: &mut impl Sink) -> Result<(), CanonicalError> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => out.push_str(&i.to_string()),
            (None, Some(u)) => out.push_str(&u.to_string()),
            _ => return Err(CanonicalError(n.to_string())),
        },
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in sorted(map).into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                write_value(item, out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

fn write_string(s: &str, out: &mut impl Sink) {
    out.push('"');
    // Copy runs of bytes that need no escape in one go; the escapes are all ASCII, and UTF-8
    // continuation bytes are never ASCII, so cutting at them keeps every character whole.
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x0c => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..0x20 => "",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        if escape.is_empty() {
            out.push_str(&format!("\\u{:04x}", b));
        } else {
            out.push_str(escape);
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(json: &str) -> String {
        canonical_json(&serde_json::from_str(json).unwrap()).unwrap()
    }

    #[test]
    fn sorts_members_and_drops_white_space() {
        assert_eq!(
            canon(r#"{ "b": [1, 2, {"z":null,"a":true}], "a": "x" }"#),
            r#"{"a":"x","b":[1,2,{"a":true,"z":null}]}"#
        );
    }

    #[test]
    fn sorts_by_utf16_code_units_not_bytes() {
        // U+1F600 (surrogates D83D DE00) sorts before U+FB01 in UTF-16, after it in UTF-8.
        assert_eq!(
            canon("{\"\u{fb01}\":1,\"\u{1f600}\":2}"),
            "{\"\u{1f600}\":2,\"\u{fb01}\":1}"
        );
    }

    #[test]
    fn escapes_like_json_stringify() {
        let s = "quote\" back\\ nl\n tab\t bs\u{8} ff\u{c} cr\r nul\u{0} us\u{1f} del\u{7f} ls\u{2028} é 中";
        let expected = "\"quote\\\" back\\\\ nl\\n tab\\t bs\\b ff\\f cr\\r nul\\u0000 us\\u001f del\u{7f} ls\u{2028} é 中\"";
        assert_eq!(canonical_json(&Value::String(s.into())).unwrap(), expected);
    }

    #[test]
    fn one_pass_bundle_digests_equal_separate_ones() {
        let entry = |n: u8| serde_json::json!({"b": n, "integrity": {"digest": "x"}, "a": "é\n", "z": [1, {"y": null}]});
        let bundle =
            serde_json::json!({"format": "f", "responses": [entry(1), entry(2), "not an object"]});
        let (whole, entries) = bundle_digests(&bundle).unwrap();
        assert_eq!(whole, canonical_digest(&bundle).unwrap());
        for (i, d) in entries.iter().take(2).enumerate() {
            let mut e = entry(i as u8 + 1);
            e.as_object_mut().unwrap().remove("integrity");
            assert_eq!(d.as_deref(), Some(canonical_digest(&e).unwrap().as_str()));
        }
        assert_eq!(entries[2], None);
    }

    #[test]
    fn refuses_fractions() {
        assert!(canonical_json(&serde_json::from_str("[1.5]").unwrap()).is_err());
        assert_eq!(
            canon("[-3, 18446744073709551615]"),
            "[-3,18446744073709551615]"
        );
    }
}
