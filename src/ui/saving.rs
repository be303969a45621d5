//! Saving: shortly after typing, at once when the page is hidden, and before anything that
//! reloads or leaves; taking in other tabs' saves. Locked notes' writes land a moment
//! later (they are sealed first), so the header says "Saved" only once every write has
//! landed, and nothing reloads or leaves while one is on its way.
use std::rc::Rc;
use std::time::Duration;

use leptos::{prelude::*, task::spawn_local};

use super::state::{with_store, Notice, SaveStatus, Session, SAVE_DELAY};
use crate::core::lock;
use crate::core::store::{Landing, Saved, StoreError, DOCUMENT_KEY};
use crate::web::{self, sealed::Told, storage::Keeping};

const RETRY_DELAY: Duration = Duration::from_secs(10);

impl Session {
    /// Listens for other tabs' saves, saves at once when the page is hidden or closed, and
    /// asks before closing while a sealed write is still on its way.
    pub fn listen(self) {
        window_event_listener(leptos::ev::storage, move |event| {
            // `key` is None when another tab cleared all storage.
            match event.key() {
                Some(key) if key == lock::LOCKED_KEY => self.lock(false),
                Some(key) if key != DOCUMENT_KEY => {}
                _ => self.take_in_other_tab(event.new_value()),
            }
        });
        window_event_listener(leptos::ev::pagehide, move |_| self.save_now());
        window_event_listener_untyped("visibilitychange", move |_| {
            if web::document().is_some_and(|d| d.hidden()) {
                self.save_now();
            }
        });
        window_event_listener_untyped("beforeunload", move |event| {
            self.save_now();
            // Only sealed writes land later; "Leave quickly" never waits to be asked.
            if self.busy() && self.sealer.with_value(Option::is_some) && !web::device::leaving() {
                event.prevent_default();
            }
        });
        // The page's loader says when a new version is waiting (it may have said so already).
        // Notes kept only in this page's memory would not survive the reload: the new
        // version then starts the next time the app opens.
        let offer = move || {
            if self.keeping != Keeping::ThisPage {
                self.notify(Notice::NewVersion);
            }
        };
        if web::new_version_waiting() {
            offer();
        }
        window_event_listener_untyped("alongside-update", move |_| offer());
        // A crash stops the app, and with it any sealing: only a write that lands at once
        // is sure. The crash page says which it was.
        web::on_crash(move || {
            self.save_now();
            !self.busy()
        });
    }

    pub(super) fn save_after(self, delay: Duration) {
        self.cancel_save();
        let handle = set_timeout_with_handle(move || self.save_now(), delay).ok();
        self.pending.set_value(handle);
    }

    /// Saves now if anything is waiting. (Also while the notes are being locked: the lock
    /// waits for the save; sealed notes this tab has not opened are never written over.)
    pub fn save_now(self) {
        self.cancel_save();
        if self.holding.get_value() {
            // The lock is changing: saved once it has, with the new key.
            return self.save_after(SAVE_DELAY);
        }
        let doc = self.doc.get_untracked();
        let drafts = self.drafts.get_untracked();
        let result = with_store(|store| {
            let drafts = store.save_drafts(&drafts);
            let saved = if store.is_read_only() {
                Err(StoreError::ReadOnly)
            } else if store.has_unsaved(&doc) {
                store.save(&doc, &web::now_iso())
            } else {
                Ok(Saved::default())
            };
            (saved, drafts, store.is_waiting())
        });
        let Some((result, drafts, waiting)) = result else {
            return self.save_after(Duration::from_millis(50));
        };
        self.flush();
        if waiting {
            self.notify(Notice::Waiting);
        } else {
            self.hide(&Notice::Waiting);
        }
        // Drafts that could not be read are never written over: that is not a failure.
        let result = match (result, drafts) {
            (Ok(_), Err(error)) if error != StoreError::ReadOnly => Err(error),
            (result, _) => result,
        };
        match result {
            Ok(saved) => {
                self.show_status();
                self.take_in(saved);
            }
            Err(StoreError::ReadOnly) => {
                self.status.set(SaveStatus::ReadOnly);
                // Opening already explained why; otherwise another tab saved with a newer version.
                let explained = self.notices.with_untracked(|n| {
                    n.iter()
                        .any(|n| matches!(n, Notice::Stuck | Notice::UnknownParts))
                });
                if !explained {
                    self.notify(Notice::Newer);
                }
            }
            // Sealed text this tab has not opened: never written over.
            Err(StoreError::Sealed) => self.sealed_elsewhere(),
            Err(error) => {
                self.not_saved(error);
                self.save_after(RETRY_DELAY);
            }
        }
    }

    /// Hands the writes waiting to be sealed to the sealer (none unless the lock is on).
    fn flush(self) {
        if let Some(sealer) = self.sealer.get_value() {
            let told: Told = Rc::new(move |key: &str, landing| self.landed(key, landing));
            sealer.flush(&told);
        }
    }

    /// How a sealed write ended: the store moves on, and the header follows.
    fn landed(self, key: &str, landing: Landing) {
        let result = match landing {
            Landing::Superseded => return self.show_status(),
            Landing::Landed => Ok(()),
            Landing::Failed(error) => Err(error),
        };
        with_store(|store| store.landed(key, result));
        match result {
            // Another tab saved while this was sealed: take that in, then save again.
            Err(StoreError::Crossed) => self.take_in_stored(),
            Err(error) => {
                self.not_saved(error);
                set_timeout(
                    move || {
                        if let Some(sealer) = self.sealer.get_value() {
                            sealer.later.retry();
                        }
                        self.save_now();
                    },
                    RETRY_DELAY,
                );
            }
            Ok(()) => {
                if key == DOCUMENT_KEY {
                    self.keep_safety_open();
                }
                // Typed meanwhile: saved now that the last write is in.
                let doc = self.doc.get_untracked();
                if with_store(|store| store.has_unsaved(&doc)).unwrap_or(false) {
                    self.save_after(SAVE_DELAY);
                }
                self.show_status();
            }
        }
    }

    /// Whether anything is not in storage yet: a save waiting to happen, changes not saved,
    /// or writes on their way.
    pub(super) fn busy(self) -> bool {
        if self.pending.with_value(Option::is_some) {
            return true;
        }
        let doc = self.doc.get_untracked();
        let unsaved = with_store(|store| store.is_pending() || store.has_unsaved(&doc));
        let sealing = self
            .sealer
            .with_value(|sealer| sealer.as_ref().is_some_and(|s| s.later.busy()));
        // No store: the notes are locked, and nothing of them is in memory to save.
        unsaved.unwrap_or(false) || sealing
    }

    /// "Saved" once everything has landed; "Saving…" meanwhile; "Not saved" while some
    /// sealed text could not be written.
    fn show_status(self) {
        let failing = self
            .sealer
            .with_value(|sealer| sealer.as_ref().is_some_and(|s| s.later.failing()));
        let status = match self.status.get_untracked() {
            SaveStatus::ReadOnly => return,
            _ if failing => SaveStatus::NotSaved,
            _ if self.busy() => SaveStatus::Saving,
            _ => SaveStatus::Saved,
        };
        if status == SaveStatus::Saved {
            // Saving works again: drop the "not saved" messages (not the one that says
            // this browser keeps nothing, which stays true).
            let passing = self.keeping == Keeping::Device;
            self.notices.update(|n| {
                n.retain(|n| *n != Notice::Full && !(passing && *n == Notice::NoStorage))
            });
        }
        let before = self.status.get_untracked();
        if before == SaveStatus::Saving && status == SaveStatus::Saved {
            super::kept::save_landed(self);
        }
        if before != status {
            self.status.set(status);
        }
    }

    /// Saves, and waits (up to `limit_ms`) until every write has landed. False if they
    /// could not all be saved, or are still on their way.
    pub async fn saved_all(self, limit_ms: i32) -> bool {
        self.save_now();
        let mut waited = 0;
        while self.busy() && self.status.get_untracked() != SaveStatus::NotSaved {
            if waited >= limit_ms {
                return false;
            }
            web::sleep(20).await;
            waited += 20;
        }
        self.status.get_untracked() != SaveStatus::NotSaved && !self.busy()
    }

    /// Saves, then `leave`s (a reload) once every write has landed; if the words could not
    /// be saved, stays (the header and a message say why) and does `otherwise`.
    pub fn save_then(self, leave: impl FnOnce() + 'static, otherwise: impl FnOnce() + 'static) {
        spawn_local(async move {
            if self.saved_all(10_000).await {
                leave();
            } else {
                otherwise();
            }
        });
    }

    /// Says the notes are not saved, and why.
    pub(super) fn not_saved(self, error: StoreError) {
        self.status.set(SaveStatus::NotSaved);
        self.notify(if error == StoreError::Full {
            Notice::Full
        } else {
            Notice::NoStorage
        });
    }

    /// Another tab saved: take in its changes and keep ours.
    pub(super) fn absorb(self) {
        let doc = self.doc.get_untracked();
        let Some((saved, read_only)) =
            with_store(|store| (store.absorb(&doc, &web::now_iso()), store.is_read_only()))
        else {
            return;
        };
        if read_only && self.status.get_untracked() != SaveStatus::ReadOnly {
            self.status.set(SaveStatus::ReadOnly);
            self.notify(Notice::Newer);
        }
        if let Some(saved) = saved {
            if saved.waiting {
                self.notify(Notice::Waiting);
            }
            self.take_in(saved);
        }
        // This tab's own changes (merged in, or a write of them that was dropped as stale)
        // are saved again.
        let doc = self.doc.get_untracked();
        if with_store(|store| store.has_unsaved(&doc)).unwrap_or(false) {
            self.save_after(SAVE_DELAY);
        }
        self.show_status();
    }

    pub(super) fn take_in(self, saved: Saved) {
        if saved.removed_elsewhere {
            self.notices.set(vec![Notice::RemovedElsewhere]);
            self.drop_lock();
        }
        if let Some(merged) = saved.merged {
            if merged != self.doc.get_untracked() {
                self.doc.set(merged);
            }
        }
        for key in saved.asides {
            self.notify(if key.contains(".unreadable.") {
                Notice::KeptAside(key)
            } else {
                Notice::OtherTab(key)
            });
        }
        self.refresh_asides();
    }

    /// Forgets the save waiting to happen.
    pub(super) fn cancel_save(self) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
            self.pending.set_value(None);
        }
    }

    pub(super) fn refresh_asides(self) {
        if let Some(asides) = with_store(|store| store.asides()) {
            self.asides.set(asides);
        }
    }
}
