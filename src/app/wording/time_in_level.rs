//! The typical time in a level, with who states it, so the figure explains itself.

use crate::core::display::months;
use crate::core::framework::{TimeInLevel, TimeInLevelSource};

/// "18 months, as stated for this role", "2 years, as stated for band Senior", "1 year, the
/// framework's default for a role that doesn't state it".
pub fn describe_time_in_level(time: TimeInLevel) -> String {
    let source = match time.source {
        TimeInLevelSource::Level => "as stated for this role".to_string(),
        TimeInLevelSource::Band(band) => format!("as stated for band {}", band.name),
        TimeInLevelSource::Default => "the framework's default for a role that doesn't state it".to_string(),
    };
    format!("{}, {source}", months(time.months))
}
