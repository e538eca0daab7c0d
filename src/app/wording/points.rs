//! A points threshold, written the same way on every page.

use crate::core::display::points;
use crate::core::framework::PointsThreshold;

/// "40 points in all; at least 10 from Craft, 6 from Leadership".
pub fn describe_threshold(threshold: &PointsThreshold) -> String {
    let total = format!("{} in all", points(threshold.total));
    if threshold.minimums.is_empty() {
        return total;
    }
    let minimums: Vec<String> =
        threshold.minimums.iter().map(|m| format!("{} from {}", points(m.points), m.theme)).collect();
    format!("{total}; at least {}", minimums.join(", "))
}

/// A raise in words, the same on /fit and /plan: "Coding from Solid to Deep (+6 points)".
pub fn describe_raise(competency: &str, from: &str, to: &str, gained: u32) -> String {
    format!("{competency} from {from} to {to} (+{})", points(gained))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::framework::ThemeMinimum;

    #[test]
    fn describes_a_threshold_with_its_minimums() {
        let mut threshold = PointsThreshold { total: 40, minimums: Vec::new() };
        assert_eq!(describe_threshold(&threshold), "40 points in all");
        threshold.minimums = vec![
            ThemeMinimum { theme: "Craft".into(), points: 10 },
            ThemeMinimum { theme: "Leadership".into(), points: 1 },
        ];
        assert_eq!(
            describe_threshold(&threshold),
            "40 points in all; at least 10 points from Craft, 1 point from Leadership"
        );
    }
}
