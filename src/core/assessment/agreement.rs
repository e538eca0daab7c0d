//! Someone else's assessment (a manager's, a peer's) beside the person's own: where the two
//! ratings agree, and by how many steps they differ.

use super::model::Assessment;
use crate::core::framework::{Competency, Framework};

/// One competency in the side-by-side view; ranks are positions on the scale.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementRow<'f> {
    pub competency: &'f Competency,
    pub mine: Option<usize>,
    pub theirs: Option<usize>,
}

impl AgreementRow<'_> {
    /// Steps apart when both rated and they differ.
    pub fn disagreement(&self) -> Option<usize> {
        match (self.mine, self.theirs) {
            (Some(a), Some(b)) if a != b => Some(a.abs_diff(b)),
            _ => None,
        }
    }
}

/// Every competency of the framework, in its order, with both ratings.
pub fn agreement<'f>(
    framework: &'f Framework,
    mine: &Assessment,
    theirs: &Assessment,
) -> Vec<AgreementRow<'f>> {
    let rank = |a: &Assessment, id: &str| a.proficiency(id).and_then(|p| framework.proficiency_rank(id, p));
    framework
        .competencies
        .iter()
        .map(|c| AgreementRow { competency: c, mine: rank(mine, &c.id), theirs: rank(theirs, &c.id) })
        .collect()
}

/// How many competencies both rated differently.
pub fn disagreements(rows: &[AgreementRow]) -> usize {
    rows.iter().filter(|r| r.disagreement().is_some()).count()
}
