//! Words only: descriptions, summaries, descriptors, expectation text and milestone evidence.
//! Nobody's standing changes, so every one is a patch.

use std::collections::BTreeSet;

use super::bands::band_reused;
use super::change::{Change, ChangeKind, Impact, Subject, Value};
use super::competencies::{competency_reused, subject as competency_subject};
use super::learning::{learning_reused, subject as learning_subject};
use super::matching::by_id;
use super::milestones::kept_milestones;
use super::tracks::kept_tracks;
use super::{kept_roles, KeptRole};
use crate::core::framework::Framework;

/// Pushes a rewording when the text differs; `None` is a text left out (or added).
fn reworded(
    out: &mut Vec<Change>,
    subject: Subject,
    aspect: &str,
    path: String,
    before: Option<&str>,
    after: Option<&str>,
) {
    let (before, after) = (written(before), written(after));
    if before != after {
        out.push(
            Change::new(ChangeKind::Reworded, subject, Impact::Patch)
                .aspect(aspect)
                .before(before.map(|t| Value::Text(t.to_string())))
                .after(after.map(|t| Value::Text(t.to_string())))
                .at(path),
        );
    }
}

/// A text as written, `None` when left out or blank.
fn written(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    reworded(
        out,
        Subject::Framework,
        "purpose",
        "meta.purpose".into(),
        Some(&old.meta.purpose),
        Some(&new.meta.purpose),
    );
    for (before, t, after) in kept_tracks(old, new) {
        let path = format!("tracks[{t}].description");
        reworded(
            out,
            Subject::track(after),
            "description",
            path,
            Some(&before.description),
            Some(&after.description),
        );
    }
    for (before, b, after) in by_id(&old.bands, &new.bands, |b| &b.id).kept {
        if band_reused(old, new, before, after) {
            continue;
        }
        let subject = Subject::Band { id: after.id.clone(), name: after.name.clone() };
        for (aspect, was, is) in [
            ("scope", &before.scope, &after.scope),
            ("impact", &before.impact, &after.impact),
            ("autonomy", &before.autonomy, &after.autonomy),
        ] {
            reworded(out, subject.clone(), aspect, format!("bands[{b}].{aspect}"), Some(was), Some(is));
        }
    }
    for role in kept_roles(old, new) {
        role_words(old, new, &role, out);
    }
    competency_words(old, new, out);
    for (before, i, after) in by_id(&old.learning, &new.learning, |l| &l.id).kept {
        if !learning_reused(before, after) {
            let path = format!("learning[{i}].description");
            reworded(
                out,
                learning_subject(after),
                "description",
                path,
                Some(&before.description),
                Some(&after.description),
            );
        }
    }
}

fn role_words(old: &Framework, new: &Framework, role: &KeptRole, out: &mut Vec<Change>) {
    let (before, after) = (role.old, role.new);
    for (aspect, was, is) in [
        ("summary", &before.summary, &after.summary),
        ("impact", &before.impact, &after.impact),
        ("autonomy", &before.autonomy, &after.autonomy),
        ("influence", &before.influence, &after.influence),
    ] {
        reworded(out, role.subject(), aspect, format!("{}.{aspect}", role.path), Some(was), Some(is));
    }
    for (e, expectation) in after.expectations.iter().enumerate() {
        let Some(earlier) = before.expectations.iter().find(|x| x.competency == expectation.competency)
        else {
            continue;
        };
        let competency = &expectation.competency;
        let name = new
            .competency(competency)
            .or(old.competency(competency))
            .map_or(competency.as_str(), |c| &c.name);
        let subject = Subject::Expectation {
            track: role.track.id.clone(),
            level: after.id.clone(),
            title: after.title.clone(),
            competency: competency.clone(),
            competency_name: name.to_string(),
        };
        let path = format!("{}.expectations[{e}].text", role.path);
        reworded(out, subject, "text", path, earlier.text.as_deref(), expectation.text.as_deref());
    }
    for (was, path, is) in kept_milestones(role) {
        let subject = Subject::Milestone {
            track: role.track.id.clone(),
            level: after.id.clone(),
            role_title: after.title.clone(),
            id: is.id.clone(),
            title: is.title.clone(),
        };
        reworded(
            out,
            subject.clone(),
            "evidence",
            format!("{path}.evidence"),
            Some(&was.evidence),
            Some(&is.evidence),
        );
        reworded(
            out,
            subject,
            "verification",
            format!("{path}.verification"),
            Some(&was.verification),
            Some(&is.verification),
        );
    }
}

fn competency_words(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    for (before, c, after) in by_id(&old.competencies, &new.competencies, |c| &c.id).kept {
        if competency_reused(before, after) {
            continue;
        }
        let path = format!("competencies[{c}]");
        let description = (Some(before.description.as_str()), Some(after.description.as_str()));
        reworded(
            out,
            competency_subject(after),
            "description",
            format!("{path}.description"),
            description.0,
            description.1,
        );
        let steps: BTreeSet<&String> = before.descriptors.keys().chain(after.descriptors.keys()).collect();
        // In the order of the new scale where it has the step, so a descriptor reads low to high.
        let scale = new.scale_of(after);
        let mut steps: Vec<&String> = steps.into_iter().collect();
        steps.sort_by_key(|id| scale.iter().position(|p| &p.id == *id).unwrap_or(usize::MAX));
        for step in steps {
            let aspect = format!("descriptors.{step}");
            let was = before.descriptors.get(step).map(|d| d.text());
            let is = after.descriptors.get(step).map(|d| d.text());
            let at = if is.is_some() { format!("{path}.{aspect}") } else { format!("{path}.descriptors") };
            reworded(out, competency_subject(after), &aspect, at, was, is);
        }
    }
}
