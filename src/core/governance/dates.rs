//! The one piece of calendar arithmetic governance needs: an ISO date plus whole months.

use crate::core::framework::is_iso_date;

/// The last day of a month, by the validator's own calendar (`is_iso_date`).
fn days_in_month(year: u32, month: u32) -> u32 {
    (28..=31).rev().find(|day| is_iso_date(&format!("{year:04}-{month:02}-{day:02}"))).unwrap_or(28)
}

/// `date` (YYYY-MM-DD) plus `months`, the day clamped to the end of a shorter month
/// (2025-01-31 + 1 month = 2025-02-28); `None` when `date` is not a real ISO date.
pub fn add_months(date: &str, months: u32) -> Option<String> {
    if !is_iso_date(date) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| date[range].parse::<u32>().ok();
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let index = (month - 1).checked_add(months)?;
    let (year, month) = (year.checked_add(index / 12)?, index % 12 + 1);
    if year > 9999 {
        return None;
    }
    let day = day.min(days_in_month(year, month));
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::add_months;

    #[test]
    fn adds_months_across_years_and_clamps_to_the_month_end() {
        assert_eq!(add_months("2025-12-01", 12).as_deref(), Some("2026-12-01"));
        assert_eq!(add_months("2025-11-15", 3).as_deref(), Some("2026-02-15"));
        assert_eq!(add_months("2025-01-31", 1).as_deref(), Some("2025-02-28"));
        assert_eq!(add_months("2024-01-31", 1).as_deref(), Some("2024-02-29"));
        assert_eq!(add_months("2024-02-29", 12).as_deref(), Some("2025-02-28"));
        assert_eq!(add_months("2025-08-31", 18).as_deref(), Some("2027-02-28"));
        assert_eq!(add_months("2025-13-01", 1), None);
        assert_eq!(add_months("9999-12-01", 1), None);
    }
}
