//! The framework's competencies grouped by theme, in the order the file first names each
//! theme: the sections of a long self-assessment and its table of contents.

use super::{Competency, Framework};

/// One theme and its competencies, in the file's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme<'f> {
    pub name: &'f str,
    pub competencies: Vec<&'f Competency>,
}

impl Framework {
    /// Every theme with its competencies; each competency is in exactly one theme.
    pub fn themes(&self) -> Vec<Theme<'_>> {
        let mut themes: Vec<Theme<'_>> = Vec::new();
        for competency in &self.competencies {
            match themes.iter_mut().find(|t| t.name == competency.theme) {
                Some(theme) => theme.competencies.push(competency),
                None => themes.push(Theme { name: &competency.theme, competencies: vec![competency] }),
            }
        }
        themes
    }
}
