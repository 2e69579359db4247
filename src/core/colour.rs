//! Colours an embedding site may choose, kept readable: contrast as WCAG 2 defines it, and an
//! accent too light for the white text drawn on it darkened until that text passes AA.

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// White, the colour of the text drawn on the accent.
pub const WHITE: Rgb = Rgb(255, 255, 255);

/// The contrast WCAG 2 asks of normal text at level AA.
pub const AA_TEXT: f64 = 4.5;

impl Rgb {
    /// Reads `#rgb` or `#rrggbb` (the `#` optional, any case).
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.trim().strip_prefix('#').unwrap_or(s.trim());
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize, width: usize| {
            let v = u8::from_str_radix(hex.get(i * width..(i + 1) * width)?, 16).ok()?;
            Some(if width == 1 { v * 17 } else { v })
        };
        let width = match hex.len() {
            3 => 1,
            6 => 2,
            _ => return None,
        };
        Some(Rgb(
            channel(0, width)?,
            channel(1, width)?,
            channel(2, width)?,
        ))
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance, WCAG 2's formula.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }
}

/// The contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// An accent colour ready to use, and whether it had to be darkened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    /// The colour to use.
    pub colour: Rgb,
    /// Whether the chosen colour failed AA with white text and was darkened.
    pub adjusted: bool,
}

/// `chosen` if white text on it meets AA; else the same hue darkened, step by step, until it does.
pub fn accent(chosen: Rgb) -> Accent {
    let mut colour = chosen;
    let mut step = 0u32;
    while contrast(colour, WHITE) < AA_TEXT {
        step += 1;
        // Mixing toward black keeps the hue; 50 steps reach black, which always passes.
        let keep = 1.0 - f64::from(step) / 50.0;
        let scale = |c: u8| (f64::from(c) * keep).round() as u8;
        colour = Rgb(scale(chosen.0), scale(chosen.1), scale(chosen.2));
    }
    Accent {
        colour,
        adjusted: colour != chosen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_colours_and_measures_contrast_as_wcag_does() {
        assert_eq!(Rgb::parse("#1d4f91"), Some(Rgb(0x1d, 0x4f, 0x91)));
        assert_eq!(Rgb::parse("FFF"), Some(WHITE));
        for bad in ["", "#12", "#12345", "red", "#ggg", "#1234567"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert!((contrast(WHITE, Rgb(0, 0, 0)) - 21.0).abs() < 1e-9);
        // WebAIM's checker: #767676 on white is 4.54:1, #777777 is 4.48:1.
        assert!((contrast(Rgb(0x76, 0x76, 0x76), WHITE) - 4.54).abs() < 0.01);
        assert!(contrast(Rgb(0x77, 0x77, 0x77), WHITE) < AA_TEXT);
    }

    #[test]
    fn keeps_a_dark_accent_and_darkens_a_light_one_until_white_text_passes() {
        let dark = accent(Rgb(0x1d, 0x4f, 0x91));
        assert!(!dark.adjusted);
        assert_eq!(dark.colour, Rgb(0x1d, 0x4f, 0x91));
        for light in [
            Rgb(255, 255, 0),
            WHITE,
            Rgb(0x5b, 0xc0, 0xde),
            Rgb(0x77, 0x77, 0x77),
        ] {
            let a = accent(light);
            assert!(a.adjusted, "{light:?}");
            assert!(contrast(a.colour, WHITE) >= AA_TEXT, "{light:?} → {a:?}");
            // Darkened, not replaced: the largest channel still belongs to the same hue.
            assert!(a.colour.0 <= light.0 && a.colour.1 <= light.1 && a.colour.2 <= light.2);
        }
    }
}
