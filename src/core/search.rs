//! Free-text search across tracks, roles and competencies.

use crate::core::framework::{Framework, Level, RoleRef};

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
        // A track of a framework's own family is described by that family, not the built-in kind.
        let kind = framework.family_of(track).map_or(track.kind.label(), |f| f.name.as_str());
        consider(
            &track.name,
            format!("{kind} {}", track.description),
            Hit { target: Target::Track(track.id.clone()), title: track.name.clone(), context: kind.into() },
        );
        for level in &track.levels {
            consider(
                &level.title,
                format!("{} {}", track.name, role_text(level)),
                Hit {
                    target: Target::Role(RoleRef::new(&track.id, &level.id)),
                    title: level.title.clone(),
                    context: format!("{} · band {}", track.name, level.band),
                },
            );
        }
    }
    for competency in &framework.competencies {
        let descriptors: Vec<String> = competency
            .descriptors
            .values()
            .map(|d| format!("{} {} {}", d.text(), d.examples().join(" "), d.signals().join(" ")))
            .collect();
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

/// Everything a role's page says in words: summary, scope, its own examples and signals, the
/// expectations in its own words with theirs, and its milestones.
fn role_text(level: &Level) -> String {
    let mut parts: Vec<&str> = vec![&level.summary, &level.impact, &level.autonomy, &level.influence];
    parts.extend(level.examples.iter().chain(&level.signals).map(String::as_str));
    for expectation in &level.expectations {
        parts.extend(expectation.text.as_deref());
        parts.extend(expectation.examples.iter().chain(&expectation.signals).map(String::as_str));
    }
    for milestone in &level.milestones {
        parts.push(&milestone.title);
        parts.extend(milestone.examples.iter().chain(&milestone.signals).map(String::as_str));
    }
    parts.join(" ")
}
