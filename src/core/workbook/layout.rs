//! The workbook layout: every sheet's name and columns, in order. The writer, the reader,
//! the template and docs/workbook.md all follow this one table.

/// One sheet of the layout. `keys` are the columns that must be filled on every row (and
/// must be present); other columns may be left out of a sheet and then read as blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetLayout {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub keys: &'static [&'static str],
    /// A workbook without this sheet can't describe a framework.
    pub required: bool,
}

pub const FRAMEWORK: SheetLayout =
    SheetLayout { name: "Framework", columns: &["field", "value"], keys: &["field"], required: true };
pub const LINT_ALLOW: SheetLayout =
    SheetLayout { name: "Lint allow", columns: &["rule", "at", "reason"], keys: &["rule"], required: false };
pub const CHANGELOG: SheetLayout = SheetLayout {
    name: "Changelog",
    columns: &["version", "date", "summary"],
    keys: &["version"],
    required: false,
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
};
pub const SCALES: SheetLayout = SheetLayout {
    name: "Scales",
    columns: &["scale", "scale name", "step", "name", "description", "points"],
    keys: &["step"],
    required: true,
};
pub const FAMILIES: SheetLayout =
    SheetLayout { name: "Families", columns: &["id", "name", "description"], keys: &["id"], required: false };
pub const COMPETENCIES: SheetLayout = SheetLayout {
    name: "Competencies",
    columns: &["id", "name", "theme", "description", "scale"],
    keys: &["id"],
    required: true,
};
pub const DESCRIPTORS: SheetLayout = SheetLayout {
    name: "Descriptors",
    columns: &["competency", "step", "text", "examples", "signals", "links", "detailed"],
    keys: &["competency", "step"],
    required: true,
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
};
pub const LEARNING: SheetLayout = SheetLayout {
    name: "Learning",
    columns: &["id", "title", "kind", "description", "duration weeks"],
    keys: &["id", "kind", "duration weeks"],
    required: false,
};
pub const GROWS: SheetLayout = SheetLayout {
    name: "Grows",
    columns: &["learning", "competency", "up to"],
    keys: &["learning", "competency", "up to"],
    required: false,
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
};
pub const PREREQUISITES: SheetLayout = SheetLayout {
    name: "Prerequisites",
    columns: &["mobility", "summary", "competency", "proficiency"],
    keys: &["mobility"],
    required: false,
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
