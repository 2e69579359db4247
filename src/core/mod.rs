//! The pure core: questionnaire, responses, file formats, validation. No I/O, no clock, no randomness, no browser: callers pass them in, so all of it is tested natively.

/// Declares the key table of a domain enum: its stable keys (the words files, exports,
/// filters and the page use for it), its English label (for the exports), `ALL` in order, and
/// `from_key`. One table per enum, so the key of a value is written once.
macro_rules! keyed {
    ($ty:ident { $($variant:ident => $key:literal, $label:literal;)+ }) => {
        impl $ty {
            /// Every value, in the order the form offers them.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// Its stable key.
            pub const fn key(self) -> &'static str {
                match self {
                    $($ty::$variant => $key,)+
                }
            }

            /// Its English label, for the exports (the page names it in its own language).
            pub const fn label(self) -> &'static str {
                match self {
                    $($ty::$variant => $label,)+
                }
            }

            /// The value with this key.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}

// Generated (by a test in `questionnaire`), kept as written.
#[rustfmt::skip]
mod builtin_questionnaire;
pub mod codes;
pub mod colour;
pub mod countries;
pub mod crypto;
pub mod docx;
pub mod edits;
pub mod embed;
pub mod export;
pub mod filename;
pub mod format;
pub mod generate;
pub mod import;
pub mod nris;
pub mod open_data;
pub mod questionnaire;
pub mod refi;
pub mod response;
pub mod store;
pub mod synthesis;
pub mod tabular;
pub mod text;
pub mod time;
pub mod validate;
pub mod workspace_file;
pub mod xlsform;
