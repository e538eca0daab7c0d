//! The framework's identity, governance and bands.

use super::Validator;
use crate::core::framework::model::*;

impl Validator<'_> {
    pub(super) fn meta(&mut self) {
        let meta = &self.framework.meta;
        self.not_blank("meta.id".into(), "The framework ID", &meta.id);
        self.not_blank("meta.name".into(), "The framework name", &meta.name);
        self.date("meta.effective_date".into(), &meta.effective_date);
        let governance = &self.framework.governance;
        self.date("governance.last_review".into(), &governance.last_review);
        if governance.review_cadence_months == 0 {
            self.error("governance.review_cadence_months", "The review cadence must be at least 1 month.");
        }
        for (i, entry) in governance.changelog.iter().enumerate() {
            self.date(format!("governance.changelog[{i}].date"), &entry.date);
        }
    }

    pub(super) fn compensation(&mut self, path: String, pay: &Compensation) {
        if pay.min > pay.max {
            self.error(path, format!("Compensation min ({}) is greater than max ({}).", pay.min, pay.max));
        } else if pay.mid < pay.min || pay.mid > pay.max {
            self.error(
                path,
                format!("Compensation mid ({}) is outside min–max ({}–{}).", pay.mid, pay.min, pay.max),
            );
        }
    }

    pub(super) fn bands(&mut self) {
        let bands = &self.framework.bands;
        if bands.is_empty() {
            self.error("bands", "There are no bands; add at least one.");
        }
        self.unique_ids("bands", "band", bands.iter().map(|b| b.id.as_str()));
        for (i, band) in bands.iter().enumerate() {
            self.not_blank(format!("bands[{i}].name"), "The band name", &band.name);
            if let Some(pay) = &band.compensation {
                self.compensation(format!("bands[{i}].compensation"), pay);
            }
            if let Some(months) = band.typical_months {
                self.months(format!("bands[{i}].typical_months"), "The typical time in a level", months);
            }
        }
    }
}
