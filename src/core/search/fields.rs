//! What search looks through: every track, role and competency, each as the fields a page
//! shows of it, most telling first (its title), so a hit can say which field matched.

use crate::core::framework::{Framework, Level, RoleRef};

/// Where a search hit leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Track(String),
    Role(RoleRef),
    Competency(String),
}

/// A field of a track, role or competency that can match a search. Names inside are the
/// framework's own (a competency's name, a step's name, a milestone's title), for wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    TrackName,
    /// The family a track belongs to, or its built-in kind.
    TrackFamily,
    TrackDescription,
    RoleTitle,
    /// The name of the role's track.
    RoleTrack,
    RoleSummary,
    /// The role's impact, autonomy and influence.
    RoleScope,
    RoleExample,
    RoleSignal,
    /// A role's expectation of a competency, in the role's own words.
    Expectation {
        competency: String,
    },
    ExpectationExample {
        competency: String,
    },
    ExpectationSignal {
        competency: String,
    },
    Milestone,
    MilestoneExample {
        milestone: String,
    },
    MilestoneSignal {
        milestone: String,
    },
    CompetencyName,
    CompetencyTheme,
    CompetencyDescription,
    /// What a competency looks like at one step of its scale.
    Descriptor {
        step: String,
    },
    DescriptorExample {
        step: String,
    },
    DescriptorSignal {
        step: String,
    },
}

/// A track, role or competency as search lists it.
#[derive(Debug, Clone)]
pub(super) struct Document {
    pub target: Target,
    pub title: String,
    /// Short context shown under the title: the track of a role, the theme of a competency.
    pub context: String,
}

/// One field's text, borrowed from the framework.
pub(super) struct Entry<'a> {
    /// Index of its document.
    pub document: usize,
    pub field: Field,
    pub text: &'a str,
}

/// Every document in framework order (each track followed by its roles, then the
/// competencies), and every non-empty field, each document's title first.
pub(super) fn collect<'a>(framework: &'a Framework) -> (Vec<Document>, Vec<Entry<'a>>) {
    let mut documents = Vec::new();
    let mut entries = Vec::new();
    let mut add = |document: Document, fields: Vec<(Field, &'a str)>| {
        let index = documents.len();
        documents.push(document);
        for (field, text) in fields.into_iter().filter(|(_, text)| !text.trim().is_empty()) {
            entries.push(Entry { document: index, field, text });
        }
    };
    for track in &framework.tracks {
        // A track of a framework's own family is described by that family, not the built-in kind.
        let kind = framework.family_of(track).map_or(track.kind.label(), |f| f.name.as_str());
        add(
            Document {
                target: Target::Track(track.id.clone()),
                title: track.name.clone(),
                context: kind.into(),
            },
            vec![
                (Field::TrackName, &track.name),
                (Field::TrackFamily, kind),
                (Field::TrackDescription, &track.description),
            ],
        );
        for level in &track.levels {
            let mut fields =
                vec![(Field::RoleTitle, level.title.as_str()), (Field::RoleTrack, track.name.as_str())];
            fields.extend(role_fields(framework, level));
            add(
                Document {
                    target: Target::Role(RoleRef::new(&track.id, &level.id)),
                    title: level.title.clone(),
                    context: format!("{} · band {}", track.name, level.band),
                },
                fields,
            );
        }
    }
    for competency in &framework.competencies {
        let mut fields = vec![
            (Field::CompetencyName, competency.name.as_str()),
            (Field::CompetencyTheme, competency.theme.as_str()),
            (Field::CompetencyDescription, competency.description.as_str()),
        ];
        // Descriptors in the order of the competency's scale, named by its steps.
        for step in framework.scale_of(competency) {
            let Some(descriptor) = competency.descriptors.get(&step.id) else { continue };
            let name = || step.name.clone();
            fields.push((Field::Descriptor { step: name() }, descriptor.text()));
            fields.extend(
                descriptor.examples().iter().map(|e| (Field::DescriptorExample { step: name() }, e.as_str())),
            );
            fields.extend(
                descriptor.signals().iter().map(|s| (Field::DescriptorSignal { step: name() }, s.as_str())),
            );
        }
        add(
            Document {
                target: Target::Competency(competency.id.clone()),
                title: competency.name.clone(),
                context: format!("Competency · {}", competency.theme),
            },
            fields,
        );
    }
    (documents, entries)
}

/// Everything a role's page says in words: summary, scope, its own examples and signals, the
/// expectations in its own words with theirs, and its milestones.
fn role_fields<'a>(framework: &'a Framework, level: &'a Level) -> Vec<(Field, &'a str)> {
    let mut fields = vec![(Field::RoleSummary, level.summary.as_str())];
    fields.extend(
        [&level.impact, &level.autonomy, &level.influence].map(|text| (Field::RoleScope, text.as_str())),
    );
    fields.extend(level.examples.iter().map(|e| (Field::RoleExample, e.as_str())));
    fields.extend(level.signals.iter().map(|s| (Field::RoleSignal, s.as_str())));
    for expectation in &level.expectations {
        let competency = || {
            framework
                .competency(&expectation.competency)
                .map_or(expectation.competency.clone(), |c| c.name.clone())
        };
        if let Some(text) = &expectation.text {
            fields.push((Field::Expectation { competency: competency() }, text.as_str()));
        }
        fields.extend(
            expectation
                .examples
                .iter()
                .map(|e| (Field::ExpectationExample { competency: competency() }, e.as_str())),
        );
        fields.extend(
            expectation
                .signals
                .iter()
                .map(|s| (Field::ExpectationSignal { competency: competency() }, s.as_str())),
        );
    }
    for milestone in &level.milestones {
        fields.push((Field::Milestone, milestone.title.as_str()));
        let title = || milestone.title.clone();
        fields.extend(
            milestone.examples.iter().map(|e| (Field::MilestoneExample { milestone: title() }, e.as_str())),
        );
        fields.extend(
            milestone.signals.iter().map(|s| (Field::MilestoneSignal { milestone: title() }, s.as_str())),
        );
    }
    fields
}
