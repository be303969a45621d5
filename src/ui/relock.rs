//! The lock's handle, for its screens: opening the notes, and setting, changing and removing
//! the lock. The three changes are one piece of work (`Lock::relock`, with its rules in
//! `core::store::relock`): every private text on the device, whoever wrote it, opened and
//! written anew, all or nothing, started again if another tab saves meanwhile.
use std::collections::BTreeMap;
use std::rc::Rc;

use leptos::{prelude::*, task::spawn_local};

use super::state::{Notice, Session};
use crate::core::lock::{self, SealError, Sealed, Tries, LOCKED_KEY, TRIES_KEY};
use crate::core::store::{private_texts, Backend, Relock, SealedWrites, Unchanged, DOCUMENT_KEY};
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
    /// A write failed and not all could be put back: some texts are new, the rest still
    /// open with the passphrase used before.
    Mixed,
    /// This page has no WebCrypto (not opened from a secure address).
    NotHere,
}

/// Times the work starts again when other tabs keep saving, before it gives up for now.
const RELOCK_TRIES: usize = 8;

/// Asks every other tab to save what it has and start again (see `Session::lock`). A full
/// device may refuse even this little: removing the key tells them too.
pub(super) fn tell_other_tabs(storage: &BrowserStorage) {
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

/// The lock's handle. Wrong tries are counted here too (in memory as well as on the device,
/// which may be too full to keep them).
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
        let stored = private_texts(&storage);
        let (texts, damaged) = sealed::open_all(&stored, Some(&opened.key)).await;
        // Anything found written plain while locked (by an older version) is sealed now.
        let plain: Vec<(String, String)> = texts
            .iter()
            .filter(|(_, plain, stored)| plain == stored)
            .map(|(key, plain, _)| (key.clone(), plain.clone()))
            .collect();
        let id = lock::seal_id(&opened.key.salt);
        let later = Rc::new(SealedWrites::new(storage, texts, damaged).sealed_with(id));
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
                if let Ok(opened) = Self::opened_key(&passphrase).await {
                    if let Some(key) = crypto::new_key(&passphrase).await {
                        let _ = self.change_with(Some(opened), key).await;
                    }
                }
            });
        }
        Ok(())
    }

    /// The key the notes are sealed with now, from `passphrase`.
    async fn opened_key(passphrase: &str) -> Result<Key, LockProblem> {
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        let sealed = stored_seal(&storage)?;
        let opened = crypto::unlock(passphrase, &sealed).await;
        opened.map(|o| o.key).ok_or(LockProblem::Wrong(0))
    }

    /// Starts keeping the notes sealed with a new passphrase.
    pub async fn set_lock(self, passphrase: String) -> Result<(), LockProblem> {
        let key = crypto::new_key(&passphrase)
            .await
            .ok_or(LockProblem::Failed)?;
        self.change_with(None, key).await
    }

    /// Seals everything again with a new passphrase, once the current one is given.
    pub async fn change_lock(self, current: String, new: String) -> Result<(), LockProblem> {
        let opened = Self::opened_key(&current).await?;
        let key = crypto::new_key(&new).await.ok_or(LockProblem::Failed)?;
        self.change_with(Some(opened), key).await
    }

    /// Keeps the notes unsealed again, once the current passphrase is given.
    pub async fn remove_lock(self, current: String) -> Result<(), LockProblem> {
        let opened = Self::opened_key(&current).await?;
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        if !self.stop_others_and_hold(&storage).await {
            return Err(LockProblem::Failed);
        }
        let result = self.relock(&storage, Some(&opened), None).await;
        if result.is_ok() {
            self.session.unsealed(storage);
        }
        self.release(result.map(drop))
    }

    /// Sets or changes the lock: every private text sealed with `key` from now on.
    async fn change_with(self, current: Option<Key>, key: Key) -> Result<(), LockProblem> {
        let storage = BrowserStorage::local().ok_or(LockProblem::Failed)?;
        if !self.stop_others_and_hold(&storage).await {
            return Err(LockProblem::Failed);
        }
        if storage.get_lossy(DOCUMENT_KEY).is_none() {
            // Nothing saved yet: the notes are stored, sealed, so that the lock shows.
            let text = self.session.export_text().ok_or(LockProblem::Failed)?;
            storage
                .set(DOCUMENT_KEY, &text)
                .map_err(|_| LockProblem::Failed)?;
        }
        let result = self.relock(&storage, current.as_ref(), Some(&key)).await;
        if let Ok(opened) = &result {
            let id = lock::seal_id(&key.salt);
            let later = SealedWrites::new(storage, opened.clone(), Vec::new()).sealed_with(id);
            self.session.begin_sealing(Sealer {
                later: Rc::new(later),
                key,
            });
        }
        self.release(result.map(drop))
    }

    /// The one piece of work behind setting, changing and removing the lock: every private
    /// text stored now, opened with `current` (or plain), written anew sealed with `new` (or
    /// plain); what cannot be opened is moved aside as it is. Started again if another tab
    /// stores anything meanwhile. Gives back each text as (key, words, text stored).
    async fn relock(
        self,
        storage: &BrowserStorage,
        current: Option<&Key>,
        new: Option<&Key>,
    ) -> Result<Vec<(String, String, String)>, LockProblem> {
        for _ in 0..RELOCK_TRIES {
            let relock = Relock::begin(storage);
            let (opened, closed) = sealed::open_all(relock.stored(), current).await;
            let mut words = BTreeMap::new();
            for (name, plain, _) in &opened {
                words.insert(name.clone(), plain.clone());
            }
            let written = match new {
                Some(key) => sealed::seal_all(key, &words)
                    .await
                    .ok_or(LockProblem::Failed)?,
                None => words,
            };
            match relock.commit(storage, &closed, &written, &web::now_iso()) {
                Ok(moved) => {
                    // Kept aside, still sealed: said as every copy kept aside is.
                    for key in moved {
                        self.session.notify(Notice::KeptAside(key));
                    }
                    self.session.refresh_asides();
                    let kept = opened.into_iter().filter_map(|(name, words, _)| {
                        let stored = written.get(&name)?.clone();
                        Some((name, words, stored))
                    });
                    return Ok(kept.collect());
                }
                // Another tab saved meanwhile: taken in, then the work again.
                Err(Unchanged::Again) => {}
                Err(Unchanged::Failed(_)) => return Err(LockProblem::Failed),
                Err(Unchanged::Mixed(_)) => return Err(LockProblem::Mixed),
            }
        }
        Err(LockProblem::Failed)
    }

    /// Saves after other tabs have saved and started again, and holds saves until the lock
    /// has changed; false (and nothing held) if the words could not be saved first.
    async fn stop_others_and_hold(self, storage: &BrowserStorage) -> bool {
        tell_other_tabs(storage);
        // Their last saves arrive as storage events, merged in by the save below; any later
        // one makes the work start again (`relock`).
        web::sleep(300).await;
        let saved = self.session.saved_all(10_000).await;
        self.session.holding.set_value(saved);
        saved
    }

    /// Ends a change of the lock: saves wait no longer. (Other tabs hear of it from the
    /// notes stored: see `Session::take_in_other_tab`.)
    fn release(self, result: Result<(), LockProblem>) -> Result<(), LockProblem> {
        self.session.holding.set_value(false);
        self.session.save_now();
        result
    }

    /// "I forgot my passphrase": removes everything on this device and starts afresh.
    pub fn forget_and_remove(self) {
        web::device::wipe_storage();
        web::reload();
    }
}
