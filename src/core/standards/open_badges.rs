//! Open Badges 3.0 `Achievement`s (docs/standards.md): one for every learning opportunity of
//! kind `micro_credential` or `course`, aligned to the competencies it grows and to the step it
//! grows them to.
//!
//! The export is the achievement definitions a badge platform imports to issue credentials
//! later, not credentials: an `AchievementCredential` names an earner and is signed by the
//! issuer at award time, which a framework can't do. Each achievement carries the OB 3.0
//! `@context` so it is a self-describing JSON-LD node on its own (the class allows
//! extensions), and the file is a JSON array of them.
//!
//! Each growth gives two `Alignment`s that link to the CASE export made with the same base
//! URI: the competency (`targetType` "CFItem", `targetCode` its ID) and the step reached
//! (`targetType` "CFRubricCriterionLevel", `targetCode` "competency/step").

use serde::Serialize;

use super::case::{competency_uri, criterion_level_uri};
use super::ids::{stable_uuid, BaseUri, Subject};
use crate::core::framework::{Framework, LearningKind, LearningOpportunity};

/// The `@context` of OB 3.0 objects: the W3C Verifiable Credentials 2.0 context, then the
/// Open Badges 3.0 context, in that order.
pub const CONTEXT: [&str; 2] =
    ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Achievement {
    #[serde(rename = "@context")]
    pub context: [&'static str; 2],
    pub id: String,
    #[serde(rename = "type")]
    pub kind: [&'static str; 1],
    pub achievement_type: &'static str,
    pub name: String,
    pub description: String,
    pub criteria: Criteria,
    pub alignment: Vec<Alignment>,
    pub creator: Profile,
    /// The learning opportunity's ID in the framework.
    pub human_code: String,
    pub in_language: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Criteria {
    /// Markdown: the competencies and the step each is grown to, with the step's descriptor.
    pub narrative: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Alignment {
    #[serde(rename = "type")]
    pub kind: [&'static str; 1],
    pub target_name: String,
    pub target_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_description: Option<String>,
    pub target_framework: String,
    pub target_code: String,
    pub target_type: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: [&'static str; 1],
    pub name: String,
}

/// The OB 3.0 `achievementType` of a learning opportunity; `None` for kinds that aren't
/// credentials (mentoring, on-the-job learning, assignments, rotations, secondments).
pub fn achievement_type(kind: LearningKind) -> Option<&'static str> {
    match kind {
        LearningKind::MicroCredential => Some("MicroCredential"),
        LearningKind::Course => Some("Course"),
        _ => None,
    }
}

/// The achievements of the framework's micro-credentials and courses, in the file's order.
/// `base_uri` starts every `id` and must be the one given to [`super::case::case_package`] for
/// the alignments to point at the package's items (see [`BaseUri`]).
pub fn achievements(framework: &Framework, base_uri: &str) -> Vec<Achievement> {
    let base = BaseUri::new(base_uri);
    let creator = Profile {
        id: base.uri(stable_uuid(&framework.meta.id, Subject::Organization)),
        kind: ["Profile"],
        name: if framework.meta.organization.trim().is_empty() {
            framework.governance.council.clone()
        } else {
            framework.meta.organization.clone()
        },
    };
    framework
        .learning
        .iter()
        .filter_map(|learning| {
            let achievement_type = achievement_type(learning.kind)?;
            Some(achievement(framework, base_uri, &base, learning, achievement_type, creator.clone()))
        })
        .collect()
}

/// [`achievements`] as a pretty-printed JSON array.
pub fn open_badges_json(framework: &Framework, base_uri: &str) -> String {
    serde_json::to_string_pretty(&achievements(framework, base_uri)).expect("achievements serialize")
}

fn achievement(
    framework: &Framework,
    base_uri: &str,
    base: &BaseUri,
    learning: &LearningOpportunity,
    achievement_type: &'static str,
    creator: Profile,
) -> Achievement {
    let mut alignment = Vec::new();
    let mut narrative = Vec::new();
    for growth in &learning.grows {
        let Some(competency) = framework.competency(&growth.competency) else { continue };
        let step = framework.proficiency(&competency.id, &growth.up_to);
        let step_name = step.map_or(growth.up_to.as_str(), |p| p.name.as_str());
        let descriptor = competency.descriptors.get(&growth.up_to).map(|d| d.text().to_string());
        alignment.push(Alignment {
            kind: ["Alignment"],
            target_name: competency.name.clone(),
            target_url: competency_uri(framework, base_uri, &competency.id),
            target_description: (!competency.description.trim().is_empty())
                .then(|| competency.description.clone()),
            target_framework: framework.meta.name.clone(),
            target_code: competency.id.clone(),
            target_type: "CFItem",
        });
        alignment.push(Alignment {
            kind: ["Alignment"],
            target_name: format!("{}: {step_name}", competency.name),
            target_url: criterion_level_uri(framework, base_uri, &competency.id, &growth.up_to),
            target_description: descriptor.clone(),
            target_framework: framework.meta.name.clone(),
            target_code: format!("{}/{}", competency.id, growth.up_to),
            target_type: "CFRubricCriterionLevel",
        });
        let line = match descriptor {
            Some(text) => format!("- {} up to {step_name}: {text}", competency.name),
            None => format!("- {} up to {step_name}", competency.name),
        };
        narrative.push(line);
    }
    Achievement {
        context: CONTEXT,
        id: base.uri(stable_uuid(&framework.meta.id, Subject::Achievement(&learning.id))),
        kind: ["Achievement"],
        achievement_type,
        name: learning.title.clone(),
        description: if learning.description.trim().is_empty() {
            learning.title.clone()
        } else {
            learning.description.clone()
        },
        criteria: Criteria { narrative: narrative.join("\n") },
        alignment,
        creator,
        human_code: learning.id.clone(),
        in_language: framework.meta.locale.clone(),
    }
}
