//! Framework → workbook: every field in its sheet and column (layout.rs), written so that
//! `from_workbook` reads back the same framework.

use super::cells::{ids, kind, lines, links, minimums, number, optional, yes_no};
use super::layout::*;
use super::model::{Sheet, Workbook};
use crate::core::framework::{
    Compensation, Descriptor, Framework, Level, Proficiency, PromotionProcess, RoleRef, Sunset,
};

pub fn to_workbook(framework: &Framework) -> Workbook {
    let f = framework;
    let sheet = |layout: SheetLayout, rows: Vec<Vec<String>>| Sheet {
        name: layout.name.to_string(),
        header: layout.columns.iter().map(|c| c.to_string()).collect(),
        rows,
    };
    let field_rows = FIELDS.iter().zip(framework_fields(f)).map(|(k, v)| vec![k.to_string(), v]).collect();
    let lint_allow = f
        .governance
        .lint_allow
        .iter()
        .map(|a| vec![a.rule.clone(), a.at.clone(), a.reason.clone()])
        .collect();
    let changelog = f
        .governance
        .changelog
        .iter()
        .map(|c| vec![c.version.clone(), c.date.clone(), c.summary.clone()])
        .collect();
    let bands = f
        .bands
        .iter()
        .map(|b| {
            let mut row = vec![
                b.id.clone(),
                b.name.clone(),
                b.scope.clone(),
                b.impact.clone(),
                b.autonomy.clone(),
                number(&b.typical_months),
            ];
            row.extend(pay(&b.compensation));
            row
        })
        .collect();
    let step = |scale: &str, scale_name: &str, p: &Proficiency| {
        vec![
            scale.to_string(),
            scale_name.to_string(),
            p.id.clone(),
            p.name.clone(),
            p.description.clone(),
            number(&p.points),
        ]
    };
    let mut scales: Vec<Vec<String>> = f.proficiency_scale.iter().map(|p| step("", "", p)).collect();
    for scale in &f.scales {
        scales.extend(scale.levels.iter().map(|p| step(&scale.id, &scale.name, p)));
    }
    let families = f
        .families
        .iter()
        .map(|fam| vec![fam.id.clone(), fam.name.clone(), fam.description.clone()])
        .collect();
    let competencies = f
        .competencies
        .iter()
        .map(|c| {
            vec![c.id.clone(), c.name.clone(), c.theme.clone(), c.description.clone(), optional(&c.scale)]
        })
        .collect();
    let descriptors = f
        .competencies
        .iter()
        .flat_map(|c| {
            c.descriptors.iter().map(|(step, d)| {
                vec![
                    c.id.clone(),
                    step.clone(),
                    d.text().to_string(),
                    lines(d.examples()),
                    lines(d.signals()),
                    links(d.links()),
                    yes_no(matches!(d, Descriptor::Detailed(_))),
                ]
            })
        })
        .collect();
    let tracks = f
        .tracks
        .iter()
        .map(|t| {
            let mut row = vec![
                t.id.clone(),
                t.name.clone(),
                kind(&t.kind),
                optional(&t.family),
                yes_no(t.manages_people),
                t.description.clone(),
            ];
            row.extend(role_ref(&t.branches_from));
            row.extend(sunset(&t.sunset));
            row
        })
        .collect();
    let roles = f.tracks.iter().flat_map(|t| t.levels.iter().map(|l| role_row(&t.id, l))).collect();
    let expectations = f
        .tracks
        .iter()
        .flat_map(|t| {
            t.levels.iter().flat_map(|l| {
                l.expectations.iter().map(|e| {
                    vec![
                        t.id.clone(),
                        l.id.clone(),
                        e.competency.clone(),
                        e.proficiency.clone(),
                        e.weight.to_string(),
                        optional(&e.text),
                        lines(&e.examples),
                        lines(&e.signals),
                        links(&e.links),
                    ]
                })
            })
        })
        .collect();
    let milestones = f
        .tracks
        .iter()
        .flat_map(|t| {
            t.levels.iter().flat_map(|l| {
                l.milestones.iter().map(|m| {
                    vec![
                        t.id.clone(),
                        l.id.clone(),
                        m.id.clone(),
                        m.title.clone(),
                        m.evidence.clone(),
                        m.verification.clone(),
                        m.horizon_months.to_string(),
                        lines(&m.examples),
                        lines(&m.signals),
                        links(&m.links),
                    ]
                })
            })
        })
        .collect();
    let learning = f
        .learning
        .iter()
        .map(|o| {
            vec![
                o.id.clone(),
                o.title.clone(),
                kind(&o.kind),
                o.description.clone(),
                o.duration_weeks.to_string(),
            ]
        })
        .collect();
    let grows = f
        .learning
        .iter()
        .flat_map(|o| o.grows.iter().map(|g| vec![o.id.clone(), g.competency.clone(), g.up_to.clone()]))
        .collect();
    let mobility = f
        .mobility
        .iter()
        .map(|m| {
            vec![
                m.id.clone(),
                m.from.track.clone(),
                ids(&m.from.levels),
                ids(&m.from.bands),
                m.to.track.clone(),
                m.to.level.clone(),
                kind(&m.kind),
                lines(&m.outcomes),
                m.horizon_months.to_string(),
            ]
        })
        .collect();
    let prerequisites = f
        .mobility
        .iter()
        .flat_map(|m| {
            m.prerequisites.iter().map(|p| {
                vec![m.id.clone(), p.summary.clone(), optional(&p.competency), optional(&p.proficiency)]
            })
        })
        .collect();
    Workbook {
        sheets: vec![
            sheet(FRAMEWORK, field_rows),
            sheet(LINT_ALLOW, lint_allow),
            sheet(CHANGELOG, changelog),
            sheet(BANDS, bands),
            sheet(SCALES, scales),
            sheet(FAMILIES, families),
            sheet(COMPETENCIES, competencies),
            sheet(DESCRIPTORS, descriptors),
            sheet(TRACKS, tracks),
            sheet(ROLES, roles),
            sheet(EXPECTATIONS, expectations),
            sheet(MILESTONES, milestones),
            sheet(LEARNING, learning),
            sheet(GROWS, grows),
            sheet(MOBILITY, mobility),
            sheet(PREREQUISITES, prerequisites),
        ],
    }
}

/// The Framework sheet's values, in the order of `FIELDS`.
fn framework_fields(f: &Framework) -> Vec<String> {
    let mut values = vec![
        f.format.to_string(),
        f.meta.id.clone(),
        f.meta.name.clone(),
        f.meta.organization.clone(),
        f.meta.purpose.clone(),
        f.meta.version.clone(),
        f.meta.locale.clone(),
        f.meta.effective_date.clone(),
        f.governance.council.clone(),
        f.governance.review_cadence_months.to_string(),
        f.governance.last_review.clone(),
    ];
    values.extend(promotion(&f.governance.promotion));
    let r = &f.readiness;
    values.extend([
        r.close_from_percent.to_string(),
        r.stretch_from_percent.to_string(),
        r.milestone_share_percent.to_string(),
        r.expectations_met_percent.to_string(),
        yes_no(r.milestones_required),
        f.pacing.months_in_level.to_string(),
        f.pacing.on_the_job_months_per_step.to_string(),
    ]);
    values
}

fn role_row(track: &str, l: &Level) -> Vec<String> {
    let (total, mins) = match &l.points {
        Some(p) => (p.total.to_string(), minimums(&p.minimums)),
        None => (String::new(), String::new()),
    };
    let mut row = vec![
        track.to_string(),
        l.id.clone(),
        l.title.clone(),
        l.band.clone(),
        l.summary.clone(),
        l.impact.clone(),
        l.autonomy.clone(),
        l.influence.clone(),
        lines(&l.examples),
        lines(&l.signals),
        links(&l.links),
        total,
        mins,
        number(&l.typical_months),
    ];
    row.extend(promotion(&l.promotion));
    row.extend(pay(&l.compensation));
    row.extend(sunset(&l.sunset));
    row
}

/// decided by, evidence, calibration, interviews, links: all blank when there is none.
fn promotion(p: &Option<PromotionProcess>) -> [String; 5] {
    match p {
        Some(p) => [
            p.decided_by.clone(),
            p.evidence.clone(),
            optional(&p.calibration),
            optional(&p.interviews),
            links(&p.links),
        ],
        None => Default::default(),
    }
}

/// min, mid, max, currency: all blank when there is no pay range.
fn pay(c: &Option<Compensation>) -> [String; 4] {
    match c {
        Some(c) => [c.min.to_string(), c.mid.to_string(), c.max.to_string(), c.currency.clone()],
        None => Default::default(),
    }
}

fn role_ref(r: &Option<RoleRef>) -> [String; 2] {
    match r {
        Some(r) => [r.track.clone(), r.level.clone()],
        None => Default::default(),
    }
}

/// date, successor track, successor level.
fn sunset(s: &Option<Sunset>) -> [String; 3] {
    match s {
        Some(s) => {
            let [track, level] = role_ref(&s.successor);
            [s.date.clone(), track, level]
        }
        None => Default::default(),
    }
}
