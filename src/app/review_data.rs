//! A manager's reviews of other people in the running app: the open review's core
//! [`Session`] in one signal, with localStorage as its store, under the review's own key
//! (`store::review_key`), never the manager's own assessment's. Like [`MyData`], every
//! change is a core method called inside [`ReviewData::update`], and the session keeps a
//! failed write pending and moves unreadable data aside.
//!
//! [`MyData`]: crate::app::my_data::MyData

use std::rc::Rc;

use leptos::prelude::*;

use crate::browser::clock::now_iso;
use crate::browser::local_storage::{on_any_change_in_other_tab, LocalStore};
use crate::core::assessment::review::{person_slug, stored_reviews, NameError, Review, StoredReview};
use crate::core::assessment::session::{Deleted, Notice, SaveState, Session};
use crate::core::assessment::store::{review_key, review_prefix, StoreError};
use crate::core::framework::Framework;

#[derive(Clone, Copy)]
pub struct ReviewData {
    framework: &'static Framework,
    /// The review on screen, if any.
    open: RwSignal<Option<Session<Review>>, LocalStorage>,
    /// The reviews on this device, re-read after every change here or in another tab.
    list: RwSignal<Result<Vec<StoredReview>, StoreError>>,
}

/// Every review of `framework` on this device (for pages that only list them).
pub fn reviews_on_this_device(framework: &Framework) -> Result<Vec<StoredReview>, StoreError> {
    stored_reviews(&LocalStore, &framework.meta.id)
}

impl ReviewData {
    /// Lists the stored reviews, and keeps the list and the open review in step with other tabs.
    pub fn load(framework: &'static Framework) -> ReviewData {
        let data = ReviewData {
            framework,
            open: RwSignal::new_local(None),
            list: RwSignal::new(reviews_on_this_device(framework)),
        };
        let prefix = review_prefix(&framework.meta.id);
        on_any_change_in_other_tab(move |changed| {
            let Some(open_key) = data.open.try_with_untracked(|s| s.as_ref().map(|s| s.key().to_string()))
            else {
                return;
            };
            if changed.is_none() || changed == open_key.as_deref() {
                data.open.update(|s| {
                    if let Some(s) = s {
                        s.other_tab_changed(&mut LocalStore, framework, &now_iso());
                    }
                });
            }
            if changed.is_none_or(|key| key.starts_with(&prefix)) {
                data.relist();
            }
        });
        data
    }

    pub fn framework(&self) -> &'static Framework {
        self.framework
    }

    /// The reviews on this device, tracked.
    pub fn reviews(&self) -> Result<Vec<StoredReview>, StoreError> {
        self.list.get()
    }

    fn relist(&self) {
        self.list.set(reviews_on_this_device(self.framework));
    }

    /// Opens the stored review of the person with this slug; `false` (and nothing open)
    /// when there is none on this device.
    pub fn open(&self, slug: &str) -> bool {
        let listed = self.list.with_untracked(|list| {
            list.as_ref().ok().and_then(|list| list.iter().find(|r| r.slug == slug).cloned())
        });
        let Some(listed) = listed else {
            self.open.set(None);
            return false;
        };
        if self.open.with_untracked(|s| s.as_ref().is_some_and(|s| s.key() == listed.key)) {
            return true;
        }
        // Unreadable, it is kept aside by opening and started afresh under its slug.
        let person = listed.person.unwrap_or_else(|_| slug.to_string());
        let blank = Review::new(&person, self.framework);
        let session = Session::open_at(&mut LocalStore, listed.key, blank, self.framework, &now_iso());
        self.open.set(Some(session));
        self.relist();
        true
    }

    /// Starts a review of `person` and stores it (or opens the one already stored under
    /// that name). Returns the slug to open it by.
    pub fn start(&self, person: &str) -> Result<String, NameError> {
        let slug = person_slug(person)?;
        let key = review_key(&self.framework.meta.id, &slug);
        let blank = Review::new(person, self.framework);
        let mut session = Session::open_at(&mut LocalStore, key, blank, self.framework, &now_iso());
        // Stored at once, so it is listed; an existing review is written back as it was read.
        session.retry(&mut LocalStore, self.framework, &now_iso());
        self.open.set(Some(session));
        self.relist();
        Ok(slug)
    }

    /// Closes the open review (nothing is lost: every change is already stored or pending on
    /// screen, and pending changes are the save state's alert).
    pub fn close(&self) {
        self.open.set(None);
    }

    /// Reads the open review, tracked; `None` when none is open.
    pub fn with<T>(&self, f: impl FnOnce(&Review) -> T) -> Option<T> {
        self.open.with(|s| s.as_ref().map(|s| f(s.data())))
    }

    /// Applies a change (a core method on the review) to the open review and saves it,
    /// exactly as [`MyData::update`](crate::app::my_data::MyData::update) does.
    pub fn update(&self, edit: impl Fn(&mut Review) + 'static) {
        let framework = self.framework;
        self.open.update(|s| {
            if let Some(s) = s {
                s.apply(&mut LocalStore, framework, &now_iso(), Rc::new(edit));
            }
        });
    }

    /// Deletes the open review and the copies kept aside for it: no other key.
    pub fn delete(&self) -> Option<Deleted> {
        let mut deleted = None;
        self.open.update(|s| deleted = s.as_mut().map(|s| s.delete_everything(&mut LocalStore)));
        if deleted.as_ref().is_some_and(|d| d.error.is_none()) {
            self.open.set(None);
        }
        self.relist();
        deleted
    }

    /// The open review's save state.
    pub fn save_state(&self) -> Memo<SaveState> {
        let open = self.open;
        Memo::new(move |_| open.with(|s| s.as_ref().map_or(SaveState::Unchanged, |s| s.save_state().clone())))
    }

    /// What the manager must be told about the open review.
    pub fn notices(&self) -> Memo<Vec<Notice>> {
        let open = self.open;
        Memo::new(move |_| open.with(|s| s.as_ref().map(|s| s.notices().to_vec()).unwrap_or_default()))
    }

    /// The file to send the person: the manager's ratings, unsaved changes included.
    pub fn export_text(&self) -> Option<String> {
        self.open.with_untracked(|s| s.as_ref().map(|s| s.data().export(&now_iso())))
    }
}
