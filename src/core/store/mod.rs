//! Saving and loading the document, whatever the storage underneath.
//!
//! The rules that keep words safe live here, so they are tested natively:
//! - load before any write; never overwrite what cannot be read (copy it aside, exactly as
//!   stored, first); never write over a newer version or over parts this build does not know;
//! - before every write, compare what is stored with what this tab last saw: anything else
//!   is another tab's save, merged in from the version both tabs started from;
//! - move on (revision, base) only after a write has landed: a backend that writes later
//!   (sealed notes) reports it through `landed`, and until then nothing else is saved;
//! - never read sealed text as plain, or write over it, and follow another tab that
//!   removed everything rather than write it all back;
//! - keep aside whatever a merge could not place, and keep trying until it is kept.
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

pub use crate::core::backend::{Backend, MemoryBackend, StoreError};
use crate::core::document::Document;
use crate::core::envelope::{self, Lineage, Read};
use crate::core::merge::merge;
use crate::core::transfer::PARTS_KEY;

mod aside;
mod parts;
mod relock;
mod sealed_writes;
mod versions;

pub use relock::{private_texts, write_all_or_none, Relock, Unchanged};
pub use sealed_writes::{Job, Landing, SealedWrites};

/// Every key the app writes starts with this, so "remove everything" can find them all.
pub const PREFIX: &str = "alongside.";
pub const DOCUMENT_KEY: &str = "alongside.document";
pub const ASIDE_PREFIX: &str = "alongside.aside.";
/// Words typed into a form but not added yet, kept apart from the document.
pub const DRAFTS_KEY: &str = "alongside.drafts";

/// Whether what is kept under `key` holds the person's words, and so is sealed while the
/// lock is on: the document, drafts, copies kept aside and the pieces of scanned codes.
pub fn is_private(key: &str) -> bool {
    key == DOCUMENT_KEY || key == DRAFTS_KEY || key == PARTS_KEY || key.starts_with(ASIDE_PREFIX)
}

/// Drafts by the field they were typed in.
pub type Drafts = BTreeMap<String, String>;
/// How many earlier versions a tab remembers, to find where two tabs' saves started.
const KNOWN_VERSIONS: usize = 4;

/// What opening the store found, so the app can say so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opening {
    Fresh,
    Loaded,
    /// Stored data could not be read; it was copied, exactly, to this key.
    KeptAside(String),
    /// Stored data could not be read *or* moved aside, so nothing will be written.
    Stuck,
    /// Saved by a newer version of the app: shown read-only.
    Newer,
    /// Holds parts this version does not know: shown read-only, so they are not dropped.
    UnknownParts,
    /// Locked with a passphrase that was not given: nothing is read or written.
    Sealed,
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
    /// Another tab's words could not be kept aside yet (the device is full): they are held
    /// in memory and tried again at every save.
    pub waiting: bool,
    /// The write has not landed yet: `landed` will say how it ended.
    pub pending: bool,
}

/// A version written but not landed: what the store moves on to once it has.
struct Next {
    doc: Document,
    rev: u64,
    lineage: Lineage,
    text: String,
    /// The other tab's version merged in on the way, to remember as known.
    theirs: Option<(String, Document)>,
}

pub struct Store<B> {
    backend: B,
    /// Names this tab's versions, so other tabs can tell whose save they see.
    tab: String,
    writes: u64,
    /// The stored text as this tab last read or wrote it: anything else there is news.
    seen: Option<String>,
    /// The document as last read from or written to storage, its revision and version.
    base: Document,
    rev: u64,
    version: Option<String>,
    /// Versions this tab has built on, newest first.
    known: Vec<(String, Document)>,
    /// Another tab's words that a merge could not place and that are not kept aside yet.
    waiting: Vec<Document>,
    /// Copies kept aside since the last successful write, so a retry does not keep them twice.
    kept: Vec<Document>,
    read_only: bool,
    /// The version on its way to storage, if a write has not landed yet.
    next: Option<Next>,
    /// Drafts that could not be read or kept aside: never written over.
    drafts_stuck: bool,
    /// The drafts as last stored, so an unchanged set is not written again at every save.
    drafts_kept: Drafts,
}

impl<B: Backend> Store<B> {
    /// Loads what is stored. `now` is an ISO time, used to name anything kept aside.
    pub fn open(backend: B, now: &str) -> (Self, Document, Opening) {
        static OPENED: AtomicU64 = AtomicU64::new(0);
        let tab = format!("{now}#{}", OPENED.fetch_add(1, Ordering::Relaxed));
        Self::open_as(backend, now, &tab)
    }

    /// As `open`, for the tab called `tab` (a name no other tab uses).
    pub fn open_as(backend: B, now: &str, tab: &str) -> (Self, Document, Opening) {
        let mut store = Store {
            backend,
            tab: tab.to_owned(),
            writes: 0,
            seen: None,
            base: Document::default(),
            rev: 0,
            version: None,
            known: Vec::new(),
            waiting: Vec::new(),
            kept: Vec::new(),
            read_only: false,
            next: None,
            drafts_stuck: false,
            drafts_kept: Drafts::new(),
        };
        let raw = match store.backend.get(DOCUMENT_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return (store, Document::default(), Opening::Fresh),
            Err(StoreError::Unreadable) => return store.move_aside(now),
            Err(_) => {
                store.read_only = true;
                return (store, Document::default(), Opening::Stuck);
            }
        };
        match envelope::read(&raw) {
            Read::Current { doc, rev, lineage } => {
                store.adopt(doc.clone(), rev, lineage, raw);
                (store, doc, Opening::Loaded)
            }
            Read::Newer { doc, rev, .. } => {
                store.read_only = true;
                store.rev = rev;
                (store, doc.unwrap_or_default(), Opening::Newer)
            }
            Read::UnknownParts { doc, .. } => {
                store.read_only = true;
                (store, doc, Opening::UnknownParts)
            }
            Read::Sealed => store.sealed(),
            Read::Unreadable(_) => store.move_aside(now),
        }
    }

    /// Sealed notes, not opened: nothing is read from them, and a save refuses to write
    /// over them (`StoreError::Sealed`) until they are opened (`replace_backend`).
    fn sealed(self) -> (Self, Document, Opening) {
        (self, Document::default(), Opening::Sealed)
    }

    /// Reads and writes through `backend` from now on (the lock was set, opened or
    /// removed), remembering every version this tab has seen: the next save or `absorb`
    /// merges whatever is stored there with this tab's changes.
    pub fn replace_backend(&mut self, backend: B) -> B {
        self.next = None;
        std::mem::replace(&mut self.backend, backend)
    }

    /// Copies unreadable stored data aside, exactly, then starts afresh.
    fn move_aside(mut self, now: &str) -> (Self, Document, Opening) {
        match self.copy_aside(now) {
            // Moved, not deleted: the copy is safe under its own key.
            Ok(key) => {
                let _ = self.backend.remove(DOCUMENT_KEY);
                (self, Document::default(), Opening::KeptAside(key))
            }
            Err(_) => {
                self.read_only = true;
                (self, Document::default(), Opening::Stuck)
            }
        }
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// True when `mine` has changes that are not stored yet, or another tab's words are
    /// still waiting to be kept aside.
    pub fn has_unsaved(&self, mine: &Document) -> bool {
        *mine != self.base || !self.waiting.is_empty()
    }

    /// Whether a write of the document has not landed yet.
    pub fn is_pending(&self) -> bool {
        self.next.is_some()
    }

    /// How a write that lands later ended (see `Backend::pending`). For the document, the
    /// store moves on to it only now; if it failed, the next save writes it again.
    pub fn landed(&mut self, key: &str, result: Result<(), StoreError>) {
        if key == DRAFTS_KEY && result.is_err() {
            // Written again at the next save, even if they have not changed since.
            self.drafts_kept.insert(String::new(), String::new());
        }
        if key != DOCUMENT_KEY {
            return;
        }
        if let (Some(next), Ok(())) = (self.next.take(), result) {
            self.move_on(next);
        }
    }

    fn move_on(&mut self, next: Next) {
        self.writes += 1;
        if let Some((id, doc)) = next.theirs {
            self.remember(id, doc);
        }
        self.adopt(next.doc, next.rev, Some(next.lineage), next.text);
        self.kept.clear();
    }

    /// Stores `mine`, first merging in anything another tab saved since we last looked.
    /// While an earlier write has not landed, nothing is written: `saved.pending` says so.
    pub fn save(&mut self, mine: &Document, now: &str) -> Result<Saved, StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        let mut saved = Saved::default();
        if self.next.is_some() {
            saved.pending = true;
            return Ok(saved);
        }
        let stored = match self.backend.get(DOCUMENT_KEY) {
            Ok(stored) => stored,
            Err(StoreError::Unreadable) => {
                saved.asides.push(self.copy_aside(now)?);
                None
            }
            Err(error) => return Err(error),
        };
        if stored.is_none() && self.seen.is_some() {
            // Another tab removed everything: follow it rather than write it all back.
            self.forget();
            saved.merged = Some(Document::default());
            saved.removed_elsewhere = true;
            return Ok(saved);
        }
        let mut theirs = None;
        if let Some(raw) = stored.filter(|raw| self.seen.as_ref() != Some(raw)) {
            match envelope::read(&raw) {
                Read::Current { doc, rev, lineage } => theirs = Some((doc, rev, lineage)),
                Read::Newer { .. } | Read::UnknownParts { .. } => {
                    // Never write an older shape, or fewer parts, over another tab's save.
                    self.read_only = true;
                    return Err(StoreError::ReadOnly);
                }
                // Locked in another tab: never written over with plain words.
                Read::Sealed => return Err(StoreError::Sealed),
                Read::Unreadable(_) => saved.asides.push(self.copy_aside(now)?),
            }
        }
        let to_write = theirs.as_ref().map(|(doc, rev, lineage)| {
            let merged = merge(&self.ancestor(lineage.as_ref(), *rev), mine, doc);
            self.hold(merged.lost);
            merged.doc
        });
        // Words only the other tab had go aside before anything is written over them.
        self.keep_waiting(now, &mut saved.asides)?;
        let doc = to_write.as_ref().unwrap_or(mine);
        let rev = self.rev.max(theirs.as_ref().map_or(0, |t| t.1)) + 1;
        let lineage = self.next_lineage(theirs.as_ref().and_then(|t| t.2.as_ref()));
        let text = envelope::write_version(doc, rev, now, Some(&lineage))
            .map_err(|_| StoreError::Unavailable)?;
        self.backend.set(DOCUMENT_KEY, &text)?;
        let next = Next {
            doc: doc.clone(),
            rev,
            lineage,
            text,
            theirs: theirs.and_then(|(doc, _, lineage)| Some((lineage?.id, doc))),
        };
        // Only once the write has landed does this tab move on.
        if self.backend.pending(DOCUMENT_KEY) {
            self.next = Some(next);
            saved.pending = true;
        } else {
            self.move_on(next);
        }
        saved.merged = to_write;
        Ok(saved)
    }

    /// Takes in what another tab just stored. Returns the document this tab should now show
    /// (with its own unsaved changes merged in), or `None` if nothing new is there.
    pub fn absorb(&mut self, mine: &Document, now: &str) -> Option<Saved> {
        // A write on its way was made without this news: it is dropped, and the merged
        // document is saved again.
        self.next = None;
        let Some(raw) = self.backend.get(DOCUMENT_KEY).ok()? else {
            // Another tab removed everything: follow it rather than bring the words back.
            self.seen.as_ref()?;
            self.forget();
            return Some(Saved {
                merged: Some(Document::default()),
                removed_elsewhere: true,
                ..Saved::default()
            });
        };
        if self.seen.as_ref() == Some(&raw) {
            return None;
        }
        match envelope::read(&raw) {
            Read::Current { doc, rev, lineage } => {
                let merged = merge(&self.ancestor(lineage.as_ref(), rev), mine, &doc);
                self.hold(merged.lost);
                // Taking in writes nothing, so this tab simply moves on to what is stored.
                self.adopt(doc, rev, lineage, raw);
                let mut saved = Saved {
                    merged: Some(merged.doc),
                    ..Saved::default()
                };
                saved.waiting = self.keep_waiting(now, &mut saved.asides).is_err();
                Some(saved)
            }
            Read::Newer { .. } | Read::UnknownParts { .. } => {
                self.read_only = true;
                None
            }
            Read::Sealed | Read::Unreadable(_) => None,
        }
    }

    /// Removes every key this app wrote, including anything kept aside.
    pub fn remove_everything(&mut self) -> Result<(), StoreError> {
        for key in self.backend.keys() {
            if key.starts_with(PREFIX) {
                self.backend.remove(&key)?;
            }
        }
        self.forget();
        self.waiting.clear();
        self.drafts_kept.clear();
        self.read_only = false;
        self.next = None;
        Ok(())
    }
}
