//! The largest files Mosaic accepts, in one place: what the app checks, what
//! docs/framework-format.md ("Size limits") states, and what tests/architecture.rs keeps the
//! two agreeing on.
//!
//! Sizes are checked before a file is parsed (a fetched framework's text length, a picked
//! file's size before it is read), counts right after parsing and before validation, so a
//! file too large is refused in a moment rather than freezing the page. The figures come from
//! measurements in Chromium (docs/performance.md, "Growth with input size (issue 14)").

/// The largest framework file read, in bytes (framework.json, a studio draft or workbook).
pub const FRAMEWORK_BYTES: u64 = 10_000_000;
/// The largest personal-data file imported, in bytes. The browser's storage for the site
/// holds about 5 MB in all, so a larger file could not be kept anyway.
pub const IMPORT_BYTES: u64 = 5_000_000;

/// The most of each kind of item a framework may hold.
pub const FRAMEWORK_COUNTS: [(Counted, u64); 6] = [
    (Counted::Tracks, 500),
    (Counted::Roles, 5_000),
    (Counted::Competencies, 2_000),
    (Counted::Bands, 100),
    (Counted::Learning, 10_000),
    (Counted::MobilityRules, 10_000),
];

/// What a framework limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Tracks,
    /// Levels of all tracks together.
    Roles,
    Competencies,
    Bands,
    /// Learning opportunities.
    Learning,
    MobilityRules,
}

/// A file or a count over its limit, as data; the app and the loader word it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverLimit {
    pub size: u64,
    pub limit: u64,
}

/// `Err` when `size` bytes exceed `limit`.
pub fn check_bytes(size: u64, limit: u64) -> Result<(), OverLimit> {
    if size > limit {
        Err(OverLimit { size, limit })
    } else {
        Ok(())
    }
}

/// A size in bytes as people read it: "9.5 MB", "812 KB", "64 bytes" (decimal units, as file
/// managers show them).
pub fn bytes_in_words(bytes: u64) -> String {
    match bytes {
        // In whole tenths, rounded half up, with integers: no float formatting code.
        b if b >= 1_000_000 => {
            let tenths = (b + 50_000) / 100_000;
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
        b if b >= 1_000 => format!("{} KB", b / 1_000),
        b => format!("{b} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_size_at_the_limit_passes_and_one_byte_more_does_not() {
        assert_eq!(check_bytes(FRAMEWORK_BYTES, FRAMEWORK_BYTES), Ok(()));
        assert_eq!(
            check_bytes(FRAMEWORK_BYTES + 1, FRAMEWORK_BYTES),
            Err(OverLimit { size: FRAMEWORK_BYTES + 1, limit: FRAMEWORK_BYTES })
        );
    }

    #[test]
    fn sizes_read_in_decimal_units() {
        assert_eq!(bytes_in_words(10_000_000), "10.0 MB");
        assert_eq!(bytes_in_words(1_249_999), "1.2 MB");
        assert_eq!(bytes_in_words(1_250_000), "1.3 MB");
        assert_eq!(bytes_in_words(9_960_000), "10.0 MB");
        assert_eq!(bytes_in_words(812_345), "812 KB");
        assert_eq!(bytes_in_words(64), "64 bytes");
    }
}
