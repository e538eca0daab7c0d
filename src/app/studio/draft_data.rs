//! The studio's draft in the running app: a core [`Session`] over the optional draft in one
//! signal, with localStorage as its store (the same rules as the person's own data: a
//! failed write keeps the draft on screen, unreadable data is moved aside), and the draft as
//! read — checked, grouped, and when it loads, leaked to `'static` for the preview's pages.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::clock::now_iso;
use crate::browser::local_storage::{on_change_in_other_tab, LocalStore};
use crate::core::assessment::session::{Deleted, Notice, SaveState, Session};
use crate::core::framework::{Loaded, Problem};
use crate::core::studio::{check_draft, group_findings, problem_cells, Draft, FindingGroup, DRAFT_KEY};
use crate::core::workbook::WorkbookCell;

/// The open draft, read: what the Problems page lists and the preview shows.
pub struct ReadDraft {
    pub draft: Draft,
    /// The framework, when the draft loads without errors. Leaked: one per opened draft,
    /// which an author's session can afford, so the public pages borrow from it as usual.
    pub loaded: Option<&'static Loaded>,
    /// Every finding (errors, or warnings and lint advice), located.
    pub problems: Vec<Problem>,
    /// The same findings by kind and section.
    pub groups: Vec<FindingGroup>,
    /// The draft's lines, for the source view.
    pub lines: Arc<Vec<String>>,
    /// For a draft converted from a workbook, the cell each finding's JSON path is at.
    pub cells: Rc<HashMap<String, WorkbookCell>>,
}

impl ReadDraft {
    fn read(draft: Draft) -> ReadDraft {
        let check = check_draft(&draft.text);
        let groups = group_findings(&check.problems, &draft.text);
        let lines = Arc::new(draft.text.lines().map(str::to_string).collect());
        let cells = check
            .problems
            .iter()
            .zip(problem_cells(&draft, &check))
            .filter_map(|(problem, cell)| Some((problem.path.clone(), cell?)))
            .collect();
        let loaded = check.loaded.map(|loaded| &*Box::leak(Box::new(loaded)));
        ReadDraft { draft, loaded, problems: check.problems, groups, lines, cells: Rc::new(cells) }
    }
}

#[derive(Clone, Copy)]
pub struct StudioDraft {
    session: RwSignal<Session<Option<Draft>>, LocalStorage>,
    /// The draft on screen, read; set only when the draft itself changes.
    reading: RwSignal<Option<Rc<ReadDraft>>, LocalStorage>,
}

impl StudioDraft {
    /// Opens the kept draft, if any, and follows changes made in other tabs.
    pub fn load() -> StudioDraft {
        let session = Session::open_at(&mut LocalStore, DRAFT_KEY.to_string(), None, &(), &now_iso());
        let reading = session.data().clone().map(|draft| Rc::new(ReadDraft::read(draft)));
        let studio =
            StudioDraft { session: RwSignal::new_local(session), reading: RwSignal::new_local(reading) };
        on_change_in_other_tab(DRAFT_KEY.to_string(), move || {
            studio.change(|s| s.other_tab_changed(&mut LocalStore, &(), &now_iso()));
        });
        studio
    }

    /// Changes the session, then reads the draft again if it is another one.
    fn change(&self, f: impl FnOnce(&mut Session<Option<Draft>>)) {
        self.session.update(f);
        let on_screen = self.session.with_untracked(|s| s.data().clone());
        let same = self.reading.with_untracked(|r| r.as_ref().map(|r| &r.draft) == on_screen.as_ref());
        if !same {
            self.reading.set(on_screen.map(|draft| Rc::new(ReadDraft::read(draft))));
        }
    }

    /// Opens `draft` in place of the current one and keeps it on this device.
    pub fn open(&self, draft: Draft) {
        self.change(|s| {
            s.apply(&mut LocalStore, &(), &now_iso(), Rc::new(move |kept| *kept = Some(draft.clone())))
        });
    }

    /// Tries again to keep what is on screen (after the person made room).
    pub fn retry(&self) {
        self.change(|s| s.retry(&mut LocalStore, &(), &now_iso()));
    }

    /// Removes the draft from this device, with any unreadable copies kept aside for it.
    pub fn discard(&self) -> Deleted {
        let mut deleted = None;
        self.change(|s| deleted = Some(s.delete_everything(&mut LocalStore)));
        deleted.expect("ran")
    }

    /// The open draft as read, tracked; `None` when no draft is open.
    pub fn reading(&self) -> Option<Rc<ReadDraft>> {
        self.reading.get()
    }

    /// Whether the draft on screen is kept on this device.
    pub fn save_state(&self) -> Memo<SaveState> {
        let session = self.session;
        Memo::new(move |_| session.with(|s| s.save_state().clone()))
    }

    /// What the author must be told (a kept draft that couldn't be read).
    pub fn notices(&self) -> Memo<Vec<Notice>> {
        let session = self.session;
        Memo::new(move |_| session.with(|s| s.notices().to_vec()))
    }
}

/// The studio's draft, provided by [`super::StudioApp`].
pub fn use_studio_draft() -> StudioDraft {
    expect_context::<StudioDraft>()
}
