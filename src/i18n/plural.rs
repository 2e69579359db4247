//! CLDR cardinal plural categories for whole numbers, in the languages the interface has. The
//! tests check them against `intl_pluralrules`, which fluent-bundle uses, and against CLDR's
//! own examples where that crate is wrong (Arabic above 100).

/// The plural category of the whole number `n` in `language`.
pub fn category(language: &str, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    match language {
        "en" | "es" if n == 1 => "one",
        "fr" if n <= 1 => "one",
        // French and Spanish "many" (for millions) is newer than the CLDR data fluent-bundle
        // ships (intl_pluralrules 7); leaving it out keeps our output identical to it.
        "ru" => match (n % 10, n % 100) {
            (1, r) if r != 11 => "one",
            (2..=4, r) if !(12..=14).contains(&r) => "few",
            _ => "many",
        },
        "ar" => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        _ => "other",
    }
}
