//! The person's data while a page is open: what is on screen, what is stored, and every
//! rule that keeps the two from losing anything. The same session keeps a manager's review
//! of someone else (`Session<Review>`, under a key of its own): see [`SessionData`].
//!
//! Each change is an [`Edit`]. Applying one re-reads the store first (another tab may have
//! written), replays the edits not yet stored, applies the new one and writes. When the
//! write fails the edit stays pending and on screen, so the next successful write still
//! carries it. Stored data that can't be read is moved aside, never overwritten.

use std::rc::Rc;

use super::model::Assessment;
use super::session_data::SessionData;
use super::storage::{encode, stamp, Change, ReadError};
use super::store::{belongs_to, kept_aside_prefix, storage_key, Store, StoreError};
use crate::core::framework::Framework;

/// One change the person made, replayable on a newer stored version.
pub type Edit<D = Assessment> = Rc<dyn Fn(&mut D)>;

/// Stored data as read: the data and the recovery its copy descends from.
#[derive(Clone)]
struct Stored<D> {
    data: D,
    recovered_from: Option<String>,
}

/// Whether the latest change is safely stored.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// Nothing entered or changed yet in this visit.
    Unchanged,
    /// Saved at the given time (ISO date-time, UTC).
    Saved { at: String },
    /// Picked up a change made in another tab.
    SyncedFromOtherTab,
    /// The latest changes could not be saved; they are on screen and the last saved version
    /// is intact. `pending` counts the changes waiting.
    NotSaved { error: StoreError, pending: usize },
    /// Storage can't be used at all: everything lives in this tab only.
    MemoryOnly(StoreError),
}

/// Something the person must be told, at the top of the personal pages.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The framework changed since the assessment was saved.
    FrameworkChanged(Vec<Change>),
    /// Stored data couldn't be read. It is kept untouched under `kept_at`, or left where it
    /// was when even that failed (`None`); `raw` is offered for download either way. Found
    /// `while_open`, what is on screen is saved in its place; found on opening, the person
    /// starts afresh.
    Unreadable { reason: ReadError, kept_at: Option<String>, raw: String, while_open: bool },
}

/// What deleting everything did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    /// Keys removed.
    pub removed: Vec<String>,
    /// The first failure, if any: then some data is still stored.
    pub error: Option<StoreError>,
}

pub struct Session<D: SessionData = Assessment> {
    key: String,
    /// What is on screen.
    data: D,
    /// What a fresh start looks like (when nothing is stored, or after deleting).
    blank: D,
    /// Edits on screen that are not stored yet, oldest first.
    pending: Vec<Edit<D>>,
    save_state: SaveState,
    notices: Vec<Notice>,
    /// The latest recovery from unreadable data this tab has taken into account (see
    /// [`Stored::recovered_from`]).
    recovery_seen: Option<String>,
    /// The stored text last read or written, and what it reads as (reconciled): most edits
    /// find it unchanged, and then need not decode it again.
    last_read: Option<(String, Stored<D>)>,
}

impl Session<Assessment> {
    /// Opens the stored assessment for `framework`, or starts a blank one.
    pub fn open(store: &mut dyn Store, framework: &Framework, now: &str) -> Session {
        Session::open_at(store, storage_key(&framework.meta.id), blank(framework), framework, now)
    }

    /// What is on screen.
    pub fn assessment(&self) -> &Assessment {
        &self.data
    }

    /// The export file: what is on screen, unsaved edits included.
    pub fn export(&self, now: &str) -> String {
        encode(&self.data, now)
    }

    /// The export file to share with a manager: the same document, holding only what
    /// [`Assessment::for_sharing`] keeps.
    pub fn export_for_sharing(&self, now: &str) -> String {
        encode(&self.data.for_sharing(), now)
    }
}

impl<D: SessionData> Session<D> {
    /// Opens what is stored under `key`, or starts from `blank` (stored at the first edit).
    pub fn open_at(store: &mut dyn Store, key: String, blank: D, against: &D::Against, now: &str) -> Self {
        let mut session = Session {
            key,
            data: blank.clone(),
            blank,
            pending: Vec::new(),
            save_state: SaveState::Unchanged,
            notices: Vec::new(),
            recovery_seen: None,
            last_read: None,
        };
        match store.get(&session.key) {
            Err(error) => session.save_state = SaveState::MemoryOnly(error),
            Ok(None) => {}
            Ok(Some(raw)) => match D::decode_stored(&raw) {
                Ok((data, recovered_from)) => {
                    session.recovery_seen = recovered_from;
                    let (data, changes) = data.reconcile(against);
                    session.data = data;
                    if !changes.is_empty() {
                        session.notices.push(Notice::FrameworkChanged(changes));
                        // Saved reconciled, so the notice is shown once; retired data is in it.
                        session.write(store, now);
                        if matches!(session.save_state, SaveState::Saved { .. }) {
                            session.save_state = SaveState::Unchanged;
                        }
                    }
                }
                Err(reason) => {
                    // Moved aside, then a fresh start marked as a recovery takes its place (not
                    // an empty key): another tab's screen may hold the only copy of what was
                    // stored, and the mark makes it merge that in. When even the fresh start
                    // can't be written, the unreadable value stays where it was.
                    if let Some(aside) = session.keep_aside(store, &raw, reason, now, false) {
                        session.recovery_seen = Some(aside);
                        session.write(store, now);
                        if matches!(session.save_state, SaveState::Saved { .. }) {
                            session.save_state = SaveState::Unchanged;
                        }
                    }
                }
            },
        }
        session
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// What is on screen.
    pub fn data(&self) -> &D {
        &self.data
    }

    pub fn save_state(&self) -> &SaveState {
        &self.save_state
    }

    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Applies an edit on top of the latest stored version and saves it.
    pub fn apply(&mut self, store: &mut dyn Store, against: &D::Against, now: &str, edit: Edit<D>) {
        let next = match store.get(&self.key) {
            Err(error) => {
                edit(&mut self.data);
                self.pending.push(edit);
                self.save_state = SaveState::MemoryOnly(error);
                return;
            }
            Ok(None) => self.replayed(self.blank.clone()),
            Ok(Some(raw)) => match self.read(&raw, against) {
                Ok(stored) => self.catch_up(stored),
                Err(reason) => match self.keep_aside(store, &raw, reason, now, true) {
                    // What is on screen (pending edits included) is the latest readable version.
                    Some(aside) => {
                        self.recovery_seen = Some(aside);
                        self.data.clone()
                    }
                    None => {
                        // It could not be kept aside: leave it untouched, keep the edit on screen.
                        edit(&mut self.data);
                        self.pending.push(edit);
                        self.not_saved(StoreError::Failed(
                            "the unreadable data could not be moved aside".into(),
                        ));
                        return;
                    }
                },
            },
        };
        self.data = next;
        edit(&mut self.data);
        self.pending.push(edit);
        self.write(store, now);
    }

    /// Tries again to store what is on screen (after a fault is fixed).
    pub fn retry(&mut self, store: &mut dyn Store, against: &D::Against, now: &str) {
        self.apply(store, against, now, Rc::new(|_| {}));
    }

    /// Another tab (or program) changed the stored data. The event only says that something
    /// changed: what is stored now is read (an event may arrive after this tab wrote something
    /// newer) and shown, with this tab's unsaved edits on top. When this screen may be the
    /// only copy of something (the stored data became unreadable, or another tab replaced
    /// unreadable data) it is saved at once, exactly as an edit would.
    pub fn other_tab_changed(&mut self, store: &mut dyn Store, against: &D::Against, now: &str) {
        let value = match store.get(&self.key) {
            Ok(value) => value,
            // Can't even look: this screen is all there is for now, and the person is told.
            Err(error) => return self.save_state = SaveState::MemoryOnly(error),
        };
        let stored = match value.as_deref().map(|raw| self.read(raw, against)) {
            None => None,
            Some(Ok(stored)) => Some(stored),
            Some(Err(_)) => return self.retry(store, against, now),
        };
        if stored.as_ref().is_some_and(|s| self.is_new_recovery(s)) {
            return self.retry(store, against, now);
        }
        self.data = match stored {
            None => self.replayed(self.blank.clone()),
            Some(stored) => self.catch_up(stored),
        };
        if self.pending.is_empty() {
            self.save_state = SaveState::SyncedFromOtherTab;
        }
    }

    /// Deletes what is stored under this session's key and the copies kept aside for it: no
    /// other key.
    pub fn delete_everything(&mut self, store: &mut dyn Store) -> Deleted {
        let mut deleted = Deleted { removed: Vec::new(), error: None };
        let keys = match store.keys() {
            Ok(keys) => keys,
            Err(_) => vec![self.key.clone()],
        };
        for key in keys.into_iter().filter(|k| belongs_to(k, &self.key)) {
            match store.remove(&key) {
                Ok(()) => deleted.removed.push(key),
                Err(error) => {
                    deleted.error.get_or_insert(error);
                }
            }
        }
        match &deleted.error {
            // Not (all) deleted: what is on screen stays, so trying again deletes it all.
            Some(error) => self.not_saved(error.clone()),
            None => {
                self.data = self.blank.clone();
                self.pending.clear();
                self.notices.clear();
                self.recovery_seen = None;
                if !matches!(self.save_state, SaveState::MemoryOnly(_)) {
                    self.save_state = SaveState::Unchanged;
                }
            }
        }
        deleted
    }

    /// The stored version with this tab's unsaved edits on top; after a recovery this tab
    /// hasn't seen, its screen joins too (it may hold the only copy of what was lost).
    fn catch_up(&mut self, stored: Stored<D>) -> D {
        if self.is_new_recovery(&stored) {
            // Kept as an edit until stored, like any other unsaved change.
            let only_copy = self.data.clone();
            self.pending.push(Rc::new(move |d| *d = D::merge(std::mem::take(d), only_copy.clone())));
            self.recovery_seen = stored.recovered_from;
        }
        self.replayed(stored.data)
    }

    /// Whether `stored` was written over unreadable data since this tab last looked.
    fn is_new_recovery(&self, stored: &Stored<D>) -> bool {
        stored.recovered_from.is_some() && stored.recovered_from != self.recovery_seen
    }

    /// Reads stored text, brought in line with what it is kept against (the framework).
    fn read(&mut self, raw: &str, against: &D::Against) -> Result<Stored<D>, ReadError> {
        if let Some((text, stored)) = &self.last_read {
            if text == raw {
                return Ok(stored.clone());
            }
        }
        let (data, recovered_from) = D::decode_stored(raw)?;
        let stored = Stored { data: data.reconcile(against).0, recovered_from };
        self.last_read = Some((raw.to_string(), stored.clone()));
        Ok(stored)
    }

    fn replayed(&self, mut base: D) -> D {
        for pending in &self.pending {
            pending(&mut base);
        }
        base
    }

    fn write(&mut self, store: &mut dyn Store, now: &str) {
        let text = self.data.encode_stored(now, self.recovery_seen.as_deref());
        match store.set(&self.key, &text) {
            Ok(()) => {
                let stored = Stored { data: self.data.clone(), recovered_from: self.recovery_seen.clone() };
                self.last_read = Some((text, stored));
                self.pending.clear();
                self.save_state = SaveState::Saved { at: now.to_string() };
            }
            Err(error) => self.not_saved(error),
        }
    }

    fn not_saved(&mut self, error: StoreError) {
        self.save_state = SaveState::NotSaved { error, pending: self.pending.len() };
    }

    /// Copies unreadable stored data to a key of its own and tells the person. `None` when
    /// the copy failed (then nothing may overwrite the original).
    fn keep_aside(
        &mut self,
        store: &mut dyn Store,
        raw: &str,
        reason: ReadError,
        now: &str,
        while_open: bool,
    ) -> Option<String> {
        let mut aside = format!("{}{now}", kept_aside_prefix(&self.key));
        let mut n = 1;
        while store.get(&aside).ok().flatten().is_some_and(|existing| existing != raw) {
            n += 1;
            aside = format!("{}{now}-{n}", kept_aside_prefix(&self.key));
        }
        let kept = store.set(&aside, raw).is_ok();
        // The same text found again (the first fresh start couldn't be stored): one copy and
        // one notice naming it, so no copy is kept that the person wasn't told about.
        let earlier = self.notices.iter().find_map(|n| match n {
            Notice::Unreadable { raw: seen, kept_at: Some(key), .. } if seen == raw => Some(key.clone()),
            _ => None,
        });
        let earlier_copy_gone = match (&earlier, kept) {
            // The earlier notice still names a copy of this very text.
            (Some(_), false) => return None,
            (Some(earlier), true) if *earlier != aside => store.remove(earlier).is_ok(),
            _ => true,
        };
        // When the earlier copy couldn't be removed, both copies stay and so do both notices.
        if earlier_copy_gone {
            self.notices.retain(|n| !matches!(n, Notice::Unreadable { raw: seen, .. } if seen == raw));
        }
        self.notices.push(Notice::Unreadable {
            reason,
            kept_at: kept.then(|| aside.clone()),
            raw: raw.to_string(),
            while_open,
        });
        kept.then_some(aside)
    }
}

fn blank(framework: &Framework) -> Assessment {
    Assessment { framework: stamp(framework), ..Default::default() }
}
