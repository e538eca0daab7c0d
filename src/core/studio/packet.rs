//! The council's review packet for a draft, as data: the figures that size it, its parity
//! report, the lint's advice, the comparison with the published version, its changelog and
//! the open governance warnings. The studio's page and its Markdown both render this one
//! value, so the printed packet and the file say the same.

use crate::core::diff::{diff, FrameworkDiff};
use crate::core::framework::{ChangelogEntry, Concern, Framework, Loaded, Problem};
use crate::core::governance::{governance_warnings, GovernanceWarning};

/// How big the framework is: what the council is asked to approve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figures {
    pub tracks: usize,
    pub roles: usize,
    pub bands: usize,
    pub competencies: usize,
    pub milestones: usize,
    pub learning: usize,
    pub mobility: usize,
}

impl Figures {
    pub fn of(framework: &Framework) -> Figures {
        let levels = || framework.tracks.iter().flat_map(|track| &track.levels);
        Figures {
            tracks: framework.tracks.len(),
            roles: levels().count(),
            bands: framework.bands.len(),
            competencies: framework.competencies.len(),
            milestones: levels().map(|level| level.milestones.len()).sum(),
            learning: framework.learning.len(),
            mobility: framework.mobility.len(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Packet {
    pub name: String,
    pub version: String,
    pub council: String,
    pub figures: Figures,
    /// Ways in which the tracks are not equal routes.
    pub parity: Vec<Problem>,
    /// The format's own content warnings.
    pub warnings: Vec<Problem>,
    /// The lint's advice, located.
    pub advice: Vec<Problem>,
    /// The draft against the published version; `None` when there is none to compare with.
    pub comparison: Option<FrameworkDiff>,
    pub changelog: Vec<ChangelogEntry>,
    pub governance: Vec<GovernanceWarning>,
    pub next_review: Option<String>,
}

impl Packet {
    /// The packet for a draft that loads, given every finding of the draft (its warnings and
    /// the lint's advice, as the Problems page lists them), the published framework when it
    /// can be read, and today's date (YYYY-MM-DD).
    pub fn new(draft: &Loaded, findings: &[Problem], published: Option<&Framework>, today: &str) -> Packet {
        let framework = &draft.framework;
        let of = |concern: Concern| findings.iter().filter(|p| p.concern == concern).cloned().collect();
        Packet {
            name: framework.meta.name.clone(),
            version: framework.meta.version.clone(),
            council: framework.governance.council.clone(),
            figures: Figures::of(framework),
            parity: of(Concern::Parity),
            warnings: of(Concern::Content),
            advice: of(Concern::Lint),
            comparison: published.map(|published| diff(published, framework)),
            changelog: framework.governance.changelog.clone(),
            governance: governance_warnings(framework, published, today),
            next_review: framework.next_review(),
        }
    }
}
