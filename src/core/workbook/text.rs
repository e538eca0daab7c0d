//! The framework as the text of a `framework.json`, so a converted workbook goes through
//! `load` (validation, located in this text) and `lint` like any framework file.

use crate::core::framework::Framework;

/// Pretty JSON, two-space indented, as authors' files are; `load` of this text locates its
/// problems in it.
pub fn framework_text(framework: &Framework) -> String {
    let mut text = serde_json::to_string_pretty(framework).unwrap_or_default();
    text.push('\n');
    text
}
