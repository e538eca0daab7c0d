//! Whether the person's latest change is safely stored, in words.

use crate::browser::clock::local_clock;
use crate::core::assessment::session::SaveState;
use crate::core::assessment::store::StoreError;

/// A sentence and whether it is a problem the person must act on.
pub struct SaveMessage {
    pub text: String,
    pub alert: bool,
}

pub fn describe_save_state(state: &SaveState) -> SaveMessage {
    describe_save_state_exporting_from(state, "“My data”")
}

/// The same, for data exported from another page than "My data" (a manager's review).
pub fn describe_save_state_exporting_from(state: &SaveState, export_from: &str) -> SaveMessage {
    let ok = |text: String| SaveMessage { text, alert: false };
    let alert = |text: String| SaveMessage { text, alert: true };
    match state {
        SaveState::Unchanged => ok("Stored only on this device.".into()),
        // Stored in UTC; shown on the person's own clock.
        SaveState::Saved { at } => ok(format!("Saved on this device at {}.", local_clock(at))),
        SaveState::SyncedFromOtherTab => ok("Updated with changes made in another tab.".into()),
        SaveState::NotSaved { error: StoreError::Full, .. } => alert(format!(
            "Not saved: this browser's storage for the site is full. Your last saved version is intact, and your latest changes are still on screen and will be saved with your next change once there is room. Export your data from {export_from} to keep them now."
        )),
        SaveState::NotSaved { error, .. } => alert(format!(
            "Not saved: {error}. Your last saved version is intact, and your latest changes are still on screen; export from {export_from} to keep them."
        )),
        SaveState::MemoryOnly(error) => alert(format!(
            "Your data won't be kept after you close this tab: {error}. Everything works; export from {export_from} to keep it."
        )),
    }
}
