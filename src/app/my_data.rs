//! The person's assessment in the running app: a core [`Session`] in one signal, with
//! localStorage as its store. Every change is a core method called inside
//! [`MyData::update`]; the session re-reads storage, replays what isn't stored yet, applies
//! the change and saves, so nothing typed is lost to another tab or a storage fault.
//! Views read through memos (`with`) so a change re-renders only what it touches.

use std::rc::Rc;

use leptos::prelude::*;

use crate::browser::clock::now_iso;
use crate::browser::local_storage::{on_change_in_other_tab, LocalStore};
use crate::core::assessment::session::{Deleted, Notice, SaveState, Session};
use crate::core::assessment::storage::replace;
use crate::core::assessment::Assessment;
use crate::core::framework::Framework;

#[derive(Clone, Copy)]
pub struct MyData {
    session: RwSignal<Session, LocalStorage>,
    framework: &'static Framework,
}

impl MyData {
    /// Opens the stored assessment (or starts a blank one) and keeps it in sync with other tabs.
    pub fn load(framework: &'static Framework) -> MyData {
        let session = Session::open(&mut LocalStore, framework, &now_iso());
        let key = session.key().to_string();
        let data = MyData { session: RwSignal::new_local(session), framework };
        on_change_in_other_tab(key, move || {
            data.session.update(|s| s.other_tab_changed(&mut LocalStore, framework, &now_iso()));
        });
        data
    }

    pub fn framework(&self) -> &'static Framework {
        self.framework
    }

    /// Reads the assessment, tracking it: wrap in a `Memo` to re-render only on a change of
    /// what `f` returns.
    pub fn with<T>(&self, f: impl FnOnce(&Assessment) -> T) -> T {
        self.session.with(|s| f(s.assessment()))
    }

    pub fn with_untracked<T>(&self, f: impl FnOnce(&Assessment) -> T) -> T {
        self.session.with_untracked(|s| f(s.assessment()))
    }

    /// A copy of the assessment, tracked.
    pub fn get(&self) -> Assessment {
        self.with(Assessment::clone)
    }

    /// Whether the latest change is stored.
    pub fn save_state(&self) -> Memo<SaveState> {
        let session = self.session;
        Memo::new(move |_| session.with(|s| s.save_state().clone()))
    }

    /// What the person must be told.
    pub fn notices(&self) -> Memo<Vec<Notice>> {
        let session = self.session;
        Memo::new(move |_| session.with(|s| s.notices().to_vec()))
    }

    /// Applies a change (a core method on the assessment) on top of the latest stored
    /// version and saves it. The change may run again on a newer version if it can't be
    /// stored yet, so it must only describe the person's intent.
    pub fn update(&self, edit: impl Fn(&mut Assessment) + 'static) {
        let framework = self.framework;
        self.session.update(|s| s.apply(&mut LocalStore, framework, &now_iso(), Rc::new(edit)));
    }

    /// Replaces what the person sees with an imported file.
    pub fn replace(&self, file: Assessment) {
        let seen = self.with_untracked(Assessment::clone);
        self.update(move |current| *current = replace(std::mem::take(current), &seen, file.clone()));
    }

    /// Deletes everything stored for this framework, including data kept aside for it.
    pub fn delete_everything(&self) -> Deleted {
        let framework = self.framework;
        let mut deleted = None;
        self.session.update(|s| deleted = Some(s.delete_everything(&mut LocalStore, framework)));
        deleted.expect("ran")
    }

    /// The export file's text: everything on screen.
    pub fn export_text(&self) -> String {
        self.session.with_untracked(|s| s.export(&now_iso()))
    }
}

/// The person's data, provided by the explorer shell.
pub fn use_my_data() -> MyData {
    expect_context::<MyData>()
}
