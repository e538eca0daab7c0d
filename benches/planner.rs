//! How the path planner scales: synthetic frameworks of 100, 1,000 and 10,000 roles.
//!
//! Tracks have 10 levels; every level expects 5–15 competencies (of 50–300) and has 0–3
//! milestones; every level has 3–5 mobility rules to other tracks at the same or the next
//! band, some with checkable prerequisites. The assessment rates about 60% of competencies.
//! Everything is drawn from a fixed seed, so runs are comparable.
//!
//! Run: `cargo bench --bench planner -- --warm-up-time 1 --measurement-time 3`
//! (see docs/performance.md). After criterion's figures it prints the growth against E log V.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use mosaic::core::assessment::{milestone_key, Assessment, MilestoneProgress, MilestoneStatus, Rating};
use mosaic::core::framework::*;
use mosaic::core::planner::{plan, plan_best, reachable_within, Constraints};

const LEVELS: usize = 10;
const SIZES: [usize; 3] = [100, 1_000, 10_000];

/// SplitMix64: small, seeded, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SCALE: [&str; 5] = ["awareness", "working", "practitioner", "advanced", "expert"];

fn text(s: &str) -> String {
    s.to_string()
}

/// A framework of `roles` roles in tracks of 10 levels.
fn synthetic(roles: usize, seed: u64) -> Framework {
    let mut rng = Rng(seed);
    let tracks = roles / LEVELS;
    let competencies = (roles / 30).clamp(50, 300);
    let bands: Vec<Band> = (0..LEVELS + 1)
        .map(|b| Band {
            id: format!("b{b}"),
            name: format!("Band {b}"),
            scope: text("Scope"),
            impact: text("Impact"),
            autonomy: text("Autonomy"),
            compensation: None,
            typical_months: None,
        })
        .collect();
    let proficiency_scale = SCALE
        .iter()
        .map(|id| Proficiency {
            id: text(id),
            name: text(id),
            description: text("Description"),
            points: None,
        })
        .collect();
    let competency_list: Vec<Competency> = (0..competencies)
        .map(|c| Competency {
            id: format!("c{c}"),
            name: format!("Competency {c}"),
            theme: format!("Theme {}", c % 7),
            description: text("Description"),
            scale: None,
            descriptors: SCALE.iter().map(|p| (text(p), Descriptor::from("Descriptor"))).collect(),
        })
        .collect();
    let mut track_list = Vec::with_capacity(tracks);
    for t in 0..tracks {
        let levels = (0..LEVELS)
            .map(|l| {
                let count = rng.range(5, 15);
                let mut expectations: Vec<Expectation> = Vec::with_capacity(count);
                while expectations.len() < count {
                    let competency = format!("c{}", rng.range(0, competencies - 1));
                    if expectations.iter().any(|e| e.competency == competency) {
                        continue;
                    }
                    // Higher levels expect more: roughly level / 2, give or take one.
                    let rank = (l / 2 + rng.range(0, 2)).saturating_sub(1).min(SCALE.len() - 1);
                    expectations.push(Expectation {
                        competency,
                        proficiency: text(SCALE[rank]),
                        weight: [1.0, 1.0, 2.0][rng.range(0, 2)],
                        text: None,
                        examples: Vec::new(),
                        signals: Vec::new(),
                        links: Vec::new(),
                    });
                }
                let milestones = (0..rng.range(0, 3))
                    .map(|m| Milestone {
                        id: format!("m{m}"),
                        title: format!("Milestone {m}"),
                        evidence: text("Evidence"),
                        verification: text("Verification"),
                        horizon_months: rng.range(3, 18) as u32,
                        examples: Vec::new(),
                        signals: Vec::new(),
                        links: Vec::new(),
                    })
                    .collect();
                Level {
                    id: format!("l{l}"),
                    title: format!("Track {t} level {l}"),
                    band: format!("b{l}"),
                    summary: text("Summary"),
                    impact: text("Impact"),
                    autonomy: text("Autonomy"),
                    influence: text("Influence"),
                    examples: Vec::new(),
                    signals: Vec::new(),
                    links: Vec::new(),
                    expectations,
                    points: None,
                    milestones,
                    typical_months: None,
                    promotion: None,
                    compensation: None,
                    sunset: None,
                }
            })
            .collect();
        track_list.push(Track {
            id: format!("t{t}"),
            name: format!("Track {t}"),
            kind: TrackKind::Other,
            family: None,
            branches_from: None,
            manages_people: t % 5 == 4,
            description: text("Description"),
            levels,
            sunset: None,
        });
    }
    let learning = (0..competencies * 2)
        .map(|o| LearningOpportunity {
            id: format!("o{o}"),
            title: format!("Opportunity {o}"),
            kind: LearningKind::Course,
            description: text("Description"),
            grows: (0..rng.range(1, 3))
                .map(|_| Growth {
                    competency: format!("c{}", rng.range(0, competencies - 1)),
                    up_to: text(SCALE[rng.range(1, SCALE.len() - 1)]),
                })
                .collect(),
            duration_weeks: rng.range(2, 26) as u32,
        })
        .collect();
    let mut mobility = Vec::new();
    for t in 0..tracks {
        for l in 0..LEVELS {
            for _ in 0..rng.range(3, 5) {
                let mut to_track = rng.range(0, tracks - 1);
                if to_track == t {
                    to_track = (to_track + 1) % tracks;
                }
                let to_level = (l + rng.range(0, 1)).min(LEVELS - 1);
                let prerequisites = (0..rng.range(0, 2))
                    .map(|_| Prerequisite {
                        summary: text("Prerequisite"),
                        competency: Some(format!("c{}", rng.range(0, competencies - 1))),
                        proficiency: Some(text(SCALE[(l / 3).min(SCALE.len() - 1)])),
                    })
                    .collect();
                mobility.push(MobilityRule {
                    id: format!("r{}", mobility.len()),
                    from: MobilitySource {
                        track: format!("t{t}"),
                        levels: vec![format!("l{l}")],
                        bands: Vec::new(),
                    },
                    to: RoleRef::new(format!("t{to_track}"), format!("l{to_level}")),
                    kind: [MobilityKind::Rotation, MobilityKind::Secondment, MobilityKind::Transfer]
                        [rng.range(0, 2)],
                    prerequisites,
                    outcomes: Vec::new(),
                    horizon_months: rng.range(3, 12) as u32,
                });
            }
        }
    }
    Framework {
        format: FORMAT_VERSION,
        meta: Meta {
            id: format!("synthetic-{roles}"),
            name: text("Synthetic"),
            organization: text("Bench Co"),
            purpose: String::new(),
            version: text("1"),
            locale: text("en"),
            effective_date: text("2026-01-01"),
        },
        governance: Governance {
            council: text("Council"),
            review_cadence_months: 12,
            last_review: text("2026-01-01"),
            changelog: Vec::new(),
            promotion: None,
            lint_allow: Vec::new(),
        },
        bands,
        proficiency_scale,
        competencies: competency_list,
        tracks: track_list,
        learning,
        mobility,
        scales: Vec::new(),
        families: Vec::new(),
        readiness: ReadinessPolicy::default(),
        pacing: Pacing::default(),
    }
}

/// Rates about 60% of competencies, marks a quarter of milestones achieved; starts at the
/// entry level of the first track.
fn assessment(framework: &Framework, seed: u64) -> Assessment {
    let mut rng = Rng(seed);
    let mut assessment = Assessment::default();
    for competency in &framework.competencies {
        if rng.chance(60) {
            let proficiency = text(SCALE[rng.range(0, 3)]);
            assessment.ratings.insert(
                competency.id.clone(),
                Rating { proficiency: Some(proficiency), evidence: Vec::new(), updated: String::new() },
            );
        }
    }
    let mut milestones = BTreeMap::new();
    for (role, _, level) in framework.roles() {
        for milestone in &level.milestones {
            if rng.chance(25) {
                milestones.insert(
                    milestone_key(&role, &milestone.id),
                    MilestoneProgress {
                        status: MilestoneStatus::Achieved,
                        evidence: Vec::new(),
                        updated: String::new(),
                    },
                );
            }
        }
    }
    assessment.milestones = milestones;
    assessment.profile.current_role = Some(RoleRef::new("t0", "l0"));
    assessment
}

struct Case {
    roles: usize,
    framework: Framework,
    assessment: Assessment,
    target: RoleRef,
}

fn cases() -> Vec<Case> {
    SIZES
        .iter()
        .map(|&roles| {
            let framework = synthetic(roles, 0x5EED ^ roles as u64);
            let problems: Vec<_> =
                validate(&framework).into_iter().filter(|p| p.severity == Severity::Error).collect();
            assert!(problems.is_empty(), "synthetic framework is invalid: {problems:?}");
            let assessment = assessment(&framework, 42);
            // The top of the last track: as far from the start as the framework goes.
            let target = RoleRef::new(format!("t{}", roles / LEVELS - 1), format!("l{}", LEVELS - 1));
            Case { roles, framework, assessment, target }
        })
        .collect()
}

fn edges(framework: &Framework) -> usize {
    let promotions: usize = framework.tracks.iter().map(|t| t.levels.len() - 1).sum();
    promotions + framework.mobility.len()
}

fn benches(c: &mut Criterion, cases: &[Case]) {
    let constraints = Constraints::default();
    let mut group = c.benchmark_group("planner");
    for case in cases {
        let plan_of = || plan(&case.framework, &case.assessment, None, &case.target, &constraints);
        let found = plan_of();
        assert!(found.unreachable.is_none(), "{} roles: {:?}", case.roles, found.unreachable);
        group.bench_with_input(BenchmarkId::new("plan", case.roles), case, |b, case| {
            b.iter(|| plan(black_box(&case.framework), &case.assessment, None, &case.target, &constraints))
        });
        group.bench_with_input(BenchmarkId::new("plan_best", case.roles), case, |b, case| {
            b.iter(|| {
                plan_best(black_box(&case.framework), &case.assessment, None, &case.target, &constraints)
            })
        });
        group.bench_with_input(BenchmarkId::new("reachable_within", case.roles), case, |b, case| {
            b.iter(|| {
                reachable_within(
                    black_box(&case.framework),
                    &case.assessment,
                    None,
                    &constraints,
                    &[12, 24, 36],
                )
            })
        });
    }
    group.finish();
}

/// Mean time of `f` over at least `budget`.
fn mean_time(budget: Duration, mut f: impl FnMut()) -> Duration {
    let started = Instant::now();
    let mut runs = 0u32;
    while started.elapsed() < budget || runs < 3 {
        f();
        runs += 1;
    }
    started.elapsed() / runs
}

fn print_growth(cases: &[Case]) {
    let constraints = Constraints::default();
    println!("\nGrowth (mean of repeated runs; ratio to the 100-role case):");
    println!(
        "{:>7} {:>7} {:>9} {:>6} {:>12} {:>12} {:>10} {:>8}",
        "roles", "edges", "E log2 V", "steps", "plan", "plan_best", "ratio", "E log V×"
    );
    let mut first: Option<(f64, f64)> = None;
    for case in cases {
        let v = case.roles as f64;
        let e = edges(&case.framework) as f64;
        let work = e * v.log2();
        let found = plan(&case.framework, &case.assessment, None, &case.target, &constraints);
        let steps = found.paths.first().map_or(0, |p| p.steps.len());
        let budget = Duration::from_millis(700);
        let full = mean_time(budget, || {
            black_box(plan(&case.framework, &case.assessment, None, &case.target, &constraints));
        });
        let best = mean_time(budget, || {
            black_box(plan_best(&case.framework, &case.assessment, None, &case.target, &constraints));
        });
        let (t0, w0) = *first.get_or_insert((full.as_secs_f64(), work));
        println!(
            "{:>7} {:>7} {:>9.0} {:>6} {:>12?} {:>12?} {:>9.1}× {:>7.1}×",
            case.roles,
            edges(&case.framework),
            work,
            steps,
            full,
            best,
            full.as_secs_f64() / t0,
            work / w0
        );
    }
}

fn main() {
    let cases = cases();
    let mut criterion = Criterion::default().configure_from_args();
    benches(&mut criterion, &cases);
    criterion.final_summary();
    // `cargo bench` passes --bench; `cargo test --benches` doesn't, and needs no table.
    if std::env::args().any(|a| a == "--bench") {
        print_growth(&cases);
    }
}
