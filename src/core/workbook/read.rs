//! Workbook → framework: each sheet read by its layout, every reference checked against the
//! sheet that defines it, every mistake located at its cell. The framework that comes out
//! still goes through `load` (validation) and `lint`, as any framework file does.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::cells::{read_ids, read_kind, read_lines, read_links, read_minimums, read_optional, read_yes_no};
use super::layout::*;
use super::model::{CellProblem, Workbook};
use super::read_framework_sheet::read_header;
use super::sheet_reader::{Row, SheetReader};
use crate::core::framework::*;

/// Steps of each scale by its ID; the default scale under "".
type Steps = HashMap<String, Vec<String>>;

pub fn from_workbook(workbook: &Workbook) -> Result<Framework, Vec<CellProblem>> {
    let mut problems = Vec::new();
    let p = &mut problems;
    for sheet in &workbook.sheets {
        if !SHEETS.iter().any(|layout| layout.name.eq_ignore_ascii_case(sheet.name.trim())) {
            let names: Vec<&str> = SHEETS.iter().map(|layout| layout.name).collect();
            p.push(CellProblem::sheet(
                &sheet.name,
                format!("unknown sheet; the sheets are: {}", names.join(", ")),
            ));
        }
    }
    let header = read_header(workbook, p);
    let mut governance = header.governance;
    governance.lint_allow = rows(workbook, LINT_ALLOW, p)
        .iter()
        .map(|r| LintAllow { rule: r.id("rule"), at: r.text("at"), reason: r.text("reason") })
        .collect();
    governance.changelog = rows(workbook, CHANGELOG, p)
        .iter()
        .map(|r| ChangelogEntry {
            version: r.text("version"),
            date: r.id("date"),
            summary: r.text("summary"),
        })
        .collect();

    let mut bands = Vec::new();
    for r in unique(rows(workbook, BANDS, p), &["id"], p) {
        bands.push(Band {
            id: r.id("id"),
            name: r.text("name"),
            scope: r.text("scope"),
            impact: r.text("impact"),
            autonomy: r.text("autonomy"),
            compensation: pay(&r, p),
            typical_months: r.number("typical months", p),
        });
    }
    if bands.is_empty() {
        p.push(CellProblem::sheet(BANDS.name, "fill in at least one band"));
    }
    let band_ids: HashSet<String> = bands.iter().map(|b| b.id.clone()).collect();

    let (proficiency_scale, scales) = read_scales(workbook, p);
    let mut steps: Steps = HashMap::new();
    steps.insert(String::new(), proficiency_scale.iter().map(|s| s.id.clone()).collect());
    for scale in &scales {
        steps.insert(scale.id.clone(), scale.levels.iter().map(|s| s.id.clone()).collect());
    }

    let families: Vec<Family> = unique(rows(workbook, FAMILIES, p), &["id"], p)
        .iter()
        .map(|r| Family { id: r.id("id"), name: r.text("name"), description: r.text("description") })
        .collect();

    let mut competencies = Vec::new();
    for r in unique(rows(workbook, COMPETENCIES, p), &["id"], p) {
        let scale = read_optional(&r.id("scale"));
        if let Some(scale) = &scale {
            if !steps.contains_key(scale) {
                p.push(r.problem("scale", format!("scale \"{scale}\" is not defined in Scales")));
            }
        }
        competencies.push(Competency {
            id: r.id("id"),
            name: r.text("name"),
            theme: r.text("theme"),
            description: r.text("description"),
            scale,
            descriptors: BTreeMap::new(),
        });
    }
    let scale_of: HashMap<String, String> =
        competencies.iter().map(|c| (c.id.clone(), c.scale.clone().unwrap_or_default())).collect();
    let refs = References { scale_of: &scale_of, steps: &steps };
    for r in unique(rows(workbook, DESCRIPTORS, p), &["competency", "step"], p) {
        if !refs.step(&r, "competency", "step", p) {
            continue;
        }
        let (examples, signals) = (read_lines(&r.text("examples")), read_lines(&r.text("signals")));
        let links = r.read("links", read_links(&r.text("links")), p).unwrap_or_default();
        let detailed = r.read("detailed", read_yes_no(&r.text("detailed"), false), p).unwrap_or(false);
        let text = r.text("text");
        let descriptor = if detailed || !examples.is_empty() || !signals.is_empty() || !links.is_empty() {
            Descriptor::Detailed(DetailedDescriptor { text, examples, signals, links })
        } else {
            Descriptor::Text(text)
        };
        if let Some(c) = competencies.iter_mut().find(|c| c.id == r.id("competency")) {
            c.descriptors.insert(r.id("step"), descriptor);
        }
    }

    let family_ids: HashSet<String> = families.iter().map(|f| f.id.clone()).collect();
    let mut role_refs_to_check = Vec::new();
    let mut tracks = Vec::new();
    let track_rows = rows(workbook, TRACKS, p);
    let track_rows = unique(track_rows, &["id"], p);
    for r in &track_rows {
        let family = read_optional(&r.id("family"));
        if let Some(family) = &family {
            if !family_ids.contains(family) {
                p.push(r.problem("family", format!("family \"{family}\" is not defined in Families")));
            }
        }
        let kind = if r.id("kind").is_empty() {
            TrackKind::Other
        } else {
            r.read("kind", read_kind(&r.text("kind"), &TRACK_KINDS), p).unwrap_or(TrackKind::Other)
        };
        let branches_from = role_ref(r, "branches from track", "branches from level", p);
        if let Some(role) = &branches_from {
            role_refs_to_check.push((r.problem("branches from level", ""), role.clone()));
        }
        let sunset = sunset(r, &mut role_refs_to_check, p);
        tracks.push(Track {
            id: r.id("id"),
            name: r.text("name"),
            kind,
            family,
            branches_from,
            manages_people: r
                .read("manages people", read_yes_no(&r.text("manages people"), false), p)
                .unwrap_or(false),
            description: r.text("description"),
            levels: Vec::new(),
            sunset,
        });
    }
    if tracks.is_empty() {
        p.push(CellProblem::sheet(TRACKS.name, "fill in at least one track, and its roles in Roles"));
    }

    for r in unique(rows(workbook, ROLES, p), &["track", "level"], p) {
        let Some(track) = tracks.iter().position(|t| t.id == r.id("track")) else {
            p.push(r.problem("track", format!("track \"{}\" is not defined in Tracks", r.id("track"))));
            continue;
        };
        if !band_ids.contains(&r.id("band")) {
            p.push(r.problem("band", format!("band \"{}\" is not defined in Bands", r.id("band"))));
        }
        let points = r.number::<u32>("points total", p).map(|total| PointsThreshold {
            total,
            minimums: r
                .read("points minimums", read_minimums(&r.text("points minimums")), p)
                .unwrap_or_default(),
        });
        let sunset = sunset(&r, &mut role_refs_to_check, p);
        let level = Level {
            id: r.id("level"),
            title: r.text("title"),
            band: r.id("band"),
            summary: r.text("summary"),
            impact: r.text("impact"),
            autonomy: r.text("autonomy"),
            influence: r.text("influence"),
            examples: read_lines(&r.text("examples")),
            signals: read_lines(&r.text("signals")),
            links: r.read("links", read_links(&r.text("links")), p).unwrap_or_default(),
            expectations: Vec::new(),
            points,
            milestones: Vec::new(),
            typical_months: r.number("typical months", p),
            promotion: promotion(&r, p),
            compensation: pay(&r, p),
            sunset,
        };
        tracks[track].levels.push(level);
    }
    for (r, track) in track_rows.iter().zip(&tracks) {
        if track.levels.is_empty() {
            p.push(r.problem("id", format!("track \"{}\" has no roles: add its levels in Roles", track.id)));
        }
    }
    let roles: HashSet<RoleRef> =
        tracks.iter().flat_map(|t| t.levels.iter().map(|l| RoleRef::new(&t.id, &l.id))).collect();
    for (problem, role) in role_refs_to_check {
        if !roles.contains(&role) {
            p.push(CellProblem { message: no_role(&role), ..problem });
        }
    }

    for r in unique(rows(workbook, EXPECTATIONS, p), &["track", "level", "competency"], p) {
        let Some(level) = level_of(&mut tracks, &r, p) else { continue };
        refs.step(&r, "competency", "proficiency", p);
        let weight = match r.id("weight") {
            blank if blank.is_empty() => 1.0,
            cell => cell.parse::<f64>().unwrap_or_else(|_| {
                p.push(r.problem("weight", format!("\"weight\" should be a number, not \"{cell}\"")));
                1.0
            }),
        };
        level.expectations.push(Expectation {
            competency: r.id("competency"),
            proficiency: r.id("proficiency"),
            weight,
            text: read_optional(&r.text("text")),
            examples: read_lines(&r.text("examples")),
            signals: read_lines(&r.text("signals")),
            links: r.read("links", read_links(&r.text("links")), p).unwrap_or_default(),
        });
    }
    for r in unique(rows(workbook, MILESTONES, p), &["track", "level", "id"], p) {
        let horizon_months = r.number("horizon months", p).unwrap_or_default();
        let links = r.read("links", read_links(&r.text("links")), p).unwrap_or_default();
        let Some(level) = level_of(&mut tracks, &r, p) else { continue };
        level.milestones.push(Milestone {
            id: r.id("id"),
            title: r.text("title"),
            evidence: r.text("evidence"),
            verification: r.text("verification"),
            horizon_months,
            examples: read_lines(&r.text("examples")),
            signals: read_lines(&r.text("signals")),
            links,
        });
    }

    let mut learning = Vec::new();
    for r in unique(rows(workbook, LEARNING, p), &["id"], p) {
        learning.push(LearningOpportunity {
            id: r.id("id"),
            title: r.text("title"),
            kind: r
                .read("kind", read_kind(&r.text("kind"), &LEARNING_KINDS), p)
                .unwrap_or(LearningKind::Course),
            description: r.text("description"),
            grows: Vec::new(),
            duration_weeks: r.number("duration weeks", p).unwrap_or_default(),
        });
    }
    for r in unique(rows(workbook, GROWS, p), &["learning", "competency"], p) {
        let Some(opportunity) = learning.iter_mut().find(|o| o.id == r.id("learning")) else {
            p.push(r.problem(
                "learning",
                format!("learning \"{}\" is not defined in Learning", r.id("learning")),
            ));
            continue;
        };
        refs.step(&r, "competency", "up to", p);
        opportunity.grows.push(Growth { competency: r.id("competency"), up_to: r.id("up to") });
    }

    let mut mobility = Vec::new();
    for r in unique(rows(workbook, MOBILITY, p), &["id"], p) {
        let from = MobilitySource {
            track: r.id("from track"),
            levels: read_ids(&r.text("from levels")),
            bands: read_ids(&r.text("from bands")),
        };
        match tracks.iter().find(|t| t.id == from.track) {
            None => {
                p.push(r.problem("from track", format!("track \"{}\" is not defined in Tracks", from.track)))
            }
            Some(track) => {
                for level in from.levels.iter().filter(|l| !track.levels.iter().any(|tl| &tl.id == *l)) {
                    p.push(r.problem("from levels", no_role(&RoleRef::new(&track.id, level))));
                }
            }
        }
        for band in from.bands.iter().filter(|b| !band_ids.contains(*b)) {
            p.push(r.problem("from bands", format!("band \"{band}\" is not defined in Bands")));
        }
        let to = RoleRef::new(r.id("to track"), r.id("to level"));
        if !roles.contains(&to) {
            p.push(r.problem("to level", no_role(&to)));
        }
        mobility.push(MobilityRule {
            id: r.id("id"),
            from,
            to,
            kind: r
                .read("kind", read_kind(&r.text("kind"), &MOBILITY_KINDS), p)
                .unwrap_or(MobilityKind::Transfer),
            prerequisites: Vec::new(),
            outcomes: read_lines(&r.text("outcomes")),
            horizon_months: r.number("horizon months", p).unwrap_or_default(),
        });
    }
    for r in rows(workbook, PREREQUISITES, p) {
        let Some(rule) = mobility.iter_mut().find(|m| m.id == r.id("mobility")) else {
            p.push(r.problem(
                "mobility",
                format!("mobility \"{}\" is not defined in Mobility", r.id("mobility")),
            ));
            continue;
        };
        let competency = read_optional(&r.id("competency"));
        let proficiency = read_optional(&r.id("proficiency"));
        match (&competency, &proficiency) {
            (Some(_), Some(_)) => {
                refs.step(&r, "competency", "proficiency", p);
            }
            (Some(_), None) => {
                refs.competency(&r, "competency", p);
            }
            _ => {}
        }
        rule.prerequisites.push(Prerequisite { summary: r.text("summary"), competency, proficiency });
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Framework {
        format: header.format,
        meta: header.meta,
        governance,
        bands,
        proficiency_scale,
        scales,
        families,
        competencies,
        tracks,
        learning,
        mobility,
        readiness: header.readiness,
        pacing: header.pacing,
    })
}

const TRACK_KINDS: [TrackKind; 6] = [
    TrackKind::Technical,
    TrackKind::ProjectLeadership,
    TrackKind::Process,
    TrackKind::Customer,
    TrackKind::PeopleManagement,
    TrackKind::Other,
];
const LEARNING_KINDS: [LearningKind; 7] = [
    LearningKind::Course,
    LearningKind::Mentoring,
    LearningKind::OnTheJob,
    LearningKind::StretchAssignment,
    LearningKind::Rotation,
    LearningKind::Secondment,
    LearningKind::MicroCredential,
];
const MOBILITY_KINDS: [MobilityKind; 3] =
    [MobilityKind::Rotation, MobilityKind::Secondment, MobilityKind::Transfer];

fn rows<'a>(workbook: &'a Workbook, layout: SheetLayout, p: &mut Vec<CellProblem>) -> Vec<Row<'a>> {
    SheetReader::open(workbook, layout, p).rows(p)
}

/// The rows whose `key` cells differ from every row above; a repeat is reported as a duplicate.
fn unique<'a>(rows: Vec<Row<'a>>, key: &[&str], p: &mut Vec<CellProblem>) -> Vec<Row<'a>> {
    let mut seen: HashMap<Vec<String>, usize> = HashMap::new();
    let mut kept = Vec::new();
    for row in rows {
        let values: Vec<String> = key.iter().map(|column| row.id(column)).collect();
        if let Some(first) = seen.get(&values) {
            let last = key[key.len() - 1];
            p.push(row.problem(
                last,
                format!(
                    "{} \"{}\" appears twice (first in row {first})",
                    key.join(" and "),
                    values.join("\", \"")
                ),
            ));
            continue;
        }
        seen.insert(values, row.number);
        kept.push(row);
    }
    kept
}

fn no_role(role: &RoleRef) -> String {
    format!("role \"{}\" of track \"{}\" is not defined in Roles", role.level, role.track)
}

/// Both cells blank is none; one of the two blank is a mistake.
fn role_ref(r: &Row, track: &str, level: &str, p: &mut Vec<CellProblem>) -> Option<RoleRef> {
    match (r.id(track), r.id(level)) {
        (t, l) if t.is_empty() && l.is_empty() => None,
        (t, l) if t.is_empty() || l.is_empty() => {
            p.push(r.problem(
                if t.is_empty() { track } else { level },
                format!("fill in both \"{track}\" and \"{level}\""),
            ));
            None
        }
        (t, l) => Some(RoleRef::new(t, l)),
    }
}

fn sunset(r: &Row, to_check: &mut Vec<(CellProblem, RoleRef)>, p: &mut Vec<CellProblem>) -> Option<Sunset> {
    let successor = role_ref(r, "successor track", "successor level", p);
    if let Some(role) = &successor {
        to_check.push((r.problem("successor level", ""), role.clone()));
    }
    let date = r.id("sunset date");
    if date.is_empty() {
        if successor.is_some() {
            p.push(r.problem("sunset date", "a successor needs a sunset date"));
        }
        return None;
    }
    Some(Sunset { date, successor })
}

fn pay(r: &Row, p: &mut Vec<CellProblem>) -> Option<Compensation> {
    let columns = ["pay min", "pay mid", "pay max", "pay currency"];
    if columns.iter().all(|c| r.id(c).is_empty()) {
        return None;
    }
    let amount = |column: &str, p: &mut Vec<CellProblem>| {
        r.number::<u64>(column, p).unwrap_or_else(|| {
            if r.id(column).is_empty() {
                p.push(r.problem(
                    column,
                    format!("\"{column}\" must be filled in with the rest of the pay range"),
                ));
            }
            0
        })
    };
    Some(Compensation {
        min: amount("pay min", p),
        mid: amount("pay mid", p),
        max: amount("pay max", p),
        currency: r.id("pay currency"),
    })
}

fn promotion(r: &Row, p: &mut Vec<CellProblem>) -> Option<PromotionProcess> {
    let parts = ["decided by", "evidence", "calibration", "interviews", "links"]
        .map(|part| format!("promotion {part}"));
    if parts.iter().all(|c| r.text(c).is_empty()) {
        return None;
    }
    Some(PromotionProcess {
        decided_by: r.text(&parts[0]),
        evidence: r.text(&parts[1]),
        calibration: read_optional(&r.text(&parts[2])),
        interviews: read_optional(&r.text(&parts[3])),
        links: r.read(&parts[4], read_links(&r.text(&parts[4])), p).unwrap_or_default(),
    })
}

/// The level a row's `track` and `level` name, or a problem at the cell that names nothing.
fn level_of<'t>(tracks: &'t mut [Track], r: &Row, p: &mut Vec<CellProblem>) -> Option<&'t mut Level> {
    let Some(track) = tracks.iter_mut().find(|t| t.id == r.id("track")) else {
        p.push(r.problem("track", format!("track \"{}\" is not defined in Tracks", r.id("track"))));
        return None;
    };
    let level = track.levels.iter_mut().find(|l| l.id == r.id("level"));
    if level.is_none() {
        p.push(r.problem("level", no_role(&RoleRef::new(r.id("track"), r.id("level")))));
    }
    level
}

/// The default scale (rows whose `scale` is blank) and the named scales, in order of first row.
fn read_scales(workbook: &Workbook, p: &mut Vec<CellProblem>) -> (Vec<Proficiency>, Vec<Scale>) {
    let mut default = Vec::new();
    let mut scales: Vec<(Scale, usize)> = Vec::new();
    for r in unique(rows(workbook, SCALES, p), &["scale", "step"], p) {
        let step = Proficiency {
            id: r.id("step"),
            name: r.text("name"),
            description: r.text("description"),
            points: r.number("points", p),
        };
        let id = r.id("scale");
        if id.is_empty() {
            default.push(step);
            continue;
        }
        match scales.iter_mut().find(|(s, _)| s.id == id) {
            Some((scale, first)) => {
                if !r.text("scale name").is_empty() && r.text("scale name") != scale.name {
                    p.push(r.problem(
                        "scale name",
                        format!("scale \"{id}\" is named \"{}\" in row {first}", scale.name),
                    ));
                }
                scale.levels.push(step);
            }
            None => scales.push((Scale { id, name: r.text("scale name"), levels: vec![step] }, r.number)),
        }
    }
    (default, scales.into_iter().map(|(scale, _)| scale).collect())
}

/// Competencies and their scales' steps, to check the cells that name them.
struct References<'a> {
    scale_of: &'a HashMap<String, String>,
    steps: &'a Steps,
}

impl References<'_> {
    fn competency(&self, r: &Row, column: &str, p: &mut Vec<CellProblem>) -> bool {
        let id = r.id(column);
        let known = self.scale_of.contains_key(&id);
        if !known {
            p.push(r.problem(column, format!("competency \"{id}\" is not defined in Competencies")));
        }
        known
    }

    /// Whether the row's competency exists and its `step` cell is a step of its scale.
    fn step(&self, r: &Row, competency: &str, step: &str, p: &mut Vec<CellProblem>) -> bool {
        if !self.competency(r, competency, p) {
            return false;
        }
        let scale = &self.scale_of[&r.id(competency)];
        let Some(steps) = self.steps.get(scale) else { return false };
        let id = r.id(step);
        let known = steps.contains(&id);
        if !known {
            let which =
                if scale.is_empty() { "the default scale".to_string() } else { format!("scale \"{scale}\"") };
            p.push(r.problem(step, format!("proficiency \"{id}\" is not a step of {which} in Scales")));
        }
        known
    }
}
