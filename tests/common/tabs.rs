//! Two tabs on one device, as a browser really behaves: each tab reads and writes its own
//! copy of storage, and hears of the other's writes only later (a `storage` event).
use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

use alongside::core::document::{Document, Statement};
use alongside::core::envelope::{self, Read};
use alongside::core::store::{Backend, Store, StoreError, ASIDE_PREFIX, DOCUMENT_KEY};

pub const NOW: &str = "2026-11-22T10:00:00.000Z";

/// What each tab's copy of storage is, and the writes on their way between them.
#[derive(Default)]
pub struct Device {
    pub stored: RefCell<BTreeMap<String, String>>,
    pub tabs: RefCell<Vec<TabCopy>>,
    /// Writes in the order they reach the browser: (tab, key, value or removed).
    pub on_the_way: RefCell<VecDeque<(usize, String, Option<String>)>>,
}

#[derive(Default)]
pub struct TabCopy {
    pub values: BTreeMap<String, String>,
    /// Writes of this tab still on their way, by key: other tabs' news for that key is
    /// ignored meanwhile, as the browser does, because this tab's write will land after.
    pub pending: BTreeMap<String, usize>,
    /// Keys another tab changed: `storage` events not yet handled.
    pub events: Vec<String>,
    /// Writes fail, as on a full device, while this is above zero.
    pub failing: usize,
}

impl Device {
    pub fn tab(self: &Rc<Self>) -> Tab {
        let mut tabs = self.tabs.borrow_mut();
        tabs.push(TabCopy {
            values: self.stored.borrow().clone(),
            ..TabCopy::default()
        });
        Tab(self.clone(), tabs.len() - 1)
    }

    /// Delivers the oldest write on its way. False if there is none.
    pub fn deliver_one(&self) -> bool {
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

    pub fn deliver_all(&self) {
        while self.deliver_one() {}
    }
}

#[derive(Clone)]
pub struct Tab(pub Rc<Device>, pub usize);

impl Tab {
    pub fn with<R>(&self, f: impl FnOnce(&mut TabCopy) -> R) -> R {
        f(&mut self.0.tabs.borrow_mut()[self.1])
    }
    pub fn take_events(&self) -> bool {
        self.with(|tab| !std::mem::take(&mut tab.events).is_empty())
    }
    pub fn fail_writes(&self, writes: usize) {
        self.with(|tab| tab.failing = writes);
    }
    pub fn write(&self, key: &str, value: Option<&str>) -> Result<(), StoreError> {
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
pub struct Open {
    pub tab: Tab,
    pub store: Store<Tab>,
    pub shown: Document,
}

impl Open {
    pub fn new(device: &Rc<Device>, name: &str) -> Open {
        let tab = device.tab();
        let (store, shown, _) = Store::open_as(tab.clone(), NOW, name);
        Open { tab, store, shown }
    }

    pub fn edit(&mut self, change: impl FnOnce(&mut Document)) {
        change(&mut self.shown);
    }

    /// Saves if anything is unsaved, as the app does after typing; a failed save waits.
    pub fn save(&mut self) -> Result<(), StoreError> {
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
    pub fn hear(&mut self) {
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

pub fn statement(id: &str, text: &str) -> Statement {
    Statement {
        id: id.into(),
        text: text.into(),
        ..Statement::default()
    }
}

pub fn set_text(doc: &mut Document, id: &str, text: &str) {
    match doc.statements.iter_mut().find(|s| s.id == id) {
        Some(s) => s.text = text.into(),
        None => doc.statements.push(statement(id, text)),
    }
}

pub fn stored(device: &Device) -> Document {
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
pub fn kept_aside(device: &Device) -> Vec<Document> {
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
pub fn settle(device: &Device, tabs: &mut [&mut Open]) {
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
