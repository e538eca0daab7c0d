//! Model-based test of the personal-data session: random sequences of what a person does
//! (rate, add and remove evidence, milestones, plan actions, snapshots, import by merge or
//! replace, delete everything, reload) in two tabs sharing one store, with faults injected
//! (quota full, storage gone, a damaged value, a newer version from another deploy).
//!
//! After every step: everything the person entered and didn't remove is on a screen, in
//! the stored document, or in a copy kept aside that a tab told the person about; a value
//! that can't be read is never overwritten; a saved rating is stored.

mod support;

use std::collections::{BTreeSet, VecDeque};
use std::rc::Rc;

use mosaic::core::assessment::session::{Notice, SaveState, Session};
use mosaic::core::assessment::storage::{decode, encode, merge, replace};
use mosaic::core::assessment::store::{kept_aside_prefix, storage_key};
use mosaic::core::assessment::{Assessment, Evidence, MilestoneStatus};
use mosaic::core::framework::{load, Framework};
use proptest::prelude::*;
use support::{Fault, MemoryStore};

#[derive(Debug, Clone)]
enum Step {
    Rate { tab: usize, competency: usize, level: usize },
    Unrate { tab: usize, competency: usize },
    AddEvidence { tab: usize, competency: usize },
    RemoveEvidence { tab: usize, pick: usize },
    Milestone { tab: usize, role: usize, status: usize },
    AddAction { tab: usize },
    Snapshot { tab: usize },
    ImportMerge { tab: usize },
    ImportReplace { tab: usize },
    DeleteEverything { tab: usize },
    Hear { tab: usize },
    Reload { tab: usize },
    Fault(Fault),
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
        1 => tab.clone().prop_map(|tab| Step::ImportReplace { tab }),
        1 => tab.clone().prop_map(|tab| Step::DeleteEverything { tab }),
        3 => tab.clone().prop_map(|tab| Step::Hear { tab }),
        1 => tab.clone().prop_map(|tab| Step::Reload { tab }),
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
            Step::ImportReplace { tab } => {
                let file = self.tabs[1 - tab].export("now");
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
            Step::Fault(fault) => self.store.set_fault(fault),
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
                | Step::ImportReplace { tab }
                | Step::DeleteEverything { tab }
                | Step::Hear { tab }
                | Step::Reload { tab } => Some(*tab),
                Step::Fault(_) => None,
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
