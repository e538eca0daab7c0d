//! When the framework's next review is due, and whether it is overdue (the public footer
//! states both).

use super::dates::add_months;
use crate::core::framework::Framework;

impl Framework {
    /// The date the next review is due: the last review plus the review cadence, the day
    /// clamped to the end of a shorter month; `None` when the last review isn't a date.
    pub fn next_review(&self) -> Option<String> {
        add_months(&self.governance.last_review, self.governance.review_cadence_months)
    }

    /// True when the next review's date is before `today` (YYYY-MM-DD): due today is not
    /// yet overdue.
    pub fn review_overdue(&self, today: &str) -> bool {
        self.next_review().is_some_and(|due| due.as_str() < today)
    }
}
