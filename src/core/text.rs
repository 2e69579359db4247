//! Counting what a person has written: characters and words, in scripts with and without spaces.

/// The size of a text, as shown under each answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextCount {
    /// Unicode characters (scalar values).
    pub characters: usize,
    /// Words: runs of letters and digits between spaces, and each Chinese, Japanese or Korean
    /// ideograph or syllable on its own, since those scripts do not separate words with spaces.
    pub words: usize,
}

/// Counts characters and words in `text`.
pub fn count(text: &str) -> TextCount {
    let mut words = 0;
    let mut in_word = false;
    if text.is_ascii() {
        // The same rules, a byte at a time (the synthesis counts every answer).
        for b in text.bytes() {
            if b.is_ascii_alphanumeric() {
                words += usize::from(!in_word);
                in_word = true;
            } else if b == b' ' || (0x09..=0x0D).contains(&b) {
                in_word = false;
            }
        }
        return TextCount {
            characters: text.len(),
            words,
        };
    }
    let mut characters = 0;
    for c in text.chars() {
        characters += 1;
        if is_cjk(c) {
            words += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                words += 1;
            }
            in_word = true;
        } else if c.is_whitespace() {
            in_word = false;
        }
    }
    TextCount { characters, words }
}

fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x3134F) // CJK Extensions B to G
}

/// `text` wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, for plain-text places
/// (Markdown, titles) where a person's words sit among ours: the text takes its own direction
/// (a trailing Latin full stop does not flip an Arabic sentence) and nothing inside it can
/// reorder what surrounds it. The isolate's closing mark ends any embedding or override the
/// text opened; stray closing marks in the text are dropped so they cannot end ours early, and
/// isolates the text left open are closed.
pub fn isolate(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    out.push('\u{2068}');
    let mut open = 0usize;
    for c in text.chars() {
        match c {
            '\u{2066}' | '\u{2067}' | '\u{2068}' => open += 1,
            '\u{2069}' if open == 0 => continue,
            '\u{2069}' => open -= 1,
            _ => {}
        }
        out.push(c);
    }
    out.extend(std::iter::repeat_n('\u{2069}', open + 1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolates_a_persons_text_whatever_controls_it_holds() {
        assert_eq!(isolate("سلام."), "\u{2068}سلام.\u{2069}");
        // A stray PDI cannot close our isolate early, so the RLO after it stays inside.
        assert_eq!(isolate("a\u{2069}\u{202E}b"), "\u{2068}a\u{202E}b\u{2069}");
        // An isolate the text opened is closed before ours.
        assert_eq!(isolate("\u{2067}x"), "\u{2068}\u{2067}x\u{2069}\u{2069}");
        assert_eq!(
            isolate("\u{2066}x\u{2069}y"),
            "\u{2068}\u{2066}x\u{2069}y\u{2069}"
        );
    }

    #[test]
    fn counts_words_across_scripts() {
        let c = |t: &str| {
            let n = count(t);
            (n.characters, n.words)
        };
        assert_eq!(c(""), (0, 0));
        assert_eq!(c("  \n"), (3, 0));
        assert_eq!(c("CERTs share indicators."), (23, 3));
        assert_eq!(c("multi-stakeholder co-operation"), (30, 2));
        assert_eq!(c("التعاون بين أصحاب المصلحة"), (25, 4));
        assert_eq!(c("网络安全合作"), (6, 6));
        assert_eq!(c("Сотрудничество — важно"), (22, 2));
        assert_eq!(c("l’équipe CSIRT 2016"), (19, 3));
    }
}
