//! The framework in the open standards learning and HR platforms read (docs/standards.md):
//! 1EdTech CASE 1.1 (competency frameworks with rubrics) and Open Badges 3.0 (achievements for
//! credentials). Pure data out; identifiers are stable across versions of the framework.

pub mod case;
pub mod ids;
pub mod open_badges;

pub use case::{case_json, case_package, CfPackage};
pub use ids::{stable_uuid, BaseUri, Subject, DEFAULT_BASE_URI};
pub use open_badges::{achievements, open_badges_json, Achievement};
