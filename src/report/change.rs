//! One change between two versions of a framework, in a sentence.

use crate::core::diff::{Change, ChangeKind, Subject, Value};
use crate::core::display::{points, thousands};

/// What a change is about, named as an author would look for it, IDs in brackets.
pub fn subject_name(subject: &Subject) -> String {
    match subject {
        Subject::Framework => "the framework".to_string(),
        Subject::Track { id, name } => format!("the track {name} ({id})"),
        Subject::Role { track, track_name, level, title } => {
            format!("{title} in {track_name} ({track}/{level})")
        }
        Subject::Band { id, name } => format!("band {name} ({id})"),
        Subject::Competency { id, name } => format!("the competency {name} ({id})"),
        Subject::Expectation { track, level, title, competency_name, .. } => {
            format!("{title} ({track}/{level}) on {competency_name}")
        }
        Subject::Milestone { track, level, role_title, id, title } => {
            format!("the milestone “{title}” ({id}) of {role_title} ({track}/{level})")
        }
        Subject::Learning { id, title } => format!("the learning opportunity {title} ({id})"),
        Subject::Mobility { id } => format!("the mobility rule {id}"),
    }
}

/// A value before or after a change, in words.
pub fn value_text(value: &Value) -> String {
    match value {
        Value::Text(text) => format!("“{text}”"),
        Value::Labelled { name, detail } if detail.is_empty() => format!("“{name}”"),
        Value::Labelled { name, detail } => format!("“{name}” ({detail})"),
        Value::Step { name, rank, .. } => format!("{name} (step {} of its scale)", rank + 1),
        Value::Band { id, name, .. } => format!("{name} ({id})"),
        Value::Pay { min, mid, max, currency } => {
            format!("{}–{} {currency} (mid {})", thousands(*min), thousands(*max), thousands(*mid))
        }
        Value::Points(count) => points(*count),
        Value::Sunset { date, successor: Some(to) } => {
            format!("{date}, succeeded by {}/{}", to.track, to.level)
        }
        Value::Sunset { date, successor: None } => format!("{date}, with no successor"),
        Value::Route { from_track, to } => {
            format!("from the track {from_track} to {}/{}", to.track, to.level)
        }
    }
}

fn shown(value: &Option<Value>) -> String {
    value.as_ref().map_or_else(|| "nothing".to_string(), value_text)
}

/// A text value as written (a parity warning's message is already a sentence).
fn plain(value: &Option<Value>) -> String {
    match value {
        Some(Value::Text(text)) => text.clone(),
        other => shown(other),
    }
}

/// The part of a subject an aspect names: `descriptors.practitioner` → "descriptor for
/// practitioner".
fn aspect_words(aspect: &str) -> String {
    match aspect {
        "text" => "expectation text".to_string(),
        other => match other.strip_prefix("descriptors.") {
            Some(step) => format!("descriptor for {step}"),
            None => other.to_string(),
        },
    }
}

/// Section headings of a comparison, one per kind of change.
pub fn kind_heading(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Added => "Added",
        ChangeKind::Removed => "Removed",
        ChangeKind::Renamed => "Renamed",
        ChangeKind::IdReused => "IDs reused for something different",
        ChangeKind::ExpectationRaised => "Expectations raised",
        ChangeKind::ExpectationLowered => "Expectations lowered",
        ChangeKind::ThresholdRaised => "Points thresholds raised",
        ChangeKind::ThresholdLowered => "Points thresholds lowered",
        ChangeKind::BandMoved => "Band moves",
        ChangeKind::PayRaised => "Pay raised",
        ChangeKind::PayLowered => "Pay lowered",
        ChangeKind::PayPublished => "Pay published",
        ChangeKind::PayWithdrawn => "Pay no longer published",
        ChangeKind::CurrencyChanged => "Pay in another currency",
        ChangeKind::SunsetAdded => "Sunsets added",
        ChangeKind::SunsetRemoved => "Sunsets lifted",
        ChangeKind::SunsetMoved => "Sunsets changed",
        ChangeKind::RouteChanged => "Mobility rules leading elsewhere",
        ChangeKind::ParityWarningNew => "New parity warnings",
        ChangeKind::ParityWarningResolved => "Parity warnings resolved",
        ChangeKind::Reworded => "Wording",
    }
}

pub(super) fn capitalized(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// One change in a sentence, for the comparison's list and the studio.
pub fn change_sentence(change: &Change) -> String {
    let subject = subject_name(&change.subject);
    let (before, after) = (shown(&change.before), shown(&change.after));
    let competency = match &change.subject {
        Subject::Expectation { competency_name, .. } => competency_name.as_str(),
        _ => "",
    };
    let role = match &change.subject {
        Subject::Expectation { track, level, title, .. } => format!("{title} ({track}/{level})"),
        _ => subject.clone(),
    };
    let sentence = match change.kind {
        ChangeKind::Added => format!("Added {subject}."),
        ChangeKind::Removed => format!("Removed {subject}."),
        ChangeKind::Renamed => format!("Renamed {subject}: {before} is now {after}."),
        ChangeKind::IdReused => format!(
            "The ID of {subject} now names something different: {before} became {after}. \
             Anything that refers to the ID (stored assessments, links) now points at the new one; \
             give the new one its own ID."
        ),
        ChangeKind::ExpectationRaised if change.before.is_none() => {
            format!("{role} now expects {competency} at {after} (a new expectation).")
        }
        ChangeKind::ExpectationRaised => format!("{role} expects {competency} at {after}, up from {before}."),
        ChangeKind::ExpectationLowered if change.after.is_none() => {
            format!("{role} no longer expects {competency} (was {before}).")
        }
        ChangeKind::ExpectationLowered => {
            format!("{role} expects {competency} at {after}, down from {before}.")
        }
        ChangeKind::ThresholdRaised if change.before.is_none() => format!("{subject} now needs {after}."),
        ChangeKind::ThresholdRaised => format!("{subject} needs {after}, up from {before}."),
        ChangeKind::ThresholdLowered if change.after.is_none() => {
            format!("{subject} no longer has a points threshold (was {before}).")
        }
        ChangeKind::ThresholdLowered => format!("{subject} needs {after}, down from {before}."),
        ChangeKind::BandMoved => {
            let lower = matches!(
                (&change.before, &change.after),
                (Some(Value::Band { rank: a, .. }), Some(Value::Band { rank: b, .. })) if b < a
            );
            let direction = if lower { "a lower band" } else { "another band" };
            format!("{subject} moves to {direction}: from {before} to {after}.")
        }
        ChangeKind::PayRaised => format!("Pay for {subject} goes up: from {before} to {after}."),
        ChangeKind::PayLowered => format!("Pay for {subject} goes down: from {before} to {after}."),
        ChangeKind::PayPublished => format!("Pay for {subject} is now published: {after}."),
        ChangeKind::PayWithdrawn => format!("Pay for {subject} is no longer published (was {before})."),
        ChangeKind::CurrencyChanged => {
            format!("Pay for {subject} is in another currency, so the figures can't be compared: from {before} to {after}.")
        }
        ChangeKind::SunsetAdded => format!("{subject} is to be phased out: {after}."),
        ChangeKind::SunsetRemoved => format!("{subject} is no longer being phased out (was {before})."),
        ChangeKind::SunsetMoved => format!("The sunset of {subject} changes from {before} to {after}."),
        ChangeKind::RouteChanged => format!("{subject} now leads {after} (was {before})."),
        ChangeKind::ParityWarningNew => format!("New parity warning: {}", plain(&change.after)),
        ChangeKind::ParityWarningResolved => format!("Resolved parity warning: {}", plain(&change.before)),
        ChangeKind::Reworded => {
            let aspect = change.aspect.as_deref().map(aspect_words).unwrap_or_else(|| "text".to_string());
            match (&change.before, &change.after) {
                (None, _) => format!("Wrote the {aspect} of {subject}."),
                (_, None) => format!("Removed the {aspect} of {subject}."),
                _ => format!("Reworded the {aspect} of {subject}."),
            }
        }
    };
    capitalized(sentence)
}
