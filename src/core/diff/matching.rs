//! Pairs the items of two versions of a list by ID: what was removed, what was added, and
//! what both versions have (with each one's index, for JSON paths in the new file).

pub(super) struct Matched<'a, T> {
    pub removed: Vec<&'a T>,
    pub added: Vec<(usize, &'a T)>,
    /// (old item, index in the new list, new item), in the new list's order.
    pub kept: Vec<(&'a T, usize, &'a T)>,
}

pub(super) fn by_id<'a, T>(old: &'a [T], new: &'a [T], id: impl Fn(&T) -> &str) -> Matched<'a, T> {
    let find = |list: &'a [T], wanted: &str| list.iter().find(|item| id(item) == wanted);
    let removed = old.iter().filter(|item| find(new, id(item)).is_none()).collect();
    let mut added = Vec::new();
    let mut kept = Vec::new();
    for (index, item) in new.iter().enumerate() {
        match find(old, id(item)) {
            Some(before) => kept.push((before, index, item)),
            None => added.push((index, item)),
        }
    }
    Matched { removed, added, kept }
}
