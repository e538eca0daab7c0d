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
    for track in &framework.tracks {
        // A track of a framework's own family is described by that family, not the built-in kind.
        let kind = framework.family_of(track).map_or(track.kind.label(), |f| f.name.as_str());
        let mut fields = Fields::new(documents.len(), &mut entries);
        fields.one(Field::TrackName, &track.name);
        fields.one(Field::TrackFamily, kind);
        fields.one(Field::TrackDescription, &track.description);
        documents.push(Document {
            target: Target::Track(track.id.clone()),
            title: track.name.clone(),
            context: kind.into(),
        });
        for level in &track.levels {
            let mut fields = Fields::new(documents.len(), &mut entries);
            fields.one(Field::RoleTitle, &level.title);
            fields.one(Field::RoleTrack, &track.name);
            role_fields(&mut fields, framework, level);
            documents.push(Document {
                target: Target::Role(RoleRef::new(&track.id, &level.id)),
                title: level.title.clone(),
                context: format!("{} · band {}", track.name, level.band),
            });
        }
    }
    for competency in &framework.competencies {
        let mut fields = Fields::new(documents.len(), &mut entries);
        fields.one(Field::CompetencyName, &competency.name);
        fields.one(Field::CompetencyTheme, &competency.theme);
        fields.one(Field::CompetencyDescription, &competency.description);
        // Descriptors in the order of the competency's scale, named by its steps.
        for step in framework.scale_of(competency) {
            let Some(descriptor) = competency.descriptors.get(&step.id) else { continue };
            let step = &step.name;
            fields.one(Field::Descriptor { step: step.clone() }, descriptor.text());
            fields.each(Field::DescriptorExample { step: step.clone() }, descriptor.examples());
            fields.each(Field::DescriptorSignal { step: step.clone() }, descriptor.signals());
        }
        documents.push(Document {
            target: Target::Competency(competency.id.clone()),
            title: competency.name.clone(),
            context: format!("Competency · {}", competency.theme),
        });
    }
    (documents, entries)
}

/// Adds the fields of the document about to be pushed next (plain loops rather than an
/// iterator chain per field: fewer copies of the same code in the public bundle).
struct Fields<'e, 'a> {
    document: usize,
    entries: &'e mut Vec<Entry<'a>>,
}

impl<'e, 'a> Fields<'e, 'a> {
    fn new(document: usize, entries: &'e mut Vec<Entry<'a>>) -> Self {
        Fields { document, entries }
    }

    fn one(&mut self, field: Field, text: &'a str) {
        if !text.trim().is_empty() {
            self.entries.push(Entry { document: self.document, field, text });
        }
    }

    fn each(&mut self, field: Field, texts: &'a [String]) {
        for text in texts {
            self.one(field.clone(), text);
        }
    }
}

/// Everything a role's page says in words: summary, scope, its own examples and signals, the
/// expectations in its own words with theirs, and its milestones.
fn role_fields<'a>(fields: &mut Fields<'_, 'a>, framework: &'a Framework, level: &'a Level) {
    fields.one(Field::RoleSummary, &level.summary);
    fields.one(Field::RoleScope, &level.impact);
    fields.one(Field::RoleScope, &level.autonomy);
    fields.one(Field::RoleScope, &level.influence);
    fields.each(Field::RoleExample, &level.examples);
    fields.each(Field::RoleSignal, &level.signals);
    for expectation in &level.expectations {
        let competency =
            framework.competency(&expectation.competency).map_or(&expectation.competency, |c| &c.name);
        if let Some(text) = &expectation.text {
            fields.one(Field::Expectation { competency: competency.clone() }, text);
        }
        fields.each(Field::ExpectationExample { competency: competency.clone() }, &expectation.examples);
        fields.each(Field::ExpectationSignal { competency: competency.clone() }, &expectation.signals);
    }
    for milestone in &level.milestones {
        fields.one(Field::Milestone, &milestone.title);
        fields.each(Field::MilestoneExample { milestone: milestone.title.clone() }, &milestone.examples);
        fields.each(Field::MilestoneSignal { milestone: milestone.title.clone() }, &milestone.signals);
    }
}
