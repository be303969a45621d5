//! Changing or removing the lock while other tabs go on: two and three tabs on a device whose
//! notes are locked, one changing the passphrase or removing the lock (`core::store::Relock`,
//! run in its steps as the app runs it), the others editing, saving, drafting and keeping
//! code pieces, with sealing that ends in any order and news arriving late. Raced a thousand
//! times: no edit is lost, every tab ends showing what is stored, and every private text on
//! the device opens under the new state (plain, or with the new key only).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::rc::Rc;

use alongside::core::document::Document;
use alongside::core::envelope;
use alongside::core::lock::{self, Sealed};
use alongside::core::store::{
    Backend, Job, Landing, Relock, SealedWrites, Store, StoreError, DOCUMENT_KEY,
};
use alongside::core::transfer::PARTS_KEY;
use common::sealing::{said, Device, NOW};
use common::Dice;

mod common;

const OLD: u8 = 1;
const NEW: u8 = 2;

/// Stands in for WebCrypto: sealed as the app stores it, the key named by the salt.
fn seal_with(key: u8, plain: &str) -> String {
    let mut data = plain.as_bytes().to_vec();
    data.extend([0; 16]);
    lock::write(&Sealed {
        iterations: lock::ITERATIONS,
        salt: vec![key; lock::SALT_BYTES],
        iv: vec![2; lock::IV_BYTES],
        data,
        check: vec![3; lock::IV_BYTES + lock::CHECK_WORD.len() + 16],
    })
}

/// The key a stored text is sealed with (`None`: plain).
fn key_of(stored: &str) -> Option<u8> {
    lock::read(stored).map(|sealed| sealed.unwrap().salt[0])
}

/// Opens `stored` with `key`: plain text as it is; `None` if sealed with another key.
fn open_with(key: u8, stored: &str) -> Option<String> {
    match lock::read(stored) {
        None => Some(stored.to_owned()),
        Some(sealed) => {
            let sealed = sealed.unwrap();
            (sealed.salt[0] == key)
                .then(|| String::from_utf8(sealed.data[..sealed.data.len() - 16].to_vec()).unwrap())
        }
    }
}

/// How a tab keeps the notes now.
enum Mode {
    Sealed(u8, Rc<SealedWrites<Device>>),
    Plain,
    /// Sealed with a key this tab does not have: its words wait in memory.
    Out,
}

struct Tab {
    mode: Mode,
    store: Store<Box<dyn Backend>>,
    shown: Document,
}

/// A tab's view of locked storage, opened with `key`.
fn sealed_view(device: &Device, key: u8) -> Rc<SealedWrites<Device>> {
    let opened = device
        .keys()
        .into_iter()
        .filter(|k| alongside::core::store::is_private(k))
        .filter_map(|k| {
            let stored = device.get_lossy(&k)?;
            Some((k, open_with(key, &stored)?, stored))
        })
        .collect();
    let id = lock::seal_id(&[key; lock::SALT_BYTES]);
    Rc::new(SealedWrites::new(device.clone(), opened, Vec::new()).sealed_with(id))
}

impl Tab {
    fn new(device: &Device, name: &str) -> Tab {
        let later = sealed_view(device, OLD);
        let (store, shown, _) =
            Store::open_as(Box::new(later.clone()) as Box<dyn Backend>, NOW, name);
        Tab {
            mode: Mode::Sealed(OLD, later),
            store,
            shown,
        }
    }

    fn later(&self) -> Option<&Rc<SealedWrites<Device>>> {
        match &self.mode {
            Mode::Sealed(_, later) => Some(later),
            _ => None,
        }
    }

    fn busy(&self) -> bool {
        self.later().is_some_and(|l| l.busy()) || self.store.is_pending()
    }

    fn save(&mut self) {
        if !self.store.has_unsaved(&self.shown) {
            return;
        }
        match self.store.save(&self.shown, NOW) {
            Ok(saved) => {
                if let Some(merged) = saved.merged {
                    self.shown = merged;
                }
            }
            Err(StoreError::Sealed | StoreError::Full | StoreError::Crossed) => {}
            Err(other) => panic!("{other:?}"),
        }
    }

    fn draft(&mut self, text: &str) {
        // Locked out, the tab shows only the passphrase screen: nothing is typed.
        if matches!(self.mode, Mode::Out) {
            return;
        }
        let drafts = BTreeMap::from([("statement".to_owned(), text.to_owned())]);
        let _ = self.store.save_drafts(&drafts);
    }

    fn keep_part(&mut self, device: &Device, text: &str) {
        let _ = match &self.mode {
            Mode::Sealed(_, later) => later.set(PARTS_KEY, text),
            Mode::Plain => device.set(PARTS_KEY, text),
            Mode::Out => Ok(()),
        };
    }

    fn switch(&mut self, mode: Mode, device: &Device) {
        let backend: Box<dyn Backend> = match &mode {
            Mode::Sealed(_, later) => Box::new(later.clone()),
            Mode::Plain | Mode::Out => Box::new(device.clone()),
        };
        drop(self.store.replace_backend(backend));
        self.mode = mode;
        self.absorb();
    }

    fn absorb(&mut self) {
        if let Some(saved) = self.store.absorb(&self.shown, NOW) {
            if let Some(merged) = saved.merged {
                self.shown = merged;
            }
        }
    }

    /// What is stored now, heard from another tab (or met on landing): taken in as the app
    /// takes it in (`Session::take_in_other_tab`).
    fn hear(&mut self, device: &Device, knows_new: bool) {
        let stored = device.get_lossy(DOCUMENT_KEY);
        let sealed_with = stored.as_deref().and_then(key_of);
        match (&self.mode, sealed_with) {
            (Mode::Sealed(key, later), Some(now)) if *key == now => {
                let plain = stored.as_deref().and_then(|s| open_with(now, s));
                if later.take_in(DOCUMENT_KEY, stored, plain) {
                    self.absorb();
                }
            }
            // The lock was removed elsewhere: kept plain from now on.
            (Mode::Sealed(..), None) => self.switch(Mode::Plain, device),
            // The passphrase was changed elsewhere: words wait, until it is given here.
            (Mode::Sealed(..), Some(_)) => self.switch(Mode::Out, device),
            (Mode::Out, Some(NEW)) if knows_new => {
                let later = sealed_view(device, NEW);
                self.switch(Mode::Sealed(NEW, later), device);
            }
            (Mode::Plain | Mode::Out, _) => self.absorb(),
        }
    }

    fn landed(&mut self, job: &Job, landing: Landing, device: &Device) {
        let result = match landing {
            Landing::Superseded => return,
            Landing::Landed => Ok(()),
            Landing::Failed(error) => Err(error),
        };
        self.store.landed(&job.key, result);
        if result == Err(StoreError::Crossed) {
            self.hear(device, false);
        }
    }
}

/// The relock's steps, as `Lock::relock` takes them between awaits.
enum Work {
    Idle,
    Begun(Relock),
    Opened(Relock, BTreeMap<String, String>, Vec<String>),
    Done,
}

fn race(tabs_count: usize, removing: bool, runs: u64) {
    for run in 1..=runs {
        let mut dice = Dice((run + tabs_count as u64 * 7919).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let device = Device::default();
        let start = envelope::write(&Document::default(), 1, NOW).unwrap();
        device.set(DOCUMENT_KEY, &seal_with(OLD, &start)).unwrap();
        let mut tabs: Vec<Tab> = (0..tabs_count)
            .map(|i| Tab::new(&device, &format!("t{i}")))
            .collect();
        // Sealing in flight, each with the view (and key) that took it, as the app's sealer.
        let mut sealing: Vec<(usize, u8, Rc<SealedWrites<Device>>, Job)> = Vec::new();
        let mut latest: BTreeMap<String, String> = BTreeMap::new();
        let mut work = Work::Idle;
        let new_key = if removing { None } else { Some(NEW) };
        for round in 0..800 {
            let settling = round >= 200;
            let who = dice.roll(tabs_count as u64) as usize;
            let act = dice.roll(if settling { 5 } else { 9 });
            match act {
                0 => {
                    // Tab 0 changes the lock, step by step; it saves nothing meanwhile.
                    let tab = &mut tabs[0];
                    work = match std::mem::replace(&mut work, Work::Done) {
                        Work::Idle if !tab.busy() && !tab.store.has_unsaved(&tab.shown) => {
                            Work::Begun(Relock::begin(&device))
                        }
                        Work::Begun(relock) => {
                            // Opened with the old key: what opens is written anew, the
                            // rest moved aside.
                            let mut words = BTreeMap::new();
                            let mut closed = Vec::new();
                            for (k, s) in relock.stored() {
                                match open_with(OLD, s) {
                                    Some(w) => drop(words.insert(k.clone(), w)),
                                    None => closed.push(k.clone()),
                                }
                            }
                            Work::Opened(relock, words, closed)
                        }
                        Work::Opened(relock, words, closed) => {
                            let written = words
                                .iter()
                                .map(|(k, w)| {
                                    (
                                        k.clone(),
                                        new_key.map_or(w.clone(), |key| seal_with(key, w)),
                                    )
                                })
                                .collect();
                            match relock.commit(&device, &closed, &written, NOW) {
                                Ok(_) => {
                                    let mode = match new_key {
                                        Some(key) => Mode::Sealed(key, sealed_view(&device, key)),
                                        None => Mode::Plain,
                                    };
                                    tab.switch(mode, &device);
                                    Work::Done
                                }
                                Err(_) => Work::Begun(Relock::begin(&device)),
                            }
                        }
                        other => other,
                    };
                }
                1 if !sealing.is_empty() => {
                    let (tab, key, later, job) =
                        sealing.remove(dice.roll(sealing.len() as u64) as usize);
                    let landing = later.land(&job, Some(seal_with(key, &job.plain)));
                    // A view the tab has left since hears nothing more.
                    if tabs[tab].later().is_some_and(|now| Rc::ptr_eq(now, &later)) {
                        tabs[tab].landed(&job, landing, &device);
                    }
                }
                2 => tabs[who].hear(&device, settling),
                3 if !(who == 0 && matches!(work, Work::Begun(_) | Work::Opened(..))) => {
                    tabs[who].save()
                }
                4 if !settling => {
                    let id = format!("{who}-{}", dice.roll(3));
                    let text = format!("run {run} by {who}, {}", dice.roll(1000));
                    match tabs[who].shown.statements.iter_mut().find(|s| s.id == id) {
                        Some(s) => s.text = text.clone(),
                        None => tabs[who].shown.statements.push(said(&id, &text)),
                    }
                    latest.insert(id, text);
                }
                5 if !settling => tabs[who].draft(&format!("draft {}", dice.roll(100))),
                6 if !settling => tabs[who].keep_part(&device, &format!("part {}", dice.roll(100))),
                7 if !settling => device.fail_next_writes(dice.roll(2) as u32),
                _ => {}
            }
            if round == 200 {
                device.fail_next_writes(0);
            }
            for (at, tab) in tabs.iter().enumerate() {
                if let Mode::Sealed(key, later) = &tab.mode {
                    let jobs = later.take_jobs().into_iter();
                    sealing.extend(jobs.map(|job| (at, *key, later.clone(), job)));
                }
            }
        }
        assert!(
            matches!(work, Work::Done),
            "run {run}: the lock never changed"
        );
        let stored = device.get_lossy(DOCUMENT_KEY).unwrap();
        let now = match envelope::read(&open_with(new_key.unwrap_or(OLD), &stored).unwrap()) {
            envelope::Read::Current { doc, .. } => doc,
            other => panic!("run {run}: {other:?}"),
        };
        // Every edit is in the notes, or (where two tabs changed the same words without
        // knowing of each other) kept aside, never lost.
        let asides: String = device
            .keys()
            .into_iter()
            .filter(|k| k.starts_with("alongside.aside."))
            .filter_map(|k| device.get_lossy(&k))
            .filter_map(|text| open_with(new_key.unwrap_or(OLD), &text))
            .collect();
        for (id, text) in &latest {
            let found = now.statements.iter().find(|s| &s.id == id).map(|s| &s.text);
            assert!(
                found == Some(text) || asides.contains(text.as_str()),
                "run {run}: statement {id} is {found:?}, not {text}"
            );
        }
        for (at, tab) in tabs.iter().enumerate() {
            assert_eq!(tab.shown, now, "run {run}: tab {at} shows what is stored");
            assert!(
                !tab.busy(),
                "run {run}: tab {at} has a write that never landed"
            );
        }
        // Every private text opens under the new state: nothing left under the old key.
        for key in device.keys() {
            if !alongside::core::store::is_private(&key) {
                continue;
            }
            let text = device.get_lossy(&key).unwrap();
            let aside = key.starts_with("alongside.aside.");
            assert!(
                aside || key_of(&text) == new_key,
                "run {run}: {key} is {:?}",
                key_of(&text)
            );
        }
    }
}

#[test]
fn two_tabs_one_removing_the_lock_lose_nothing() {
    race(2, true, 1000);
}

#[test]
fn two_tabs_one_changing_the_passphrase_lose_nothing() {
    race(2, false, 1000);
}

#[test]
fn three_tabs_one_removing_the_lock_lose_nothing() {
    race(3, true, 500);
}

#[test]
fn three_tabs_one_changing_the_passphrase_lose_nothing() {
    race(3, false, 500);
}
