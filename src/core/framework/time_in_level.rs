//! Typical time in a level, with where the figure comes from, so a page can explain it.

use super::model::{Band, Framework, Level};

/// Who states the typical time in a level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimeInLevelSource<'a> {
    /// The level itself.
    Level,
    /// The level's band.
    Band(&'a Band),
    /// The framework's pacing: the same for every level that doesn't say.
    Default,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeInLevel<'a> {
    pub months: u32,
    pub source: TimeInLevelSource<'a>,
}

impl Framework {
    /// `months_in_level` with its source.
    pub fn time_in_level(&self, level: &Level) -> TimeInLevel<'_> {
        let band_with_months = self.band(&level.band).filter(|b| b.typical_months.is_some());
        let source = match (level.typical_months, band_with_months) {
            (Some(_), _) => TimeInLevelSource::Level,
            (None, Some(band)) => TimeInLevelSource::Band(band),
            (None, None) => TimeInLevelSource::Default,
        };
        TimeInLevel { months: self.months_in_level(level), source }
    }
}
