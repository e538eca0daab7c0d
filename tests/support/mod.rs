//! A store in memory with faults to inject, shared by the tests of personal data: faults
//! that fail every call, and a quota that another program on the origin can fill and free.
#![allow(dead_code)]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use mosaic::core::assessment::store::{Store, StoreError};

/// What the next calls to the store do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fault {
    #[default]
    None,
    /// Every write fails with a full quota (removals still work, as in browsers).
    Full,
    /// Every call fails: the browser refuses storage.
    Gone,
}

/// The key another program on the same origin fills the quota under.
pub const FILLER_KEY: &str = "another-app-on-this-origin";

#[derive(Debug, Default)]
pub struct Shared {
    pub items: BTreeMap<String, String>,
    pub fault: Fault,
    /// The origin's quota in bytes (keys and values), as browsers count it; none by default.
    pub quota: Option<usize>,
}

/// One origin's localStorage, shared by every tab that holds a clone.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore(pub Rc<RefCell<Shared>>);

impl MemoryStore {
    pub fn set_fault(&self, fault: Fault) {
        self.0.borrow_mut().fault = fault;
    }

    pub fn raw(&self, key: &str) -> Option<String> {
        self.0.borrow().items.get(key).cloned()
    }

    /// Writes as another program would (a newer deploy, a damaged value), bypassing faults.
    pub fn put(&self, key: &str, value: &str) {
        self.0.borrow_mut().items.insert(key.to_string(), value.to_string());
    }

    pub fn all_keys(&self) -> Vec<String> {
        self.0.borrow().items.keys().cloned().collect()
    }

    /// Bytes used by every key and value.
    pub fn used(&self) -> usize {
        self.0.borrow().items.iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    /// Gives the origin a quota of `bytes`.
    pub fn set_quota(&self, bytes: usize) {
        self.0.borrow_mut().quota = Some(bytes);
    }

    /// Another program fills the quota, leaving `room` bytes free (less when even its own
    /// key doesn't fit). Without a quota it does nothing.
    pub fn fill_leaving(&self, room: usize) {
        let Some(quota) = self.0.borrow().quota else { return };
        self.free();
        let filler = quota.saturating_sub(self.used() + FILLER_KEY.len() + room);
        self.put(FILLER_KEY, &"x".repeat(filler));
    }

    /// That program removes what it stored.
    pub fn free(&self) {
        self.0.borrow_mut().items.remove(FILLER_KEY);
    }

    fn check(&self) -> Result<(), StoreError> {
        match self.0.borrow().fault {
            Fault::Gone => Err(StoreError::Unavailable("SecurityError".into())),
            _ => Ok(()),
        }
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.raw(key))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        if self.0.borrow().fault == Fault::Full {
            return Err(StoreError::Full);
        }
        if let Some(quota) = self.0.borrow().quota {
            let replaced = self.raw(key).map_or(0, |old| key.len() + old.len());
            if self.used() - replaced + key.len() + value.len() > quota {
                return Err(StoreError::Full);
            }
        }
        self.put(key, value);
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.0.borrow_mut().items.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check()?;
        Ok(self.all_keys())
    }
}
