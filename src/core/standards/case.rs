//! The framework as a 1EdTech CASE 1.1 `CFPackage` (docs/standards.md): the document, an item
//! for every theme, competency, track, role and milestone, the associations between them, and
//! one rubric whose criteria are the competencies and whose levels are each competency's own
//! proficiency steps with its descriptors.
//!
//! Field names and which fields are present follow the CASE 1.1 information model's package
//! classes (`CFPckgDocument`, `CFPckgItem`, `CFPckgAssociation`, `CFRubric`,
//! `CFRubricCriterion`, `CFRubricCriterionLevel`, `LinkURI`, `LinkGenURI`); every attribute of
//! multiplicity [1] is always written. `CFPackageURI` and `CFDocumentURI` belong to the
//! standalone `CFDocument` and `CFItem` the service returns one at a time, not to the package's
//! classes, so they are not written here: inside a package the document is the package's own.

use serde::Serialize;
use uuid::Uuid;

use super::ids::{stable_uuid, BaseUri, Subject};
use crate::core::framework::{Competency, Framework, Level, Track};

/// The value CASE 1.1 asks for in `caseVersion`.
pub const CASE_VERSION: &str = "1.1";
/// `frameworkType`: CASE 1.1 predefines only "CourseCodes"; the field is free text otherwise.
pub const FRAMEWORK_TYPE: &str = "CareerFramework";

/// The `CFItemType` of each kind of item.
pub mod item_type {
    pub const THEME: &str = "Theme";
    pub const COMPETENCY: &str = "Competency";
    pub const TRACK: &str = "Track";
    pub const ROLE: &str = "Role";
    pub const MILESTONE: &str = "Milestone";
}

/// The association types used (CASE 1.1 `CFAssociationTypeEnum`).
pub mod association_type {
    /// Structure: the origin is a child of the destination.
    pub const IS_CHILD_OF: &str = "isChildOf";
    /// Order: the origin comes before the destination (one role, then the next).
    pub const PRECEDES: &str = "precedes";
    /// A relation no other type describes better: a role's expectation of a competency, a
    /// sanctioned move between roles.
    pub const IS_RELATED_TO: &str = "isRelatedTo";
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CfPackage {
    #[serde(rename = "CFDocument")]
    pub document: CfDocument,
    #[serde(rename = "CFItems")]
    pub items: Vec<CfItem>,
    #[serde(rename = "CFAssociations")]
    pub associations: Vec<CfAssociation>,
    #[serde(rename = "CFRubrics")]
    pub rubrics: Vec<CfRubric>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CfDocument {
    pub identifier: Uuid,
    pub uri: String,
    pub framework_type: &'static str,
    pub case_version: &'static str,
    pub creator: String,
    pub title: String,
    pub last_change_date_time: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub language: String,
    pub version: String,
    pub adoption_status: &'static str,
    pub status_start_date: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CfItem {
    pub identifier: Uuid,
    pub uri: String,
    pub full_statement: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abbreviated_statement: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub human_coding_scheme: Option<String>,
    #[serde(rename = "CFItemType")]
    pub item_type: &'static str,
    pub language: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_end_date: Option<String>,
    pub last_change_date_time: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CfAssociation {
    pub identifier: Uuid,
    pub uri: String,
    pub association_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<u32>,
    #[serde(rename = "originNodeURI")]
    pub origin: LinkGenUri,
    #[serde(rename = "destinationNodeURI")]
    pub destination: LinkGenUri,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    pub last_change_date_time: String,
}

/// A link to a node (`LinkGenURI`); `targetType` is left to its default, "CASE".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkGenUri {
    pub title: String,
    pub identifier: String,
    pub uri: String,
}

/// A link to another CASE object (`LinkURI`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkUri {
    pub title: String,
    pub identifier: Uuid,
    pub uri: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CfRubric {
    pub identifier: Uuid,
    pub uri: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub last_change_date_time: String,
    #[serde(rename = "CFRubricCriteria")]
    pub criteria: Vec<CfRubricCriterion>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CfRubricCriterion {
    pub identifier: Uuid,
    pub uri: String,
    pub category: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "CFItemURI")]
    pub item: LinkUri,
    pub position: u32,
    pub rubric_id: Uuid,
    pub last_change_date_time: String,
    #[serde(rename = "CFRubricCriterionLevels")]
    pub levels: Vec<CfRubricCriterionLevel>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CfRubricCriterionLevel {
    pub identifier: Uuid,
    pub uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub quality: String,
    /// The step's points, when its scale has points.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// 1 for the lowest step of the competency's scale.
    pub position: u32,
    pub rubric_criterion_id: Uuid,
    pub last_change_date_time: String,
}

/// The framework as a CASE 1.1 package. `base_uri` starts every object's `uri` (see
/// [`BaseUri`]; empty gives `urn:uuid:`).
pub fn case_package(framework: &Framework, base_uri: &str) -> CfPackage {
    Builder::new(framework, BaseUri::new(base_uri)).package()
}

/// [`case_package`] as pretty-printed JSON, the file handed to a learning platform.
pub fn case_json(framework: &Framework, base_uri: &str) -> String {
    serde_json::to_string_pretty(&case_package(framework, base_uri)).expect("a package serializes")
}

/// The `uri` of a competency's item in [`case_package`] with the same base, so other exports
/// (Open Badges alignments) can point at it.
pub fn competency_uri(framework: &Framework, base_uri: &str, competency: &str) -> String {
    BaseUri::new(base_uri).uri(stable_uuid(&framework.meta.id, Subject::Competency(competency)))
}

/// The `uri` of one step of a competency in the package's rubric.
pub fn criterion_level_uri(framework: &Framework, base_uri: &str, competency: &str, step: &str) -> String {
    BaseUri::new(base_uri).uri(stable_uuid(&framework.meta.id, Subject::CriterionLevel(competency, step)))
}

/// The first text that isn't blank, else the last one.
fn statement<'a>(texts: &[&'a str]) -> &'a str {
    texts.iter().copied().find(|t| !t.trim().is_empty()).unwrap_or(texts[texts.len() - 1])
}

fn non_blank(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| text.to_string())
}

struct Builder<'a> {
    framework: &'a Framework,
    base: BaseUri,
    /// Every object's `lastChangeDateTime`: the framework version's effective date.
    stamp: String,
    document: LinkGenUri,
    items: Vec<CfItem>,
    associations: Vec<CfAssociation>,
}

impl<'a> Builder<'a> {
    fn new(framework: &'a Framework, base: BaseUri) -> Self {
        let id = stable_uuid(&framework.meta.id, Subject::Document);
        let document =
            LinkGenUri { title: framework.meta.name.clone(), identifier: id.to_string(), uri: base.uri(id) };
        Builder {
            framework,
            base,
            stamp: format!("{}T00:00:00Z", framework.meta.effective_date),
            document,
            items: Vec::new(),
            associations: Vec::new(),
        }
    }

    fn id(&self, subject: Subject) -> Uuid {
        stable_uuid(&self.framework.meta.id, subject)
    }

    fn package(mut self) -> CfPackage {
        let document = self.document();
        self.themes_and_competencies();
        for (position, track) in self.framework.tracks.iter().enumerate() {
            self.track(track, position as u32 + 1);
        }
        self.branches();
        self.mobility();
        let rubrics = vec![self.rubric()];
        CfPackage { document, items: self.items, associations: self.associations, rubrics }
    }

    fn document(&self) -> CfDocument {
        let meta = &self.framework.meta;
        CfDocument {
            identifier: self.id(Subject::Document),
            uri: self.document.uri.clone(),
            framework_type: FRAMEWORK_TYPE,
            case_version: CASE_VERSION,
            // The owner of the framework; the council when no organization is named.
            creator: statement(&[&meta.organization, &self.framework.governance.council, &meta.name])
                .to_string(),
            title: meta.name.clone(),
            last_change_date_time: self.stamp.clone(),
            description: non_blank(&meta.purpose),
            language: meta.locale.clone(),
            version: meta.version.clone(),
            // A framework file states the version that applies from its effective date.
            adoption_status: "Adopted",
            status_start_date: meta.effective_date.clone(),
        }
    }

    /// Adds an item and returns the link to it.
    fn item(&mut self, identifier: Uuid, item: ItemText, item_type: &'static str) -> LinkGenUri {
        let uri = self.base.uri(identifier);
        let title = item.title.clone().unwrap_or_else(|| item.statement.clone());
        self.items.push(CfItem {
            identifier,
            uri: uri.clone(),
            full_statement: item.statement,
            abbreviated_statement: item.title,
            human_coding_scheme: item.code,
            item_type,
            language: self.framework.meta.locale.clone(),
            notes: item.notes,
            status_end_date: item.ends,
            last_change_date_time: self.stamp.clone(),
        });
        LinkGenUri { title, identifier: identifier.to_string(), uri }
    }

    /// Adds an association; its identifier comes from its kind and its two ends.
    fn associate(
        &mut self,
        kind: &'static str,
        discriminator: &str,
        origin: &LinkGenUri,
        destination: &LinkGenUri,
        sequence_number: Option<u32>,
        notes: Option<String>,
    ) {
        let ends = |link: &LinkGenUri| Uuid::parse_str(&link.identifier).expect("our own UUIDs");
        let name = format!("{kind}/{discriminator}");
        let identifier = self.id(Subject::Association(&name, ends(origin), ends(destination)));
        self.associations.push(CfAssociation {
            identifier,
            uri: self.base.uri(identifier),
            association_type: kind,
            sequence_number,
            origin: origin.clone(),
            destination: destination.clone(),
            notes,
            last_change_date_time: self.stamp.clone(),
        });
    }

    /// Themes are items in the order they first appear, each before its first competency;
    /// a competency without a theme is a child of the document itself.
    fn themes_and_competencies(&mut self) {
        let document = self.document.clone();
        // Each theme's link and how many competencies it has so far.
        let mut themes: Vec<(&str, LinkGenUri, u32)> = Vec::new();
        for competency in &self.framework.competencies {
            let theme = competency.theme.trim();
            let parent = if theme.is_empty() {
                None
            } else if let Some(index) = themes.iter().position(|(name, _, _)| *name == theme) {
                Some(index)
            } else {
                let text = ItemText::named(theme.to_string());
                let link = self.item(self.id(Subject::Theme(theme)), text, item_type::THEME);
                let position = self.children_of_document();
                self.associate(association_type::IS_CHILD_OF, "", &link, &document, Some(position), None);
                themes.push((theme, link, 0));
                Some(themes.len() - 1)
            };
            let link = self.competency(competency);
            let (destination, position) = match parent {
                Some(index) => {
                    themes[index].2 += 1;
                    (themes[index].1.clone(), themes[index].2)
                }
                None => (document.clone(), self.children_of_document()),
            };
            self.associate(association_type::IS_CHILD_OF, "", &link, &destination, Some(position), None);
        }
    }

    /// The sequence number of the next child of the document.
    fn children_of_document(&self) -> u32 {
        let document = &self.document.identifier;
        let children = self
            .associations
            .iter()
            .filter(|a| {
                a.association_type == association_type::IS_CHILD_OF && &a.destination.identifier == document
            })
            .count();
        children as u32 + 1
    }

    fn competency(&mut self, competency: &Competency) -> LinkGenUri {
        let text = ItemText {
            statement: statement(&[&competency.description, &competency.name]).to_string(),
            title: Some(competency.name.clone()),
            code: Some(competency.id.clone()),
            notes: None,
            ends: None,
        };
        self.item(self.id(Subject::Competency(&competency.id)), text, item_type::COMPETENCY)
    }

    fn track(&mut self, track: &Track, position: u32) {
        let text = ItemText {
            statement: statement(&[&track.description, &track.name]).to_string(),
            title: Some(track.name.clone()),
            code: Some(track.id.clone()),
            notes: None,
            ends: track.sunset.as_ref().map(|s| s.date.clone()),
        };
        let track_link = self.item(self.id(Subject::Track(&track.id)), text, item_type::TRACK);
        let document = self.document.clone();
        self.associate(association_type::IS_CHILD_OF, "", &track_link, &document, Some(position), None);
        let mut previous: Option<LinkGenUri> = None;
        for (index, level) in track.levels.iter().enumerate() {
            let role = self.role(track, level);
            self.associate(
                association_type::IS_CHILD_OF,
                "",
                &role,
                &track_link,
                Some(index as u32 + 1),
                None,
            );
            if let Some(below) = &previous {
                self.associate(association_type::PRECEDES, "", below, &role, None, None);
            }
            self.expectations(level, &role);
            self.milestones(track, level, &role);
            previous = Some(role);
        }
    }

    fn role(&mut self, track: &Track, level: &Level) -> LinkGenUri {
        let band = self.framework.band(&level.band).map_or(level.band.as_str(), |b| b.name.as_str());
        let text = ItemText {
            statement: statement(&[&level.summary, &level.title]).to_string(),
            title: Some(level.title.clone()),
            code: Some(format!("{}/{}", track.id, level.id)),
            notes: Some(format!("Band: {band}")),
            ends: level.sunset.as_ref().or(track.sunset.as_ref()).map(|s| s.date.clone()),
        };
        self.item(self.id(Subject::Role(&track.id, &level.id)), text, item_type::ROLE)
    }

    /// A role's expectations: `isRelatedTo` from the role to the competency, the expected
    /// proficiency and weight in the notes. (`exemplar` would say the competency is an example
    /// of best practice for the role, and `hasSkillLevel` needs a destination that defines a
    /// skill level, which a competency item doesn't.)
    fn expectations(&mut self, level: &Level, role: &LinkGenUri) {
        for expectation in &level.expectations {
            let Some(competency) = self.framework.competency(&expectation.competency) else { continue };
            let step = self.framework.proficiency(&competency.id, &expectation.proficiency);
            let step_name = step.map_or(expectation.proficiency.as_str(), |p| p.name.as_str());
            let mut notes = format!("Expected proficiency: {step_name} ({})", expectation.proficiency);
            if expectation.weight != 1.0 {
                notes.push_str(&format!("; weight {}", expectation.weight));
            }
            if let Some(text) = &expectation.text {
                notes.push_str(&format!(". {text}"));
            }
            let destination = self.link_to_competency(competency);
            self.associate(
                association_type::IS_RELATED_TO,
                "expectation",
                role,
                &destination,
                None,
                Some(notes),
            );
        }
    }

    fn link_to_competency(&self, competency: &Competency) -> LinkGenUri {
        let id = self.id(Subject::Competency(&competency.id));
        LinkGenUri { title: competency.name.clone(), identifier: id.to_string(), uri: self.base.uri(id) }
    }

    fn link_to_role(&self, track: &Track, level: &Level) -> LinkGenUri {
        let id = self.id(Subject::Role(&track.id, &level.id));
        LinkGenUri { title: level.title.clone(), identifier: id.to_string(), uri: self.base.uri(id) }
    }

    fn milestones(&mut self, track: &Track, level: &Level, role: &LinkGenUri) {
        for (index, milestone) in level.milestones.iter().enumerate() {
            let text = ItemText {
                statement: statement(&[&milestone.evidence, &milestone.title]).to_string(),
                title: non_blank(&milestone.title),
                code: Some(format!("{}/{}/{}", track.id, level.id, milestone.id)),
                notes: non_blank(&milestone.verification).map(|how| format!("Verification: {how}")),
                ends: None,
            };
            let id = self.id(Subject::Milestone(&track.id, &level.id, &milestone.id));
            let link = self.item(id, text, item_type::MILESTONE);
            self.associate(association_type::IS_CHILD_OF, "", &link, role, Some(index as u32 + 1), None);
        }
    }

    /// A track that branches from a role: that role `precedes` the track's first level.
    fn branches(&mut self) {
        for track in &self.framework.tracks {
            let (Some(from), Some(first)) = (&track.branches_from, track.levels.first()) else { continue };
            let Some((from_track, from_level)) = self.framework.level(from) else { continue };
            let (origin, destination) =
                (self.link_to_role(from_track, from_level), self.link_to_role(track, first));
            self.associate(association_type::PRECEDES, "", &origin, &destination, None, None);
        }
    }

    /// Each mobility rule: `isRelatedTo` from every role it starts from to its target role.
    fn mobility(&mut self) {
        for rule in &self.framework.mobility {
            let (Some(from_track), Some((to_track, to_level))) =
                (self.framework.track(&rule.from.track), self.framework.level(&rule.to))
            else {
                continue;
            };
            let destination = self.link_to_role(to_track, to_level);
            let kind = serde_json::to_value(rule.kind).ok();
            let kind = kind.as_ref().and_then(|k| k.as_str()).unwrap_or_default().replace('_', " ");
            let notes = format!("Mobility rule {} ({kind}), about {} months", rule.id, rule.horizon_months);
            let starts = from_track.levels.iter().filter(|level| {
                (rule.from.levels.is_empty() || rule.from.levels.contains(&level.id))
                    && (rule.from.bands.is_empty() || rule.from.bands.contains(&level.band))
            });
            for level in starts {
                let origin = self.link_to_role(from_track, level);
                let discriminator = format!("mobility/{}", rule.id);
                let notes = Some(notes.clone());
                self.associate(
                    association_type::IS_RELATED_TO,
                    &discriminator,
                    &origin,
                    &destination,
                    None,
                    notes,
                );
            }
        }
    }

    /// One rubric: a criterion per competency, its levels the competency's own scale.
    fn rubric(&self) -> CfRubric {
        let rubric_id = self.id(Subject::Rubric);
        let criteria = self
            .framework
            .competencies
            .iter()
            .enumerate()
            .map(|(index, competency)| self.criterion(competency, index as u32 + 1, rubric_id))
            .collect();
        CfRubric {
            identifier: rubric_id,
            uri: self.base.uri(rubric_id),
            title: self.framework.meta.name.clone(),
            description: non_blank(&self.framework.meta.purpose),
            last_change_date_time: self.stamp.clone(),
            criteria,
        }
    }

    fn criterion(&self, competency: &Competency, position: u32, rubric_id: Uuid) -> CfRubricCriterion {
        let identifier = self.id(Subject::Criterion(&competency.id));
        let item = self.link_to_competency(competency);
        let levels = self
            .framework
            .scale_of(competency)
            .iter()
            .enumerate()
            .map(|(index, step)| {
                let id = self.id(Subject::CriterionLevel(&competency.id, &step.id));
                CfRubricCriterionLevel {
                    identifier: id,
                    uri: self.base.uri(id),
                    description: competency.descriptors.get(&step.id).map(|d| d.text().to_string()),
                    quality: step.name.clone(),
                    score: step.points.map(f64::from),
                    position: index as u32 + 1,
                    rubric_criterion_id: identifier,
                    last_change_date_time: self.stamp.clone(),
                }
            })
            .collect();
        CfRubricCriterion {
            identifier,
            uri: self.base.uri(identifier),
            category: competency.theme.clone(),
            description: Some(competency.name.clone()),
            item: LinkUri {
                title: item.title,
                identifier: self.id(Subject::Competency(&competency.id)),
                uri: item.uri,
            },
            position,
            rubric_id,
            last_change_date_time: self.stamp.clone(),
            levels,
        }
    }
}

/// The texts of one item.
struct ItemText {
    statement: String,
    title: Option<String>,
    code: Option<String>,
    notes: Option<String>,
    ends: Option<String>,
}

impl ItemText {
    fn named(name: String) -> Self {
        ItemText { statement: name, title: None, code: None, notes: None, ends: None }
    }
}
