//! Properties of readiness on random format-2 frameworks and on the three format-2 fixtures:
//! tiers never contradict the percentages shown (unless the reason says why), readiness is
//! monotone on each competency's own scale (points roles included), points thresholds
//! behave, and the best next role is never below the current role's band.
#![cfg(not(target_arch = "wasm32"))]

use mosaic::core::assessment::storage::stamp;
use mosaic::core::assessment::*;
use mosaic::core::framework::{load, Framework, ReadinessPolicy, RoleRef};
use proptest::prelude::*;
use serde_json::{json, Value};

#[path = "support/dice.rs"]
mod dice;
use dice::Dice;

/// A random framework: a default scale and up to two named ones (2 to 7 steps, some worth
/// points), competencies in two themes on any of them, and tracks of roles with any mix of
/// expectations, milestones, points thresholds, or none of them; a random readiness policy.
fn random_framework(seed: u64) -> Framework {
    let mut dice = Dice(seed | 1);
    let pointed = dice.chance(60);
    let scale = |dice: &mut Dice, prefix: &str| -> Vec<Value> {
        let steps = dice.between(2, 7);
        let mut points = 0;
        (0..steps)
            .map(|i| {
                points += dice.between(1, 8);
                let mut step = json!({ "id": format!("{prefix}{i}"), "name": format!("{prefix} step {i}") });
                if pointed {
                    step["points"] = json!(points);
                }
                step
            })
            .collect()
    };
    let default_scale = scale(&mut dice, "d");
    let scales: Vec<Value> = (0..dice.between(0, 2))
        .map(|s| json!({ "id": format!("s{s}"), "name": format!("Scale {s}"), "levels": scale(&mut dice, &format!("s{s}-")) }))
        .collect();
    let competencies: Vec<(String, Option<usize>, Value)> = (0..dice.between(2, 6))
        .map(|c| {
            let on = (dice.between(0, scales.len() as u64) as usize).checked_sub(1);
            let theme = if dice.chance(50) { "A" } else { "B" };
            let mut value = json!({ "id": format!("c{c}"), "name": format!("Competency {c}"), "theme": theme, "descriptors": {} });
            if let Some(s) = on {
                value["scale"] = json!(format!("s{s}"));
            }
            (format!("c{c}"), on, value)
        })
        .collect();
    let steps_of = |on: Option<usize>| -> Vec<String> {
        let list = match on {
            Some(s) => scales[s]["levels"].as_array().unwrap().clone(),
            None => default_scale.clone(),
        };
        list.iter().map(|p| p["id"].as_str().unwrap().to_string()).collect()
    };
    let tracks: Vec<Value> = (0..dice.between(1, 3))
        .map(|t| {
            let mut band = dice.between(1, 2);
            let levels: Vec<Value> = (0..dice.between(1, 4))
                .map(|l| {
                    band = (band + dice.between(0, 1)).min(5);
                    let expectations: Vec<Value> = competencies
                        .iter()
                        .filter_map(|(id, on, _)| {
                            if !dice.chance(45) {
                                return None;
                            }
                            let steps = steps_of(*on);
                            let required = &steps[dice.between(0, steps.len() as u64 - 1) as usize];
                            Some(json!({ "competency": id, "proficiency": required, "weight": dice.between(1, 3) }))
                        })
                        .collect();
                    let milestones: Vec<Value> = (0..dice.between(0, 2))
                        .map(|m| json!({ "id": format!("m{m}"), "title": "M", "evidence": "", "verification": "", "horizon_months": 1 }))
                        .collect();
                    let mut level = json!({
                        "id": format!("t{t}l{l}"), "title": format!("Role {t}.{l}"), "band": format!("b{band}"), "summary": "",
                        "expectations": expectations, "milestones": milestones,
                    });
                    if pointed && dice.chance(40) {
                        let mut threshold = json!({ "total": dice.between(1, 40) });
                        if dice.chance(40) {
                            threshold["minimums"] = json!([{ "theme": "A", "points": dice.between(1, 15) }]);
                        }
                        level["points"] = threshold;
                    }
                    level
                })
                .collect();
            let mut track = json!({ "id": format!("t{t}"), "name": format!("Track {t}"), "description": "", "levels": levels });
            if dice.chance(10) {
                track["sunset"] = json!({ "date": "2030-01-01" });
            }
            track
        })
        .collect();
    let close = dice.between(1, 100);
    let policy = json!({
        "close_from_percent": close,
        "stretch_from_percent": dice.between(0, close),
        "milestone_share_percent": dice.between(0, 100),
        "expectations_met_percent": if dice.chance(50) { 100 } else { dice.between(1, 100) },
        "milestones_required": dice.chance(70),
    });
    let bands: Vec<Value> =
        (1..=5).map(|b| json!({ "id": format!("b{b}"), "name": format!("Band {b}") })).collect();
    serde_json::from_value(json!({
        "format": 2,
        "meta": { "id": "random", "name": "Random", "organization": "Random Co", "version": "1", "effective_date": "2026-01-01" },
        "governance": { "council": "Council", "last_review": "2026-01-01" },
        "bands": bands,
        "proficiency_scale": default_scale,
        "scales": scales,
        "competencies": competencies.into_iter().map(|(_, _, v)| v).collect::<Vec<_>>(),
        "tracks": tracks,
        "readiness": policy,
    }))
    .expect("a well-formed random framework")
}

/// A random person for a framework: some competencies rated anywhere on their own scale,
/// milestones in any state, maybe a current role and a track avoided.
fn random_person(framework: &Framework, seed: u64) -> Assessment {
    let mut dice = Dice(seed.rotate_left(17) | 1);
    let mut a = Assessment { framework: stamp(framework), ..Default::default() };
    for competency in &framework.competencies {
        let scale = framework.scale_of(competency);
        if dice.chance(70) {
            let step = &scale[dice.between(0, scale.len() as u64 - 1) as usize];
            a.ratings.insert(
                competency.id.clone(),
                Rating { proficiency: Some(step.id.clone()), evidence: vec![], updated: String::new() },
            );
        }
    }
    for (role, _, level) in framework.roles() {
        for milestone in &level.milestones {
            let status = MilestoneStatus::ALL[dice.between(0, 2) as usize];
            a.milestones.insert(
                milestone_key(&role, &milestone.id),
                MilestoneProgress { status, evidence: vec![], updated: String::new() },
            );
        }
    }
    let roles: Vec<RoleRef> = framework.roles().map(|(role, _, _)| role).collect();
    if dice.chance(50) {
        a.profile.current_role = Some(roles[dice.between(0, roles.len() as u64 - 1) as usize].clone());
    }
    if dice.chance(20) {
        a.profile.avoid =
            vec![framework.tracks[dice.between(0, framework.tracks.len() as u64 - 1) as usize].id.clone()];
    }
    a
}

fn fixtures() -> Vec<Framework> {
    [
        include_str!("fixtures/format2/ladder-yaml.json"),
        include_str!("fixtures/format2/points-ladder.json"),
        include_str!("fixtures/format2/multi-discipline.json"),
    ]
    .into_iter()
    .map(|text| load(text).expect("a fixture loads").framework)
    .collect()
}

/// Tiers never contradict the percentages: ranked by tier, then readiness; a role shown above
/// one with a higher percentage is Ready now, and its reason (an allowance of the policy)
/// says why. A Ready-now role below 100% always has such a reason.
fn check_ranking(f: &Framework, a: &Assessment) -> Result<(), TestCaseError> {
    let ranked = rank_roles(f, a);
    for r in &ranked {
        prop_assert!(f.level(&r.role).is_some_and(|(_, level)| f.has_criteria(level)));
        prop_assert_eq!(r.tier == Tier::ReadyNow, r.shortfalls.is_empty());
        if r.tier == Tier::ReadyNow && r.percent() < 100 {
            prop_assert!(
                !r.allowances.is_empty(),
                "{:?} is Ready now at {}% with no reason",
                r.role,
                r.percent()
            );
        }
        if r.tier != Tier::ReadyNow {
            prop_assert_eq!(
                r.tier,
                Tier::below_ready(&f.readiness, r.percent()),
                "the tier follows the percentage"
            );
        }
    }
    for (i, above) in ranked.iter().enumerate() {
        for below in &ranked[i + 1..] {
            prop_assert!(above.tier <= below.tier);
            if above.percent() < below.percent() {
                prop_assert!(
                    above.tier == Tier::ReadyNow && !above.allowances.is_empty(),
                    "{:?} ({:?} {}%) above {:?} ({:?} {}%) without a reason",
                    above.role,
                    above.tier,
                    above.percent(),
                    below.role,
                    below.tier,
                    below.percent()
                );
            }
        }
    }
    Ok(())
}

/// With the default policy, Ready now is exactly 100%.
fn check_default_policy(f: &Framework, a: &Assessment) -> Result<(), TestCaseError> {
    let mut f = f.clone();
    f.readiness = ReadinessPolicy::default();
    for r in rank_roles(&f, a) {
        prop_assert_eq!(
            r.tier == Tier::ReadyNow,
            r.percent() == 100,
            "{:?}: {:?} at {}%",
            r.role,
            r.tier,
            r.percent()
        );
    }
    Ok(())
}

/// Raising any rating one step on its own scale never lowers any role's score or tier.
fn check_monotone(f: &Framework, a: &Assessment, pick: usize) -> Result<(), TestCaseError> {
    let competency = &f.competencies[pick % f.competencies.len()];
    let scale = f.scale_of(competency);
    let current = a.proficiency(&competency.id).and_then(|p| f.proficiency_rank(&competency.id, p));
    let higher = current.map_or(0, |c| (c + 1).min(scale.len() - 1));
    let mut raised = a.clone();
    raised.ratings.insert(
        competency.id.clone(),
        Rating { proficiency: Some(scale[higher].id.clone()), evidence: vec![], updated: String::new() },
    );
    for (role, _, _) in f.roles() {
        match (readiness(f, a, &role), readiness(f, &raised, &role)) {
            (Some(before), Some(after)) => {
                prop_assert!(
                    after.score >= before.score - 1e-12,
                    "{:?}: {} -> {}",
                    role,
                    before.score,
                    after.score
                );
                prop_assert!(after.tier <= before.tier, "{:?}: {:?} -> {:?}", role, before.tier, after.tier);
                if let (Some(p0), Some(p1)) = (&before.points, &after.points) {
                    prop_assert!(p1.have >= p0.have && p1.share() >= p0.share());
                }
            }
            (None, None) => {}
            other => prop_assert!(false, "criteria don't depend on ratings: {:?}", other),
        }
    }
    Ok(())
}

/// A points threshold is met exactly when its share is 1.0, and raising along the listed
/// raises meets it whenever it is reachable.
fn check_points(f: &Framework, a: &Assessment) -> Result<(), TestCaseError> {
    let reached: Vec<u32> = f
        .competencies
        .iter()
        .map(|c| a.proficiency(&c.id).and_then(|p| f.proficiency_rank(&c.id, p)).map_or(0, |r| r as u32 + 1))
        .collect();
    for (role, _, level) in f.roles() {
        let Some(threshold) = &level.points else { continue };
        let standing = f.points_standing(threshold, &|c| reached[c]);
        prop_assert_eq!(standing.met(), standing.share() == 1.0);
        prop_assert_eq!(standing.met(), standing.raises.is_empty() && standing.reachable);
        let r = readiness(f, a, &role).expect("a points role has criteria");
        prop_assert_eq!(r.points.as_ref(), Some(&standing), "readiness reports the same standing");
        prop_assert_eq!(r.shortfalls.contains(&Shortfall::Points), !standing.met());
        if standing.reachable {
            let mut after = reached.clone();
            for raise in &standing.raises {
                prop_assert_eq!(after[raise.competency], raise.from);
                after[raise.competency] = raise.to;
            }
            let raised = f.points_standing(threshold, &|c| after[c]);
            prop_assert!(
                raised.met(),
                "{:?}: the listed raises reach {} of {}",
                role,
                raised.have,
                raised.need
            );
        }
    }
    Ok(())
}

/// The best next role per track: never below the current role's band, never the current
/// role, never a sunset or avoided track, always a role with criteria; Ready now when any
/// role on offer in that track is.
fn check_next_roles(f: &Framework, a: &Assessment) -> Result<(), TestCaseError> {
    let floor = a
        .profile
        .current_role
        .as_ref()
        .and_then(|role| f.level(role))
        .and_then(|(_, level)| f.band_rank(&level.band))
        .unwrap_or(0);
    let mut tracks_seen = Vec::new();
    for r in next_role_per_track(f, a) {
        let (track, level) = f.level(&r.role).expect("a role of the framework");
        prop_assert!(f.band_rank(&level.band).unwrap() >= floor, "{:?} is below the current band", r.role);
        prop_assert!(a.profile.current_role.as_ref() != Some(&r.role));
        prop_assert!(track.sunset.is_none() && level.sunset.is_none());
        prop_assert!(!a.profile.avoid.contains(&track.id));
        prop_assert!(!tracks_seen.contains(&track.id), "one per track");
        tracks_seen.push(track.id.clone());
        let ranked = rank_roles(f, a);
        let ready_on_offer = ranked.iter().any(|other| {
            other.role.track == track.id
                && other.tier == Tier::ReadyNow
                && f.level(&other.role).and_then(|(_, l)| f.band_rank(&l.band)).unwrap() >= floor
                && a.profile.current_role.as_ref().is_none_or(|current| {
                    // Behind the current role on its own track is not on offer.
                    current.track != track.id
                        || track.levels.iter().position(|l| l.id == other.role.level)
                            > track.levels.iter().position(|l| l.id == current.level)
                })
        });
        if ready_on_offer {
            prop_assert_eq!(r.tier, Tier::ReadyNow, "{:?}: a role ready now was on offer", r.role);
        }
    }
    Ok(())
}

fn check_all(f: &Framework, a: &Assessment, pick: usize) -> Result<(), TestCaseError> {
    let separately = WhereIFit {
        ranked: rank_roles(f, a),
        best_next: next_role_per_track(f, a),
        without_criteria: roles_without_criteria(f, a),
    };
    prop_assert_eq!(where_i_fit(f, a), separately, "/fit's one scoring gives what the three functions do");
    check_ranking(f, a)?;
    check_default_policy(f, a)?;
    check_monotone(f, a, pick)?;
    check_points(f, a)?;
    check_next_roles(f, a)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn readiness_is_honest_on_random_frameworks(seed in any::<u64>(), person in any::<u64>(), pick in any::<usize>()) {
        let f = random_framework(seed);
        let a = random_person(&f, person);
        check_all(&f, &a, pick)?;
    }

    #[test]
    fn readiness_is_honest_on_the_format_2_fixtures(which in 0usize..3, person in any::<u64>(), pick in any::<usize>()) {
        let f = &fixtures()[which];
        let a = random_person(f, person);
        check_all(f, &a, pick)?;
    }
}

#[test]
fn random_frameworks_cover_every_shape() {
    // The generator must actually produce what the properties are about.
    let (mut points, mut no_criteria, mut scales, mut most_of, mut ready_below_100) = (0, 0, 0, 0, 0);
    for seed in 0..300u64 {
        let f = random_framework(seed * 7919 + 1);
        let a = random_person(&f, seed);
        points += usize::from(f.roles().any(|(_, _, l)| l.points.is_some()));
        no_criteria += usize::from(f.roles().any(|(_, _, l)| !f.has_criteria(l)));
        scales += usize::from(!f.scales.is_empty());
        most_of += usize::from(f.readiness.expectations_met_percent < 100);
        ready_below_100 +=
            rank_roles(&f, &a).iter().filter(|r| r.tier == Tier::ReadyNow && r.percent() < 100).count();
    }
    assert!(
        points > 50 && no_criteria > 10 && scales > 100 && most_of > 50,
        "{points} {no_criteria} {scales} {most_of}"
    );
    assert!(ready_below_100 > 10, "Ready now below 100% (with its reason) must come up: {ready_below_100}");
}
