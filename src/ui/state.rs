//! The small context API the screens use: read the document, change it, keep drafts, and
//! see whether it is saved. Screens never call storage directly. Saving itself is in
//! `saving`, the lock in `sealing`, undo in `undo`.
use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

use crate::core::config::HostConfig;
use crate::core::document::Document;
use crate::core::lock;
use crate::core::store::{Backend, Drafts, Opening, Store, DOCUMENT_KEY};
use crate::web::{self, sealed::Sealer, storage::Keeping};

/// Quiet after typing before saving: fewer writes on slow phones, nothing lost on close
/// because hiding the page saves at once.
pub(super) const SAVE_DELAY: Duration = Duration::from_millis(300);

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
    /// The notes could not be saved, so they are not locked yet: tried again until they are.
    LockWaiting,
    /// The browser did not save a file.
    NotDownloaded,
    /// A copy kept aside is no longer on this device.
    AsideGone,
    /// The chosen language's words could not be fetched, so the app is in English.
    LanguageNotLoaded,
    /// The safety plan's copy to show without the passphrase could not be written or removed.
    SafetyNotKept,
}

#[derive(Clone, Copy)]
pub struct Session {
    pub doc: RwSignal<Document>,
    pub status: RwSignal<SaveStatus>,
    pub notices: RwSignal<Vec<Notice>>,
    pub asides: RwSignal<Vec<String>>,
    /// Said politely to screen readers: "Statement added.", "Answer saved."
    pub spoken: RwSignal<String>,
    pub drafts: RwSignal<Drafts>,
    pub config: StoredValue<HostConfig>,
    pub keeping: Keeping,
    /// The notes are locked: only the passphrase screen, help and "Leave quickly" show.
    pub locked: RwSignal<bool>,
    /// The notes are kept sealed with a passphrase (whether open now or not).
    pub lock_on: RwSignal<bool>,
    /// While the notes are open with the passphrase: the storage that seals, and the key.
    pub(super) sealer: StoredValue<Option<Sealer>, LocalStorage>,
    /// Saves wait while the lock is set, changed or removed (everything is written anew).
    pub(super) holding: StoredValue<bool>,
    /// Locking waits for the words to be saved (see `lock`).
    pub(super) locking: StoredValue<bool>,
    pub(super) pending: StoredValue<Option<TimeoutHandle>>,
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
            spoken: RwSignal::new(String::new()),
            drafts: RwSignal::new(Drafts::new()),
            config: StoredValue::new(config),
            keeping,
            locked: RwSignal::new(locked),
            lock_on: RwSignal::new(locked),
            sealer: StoredValue::new_local(None),
            holding: StoredValue::new(false),
            locking: StoredValue::new(false),
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
            // Locked in another tab a moment ago: ask for the passphrase.
            Opening::Sealed => self.locked.set(true),
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

    pub fn is_read_only(self) -> bool {
        self.status.get() == SaveStatus::ReadOnly
    }

    /// Changes the document and saves it shortly.
    pub fn edit(self, change: impl FnOnce(&mut Document)) {
        if self.status.get_untracked() == SaveStatus::ReadOnly || self.locked.get_untracked() {
            return;
        }
        self.doc.update(change);
        self.changed();
    }

    /// Something is to be saved: "Saving…" until it is, and saved shortly.
    fn changed(self) {
        if self.status.get_untracked() != SaveStatus::ReadOnly {
            self.status.set(SaveStatus::Saving);
        }
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
        self.changed();
    }

    /// Clears the drafts whose keys start with `prefix` (the form was added or saved).
    pub fn clear_drafts(self, prefix: &str) {
        self.drafts
            .update(|drafts| drafts.retain(|key, _| !key.starts_with(prefix)));
        self.changed();
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
