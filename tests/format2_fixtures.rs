//! The three format-2 fixtures in tests/fixtures/format2 load, and carry the shapes of the
//! published frameworks they imitate (issue 8): a per-level YAML ladder whose shared trunk
//! branches into individual-contributor and manager tracks, a points-based ladder, and a
//! multi-discipline framework with scales of different lengths. Other tests (pages, /fit,
//! the planner) rely on these shapes, so they are pinned here.

use std::collections::{BTreeMap, BTreeSet};

use mosaic::core::framework::{load, Descriptor, Framework, Link, Loaded, RoleRef};

fn loaded(name: &str, text: &str) -> Loaded {
    match load(text) {
        Ok(loaded) => loaded,
        Err(problems) => panic!("{name} does not load: {problems:#?}"),
    }
}

fn ladder_yaml() -> Loaded {
    loaded("ladder-yaml.json", include_str!("fixtures/format2/ladder-yaml.json"))
}

fn points_ladder() -> Loaded {
    loaded("points-ladder.json", include_str!("fixtures/format2/points-ladder.json"))
}

fn multi_discipline() -> Loaded {
    loaded("multi-discipline.json", include_str!("fixtures/format2/multi-discipline.json"))
}

/// Every link anywhere in the framework.
fn all_links(framework: &Framework) -> Vec<&Link> {
    let mut links: Vec<&Link> = Vec::new();
    for competency in &framework.competencies {
        links.extend(competency.descriptors.values().flat_map(Descriptor::links));
    }
    for (_, _, level) in framework.roles() {
        links.extend(&level.links);
        links.extend(level.expectations.iter().flat_map(|e| &e.links));
        links.extend(level.milestones.iter().flat_map(|m| &m.links));
        links.extend(level.promotion.iter().flat_map(|p| &p.links));
    }
    links.extend(framework.governance.promotion.iter().flat_map(|p| &p.links));
    links
}

fn assert_links_are_https(framework: &Framework) {
    let links = all_links(framework);
    assert!(!links.is_empty(), "{} has no links to check", framework.meta.id);
    for link in links {
        assert!(
            link.url.starts_with("https://example.org/") || link.url.starts_with("https://example.com/"),
            "{}: link {} is not an https URL on example.org or example.com",
            framework.meta.id,
            link.url
        );
    }
}

fn detailed_descriptors(framework: &Framework) -> usize {
    framework
        .competencies
        .iter()
        .flat_map(|c| c.descriptors.values())
        .filter(|d| matches!(d, Descriptor::Detailed(_)))
        .count()
}

// ---- ladder-yaml.json: shared trunk, IC and manager branches, per-role wording ----

#[test]
fn ladder_yaml_branches_from_the_last_level_of_a_shared_trunk() {
    let framework = ladder_yaml().framework;
    assert_eq!(framework.format, 2);
    let trunk = framework.track("engineering").expect("the trunk track");
    assert_eq!(trunk.levels.len(), 2);
    assert!(trunk.branches_from.is_none());
    let branch_point = RoleRef::new("engineering", "engineer-2");
    assert_eq!(trunk.levels.last().map(|l| l.id.as_str()), Some("engineer-2"));

    let ic = framework.track("individual-contributor").expect("the IC track");
    let managers = framework.track("engineering-management").expect("the manager track");
    for branch in [ic, managers] {
        assert_eq!(
            branch.branches_from.as_ref(),
            Some(&branch_point),
            "{} branches from Engineer II",
            branch.id
        );
        assert_eq!(branch.levels.len(), 3);
        // The branch's first level is the next band up from the branch point.
        let (_, from) = framework.level(&branch_point).expect("the branch point resolves");
        assert_eq!(
            framework.band_rank(&branch.levels[0].band),
            framework.band_rank(&from.band).map(|r| r + 1)
        );
    }
    assert!(!ic.manages_people);
    assert!(managers.manages_people);
    // Both branches reach the same top band, so neither is a second-class route.
    assert_eq!(ic.levels.last().map(|l| &l.band), managers.levels.last().map(|l| &l.band));
    assert_eq!(framework.tracks.len(), 3);
    assert_eq!(framework.roles().count(), 8);
}

#[test]
fn ladder_yaml_words_every_expectation_for_its_role() {
    let framework = ladder_yaml().framework;
    assert!((8..=10).contains(&framework.competencies.len()));
    assert!((4..=5).contains(&framework.proficiency_scale.len()));
    assert!(framework.scales.is_empty() && framework.competencies.iter().all(|c| c.scale.is_none()));
    let mut texts: BTreeMap<(&str, &str), BTreeSet<&str>> = BTreeMap::new();
    for (role, _, level) in framework.roles() {
        assert!(!level.expectations.is_empty(), "{role:?} has no expectations");
        for expectation in &level.expectations {
            let text = expectation.text.as_deref().unwrap_or_default();
            assert!(!text.trim().is_empty(), "{role:?}: {} has no text of its own", expectation.competency);
            texts
                .entry((expectation.competency.as_str(), expectation.proficiency.as_str()))
                .or_default()
                .insert(text);
        }
    }
    // The same proficiency is worded differently in different roles, e.g. delivery at
    // "multiplying" for a staff engineer and for an engineering manager.
    let reworded = texts.values().filter(|set| set.len() > 1).count();
    assert!(reworded >= 5, "only {reworded} competency steps are worded differently by role");
    assert!(framework.roles().any(|(_, _, l)| l.expectations.iter().any(|e| !e.examples.is_empty())));
}

#[test]
fn ladder_yaml_has_time_in_level_promotion_overrides_and_little_learning() {
    let framework = ladder_yaml().framework;
    assert!(framework.learning.len() <= 2, "YAML ladders list almost no learning");
    let months: Vec<u32> = framework.roles().filter_map(|(_, _, l)| l.typical_months).collect();
    assert!(months.len() >= 6, "most levels state their typical time: {months:?}");
    let (_, staff) =
        framework.level(&RoleRef::new("individual-contributor", "staff-engineer")).expect("staff");
    let (_, senior) =
        framework.level(&RoleRef::new("individual-contributor", "senior-engineer")).expect("senior");
    assert_eq!(framework.months_in_level(staff), 30);

    let default = framework.governance.promotion.as_ref().expect("a default promotion process");
    assert_eq!(framework.promotion_process(senior), Some(default));
    let staff_process = framework.promotion_process(staff).expect("staff has a process");
    assert_ne!(staff_process, default);
    assert!(staff_process.interviews.is_some(), "staff promotion involves a panel conversation");
    let overrides = framework.roles().filter(|(_, _, l)| l.promotion.is_some()).count();
    assert!((1..=2).contains(&overrides));

    let with_milestones = framework.roles().filter(|(_, _, l)| !l.milestones.is_empty()).count();
    assert!((1..=3).contains(&with_milestones), "only a few roles have milestones, not {with_milestones}");
    assert!(framework.roles().any(|(_, _, l)| !l.examples.is_empty()));
    assert!(framework.roles().any(|(_, _, l)| !l.signals.is_empty()));
    assert_links_are_https(&framework);
}

#[test]
fn ladder_yaml_moves_between_ic_and_manager_at_the_same_band() {
    let framework = ladder_yaml().framework;
    assert!((1..=2).contains(&framework.mobility.len()));
    for rule in &framework.mobility {
        let source = framework.track(&rule.from.track).expect("source track");
        let (target_track, target) = framework.level(&rule.to).expect("target role");
        assert_ne!(source.manages_people, target_track.manages_people, "{} crosses IC and manager", rule.id);
        for level in &rule.from.levels {
            let (_, from) = framework.level(&RoleRef::new(&source.id, level)).expect("source role");
            assert_eq!(from.band, target.band, "{} keeps the band", rule.id);
        }
        assert!(
            rule.prerequisites.iter().any(|p| p.competency.is_some() && p.proficiency.is_some()),
            "{} has a checkable prerequisite",
            rule.id
        );
    }
}

#[test]
fn a_shared_trunk_is_not_a_track_that_tops_out_while_a_non_managing_branch_continues_it() {
    // The trunk stops at band L2 by design; the individual-contributor branch carries people
    // who don't manage on to the top band, so parity has nothing to warn about.
    assert_eq!(ladder_yaml().warnings, vec![]);
    // Without that branch, only management continues the trunk: the warning is back.
    let mut framework = ladder_yaml().framework;
    framework.tracks.retain(|t| t.id != "individual-contributor");
    framework.mobility.clear();
    let warnings = mosaic::core::framework::parity_warnings(&framework);
    assert!(warnings.iter().any(|w| w.path == "tracks[0]" && w.message.contains("tops out")), "{warnings:?}");
}

// ---- points-ladder.json: points per step, thresholds per level ----

#[test]
fn points_ladder_steps_carry_rising_points() {
    let loaded = points_ladder();
    assert!(loaded.warnings.is_empty(), "parity warnings: {:?}", loaded.warnings);
    let framework = loaded.framework;
    assert_eq!(framework.proficiency_scale.len(), 5);
    let points: Vec<u32> =
        framework.proficiency_scale.iter().map(|p| p.points.expect("every step has points")).collect();
    assert!(points.windows(2).all(|w| w[0] < w[1]), "points rise step by step: {points:?}");
    assert!((12..=16).contains(&framework.competencies.len()));
    let themes: BTreeSet<&str> = framework.competencies.iter().map(|c| c.theme.as_str()).collect();
    assert_eq!(themes.len(), 4);
    assert!(detailed_descriptors(&framework) >= 3);
    assert!(framework
        .competencies
        .iter()
        .flat_map(|c| c.descriptors.values())
        .any(|d| !d.examples().is_empty() && !d.links().is_empty()));
    assert!(framework
        .competencies
        .iter()
        .flat_map(|c| c.descriptors.values())
        .any(|d| !d.signals().is_empty()));
    assert_links_are_https(&framework);
}

#[test]
fn points_ladder_levels_have_reachable_rising_thresholds_and_no_expectations_but_one() {
    let framework = points_ladder().framework;
    let top_points = framework.proficiency_scale.last().and_then(|p| p.points).expect("top step points");
    let themes: BTreeMap<&str, u32> = framework.competencies.iter().fold(BTreeMap::new(), |mut themes, c| {
        *themes.entry(c.theme.as_str()).or_default() += top_points;
        themes
    });
    let most = themes.values().sum::<u32>();
    let mut mixed = Vec::new();
    for track in &framework.tracks {
        let mut previous = 0;
        for level in &track.levels {
            let threshold = level.points.as_ref().unwrap_or_else(|| panic!("{} has no points", level.id));
            assert!(threshold.total > previous, "{}: totals rise along the track", level.id);
            assert!(threshold.total <= most, "{}: the total is reachable", level.id);
            previous = threshold.total;
            for minimum in &threshold.minimums {
                let available = themes.get(minimum.theme.as_str());
                assert!(available.is_some(), "{}: theme {} exists", level.id, minimum.theme);
                assert!(minimum.points <= *available.unwrap_or(&0), "{}: the minimum is reachable", level.id);
            }
            if !level.expectations.is_empty() {
                mixed.push(RoleRef::new(&track.id, &level.id));
                assert!((1..=2).contains(&level.expectations.len()));
            }
            assert!(level.milestones.is_empty());
        }
    }
    // The one role reached by points and expectations together.
    assert_eq!(mixed, [RoleRef::new("manager", "manager-1")]);
    let higher_with_minimums =
        framework.roles().filter(|(_, _, l)| l.points.iter().any(|p| !p.minimums.is_empty()));
    assert!(higher_with_minimums.count() >= 4);
    assert_eq!(framework.track("engineer").map(|t| t.levels.len()), Some(7));
}

#[test]
fn points_ladder_branches_a_manager_ladder_and_states_its_policy() {
    let framework = points_ladder().framework;
    let managers = framework.track("manager").expect("the manager ladder");
    assert!(managers.manages_people);
    assert_eq!(managers.branches_from, Some(RoleRef::new("engineer", "engineer-4")));
    assert!(!framework.readiness.milestones_required);
    assert_eq!(framework.readiness.close_from_percent, 85, "other readiness values keep their defaults");
    assert_eq!(framework.pacing.months_in_level, 9);
    assert_eq!(framework.pacing.on_the_job_months_per_step, 4);
    let (_, engineer_1) = framework.level(&RoleRef::new("engineer", "engineer-1")).expect("engineer-1");
    assert_eq!(framework.months_in_level(engineer_1), 9, "the pacing default applies");
}

// ---- multi-discipline.json: families, scales of 2/4/7 steps, "most of" readiness ----

#[test]
fn multi_discipline_groups_dozens_of_tracks_into_six_families() {
    let loaded = multi_discipline();
    assert!(loaded.warnings.iter().all(|w| !w.message.contains("pays differently")), "{:?}", loaded.warnings);
    assert!(loaded.warnings.iter().all(|w| !w.message.contains("tops out")), "{:?}", loaded.warnings);
    let framework = loaded.framework;
    let families: Vec<&str> = framework.families.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(families, ["product", "design", "marketing", "customer-operations", "people", "engineering"]);
    assert!(framework.tracks.len() >= 24, "only {} tracks", framework.tracks.len());
    for family in &families {
        let tracks: Vec<_> =
            framework.tracks.iter().filter(|t| t.family.as_deref() == Some(family)).collect();
        assert!((3..=5).contains(&tracks.len()), "{family} has {} tracks", tracks.len());
        assert!(tracks.iter().any(|t| t.manages_people), "{family} has a leadership track");
        assert!(tracks.iter().any(|t| !t.manages_people), "{family} has specialist tracks");
    }
    assert!(framework
        .tracks
        .iter()
        .all(|t| t.family.as_deref().is_some_and(|f| framework.family(f).is_some())));
    // Bands are shared across families: each band is used by several families.
    for band in &framework.bands {
        let using: BTreeSet<_> = framework
            .tracks
            .iter()
            .filter(|t| t.levels.iter().any(|l| l.band == band.id))
            .filter_map(|t| t.family.as_deref())
            .collect();
        assert!(using.len() >= 2, "band {} is used by {using:?}", band.id);
    }
    let crossing = framework
        .mobility
        .iter()
        .filter(|rule| {
            framework.track(&rule.from.track).map(|t| &t.family)
                != framework.track(&rule.to.track).map(|t| &t.family)
        })
        .count();
    assert!(crossing >= 3, "only {crossing} mobility rules cross families");
    assert!(!framework.learning.is_empty());
}

#[test]
fn multi_discipline_rates_each_competency_on_its_own_scale() {
    let framework = multi_discipline().framework;
    assert!(framework.proficiency_scale.is_empty(), "every competency names its scale");
    let mut lengths: Vec<usize> = framework.scales.iter().map(|s| s.levels.len()).collect();
    lengths.sort();
    assert_eq!(lengths, [2, 4, 7]);
    for competency in &framework.competencies {
        let scale = competency.scale.as_deref().unwrap_or_else(|| panic!("{} names no scale", competency.id));
        let steps: BTreeSet<&str> =
            framework.scale(scale).expect("the scale exists").levels.iter().map(|p| p.id.as_str()).collect();
        let described: BTreeSet<&str> = competency.descriptors.keys().map(String::as_str).collect();
        assert_eq!(described, steps, "{} describes exactly its scale's steps", competency.id);
    }
    let used: BTreeSet<&str> = framework.competencies.iter().filter_map(|c| c.scale.as_deref()).collect();
    assert_eq!(used.len(), 3, "every scale is used");
    for (role, _, level) in framework.roles() {
        for expectation in &level.expectations {
            assert!(
                framework.proficiency(&expectation.competency, &expectation.proficiency).is_some(),
                "{role:?}: {} at {} is on its competency's scale",
                expectation.competency,
                expectation.proficiency
            );
        }
    }
    assert!(detailed_descriptors(&framework) >= 3);
    assert_links_are_https(&framework);
}

#[test]
fn multi_discipline_has_most_of_readiness_and_exactly_one_role_without_criteria() {
    let framework = multi_discipline().framework;
    assert_eq!(framework.readiness.expectations_met_percent, 80);
    assert_eq!(framework.readiness.close_from_percent, 80);
    assert_eq!(framework.readiness.stretch_from_percent, 50);
    // The no-criteria role: customer-support / support-apprentice (the Support Apprentice),
    // with no expectations, milestones or points, for the "no criteria" warning and an
    // honest /fit.
    let without: Vec<RoleRef> = framework
        .roles()
        .filter(|(_, _, level)| !framework.has_criteria(level))
        .map(|(role, _, _)| role)
        .collect();
    assert_eq!(without, [RoleRef::new("customer-support", "support-apprentice")]);
    assert!(framework.roles().count() > 100);
    assert!(framework.roles().any(|(_, _, l)| !l.milestones.is_empty()));
}
