//! Two tabs on a device whose notes are locked, racing: saves, sealing that ends in any
//! order, other tabs' news arriving late, a full device now and then. No word is lost.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use alongside::core::document::Document;
use alongside::core::store::{Backend, Job, Landing, Store, StoreError, DOCUMENT_KEY};
use common::sealing::*;
use common::Dice;

mod common;

/// One tab on a device whose notes are locked, run as the app runs it.
struct Tab {
    later: Locked,
    store: Store<Locked>,
    shown: Document,
}

impl Tab {
    fn new(device: &Device, name: &str) -> Tab {
        let later = open_tab(device);
        let (store, shown, _) = Store::open_as(later.clone(), NOW, name);
        Tab {
            later,
            store,
            shown,
        }
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
            // Another tab's save not opened here yet: opened when its news arrives.
            Err(StoreError::Sealed | StoreError::Full) => {}
            Err(other) => panic!("{other:?}"),
        }
    }

    /// The shell's part: how a job ended, told to the store.
    fn landed(&mut self, job: &Job, landing: Landing, device: &Device) {
        let result = match landing {
            Landing::Superseded => return,
            Landing::Landed => Ok(()),
            Landing::Failed(error) => Err(error),
        };
        self.store.landed(&job.key, result);
        if result == Err(StoreError::Crossed) {
            self.hear(device.get(DOCUMENT_KEY).unwrap());
        }
    }

    /// A `storage` event from another tab: opened, then taken in.
    fn hear(&mut self, stored: Option<String>) {
        let plain = stored.as_deref().map(open);
        if self.later.take_in(DOCUMENT_KEY, stored, plain) {
            if let Some(saved) = self.store.absorb(&self.shown, NOW) {
                if let Some(merged) = saved.merged {
                    self.shown = merged;
                }
            }
        }
    }
}

fn set_text(doc: &mut Document, id: &str, text: &str) {
    match doc.statements.iter_mut().find(|s| s.id == id) {
        Some(s) => s.text = text.into(),
        None => doc.statements.push(said(id, text)),
    }
}

#[test]
fn two_locked_tabs_racing_a_thousand_times_lose_no_edit() {
    for run in 1..=1000u64 {
        let mut dice = Dice(run.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let (device, _) = locked_device(&Document::default());
        let mut tabs = [Tab::new(&device, "a"), Tab::new(&device, "b")];
        // Sealing in flight, in any order: (tab, job, sealed text).
        let mut sealing: Vec<(usize, Job)> = Vec::new();
        // `storage` events on their way to each tab.
        let mut news: [Vec<Option<String>>; 2] = [Vec::new(), Vec::new()];
        let mut latest: BTreeMap<String, String> = BTreeMap::new();
        let mut step = |tabs: &mut [Tab; 2], dice: &mut Dice, settling: bool| {
            let who = dice.roll(2) as usize;
            match dice.roll(if settling { 4 } else { 6 }) {
                0 => tabs[who].save(),
                1 if !sealing.is_empty() => {
                    let (tab, job) = sealing.remove(dice.roll(sealing.len() as u64) as usize);
                    let landing = tabs[tab].later.land(&job, Some(seal(&job.plain)));
                    if landing == Landing::Landed && job.key == DOCUMENT_KEY {
                        news[1 - tab].push(device.get(DOCUMENT_KEY).unwrap());
                    }
                    tabs[tab].landed(&job, landing, &device);
                }
                2 if !news[who].is_empty() => {
                    let stored = news[who].remove(0);
                    tabs[who].hear(stored);
                    tabs[who].save();
                }
                1..=3 => {}
                4 => device.fail_next_writes(dice.roll(2) as u32),
                _ => {
                    let id = format!("{who}-{}", dice.roll(3));
                    let text = format!("run {run} by {who}, {}", dice.roll(1000));
                    set_text(&mut tabs[who].shown, &id, &text);
                    latest.insert(id, text);
                }
            }
            for (at, tab) in tabs.iter().enumerate() {
                sealing.extend(tab.later.take_jobs().into_iter().map(|job| (at, job)));
            }
        };
        for _ in 0..60 {
            step(&mut tabs, &mut dice, false);
        }
        device.fail_next_writes(0);
        for _ in 0..2000 {
            step(&mut tabs, &mut dice, true);
        }
        for tab in &tabs {
            assert!(!tab.later.busy(), "run {run}: a write never landed");
        }
        let now = stored(&device);
        for (id, text) in &latest {
            let found = now.statements.iter().find(|s| &s.id == id).map(|s| &s.text);
            assert_eq!(found, Some(text), "run {run}: statement {id}");
        }
        for tab in &tabs {
            assert_eq!(tab.shown, now, "run {run}: each tab shows what is stored");
            assert!(!tab.store.has_unsaved(&tab.shown), "run {run}: all saved");
        }
    }
}
