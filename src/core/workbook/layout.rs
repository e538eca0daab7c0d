//! The workbook layout: every sheet's name and columns, in order, and where in the framework
//! file each column's value lives. The writer, the reader, the template, `locate` and
//! docs/workbook.md all follow this one table.

/// One sheet of the layout. `keys` are the columns that must be filled on every row (and
/// must be present); other columns may be left out of a sheet and then read as blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetLayout {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub keys: &'static [&'static str],
    /// A workbook without this sheet can't describe a framework.
    pub required: bool,
    /// Where each column's value is in the framework file, beside `columns`: a field of the
    /// row's item (`name`, `compensation.min`), `.` for the item itself, `^id` for a field of
    /// the item that holds it (a role's track), `^^id` one further out, and blank for a cell
    /// that is no value of the file (a field's label, a descriptor's step key).
    pub fields: &'static [&'static str],
}

pub const FRAMEWORK: SheetLayout = SheetLayout {
    name: "Framework",
    columns: &["field", "value"],
    keys: &["field"],
    required: true,
    fields: &["", "."],
};
pub const LINT_ALLOW: SheetLayout = SheetLayout {
    name: "Lint allow",
    columns: &["rule", "at", "reason"],
    keys: &["rule"],
    required: false,
    fields: &["rule", "at", "reason"],
};
pub const CHANGELOG: SheetLayout = SheetLayout {
    name: "Changelog",
    columns: &["version", "date", "summary"],
    keys: &["version"],
    required: false,
    fields: &["version", "date", "summary"],
};
pub const BANDS: SheetLayout = SheetLayout {
    name: "Bands",
    columns: &[
        "id",
        "name",
        "scope",
        "impact",
        "autonomy",
        "typical months",
        "pay min",
        "pay mid",
        "pay max",
        "pay currency",
    ],
    keys: &["id"],
    required: true,
    fields: &[
        "id",
        "name",
        "scope",
        "impact",
        "autonomy",
        "typical_months",
        "compensation.min",
        "compensation.mid",
        "compensation.max",
        "compensation.currency",
    ],
};
pub const SCALES: SheetLayout = SheetLayout {
    name: "Scales",
    columns: &["scale", "scale name", "step", "name", "description", "points"],
    keys: &["step"],
    required: true,
    fields: &["^id", "^name", "id", "name", "description", "points"],
};
pub const FAMILIES: SheetLayout = SheetLayout {
    name: "Families",
    columns: &["id", "name", "description"],
    keys: &["id"],
    required: false,
    fields: &["id", "name", "description"],
};
pub const COMPETENCIES: SheetLayout = SheetLayout {
    name: "Competencies",
    columns: &["id", "name", "theme", "description", "scale"],
    keys: &["id"],
    required: true,
    fields: &["id", "name", "theme", "description", "scale"],
};
pub const DESCRIPTORS: SheetLayout = SheetLayout {
    name: "Descriptors",
    columns: &["competency", "step", "text", "examples", "signals", "links", "detailed"],
    keys: &["competency", "step"],
    required: true,
    fields: &["^id", "", "text", "examples", "signals", "links", ""],
};
pub const TRACKS: SheetLayout = SheetLayout {
    name: "Tracks",
    columns: &[
        "id",
        "name",
        "kind",
        "family",
        "manages people",
        "description",
        "branches from track",
        "branches from level",
        "sunset date",
        "successor track",
        "successor level",
    ],
    keys: &["id"],
    required: true,
    fields: &[
        "id",
        "name",
        "kind",
        "family",
        "manages_people",
        "description",
        "branches_from.track",
        "branches_from.level",
        "sunset.date",
        "sunset.successor.track",
        "sunset.successor.level",
    ],
};
pub const ROLES: SheetLayout = SheetLayout {
    name: "Roles",
    columns: &[
        "track",
        "level",
        "title",
        "band",
        "summary",
        "impact",
        "autonomy",
        "influence",
        "examples",
        "signals",
        "links",
        "points total",
        "points minimums",
        "typical months",
        "promotion decided by",
        "promotion evidence",
        "promotion calibration",
        "promotion interviews",
        "promotion links",
        "pay min",
        "pay mid",
        "pay max",
        "pay currency",
        "sunset date",
        "successor track",
        "successor level",
    ],
    keys: &["track", "level", "band"],
    required: true,
    fields: &[
        "^id",
        "id",
        "title",
        "band",
        "summary",
        "impact",
        "autonomy",
        "influence",
        "examples",
        "signals",
        "links",
        "points.total",
        "points.minimums",
        "typical_months",
        "promotion.decided_by",
        "promotion.evidence",
        "promotion.calibration",
        "promotion.interviews",
        "promotion.links",
        "compensation.min",
        "compensation.mid",
        "compensation.max",
        "compensation.currency",
        "sunset.date",
        "sunset.successor.track",
        "sunset.successor.level",
    ],
};
pub const EXPECTATIONS: SheetLayout = SheetLayout {
    name: "Expectations",
    columns: &[
        "track",
        "level",
        "competency",
        "proficiency",
        "weight",
        "text",
        "examples",
        "signals",
        "links",
    ],
    keys: &["track", "level", "competency", "proficiency"],
    required: true,
    fields: &["^^id", "^id", "competency", "proficiency", "weight", "text", "examples", "signals", "links"],
};
pub const MILESTONES: SheetLayout = SheetLayout {
    name: "Milestones",
    columns: &[
        "track",
        "level",
        "id",
        "title",
        "evidence",
        "verification",
        "horizon months",
        "examples",
        "signals",
        "links",
    ],
    keys: &["track", "level", "id", "horizon months"],
    required: false,
    fields: &[
        "^^id",
        "^id",
        "id",
        "title",
        "evidence",
        "verification",
        "horizon_months",
        "examples",
        "signals",
        "links",
    ],
};
pub const LEARNING: SheetLayout = SheetLayout {
    name: "Learning",
    columns: &["id", "title", "kind", "description", "duration weeks"],
    keys: &["id", "kind", "duration weeks"],
    required: false,
    fields: &["id", "title", "kind", "description", "duration_weeks"],
};
pub const GROWS: SheetLayout = SheetLayout {
    name: "Grows",
    columns: &["learning", "competency", "up to"],
    keys: &["learning", "competency", "up to"],
    required: false,
    fields: &["^id", "competency", "up_to"],
};
pub const MOBILITY: SheetLayout = SheetLayout {
    name: "Mobility",
    columns: &[
        "id",
        "from track",
        "from levels",
        "from bands",
        "to track",
        "to level",
        "kind",
        "outcomes",
        "horizon months",
    ],
    keys: &["id", "from track", "to track", "to level", "kind", "horizon months"],
    required: false,
    fields: &[
        "id",
        "from.track",
        "from.levels",
        "from.bands",
        "to.track",
        "to.level",
        "kind",
        "outcomes",
        "horizon_months",
    ],
};
pub const PREREQUISITES: SheetLayout = SheetLayout {
    name: "Prerequisites",
    columns: &["mobility", "summary", "competency", "proficiency"],
    keys: &["mobility"],
    required: false,
    fields: &["^id", "summary", "competency", "proficiency"],
};

/// Every sheet, in the workbook's order.
pub const SHEETS: &[SheetLayout] = &[
    FRAMEWORK,
    LINT_ALLOW,
    CHANGELOG,
    BANDS,
    SCALES,
    FAMILIES,
    COMPETENCIES,
    DESCRIPTORS,
    TRACKS,
    ROLES,
    EXPECTATIONS,
    MILESTONES,
    LEARNING,
    GROWS,
    MOBILITY,
    PREREQUISITES,
];

/// The Framework sheet's fields (one row each, `field` then `value`), in order.
pub const FIELDS: &[&str] = &[
    "format",
    "id",
    "name",
    "organization",
    "purpose",
    "version",
    "locale",
    "effective date",
    "council",
    "review cadence months",
    "last review",
    "promotion decided by",
    "promotion evidence",
    "promotion calibration",
    "promotion interviews",
    "promotion links",
    "close from percent",
    "stretch from percent",
    "milestone share percent",
    "expectations met percent",
    "milestones required",
    "months in level",
    "on the job months per step",
];

/// Where each Framework sheet field's value is in the framework file, beside `FIELDS`.
pub const FIELD_PATHS: &[&str] = &[
    "format",
    "meta.id",
    "meta.name",
    "meta.organization",
    "meta.purpose",
    "meta.version",
    "meta.locale",
    "meta.effective_date",
    "governance.council",
    "governance.review_cadence_months",
    "governance.last_review",
    "governance.promotion.decided_by",
    "governance.promotion.evidence",
    "governance.promotion.calibration",
    "governance.promotion.interviews",
    "governance.promotion.links",
    "readiness.close_from_percent",
    "readiness.stretch_from_percent",
    "readiness.milestone_share_percent",
    "readiness.expectations_met_percent",
    "readiness.milestones_required",
    "pacing.months_in_level",
    "pacing.on_the_job_months_per_step",
];

// Each column and each field has its place in the file: the lists go side by side.
const _: () = {
    assert!(FIELDS.len() == FIELD_PATHS.len());
    let mut i = 0;
    while i < SHEETS.len() {
        assert!(SHEETS[i].columns.len() == SHEETS[i].fields.len());
        i += 1;
    }
};
