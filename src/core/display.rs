//! Wording shared by every page: money and durations written the same way everywhere.

use crate::core::framework::Compensation;

/// 64000 → "64,000".
pub fn thousands(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "64,000–80,000 EUR".
pub fn pay_range(pay: &Compensation) -> String {
    format!("{}–{} {}", thousands(pay.min), thousands(pay.max), pay.currency)
}

/// Durations in years and months: 1 → "1 month", 11 → "11 months", 12 → "1 year",
/// 18 → "1 year 6 months", 27 → "2 years 3 months".
pub fn months(count: u32) -> String {
    let (years, rest) = (count / 12, count % 12);
    let unit =
        |n: u32, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    match (years, rest) {
        (0, rest) => unit(rest, "month", "months"),
        (years, 0) => unit(years, "year", "years"),
        (years, rest) => format!("{} {}", unit(years, "year", "years"), unit(rest, "month", "months")),
    }
}

/// 1 → "1 week", 6 → "6 weeks".
pub fn weeks(count: u32) -> String {
    if count == 1 {
        "1 week".to_string()
    } else {
        format!("{count} weeks")
    }
}

/// 1 → "1 point", 6 → "6 points".
pub fn points(count: u32) -> String {
    if count == 1 {
        "1 point".to_string()
    } else {
        format!("{count} points")
    }
}

/// An ISO date in words: "2026-12-31" → "31 December 2026". Anything else (a partial or
/// malformed date) is returned as it is, so nothing typed is lost from view.
pub fn date_in_words(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let month = month.parse::<usize>().ok().and_then(|m| MONTHS.get(m.checked_sub(1)?));
    match (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()), month, day.parse::<u32>()) {
        (true, Some(month), Ok(day)) if (1..=31).contains(&day) => format!("{day} {month} {year}"),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_words() {
        assert_eq!(date_in_words("2026-12-31"), "31 December 2026");
        assert_eq!(date_in_words("2027-01-05"), "5 January 2027");
        assert_eq!(date_in_words("2027-13-05"), "2027-13-05");
        assert_eq!(date_in_words("soon"), "soon");
        assert_eq!(date_in_words(""), "");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn writes_durations_in_words() {
        assert_eq!(months(0), "0 months");
        assert_eq!(months(1), "1 month");
        assert_eq!(months(6), "6 months");
        assert_eq!(months(11), "11 months");
        assert_eq!(months(12), "1 year");
        assert_eq!(months(13), "1 year 1 month");
        assert_eq!(months(18), "1 year 6 months");
        assert_eq!(months(24), "2 years");
        assert_eq!(months(27), "2 years 3 months");
        assert_eq!(months(36), "3 years");
        assert_eq!(weeks(1), "1 week");
        assert_eq!(weeks(8), "8 weeks");
    }

    #[test]
    fn writes_points_in_words() {
        assert_eq!(points(1), "1 point");
        assert_eq!(points(20), "20 points");
    }
}
