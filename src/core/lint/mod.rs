//! PLACEHOLDER — replaced by the lint branch on merge. Only here so the `mosaic check`
//! command (src/cli) compiles and calls the real entry point's signature.

use crate::core::framework::{Framework, Problem};

/// A lint rule: its stable ID, why it matters, how to fix a finding.
pub struct Rule {
    pub id: &'static str,
    pub why: &'static str,
    pub fix: &'static str,
}

/// Every lint rule (none in this placeholder).
pub const RULES: &[Rule] = &[];

/// Advice on a framework's language and fairness (none in this placeholder).
pub fn lint(_: &Framework) -> Vec<Problem> {
    Vec::new()
}
