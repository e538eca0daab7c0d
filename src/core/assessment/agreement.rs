//! Someone else's assessment (a manager's, a peer's) beside the person's own: where the two
//! ratings agree, who rated higher, and by how many steps of the competency's own scale.

use super::model::Assessment;
use crate::core::framework::{Competency, Framework};

/// One competency in the side-by-side view; ranks are positions on the scale.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementRow<'f> {
    pub competency: &'f Competency,
    pub mine: Option<usize>,
    pub theirs: Option<usize>,
}

/// Whose rating of a competency is higher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rater {
    /// The person whose data this is.
    Me,
    /// The other person, whose file is read beside it.
    Them,
}

/// How two ratings of one competency compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Neither rated it.
    NeitherRated,
    /// Only this one rated it.
    OnlyRatedBy(Rater),
    /// Both gave the same level.
    Agree,
    /// Both rated it, and this one higher, by `steps` steps of the competency's own scale:
    /// `higher` and `lower` are ranks on that scale.
    Higher { who: Rater, higher: usize, lower: usize, steps: usize },
}

impl AgreementRow<'_> {
    /// Steps apart when both rated and they differ.
    pub fn disagreement(&self) -> Option<usize> {
        match (self.mine, self.theirs) {
            (Some(a), Some(b)) if a != b => Some(a.abs_diff(b)),
            _ => None,
        }
    }

    /// Who rated higher, and by how much; or that they agree, or who didn't rate it.
    pub fn verdict(&self) -> Verdict {
        match (self.mine, self.theirs) {
            (None, None) => Verdict::NeitherRated,
            (Some(_), None) => Verdict::OnlyRatedBy(Rater::Me),
            (None, Some(_)) => Verdict::OnlyRatedBy(Rater::Them),
            (Some(a), Some(b)) if a == b => Verdict::Agree,
            (Some(a), Some(b)) if a > b => {
                Verdict::Higher { who: Rater::Me, higher: a, lower: b, steps: a - b }
            }
            (Some(a), Some(b)) => Verdict::Higher { who: Rater::Them, higher: b, lower: a, steps: b - a },
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

/// How many competencies `who` rated higher than the other.
pub fn rated_higher_by(rows: &[AgreementRow], who: Rater) -> usize {
    rows.iter().filter(|r| matches!(r.verdict(), Verdict::Higher { who: w, .. } if w == who)).count()
}
