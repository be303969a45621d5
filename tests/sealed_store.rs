//! Locked notes' storage, whose writes land later (they are sealed first): the store says
//! a write is pending and moves on only once it has landed; only the newest write of a key
//! lands; another tab's save that arrives while sealing is never covered; sealed text is
//! never read as plain or written over; setting the lock is all or nothing (two tabs racing
//! through all of it are in `sealed_race.rs`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::rc::Rc;

use alongside::core::document::Document;
use alongside::core::lock;
use alongside::core::store::{
    write_all_or_none, Backend, Landing, Opening, SealedWrites, Store, StoreError, Unchanged,
    DOCUMENT_KEY, DRAFTS_KEY,
};

use common::sealing::*;

mod common;

#[test]
fn a_locked_save_is_pending_until_it_lands_and_only_then_does_the_store_move_on() {
    let (device, later) = locked_device(&Document::default());
    let (mut store, _, opening) = Store::open(later.clone(), NOW);
    assert_eq!(opening, Opening::Loaded);
    let mine = with(&[said("a", "I am asked first.")]);
    let saved = store.save(&mine, NOW).unwrap();
    assert!(saved.pending, "the write has not landed");
    assert!(store.is_pending());
    assert!(store.has_unsaved(&mine), "not saved until it lands");
    assert!(later.busy());
    assert_eq!(stored(&device), Document::default(), "nothing landed yet");
    // A save meanwhile writes nothing more: it waits for this one.
    assert!(store.save(&mine, NOW).unwrap().pending);
    assert_eq!(later.take_jobs().len(), 1, "one write on its way");
    // (The job above was taken: write again, as the shell would have sealed it.)
    store.landed(DOCUMENT_KEY, Err(StoreError::Unavailable));
    store.save(&mine, NOW).unwrap();
    for (key, landing) in land_all(&later) {
        assert_eq!(landing, Landing::Landed);
        store.landed(&key, Ok(()));
    }
    assert!(!store.is_pending() && !store.has_unsaved(&mine) && !later.busy());
    assert_eq!(stored(&device), mine);
    // Nothing of the words is stored plain.
    for key in device.keys() {
        assert!(!device.get(&key).unwrap().unwrap().contains("asked first"));
    }
}

#[test]
fn a_sealed_write_that_fails_is_said_and_written_again() {
    let (device, later) = locked_device(&Document::default());
    let (mut store, _, _) = Store::open(later.clone(), NOW);
    let mine = with(&[said("a", "kept")]);
    store.save(&mine, NOW).unwrap();
    store
        .save_drafts(&BTreeMap::from([("f".into(), "half a thought".into())]))
        .unwrap();
    device.fail_next_writes(2);
    for (key, landing) in land_all(&later) {
        assert_eq!(landing, Landing::Failed(StoreError::Full), "{key}");
        store.landed(&key, Err(StoreError::Full));
    }
    assert!(later.failing(), "the drafts are waiting to be written");
    assert!(store.has_unsaved(&mine), "the store did not move on");
    // The drafts are written again by the storage; the document by the store.
    later.retry();
    store.save(&mine, NOW).unwrap();
    for (key, landing) in land_all(&later) {
        assert_eq!(landing, Landing::Landed, "{key}");
        store.landed(&key, Ok(()));
    }
    assert!(!later.failing() && !store.has_unsaved(&mine));
    assert_eq!(stored(&device), mine);
    assert!(open(&device.get(DRAFTS_KEY).unwrap().unwrap()).contains("half a thought"));
}

#[test]
fn only_the_newest_write_of_a_key_lands_whatever_order_sealing_ends_in() {
    let (device, later) = locked_device(&Document::default());
    later.set(DRAFTS_KEY, "first").unwrap();
    later.set(DRAFTS_KEY, "second").unwrap();
    let jobs = later.take_jobs();
    // The newer seal finishes first; the older one, after, must not cover it.
    assert_eq!(later.land(&jobs[1], Some(seal("second"))), Landing::Landed);
    assert_eq!(
        later.land(&jobs[0], Some(seal("first"))),
        Landing::Superseded
    );
    assert_eq!(open(&device.get(DRAFTS_KEY).unwrap().unwrap()), "second");
    // A removal while a write is on its way: the write does not bring it back.
    later.set(DRAFTS_KEY, "third").unwrap();
    let job = later.take_jobs().remove(0);
    later.remove(DRAFTS_KEY).unwrap();
    assert_eq!(later.land(&job, Some(seal("third"))), Landing::Superseded);
    assert_eq!(device.get(DRAFTS_KEY).unwrap(), None);
}

#[test]
fn another_tabs_save_that_arrives_while_sealing_is_never_covered() {
    let start = with(&[said("a", "one")]);
    let (device, mine_later) = locked_device(&start);
    let theirs_later = open_tab(&device);
    let (mut mine, shown, _) = Store::open_as(mine_later.clone(), NOW, "mine");
    let (mut theirs, _, _) = Store::open_as(theirs_later.clone(), NOW, "theirs");
    let mut my_doc = shown.clone();
    my_doc.statements.push(said("m", "my words"));
    mine.save(&my_doc, NOW).unwrap();
    let my_job = mine_later.take_jobs();
    // The other tab saves and lands first.
    let mut their_doc = start.clone();
    their_doc.statements.push(said("t", "their words"));
    theirs.save(&their_doc, NOW).unwrap();
    for (key, landing) in land_all(&theirs_later) {
        assert_eq!(landing, Landing::Landed);
        theirs.landed(&key, Ok(()));
    }
    // This tab's sealed write would cover theirs: refused.
    let landing = mine_later.land(&my_job[0], Some(seal(&my_job[0].plain)));
    assert_eq!(landing, Landing::Failed(StoreError::Crossed));
    mine.landed(DOCUMENT_KEY, Err(StoreError::Crossed));
    // Until their save is opened here, nothing is written over it.
    assert_eq!(mine.save(&my_doc, NOW), Err(StoreError::Sealed));
    let raw = device.get(DOCUMENT_KEY).unwrap();
    assert!(mine_later.take_in(DOCUMENT_KEY, raw.clone(), raw.as_deref().map(open)));
    let merged = mine.absorb(&my_doc, NOW).unwrap().merged.unwrap();
    mine.save(&merged, NOW).unwrap();
    for (key, landing) in land_all(&mine_later) {
        assert_eq!(landing, Landing::Landed);
        mine.landed(&key, Ok(()));
    }
    let texts: Vec<String> = stored(&device)
        .statements
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(texts, ["one", "my words", "their words"]);
}

#[test]
fn sealed_notes_are_never_read_as_plain_or_written_over_by_a_tab_without_the_key() {
    let (device, _) = locked_device(&with(&[said("a", "secret")]));
    let before = device.get(DOCUMENT_KEY).unwrap();
    // Opened as plain: told apart, not kept aside as unreadable, nothing written.
    let (mut store, doc, opening) = Store::open(device.clone(), NOW);
    assert_eq!((doc, opening), (Document::default(), Opening::Sealed));
    assert_eq!(
        store.save(&with(&[said("b", "plain")]), NOW),
        Err(StoreError::Sealed)
    );
    assert!(store.asides().is_empty());
    assert_eq!(device.get(DOCUMENT_KEY).unwrap(), before);
    // A plain tab that had the notes open when another tab locked them writes nothing.
    let plain = Device::default();
    let (mut open_before, _, _) = Store::open(plain.clone(), NOW);
    open_before.save(&with(&[said("a", "one")]), NOW).unwrap();
    plain.set(DOCUMENT_KEY, before.as_deref().unwrap()).unwrap();
    assert_eq!(
        open_before.save(&with(&[said("a", "two")]), NOW),
        Err(StoreError::Sealed)
    );
    assert_eq!(open_before.absorb(&with(&[]), NOW), None);
    assert_eq!(plain.get(DOCUMENT_KEY).unwrap(), before);
    assert_eq!(plain.keys(), [DOCUMENT_KEY]);
    // Nor its drafts over sealed drafts.
    let sealed_drafts = seal(r#"{"f":"a sealed draft"}"#);
    plain.set(DRAFTS_KEY, &sealed_drafts).unwrap();
    let typed = BTreeMap::from([("f".to_owned(), "plain words".to_owned())]);
    assert_eq!(open_before.save_drafts(&typed), Err(StoreError::Sealed));
    assert_eq!(plain.get(DRAFTS_KEY).unwrap(), Some(sealed_drafts));
}

#[test]
fn sealed_notes_damaged_since_are_kept_aside_exactly_and_the_notes_start_afresh() {
    let device = Device::default();
    let damaged = seal("{ not what was sealed");
    device.set(DOCUMENT_KEY, &damaged).unwrap();
    let later = Rc::new(SealedWrites::new(
        device.clone(),
        Vec::new(),
        vec![DOCUMENT_KEY.into()],
    ));
    let (store, doc, opening) = Store::open(later, NOW);
    let Opening::KeptAside(key) = opening else {
        panic!("{opening:?}")
    };
    assert_eq!(doc, Document::default());
    assert_eq!(device.get(&key).unwrap().as_deref(), Some(damaged.as_str()));
    assert_eq!(device.get(DOCUMENT_KEY).unwrap(), None);
    assert_eq!(store.asides(), [key]);
}

#[test]
fn setting_changing_or_removing_the_lock_on_a_full_device_changes_nothing() {
    let device = Device::default();
    let plain: BTreeMap<String, String> = [
        (DOCUMENT_KEY, "the words of the notes"),
        (DRAFTS_KEY, "a draft"),
        ("alongside.parts", "pieces"),
    ]
    .into_iter()
    .map(|(key, text)| (key.to_owned(), text.to_owned()))
    .collect();
    for (key, text) in &plain {
        device.set(key, text).unwrap();
    }
    let sealed: Vec<(String, Option<String>)> = plain
        .iter()
        .map(|(k, t)| (k.clone(), Some(seal(t))))
        .collect();
    for failing_at in 0..plain.len() as u32 {
        // Writes succeed until the device is full, at each write in turn.
        let writes_before_full = failing_at;
        let full = Rc::new(CountingDevice(
            device.clone(),
            std::cell::Cell::new(writes_before_full),
        ));
        assert_eq!(
            write_all_or_none(&full, &sealed),
            Err(Unchanged::Failed(StoreError::Full))
        );
        for (key, text) in &plain {
            assert_eq!(
                device.get(key).unwrap().as_ref(),
                Some(text),
                "{key}, full at {failing_at}"
            );
        }
    }
    write_all_or_none(&device, &sealed).unwrap();
    for (key, text) in &sealed {
        assert_eq!(device.get(key).unwrap(), *text);
    }
}

/// A device that fills up after so many writes (putting things back always fits).
struct CountingDevice(Device, std::cell::Cell<u32>);

impl Backend for CountingDevice {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        match self.1.get() {
            0 if lock::is_sealed(value) => Err(StoreError::Full),
            n => {
                self.1.set(n.saturating_sub(1));
                self.0.set(key, value)
            }
        }
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.0.remove(key)
    }
    fn keys(&self) -> Vec<String> {
        self.0.keys()
    }
}

#[test]
fn a_tab_follows_another_tabs_removal_rather_than_writing_everything_back() {
    let device = Device::default();
    let (mut first, _, _) = Store::open_as(device.clone(), NOW, "a");
    first.save(&with(&[said("a", "one")]), NOW).unwrap();
    let (mut second, shown, _) = Store::open_as(device.clone(), NOW, "b");
    assert_eq!(shown.statements.len(), 1);
    first.remove_everything().unwrap();
    let saved = second
        .save(&with(&[said("a", "one, changed")]), NOW)
        .unwrap();
    assert!(saved.removed_elsewhere);
    assert_eq!(saved.merged, Some(Document::default()));
    assert!(device.keys().is_empty(), "nothing written back");
    // From now on, it is a fresh start like any other.
    second.save(&with(&[said("n", "new")]), NOW).unwrap();
    assert_eq!(device.keys(), [DOCUMENT_KEY]);
}
