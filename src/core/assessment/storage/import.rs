//! Reading a file the person picked to import: it must be an assessment for this framework;
//! whatever in it the framework has no place for is named, not silently dropped.

use super::document::{decode_for, ReadError};
use super::reconcile::{reconcile, Change};
use crate::core::assessment::Assessment;
use crate::core::framework::Framework;

/// An import waiting for the person to choose replace or merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// Reconciled with this framework: what doesn't fit is under `retired`.
    pub assessment: Assessment,
    /// Everything reconciling changed: ratings on levels the scale doesn't have, removed
    /// competencies or milestones, unknown roles and tracks.
    pub changes: Vec<Change>,
}

pub fn read_import(text: &str, framework: &Framework) -> Result<Import, ReadError> {
    let (assessment, changes) = reconcile(decode_for(text, framework)?, framework);
    Ok(Import { assessment, changes })
}
