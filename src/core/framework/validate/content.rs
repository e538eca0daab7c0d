//! The text readers are shown beside the structure: role-specific expectation text, examples,
//! signals, links and promotion processes. Nothing shown may be blank, and links may only
//! lead to web pages.

use super::Validator;
use crate::core::framework::model::*;

/// True for an `http://` or `https://` address with something after the scheme and no
/// spaces: the only links the app will open (never `javascript:`, `data:` or `file:`).
pub fn is_web_link(url: &str) -> bool {
    url.strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .is_some_and(|rest| !rest.is_empty() && !rest.chars().any(char::is_whitespace))
}

impl<'a> Validator<'a> {
    pub(super) fn content(&mut self) {
        let framework: &'a Framework = self.framework;
        if let Some(promotion) = &framework.governance.promotion {
            self.promotion("governance.promotion", promotion);
        }
        for (i, competency) in framework.competencies.iter().enumerate() {
            for (key, descriptor) in &competency.descriptors {
                if let Descriptor::Detailed(detailed) = descriptor {
                    let path = format!("competencies[{i}].descriptors.{key}");
                    self.not_blank(format!("{path}.text"), "The descriptor text", &detailed.text);
                    self.illustrations(&path, &detailed.examples, &detailed.signals, &detailed.links);
                }
            }
        }
        for (t, track) in framework.tracks.iter().enumerate() {
            for (l, level) in track.levels.iter().enumerate() {
                let path = format!("tracks[{t}].levels[{l}]");
                self.illustrations(&path, &level.examples, &level.signals, &level.links);
                for (e, expectation) in level.expectations.iter().enumerate() {
                    let path = format!("{path}.expectations[{e}]");
                    if let Some(text) = &expectation.text {
                        if text.trim().is_empty() {
                            self.error(
                                format!("{path}.text"),
                                "The expectation text is empty; write what this role expects, or leave `text` out to show the competency's descriptor.",
                            );
                        }
                    }
                    self.illustrations(
                        &path,
                        &expectation.examples,
                        &expectation.signals,
                        &expectation.links,
                    );
                }
                for (m, milestone) in level.milestones.iter().enumerate() {
                    let path = format!("{path}.milestones[{m}]");
                    self.illustrations(&path, &milestone.examples, &milestone.signals, &milestone.links);
                }
                if let Some(promotion) = &level.promotion {
                    self.promotion(&format!("{path}.promotion"), promotion);
                }
            }
        }
    }

    fn illustrations(&mut self, path: &str, examples: &[String], signals: &[String], links: &[Link]) {
        for (i, example) in examples.iter().enumerate() {
            self.not_blank(format!("{path}.examples[{i}]"), "This example", example);
        }
        for (i, signal) in signals.iter().enumerate() {
            self.not_blank(format!("{path}.signals[{i}]"), "This signal", signal);
        }
        self.links(&format!("{path}.links"), links);
    }

    fn links(&mut self, path: &str, links: &[Link]) {
        for (i, link) in links.iter().enumerate() {
            self.not_blank(format!("{path}[{i}].title"), "The link title", &link.title);
            if !is_web_link(&link.url) {
                self.error(
                    format!("{path}[{i}].url"),
                    format!(
                        "\"{}\" is not a web address: only http(s) links are allowed, written in full like https://example.com/guide.",
                        link.url
                    ),
                );
            }
        }
    }

    fn promotion(&mut self, path: &str, promotion: &PromotionProcess) {
        self.not_blank(
            format!("{path}.decided_by"),
            "Who decides promotion (`decided_by`)",
            &promotion.decided_by,
        );
        self.not_blank(
            format!("{path}.evidence"),
            "The evidence promotion asks for (`evidence`)",
            &promotion.evidence,
        );
        self.links(&format!("{path}.links"), &promotion.links);
    }
}
