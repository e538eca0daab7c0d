//! Snapshots of the ratings: taking one, listing them by date, deleting one and undoing it.

use crate::core::assessment::{Assessment, Snapshot};

impl Assessment {
    /// Records the current ratings as a dated snapshot.
    pub fn take_snapshot(&mut self, label: &str, date: &str) -> &Snapshot {
        let ratings = self
            .ratings
            .keys()
            .filter_map(|competency| Some((competency.clone(), self.proficiency(competency)?.to_string())))
            .collect();
        let id = self.unused_snapshot_id();
        let label =
            if label.trim().is_empty() { format!("Snapshot of {date}") } else { label.trim().to_string() };
        self.snapshots.push(Snapshot { id, label, date: date.to_string(), ratings });
        self.snapshots.last().expect("just pushed")
    }

    /// The snapshots in date order, oldest first. Snapshots of the same date keep the order
    /// they were taken in. A snapshot can be back-dated, so the stored order is not the date
    /// order.
    pub fn snapshots_by_date(&self) -> Vec<&Snapshot> {
        let mut sorted: Vec<&Snapshot> = self.snapshots.iter().collect();
        sorted.sort_by(|a, b| a.date.cmp(&b.date));
        sorted
    }

    /// Removes a snapshot; returns where it was and what it was, so it can be restored.
    pub fn delete_snapshot(&mut self, id: &str) -> Option<(usize, Snapshot)> {
        let index = self.snapshots.iter().position(|s| s.id == id)?;
        Some((index, self.snapshots.remove(index)))
    }

    /// Puts a deleted snapshot back where it was (or last, if the list has since shrunk).
    /// When its ID was given to a snapshot taken in between, it gets a fresh one, so IDs stay
    /// unique. Returns the ID it now has.
    pub fn restore_snapshot(&mut self, index: usize, mut snapshot: Snapshot) -> String {
        if self.snapshots.iter().any(|s| s.id == snapshot.id) {
            snapshot.id = self.unused_snapshot_id();
        }
        let id = snapshot.id.clone();
        self.snapshots.insert(index.min(self.snapshots.len()), snapshot);
        id
    }

    /// "s1", "s2"…: the first number from the count up that no snapshot uses.
    fn unused_snapshot_id(&self) -> String {
        (self.snapshots.len() + 1..)
            .map(|n| format!("s{n}"))
            .find(|id| self.snapshots.iter().all(|s| s.id != *id))
            .expect("unbounded")
    }
}
