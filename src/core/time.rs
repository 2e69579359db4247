//! UTC timestamps and their RFC 3339 form. The core never reads the clock: callers pass `Timestamp`s in.

use std::fmt;

/// A moment in time, in milliseconds since 1970-01-01T00:00:00Z.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Timestamp(i64);

/// Why a text is not an RFC 3339 timestamp.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an RFC 3339 date and time: {0:?}")]
pub struct TimestampError(pub String);

impl Timestamp {
    /// The timestamp `ms` milliseconds after the Unix epoch.
    pub const fn from_millis(ms: i64) -> Self {
        Self(ms)
    }

    /// Milliseconds since the Unix epoch.
    pub const fn millis(self) -> i64 {
        self.0
    }

    /// `YYYY-MM-DDTHH:MM:SS.sssZ`, the form `Date.prototype.toISOString` also writes.
    pub fn to_rfc3339(self) -> String {
        let (date, ms_of_day) = (self.0.div_euclid(DAY_MS), self.0.rem_euclid(DAY_MS));
        let (y, m, d) = civil_from_days(date);
        let secs = ms_of_day / 1000;
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
            secs / 3600,
            secs / 60 % 60,
            secs % 60,
            ms_of_day % 1000
        )
    }

    /// `YYYY-MM-DD` in UTC, for file names.
    pub fn date(self) -> String {
        let (y, m, d) = civil_from_days(self.0.div_euclid(DAY_MS));
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Parses RFC 3339 (`2016-09-19T14:00:00Z`, with optional fraction and a `Z` or `±HH:MM`
    /// offset), keeping millisecond precision.
    pub fn parse_rfc3339(text: &str) -> Result<Self, TimestampError> {
        parse(text.as_bytes()).ok_or_else(|| TimestampError(text.chars().take(40).collect()))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

const DAY_MS: i64 = 86_400_000;

/// How many days month `month` (1 to 12) of `year` has in the Gregorian calendar, or `None`
/// for a month there is not.
pub fn days_in_month(year: i64, month: i64) -> Option<u32> {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if leap => Some(29),
        2 => Some(28),
        _ => None,
    }
}

fn parse(b: &[u8]) -> Option<Timestamp> {
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = b.get(range)?;
        digits.iter().try_fold(0i64, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
        })
    };
    let sep = |i: usize, allowed: &[u8]| b.get(i).is_some_and(|c| allowed.contains(c));
    if !(sep(4, b"-") && sep(7, b"-") && sep(10, b"Tt ") && sep(13, b":") && sep(16, b":")) {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let days_in_month = i64::from(days_in_month(year, month)?);
    // A leap second (:60) is folded into the following second's start.
    if day < 1 || day > days_in_month || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut i = 19;
    let mut millis = 0;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return None;
        }
        let frac = &b[start..i.min(start + 3)];
        millis = frac
            .iter()
            .fold(0, |acc, &c| acc * 10 + i64::from(c - b'0'));
        millis *= 10i64.pow(3 - frac.len() as u32);
    }
    let offset_minutes = match b.get(i)? {
        b'Z' | b'z' if b.len() == i + 1 => 0,
        sign @ (b'+' | b'-') if b.len() == i + 6 && b[i + 3] == b':' => {
            let (h, m) = (num(i + 1..i + 3)?, num(i + 4..i + 6)?);
            if h > 23 || m > 59 {
                return None;
            }
            let minutes = h * 60 + m;
            if *sign == b'+' { minutes } else { -minutes }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let ms = days * DAY_MS + ((hour * 60 + minute - offset_minutes) * 60 + second) * 1000 + millis;
    Some(Timestamp(ms))
}

// Howard Hinnant's `days_from_civil` / `civil_from_days`: exact for the proleptic Gregorian calendar.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_to_iso_string() {
        assert_eq!(
            Timestamp::from_millis(0).to_rfc3339(),
            "1970-01-01T00:00:00.000Z"
        );
        // 2016-09-19T14:30:05.250Z, the day of the fifth BPF virtual meeting.
        let t = Timestamp::from_millis(1_474_295_405_250);
        assert_eq!(t.to_rfc3339(), "2016-09-19T14:30:05.250Z");
        assert_eq!(t.date(), "2016-09-19");
        assert_eq!(
            Timestamp::from_millis(-1).to_rfc3339(),
            "1969-12-31T23:59:59.999Z"
        );
    }

    #[test]
    fn parses_what_it_writes_and_common_variants() {
        for ms in [
            0,
            1_474_295_405_250,
            951_782_400_000,
            4_102_444_799_999,
            -86_400_001,
        ] {
            let t = Timestamp::from_millis(ms);
            assert_eq!(Timestamp::parse_rfc3339(&t.to_rfc3339()), Ok(t));
        }
        let t = Timestamp::parse_rfc3339("2016-09-19T16:30:05+02:00").unwrap();
        assert_eq!(t.to_rfc3339(), "2016-09-19T14:30:05.000Z");
        let t = Timestamp::parse_rfc3339("2016-09-19t14:30:05.123456z").unwrap();
        assert_eq!(t.millis() % 1000, 123);
        assert_eq!(
            Timestamp::parse_rfc3339("2000-02-29T00:00:00Z")
                .unwrap()
                .date(),
            "2000-02-29"
        );
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "2016-09-19",
            "2016-09-19T14:30:05",
            "2016-13-01T00:00:00Z",
            "2015-02-29T00:00:00Z",
            "2016-09-19T24:00:00Z",
            "2016-09-19T14:30:05.Z",
            "2016-09-19T14:30:05Zjunk",
            "2016-09-19T14:30:05+2:00",
            "２016-09-19T14:30:05Z",
        ] {
            assert!(Timestamp::parse_rfc3339(bad).is_err(), "{bad}");
        }
    }
}
