//! The small context API the screens use: read the document, change it, remove from it
//! with undo, keep drafts, and see whether it is saved. Screens never call storage directly.
use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

use crate::core::config::HostConfig;
use crate::core::document::Document;
use crate::core::lock;
use crate::core::store::{Backend, Drafts, Opening, Saved, Store, StoreError, DOCUMENT_KEY};
use crate::web::{self, storage::Keeping};

pub use super::undo::Removed;

/// Quiet after typing before saving: fewer writes on slow phones, nothing lost on close
/// because hiding the page saves at once.
const SAVE_DELAY: Duration = Duration::from_millis(300);
const RETRY_DELAY: Duration = Duration::from_secs(10);

thread_local! {
    // The store is not `Send`, so it lives here rather than in a signal.
    static STORE: RefCell<Option<Store<Box<dyn Backend>>>> = const { RefCell::new(None) };
}

/// Runs `f` on the store; `None` if it is busy (a re-entrant call) or not open.
pub(super) fn with_store<R>(f: impl FnOnce(&mut Store<Box<dyn Backend>>) -> R) -> Option<R> {
    STORE.with(|slot| slot.try_borrow_mut().ok()?.as_mut().map(f))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    NotSaved,
    ReadOnly,
}

/// Messages about the person's notes that stay until they hide them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    KeptAside(String),
    Stuck,
    Newer,
    UnknownParts,
    NoStorage,
    Full,
    OtherTab(String),
    /// Another tab's words are held in memory until there is room to keep them aside.
    Waiting,
    RemovedElsewhere,
    /// A list is as long as Alongside keeps: nothing more was added.
    ListFull,
    /// A new version has downloaded and waits for "Use the new version".
    NewVersion,
    /// The chosen language's words could not be fetched, so the app is in English.
    LanguageNotLoaded,
}

#[derive(Clone, Copy)]
pub struct Session {
    pub doc: RwSignal<Document>,
    pub status: RwSignal<SaveStatus>,
    pub notices: RwSignal<Vec<Notice>>,
    pub asides: RwSignal<Vec<String>>,
    pub removed: RwSignal<Option<Removed>>,
    /// Said politely to screen readers: "Statement added.", "Answer saved."
    pub spoken: RwSignal<String>,
    pub drafts: RwSignal<Drafts>,
    pub config: StoredValue<HostConfig>,
    pub keeping: Keeping,
    /// The notes are locked: only the passphrase screen, help and "Leave quickly" show.
    pub locked: RwSignal<bool>,
    /// The notes are kept sealed with a passphrase (whether open now or not).
    pub lock_on: RwSignal<bool>,
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl Session {
    /// Opens storage and loads the document. Nothing is written until the person changes
    /// something, so opening can never overwrite what is there. Locked notes wait for the
    /// passphrase: until then nothing is read from them, or written.
    pub fn open(config: HostConfig) -> Session {
        let (backend, keeping) = web::storage::open_backend(config.kiosk);
        let locked = keeping == Keeping::Device
            && backend
                .get(DOCUMENT_KEY)
                .ok()
                .flatten()
                .is_some_and(|raw| lock::is_sealed(&raw));
        let session = Session {
            doc: RwSignal::new(Document::default()),
            status: RwSignal::new(SaveStatus::Saved),
            notices: RwSignal::new(Vec::new()),
            asides: RwSignal::new(Vec::new()),
            removed: RwSignal::new(None),
            spoken: RwSignal::new(String::new()),
            drafts: RwSignal::new(Drafts::new()),
            config: StoredValue::new(config),
            keeping,
            locked: RwSignal::new(locked),
            lock_on: RwSignal::new(locked),
            pending: StoredValue::new(None),
        };
        if keeping == Keeping::ThisPage {
            session.notify(Notice::NoStorage);
        }
        if !locked {
            session.open_store(backend);
        }
        session
    }

    /// Reads the notes through `backend` and keeps it for every save from now on.
    pub fn open_store(self, backend: Box<dyn Backend>) {
        let now = web::now_iso();
        let (mut store, doc, opening) = Store::open_as(backend, &now, &web::new_id());
        store.tidy_parts(web::now_ms());
        match opening {
            Opening::KeptAside(key) => self.notify(Notice::KeptAside(key)),
            Opening::Stuck => self.notify(Notice::Stuck),
            Opening::Newer => self.notify(Notice::Newer),
            Opening::UnknownParts => self.notify(Notice::UnknownParts),
            Opening::Fresh | Opening::Loaded => {}
        }
        self.status.set(if store.is_read_only() {
            SaveStatus::ReadOnly
        } else {
            SaveStatus::Saved
        });
        self.drafts.set(store.drafts(&now));
        self.asides.set(store.asides());
        STORE.with(|slot| {
            if let Ok(mut slot) = slot.try_borrow_mut() {
                *slot = Some(store);
            }
        });
        self.doc.set(doc);
    }

    /// Listens for other tabs' saves and saves at once when the page is hidden or closed.
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
        web::on_crash(move || {
            if let Some(doc) = self.doc.try_get_untracked() {
                with_store(|store| store.save(&doc, &web::now_iso()));
            }
        });
    }

    pub fn is_read_only(self) -> bool {
        self.status.get() == SaveStatus::ReadOnly
    }

    /// Changes the document and saves it shortly.
    pub fn edit(self, change: impl FnOnce(&mut Document)) {
        if self.status.get_untracked() == SaveStatus::ReadOnly || self.locked.get_untracked() {
            return;
        }
        self.doc.update(change);
        self.status.set(SaveStatus::Saving);
        self.save_after(SAVE_DELAY);
    }

    /// Says `what` politely to screen readers, without moving focus.
    pub fn say(self, what: impl Into<String>) {
        let what = what.into();
        // The same words twice in a row must still be heard: change them invisibly.
        self.spoken.update(|spoken| {
            *spoken = if *spoken == what {
                format!("{what}\u{a0}")
            } else {
                what
            }
        });
    }

    /// The draft typed into the field `key`.
    pub fn draft(self, key: &str) -> String {
        self.drafts
            .with(|drafts| drafts.get(key).cloned().unwrap_or_default())
    }

    /// Keeps what is typed into the field `key`, so closing the page loses none of it.
    pub fn set_draft(self, key: &str, text: String) {
        self.drafts.update(|drafts| {
            if text.is_empty() {
                drafts.remove(key);
            } else {
                drafts.insert(key.to_owned(), text);
            }
        });
        self.save_after(SAVE_DELAY);
    }

    /// Clears the drafts whose keys start with `prefix` (the form was added or saved).
    pub fn clear_drafts(self, prefix: &str) {
        self.drafts
            .update(|drafts| drafts.retain(|key, _| !key.starts_with(prefix)));
        self.save_after(SAVE_DELAY);
    }

    fn save_after(self, delay: Duration) {
        self.cancel_save();
        let handle = set_timeout_with_handle(move || self.save_now(), delay).ok();
        self.pending.set_value(handle);
    }

    /// Saves now if anything is waiting.
    pub fn save_now(self) {
        if self.locked.get_untracked() {
            return;
        }
        self.cancel_save();
        let doc = self.doc.get_untracked();
        let drafts = self.drafts.get_untracked();
        let result = with_store(|store| {
            // Drafts are a convenience: a failure to keep them is not a failure to save.
            let _ = store.save_drafts(&drafts);
            let saved = if store.is_read_only() {
                Err(StoreError::ReadOnly)
            } else if store.has_unsaved(&doc) {
                store.save(&doc, &web::now_iso())
            } else {
                Ok(Saved::default())
            };
            (saved, store.is_waiting())
        });
        let Some((result, waiting)) = result else {
            return self.save_after(Duration::from_millis(50));
        };
        if waiting {
            self.notify(Notice::Waiting);
        } else {
            self.hide(&Notice::Waiting);
        }
        match result {
            Ok(saved) => {
                self.status.set(SaveStatus::Saved);
                // Saving works again: drop the "not saved" messages (not the one that says
                // this browser keeps nothing, which stays true).
                let passing = self.keeping == Keeping::Device;
                self.notices.update(|n| {
                    n.retain(|n| *n != Notice::Full && !(passing && *n == Notice::NoStorage))
                });
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
            Err(error) => {
                self.not_saved(error);
                self.save_after(RETRY_DELAY);
            }
        }
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
        let Some((saved, unsaved, read_only)) = with_store(|store| {
            let saved = store.absorb(&doc, &web::now_iso());
            let unsaved = saved
                .as_ref()
                .and_then(|saved| saved.merged.as_ref())
                .is_some_and(|merged| store.has_unsaved(merged));
            (saved, unsaved, store.is_read_only())
        }) else {
            return;
        };
        if read_only && self.status.get_untracked() != SaveStatus::ReadOnly {
            self.status.set(SaveStatus::ReadOnly);
            self.notify(Notice::Newer);
        }
        let Some(saved) = saved else {
            return;
        };
        if saved.removed_elsewhere {
            self.notices.set(vec![Notice::RemovedElsewhere]);
        }
        if saved.waiting {
            self.notify(Notice::Waiting);
        }
        self.take_in(saved);
        if unsaved {
            self.save_after(SAVE_DELAY);
        }
    }

    pub(super) fn take_in(self, saved: Saved) {
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

    /// Saves, then leaves this page by `leave` (a reload); if the words could not be saved,
    /// stays as it is and says so by returning false.
    pub fn save_then(self, leave: fn()) -> bool {
        self.save_now();
        let saved = self.status.get_untracked() != SaveStatus::NotSaved;
        if saved {
            leave();
        }
        saved
    }

    pub fn notify(self, notice: Notice) {
        if self
            .notices
            .with_untracked(|notices| !notices.contains(&notice))
        {
            self.notices.update(|notices| notices.push(notice));
        }
    }

    pub fn hide(self, notice: &Notice) {
        if self
            .notices
            .with_untracked(|notices| notices.contains(notice))
        {
            self.notices
                .update(|notices| notices.retain(|n| n != notice));
        }
    }
}
