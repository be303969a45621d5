//! The passphrase lock in the session: locking (by hand, by itself, or because another tab
//! did), following another tab that locked, changed or removed it, and keeping the safety
//! plan unsealed when the person chose that. Locking ends with a reload once every sealed
//! write has landed, so nothing of the notes stays in memory. (Opening the notes and
//! setting, changing and removing the lock: `relock`.)
use std::time::Duration;

use leptos::{prelude::*, task::spawn_local};

use super::relock::tell_other_tabs;
use super::state::{with_store, Notice, Session};
use crate::core::lock;
use crate::core::store::{Backend, DOCUMENT_KEY};
use crate::web::sealed::{self, Sealer, TakeIn};
use crate::web::{self, storage::BrowserStorage};

/// How long the notes wait to be saved before "Lock" gives up for now and says so.
const LOCK_WAIT_MS: i32 = 3_000;

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
                match sealer.take_in(DOCUMENT_KEY, stored).await {
                    TakeIn::Taken => self.absorb(),
                    // The lock was removed there: this tab's words are kept plain now.
                    TakeIn::Unlocked => {
                        if let Some(storage) = BrowserStorage::local() {
                            self.unsealed(storage);
                        }
                    }
                    TakeIn::OtherKey => self.key_changed_elsewhere(),
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

    /// The lock came off (here, or in another tab): notes are kept plain from now on, with
    /// this tab's words taken in with what is stored, and the safety plan's unsealed copy
    /// goes.
    pub(super) fn unsealed(self, storage: BrowserStorage) {
        self.sealer.set_value(None);
        with_store(|store| drop(store.replace_backend(Box::new(storage))));
        self.lock_on.set(false);
        self.keep_safety_open();
        self.absorb();
    }

    /// The passphrase was changed in another tab: this tab's key opens nothing now. Its
    /// words stay in memory, and the passphrase screen asks for the new one; they are taken
    /// in once the notes are opened with it (never written over what is stored meanwhile).
    fn key_changed_elsewhere(self) {
        self.sealer.set_value(None);
        if let Some(storage) = BrowserStorage::local() {
            with_store(|store| drop(store.replace_backend(Box::new(storage))));
        }
        self.lock_on.set(true);
        self.locked.set(true);
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
    pub(super) fn begin_sealing(self, sealer: Sealer) {
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
        // Said until a later write or removal works: "Saved" is about the notes, not this.
        match kept {
            true => self.hide(&Notice::SafetyNotKept),
            false => self.notify(Notice::SafetyNotKept),
        }
    }
}
