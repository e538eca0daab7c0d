//! Advice on a framework's language and fairness. Replaced by the lint branch on merge: this
//! stand-in finds nothing, so the studio's Problems page can already list `Concern::Lint`
//! findings as advice with their rule ID.

use crate::core::framework::{Framework, Problem};

/// Every lint finding for `framework` (each a `Problem` with `concern: Concern::Lint` and
/// its rule's ID), not yet located in the text.
pub fn lint(_: &Framework) -> Vec<Problem> {
    Vec::new()
}
