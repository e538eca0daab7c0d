//! The rows a page shows for a step's competencies to grow while the person rates them
//! there. A row whose gap the person has just closed by rating stays where it was, marked
//! closed, instead of vanishing: otherwise the control they were using disappears and the
//! next key press changes another competency. Rows keep their order; new gaps come last.

use std::collections::BTreeSet;

use super::model::Growth;

/// One row: the growth it shows, and whether its gap is closed (the person's rating now
/// meets the step; `growth` is then what the step asked when the row was last open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrowthRow {
    pub growth: Growth,
    pub closed: bool,
}

/// The rows after the step's growth changed from what `previous` showed to `current`.
/// A competency rated on this page (`rated_here`) that no longer needs growing stays as a
/// closed row; any other row no longer needed goes (the path or the target changed). Rows
/// still needed show their current growth, in the order they were shown; competencies newly
/// needing growth follow, in the step's order.
pub fn growth_rows(
    previous: &[GrowthRow],
    current: &[Growth],
    rated_here: &BTreeSet<String>,
) -> Vec<GrowthRow> {
    let mut rows: Vec<GrowthRow> = previous
        .iter()
        .filter_map(|row| {
            let competency = &row.growth.competency;
            match current.iter().find(|g| &g.competency == competency) {
                Some(growth) => Some(GrowthRow { growth: growth.clone(), closed: false }),
                None if rated_here.contains(competency) => {
                    Some(GrowthRow { growth: row.growth.clone(), closed: true })
                }
                None => None,
            }
        })
        .collect();
    for growth in current {
        if !rows.iter().any(|row| row.growth.competency == growth.competency) {
            rows.push(GrowthRow { growth: growth.clone(), closed: false });
        }
    }
    rows
}
