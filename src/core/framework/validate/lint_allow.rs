//! Lint findings marked as intended (`governance.lint_allow`): each names a rule that exists
//! and says why. A mistake here is a warning, not an error: at worst a finding stays visible.

use super::{KnownIds, Validator};
use crate::core::lint::RULE_IDS;

impl Validator<'_> {
    pub(super) fn lint_allow(&mut self) {
        let framework = self.framework;
        let rules = KnownIds::new(RULE_IDS.iter().copied());
        for (i, allow) in framework.governance.lint_allow.iter().enumerate() {
            let path = format!("governance.lint_allow[{i}]");
            if !rules.contains(&allow.rule) {
                let hint = self.hint("lint rule", &allow.rule, &rules);
                self.warning(
                    format!("{path}.rule"),
                    format!(
                        "Unknown lint rule \"{}\", so this entry marks nothing as intended.{}",
                        allow.rule, hint
                    ),
                );
            }
            if allow.reason.trim().is_empty() {
                self.warning(
                    format!("{path}.reason"),
                    "The reason is empty; say why this is intended, for the council's next review.",
                );
            }
        }
    }
}
