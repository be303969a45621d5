//! Two tabs on one device, as a browser really behaves: each tab reads and writes its own
//! copy of storage, and hears of the other's writes only later (a `storage` event). Saves
//! that cross, writes that fail on a full device, and keeping aside must never lose a word.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

use alongside::core::document::{Document, Moment, Statement};
use alongside::core::envelope::{self, Read};
use alongside::core::plan::Goal;
use alongside::core::store::{
    Backend, MemoryBackend, Store, StoreError, ASIDE_PREFIX, DOCUMENT_KEY,
};
use common::Dice;

mod common;

const NOW: &str = "2026-11-22T10:00:00.000Z";

/// What each tab's copy of storage is, and the writes on their way between them.
#[derive(Default)]
struct Device {
    stored: RefCell<BTreeMap<String, String>>,
    tabs: RefCell<Vec<TabCopy>>,
    /// Writes in the order they reach the browser: (tab, key, value or removed).
    on_the_way: RefCell<VecDeque<(usize, String, Option<String>)>>,
}

#[derive(Default)]
struct TabCopy {
    values: BTreeMap<String, String>,
    /// Writes of this tab still on their way, by key: other tabs' news for that key is
    /// ignored meanwhile, as the browser does, because this tab's write will land after.
    pending: BTreeMap<String, usize>,
    /// Keys another tab changed: `storage` events not yet handled.
    events: Vec<String>,
    /// Writes fail, as on a full device, while this is above zero.
    failing: usize,
}

impl Device {
    fn tab(self: &Rc<Self>) -> Tab {
        let mut tabs = self.tabs.borrow_mut();
        tabs.push(TabCopy {
            values: self.stored.borrow().clone(),
            ..TabCopy::default()
        });
        Tab(self.clone(), tabs.len() - 1)
    }

    /// Delivers the oldest write on its way. False if there is none.
    fn deliver_one(&self) -> bool {
        let Some((from, key, value)) = self.on_the_way.borrow_mut().pop_front() else {
            return false;
        };
        match &value {
            Some(value) => self.stored.borrow_mut().insert(key.clone(), value.clone()),
            None => self.stored.borrow_mut().remove(&key),
        };
        for (at, tab) in self.tabs.borrow_mut().iter_mut().enumerate() {
            if at == from {
                if let Some(count) = tab.pending.get_mut(&key) {
                    *count -= 1;
                }
                continue;
            }
            if tab.pending.get(&key).copied().unwrap_or(0) > 0 {
                continue;
            }
            match &value {
                Some(value) => tab.values.insert(key.clone(), value.clone()),
                None => tab.values.remove(&key),
            };
            tab.events.push(key.clone());
        }
        true
    }

    fn deliver_all(&self) {
        while self.deliver_one() {}
    }
}

#[derive(Clone)]
struct Tab(Rc<Device>, usize);

impl Tab {
    fn with<R>(&self, f: impl FnOnce(&mut TabCopy) -> R) -> R {
        f(&mut self.0.tabs.borrow_mut()[self.1])
    }
    fn take_events(&self) -> bool {
        self.with(|tab| !std::mem::take(&mut tab.events).is_empty())
    }
    fn fail_writes(&self, writes: usize) {
        self.with(|tab| tab.failing = writes);
    }
    fn write(&self, key: &str, value: Option<&str>) -> Result<(), StoreError> {
        self.with(|tab| {
            if tab.failing > 0 {
                tab.failing -= 1;
                return Err(StoreError::Full);
            }
            match value {
                Some(value) => tab.values.insert(key.to_owned(), value.to_owned()),
                None => tab.values.remove(key),
            };
            *tab.pending.entry(key.to_owned()).or_default() += 1;
            Ok(())
        })?;
        let value = value.map(str::to_owned);
        self.0
            .on_the_way
            .borrow_mut()
            .push_back((self.1, key.to_owned(), value));
        Ok(())
    }
}

impl Backend for Tab {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.with(|tab| tab.values.get(key).cloned()))
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.write(key, Some(value))
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.write(key, None)
    }
    fn keys(&self) -> Vec<String> {
        self.with(|tab| tab.values.keys().cloned().collect())
    }
}

/// One tab as the app runs it: what it shows, and its store.
struct Open {
    tab: Tab,
    store: Store<Tab>,
    shown: Document,
}

impl Open {
    fn new(device: &Rc<Device>, name: &str) -> Open {
        let tab = device.tab();
        let (store, shown, _) = Store::open_as(tab.clone(), NOW, name);
        Open { tab, store, shown }
    }

    fn edit(&mut self, change: impl FnOnce(&mut Document)) {
        change(&mut self.shown);
    }

    /// Saves if anything is unsaved, as the app does after typing; a failed save waits.
    fn save(&mut self) -> Result<(), StoreError> {
        if !self.store.has_unsaved(&self.shown) {
            return Ok(());
        }
        let saved = self.store.save(&self.shown, NOW)?;
        if let Some(merged) = saved.merged {
            self.shown = merged;
        }
        Ok(())
    }

    /// Handles `storage` events as the app does: take the news in, then save if needed.
    fn hear(&mut self) {
        if !self.tab.take_events() {
            return;
        }
        if let Some(saved) = self.store.absorb(&self.shown, NOW) {
            if let Some(merged) = saved.merged {
                self.shown = merged;
            }
        }
        let _ = self.save();
    }
}

fn statement(id: &str, text: &str) -> Statement {
    Statement {
        id: id.into(),
        text: text.into(),
        ..Statement::default()
    }
}

fn set_text(doc: &mut Document, id: &str, text: &str) {
    match doc.statements.iter_mut().find(|s| s.id == id) {
        Some(s) => s.text = text.into(),
        None => doc.statements.push(statement(id, text)),
    }
}

fn stored(device: &Device) -> Document {
    match device
        .stored
        .borrow()
        .get(DOCUMENT_KEY)
        .map(|raw| envelope::read(raw))
    {
        Some(Read::Current { doc, .. }) => doc,
        other => panic!("nothing readable stored: {other:?}"),
    }
}

/// Every text kept aside on the device, as documents.
fn kept_aside(device: &Device) -> Vec<Document> {
    device
        .stored
        .borrow()
        .iter()
        .filter(|(key, _)| key.starts_with(ASIDE_PREFIX))
        .filter_map(|(_, raw)| match envelope::read(raw) {
            Read::Current { doc, .. } => Some(doc),
            _ => None,
        })
        .collect()
}

/// Lets both tabs hear and save until nothing more moves.
fn settle(device: &Device, tabs: &mut [&mut Open]) {
    for _ in 0..50 {
        device.deliver_all();
        for tab in tabs.iter_mut() {
            tab.hear();
            let _ = tab.save();
        }
        if device.on_the_way.borrow().is_empty() {
            return;
        }
    }
    panic!("the tabs never settled");
}

#[test]
fn two_tabs_saving_at_the_same_moment_keep_both_edits() {
    let device = Rc::new(Device::default());
    let mut first = Open::new(&device, "a");
    first.edit(|doc| {
        doc.statements = vec![statement("1", "one"), statement("2", "two")];
    });
    first.save().unwrap();
    device.deliver_all();
    let mut second = Open::new(&device, "b");
    // Both save before either hears of the other: the saves cross.
    first.edit(|doc| set_text(doc, "1", "one, changed in the first tab"));
    second.edit(|doc| set_text(doc, "2", "two, changed in the second tab"));
    first.save().unwrap();
    second.save().unwrap();
    settle(&device, &mut [&mut first, &mut second]);
    let texts: Vec<String> = stored(&device)
        .statements
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(
        texts,
        [
            "one, changed in the first tab",
            "two, changed in the second tab"
        ]
    );
    assert_eq!(first.shown, second.shown);
    assert_eq!(first.shown, stored(&device));
}

/// Two tabs on one device, 40 random steps: a third of the time `act` (what the person does
/// in the tab `who`, at `step`), otherwise a save, a write reaching the browser, a tab
/// hearing of it, or a full device for a write or two; then both settle.
fn race(
    seed: u64,
    mut act: impl FnMut(&mut Dice, &mut [Open; 2], usize, usize),
) -> (Rc<Device>, [Open; 2]) {
    let mut dice = Dice(seed);
    let device = Rc::new(Device::default());
    let mut tabs = [Open::new(&device, "a"), Open::new(&device, "b")];
    for step in 0..40 {
        let who = dice.roll(2) as usize;
        match dice.roll(6) {
            0 | 1 => act(&mut dice, &mut tabs, who, step),
            2 => {
                let _ = tabs[who].save();
            }
            3 => {
                device.deliver_one();
            }
            4 => tabs[who].hear(),
            _ => tabs[who].tab.fail_writes(dice.roll(2) as usize),
        }
    }
    tabs.iter().for_each(|open| open.tab.fail_writes(0));
    let [first, second] = &mut tabs;
    settle(&device, &mut [first, second]);
    (device, tabs)
}

#[test]
fn racing_two_tabs_a_thousand_times_loses_no_edit() {
    for run in 1..=1000u64 {
        // Each tab edits its own statements, so each one's latest words must survive as
        // they are; any interleaving of saves, deliveries and full-device failures.
        let mut latest: BTreeMap<String, String> = BTreeMap::new();
        let seed = run.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let (device, tabs) = race(seed, |dice, tabs, who, step| {
            let id = format!("{who}-{}", dice.roll(3));
            let text = format!("run {run} step {step} by {who}");
            tabs[who].edit(|doc| set_text(doc, &id, &text));
            latest.insert(id, text);
        });
        let now = stored(&device);
        for (id, text) in &latest {
            let found = now.statements.iter().find(|s| &s.id == id).map(|s| &s.text);
            assert_eq!(found, Some(text), "run {run}: statement {id}");
        }
        assert_eq!(
            tabs[0].shown, now,
            "run {run}: the first tab shows what is stored"
        );
        assert_eq!(
            tabs[1].shown, now,
            "run {run}: the second tab shows what is stored"
        );
    }
}

#[test]
fn a_full_device_after_taking_in_another_tabs_save_loses_nothing() {
    // The save path: this tab merges the other's save itself, and the write fails.
    let backend = Rc::new(MemoryBackend::default());
    let (mut first, _, _) = Store::open_as(backend.clone(), NOW, "a");
    let (mut second, _, _) = Store::open_as(backend.clone(), NOW, "b");
    let theirs = Document {
        statements: vec![statement("t", "the other tab's words")],
        ..Document::default()
    };
    first.save(&theirs, NOW).unwrap();
    let mine = Document {
        statements: vec![statement("m", "my words")],
        ..Document::default()
    };
    backend.fail_next_writes(1);
    assert_eq!(second.save(&mine, NOW), Err(StoreError::Full));
    // Nothing moved on: the retry merges again, with the other tab's words.
    let saved = second.save(&mine, NOW).unwrap();
    let texts: Vec<String> = saved
        .merged
        .unwrap()
        .statements
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(texts, ["my words", "the other tab's words"]);
}

#[test]
fn a_full_device_after_hearing_another_tab_loses_nothing() {
    // The absorb path: this tab hears the other's save, shows it, then cannot write.
    let backend = Rc::new(MemoryBackend::default());
    let (mut first, _, _) = Store::open_as(backend.clone(), NOW, "a");
    let (mut second, _, _) = Store::open_as(backend.clone(), NOW, "b");
    let mut shown = Document::default();
    first
        .save(
            &Document {
                statements: vec![statement("t", "theirs")],
                ..Document::default()
            },
            NOW,
        )
        .unwrap();
    shown.statements.push(statement("m", "mine"));
    shown = second.absorb(&shown, NOW).unwrap().merged.unwrap();
    backend.fail_next_writes(2);
    assert!(second.save(&shown, NOW).is_err());
    assert!(second.save(&shown, NOW).is_err());
    second.save(&shown, NOW).unwrap();
    let (_, reopened, _) = Store::open(backend, NOW);
    let texts: Vec<String> = reopened.statements.into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["mine", "theirs"]);
}

#[test]
fn a_copy_that_could_not_be_kept_aside_is_held_and_kept_later() {
    let backend = Rc::new(MemoryBackend::default());
    let (mut first, _, _) = Store::open_as(backend.clone(), NOW, "a");
    let start = Document {
        plan: {
            let mut plan = alongside::core::plan::Plan::default();
            plan.goals.push(Goal {
                id: "g".into(),
                title: "Walk".into(),
                ..Goal::default()
            });
            plan
        },
        ..Document::default()
    };
    first.save(&start, NOW).unwrap();
    let (mut second, shown, _) = Store::open_as(backend.clone(), NOW, "b");
    let mut theirs = start.clone();
    theirs.plan.goals[0].title = "Walk to the park".into();
    first.save(&theirs, NOW).unwrap();
    let mut mine = shown;
    mine.plan.goals[0].title = "Walk to the shop".into();
    // Both changed the same goal: the other tab's title must be kept aside, and the
    // device is full just then.
    backend.fail_next_writes(1);
    let heard = second.absorb(&mine, NOW).unwrap();
    assert!(heard.waiting, "the failure is reported");
    assert!(second.is_waiting());
    assert!(second
        .waiting_text(NOW)
        .unwrap()
        .contains("Walk to the park"));
    assert!(second.has_unsaved(&heard.merged.clone().unwrap()));
    let saved = second.save(&heard.merged.unwrap(), NOW).unwrap();
    assert_eq!(saved.asides.len(), 1, "kept at the next save, once");
    assert!(!second.is_waiting());
    let aside = backend.get(&saved.asides[0]).unwrap().unwrap();
    assert!(aside.contains("Walk to the park"));
}

#[test]
fn moments_and_plan_parts_from_two_tabs_saving_at_once_both_survive() {
    let device = Rc::new(Device::default());
    let mut first = Open::new(&device, "a");
    let mut second = Open::new(&device, "b");
    first.edit(|doc| {
        doc.moments.push(Moment {
            id: "m".into(),
            service: "Ward 3".into(),
            ..Moment::default()
        })
    });
    second.edit(|doc| {
        doc.plan.goals.push(Goal {
            id: "g".into(),
            title: "Paint the door".into(),
            ..Goal::default()
        })
    });
    first.save().unwrap();
    second.save().unwrap();
    settle(&device, &mut [&mut first, &mut second]);
    let now = stored(&device);
    assert_eq!(now.moments[0].service, "Ward 3");
    assert_eq!(now.plan.goals[0].title, "Paint the door");
    assert!(kept_aside(&device).is_empty());
}

#[test]
fn racing_a_rewrite_against_a_delete_a_thousand_times_keeps_every_rewrite() {
    for run in 1..=1000u64 {
        // The first tab rewrites; the second deletes. The first tab's latest words for each
        // statement, and whether the second deleted those very words (having seen them):
        // only then may the statement be gone.
        let mut latest: BTreeMap<String, (String, bool)> = BTreeMap::new();
        let seed = run.wrapping_mul(0xD1B5_4A32_D192_ED03);
        let (device, tabs) = race(seed, |dice, tabs, who, step| {
            if who == 0 {
                let id = format!("s{}", dice.roll(3));
                let text = format!("run {run} step {step}");
                tabs[0].edit(|doc| set_text(doc, &id, &text));
                latest.insert(id, (text, false));
            } else if let Some(gone) = tabs[1].shown.statements.get(dice.roll(3) as usize).cloned()
            {
                tabs[1].edit(|doc| doc.statements.retain(|s| s.id != gone.id));
                if let Some((text, seen)) = latest.get_mut(&gone.id) {
                    *seen |= *text == gone.text;
                }
            }
        });
        let written = device.stored.borrow().contains_key(DOCUMENT_KEY);
        let now = if written {
            stored(&device)
        } else {
            Document::default()
        };
        let aside = kept_aside(&device);
        for (id, (text, deleted_having_seen_it)) in &latest {
            let here = |doc: &Document| {
                doc.statements
                    .iter()
                    .any(|s| &s.id == id && &s.text == text)
            };
            assert!(
                *deleted_having_seen_it || here(&now) || aside.iter().any(here),
                "run {run}: the rewrite of {id} was lost"
            );
        }
        assert_eq!(tabs[0].shown, now, "run {run}");
        assert_eq!(tabs[1].shown, now, "run {run}");
    }
}
