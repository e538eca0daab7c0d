//! Sentences for what search returns as data: which field matched, near spellings used, and
//! the count of results.

use crate::core::display::thousands;
use crate::core::search::{Field, NearSpelling};

/// What a matching field is called on a result, e.g. "Expectation for System design".
pub fn field_label(field: &Field) -> String {
    match field {
        Field::TrackName => "Track name".into(),
        Field::TrackFamily => "Track family".into(),
        Field::TrackDescription => "Track description".into(),
        Field::RoleTitle => "Role title".into(),
        Field::RoleTrack => "Track".into(),
        Field::RoleSummary => "Role summary".into(),
        Field::RoleScope => "Scope of the role".into(),
        Field::RoleExample => "Example of the role".into(),
        Field::RoleSignal => "Signal of the role".into(),
        Field::Expectation { competency } => format!("Expectation for {competency}"),
        Field::ExpectationExample { competency } => format!("Example for {competency}"),
        Field::ExpectationSignal { competency } => format!("Signal for {competency}"),
        Field::Milestone => "Milestone".into(),
        Field::MilestoneExample { milestone } => {
            format!("Example for the milestone \u{201c}{milestone}\u{201d}")
        }
        Field::MilestoneSignal { milestone } => {
            format!("Signal for the milestone \u{201c}{milestone}\u{201d}")
        }
        Field::CompetencyName => "Competency name".into(),
        Field::CompetencyTheme => "Theme".into(),
        Field::CompetencyDescription => "Competency description".into(),
        Field::Descriptor { step } => format!("What {step} looks like"),
        Field::DescriptorExample { step } => format!("Example at {step}"),
        Field::DescriptorSignal { step } => format!("Signal at {step}"),
    }
}

/// "3 results for “managr”.", or with more than are shown "Showing 1–50 of 12,345 results
/// for “data”.".
pub fn count_sentence(shown: usize, total: usize, query: &str) -> String {
    match total {
        0 => format!("No results for \u{201c}{query}\u{201d}."),
        1 => format!("1 result for \u{201c}{query}\u{201d}."),
        n if shown < n => format!(
            "Showing 1\u{2013}{} of {} results for \u{201c}{query}\u{201d}.",
            thousands(shown as u64),
            thousands(n as u64)
        ),
        n => format!("{} results for \u{201c}{query}\u{201d}.", thousands(n as u64)),
    }
}

/// Says which typed words the framework doesn't use and which of its words were searched
/// instead, e.g. "“managr” isn't in the framework; these results have “manager”."
pub fn near_spelling_sentence(near: &NearSpelling) -> String {
    let quoted: Vec<String> = near.found.iter().take(3).map(|w| format!("\u{201c}{w}\u{201d}")).collect();
    let words = match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!("{} or {last}", first.join(", ")),
    };
    let more = if near.found.len() > 3 { " (and other words spelt like it)" } else { "" };
    format!("\u{201c}{}\u{201d} isn't in the framework; these results have {words}{more}.", near.typed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_spellings_are_named_up_to_three() {
        let near = |found: &[&str]| NearSpelling {
            typed: "managr".into(),
            found: found.iter().map(|w| w.to_string()).collect(),
        };
        assert_eq!(
            near_spelling_sentence(&near(&["manager"])),
            "\u{201c}managr\u{201d} isn't in the framework; these results have \u{201c}manager\u{201d}."
        );
        assert_eq!(
            near_spelling_sentence(&near(&["manager", "manage", "managers", "management"])),
            "\u{201c}managr\u{201d} isn't in the framework; these results have \u{201c}manager\u{201d}, \
             \u{201c}manage\u{201d} or \u{201c}managers\u{201d} (and other words spelt like it)."
        );
    }
}
