//! The person's assessment in the running app: a core [`Session`] in one signal, with
//! localStorage as its store. Every change is a core method called inside
//! [`MyData::update`]; the session re-reads storage, replays what isn't stored yet, applies
//! the change and saves, so nothing typed is lost to another tab or a storage fault.
//! Views read one value each through `select` (or a memo over `with`), so a change
//! re-renders only what it touches.

use std::rc::Rc;

use leptos::prelude::*;

use super::announce::Announcer;
use crate::browser::clock::now_iso;
use crate::browser::local_storage::{on_change_in_other_tab, LocalStore};
use crate::core::assessment::session::{Deleted, Notice, SaveState, Session};
use crate::core::assessment::storage::replace;
use crate::core::assessment::Assessment;
use crate::core::framework::Framework;

/// Recomputes one selected value from the assessment and sets its signal only when it
/// changed; false once the signal is gone (its component was unmounted).
type Selector = Box<dyn Fn(&Assessment) -> bool>;

#[derive(Clone, Copy)]
pub struct MyData {
    session: RwSignal<Session, LocalStorage>,
    /// Fine-grained views of the assessment (see [`MyData::select`]).
    selectors: StoredValue<Vec<Selector>, LocalStorage>,
    framework: &'static Framework,
    /// The private pages' live region: every change says whether it was saved.
    announcer: Announcer,
}

impl MyData {
    /// Opens the stored assessment (or starts a blank one) and keeps it in sync with other tabs.
    pub fn load(framework: &'static Framework, announcer: Announcer) -> MyData {
        let session = Session::open(&mut LocalStore, framework, &now_iso());
        let key = session.key().to_string();
        let data = MyData {
            session: RwSignal::new_local(session),
            selectors: StoredValue::new_local(Vec::new()),
            framework,
            announcer,
        };
        on_change_in_other_tab(key, move || {
            data.change(|s| s.other_tab_changed(&mut LocalStore, framework, &now_iso()));
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

    /// One value drawn from the assessment, as its own signal: it changes only when that value
    /// does, so a click re-renders the one competency it touched, not every list that reads
    /// the assessment (with a large framework, hundreds of memos re-checked per click).
    pub fn select<T: PartialEq + Send + Sync + 'static>(
        &self,
        pick: impl Fn(&Assessment) -> T + 'static,
    ) -> Signal<T> {
        let signal = RwSignal::new(self.with_untracked(&pick));
        let selector: Selector = Box::new(move |assessment| {
            let next = pick(assessment);
            match signal.try_with_untracked(|current| *current != next) {
                Some(true) => {
                    signal.set(next);
                    true
                }
                Some(false) => true,
                None => false,
            }
        });
        self.selectors.update_value(|all| all.push(selector));
        signal.into()
    }

    /// Changes the session, then tells the selected values that changed.
    fn change(&self, f: impl FnOnce(&mut Session)) {
        self.session.update(f);
        let session = self.session;
        self.selectors.update_value(|all| {
            session.with_untracked(|s| all.retain(|selector| selector(s.assessment())));
        });
    }

    /// Whether the latest change is stored.
    pub fn save_state(&self) -> Memo<SaveState> {
        let session = self.session;
        Memo::new(move |_| session.with(|s| s.save_state().clone()))
    }

    /// Whether the latest change is stored, read once (not tracked).
    pub fn save_state_untracked(&self) -> SaveState {
        self.session.with_untracked(|s| s.save_state().clone())
    }

    /// Tries again to store what is on screen (after the person made room).
    pub fn retry(&self) {
        let framework = self.framework;
        self.change(|s| s.retry(&mut LocalStore, framework, &now_iso()));
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
        self.update_saying(edit, "");
    }

    /// [`MyData::update`], then says what was done and whether it was saved in the live
    /// region (each change is said, even two within the same minute).
    pub fn update_saying(&self, edit: impl Fn(&mut Assessment) + 'static, what: impl Into<String>) {
        let framework = self.framework;
        self.change(|s| s.apply(&mut LocalStore, framework, &now_iso(), Rc::new(edit)));
        self.say(what);
    }

    /// Says `what` was done, followed by whether the latest change is stored.
    pub fn say(&self, what: impl Into<String>) {
        let what = what.into();
        let saved = self.session.with_untracked(|s| saved_in_words(s.save_state()));
        let message = [what.as_str(), saved].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>();
        self.announcer.say(message.join(" "));
    }

    /// The live region of the private pages.
    pub fn announcer(&self) -> Announcer {
        self.announcer
    }

    /// Replaces what the person sees with an imported file.
    pub fn replace(&self, file: Assessment, what: impl Into<String>) {
        let seen = self.with_untracked(Assessment::clone);
        self.update_saying(
            move |current| *current = replace(std::mem::take(current), &seen, file.clone()),
            what,
        );
    }

    /// Deletes everything stored for this framework, including data kept aside for it.
    pub fn delete_everything(&self) -> Deleted {
        let mut deleted = None;
        self.change(|s| deleted = Some(s.delete_everything(&mut LocalStore)));
        deleted.expect("ran")
    }

    /// The export file's text: everything on screen.
    pub fn export_text(&self) -> String {
        self.session.with_untracked(|s| s.export(&now_iso()))
    }

    /// The sharing export's text: ratings and evidence on screen, nothing private.
    pub fn export_for_sharing_text(&self) -> String {
        self.session.with_untracked(|s| s.export_for_sharing(&now_iso()))
    }
}

/// Whether the latest change is stored, in a few words for the live region (the page's
/// save state says the details).
fn saved_in_words(state: &SaveState) -> &'static str {
    match state {
        SaveState::Saved { .. } => "Saved.",
        SaveState::NotSaved { .. } => "Not saved on this device yet.",
        SaveState::MemoryOnly(_) => "Kept in this tab only.",
        SaveState::Unchanged | SaveState::SyncedFromOtherTab => "",
    }
}

/// The person's data, provided by the explorer shell.
pub fn use_my_data() -> MyData {
    expect_context::<MyData>()
}
