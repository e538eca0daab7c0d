//! Readiness: how close a person is to each role, why, and which role comes next.
//!
//! `tier` holds the tiers and the framework policy that draws them, `role_score` scores one
//! role (expectations per their own scale, points, milestones), `ranking` orders every
//! role and lists those without criteria, `next_role` picks the best next role per track,
//! `overview` gives /fit all three with each role scored once.

mod next_role;
mod overview;
mod ranking;
mod role_score;
mod tier;

pub use next_role::{current_role_in, next_role_per_track};
pub use overview::{where_i_fit, WhereIFit};
pub use ranking::{rank_roles, roles_without_criteria};
pub use role_score::{readiness, Allowance, Gap, Readiness, Shortfall};
pub use tier::Tier;
