//! A framework's own version number (`meta.version`): how to bump it after a change, and
//! whether one version is older than another.
//!
//! Versions are read as one to three whole numbers separated by dots, optionally after a
//! `v`: semver-like `1.4.2`, calendar-like `2026.1`, or a single `3`. A bump keeps the
//! number of parts, except that a patch adds a part where there is no third one, and a minor
//! where there is no second:
//!
//! | before | major | minor | patch |
//! | --- | --- | --- | --- |
//! | `1.4.2` | `2.0.0` | `1.5.0` | `1.4.3` |
//! | `2026.1` | `2027.0` | `2026.2` | `2026.1.1` |
//! | `3` | `4` | `3.1` | `3.0.1` |
//!
//! A calendar version bumped for a major change reads as next year's (`2027.0`): the rule
//! is the same for every style rather than guessing which number is a year. Anything else
//! (`2026-spring`, `1.0.0-beta`) can't be bumped: `bump` returns `None` and the impact
//! alone says what is needed.

use std::cmp::Ordering;

use crate::core::diff::Impact;

/// The prefix (`""` or `"v"`) and the numbers of a version, or `None`.
fn parse(version: &str) -> Option<(&str, Vec<u64>)> {
    let version = version.trim();
    let (prefix, rest) = match version.strip_prefix(['v', 'V']) {
        Some(rest) => (&version[..1], rest),
        None => ("", version),
    };
    let parts: Vec<&str> = rest.split('.').collect();
    if parts.is_empty() || parts.len() > 3 {
        return None;
    }
    let numbers = parts
        .iter()
        .map(|p| if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) { p.parse().ok() } else { None })
        .collect::<Option<Vec<u64>>>()?;
    Some((prefix, numbers))
}

/// `version` bumped for a change of this impact (see the module's table), or `None` when it
/// isn't one to three numbers separated by dots.
pub fn bump(version: &str, impact: Impact) -> Option<String> {
    let (prefix, mut numbers) = parse(version)?;
    let at = match impact {
        Impact::Major => 0,
        Impact::Minor => 1,
        Impact::Patch => 2,
    };
    while numbers.len() <= at {
        numbers.push(0);
    }
    numbers[at] = numbers[at].checked_add(1)?;
    for later in &mut numbers[at + 1..] {
        *later = 0;
    }
    let text: Vec<String> = numbers.iter().map(u64::to_string).collect();
    Some(format!("{prefix}{}", text.join(".")))
}

/// How version `a` compares with `b`, number by number (a missing part counts as 0, so
/// `2026.1` equals `2026.1.0`); `None` when either can't be read.
pub fn compare_versions(a: &str, b: &str) -> Option<Ordering> {
    let ((_, mut a), (_, mut b)) = (parse(a)?, parse(b)?);
    let len = a.len().max(b.len());
    a.resize(len, 0);
    b.resize(len, 0);
    Some(a.cmp(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_prefixed_versions_and_rejects_words() {
        assert_eq!(bump("v1.2", Impact::Minor).as_deref(), Some("v1.3"));
        assert_eq!(bump("1.0.0-beta", Impact::Patch), None);
        assert_eq!(bump("1.2.3.4", Impact::Patch), None);
        assert_eq!(bump("", Impact::Patch), None);
        assert_eq!(bump("1..2", Impact::Patch), None);
        assert_eq!(compare_versions("2026.1", "2026.1.0"), Some(Ordering::Equal));
        assert_eq!(compare_versions("2025.3", "2026.1"), Some(Ordering::Less));
        assert_eq!(compare_versions("1.10", "1.9"), Some(Ordering::Greater));
        assert_eq!(compare_versions("spring", "1.9"), None);
    }
}
