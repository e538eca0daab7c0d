//! Lint findings marked as intended (`governance.lint_allow`): each names a rule that exists
//! and says why. A mistake here is a warning, not an error: at worst a finding stays visible.

use super::Validator;
use crate::core::lint::RULE_IDS;

impl Validator<'_> {
    pub(super) fn lint_allow(&mut self) {
        let framework = self.framework;
        for (i, allow) in framework.governance.lint_allow.iter().enumerate() {
            let path = format!("governance.lint_allow[{i}]");
            if !RULE_IDS.contains(&allow.rule.as_str()) {
                self.warning(
                    format!("{path}.rule"),
                    format!(
                        "Unknown lint rule \"{}\", so this entry marks nothing as intended. Known: {}.",
                        allow.rule,
                        RULE_IDS.join(", ")
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
