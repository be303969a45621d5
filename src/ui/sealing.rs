//! The passphrase lock in the session: unlocking, locking (by hand, by itself, or because
//! another tab did), and setting, changing and removing it. Setting, changing and removing
//! write every private text anew, all or nothing: either all are sealed with the new key
//! (or all plain), or nothing changed. Locking ends with a reload once every sealed write
//! has landed, so nothing of the notes stays in memory.
use std::rc::Rc;
use std::time::Duration;

use leptos::{prelude::*, task::spawn_local};

use super::state::{with_store, Notice, Session};
use crate::core::lock::{self, SealError, Sealed, Tries, LOCKED_KEY, TRIES_KEY};
use crate::core::store::{write_all_or_none, Backend, Later, StoreError, DOCUMENT_KEY};
use crate::web::crypto::{self, Key};
use crate::web::sealed::{self, Sealer};
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

/// How long the notes wait to be saved before "Lock" gives up for now and says so.
const LOCK_WAIT_MS: i32 = 3_000;

/// Asks every other tab to save what it has and start again (see `Session::lock`). A full
/// device may refuse even this little: removing the key tells them too.
fn tell_other_tabs(storage: &BrowserStorage) {
    if storage.set(LOCKED_KEY, &web::now_ms().to_string()).is_err() {
        let _ = storage.remove(LOCKED_KEY);
    }
}

/// The notes sealed in storage now.
fn stored_seal(storage: &BrowserStorage) -> Result<Sealed, LockProblem> {
    let stored = storage.get(DOCUMENT_KEY).ok().flatten();
    match stored.as_deref().map(lock::read) {
        Some(Some(Ok(sealed))) => Ok(sealed),
        // Asks for far more work than Alongside ever sets: refused before any is done.
        Some(Some(Err(SealError::TooSlow | SealError::Damaged | SealError::OtherVersion))) => {
            Err(LockProblem::Cannot)
        }
        _ => Err(LockProblem::Failed),
    }
}

impl Session {
    /// Locks the notes in this tab once every word is saved: then starts the page again,
    /// which drops the key and every word from memory. With `tell_others`, every other tab
    /// does the same. If the words cannot be saved, the notes stay open (pretending to lock
    /// them would leave them in memory all the same): a message says so, and it tries again.
    pub fn lock(self, tell_others: bool) {
        // Already locked, or waiting to: the wait ends in locking.
        if self.locked.get_untracked() || self.locking.get_value() {
            return;
        }
        crate::web::speech::stop();
        self.locking.set_value(true);
        self.try_lock(tell_others, true);
    }

    /// Locks once every word is saved; the first try hides the notes at once.
    fn try_lock(self, tell_others: bool, first: bool) {
        // Hidden at once, not after the reload.
        self.locked.set(first);
        spawn_local(async move {
            if !self.saved_all(LOCK_WAIT_MS).await {
                self.locked.set(false);
                self.notify(Notice::LockWaiting);
                set_timeout(
                    move || self.try_lock(tell_others, false),
                    Duration::from_secs(10),
                );
                return;
            }
            self.locked.set(true);
            if tell_others {
                if let Some(storage) = BrowserStorage::local() {
                    tell_other_tabs(&storage);
                }
            }
            web::reload();
        });
    }

    /// Another tab stored the notes (`None`: it removed them).
    pub(super) fn take_in_other_tab(self, stored: Option<String>) {
        let now_sealed = stored.as_deref().is_some_and(lock::is_sealed);
        let sealer = self.sealer.get_value();
        match sealer {
            None if now_sealed => self.sealed_elsewhere(),
            // The lock was removed, or everything: start again to show it.
            None if with_store(|_| ()).is_none() => web::reload(),
            None => {
                if self.locked.get_untracked() {
                    // Met locked notes here, and the lock was removed since: open again.
                    self.lock_on.set(false);
                    self.locked.set(false);
                }
                self.absorb();
            }
            Some(sealer) => spawn_local(async move {
                if sealer.take_in(DOCUMENT_KEY, stored).await {
                    self.absorb();
                } else {
                    // Another passphrase, or the lock removed: this tab's key is no use.
                    self.lock(false);
                }
            }),
        }
    }

    /// Takes in what is stored now (another tab saved while this tab's write was sealed).
    pub(super) fn take_in_stored(self) {
        let stored = BrowserStorage::local().and_then(|s| s.get(DOCUMENT_KEY).ok().flatten());
        self.take_in_other_tab(stored);
    }

    /// Storage holds sealed notes this tab has not opened: with the lock on here, open them
    /// with the key; otherwise another tab locked them, so ask for the passphrase. Nothing
    /// is written meanwhile, and this tab's words stay in memory, merged in once opened.
    pub(super) fn sealed_elsewhere(self) {
        if self.sealer.with_value(Option::is_some) {
            self.take_in_stored();
        } else {
            self.lock_on.set(true);
            self.locked.set(true);
        }
    }

    /// Everything was removed (here or in another tab), and the lock with it: new words are
    /// kept as they are typed.
    pub(super) fn drop_lock(self) {
        if self
            .sealer
            .try_update_value(Option::take)
            .flatten()
            .is_some()
        {
            self.lock_on.set(false);
            if let Some(storage) = BrowserStorage::local() {
                with_store(|store| drop(store.replace_backend(Box::new(storage))));
            }
        }
    }

    /// From now on, private texts are kept sealed by `sealer`. Notes already open (this tab
    /// set the lock, or met notes locked elsewhere) merge with what is stored.
    fn begin_sealing(self, sealer: Sealer) {
        let later = sealer.later.clone();
        self.sealer.set_value(Some(sealer));
        if with_store(|store| drop(store.replace_backend(Box::new(later.clone())))).is_some() {
            self.absorb();
        } else {
            self.open_store(Box::new(later));
        }
        self.lock_on.set(true);
        self.save_now();
        self.keep_safety_open();
    }

    /// With the lock on, keeps the safety plan unsealed if the person chose that (and only
    /// then), so it shows without the passphrase; otherwise keeps none.
    pub(super) fn keep_safety_open(self) {
        let open = self.sealer.with_value(Option::is_some)
            && self.doc.with_untracked(|doc| doc.settings.safety_open);
        let kept = match open {
            true => self
                .doc
                .with_untracked(|doc| sealed::keep_safety_open(Some(&doc.plan))),
            false => sealed::keep_safety_open(None),
        };
        if !kept {
            self.not_saved(StoreError::Full);
        }
    }
}

/// The lock's handle, for its screens: opening the notes, and setting, changing and removing
/// the lock. Wrong tries are counted here too (in memory as well as on the device, which
/// may be too full to keep them).
#[derive(Clone, Copy)]
pub struct Lock {
    session: Session,
    tries: StoredValue<Tries>,
}

impl Lock {
    pub fn new(session: Session) -> Lock {
        Lock {
            session,
            tries: StoredValue::new(Tries::default()),
        }
    }
    /// Opens the notes with `passphrase`.
    pub async fn unlock(self, passphrase: String) -> Result<(), LockProblem> {
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        if !crypto::available() {
            return Err(LockProblem::NotHere);
        }
        let kept = Tries::parse(&storage.get(TRIES_KEY).ok().flatten().unwrap_or_default());
        let held = self.tries.get_value();
        let tries = if held.until > kept.until { held } else { kept };
        let wait = tries.wait_seconds(web::now_ms());
        if wait > 0 {
            return Err(LockProblem::Wait(wait));
        }
        let sealed = match stored_seal(&storage) {
            Err(LockProblem::Failed) => {
                // No longer locked (removed in another tab): start again to show the notes.
                web::reload();
                return Err(LockProblem::Failed);
            }
            other => other?,
        };
        let Some(opened) = crypto::unlock(&passphrase, &sealed).await else {
            let now = web::now_ms();
            let tries = tries.wrong_at(now);
            self.tries.set_value(tries);
            let _ = storage.set(TRIES_KEY, &tries.text());
            return Err(LockProblem::Wrong(tries.wait_seconds(now)));
        };
        self.tries.set_value(Tries::default());
        let _ = storage.remove(TRIES_KEY);
        let (texts, damaged) = sealed::open_all(&storage, &opened.key).await;
        // Anything found written plain while locked (by an older version) is sealed now.
        let plain: Vec<(String, String)> = texts
            .iter()
            .filter(|(_, plain, stored)| plain == stored)
            .map(|(key, plain, _)| (key.clone(), plain.clone()))
            .collect();
        let later = Rc::new(Later::new(storage, texts, damaged));
        for (key, text) in plain {
            let _ = later.set(&key, &text);
        }
        self.session.begin_sealing(Sealer {
            later,
            key: opened.key,
        });
        self.session.locked.set(false);
        if opened.as_typed {
            // Locked before passphrases were composed: sealed again so any keyboard opens it.
            spawn_local(async move {
                if let Some(key) = crypto::new_key(&passphrase).await {
                    let _ = self.reseal(key).await;
                }
            });
        }
        Ok(())
    }

    /// Saves after other tabs have saved and started again, and holds saves until the lock
    /// has changed; false (and nothing held) if the words could not be saved first.
    async fn stop_others_and_hold(self, storage: &BrowserStorage) -> bool {
        tell_other_tabs(storage);
        // Their last saves arrive as storage events, merged in by the save below.
        web::sleep(300).await;
        let saved = self.session.saved_all(10_000).await;
        self.session.holding.set_value(saved);
        saved
    }

    /// Ends a change of the lock: saves wait no longer.
    fn release(self, result: Result<(), LockProblem>) -> Result<(), LockProblem> {
        self.session.holding.set_value(false);
        self.session.save_now();
        result
    }

    /// Starts keeping the notes sealed with a new passphrase.
    pub async fn set_lock(self, passphrase: String) -> Result<(), LockProblem> {
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        let key = crypto::new_key(&passphrase)
            .await
            .ok_or(LockProblem::Failed)?;
        if !self.stop_others_and_hold(&storage).await {
            return Err(LockProblem::Failed);
        }
        let result = self.seal_everything(storage, key).await;
        self.release(result)
    }

    async fn seal_everything(self, storage: BrowserStorage, key: Key) -> Result<(), LockProblem> {
        let stored = sealed::private_texts(&storage);
        let mut plain = stored.clone();
        if !plain.contains_key(DOCUMENT_KEY) {
            // Nothing saved yet: the notes are stored, sealed, so that the lock shows.
            plain.insert(
                DOCUMENT_KEY.to_owned(),
                self.session.export_text().ok_or(LockProblem::Failed)?,
            );
        }
        let sealed = sealed::seal_all(&key, &plain)
            .await
            .ok_or(LockProblem::Failed)?;
        // Another tab wrote meanwhile: nothing is changed, and the person can try again.
        if sealed::private_texts(&storage) != stored {
            return Err(LockProblem::Failed);
        }
        write_all_or_none(&storage, &sealed).map_err(|_| LockProblem::Failed)?;
        let opened = plain
            .into_iter()
            .filter_map(|(name, text)| Some((name.clone(), text, sealed.get(&name)?.clone())))
            .collect();
        let later = Rc::new(Later::new(storage, opened, Vec::new()));
        self.session.begin_sealing(Sealer { later, key });
        Ok(())
    }

    /// Checks `current` against the notes as stored.
    async fn check_passphrase(storage: &BrowserStorage, current: &str) -> Result<(), LockProblem> {
        let sealed = stored_seal(storage)?;
        crypto::unlock(current, &sealed)
            .await
            .map(drop)
            .ok_or(LockProblem::Wrong(0))
    }

    /// Seals everything again with a new passphrase, once the current one is given.
    pub async fn change_lock(self, current: String, new: String) -> Result<(), LockProblem> {
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        Self::check_passphrase(&storage, &current).await?;
        let key = crypto::new_key(&new).await.ok_or(LockProblem::Failed)?;
        if !self.stop_others_and_hold(&storage).await {
            return Err(LockProblem::Failed);
        }
        let result = self.reseal(key).await;
        self.release(result)
    }

    /// Writes every private text sealed with `key`, all or nothing; the old key is dropped.
    async fn reseal(self, key: Key) -> Result<(), LockProblem> {
        let sealer = self.session.sealer.get_value().ok_or(LockProblem::Failed)?;
        let later = &sealer.later;
        let sealed = sealed::seal_all(&key, &later.opened())
            .await
            .ok_or(LockProblem::Failed)?;
        // Another tab wrote meanwhile: nothing is changed, and the person can try again.
        if later.busy()
            || sealed
                .keys()
                .any(|name| later.inner().get_lossy(name) != later.seen(name))
        {
            return Err(LockProblem::Failed);
        }
        write_all_or_none(later.inner(), &sealed).map_err(|_| LockProblem::Failed)?;
        later.resealed(&sealed);
        self.session.sealer.set_value(Some(sealer.with_key(key)));
        Ok(())
    }

    /// Keeps the notes unsealed again, once the current passphrase is given.
    pub async fn remove_lock(self, current: String) -> Result<(), LockProblem> {
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        Self::check_passphrase(&storage, &current).await?;
        if !self.stop_others_and_hold(&storage).await {
            return Err(LockProblem::Failed);
        }
        let result = self.unseal(storage);
        self.release(result)
    }

    fn unseal(self, storage: BrowserStorage) -> Result<(), LockProblem> {
        let sealer = self.session.sealer.get_value().ok_or(LockProblem::Failed)?;
        if sealer.later.busy() {
            return Err(LockProblem::Failed);
        }
        // Not all could be written plain (the device is full): all stay sealed, as before.
        write_all_or_none(&storage, &sealer.later.opened()).map_err(|_| LockProblem::Failed)?;
        self.session.sealer.set_value(None);
        with_store(|store| drop(store.replace_backend(Box::new(storage))));
        self.session.lock_on.set(false);
        self.session.keep_safety_open();
        Ok(())
    }

    /// "I forgot my passphrase": removes everything on this device and starts afresh.
    pub fn forget_and_remove(self) {
        web::device::wipe_storage();
        web::reload();
    }
}
