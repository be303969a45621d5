//! Locked notes' storage, whose writes land later (they are sealed first): the store says
//! a write is pending and moves on only once it has landed; only the newest write of a key
//! lands; another tab's save that arrives while sealing is never covered; sealed text is
//! never read as plain or written over; setting the lock is all or nothing; and two tabs
//! racing through all of it, with a full device now and then, never lose a word.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::rc::Rc;

use alongside::core::document::{Document, Statement};
use alongside::core::envelope::{self, Read};
use alongside::core::lock::{self, Sealed};
use alongside::core::store::{
    write_all_or_none, Backend, Job, Landing, Later, MemoryBackend, Opening, Store, StoreError,
    DOCUMENT_KEY, DRAFTS_KEY,
};

use common::Dice;

mod common;

const NOW: &str = "2026-12-05T10:00:00.000Z";

/// Stands in for WebCrypto: sealed text as the app stores it, with the words inside as
/// they are. What is tested here is what happens around sealing, not the cipher.
fn seal(plain: &str) -> String {
    let mut data = plain.as_bytes().to_vec();
    data.extend([0; 16]);
    lock::write(&Sealed {
        iterations: lock::ITERATIONS,
        salt: vec![1; lock::SALT_BYTES],
        iv: vec![2; lock::IV_BYTES],
        data,
        check: vec![3; lock::IV_BYTES + lock::CHECK_WORD.len() + 16],
    })
}

fn open(sealed: &str) -> String {
    let sealed = lock::read(sealed).unwrap().unwrap();
    String::from_utf8(sealed.data[..sealed.data.len() - 16].to_vec()).unwrap()
}

type Device = Rc<MemoryBackend>;
type Locked = Rc<Later<Device>>;

fn said(id: &str, text: &str) -> Statement {
    Statement {
        id: id.into(),
        text: text.into(),
        ..Statement::default()
    }
}

fn with(statements: &[Statement]) -> Document {
    Document {
        statements: statements.to_vec(),
        ..Document::default()
    }
}

/// The notes stored on `device`, opened.
fn stored(device: &Device) -> Document {
    let raw = device.get(DOCUMENT_KEY).unwrap().unwrap();
    assert_eq!(envelope::read(&raw), Read::Sealed, "stored sealed");
    match envelope::read(&open(&raw)) {
        Read::Current { doc, .. } => doc,
        other => panic!("{other:?}"),
    }
}

/// A device with `doc` stored sealed, and a tab that has opened it.
fn locked_device(doc: &Document) -> (Device, Locked) {
    let device = Device::default();
    let plain = envelope::write(doc, 1, NOW).unwrap();
    let sealed = seal(&plain);
    device.set(DOCUMENT_KEY, &sealed).unwrap();
    (device.clone(), open_tab(&device))
}

fn open_tab(device: &Device) -> Locked {
    let mut opened = Vec::new();
    if let Some(sealed) = device.get(DOCUMENT_KEY).unwrap() {
        opened.push((DOCUMENT_KEY.to_owned(), open(&sealed), sealed));
    }
    Rc::new(Later::new(device.clone(), opened, Vec::new()))
}

/// Seals and lands every job waiting, in order.
fn land_all(later: &Later<Device>) -> Vec<(String, Landing)> {
    later
        .take_jobs()
        .into_iter()
        .map(|job| {
            let landing = later.land(&job, Some(seal(&job.plain)));
            (job.key, landing)
        })
        .collect()
}

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
    let later = Rc::new(Later::new(
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
    let sealed: BTreeMap<String, String> =
        plain.iter().map(|(k, t)| (k.clone(), seal(t))).collect();
    for failing_at in 0..plain.len() as u32 {
        // Writes succeed until the device is full, at each write in turn.
        let writes_before_full = failing_at;
        let full = Rc::new(CountingDevice(
            device.clone(),
            std::cell::Cell::new(writes_before_full),
        ));
        assert_eq!(write_all_or_none(&full, &sealed), Err(StoreError::Full));
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
        assert_eq!(device.get(key).unwrap().as_ref(), Some(text));
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
