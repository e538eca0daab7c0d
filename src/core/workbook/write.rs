//! Framework → workbook: every field in its sheet and column (layout.rs), written so that
//! `from_workbook` reads back the same framework. Each row knows the item it writes, so a
//! problem found in the framework can be shown at its cell (locate.rs).

use super::cells::{ids, kind, lines, links, minimums, number, optional, yes_no};
use super::layout::*;
use super::model::{Sheet, Workbook};
use crate::core::framework::{
    Compensation, Descriptor, Framework, Level, Proficiency, PromotionProcess, RoleRef, Sunset,
};

pub fn to_workbook(framework: &Framework) -> Workbook {
    let sheets = written_sheets(framework)
        .into_iter()
        .map(|(layout, rows)| Sheet {
            name: layout.name.to_string(),
            header: layout.columns.iter().map(|c| c.to_string()).collect(),
            rows: rows.into_iter().map(|row| row.cells).collect(),
        })
        .collect();
    Workbook { sheets }
}

/// A row as written, with the JSON path of the framework item it writes
/// (`tracks[2].levels[0]`): `locate` finds a value's cell by the row's item and the
/// layout's `fields`, so its rows are these very rows, in this very order.
pub(super) struct WrittenRow {
    pub item: String,
    pub cells: Vec<String>,
    /// The item is a plain text (a descriptor written as a string): the `text` column holds
    /// the item itself.
    pub item_is_text: bool,
}

fn row(item: String, cells: Vec<String>) -> WrittenRow {
    WrittenRow { item, cells, item_is_text: false }
}

/// Every sheet in the workbook's order, each row with the item it writes.
pub(super) fn written_sheets(framework: &Framework) -> Vec<(SheetLayout, Vec<WrittenRow>)> {
    let f = framework;
    let field_rows = FIELD_PATHS
        .iter()
        .zip(FIELDS)
        .zip(framework_fields(f))
        .map(|((path, k), v)| row(path.to_string(), vec![k.to_string(), v]))
        .collect();
    let lint_allow = f
        .governance
        .lint_allow
        .iter()
        .enumerate()
        .map(|(i, a)| {
            row(format!("governance.lint_allow[{i}]"), vec![a.rule.clone(), a.at.clone(), a.reason.clone()])
        })
        .collect();
    let changelog = f
        .governance
        .changelog
        .iter()
        .enumerate()
        .map(|(i, c)| {
            row(
                format!("governance.changelog[{i}]"),
                vec![c.version.clone(), c.date.clone(), c.summary.clone()],
            )
        })
        .collect();
    let bands = f
        .bands
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let mut cells = vec![
                b.id.clone(),
                b.name.clone(),
                b.scope.clone(),
                b.impact.clone(),
                b.autonomy.clone(),
                number(&b.typical_months),
            ];
            cells.extend(pay(&b.compensation));
            row(format!("bands[{i}]"), cells)
        })
        .collect();
    let step = |item: String, scale: &str, scale_name: &str, p: &Proficiency| {
        let cells = vec![
            scale.to_string(),
            scale_name.to_string(),
            p.id.clone(),
            p.name.clone(),
            p.description.clone(),
            number(&p.points),
        ];
        row(item, cells)
    };
    let mut scales: Vec<WrittenRow> = f
        .proficiency_scale
        .iter()
        .enumerate()
        .map(|(i, p)| step(format!("proficiency_scale[{i}]"), "", "", p))
        .collect();
    for (s, scale) in f.scales.iter().enumerate() {
        scales.extend(
            scale
                .levels
                .iter()
                .enumerate()
                .map(|(i, p)| step(format!("scales[{s}].levels[{i}]"), &scale.id, &scale.name, p)),
        );
    }
    let families = f
        .families
        .iter()
        .enumerate()
        .map(|(i, fam)| {
            row(format!("families[{i}]"), vec![fam.id.clone(), fam.name.clone(), fam.description.clone()])
        })
        .collect();
    let competencies = f
        .competencies
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let cells = vec![
                c.id.clone(),
                c.name.clone(),
                c.theme.clone(),
                c.description.clone(),
                optional(&c.scale),
            ];
            row(format!("competencies[{i}]"), cells)
        })
        .collect();
    let descriptors = f
        .competencies
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            c.descriptors.iter().map(move |(step, d)| {
                let detailed = matches!(d, Descriptor::Detailed(_));
                let cells = vec![
                    c.id.clone(),
                    step.clone(),
                    d.text().to_string(),
                    lines(d.examples()),
                    lines(d.signals()),
                    links(d.links()),
                    yes_no(detailed),
                ];
                WrittenRow {
                    item: format!("competencies[{i}].descriptors.{step}"),
                    cells,
                    item_is_text: !detailed,
                }
            })
        })
        .collect();
    let tracks = f
        .tracks
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut cells = vec![
                t.id.clone(),
                t.name.clone(),
                kind(&t.kind),
                optional(&t.family),
                yes_no(t.manages_people),
                t.description.clone(),
            ];
            cells.extend(role_ref(&t.branches_from));
            cells.extend(sunset(&t.sunset));
            row(format!("tracks[{i}]"), cells)
        })
        .collect();
    let roles = f
        .tracks
        .iter()
        .enumerate()
        .flat_map(|(i, t)| {
            t.levels
                .iter()
                .enumerate()
                .map(move |(l, level)| row(format!("tracks[{i}].levels[{l}]"), role_row(&t.id, level)))
        })
        .collect();
    let expectations = f
        .tracks
        .iter()
        .enumerate()
        .flat_map(|(i, t)| {
            t.levels.iter().enumerate().flat_map(move |(l, level)| {
                level.expectations.iter().enumerate().map(move |(x, e)| {
                    let cells = vec![
                        t.id.clone(),
                        level.id.clone(),
                        e.competency.clone(),
                        e.proficiency.clone(),
                        e.weight.to_string(),
                        optional(&e.text),
                        lines(&e.examples),
                        lines(&e.signals),
                        links(&e.links),
                    ];
                    row(format!("tracks[{i}].levels[{l}].expectations[{x}]"), cells)
                })
            })
        })
        .collect();
    let milestones = f
        .tracks
        .iter()
        .enumerate()
        .flat_map(|(i, t)| {
            t.levels.iter().enumerate().flat_map(move |(l, level)| {
                level.milestones.iter().enumerate().map(move |(x, m)| {
                    let cells = vec![
                        t.id.clone(),
                        level.id.clone(),
                        m.id.clone(),
                        m.title.clone(),
                        m.evidence.clone(),
                        m.verification.clone(),
                        m.horizon_months.to_string(),
                        lines(&m.examples),
                        lines(&m.signals),
                        links(&m.links),
                    ];
                    row(format!("tracks[{i}].levels[{l}].milestones[{x}]"), cells)
                })
            })
        })
        .collect();
    let learning = f
        .learning
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let cells = vec![
                o.id.clone(),
                o.title.clone(),
                kind(&o.kind),
                o.description.clone(),
                o.duration_weeks.to_string(),
            ];
            row(format!("learning[{i}]"), cells)
        })
        .collect();
    let grows = f
        .learning
        .iter()
        .enumerate()
        .flat_map(|(i, o)| {
            o.grows.iter().enumerate().map(move |(g, grow)| {
                let cells = vec![o.id.clone(), grow.competency.clone(), grow.up_to.clone()];
                row(format!("learning[{i}].grows[{g}]"), cells)
            })
        })
        .collect();
    let mobility = f
        .mobility
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let cells = vec![
                m.id.clone(),
                m.from.track.clone(),
                ids(&m.from.levels),
                ids(&m.from.bands),
                m.to.track.clone(),
                m.to.level.clone(),
                kind(&m.kind),
                lines(&m.outcomes),
                m.horizon_months.to_string(),
            ];
            row(format!("mobility[{i}]"), cells)
        })
        .collect();
    let prerequisites = f
        .mobility
        .iter()
        .enumerate()
        .flat_map(|(i, m)| {
            m.prerequisites.iter().enumerate().map(move |(p, pre)| {
                let cells = vec![
                    m.id.clone(),
                    pre.summary.clone(),
                    optional(&pre.competency),
                    optional(&pre.proficiency),
                ];
                row(format!("mobility[{i}].prerequisites[{p}]"), cells)
            })
        })
        .collect();
    vec![
        (FRAMEWORK, field_rows),
        (LINT_ALLOW, lint_allow),
        (CHANGELOG, changelog),
        (BANDS, bands),
        (SCALES, scales),
        (FAMILIES, families),
        (COMPETENCIES, competencies),
        (DESCRIPTORS, descriptors),
        (TRACKS, tracks),
        (ROLES, roles),
        (EXPECTATIONS, expectations),
        (MILESTONES, milestones),
        (LEARNING, learning),
        (GROWS, grows),
        (MOBILITY, mobility),
        (PREREQUISITES, prerequisites),
    ]
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
