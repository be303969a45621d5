//! Saving and loading the document, whatever the storage underneath.
//!
//! The rules that keep words safe live here, so they are tested natively:
//! load before any write; never overwrite what cannot be read (move it aside first);
//! never write over data from a newer version; check the revision before every write so a
//! stale tab merges instead of overwriting; keep aside anything a merge could not place.
use std::cell::RefCell;
use std::collections::BTreeMap;

use super::document::Document;
use super::envelope::{self, Read};
use super::merge::merge;

/// Every key the app writes starts with this, so "remove everything" can find them all.
pub const PREFIX: &str = "alongside.";
pub const DOCUMENT_KEY: &str = "alongside.document";
pub const ASIDE_PREFIX: &str = "alongside.aside.";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The device's storage is full.
    Full,
    /// Storage refused or is switched off.
    Unavailable,
    /// This copy may only be read (newer version, or unreadable data we could not move).
    ReadOnly,
}

/// A place that keeps text under keys: localStorage, sessionStorage, or memory.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Vec<String>;
}

impl<B: Backend + ?Sized> Backend for Box<B> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Vec<String> {
        (**self).keys()
    }
}

/// Keeps everything in memory: the fallback when the browser will not store anything,
/// and the stand-in for tests. `capacity` (in bytes of values) imitates a full device.
#[derive(Default)]
pub struct MemoryBackend {
    entries: RefCell<BTreeMap<String, String>>,
    capacity: Option<usize>,
}

impl MemoryBackend {
    /// A backend that refuses to hold more than `bytes` of values, like a full device.
    pub fn with_capacity(bytes: usize) -> Self {
        MemoryBackend {
            capacity: Some(bytes),
            ..MemoryBackend::default()
        }
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut entries = self.entries.borrow_mut();
        if let Some(capacity) = self.capacity {
            let others: usize = entries
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(_, v)| v.len())
                .sum();
            if others + value.len() > capacity {
                return Err(StoreError::Full);
            }
        }
        entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Vec<String> {
        self.entries.borrow().keys().cloned().collect()
    }
}

/// What opening the store found, so the app can say so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opening {
    Fresh,
    Loaded,
    /// Stored data could not be read; it was moved, byte for byte, to this key.
    KeptAside(String),
    /// Stored data could not be read *or* moved aside, so nothing will be written.
    Stuck,
    /// Saved by a newer version of the app: shown read-only.
    Newer,
}

/// What a save did besides saving.
#[derive(Debug, Default, PartialEq)]
pub struct Saved {
    /// Another tab had saved first: this is the merged document now stored.
    pub merged: Option<Document>,
    /// Keys of anything kept aside on the way.
    pub asides: Vec<String>,
    /// Another tab removed everything, and this one followed.
    pub removed_elsewhere: bool,
}

pub struct Store<B> {
    backend: B,
    /// The document as last read from or written to storage.
    base: Document,
    rev: u64,
    read_only: bool,
}

impl<B: Backend> Store<B> {
    /// Loads what is stored. `now` is an ISO time, used to name anything kept aside.
    pub fn open(backend: B, now: &str) -> (Self, Document, Opening) {
        let mut store = Store {
            backend,
            base: Document::default(),
            rev: 0,
            read_only: false,
        };
        let raw = match store.backend.get(DOCUMENT_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return (store, Document::default(), Opening::Fresh),
            Err(_) => {
                store.read_only = true;
                return (store, Document::default(), Opening::Stuck);
            }
        };
        match envelope::read(&raw) {
            Read::Current { doc, rev } => {
                store.base = doc.clone();
                store.rev = rev;
                (store, doc, Opening::Loaded)
            }
            Read::Newer { doc, rev, .. } => {
                store.read_only = true;
                store.rev = rev;
                (store, doc.unwrap_or_default(), Opening::Newer)
            }
            Read::Unreadable(_) => match store.keep_aside("unreadable", &raw, now) {
                // Moved, not deleted: the copy is safe under its own key.
                Ok(key) => {
                    let _ = store.backend.remove(DOCUMENT_KEY);
                    (store, Document::default(), Opening::KeptAside(key))
                }
                Err(_) => {
                    store.read_only = true;
                    (store, Document::default(), Opening::Stuck)
                }
            },
        }
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// True when `mine` has changes that are not stored yet.
    pub fn has_unsaved(&self, mine: &Document) -> bool {
        *mine != self.base
    }

    /// Stores `mine`, first merging in anything another tab saved since we last looked.
    pub fn save(&mut self, mine: &Document, now: &str) -> Result<Saved, StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        let mut saved = Saved::default();
        let mut to_write = None;
        if let Some(raw) = self.backend.get(DOCUMENT_KEY)? {
            match envelope::read(&raw) {
                Read::Current { doc: theirs, rev } if rev != self.rev => {
                    let merged = merge(&self.base, mine, &theirs);
                    if merged.lost != Document::default() {
                        saved.asides.push(self.keep_aside_doc(&merged.lost, now)?);
                    }
                    self.rev = rev;
                    self.base = theirs;
                    to_write = Some(merged.doc);
                }
                Read::Current { .. } => {}
                Read::Newer { .. } => {
                    // Another tab runs a newer Alongside: never write an older shape over it.
                    self.read_only = true;
                    return Err(StoreError::ReadOnly);
                }
                Read::Unreadable(_) => {
                    saved.asides.push(self.keep_aside("unreadable", &raw, now)?)
                }
            }
        }
        let doc = to_write.as_ref().unwrap_or(mine);
        // Serialising these plain types cannot fail; if it ever did, say "not saved".
        let text = envelope::write(doc, self.rev + 1, now).map_err(|_| StoreError::Unavailable)?;
        self.backend.set(DOCUMENT_KEY, &text)?;
        self.rev += 1;
        self.base = doc.clone();
        saved.merged = to_write;
        Ok(saved)
    }

    /// Takes in what another tab just stored. Returns the document this tab should now show
    /// (with its own unsaved changes merged in), or `None` if nothing new is there.
    pub fn absorb(&mut self, mine: &Document, now: &str) -> Option<Saved> {
        let raw = self.backend.get(DOCUMENT_KEY).ok()?;
        let Some(raw) = raw else {
            // Another tab removed everything: follow it rather than bring the words back.
            if self.rev == 0 {
                return None;
            }
            self.rev = 0;
            self.base = Document::default();
            return Some(Saved {
                merged: Some(Document::default()),
                asides: Vec::new(),
                removed_elsewhere: true,
            });
        };
        match envelope::read(&raw) {
            Read::Current { doc: theirs, rev } if rev != self.rev => {
                let merged = merge(&self.base, mine, &theirs);
                let asides = if merged.lost == Document::default() {
                    Vec::new()
                } else {
                    self.keep_aside_doc(&merged.lost, now).into_iter().collect()
                };
                self.rev = rev;
                self.base = theirs;
                Some(Saved {
                    merged: Some(merged.doc),
                    asides,
                    removed_elsewhere: false,
                })
            }
            Read::Newer { .. } => {
                self.read_only = true;
                None
            }
            _ => None,
        }
    }

    /// Removes every key this app wrote, including anything kept aside.
    pub fn remove_everything(&mut self) -> Result<(), StoreError> {
        for key in self.backend.keys() {
            if key.starts_with(PREFIX) {
                self.backend.remove(&key)?;
            }
        }
        self.base = Document::default();
        self.rev = 0;
        self.read_only = false;
        Ok(())
    }

    /// Keys of copies kept aside, oldest first.
    pub fn asides(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .backend
            .keys()
            .into_iter()
            .filter(|key| key.starts_with(ASIDE_PREFIX))
            .collect();
        keys.sort();
        keys
    }

    pub fn raw(&self, key: &str) -> Option<String> {
        self.backend.get(key).ok().flatten()
    }

    fn keep_aside_doc(&self, doc: &Document, now: &str) -> Result<String, StoreError> {
        let text = envelope::write(doc, 0, now).map_err(|_| StoreError::Unavailable)?;
        self.keep_aside("other-tab", &text, now)
    }

    fn keep_aside(&self, kind: &str, raw: &str, now: &str) -> Result<String, StoreError> {
        let mut key = format!("{ASIDE_PREFIX}{kind}.{now}");
        let mut n = 1;
        while self.backend.get(&key)?.is_some() {
            n += 1;
            key = format!("{ASIDE_PREFIX}{kind}.{now}.{n}");
        }
        self.backend.set(&key, raw)?;
        Ok(key)
    }
}
