//! Findings marked as intended in `governance.lint_allow`.

use crate::core::framework::{LintAllow, Problem};

/// True when an entry names the finding's rule and its `at` is the finding's path or a part
/// of the file that contains it (`tracks[1]` contains `tracks[1].levels[0].summary`, not
/// `tracks[12]`). An entry without `at` allows the rule everywhere.
pub(super) fn is_allowed(finding: &Problem, allowed: &[LintAllow]) -> bool {
    let Some(rule) = finding.rule else { return false };
    allowed.iter().any(|allow| allow.rule == rule && covers(allow.at.trim(), &finding.path))
}

fn covers(at: &str, path: &str) -> bool {
    match path.strip_prefix(at) {
        None => false,
        Some(rest) => at.is_empty() || rest.is_empty() || rest.starts_with('.') || rest.starts_with('['),
    }
}

#[cfg(test)]
mod tests {
    use super::covers;

    #[test]
    fn a_path_covers_itself_and_what_is_inside_it_only() {
        assert!(covers("tracks[1]", "tracks[1]"));
        assert!(covers("tracks[1]", "tracks[1].levels[0].summary"));
        assert!(covers("tracks[1].levels", "tracks[1].levels[0]"));
        assert!(!covers("tracks[1]", "tracks[12].description"));
        assert!(!covers("tracks[1].level", "tracks[1].levels[0]"));
        assert!(covers("", "competencies[3]"));
    }
}
