//! The workbook round-trip (docs/workbook.md): every mistake located at its cell, and
//! framework → workbook → framework is identity, through CSV and `.xlsx` too.
#![cfg(not(target_arch = "wasm32"))]

use mosaic::core::framework::*;
use mosaic::core::workbook::*;
use proptest::prelude::*;

const FIXTURES: [&str; 5] = [
    include_str!("../public/framework.json"),
    include_str!("fixtures/format2/ladder-yaml.json"),
    include_str!("fixtures/format2/points-ladder.json"),
    include_str!("fixtures/format2/multi-discipline.json"),
    include_str!("fixtures/large.json"),
];

fn framework(text: &str) -> Framework {
    load(text).expect("fixture loads").framework
}

fn sample() -> Framework {
    framework(FIXTURES[0])
}

fn sheet_mut<'a>(workbook: &'a mut Workbook, name: &str) -> &'a mut Sheet {
    workbook.sheets.iter_mut().find(|s| s.name == name).unwrap()
}

fn column(workbook: &Workbook, sheet: &str, name: &str) -> usize {
    workbook.sheet(sheet).unwrap().header.iter().position(|h| h == name).unwrap()
}

/// The problems of a workbook that should not convert, as displayed.
fn problems(workbook: &Workbook) -> Vec<String> {
    from_workbook(workbook).expect_err("the workbook has a mistake").iter().map(|p| p.to_string()).collect()
}

#[test]
fn every_fixture_converts_to_a_workbook_and_back_unchanged() {
    for text in FIXTURES {
        let original = framework(text);
        let workbook = to_workbook(&original);
        assert_eq!(from_workbook(&workbook), Ok(original.clone()), "{}", original.meta.id);
        // And the workbook written from the framework read back is the same workbook.
        assert_eq!(to_workbook(&from_workbook(&workbook).unwrap()), workbook);
    }
}

#[test]
fn the_converted_text_loads_as_the_same_framework() {
    let original = sample();
    let text = framework_text(&from_workbook(&to_workbook(&original)).unwrap());
    assert_eq!(load(&text).unwrap().framework, original);
}

#[test]
fn csv_files_and_xlsx_bytes_keep_every_cell() {
    for text in FIXTURES {
        let workbook = to_workbook(&framework(text));
        let files = to_csv_files(&workbook);
        assert!(files.iter().any(|(name, _)| name == "Roles.csv"));
        assert_eq!(from_csv_files(&files), Ok(workbook.clone()));
        let bytes = to_xlsx(&workbook).unwrap();
        assert_eq!(from_xlsx(&bytes), Ok(workbook));
    }
}

#[test]
fn a_problem_is_shown_as_sheet_cell_and_message() {
    let problem = CellProblem::at("Roles", 14, 2, "band \"b9\" is not defined in Bands");
    assert_eq!(problem.to_string(), "Roles!C14: band \"b9\" is not defined in Bands");
    assert_eq!(column_letter(27), "AB");
}

#[test]
fn a_missing_sheet_is_named() {
    let mut workbook = to_workbook(&sample());
    workbook.sheets.retain(|s| s.name != "Roles");
    assert!(problems(&workbook).contains(&"Roles: the sheet is missing".to_string()));
}

#[test]
fn an_unknown_sheet_is_named() {
    let mut workbook = to_workbook(&sample());
    workbook.sheets.push(Sheet { name: "Role".into(), ..Sheet::default() });
    assert!(problems(&workbook)[0].starts_with("Role: unknown sheet"));
}

#[test]
fn an_unknown_column_is_located_in_the_header() {
    let mut workbook = to_workbook(&sample());
    let roles = sheet_mut(&mut workbook, "Roles");
    roles.header[3] = "grade".into();
    let found = problems(&workbook);
    assert!(found.iter().any(|p| p.starts_with("Roles!D1: unknown column \"grade\"")), "{found:?}");
    assert!(found.contains(&"Roles: the column \"band\" is missing".to_string()), "{found:?}");
}

#[test]
fn optional_columns_may_be_left_out() {
    let mut workbook = to_workbook(&sample());
    let bands = sheet_mut(&mut workbook, "Bands");
    bands.header.truncate(2);
    for row in &mut bands.rows {
        row.truncate(2);
    }
    let read = from_workbook(&workbook).unwrap();
    assert!(read.bands.iter().all(|b| b.scope.is_empty() && b.compensation.is_none()));
}

#[test]
fn a_bad_band_reference_is_located_at_its_cell() {
    let mut workbook = to_workbook(&sample());
    let band = column(&workbook, "Roles", "band");
    sheet_mut(&mut workbook, "Roles").rows[12][band] = "b9".into();
    assert_eq!(problems(&workbook), ["Roles!D14: band \"b9\" is not defined in Bands"]);
}

#[test]
fn bad_competency_proficiency_track_and_role_references_are_located() {
    let original = sample();
    let mut workbook = to_workbook(&original);
    let e = |name| column(&workbook, "Expectations", name);
    let (competency, proficiency, level) = (e("competency"), e("proficiency"), e("level"));
    let track = column(&workbook, "Roles", "track");
    let to_level = column(&workbook, "Mobility", "to level");
    let rows = &mut sheet_mut(&mut workbook, "Expectations").rows;
    rows[0][competency] = "telepathy".into();
    rows[1][proficiency] = "wizard".into();
    rows[2][level] = "nowhere".into();
    let roles = sheet_mut(&mut workbook, "Roles");
    let mut stray = roles.rows[0].clone();
    stray[track] = "astronauts".into();
    roles.rows.push(stray);
    let stray_row = roles.rows.len() + 1;
    if !original.mobility.is_empty() {
        sheet_mut(&mut workbook, "Mobility").rows[0][to_level] = "nowhere".into();
    }
    let found = problems(&workbook);
    let letter = |c| column_letter(c);
    assert!(
        found.contains(&format!(
            "Expectations!{}2: competency \"telepathy\" is not defined in Competencies",
            letter(competency)
        )),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with(&format!(
            "Expectations!{}3: proficiency \"wizard\" is not a step of",
            letter(proficiency)
        ))),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with(&format!("Expectations!{}4: role \"nowhere\"", letter(level)))),
        "{found:?}"
    );
    assert!(
        found.contains(&format!("Roles!A{stray_row}: track \"astronauts\" is not defined in Tracks")),
        "{found:?}"
    );
    if !original.mobility.is_empty() {
        assert!(
            found.iter().any(|p| p.starts_with(&format!("Mobility!{}2: role \"nowhere\"", letter(to_level)))),
            "{found:?}"
        );
    }
}

#[test]
fn a_word_where_a_number_belongs_is_located() {
    let mut workbook = to_workbook(&sample());
    let weight = column(&workbook, "Expectations", "weight");
    let months = column(&workbook, "Milestones", "horizon months");
    sheet_mut(&mut workbook, "Expectations").rows[4][weight] = "heavy".into();
    sheet_mut(&mut workbook, "Milestones").rows[0][months] = "six".into();
    let found = problems(&workbook);
    assert!(
        found.contains(&format!(
            "Expectations!{}6: \"weight\" should be a number, not \"heavy\"",
            column_letter(weight)
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&format!(
            "Milestones!{}2: \"horizon months\" should be a whole number, not \"six\"",
            column_letter(months)
        )),
        "{found:?}"
    );
}

#[test]
fn a_duplicate_row_points_at_the_first() {
    let mut workbook = to_workbook(&sample());
    let bands = sheet_mut(&mut workbook, "Bands");
    let copy = bands.rows[0].clone();
    bands.rows.push(copy);
    let row = bands.rows.len() + 1;
    let found = problems(&workbook);
    assert!(
        found.contains(&format!(
            "Bands!A{row}: id \"{}\" appears twice (first in row 2)",
            sample().bands[0].id
        )),
        "{found:?}"
    );
}

#[test]
fn a_blank_key_cell_and_a_bad_link_are_located() {
    let mut workbook = to_workbook(&sample());
    let links = column(&workbook, "Roles", "links");
    let roles = sheet_mut(&mut workbook, "Roles");
    roles.rows[1][1] = "  ".into();
    roles.rows[2][links] = "Handbook https://example.org".into();
    let found = problems(&workbook);
    assert!(found.contains(&"Roles!B3: \"level\" must be filled in".to_string()), "{found:?}");
    assert!(
        found.iter().any(|p| p.starts_with(&format!("Roles!{}4: a link is written", column_letter(links)))),
        "{found:?}"
    );
}

#[test]
fn the_template_reimports_asking_for_bands_and_tracks() {
    let found = problems(&template());
    assert_eq!(
        found,
        ["Bands: fill in at least one band", "Tracks: fill in at least one track, and its roles in Roles"]
    );
    let via_xlsx = from_xlsx(&to_xlsx(&template()).unwrap()).unwrap();
    assert_eq!(from_workbook(&via_xlsx).unwrap_err().len(), 2);
}

#[test]
fn a_track_without_roles_is_located() {
    let mut workbook = to_workbook(&sample());
    let first_track = sample().tracks[0].id.clone();
    sheet_mut(&mut workbook, "Roles").rows.retain(|row| row[0] != first_track);
    sheet_mut(&mut workbook, "Expectations").rows.retain(|row| row[0] != first_track);
    sheet_mut(&mut workbook, "Milestones").rows.retain(|row| row[0] != first_track);
    let found = problems(&workbook);
    assert!(
        found.contains(&format!("Tracks!A2: track \"{first_track}\" has no roles: add its levels in Roles")),
        "{found:?}"
    );
}

#[test]
fn columns_in_another_order_and_blank_rows_read_the_same() {
    let original = sample();
    let mut workbook = to_workbook(&original);
    for sheet in &mut workbook.sheets {
        sheet.header.reverse();
        for row in &mut sheet.rows {
            row.resize(sheet.header.len(), String::new());
            row.reverse();
        }
        sheet.rows.insert(0, vec![String::new(); sheet.header.len()]);
    }
    assert_eq!(from_workbook(&workbook), Ok(original));
}

// Random frameworks that use every field the format has, with references that hold.

fn text() -> impl Strategy<Value = String> {
    "[ a-zA-Zé0-9,.;:'\"|!?()-]{0,12}"
}
fn line() -> impl Strategy<Value = String> {
    "[a-zA-Zé0-9][ a-zA-Z0-9,.:|-]{0,10}"
}
fn lines() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(line(), 0..3)
}
fn id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9._-]{0,5}"
}
fn date() -> impl Strategy<Value = String> {
    (2000u32..2040, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
}
fn links() -> impl Strategy<Value = Vec<Link>> {
    prop::collection::vec(
        (line(), "[a-z./]{1,8}").prop_map(|(title, path)| Link { title, url: format!("https://{path}") }),
        0..3,
    )
}
fn optional<T: std::fmt::Debug + Clone>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Option<T>> {
    prop::option::of(s)
}
fn nonblank() -> impl Strategy<Value = String> {
    line()
}
fn promotion() -> impl Strategy<Value = PromotionProcess> {
    (nonblank(), nonblank(), optional(nonblank()), optional(nonblank()), links()).prop_map(
        |(decided_by, evidence, calibration, interviews, links)| PromotionProcess {
            decided_by,
            evidence,
            calibration,
            interviews,
            links,
        },
    )
}
fn pay() -> impl Strategy<Value = Compensation> {
    (any::<u64>(), 0u64..1_000_000, any::<u32>(), "[A-Z]{3}")
        .prop_map(|(min, mid, max, currency)| Compensation { min, mid, max: max as u64, currency })
}
fn steps(prefix: &'static str) -> impl Strategy<Value = Vec<Proficiency>> {
    prop::collection::vec((text(), text(), optional(0u32..100)), 1..4).prop_map(move |steps| {
        steps
            .into_iter()
            .enumerate()
            .map(|(i, (name, description, points))| Proficiency {
                id: format!("{prefix}{i}"),
                name,
                description,
                points,
            })
            .collect()
    })
}

prop_compose! {
    fn random_framework()(
        format in 1u32..3,
        meta in (id(), nonblank(), text(), text(), text(), "[a-z]{2}", date()),
        governance in (text(), 1u32..40, date(), prop::collection::vec((text(), date(), text()), 0..3), optional(promotion()), prop::collection::vec((id(), text(), text()), 0..3)),
        bands in prop::collection::vec((text(), text(), text(), text(), optional(pay()), optional(1u32..60)), 1..4),
        default_scale in prop::option::of(steps("d")),
        named_scale in prop::option::of((text(), steps("n"))),
        families in prop::collection::vec((text(), text()), 0..3),
        competencies in prop::collection::vec((text(), text(), text(), any::<bool>(), prop::collection::vec((any::<u8>(), text(), lines(), lines(), links(), any::<bool>()), 0..3)), 1..4),
        tracks in prop::collection::vec((text(), 0usize..6, any::<u8>(), any::<bool>(), text(), any::<bool>(), optional(date())), 1..4),
        levels in prop::collection::vec(((text(), any::<u8>(), text(), text(), text(), text(), lines(), lines(), links()), (optional((1u32..500, prop::collection::vec((text(), 1u32..50), 0..3))), optional(1u32..40), optional(promotion()), optional(pay()), optional(date()))), 1..8),
        expectations in prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>(), prop_oneof![Just(1.0f64), 0.01f64..10.0], optional(nonblank()), lines(), lines(), links()), 0..10),
        milestones in prop::collection::vec((any::<u8>(), text(), text(), text(), any::<u32>(), lines(), lines(), links()), 0..4),
        learning in prop::collection::vec((text(), 0usize..7, text(), any::<u32>(), prop::collection::vec((any::<u8>(), any::<u8>()), 1..3)), 0..3),
        mobility in prop::collection::vec((any::<u8>(), any::<u8>(), any::<bool>(), 0usize..3, lines(), any::<u32>(), prop::collection::vec((text(), optional((any::<u8>(), any::<bool>()))), 0..3)), 0..3),
        readiness in (1u8..101, 0u8..101, 0u8..101, 1u8..101, any::<bool>()),
        pacing in (1u32..30, 1u32..30),
    ) -> Framework {
        let band_ids: Vec<String> = (0..bands.len()).map(|i| format!("b{i}")).collect();
        let default_scale = if named_scale.is_none() { default_scale.or_else(|| Some(vec![Proficiency { id: "d0".into(), name: "x".into(), description: String::new(), points: None }])) } else { default_scale };
        let scales: Vec<Scale> = named_scale.map(|(name, levels)| Scale { id: "named".into(), name: if name.is_empty() { "n".into() } else { name }, levels }).into_iter().collect();
        let proficiency_scale = default_scale.unwrap_or_default();
        let families: Vec<Family> = families.into_iter().enumerate().map(|(i, (name, description))| Family { id: format!("f{i}"), name, description }).collect();
        let competencies: Vec<Competency> = competencies.into_iter().enumerate().map(|(i, (name, theme, description, named, descriptors))| {
            let scale = (named && !scales.is_empty() || proficiency_scale.is_empty()).then(|| "named".to_string());
            let steps: &[Proficiency] = if scale.is_some() { &scales[0].levels } else { &proficiency_scale };
            let descriptors = descriptors.into_iter().map(|(pick, text, examples, signals, links, detailed)| {
                let step = steps[pick as usize % steps.len()].id.clone();
                let d = if detailed || !examples.is_empty() || !signals.is_empty() || !links.is_empty() {
                    Descriptor::Detailed(DetailedDescriptor { text, examples, signals, links })
                } else { Descriptor::Text(text) };
                (step, d)
            }).collect();
            Competency { id: format!("c{i}"), name, theme, description, scale, descriptors }
        }).collect();
        let steps_of = |c: &Competency| -> Vec<String> {
            if c.scale.is_some() { scales[0].levels.iter().map(|s| s.id.clone()).collect() } else { proficiency_scale.iter().map(|s| s.id.clone()).collect() }
        };
        let kinds = [TrackKind::Technical, TrackKind::ProjectLeadership, TrackKind::Process, TrackKind::Customer, TrackKind::PeopleManagement, TrackKind::Other];
        let mut tracks: Vec<Track> = tracks.into_iter().enumerate().map(|(i, (name, kind, family, has_family, description, manages_people, sunset))| Track {
            id: format!("t{i}"), name, kind: kinds[kind], family: (has_family && !families.is_empty()).then(|| families[family as usize % families.len()].id.clone()),
            branches_from: None, manages_people, description, levels: Vec::new(), sunset: sunset.map(|date| Sunset { date, successor: None }),
        }).collect();
        let track_count = tracks.len();
        for (i, ((title, band, summary, impact, autonomy, influence, examples, signals, links), (points, typical_months, promotion, compensation, sunset))) in levels.into_iter().enumerate() {
            let track = &mut tracks[i % track_count];
            track.levels.push(Level {
                id: format!("l{i}"), title, band: band_ids[band as usize % band_ids.len()].clone(), summary, impact, autonomy, influence, examples, signals, links,
                expectations: Vec::new(),
                points: points.map(|(total, minimums)| PointsThreshold { total, minimums: minimums.into_iter().map(|(theme, points)| ThemeMinimum { theme, points }).collect() }),
                milestones: Vec::new(), typical_months, promotion, compensation, sunset: sunset.map(|date| Sunset { date, successor: Some(RoleRef::new("t0", "l0")) }),
            });
        }
        tracks.retain(|t| !t.levels.is_empty());
        let roles: Vec<RoleRef> = tracks.iter().flat_map(|t| t.levels.iter().map(|l| RoleRef::new(&t.id, &l.id))).collect();
        if tracks.len() > 1 {
            let first = roles[0].clone();
            tracks[1].branches_from = Some(first);
        }
        for (role, competency, step, weight, text, examples, signals, links) in expectations {
            let role = &roles[role as usize % roles.len()];
            let c = &competencies[competency as usize % competencies.len()];
            let steps = steps_of(c);
            let level = tracks.iter_mut().find(|t| t.id == role.track).unwrap().levels.iter_mut().find(|l| l.id == role.level).unwrap();
            if level.expectations.iter().any(|e| e.competency == c.id) { continue; }
            level.expectations.push(Expectation { competency: c.id.clone(), proficiency: steps[step as usize % steps.len()].clone(), weight, text, examples, signals, links });
        }
        for (i, (role, title, evidence, verification, horizon_months, examples, signals, links)) in milestones.into_iter().enumerate() {
            let role = &roles[role as usize % roles.len()];
            let level = tracks.iter_mut().find(|t| t.id == role.track).unwrap().levels.iter_mut().find(|l| l.id == role.level).unwrap();
            level.milestones.push(Milestone { id: format!("m{i}"), title, evidence, verification, horizon_months, examples, signals, links });
        }
        let learning_kinds = [LearningKind::Course, LearningKind::Mentoring, LearningKind::OnTheJob, LearningKind::StretchAssignment, LearningKind::Rotation, LearningKind::Secondment, LearningKind::MicroCredential];
        let learning = learning.into_iter().enumerate().map(|(i, (title, kind, description, duration_weeks, grows))| {
            let mut seen = Vec::new();
            let grows = grows.into_iter().filter_map(|(c, step)| {
                let c = &competencies[c as usize % competencies.len()];
                if seen.contains(&c.id) { return None; }
                seen.push(c.id.clone());
                let steps = steps_of(c);
                Some(Growth { competency: c.id.clone(), up_to: steps[step as usize % steps.len()].clone() })
            }).collect();
            LearningOpportunity { id: format!("o{i}"), title, kind: learning_kinds[kind], description, grows, duration_weeks }
        }).collect();
        let mobility_kinds = [MobilityKind::Rotation, MobilityKind::Secondment, MobilityKind::Transfer];
        let mobility = mobility.into_iter().enumerate().map(|(i, (from, to, narrow, kind, outcomes, horizon_months, prerequisites))| {
            let from = &roles[from as usize % roles.len()];
            MobilityRule {
                id: format!("r{i}"),
                from: MobilitySource { track: from.track.clone(), levels: if narrow { vec![from.level.clone()] } else { Vec::new() }, bands: if narrow { vec![band_ids[0].clone()] } else { Vec::new() } },
                to: roles[to as usize % roles.len()].clone(),
                kind: mobility_kinds[kind],
                prerequisites: prerequisites.into_iter().map(|(summary, check)| {
                    let (competency, proficiency) = match check {
                        Some((c, with_step)) => {
                            let c = &competencies[c as usize % competencies.len()];
                            (Some(c.id.clone()), with_step.then(|| steps_of(c)[0].clone()))
                        }
                        None => (None, None),
                    };
                    Prerequisite { summary, competency, proficiency }
                }).collect(),
                outcomes, horizon_months,
            }
        }).collect();
        let (id, name, organization, purpose, version, locale, effective_date) = meta;
        let (council, review_cadence_months, last_review, changelog, promotion, lint_allow) = governance;
        Framework {
            format,
            meta: Meta { id, name, organization, purpose, version, locale, effective_date },
            governance: Governance {
                council, review_cadence_months, last_review,
                changelog: changelog.into_iter().map(|(version, date, summary)| ChangelogEntry { version: if version.trim().is_empty() { "v".into() } else { version }, date, summary }).collect(),
                promotion,
                lint_allow: lint_allow.into_iter().map(|(rule, at, reason)| LintAllow { rule, at, reason }).collect(),
            },
            bands: bands.into_iter().enumerate().map(|(i, (name, scope, impact, autonomy, compensation, typical_months))| Band { id: band_ids[i].clone(), name, scope, impact, autonomy, compensation, typical_months }).collect(),
            proficiency_scale, scales, families, competencies, tracks, learning, mobility,
            readiness: ReadinessPolicy { close_from_percent: readiness.0, stretch_from_percent: readiness.1, milestone_share_percent: readiness.2, expectations_met_percent: readiness.3, milestones_required: readiness.4 },
            pacing: Pacing { months_in_level: pacing.0, on_the_job_months_per_step: pacing.1 },
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn framework_to_workbook_to_framework_is_identity(f in random_framework()) {
        let workbook = to_workbook(&f);
        prop_assert_eq!(from_workbook(&workbook), Ok(f.clone()));
        prop_assert_eq!(from_csv_files(&to_csv_files(&workbook)), Ok(workbook.clone()));
        prop_assert_eq!(from_xlsx(&to_xlsx(&workbook).unwrap()), Ok(workbook));
    }
}

// Problems found in the framework, shown at the workbook cell that holds the value.

/// Every value of the framework file (strings, numbers, yes/no), by its JSON path as
/// problems name it: `tracks[0].levels[1].band`, `competencies[2].descriptors.b1`.
fn leaves(value: &serde_json::Value, path: String, out: &mut Vec<(String, serde_json::Value)>) {
    let join = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
    match value {
        serde_json::Value::Object(map) => map.iter().for_each(|(key, value)| leaves(value, join(key), out)),
        serde_json::Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, value)| leaves(value, format!("{path}[{i}]"), out))
        }
        serde_json::Value::Null => {}
        leaf => out.push((path, leaf.clone())),
    }
}

/// The text of a located cell in the workbook the framework writes, checking the header.
fn cell_text(workbook: &Workbook, cell: &WorkbookCell) -> String {
    let sheet = workbook.sheet(cell.sheet).unwrap();
    let index = sheet.header.iter().position(|h| h == cell.header).unwrap();
    assert_eq!(column_letter(index), cell.column, "{cell}: the header {} is in another column", cell.header);
    sheet.rows[cell.row - 2].get(index).cloned().unwrap_or_default()
}

/// A cell holds a value when it is the value, or one of its lines is, or one part of a line
/// written as `title | url`, `theme: points` or `a, b`.
fn holds(cell: &str, value: &serde_json::Value) -> bool {
    let wanted = match value {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Bool(yes) => if *yes { "yes" } else { "no" }.to_string(),
        serde_json::Value::Number(n) if cell.trim().parse::<f64>().ok() == n.as_f64() => return true,
        other => other.to_string(),
    };
    cell == wanted
        || cell.split('\n').any(|line| {
            let link = line.rsplit_once(" | ").map(|(a, b)| [a, b]).unwrap_or_default();
            let minimum = line.rsplit_once(':').map(|(a, b)| [a, b.trim()]).unwrap_or_default();
            line == wanted
                || link.contains(&wanted.as_str())
                || minimum.contains(&wanted.as_str())
                || line.split(", ").any(|id| id == wanted)
        })
}

/// Every value of the framework is located at a cell of its workbook that holds it.
fn every_value_is_at_a_cell_holding_it(f: &Framework) -> Result<usize, String> {
    let workbook = to_workbook(f);
    let mut values = Vec::new();
    leaves(&serde_json::to_value(f).unwrap(), String::new(), &mut values);
    let cells = locate_cells(f, values.iter().map(|(path, _)| path.as_str()));
    for ((path, value), cell) in values.iter().zip(cells) {
        let cell = cell.ok_or_else(|| format!("{path} has no cell"))?;
        let text = cell_text(&workbook, &cell);
        if !holds(&text, value) {
            return Err(format!(
                "{path} = {value} is located at {cell} ({}), which holds {text:?}",
                cell.header
            ));
        }
    }
    Ok(values.len())
}

#[test]
fn every_value_of_every_fixture_is_located_at_the_cell_that_holds_it() {
    for text in FIXTURES {
        let checked = every_value_is_at_a_cell_holding_it(&framework(text)).unwrap();
        assert!(checked > 100, "only {checked} values");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_value_of_any_framework_is_located_at_the_cell_that_holds_it(f in random_framework()) {
        prop_assert!(every_value_is_at_a_cell_holding_it(&f).is_ok(), "{:?}", every_value_is_at_a_cell_holding_it(&f));
    }
}

#[test]
fn a_cell_is_shown_as_sheet_column_and_row() {
    let f = sample();
    let cell = locate_cell(&f, "tracks[0].levels[1].band").unwrap();
    assert_eq!((cell.sheet, cell.column.as_str(), cell.header), ("Roles", "D", "band"));
    assert_eq!(cell.to_string(), format!("Roles!D{}", cell.row));
    assert_eq!(cell.row, 3, "the header is row 1, the first track's first role row 2");
}

#[test]
fn a_whole_item_is_its_rows_id_cell() {
    for text in FIXTURES {
        let f = framework(text);
        let workbook = to_workbook(&f);
        let mut paths = Vec::new();
        for (t, track) in f.tracks.iter().enumerate() {
            paths.push(format!("tracks[{t}]"));
            for l in 0..track.levels.len() {
                paths.push(format!("tracks[{t}].levels[{l}]"));
                paths.push(format!("tracks[{t}].levels[{l}].expectations"));
                paths.push(format!("tracks[{t}].levels[{l}].expectations[0]"));
            }
        }
        let mut cells = locate_cells(&f, paths.iter().map(String::as_str)).into_iter();
        for track in &f.tracks {
            let cell = cells.next().flatten().unwrap();
            assert_eq!((cell.sheet, cell.header), ("Tracks", "id"));
            assert_eq!(cell_text(&workbook, &cell), track.id);
            for level in &track.levels {
                let cell = cells.next().flatten().unwrap();
                assert_eq!((cell.sheet, cell.header), ("Roles", "level"));
                assert_eq!(cell_text(&workbook, &cell), level.id);
                let row = &workbook.sheet("Roles").unwrap().rows[cell.row - 2];
                assert_eq!(row[0], track.id, "{cell} is a role of another track");
                let (first, whole) = (cells.next().flatten().unwrap(), cells.next().flatten().unwrap());
                if level.expectations.is_empty() {
                    assert_eq!(
                        (first.sheet, first.row),
                        ("Roles", cell.row),
                        "no expectations: the role's row"
                    );
                } else {
                    assert_eq!((first.sheet, first.header), ("Expectations", "competency"));
                    assert_eq!(
                        (whole.sheet, whole.row, whole.column.as_str()),
                        ("Expectations", first.row, "A")
                    );
                }
            }
        }
    }
}

#[test]
fn a_part_written_over_several_cells_is_its_first_and_an_empty_list_its_owners_row() {
    let mut f = sample();
    f.governance.promotion = Some(PromotionProcess {
        decided_by: "The council".into(),
        evidence: "A packet".into(),
        calibration: None,
        interviews: None,
        links: Vec::new(),
    });
    let cell = locate_cell(&f, "governance.promotion").unwrap();
    assert_eq!((cell.sheet, cell.header), ("Framework", "value"));
    assert_eq!(cell_text(&to_workbook(&f), &cell), "The council");
    f.tracks[0].levels[0].expectations.clear();
    let cell = locate_cell(&f, "tracks[0].levels[0].expectations").unwrap();
    assert_eq!((cell.sheet, cell.header, cell.row), ("Roles", "level", 2));
    assert_eq!(locate_cell(&f, ""), None, "the whole file is no cell");
    assert_eq!(locate_cell(&f, "tracks[99]"), None);
}

/// The problems `mosaic check` finds in a framework's file.
fn check(f: &Framework) -> Vec<Problem> {
    mosaic::core::studio::check_draft(&framework_text(f)).problems
}

#[test]
fn every_problem_of_every_fixture_is_located_at_a_cell() {
    for text in FIXTURES {
        let f = framework(text);
        let problems = mosaic::core::studio::check_draft(text).problems;
        let located = problems.iter().filter(|p| !p.path.is_empty());
        let cells = locate_cells(&f, located.clone().map(|p| p.path.as_str()));
        for (problem, cell) in located.zip(cells) {
            assert!(cell.is_some(), "{} ({}) has no cell", problem.path, problem.message);
        }
    }
}

/// The cell, its header and its text where the first problem at or in `wanted` is located.
fn located(f: &Framework, wanted: &str) -> (String, &'static str, String) {
    let problems = check(f);
    let problem = problems.iter().find(|p| p.path.starts_with(wanted)).unwrap_or_else(|| {
        panic!("no problem at {wanted}: {:?}", problems.iter().map(|p| &p.path).collect::<Vec<_>>())
    });
    let cell = locate_cell(f, &problem.path).unwrap();
    (cell.to_string(), cell.header, cell_text(&to_workbook(f), &cell))
}

#[test]
fn a_broken_value_is_located_at_the_cell_that_holds_it() {
    for text in &FIXTURES[1..] {
        let mut f = framework(text);
        f.bands[0].compensation = Some(Compensation { min: 90, mid: 80, max: 70, currency: "EUR".into() });
        f.competencies[0].name = " ".into();
        let (cell, header, text) = located(&f, "bands[0].compensation");
        assert_eq!((cell.as_str(), header, text.as_str()), ("Bands!G2", "pay min", "90"));
        let (cell, header, text) = located(&f, "competencies[0].name");
        assert_eq!((cell.as_str(), header, text.as_str()), ("Competencies!B2", "name", " "));
    }
}

#[test]
fn lint_advice_is_located_at_the_cell_that_holds_the_wording() {
    let mut checked = 0;
    for text in FIXTURES {
        let mut f = framework(text);
        let Some((t, l)) = f.tracks.iter().enumerate().find_map(|(t, track)| {
            track.levels.iter().position(|level| !level.milestones.is_empty()).map(|l| (t, l))
        }) else {
            continue;
        };
        f.tracks[t].levels[l].milestones[0].title = "Takes ownership of the roadmap".into();
        let (cell, header, text) = located(&f, &format!("tracks[{t}].levels[{l}].milestones[0].title"));
        assert!(cell.starts_with("Milestones!D"), "{cell}");
        assert_eq!((header, text.as_str()), ("title", "Takes ownership of the roadmap"));
        checked += 1;
    }
    assert!(checked >= 2, "only {checked} fixtures have milestones");
}
