//! The person's assessment in the running app: one signal, written only through
//! [`MyData::update`], which re-reads storage first (another tab may have written), applies
//! the change and saves. Storage faults never lose what the person typed: they are shown.

use leptos::prelude::*;

use crate::browser::storage::{self, StorageError};
use crate::core::assessment::storage::{decode, encode, reconcile, stamp, Change};
use crate::core::assessment::Assessment;
use crate::core::framework::Framework;

/// Whether the latest change is safely stored.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// Nothing entered or changed yet in this visit.
    Unchanged,
    /// Saved on this device at the given time (HH:MM).
    Saved(String),
    /// Picked up a change made in another tab.
    SyncedFromOtherTab,
    /// The latest change could not be saved; the last saved version is intact.
    NotSaved(StorageError),
    /// Storage can't be used at all: everything lives in this tab only.
    MemoryOnly(StorageError),
}

/// Something the person must be told once, at the top of the personal pages.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The framework changed since the assessment was saved.
    FrameworkChanged(Vec<String>),
    /// Stored data couldn't be read; it is kept untouched under `key` for export.
    KeptAside { key: String, reason: String, raw: String },
}

#[derive(Clone, Copy)]
pub struct MyData {
    assessment: RwSignal<Assessment>,
    pub save_state: RwSignal<SaveState>,
    pub notices: RwSignal<Vec<Notice>>,
    framework: &'static Framework,
}

/// The storage key: one assessment per framework, so another organization's framework
/// on the same origin never overwrites it.
pub fn storage_key(framework: &Framework) -> String {
    format!("mosaic:assessment:{}", framework.meta.id)
}

fn clock(iso: &str) -> String {
    iso.get(11..16).unwrap_or_default().to_string()
}

impl MyData {
    /// Loads the stored assessment (or starts a blank one) and keeps it in sync with other tabs.
    pub fn load(framework: &'static Framework) -> MyData {
        let key = storage_key(framework);
        let blank = || Assessment { framework: stamp(framework), ..Default::default() };
        let mut notices = Vec::new();
        let (assessment, save_state) = match storage::read(&key) {
            Err(err) => (blank(), SaveState::MemoryOnly(err)),
            Ok(None) => (blank(), SaveState::Unchanged),
            Ok(Some(raw)) => match decode(&raw) {
                Ok(stored) => {
                    let (assessment, changes) = reconcile(stored, framework);
                    let mut state = SaveState::Unchanged;
                    if !changes.is_empty() {
                        notices
                            .push(Notice::FrameworkChanged(changes.iter().map(Change::describe).collect()));
                        // Save the reconciled version so the notice is shown once; retired data is in it.
                        state = match storage::write(&key, &encode(&assessment, &storage::now_iso())) {
                            Ok(()) => SaveState::Unchanged,
                            Err(err) => SaveState::NotSaved(err),
                        };
                    }
                    (assessment, state)
                }
                Err(reason) => {
                    // Never overwrite what can't be read: move it aside, then start afresh.
                    let aside = format!("{key}:unreadable:{}", storage::now_iso());
                    let state = match storage::write(&aside, &raw).and_then(|_| storage::remove(&key)) {
                        Ok(()) => SaveState::Unchanged,
                        Err(err) => SaveState::MemoryOnly(err),
                    };
                    notices.push(Notice::KeptAside { key: aside, reason: reason.to_string(), raw });
                    (blank(), state)
                }
            },
        };
        let data = MyData {
            assessment: RwSignal::new(assessment),
            save_state: RwSignal::new(save_state),
            notices: RwSignal::new(notices),
            framework,
        };
        storage::on_change_in_other_tab(key, move |value| {
            let latest = match value.as_deref().map(decode) {
                None => Some(blank()),
                Some(Ok(stored)) => Some(reconcile(stored, framework).0),
                Some(Err(_)) => None,
            };
            if let Some(latest) = latest {
                data.assessment.set(latest);
                data.save_state.set(SaveState::SyncedFromOtherTab);
            }
        });
        data
    }

    /// The assessment, to read in views.
    pub fn get(&self) -> Assessment {
        self.assessment.get()
    }

    pub fn with<T>(&self, f: impl FnOnce(&Assessment) -> T) -> T {
        self.assessment.with(f)
    }

    pub fn with_untracked<T>(&self, f: impl FnOnce(&Assessment) -> T) -> T {
        self.assessment.with_untracked(f)
    }

    pub fn framework(&self) -> &'static Framework {
        self.framework
    }

    /// Applies a change on top of the latest stored version and saves it.
    pub fn update(&self, change: impl FnOnce(&mut Assessment)) {
        if let SaveState::MemoryOnly(_) = self.save_state.get_untracked() {
            self.assessment.update(change);
            return;
        }
        let key = storage_key(self.framework);
        // Another tab may have saved since this one last heard: start from what is stored.
        let latest = match storage::read(&key) {
            Ok(Some(raw)) => decode(&raw).ok().map(|stored| reconcile(stored, self.framework).0),
            _ => None,
        };
        let mut next = latest.unwrap_or_else(|| self.assessment.get_untracked());
        change(&mut next);
        let now = storage::now_iso();
        let state = match storage::write(&key, &encode(&next, &now)) {
            Ok(()) => SaveState::Saved(clock(&now)),
            Err(err) => SaveState::NotSaved(err),
        };
        self.assessment.set(next);
        self.save_state.set(state);
    }

    /// Replaces everything, e.g. after an import.
    pub fn replace(&self, assessment: Assessment) {
        self.update(move |current| *current = assessment);
    }

    /// Deletes everything stored for this framework, including data kept aside.
    pub fn delete_everything(&self) {
        let key = storage_key(self.framework);
        let mut failed = None;
        for stored in storage::keys_with_prefix(&key) {
            if let Err(err) = storage::remove(&stored) {
                failed = Some(err);
            }
        }
        self.assessment.set(Assessment { framework: stamp(self.framework), ..Default::default() });
        self.notices.set(Vec::new());
        if let Some(err) = failed {
            self.save_state.set(SaveState::NotSaved(err));
        } else if !matches!(self.save_state.get_untracked(), SaveState::MemoryOnly(_)) {
            self.save_state.set(SaveState::Unchanged);
        }
    }

    /// A download of everything, as the export file.
    pub fn export_text(&self) -> String {
        encode(&self.assessment.get_untracked(), &storage::now_iso())
    }
}

/// The person's data, provided by the explorer shell.
pub fn use_my_data() -> MyData {
    expect_context::<MyData>()
}
