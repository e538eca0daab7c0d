//! How values that aren't a single sentence are written in one cell, and read back:
//! lists one item per line, links `title | url`, ID lists `a, b`, minimums `theme: points`,
//! yes/no, numbers. Each writer has its reader beside it, so the round-trip is exact.

use crate::core::framework::{Link, ThemeMinimum};

/// Items one per line (a line break inside a cell: Alt+Enter in most spreadsheet programs).
pub fn lines(items: &[String]) -> String {
    items.join("\n")
}

/// A cell of lines back into items; blank is none. A program that saved `\r\n` reads the same.
pub fn read_lines(cell: &str) -> Vec<String> {
    if cell.is_empty() {
        return Vec::new();
    }
    cell.split('\n').map(|line| line.strip_suffix('\r').unwrap_or(line).to_string()).collect()
}

pub const LINK_SEPARATOR: &str = " | ";

pub fn links(links: &[Link]) -> String {
    links
        .iter()
        .map(|link| format!("{}{LINK_SEPARATOR}{}", link.title, link.url))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Links one per line, `title | url`; the URL is after the last ` | ` (it has no spaces).
pub fn read_links(cell: &str) -> Result<Vec<Link>, String> {
    read_lines(cell)
        .into_iter()
        .map(|line| match line.rsplit_once(LINK_SEPARATOR) {
            Some((title, url)) => Ok(Link { title: title.to_string(), url: url.trim().to_string() }),
            None => {
                Err(format!("a link is written `title | https://…`, one per line; \"{line}\" has no ` | `"))
            }
        })
        .collect()
}

/// IDs separated by commas.
pub fn ids(ids: &[String]) -> String {
    ids.join(", ")
}

pub fn read_ids(cell: &str) -> Vec<String> {
    cell.split(',').map(str::trim).filter(|id| !id.is_empty()).map(str::to_string).collect()
}

pub fn minimums(minimums: &[ThemeMinimum]) -> String {
    minimums.iter().map(|m| format!("{}: {}", m.theme, m.points)).collect::<Vec<_>>().join("\n")
}

/// Minimums one per line, `theme: points`; the points are after the last colon.
pub fn read_minimums(cell: &str) -> Result<Vec<ThemeMinimum>, String> {
    read_lines(cell)
        .into_iter()
        .map(|line| {
            let (theme, points) = line
                .rsplit_once(':')
                .ok_or_else(|| format!("a minimum is written `theme: points`; \"{line}\" has no colon"))?;
            let points = points
                .trim()
                .parse()
                .map_err(|_| format!("\"{}\" is not a whole number of points", points.trim()))?;
            Ok(ThemeMinimum { theme: theme.to_string(), points })
        })
        .collect()
}

pub fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

/// yes/no (or true/false, as spreadsheet programs write booleans); blank is `default`.
pub fn read_yes_no(cell: &str, default: bool) -> Result<bool, String> {
    match cell.trim().to_ascii_lowercase().as_str() {
        "" => Ok(default),
        "yes" | "true" => Ok(true),
        "no" | "false" => Ok(false),
        other => Err(format!("\"{other}\" should be yes or no")),
    }
}

pub fn optional(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

/// Blank is none.
pub fn read_optional(cell: &str) -> Option<String> {
    (!cell.is_empty()).then(|| cell.to_string())
}

pub fn number<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(T::to_string).unwrap_or_default()
}

/// A built-in kind by its name in the file (`people_management`).
pub fn kind<T: serde::Serialize>(kind: &T) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

pub fn read_kind<T: serde::de::DeserializeOwned + serde::Serialize>(
    cell: &str,
    all: &[T],
) -> Result<T, String> {
    let name = cell.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    serde_json::from_value(serde_json::Value::String(name)).map_err(|_| {
        let names: Vec<String> = all.iter().map(kind).collect();
        format!("\"{}\" is not one of: {}", cell.trim(), names.join(", "))
    })
}
