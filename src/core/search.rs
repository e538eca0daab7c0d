//! Free-text search across tracks, roles and competencies.

use crate::core::framework::{Descriptor, Framework, RoleRef};

/// Where a search hit leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Track(String),
    Role(RoleRef),
    Competency(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    pub title: String,
    /// Short context shown under the title: the track of a role, the theme of a competency.
    pub context: String,
}

/// Hits containing every word of the query (case-insensitive), those whose title matches
/// first, then in framework order. An empty query finds nothing.
pub fn search(framework: &Framework, query: &str) -> Vec<Hit> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let matches = |text: &str| {
        let text = text.to_lowercase();
        words.iter().all(|w| text.contains(w.as_str()))
    };
    let mut scored: Vec<(bool, Hit)> = Vec::new();
    let mut consider = |title: &str, body: String, hit: Hit| {
        if matches(&format!("{title} {body}")) {
            scored.push((!matches(title), hit));
        }
    };
    for track in &framework.tracks {
        consider(
            &track.name,
            format!("{} {}", track.kind.label(), track.description),
            Hit {
                target: Target::Track(track.id.clone()),
                title: track.name.clone(),
                context: track.kind.label().into(),
            },
        );
        for level in &track.levels {
            let milestones: Vec<&str> = level.milestones.iter().map(|m| m.title.as_str()).collect();
            consider(
                &level.title,
                format!(
                    "{} {} {} {} {}",
                    track.name,
                    level.summary,
                    level.impact,
                    level.influence,
                    milestones.join(" ")
                ),
                Hit {
                    target: Target::Role(RoleRef::new(&track.id, &level.id)),
                    title: level.title.clone(),
                    context: format!("{} · band {}", track.name, level.band),
                },
            );
        }
    }
    for competency in &framework.competencies {
        let descriptors: Vec<&str> = competency.descriptors.values().map(Descriptor::text).collect();
        consider(
            &competency.name,
            format!("{} {} {}", competency.theme, competency.description, descriptors.join(" ")),
            Hit {
                target: Target::Competency(competency.id.clone()),
                title: competency.name.clone(),
                context: format!("Competency · {}", competency.theme),
            },
        );
    }
    // Stable sort keeps framework order within each group.
    scored.sort_by_key(|(body_only, _)| *body_only);
    scored.into_iter().map(|(_, hit)| hit).collect()
}
