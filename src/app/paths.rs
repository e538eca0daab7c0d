//! Every URL the app links to, in one place, prefixed with the base the app is hosted under.
//! The router resolves absolute links from the origin, so the base must be added here.
//! In the studio bundle the public pages render a draft under `<site>/studio/preview`, so
//! their links stay in the preview: there the pages' base and the router's differ.

use std::sync::OnceLock;

use super::routes::{PrivateSection, STUDIO_SECTION};
use crate::core::framework::RoleRef;

/// What the public pages' links start with.
static BASE: OnceLock<String> = OnceLock::new();
/// What the router serves (its `base`): the same as [`BASE`] except in the studio.
static ROUTER_BASE: OnceLock<String> = OnceLock::new();
/// Where the site is hosted ("" or "/careers").
static SITE: OnceLock<String> = OnceLock::new();

/// Records the hosting base ("" or "/careers"); called once at start.
pub fn set_base(base: String) {
    let _ = SITE.set(base.clone());
    let _ = ROUTER_BASE.set(base.clone());
    let _ = BASE.set(base);
}

/// In the studio bundle, called once at start with the hosting base: the router serves
/// `<site>/studio`, and the public pages link inside `<site>/studio/preview`.
pub fn set_studio_base(site: String) {
    let studio = format!("{site}/{STUDIO_SECTION}");
    let _ = BASE.set(format!("{studio}/preview"));
    let _ = ROUTER_BASE.set(studio);
    let _ = SITE.set(site);
}

pub fn base() -> String {
    BASE.get().cloned().unwrap_or_default()
}

/// The base the router is given.
pub fn router_base() -> String {
    ROUTER_BASE.get().or(BASE.get()).cloned().unwrap_or_default()
}

fn site() -> String {
    SITE.get().cloned().unwrap_or_default()
}

/// The router's `navigate` adds its base itself, unlike `<A href>`: strip it for navigate.
pub fn without_base(href: &str) -> &str {
    let base = ROUTER_BASE.get().or(BASE.get()).map(String::as_str).unwrap_or_default();
    href.strip_prefix(base).filter(|rest| rest.starts_with('/')).unwrap_or(href)
}

fn at(path: &str) -> String {
    format!("{}{path}", base())
}

pub fn home() -> String {
    at("/")
}

pub fn track(id: &str) -> String {
    at(&format!("/tracks/{}", encode(id)))
}

pub fn role(role: &RoleRef) -> String {
    at(&format!("/tracks/{}/{}", encode(&role.track), encode(&role.level)))
}

pub fn competency(id: &str) -> String {
    at(&format!("/competencies/{}", encode(id)))
}

/// A role as one query value, "track/level".
pub fn role_key(role: &RoleRef) -> String {
    format!("{}/{}", role.track, role.level)
}

pub fn parse_role_key(key: &str) -> Option<RoleRef> {
    let (track, level) = key.split_once('/')?;
    Some(RoleRef::new(track, level))
}

pub fn compare(a: Option<&RoleRef>, b: Option<&RoleRef>) -> String {
    let mut query = Vec::new();
    if let Some(a) = a {
        query.push(format!("a={}", encode(&role_key(a))));
    }
    if let Some(b) = b {
        query.push(format!("b={}", encode(&role_key(b))));
    }
    if query.is_empty() {
        at("/compare")
    } else {
        at(&format!("/compare?{}", query.join("&")))
    }
}

/// The first page of a private section.
pub fn section(section: &PrivateSection) -> String {
    at(&format!("/{}", section.segment))
}

pub fn assess() -> String {
    at("/assess")
}

/// One theme's section of the self-assessment (`anchor` is an element ID the page made).
pub fn assess_theme(anchor: &str) -> String {
    format!("{}#{anchor}", assess())
}

pub fn fit() -> String {
    at("/fit")
}

/// The gap view for one role.
pub fn gaps(role: &RoleRef) -> String {
    at(&format!("/fit/{}/{}", encode(&role.track), encode(&role.level)))
}

pub fn plan() -> String {
    at("/plan")
}

pub fn history() -> String {
    at("/history")
}

pub fn my_data() -> String {
    at("/data")
}

/// The manager's workspace for rating someone else, with one person's review open.
pub fn review(person_slug: Option<&str>) -> String {
    match person_slug {
        None => at("/review"),
        Some(slug) => at(&format!("/review?person={}", encode(slug))),
    }
}

pub fn search(query: &str) -> String {
    if query.is_empty() {
        at("/search")
    } else {
        at(&format!("/search?q={}", encode(query)))
    }
}

/// The studio's first page: the draft, opened or to open.
pub fn studio_draft() -> String {
    format!("{}/{STUDIO_SECTION}", site())
}

/// Every problem and lint finding of the draft, with its source.
pub fn studio_problems() -> String {
    format!("{}/problems", studio_draft())
}

/// The draft's downloads: its file, the workbook, and the open standards.
pub fn studio_export() -> String {
    format!("{}/export", studio_draft())
}

/// The public site rendering the draft (in the studio bundle, [`home`] is the same page).
pub fn studio_preview() -> String {
    format!("{}/preview", studio_draft())
}

/// The draft compared with the published framework or another file.
pub fn studio_compare() -> String {
    format!("{}/compare", studio_draft())
}

/// The draft's governance: review dates, version, changelog, sunsets.
pub fn studio_governance() -> String {
    format!("{}/governance", studio_draft())
}

/// The council's printable review packet for the draft.
pub fn studio_packet() -> String {
    format!("{}/packet", studio_draft())
}

/// What publishing the draft would change in the person's own stored assessment.
pub fn studio_changes_for_me() -> String {
    format!("{}/me", studio_preview())
}

/// Percent-encodes everything but unreserved characters and "/" (kept readable in role keys).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_keys_round_trip() {
        let role = RoleRef::new("technical", "t5");
        assert_eq!(parse_role_key(&role_key(&role)), Some(role));
        assert_eq!(parse_role_key("nonsense"), None);
    }

    #[test]
    fn private_links_lead_to_the_private_sections() {
        let sections: Vec<String> = super::super::routes::PRIVATE_SECTIONS.iter().map(section).collect();
        assert_eq!(sections, [assess(), fit(), plan(), history(), my_data(), review(None)]);
        assert!(gaps(&RoleRef::new("a", "1")).starts_with(&fit()));
    }

    #[test]
    fn encodes_query_text() {
        assert_eq!(search("staff engineer & co"), "/search?q=staff%20engineer%20%26%20co");
        assert_eq!(compare(Some(&RoleRef::new("a", "1")), None), "/compare?a=a/1");
    }
}
