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
    /// Typical months in a level before the next step, and who states them: the level's
    /// own, else its band's, else the framework's pacing. The one place this order lives.
    pub fn time_in_level(&self, level: &Level) -> TimeInLevel<'_> {
        if let Some(months) = level.typical_months {
            return TimeInLevel { months, source: TimeInLevelSource::Level };
        }
        match self.band(&level.band).and_then(|band| Some((band, band.typical_months?))) {
            Some((band, months)) => TimeInLevel { months, source: TimeInLevelSource::Band(band) },
            None => TimeInLevel { months: self.pacing.months_in_level, source: TimeInLevelSource::Default },
        }
    }
}
