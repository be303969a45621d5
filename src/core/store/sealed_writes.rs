//! Sealed writes that land later: locked notes. The browser seals with WebCrypto, which
//! answers later, so a private text is kept here in memory at once, handed out as a `Job`
//! to seal, and written only when `land` is given the sealed text. The store learns that a
//! write is still on its way (`Backend::pending`) and moves on only once it has landed.
//!
//! The rules, tested natively with any "sealing" at all:
//! - only the newest write of a key lands: an older seal never covers a newer one;
//! - the document is written only over the text this tab last saw there, so a save from
//!   another tab that arrived while sealing is never covered (`StoreError::Crossed`);
//! - sealed text this tab has not opened is handed to the store as it is, which never
//!   reads it as plain text or writes over it.
use std::cell::RefCell;
use std::collections::BTreeMap;

use super::{is_private, Backend, StoreError, DOCUMENT_KEY};

/// A private text to seal: give the sealed text (or `None` if sealing failed) to `land`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    pub key: String,
    pub ticket: u64,
    pub plain: String,
}

/// How a job ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Landing {
    /// Written: the sealed text is in storage.
    Landed,
    /// A newer write of the same key (or its removal) came after: nothing written.
    Superseded,
    /// Not written: the store is told why, and the words stay in memory.
    Failed(StoreError),
}

/// Few keys (the document, drafts, a few kept copies): lists, which cost less code to send
/// than more kinds of map.
#[derive(Default)]
struct State {
    /// Private texts as this tab last wrote them or opened them (a map of the same kind as
    /// the drafts).
    opened: BTreeMap<String, String>,
    /// The stored text (sealed) this tab last saw under each key it opened or wrote.
    seen: Vec<(String, Option<String>)>,
    /// The newest write of each key that has not landed yet.
    pending: Vec<(String, u64)>,
    /// Keys whose last write failed: written again by `retry`.
    failed: Vec<String>,
    /// Keys whose sealed text opened with the passphrase but is damaged.
    damaged: Vec<String>,
    jobs: Vec<Job>,
    tickets: u64,
}

/// A backend (`inner`, the browser's storage) whose private keys are sealed on their way.
pub struct SealedWrites<B> {
    inner: B,
    state: RefCell<State>,
    /// How this tab's key marks what it seals (`lock::seal_id`): a write lands only while
    /// the notes stored are sealed with it, so nothing sealed with an old key is written
    /// once another tab has changed or removed the lock.
    seal_id: Option<String>,
}

impl State {
    fn pending(&self, key: &str) -> Option<u64> {
        self.pending.iter().find(|(k, _)| k == key).map(|(_, t)| *t)
    }
    fn set_pending(&mut self, key: &str, ticket: Option<u64>) {
        self.pending.retain(|(k, _)| k != key);
        if let Some(ticket) = ticket {
            self.pending.push((key.to_owned(), ticket));
        }
    }
    fn seen(&self, key: &str) -> Option<&Option<String>> {
        self.seen.iter().find(|(k, _)| k == key).map(|(_, t)| t)
    }
    fn set_seen(&mut self, key: &str, stored: Option<String>) {
        self.seen.retain(|(k, _)| k != key);
        self.seen.push((key.to_owned(), stored));
    }
}

impl<B: Backend> SealedWrites<B> {
    /// Private texts already opened: (key, plain text, the text stored, sealed, that it was
    /// opened from); `damaged` keys opened with the passphrase but could not be read.
    pub fn new(inner: B, opened: Vec<(String, String, String)>, damaged: Vec<String>) -> Self {
        let mut state = State {
            damaged,
            ..State::default()
        };
        for (key, plain, sealed) in opened {
            state.set_seen(&key, Some(sealed));
            state.opened.insert(key, plain);
        }
        SealedWrites {
            inner,
            state: RefCell::new(state),
            seal_id: None,
        }
    }

    /// Lands writes only while the notes stored are sealed with the key `id` names.
    pub fn sealed_with(mut self, id: String) -> Self {
        self.seal_id = Some(id);
        self
    }

    /// Whether the notes stored are still sealed with this tab's key.
    pub fn still_ours(&self) -> bool {
        self.seal_id.as_ref().is_none_or(|id| {
            let stored = self.inner.get_lossy(DOCUMENT_KEY);
            stored.is_some_and(|doc| doc.contains(id.as_str()))
        })
    }

    /// The storage underneath.
    pub fn inner(&self) -> &B {
        &self.inner
    }

    /// Every private text as this tab holds it (to seal again with a new passphrase, or to
    /// write plain when the lock comes off).
    pub fn opened(&self) -> BTreeMap<String, String> {
        self.state.borrow().opened.clone()
    }

    /// The sealed text stored under each opened key, as this tab last saw it.
    pub fn seen(&self, key: &str) -> Option<String> {
        self.state.borrow().seen(key).cloned().flatten()
    }

    /// Records that `sealed` texts now stand for what was opened (all sealed again, with
    /// a new passphrase).
    pub fn resealed(&self, sealed: &BTreeMap<String, String>) {
        let mut state = self.state.borrow_mut();
        for (key, text) in sealed {
            state.set_seen(key, Some(text.clone()));
        }
    }

    /// The writes waiting to be sealed, oldest first.
    pub fn take_jobs(&self) -> Vec<Job> {
        std::mem::take(&mut self.state.borrow_mut().jobs)
    }

    /// Writes a job's sealed text, if it is still the newest write of its key and (for the
    /// document) nothing else was stored there meanwhile.
    pub fn land(&self, job: &Job, sealed: Option<String>) -> Landing {
        let mut state = self.state.borrow_mut();
        if state.pending(&job.key) != Some(job.ticket) {
            return Landing::Superseded;
        }
        state.set_pending(&job.key, None);
        let written = match sealed {
            // Another tab changed or removed the lock: the words stay here, to be written
            // as the notes are kept now.
            Some(_) if !self.still_ours() => return Landing::Failed(StoreError::Crossed),
            None => Err(StoreError::Unavailable),
            Some(_) if job.key == DOCUMENT_KEY && !self.unchanged(&state, &job.key) => {
                // Another tab's save: this tab's words stay in its own view, and are saved
                // again once that save is taken in.
                state.opened.remove(&job.key);
                return Landing::Failed(StoreError::Crossed);
            }
            Some(sealed) => self.inner.set(&job.key, &sealed).map(|()| sealed),
        };
        match written {
            Ok(sealed) => {
                state.failed.retain(|key| *key != job.key);
                state.set_seen(&job.key, Some(sealed));
                Landing::Landed
            }
            Err(error) => {
                if job.key != DOCUMENT_KEY && !state.failed.contains(&job.key) {
                    // The store writes the document again itself; the rest is kept here.
                    state.failed.push(job.key.clone());
                }
                Landing::Failed(error)
            }
        }
    }

    fn unchanged(&self, state: &State, key: &str) -> bool {
        let stored = self.inner.get_lossy(key);
        state
            .seen(key)
            .map_or(stored.is_none(), |seen| *seen == stored)
    }

    /// Writes again every text (but the document) whose last write failed.
    pub fn retry(&self) {
        let failed = std::mem::take(&mut self.state.borrow_mut().failed);
        for key in failed {
            let plain = self.state.borrow().opened.get(&key).cloned();
            if let Some(plain) = plain {
                let _ = self.set(&key, &plain);
            }
        }
    }

    /// Whether any write has not landed yet.
    pub fn busy(&self) -> bool {
        let state = self.state.borrow();
        !state.pending.is_empty() || !state.jobs.is_empty()
    }

    /// Whether some text could not be written (the device is full).
    pub fn failing(&self) -> bool {
        !self.state.borrow().failed.is_empty()
    }

    /// Another tab stored `stored` under `key` (`None`: removed it), which this tab opened
    /// as `plain`. Ignored (false) if something newer is stored there already. A write of
    /// this tab's still on its way is dropped: it was made without this news.
    pub fn take_in(&self, key: &str, stored: Option<String>, plain: Option<String>) -> bool {
        let mut state = self.state.borrow_mut();
        let seen = state.seen(key) == Some(&stored) && state.opened.contains_key(key);
        if seen || self.inner.get_lossy(key) != stored {
            return false;
        }
        state.set_pending(key, None);
        state.set_seen(key, stored);
        match plain {
            Some(plain) => state.opened.insert(key.to_owned(), plain),
            None => state.opened.remove(key),
        };
        true
    }
}

impl<B: Backend> Backend for SealedWrites<B> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let state = self.state.borrow();
        match state.opened.get(key) {
            Some(plain) => Ok(Some(plain.clone())),
            None if state.damaged.iter().any(|damaged| damaged == key) => {
                Err(StoreError::Unreadable)
            }
            // Not opened here (plain, or sealed text the store will not read): as stored.
            None => self.inner.get(key),
        }
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if !is_private(key) {
            return self.inner.set(key, value);
        }
        let mut state = self.state.borrow_mut();
        state.tickets += 1;
        let ticket = state.tickets;
        state.opened.insert(key.to_owned(), value.to_owned());
        state.set_pending(key, Some(ticket));
        state.damaged.retain(|damaged| damaged != key);
        state.jobs.push(Job {
            key: key.to_owned(),
            ticket,
            plain: value.to_owned(),
        });
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)?;
        let mut state = self.state.borrow_mut();
        // A write still on its way must not bring it back.
        state.set_pending(key, None);
        state.failed.retain(|failed| failed != key);
        state.damaged.retain(|damaged| damaged != key);
        state.opened.remove(key);
        state.set_seen(key, None);
        Ok(())
    }
    fn keys(&self) -> Vec<String> {
        let mut keys = self.inner.keys();
        for key in self.state.borrow().opened.keys() {
            if !keys.contains(key) {
                keys.push(key.clone());
            }
        }
        keys
    }
    fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
        let opened = self.state.borrow().opened.get(from).cloned();
        match opened {
            Some(plain) => self.set(to, &plain),
            // Kept exactly as stored: still sealed, if it was.
            None => self.inner.copy(from, to),
        }
    }
    fn get_lossy(&self, key: &str) -> Option<String> {
        let opened = self.state.borrow().opened.get(key).cloned();
        opened.or_else(|| self.inner.get_lossy(key))
    }
    fn pending(&self, key: &str) -> bool {
        self.state.borrow().pending(key).is_some()
    }
}
