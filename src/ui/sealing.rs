//! The passphrase lock in the session: unlocking, locking (by hand, by itself, or because
//! another tab did), setting, changing and removing it, and files that are sealed while it
//! is on. Locking ends with a reload, so nothing of the notes stays in memory.
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;

use leptos::{prelude::*, task::spawn_local};

use super::state::{Notice, SaveStatus, Session};
use crate::core::lock::{self, is_private, Sealed, Tries, LOCKED_KEY, TRIES_KEY};
use crate::core::store::{Backend, StoreError, DOCUMENT_KEY};
use crate::web::crypto::{self, Key};
use crate::web::sealed::{self, SealedStorage};
use crate::web::{self, storage::BrowserStorage};

/// Why the notes did not open, or the lock did not change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockProblem {
    /// Not the passphrase; the next try waits this many seconds (0: none).
    Wrong(i64),
    /// Too many tries: wait this many seconds first.
    Wait(i64),
    /// Sealed by a later version, or damaged: no passphrase opens it here.
    Cannot,
    /// Nothing changed (the browser refused, or the notes could not be saved first).
    Failed,
    /// This page has no WebCrypto (not opened from a secure address).
    NotHere,
}

/// Waits (up to three seconds) until every sealed write has landed.
async fn settle() {
    for _ in 0..150 {
        if !sealed::busy() {
            return;
        }
        web::sleep(20).await;
    }
}

/// The notes sealed in storage now, if they are.
fn stored_seal(storage: &BrowserStorage) -> Option<Sealed> {
    lock::read(&storage.get(DOCUMENT_KEY).ok()??)?.ok()
}

/// Asks every other tab to save what it has and start again (see `Session::lock`).
fn tell_other_tabs(storage: &BrowserStorage) {
    let _ = storage.set(LOCKED_KEY, &web::now_ms().to_string());
}

impl Session {
    /// Locks the notes in this tab: saves, waits for the sealed writes, then starts the page
    /// again, which drops the key and every word from memory. With `tell_others`, every
    /// other tab does the same.
    pub fn lock(self, tell_others: bool) {
        if self.locked.get_untracked() {
            return;
        }
        self.save_now();
        crate::web::speech::stop();
        // Hidden at once, not after the reload.
        self.locked.set(true);
        spawn_local(async move {
            settle().await;
            if tell_others {
                if let Some(storage) = BrowserStorage::local() {
                    tell_other_tabs(&storage);
                }
            }
            // Words that could not be stored (a full device) would be lost by starting again:
            // they stay in memory, hidden, until the passphrase is typed.
            if self.status.get_untracked() != SaveStatus::NotSaved && !sealed::failing() {
                web::reload();
            }
        });
    }

    /// Another tab stored the notes (`None`: it removed them).
    pub(super) fn take_in_other_tab(self, stored: Option<String>) {
        let now_sealed = stored.as_deref().is_some_and(lock::is_sealed);
        if self.locked.get_untracked() {
            // The lock was removed, or everything: start again to show it.
            if !now_sealed {
                web::reload();
            }
        } else if !sealed::is_on() {
            if now_sealed {
                // Locked in another tab: never write plain words over sealed ones.
                web::reload();
            } else {
                self.absorb();
            }
        } else {
            spawn_local(async move {
                if sealed::take_in(DOCUMENT_KEY.to_owned(), stored).await {
                    self.absorb();
                } else {
                    // Another passphrase, or the lock removed: this tab's key is no use.
                    web::reload();
                }
            });
        }
    }

    /// How a sealed write ended: the save state and messages follow it.
    fn written(self, result: Result<(), StoreError>) {
        match result {
            Ok(()) if !sealed::failing() => {
                if self.status.get_untracked() == SaveStatus::NotSaved {
                    self.status.set(SaveStatus::Saved);
                }
                self.hide(&Notice::Full);
            }
            Ok(()) => {}
            Err(error) => {
                self.not_saved(error);
                set_timeout(sealed::write_again, Duration::from_secs(10));
            }
        }
    }

    /// From now on, private texts (`opened`) are kept sealed with `key`.
    fn begin_sealing(self, key: Key, opened: BTreeMap<String, String>, storage: BrowserStorage) {
        sealed::begin(key, opened, Rc::new(move |result| self.written(result)));
        self.open_store(Box::new(SealedStorage(storage)));
        self.lock_on.set(true);
    }

    /// Opens the notes with `passphrase`.
    pub async fn unlock(self, passphrase: String) -> Result<(), LockProblem> {
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        if !crypto::available() {
            return Err(LockProblem::NotHere);
        }
        let tries = Tries::parse(&storage.get(TRIES_KEY).ok().flatten().unwrap_or_default());
        let wait = tries.wait_seconds(web::now_ms());
        if wait > 0 {
            return Err(LockProblem::Wait(wait));
        }
        let sealed = match storage
            .get(DOCUMENT_KEY)
            .ok()
            .flatten()
            .as_deref()
            .map(lock::read)
        {
            Some(Some(Ok(sealed))) => sealed,
            Some(Some(Err(_))) => return Err(LockProblem::Cannot),
            // No longer locked (removed in another tab): start again to show the notes.
            _ => {
                web::reload();
                return Err(LockProblem::Failed);
            }
        };
        let opened = crypto::unlock(&passphrase, &sealed).await;
        if opened.is_some() && sealed::is_on() {
            // Locked without starting again (see `lock`): what is in memory is the newest.
            let _ = storage.remove(TRIES_KEY);
            self.locked.set(false);
            return Ok(());
        }
        let Some((key, plain)) = opened else {
            let now = web::now_ms();
            let tries = tries.wrong_at(now);
            let _ = storage.set(TRIES_KEY, &tries.text());
            return Err(LockProblem::Wrong(tries.wait_seconds(now)));
        };
        let _ = storage.remove(TRIES_KEY);
        // Damaged since it was sealed: left as it is, so the store keeps it aside, sealed.
        let mut opened: BTreeMap<String, String> = plain
            .map(|plain| (DOCUMENT_KEY.to_owned(), plain))
            .into_iter()
            .collect();
        for name in storage.keys() {
            let other = storage.get(&name).ok().flatten();
            let other = other.as_deref().and_then(lock::read).and_then(Result::ok);
            if let (true, Some(other)) = (is_private(&name) && name != DOCUMENT_KEY, other) {
                // One that does not open stays as it is stored, and is kept aside.
                if let Some(plain) = crypto::open(&key, &other).await {
                    opened.insert(name, plain);
                }
            }
        }
        self.begin_sealing(key, opened, storage);
        self.locked.set(false);
        Ok(())
    }

    /// Saves, after other tabs have saved and started again; false if it could not.
    async fn save_with_others_stopped(self, storage: &BrowserStorage) -> bool {
        tell_other_tabs(storage);
        // Their last saves arrive as storage events, merged in by the save below.
        web::sleep(300).await;
        self.save_now();
        settle().await;
        self.status.get_untracked() != SaveStatus::NotSaved && !sealed::failing()
    }

    /// Starts keeping the notes sealed with a new passphrase.
    pub async fn set_lock(self, passphrase: String) -> Result<(), LockProblem> {
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        let key = crypto::new_key(&passphrase)
            .await
            .ok_or(LockProblem::Failed)?;
        if !self.save_with_others_stopped(&storage).await {
            return Err(LockProblem::Failed);
        }
        let mut opened = BTreeMap::new();
        for name in storage.keys().into_iter().filter(|name| is_private(name)) {
            if let Ok(Some(text)) = storage.get(&name) {
                opened.insert(name, text);
            }
        }
        if !opened.contains_key(DOCUMENT_KEY) {
            // Nothing saved yet: the notes are stored, sealed, so that the lock shows.
            let empty = self.export_text().ok_or(LockProblem::Failed)?;
            opened.insert(DOCUMENT_KEY.to_owned(), empty);
        }
        let names = opened.keys().cloned().collect();
        self.begin_sealing(key, opened, storage);
        sealed::write_all(names);
        settle().await;
        Ok(())
    }

    /// Checks `current` against the notes as stored.
    async fn check_passphrase(storage: &BrowserStorage, current: &str) -> Result<Key, LockProblem> {
        let sealed = stored_seal(storage).ok_or(LockProblem::Failed)?;
        crypto::unlock(current, &sealed)
            .await
            .map(|(key, _)| key)
            .ok_or(LockProblem::Wrong(0))
    }

    /// Seals everything again with a new passphrase, once the current one is given.
    pub async fn change_lock(self, current: String, new: String) -> Result<(), LockProblem> {
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        Self::check_passphrase(&storage, &current).await?;
        let key = crypto::new_key(&new).await.ok_or(LockProblem::Failed)?;
        if !self.save_with_others_stopped(&storage).await {
            return Err(LockProblem::Failed);
        }
        sealed::change_key(key);
        settle().await;
        Ok(())
    }

    /// Keeps the notes unsealed again, once the current passphrase is given.
    pub async fn remove_lock(self, current: String) -> Result<(), LockProblem> {
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        let key = Self::check_passphrase(&storage, &current).await?;
        if !self.save_with_others_stopped(&storage).await {
            return Err(LockProblem::Failed);
        }
        let opened = sealed::end();
        if opened
            .iter()
            .any(|(name, text)| storage.set(name, text).is_err())
        {
            // Not all could be written plain (the device is full): stay locked, all sealed.
            let names = opened.keys().cloned().collect();
            self.begin_sealing(key, opened, storage);
            sealed::write_all(names);
            return Err(LockProblem::Failed);
        }
        self.open_store(Box::new(storage));
        self.lock_on.set(false);
        Ok(())
    }

    /// "I forgot my passphrase": removes everything on this device and starts afresh.
    pub fn forget_and_remove(self) {
        web::device::wipe_storage();
        web::reload();
    }
}
