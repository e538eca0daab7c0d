//! Readiness tiers and the framework's policy that draws them. The rules are data (the
//! policy's numbers); the app puts them into words.

use std::ops::Range;

use crate::core::framework::ReadinessPolicy;

/// How ready a person is for a role, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Every criterion the policy asks for is met (see `Readiness::shortfalls`).
    ReadyNow,
    /// Not ready now; readiness of at least the policy's `close_from_percent`.
    Close,
    /// Not ready now; readiness of at least the policy's `stretch_from_percent`.
    Stretch,
    Aspirational,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::ReadyNow, Tier::Close, Tier::Stretch, Tier::Aspirational];

    /// The tier of a role the person is not ready for now, from the readiness percentage
    /// shown beside it (so a tier never disagrees with the figure on the page).
    pub fn below_ready(policy: &ReadinessPolicy, percent: u32) -> Tier {
        if percent >= u32::from(policy.close_from_percent) {
            Tier::Close
        } else if percent >= u32::from(policy.stretch_from_percent) {
            Tier::Stretch
        } else {
            Tier::Aspirational
        }
    }

    /// The percentages of readiness a tier below "Ready now" covers under a policy (empty
    /// when the policy leaves no room for it); `None` for "Ready now", which is a matter of
    /// criteria met, not of a percentage.
    pub fn percent_range(self, policy: &ReadinessPolicy) -> Option<Range<u32>> {
        let close = u32::from(policy.close_from_percent);
        let stretch = u32::from(policy.stretch_from_percent).min(close);
        match self {
            Tier::ReadyNow => None,
            Tier::Close => Some(close..101),
            Tier::Stretch => Some(stretch..close),
            Tier::Aspirational => Some(0..stretch),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_below_ready_follow_the_policys_thresholds() {
        let policy = ReadinessPolicy::default();
        assert_eq!(Tier::below_ready(&policy, 100), Tier::Close);
        assert_eq!(Tier::below_ready(&policy, 85), Tier::Close);
        assert_eq!(Tier::below_ready(&policy, 84), Tier::Stretch);
        assert_eq!(Tier::below_ready(&policy, 60), Tier::Stretch);
        assert_eq!(Tier::below_ready(&policy, 59), Tier::Aspirational);
        let strict = ReadinessPolicy { close_from_percent: 90, stretch_from_percent: 70, ..policy };
        assert_eq!(Tier::below_ready(&strict, 89), Tier::Stretch);
        assert_eq!(Tier::below_ready(&strict, 69), Tier::Aspirational);
    }

    #[test]
    fn percent_ranges_agree_with_the_tier_of_every_percentage() {
        for (close, stretch) in [(85, 60), (90, 70), (50, 50), (1, 0), (100, 100)] {
            let policy = ReadinessPolicy {
                close_from_percent: close,
                stretch_from_percent: stretch,
                ..Default::default()
            };
            for percent in 0..=100 {
                let tier = Tier::below_ready(&policy, percent);
                let range = tier.percent_range(&policy).unwrap();
                assert!(range.contains(&percent), "{close}/{stretch}: {percent} in {tier:?} {range:?}");
            }
        }
        assert_eq!(Tier::ReadyNow.percent_range(&ReadinessPolicy::default()), None);
        let no_aspirational = ReadinessPolicy { stretch_from_percent: 0, ..Default::default() };
        assert!(Tier::Aspirational.percent_range(&no_aspirational).unwrap().is_empty());
    }
}
