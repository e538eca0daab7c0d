//! Model-based test of the personal-data session: random sequences of what a person does
//! (rate, add and remove evidence, milestones, plan actions, snapshots, import by merge or
//! replace, delete everything, reload) in two tabs sharing one store, with faults injected
//! (quota full, storage gone, a damaged value, a newer version from another deploy), and a
//! quota that another program on the origin fills and frees (issue 14: a change made while
//! it is full, or an import too large to store, is stored once there is room; the person
//! may close a tab that says it is not saved, discarding what only that tab held).
//!
//! After every step: everything the person entered and didn't remove is on a screen, in
//! the stored document, or in a copy kept aside that a tab told the person about; a value
//! that can't be read is never overwritten; a saved rating is stored.

mod support;

use std::collections::{BTreeSet, VecDeque};
use std::rc::Rc;

use mosaic::core::assessment::session::{Edit, Notice, SaveState, Session};
use mosaic::core::assessment::storage::{decode, encode, merge, replace};
use mosaic::core::assessment::store::{kept_aside_prefix, storage_key, StoreError};
use mosaic::core::assessment::{Assessment, Evidence, MilestoneStatus};
use mosaic::core::framework::{load, Framework};
use mosaic::core::studio::{Draft, DRAFT_KEY};
use proptest::prelude::*;
use support::{Fault, MemoryStore};

#[derive(Debug, Clone)]
enum Step {
    Rate {
        tab: usize,
        competency: usize,
        level: usize,
    },
    Unrate {
        tab: usize,
        competency: usize,
    },
    AddEvidence {
        tab: usize,
        competency: usize,
    },
    RemoveEvidence {
        tab: usize,
        pick: usize,
    },
    Milestone {
        tab: usize,
        role: usize,
        status: usize,
    },
    AddAction {
        tab: usize,
    },
    Snapshot {
        tab: usize,
    },
    ImportMerge {
        tab: usize,
    },
    /// `large`: the file holds more than the room another program left.
    ImportReplace {
        tab: usize,
        large: bool,
    },
    DeleteEverything {
        tab: usize,
    },
    Hear {
        tab: usize,
    },
    Reload {
        tab: usize,
    },
    /// The person closes or reloads a tab although it says it is not saved.
    Discard {
        tab: usize,
    },
    Fault(Fault),
    /// Another program on the origin fills the quota, leaving this many bytes free.
    Fill {
        room: usize,
    },
    /// That program frees what it stored.
    Free,
    Damage,
    NewerVersion,
}

fn step() -> impl Strategy<Value = Step> {
    let tab = 0usize..2;
    prop_oneof![
        4 => (tab.clone(), 0usize..64, 0usize..8).prop_map(|(tab, competency, level)| Step::Rate { tab, competency, level }),
        1 => (tab.clone(), 0usize..64).prop_map(|(tab, competency)| Step::Unrate { tab, competency }),
        4 => (tab.clone(), 0usize..64).prop_map(|(tab, competency)| Step::AddEvidence { tab, competency }),
        2 => (tab.clone(), 0usize..64).prop_map(|(tab, pick)| Step::RemoveEvidence { tab, pick }),
        1 => (tab.clone(), 0usize..64, 0usize..3).prop_map(|(tab, role, status)| Step::Milestone { tab, role, status }),
        2 => tab.clone().prop_map(|tab| Step::AddAction { tab }),
        1 => tab.clone().prop_map(|tab| Step::Snapshot { tab }),
        1 => tab.clone().prop_map(|tab| Step::ImportMerge { tab }),
        1 => (tab.clone(), any::<bool>()).prop_map(|(tab, large)| Step::ImportReplace { tab, large }),
        1 => tab.clone().prop_map(|tab| Step::DeleteEverything { tab }),
        3 => tab.clone().prop_map(|tab| Step::Hear { tab }),
        1 => tab.clone().prop_map(|tab| Step::Reload { tab }),
        1 => tab.clone().prop_map(|tab| Step::Discard { tab }),
        2 => (0usize..400).prop_map(|room| Step::Fill { room }),
        2 => Just(Step::Free),
        2 => prop_oneof![Just(Fault::None), Just(Fault::Full), Just(Fault::Gone)].prop_map(Step::Fault),
        1 => Just(Step::Damage),
        1 => Just(Step::NewerVersion),
    ]
}

struct World {
    framework: &'static Framework,
    store: MemoryStore,
    tabs: [Session; 2],
    clock: u32,
    /// Unique texts the person entered and has not removed.
    live: BTreeSet<String>,
    next_fact: u32,
    /// Copies kept aside that some tab told the person about.
    told: BTreeSet<String>,
    /// Storage events not yet delivered to each tab, oldest first (browsers fire one for
    /// every change made elsewhere, in order).
    events: [VecDeque<Option<String>>; 2],
}

impl World {
    fn new(framework: &'static Framework) -> World {
        let mut store = MemoryStore::default();
        store.set_quota(QUOTA);
        let tabs = [Session::open(&mut store, framework, "t0"), Session::open(&mut store, framework, "t0")];
        World {
            framework,
            store,
            tabs,
            clock: 0,
            live: BTreeSet::new(),
            next_fact: 0,
            told: BTreeSet::new(),
            events: Default::default(),
        }
    }

    fn now(&mut self) -> String {
        self.clock += 1;
        // Sortable, like ISO instants.
        format!("2026-11-30T10:{:05}", self.clock)
    }

    fn fact(&mut self) -> String {
        self.next_fact += 1;
        let fact = format!("fact-{}", self.next_fact);
        self.live.insert(fact.clone());
        fact
    }

    fn apply(&mut self, tab: usize, edit: impl Fn(&mut Assessment) + 'static) {
        let now = self.now();
        let (framework, store) = (self.framework, &mut self.store);
        self.tabs[tab].apply(store, framework, &now, Rc::new(edit));
    }

    fn key(&self) -> String {
        storage_key(&self.framework.meta.id)
    }

    fn run(&mut self, step: &Step) -> Result<(), TestCaseError> {
        let f = self.framework;
        let competency = |i: usize| f.competencies[i % f.competencies.len()].id.clone();
        let before = self.store.raw(&self.key());
        let unreadable_before = before.clone().filter(|raw| decode(raw).is_err());
        match step.clone() {
            Step::Rate { tab, competency: c, level } => {
                let (id, level) =
                    (competency(c), f.proficiency_scale[level % f.proficiency_scale.len()].id.clone());
                let now = self.now();
                let (rid, rlevel) = (id.clone(), level.clone());
                self.tabs[tab].apply(
                    &mut self.store,
                    f,
                    &now.clone(),
                    Rc::new(move |a| {
                        a.rate(f, &rid, &rlevel, &now).unwrap();
                    }),
                );
                prop_assert_eq!(
                    self.tabs[tab].assessment().proficiency(&id),
                    Some(level.as_str()),
                    "on screen"
                );
                if matches!(self.tabs[tab].save_state(), SaveState::Saved { .. }) {
                    let stored = decode(&self.store.raw(&self.key()).unwrap()).unwrap();
                    prop_assert_eq!(stored.proficiency(&id), Some(level.as_str()), "saved means stored");
                }
            }
            Step::Unrate { tab, competency: c } => {
                let id = competency(c);
                let now = self.now();
                self.apply(tab, move |a| a.unrate(&id, &now));
            }
            Step::AddEvidence { tab, competency: c } => {
                let (id, note, now) = (competency(c), self.fact(), self.now());
                let evidence = Evidence::new(&note, "", "").unwrap();
                self.apply(tab, move |a| a.add_rating_evidence(&id, evidence.clone(), &now));
            }
            Step::RemoveEvidence { tab, pick } => {
                let visible: Vec<(String, Evidence)> = self.tabs[tab]
                    .assessment()
                    .ratings
                    .iter()
                    .flat_map(|(id, r)| r.evidence.iter().map(move |e| (id.clone(), e.clone())))
                    .collect();
                if let Some((id, evidence)) = visible.get(pick % visible.len().max(1)).cloned() {
                    self.live.remove(&evidence.note);
                    let now = self.now();
                    self.apply(tab, move |a| a.remove_rating_evidence(&id, &evidence, &now));
                }
            }
            Step::Milestone { tab, role, status } => {
                let roles: Vec<_> = f.roles().filter(|(_, _, l)| !l.milestones.is_empty()).collect();
                let (role, _, level) = roles[role % roles.len()].clone();
                let (milestone, now) = (level.milestones[0].id.clone(), self.now());
                let status = MilestoneStatus::ALL[status];
                self.apply(tab, move |a| a.set_milestone_status(f, &role, &milestone, status, &now));
            }
            Step::AddAction { tab } => {
                let (title, now) = (self.fact(), self.now());
                self.apply(tab, move |a| {
                    a.plan.add_own(&title, None, "", &now).unwrap();
                });
            }
            Step::Snapshot { tab } => {
                let label = self.fact();
                self.apply(tab, move |a| {
                    a.take_snapshot(&label, "2026-11-30");
                });
            }
            Step::ImportMerge { tab } => {
                let file = self.tabs[1 - tab].export("now");
                let theirs = decode(&file).unwrap();
                self.apply(tab, move |a| *a = merge(std::mem::take(a), theirs.clone()));
            }
            Step::ImportReplace { tab, large } => {
                let mut theirs = decode(&self.tabs[1 - tab].export("now")).unwrap();
                if large {
                    let (id, fact, now) = (competency(0), self.fact(), self.now());
                    theirs.add_rating_evidence(&id, Evidence::new(&fact, "", "").unwrap(), &now);
                    let padding = Evidence::new(&"padding ".repeat(500), "", "").unwrap();
                    theirs.add_rating_evidence(&id, padding, &now);
                }
                let file = encode(&theirs, "now");
                let seen = self.tabs[tab].assessment().clone();
                // Replacing is the person's choice: what they saw and the file doesn't hold goes.
                let screen = encode(&seen, "");
                self.live.retain(|fact| {
                    let quoted = format!("\"{fact}\"");
                    file.contains(&quoted) || !screen.contains(&quoted)
                });
                let theirs = decode(&file).unwrap();
                self.apply(tab, move |a| *a = replace(std::mem::take(a), &seen, theirs.clone()));
            }
            Step::DeleteEverything { tab } => {
                if self.tabs[tab].delete_everything(&mut self.store).error.is_none() {
                    // Deleted: the person chose to drop all of it, kept-aside copies included.
                    self.live.clear();
                    self.told.clear();
                }
            }
            Step::Hear { tab } => {
                if self.events[tab].pop_front().is_some() {
                    let now = self.now();
                    self.tabs[tab].other_tab_changed(&mut self.store, f, &now);
                }
            }
            Step::Reload { tab } => {
                // An open tab hears of changes before the person can reload it, and a person
                // closes a tab only when it says everything is saved.
                while self.events[tab].pop_front().is_some() {
                    let now = self.now();
                    self.tabs[tab].other_tab_changed(&mut self.store, f, &now);
                }
                self.note_what_tabs_said();
                if matches!(
                    self.tabs[tab].save_state(),
                    SaveState::NotSaved { .. } | SaveState::MemoryOnly(_)
                ) {
                    return Ok(());
                }
                let now = self.now();
                self.tabs[tab] = Session::open(&mut self.store, f, &now);
            }
            Step::Discard { tab } => {
                while self.events[tab].pop_front().is_some() {
                    let now = self.now();
                    self.tabs[tab].other_tab_changed(&mut self.store, f, &now);
                }
                self.note_what_tabs_said();
                // The person's choice: what only this tab held goes with it.
                let elsewhere = self.places_but(tab);
                self.live.retain(|fact| elsewhere.iter().any(|p| p.contains(&format!("\"{fact}\""))));
                let now = self.now();
                self.tabs[tab] = Session::open(&mut self.store, f, &now);
            }
            Step::Fault(fault) => self.store.set_fault(fault),
            Step::Fill { room } => self.store.fill_leaving(room),
            Step::Free => self.store.free(),
            Step::Damage => {
                self.forget_what_only_the_store_holds();
                self.store.put(&self.key(), "{\"kind\": \"mosaic-assessment\", \"schema");
            }
            Step::NewerVersion => {
                self.forget_what_only_the_store_holds();
                let mut newer: serde_json::Value =
                    serde_json::from_str(&self.tabs[0].export("later")).unwrap();
                newer["schema_version"] = 99.into();
                self.store.put(&self.key(), &newer.to_string());
            }
        }
        let after = self.store.raw(&self.key());
        if after != before {
            // Every tab but the writer hears of it; another program's write reaches both.
            let writer = match step {
                Step::Damage | Step::NewerVersion => None,
                Step::Rate { tab, .. }
                | Step::Unrate { tab, .. }
                | Step::AddEvidence { tab, .. }
                | Step::RemoveEvidence { tab, .. }
                | Step::Milestone { tab, .. }
                | Step::AddAction { tab }
                | Step::Snapshot { tab }
                | Step::ImportMerge { tab }
                | Step::ImportReplace { tab, .. }
                | Step::Discard { tab }
                | Step::DeleteEverything { tab }
                | Step::Hear { tab }
                | Step::Reload { tab } => Some(*tab),
                Step::Fault(_) | Step::Fill { .. } | Step::Free => None,
            };
            for tab in 0..2 {
                if Some(tab) != writer {
                    self.events[tab].push_back(after.clone());
                }
            }
        }
        self.note_what_tabs_said();
        if let Some(raw) = unreadable_before {
            let still_there = self.store.raw(&self.key()).as_deref() == Some(raw.as_str());
            let kept =
                self.store.all_keys().iter().any(|k| self.store.raw(k).as_deref() == Some(raw.as_str()));
            // Deleting is the person's choice; another program may write over it, not Mosaic.
            let excused = matches!(step, Step::DeleteEverything { .. } | Step::Damage | Step::NewerVersion);
            prop_assert!(still_there || kept || excused, "unreadable data overwritten by {step:?}");
        }
        self.check_nothing_lost(step)
    }

    /// Another program overwriting the store destroys what only the store held: no program
    /// could keep that, so it no longer counts. Everything on a screen still must survive.
    fn forget_what_only_the_store_holds(&mut self) {
        let places = self.places(false);
        self.live.retain(|fact| places.iter().any(|p| p.contains(&format!("\"{fact}\""))));
    }

    /// The text of every place a fact can be: screens, and (with `stored`) the stored document;
    /// always the copies kept aside.
    fn places(&self, stored: bool) -> Vec<String> {
        let aside_prefix = kept_aside_prefix(&self.key());
        let mut places: Vec<String> = self.tabs.iter().map(|t| encode(t.assessment(), "")).collect();
        if stored {
            places.extend(self.store.raw(&self.key()));
        }
        places.extend(
            self.store
                .all_keys()
                .iter()
                .filter(|k| k.starts_with(&aside_prefix))
                .filter_map(|k| self.store.raw(k)),
        );
        places
    }

    /// Every place but tab `tab`'s screen.
    fn places_but(&self, tab: usize) -> Vec<String> {
        let mut places = self.places(true);
        places.remove(tab);
        places
    }

    fn note_what_tabs_said(&mut self) {
        for tab in &self.tabs {
            for notice in tab.notices() {
                if let Notice::Unreadable { kept_at: Some(key), .. } = notice {
                    self.told.insert(key.clone());
                }
            }
        }
    }

    fn check_nothing_lost(&self, step: &Step) -> Result<(), TestCaseError> {
        let aside_prefix = kept_aside_prefix(&self.key());
        let asides: Vec<String> =
            self.store.all_keys().into_iter().filter(|k| k.starts_with(&aside_prefix)).collect();
        for key in &asides {
            prop_assert!(self.told.contains(key), "{key} kept aside without telling anyone (after {step:?})");
        }
        let places = self.places(true);
        for fact in &self.live {
            let quoted = format!("\"{fact}\"");
            prop_assert!(
                places.iter().any(|p| p.contains(&quoted)),
                "{fact} lost after {step:?}: not on screen, not stored, not kept aside"
            );
        }
        Ok(())
    }
}

/// The origin's quota in the model: far more than the person's data, until another program
/// fills it.
const QUOTA: usize = 1 << 20;

fn framework() -> &'static Framework {
    Box::leak(Box::new(load(include_str!("../public/framework.json")).unwrap().framework))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn nothing_the_person_entered_is_ever_lost(steps in prop::collection::vec(step(), 1..40)) {
        let mut world = World::new(framework());
        for step in &steps {
            world.run(step)?;
        }
    }
}

// Issue 14's sequences, step by step, with a quota another program fills and frees.

fn rating(framework: &'static Framework, id: &str, level: &str) -> Edit {
    let (id, level) = (id.to_string(), level.to_string());
    Rc::new(move |a: &mut Assessment| {
        a.rate(framework, &id, &level, "2026-11-30T10:00:00Z").unwrap();
    })
}

fn stored_levels(store: &MemoryStore, framework: &Framework) -> Vec<(String, String)> {
    let stored = decode(&store.raw(&storage_key(&framework.meta.id)).unwrap()).unwrap();
    levels(&stored)
}

fn levels(assessment: &Assessment) -> Vec<(String, String)> {
    assessment.ratings.iter().filter_map(|(id, r)| Some((id.clone(), r.proficiency.clone()?))).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn a_rating_made_while_the_quota_is_full_is_stored_with_the_next_one() {
    let f = framework();
    let mut store = MemoryStore::default();
    store.set_quota(QUOTA);
    let mut tab = Session::open(&mut store, f, "t0");
    tab.apply(&mut store, f, "t1", rating(f, "system-design", "working"));
    assert!(matches!(tab.save_state(), SaveState::Saved { .. }));

    store.fill_leaving(0);
    tab.apply(&mut store, f, "t2", rating(f, "technical-depth", "advanced"));
    assert_eq!(tab.save_state(), &SaveState::NotSaved { error: StoreError::Full, pending: 1 });
    assert_eq!(tab.assessment().proficiency("technical-depth"), Some("advanced"), "B stays on screen");
    assert_eq!(
        stored_levels(&store, f),
        pairs(&[("system-design", "working")]),
        "the saved version is intact"
    );

    store.free();
    tab.apply(&mut store, f, "t3", rating(f, "communication", "working"));
    assert!(matches!(tab.save_state(), SaveState::Saved { .. }));
    let all =
        pairs(&[("communication", "working"), ("system-design", "working"), ("technical-depth", "advanced")]);
    assert_eq!(stored_levels(&store, f), all, "A, B and C are stored");
    assert_eq!(levels(Session::open(&mut store, f, "t4").assessment()), all, "and shown after a reload");
}

#[test]
fn an_import_too_large_to_store_stays_on_screen_and_is_stored_once_there_is_room() {
    let f = framework();
    let mut store = MemoryStore::default();
    store.set_quota(QUOTA);
    let mut tab = Session::open(&mut store, f, "t0");
    tab.apply(&mut store, f, "t1", rating(f, "system-design", "working"));

    let mut file = Assessment { framework: tab.assessment().framework.clone(), ..Default::default() };
    file.rate(f, "technical-depth", "expert", "t").unwrap();
    file.add_rating_evidence(
        "technical-depth",
        Evidence::new(&"Led the rewrite. ".repeat(200), "", "").unwrap(),
        "t",
    );
    store.fill_leaving(100);
    let seen = tab.assessment().clone();
    tab.apply(&mut store, f, "t2", Rc::new(move |a| *a = replace(std::mem::take(a), &seen, file.clone())));
    assert!(
        matches!(tab.save_state(), SaveState::NotSaved { error: StoreError::Full, .. }),
        "too large to store"
    );
    assert_eq!(levels(tab.assessment()), pairs(&[("technical-depth", "expert")]), "the import is on screen");

    // The next edit, still full: the old data doesn't come back.
    tab.apply(&mut store, f, "t3", rating(f, "communication", "working"));
    assert!(matches!(tab.save_state(), SaveState::NotSaved { .. }));
    assert_eq!(
        levels(tab.assessment()),
        pairs(&[("communication", "working"), ("technical-depth", "expert")])
    );
    assert_eq!(
        stored_levels(&store, f),
        pairs(&[("system-design", "working")]),
        "the saved version is intact"
    );

    store.free();
    tab.apply(&mut store, f, "t4", rating(f, "problem-solving", "working"));
    let all =
        pairs(&[("communication", "working"), ("problem-solving", "working"), ("technical-depth", "expert")]);
    assert_eq!(
        stored_levels(&store, f),
        all,
        "the import and both edits are stored, the replaced data is not"
    );
    assert_eq!(levels(Session::open(&mut store, f, "t5").assessment()), all);
}

#[test]
fn the_studio_draft_opened_while_the_quota_is_full_is_kept_once_there_is_room() {
    let mut store = MemoryStore::default();
    store.set_quota(QUOTA);
    let open = |text: &str| -> Edit<Option<Draft>> {
        let draft = Draft::open(Some("framework.json".into()), text.to_string(), "t").unwrap();
        Rc::new(move |kept| *kept = Some(draft.clone()))
    };
    let text_on = |session: &Session<Option<Draft>>| session.data().as_ref().map(|d| d.text.clone());
    let mut studio = Session::open_at(&mut store, DRAFT_KEY.to_string(), None, &(), "t0");
    studio.apply(&mut store, &(), "t1", open("{\"first\": 1}"));
    assert!(matches!(studio.save_state(), SaveState::Saved { .. }));

    store.fill_leaving(0);
    let second = format!("{{\"second\": \"{}\"}}", "x".repeat(1000));
    studio.apply(&mut store, &(), "t2", open(&second));
    assert_eq!(studio.save_state(), &SaveState::NotSaved { error: StoreError::Full, pending: 1 });
    assert_eq!(text_on(&studio).as_deref(), Some(second.as_str()), "the new draft stays on screen");
    studio.retry(&mut store, &(), "t3");
    assert_eq!(text_on(&studio).as_deref(), Some(second.as_str()), "trying again while full keeps it");

    store.free();
    studio.retry(&mut store, &(), "t4");
    assert!(matches!(studio.save_state(), SaveState::Saved { .. }));
    let reopened = Session::open_at(&mut store, DRAFT_KEY.to_string(), None, &(), "t5");
    assert_eq!(text_on(&reopened).as_deref(), Some(second.as_str()), "kept after a reload");
}

/// Found by the quota model: with the quota nearly full, unreadable data heard of more than
/// once was kept aside each time a copy fitted, and each new notice replaced the one naming the
/// earlier copy, so a copy was kept that nobody was told about. Now the earlier copy of the same
/// text goes when the new one is made, and one notice names the one copy.
#[test]
fn every_copy_kept_aside_is_named_with_the_quota_nearly_full() {
    let steps = [
        Step::Milestone { tab: 0, role: 0, status: 0 },
        Step::Fill { room: 0 },
        Step::NewerVersion,
        Step::Damage,
        Step::Reload { tab: 0 },
        Step::Rate { tab: 0, competency: 0, level: 0 },
    ];
    let mut world = World::new(framework());
    for step in &steps {
        world.run(step).unwrap();
    }
}

/// Found by the quota model: tab 0 can't store its edit (full), another program damages the
/// stored value, tab 0 is closed unsaved and opened again. Opening used to move the damaged
/// value aside and remove the key with no mark of a recovery, so tab 1 — whose screen holds the
/// only copy of what it had saved — started from blank at its next edit. Now opening writes a
/// fresh start marked as a recovery (tab 1 merges its screen in), or leaves the unreadable value
/// in place when even that can't be written (tab 1 then keeps it aside itself).
#[test]
fn opening_over_unreadable_data_keeps_another_tabs_only_copy() {
    let steps = [
        Step::AddAction { tab: 1 },
        Step::Fill { room: 0 },
        Step::Rate { tab: 0, competency: 0, level: 0 },
        Step::Damage,
        Step::Hear { tab: 0 },
        Step::Discard { tab: 0 },
        Step::Rate { tab: 1, competency: 0, level: 0 },
    ];
    let mut world = World::new(framework());
    for step in &steps {
        world.run(step).unwrap();
    }
}
