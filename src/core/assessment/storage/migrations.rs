//! Older stored documents, brought up to the current data version one step at a time.
//! Each step is a pure function on the JSON, so an old export always reads.

use serde_json::Value;

use crate::core::assessment::DevelopmentPlan;

/// Version of the stored document this build writes.
/// 1: ratings, milestones, profile, snapshots. 2: adds the development plan.
/// 3: "not rated" is a missing proficiency instead of an empty string; the plan records
///    whether the person chose its excluded tracks (`tracks_chosen`).
pub const SCHEMA_VERSION: u32 = 3;

/// Upgrades from version `i + 1` to `i + 2`, in order.
const MIGRATIONS: &[fn(Value) -> Value] = &[v1_to_v2, v2_to_v3];

/// Applies every step from `version` up to [`SCHEMA_VERSION`]. `version` must be 1 or more.
pub fn migrate(mut document: Value, version: u32) -> Value {
    for step in &MIGRATIONS[(version as usize).saturating_sub(1)..] {
        document = step(document);
    }
    document["schema_version"] = Value::from(SCHEMA_VERSION);
    document
}

/// Version 2 adds an (empty) development plan.
fn v1_to_v2(mut document: Value) -> Value {
    if let Some(assessment) = document.get_mut("assessment").and_then(Value::as_object_mut) {
        assessment.entry("plan").or_insert_with(|| serde_json::json!({}));
    }
    document
}

/// Version 3: evidence attached before rating was stored with `"proficiency": ""`; now the
/// field is left out, so it can't be mistaken for a level the scale no longer has.
///
/// Version 2 wrote the default track exclusions into any plan at its default, so a plan that
/// isn't at its default holds exclusions the person saw and kept: they count as chosen.
fn v2_to_v3(mut document: Value) -> Value {
    if let Some(plan) = document.pointer_mut("/assessment/plan") {
        let chosen = serde_json::from_value::<DevelopmentPlan>(plan.clone())
            .is_ok_and(|p| p != DevelopmentPlan::default());
        if let (true, Some(plan)) = (chosen, plan.as_object_mut()) {
            plan.insert("tracks_chosen".into(), Value::Bool(true));
        }
    }
    for place in ["/assessment/ratings", "/assessment/retired/ratings"] {
        if let Some(map) = document.pointer_mut(place).and_then(Value::as_object_mut) {
            for rating in map.values_mut().filter_map(Value::as_object_mut) {
                if rating.get("proficiency").and_then(Value::as_str) == Some("") {
                    rating.remove("proficiency");
                }
            }
        }
    }
    document
}
