//! Stable identifiers for the standards exports.
//!
//! CASE wants a UUID for every object and Open Badges a URI for every achievement. Random
//! UUIDs would give the same competency a new identifier at every export, and the learning
//! platform that imported last year's framework would see every item as new. So every
//! identifier is a name-based UUID (version 5, SHA-1) of what the object *is* in the
//! framework: the framework's `meta.id`, the kind of object and the IDs that locate it.
//!
//! ```text
//! uuid = UUIDv5(MOSAIC_NAMESPACE, JSON array of strings)
//!        e.g. ["tiny","competency","code"], ["tiny","role","tech","t2"]
//! ```
//!
//! The name is a JSON array so that no ID (or theme, which is free text) can run into the
//! next part. Wording, order and every other field play no part: rewording a competency
//! keeps its identifier, and only a new ID (a new item, or a renamed ID) gives a new one.

use serde::Serialize;
use uuid::Uuid;

/// The namespace of every Mosaic identifier: `UUIDv5(NAMESPACE_URL, "urn:mosaic:standards")`,
/// written out so that it can never change by accident (a test recomputes it).
pub const MOSAIC_NAMESPACE: Uuid = Uuid::from_u128(0xe80b_41bf_83fd_5ed6_ab38_927c_22e3_1f76);

/// What an identifier names, with the IDs that locate it in the framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject<'a> {
    /// The framework itself (the CASE `CFDocument`).
    Document,
    /// The organization that publishes it (the Open Badges achievements' creator).
    Organization,
    /// A competency theme, as written on the competencies.
    Theme(&'a str),
    Competency(&'a str),
    Track(&'a str),
    /// A role: track ID and level ID.
    Role(&'a str, &'a str),
    /// A milestone: track, level and milestone IDs.
    Milestone(&'a str, &'a str, &'a str),
    /// The framework's one rubric (proficiency descriptors of every competency).
    Rubric,
    /// A competency's criterion in the rubric.
    Criterion(&'a str),
    /// One step of a competency's scale in the rubric: competency and proficiency IDs.
    CriterionLevel(&'a str, &'a str),
    /// A learning opportunity's Open Badges achievement.
    Achievement(&'a str),
    /// An association: its type and the identifiers of its origin and destination.
    Association(&'a str, Uuid, Uuid),
}

/// The stable UUID of `subject` in the framework whose `meta.id` is `framework`.
pub fn stable_uuid(framework: &str, subject: Subject) -> Uuid {
    let name = serde_json::to_string(&name_parts(framework, subject)).expect("strings serialize");
    Uuid::new_v5(&MOSAIC_NAMESPACE, name.as_bytes())
}

fn name_parts(framework: &str, subject: Subject) -> Vec<String> {
    let parts: Vec<&str> = match subject {
        Subject::Document => vec!["document"],
        Subject::Organization => vec!["organization"],
        Subject::Theme(theme) => vec!["theme", theme],
        Subject::Competency(id) => vec!["competency", id],
        Subject::Track(id) => vec!["track", id],
        Subject::Role(track, level) => vec!["role", track, level],
        Subject::Milestone(track, level, id) => vec!["milestone", track, level, id],
        Subject::Rubric => vec!["rubric"],
        Subject::Criterion(competency) => vec!["criterion", competency],
        Subject::CriterionLevel(competency, step) => vec!["criterion-level", competency, step],
        Subject::Achievement(id) => vec!["achievement", id],
        Subject::Association(kind, origin, destination) => {
            let ends = [origin.to_string(), destination.to_string()];
            return [framework, "association", kind].iter().map(|s| s.to_string()).chain(ends).collect();
        }
    };
    std::iter::once(framework).chain(parts).map(str::to_string).collect()
}

/// How the exports turn an identifier into the URI every CASE object and Open Badges
/// achievement must have: the base followed by the UUID. A base that ends in neither `/` nor
/// `:` gets a `/`, so `https://example.org/case` and `https://example.org/case/` agree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BaseUri(String);

/// The default base: `urn:uuid:`, a valid URI for every object without any server. It can't
/// be resolved on the network; give an `https://` base where the package will be published.
pub const DEFAULT_BASE_URI: &str = "urn:uuid:";

impl BaseUri {
    pub fn new(base: &str) -> Self {
        let base = base.trim();
        if base.is_empty() {
            BaseUri(DEFAULT_BASE_URI.to_string())
        } else if base.ends_with('/') || base.ends_with(':') {
            BaseUri(base.to_string())
        } else {
            BaseUri(format!("{base}/"))
        }
    }

    /// The URI of the object with this identifier.
    pub fn uri(&self, id: Uuid) -> String {
        format!("{}{}", self.0, id.hyphenated())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for BaseUri {
    fn default() -> Self {
        BaseUri::new(DEFAULT_BASE_URI)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_namespace_is_the_documented_name_based_uuid() {
        assert_eq!(MOSAIC_NAMESPACE, Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:mosaic:standards"));
    }

    #[test]
    fn the_same_subject_in_the_same_framework_has_the_same_uuid() {
        let a = stable_uuid("tiny", Subject::Role("tech", "t1"));
        assert_eq!(a, stable_uuid("tiny", Subject::Role("tech", "t1")));
        assert_ne!(a, stable_uuid("other", Subject::Role("tech", "t1")));
        assert_ne!(a, stable_uuid("tiny", Subject::Role("tech", "t2")));
        assert_eq!(a.get_version_num(), 5);
    }

    #[test]
    fn parts_cannot_run_into_each_other() {
        // A theme containing the separator a naive join would use.
        assert_ne!(stable_uuid("tiny", Subject::Theme("a/b")), stable_uuid("tiny/a", Subject::Theme("b")),);
    }

    #[test]
    fn a_base_uri_ends_in_a_separator() {
        let id = stable_uuid("tiny", Subject::Document);
        assert_eq!(BaseUri::default().uri(id), format!("urn:uuid:{id}"));
        assert_eq!(BaseUri::new("https://x.org/case").uri(id), format!("https://x.org/case/{id}"));
        assert_eq!(BaseUri::new("https://x.org/case/").uri(id), format!("https://x.org/case/{id}"));
    }
}
