//! What a character is (a letter, in which case, a digit), as `char` answers, but without Unicode's tables for the scripts most answers are written in: the synthesis asks it of every character of every answer.

/// A letter of ASCII, Latin-1, Latin Extended-A and -B, basic Cyrillic, Arabic or the common
/// Chinese ideographs: `Some((lower, upper))`; `None` for any other character, which Unicode's
/// tables must answer for. (`tests::the_same_answers_as_char_for_every_character`.)
fn common_letter(c: char) -> Option<(bool, bool)> {
    match u32::from(c) {
        0x61..=0x7A | 0xDF..=0xF6 | 0xF8..=0xFF | 0x430..=0x44F => Some((true, false)),
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => Some((false, true)),
        // Latin Extended-A and most of -B pair each capital with its small letter, in an order
        // that changes along the blocks: the tables say which is which.
        0x100..=0x24F => Some((c.is_lowercase(), c.is_uppercase())),
        0x620..=0x64A | 0x4E00..=0x9FFF => Some((false, false)),
        _ => None,
    }
}

/// `char::is_alphabetic`.
pub fn alphabetic(c: char) -> bool {
    common_letter(c).is_some() || c.is_alphabetic()
}

/// `char::is_alphanumeric`.
pub fn alphanumeric(c: char) -> bool {
    common_letter(c).is_some() || c.is_alphanumeric()
}

/// `char::is_lowercase`.
pub fn lowercase(c: char) -> bool {
    common_letter(c).map_or_else(|| c.is_lowercase(), |(lower, _)| lower)
}

/// `char::is_uppercase`.
pub fn uppercase(c: char) -> bool {
    common_letter(c).map_or_else(|| c.is_uppercase(), |(_, upper)| upper)
}

/// A letter of a script without capitals (Chinese, Arabic, Thai…), or a title-case one:
/// alphabetic, neither lower nor upper case.
pub fn uncased(c: char) -> bool {
    match common_letter(c) {
        Some((lower, upper)) => !lower && !upper,
        None => c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase(),
    }
}

/// `c` in lower case (`char::to_lowercase`), pushed onto `out`.
pub fn push_lowercase(c: char, out: &mut String) {
    match u32::from(c) {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => {
            out.push(char::from_u32(u32::from(c) + 0x20).unwrap_or(c));
        }
        0x61..=0x7A
        | 0xDF..=0xF6
        | 0xF8..=0xFF
        | 0x430..=0x44F
        | 0x620..=0x64A
        | 0x4E00..=0x9FFF => {
            out.push(c);
        }
        _ => out.extend(c.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_answers_as_char_for_every_character() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(lowercase(c), c.is_lowercase(), "{c:?}");
            assert_eq!(uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(
                uncased(c),
                c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase(),
                "{c:?}"
            );
            let mut lower = String::new();
            push_lowercase(c, &mut lower);
            assert_eq!(lower, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }
}
