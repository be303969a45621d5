//! What the person does with the notes as a whole: files of them (sealed while the lock is
//! on), copies kept aside, codes' parts kept until all have come, bringing notes in, and
//! removing everything.
use leptos::{prelude::*, task::spawn_local};

use super::state::{with_store, Notice, SaveStatus, Session};
use crate::core::document::Document;
use crate::core::envelope;
use crate::core::lock;
use crate::core::store::{Drafts, StoreError};
use crate::core::transfer::{self, Added, Gathered, Part};
use crate::web::{self, crypto};

/// The type of a file of notes.
pub(super) const JSON: &str = "application/json";

impl Session {
    /// `text` as a file may hold it: sealed with the passphrase while the lock is on.
    async fn protect(self, text: String) -> Option<String> {
        match self.sealer.get_value() {
            Some(sealer) if !lock::is_sealed(&text) => {
                crypto::seal(&sealer.key, &text, false).await
            }
            _ => Some(text),
        }
    }

    /// Offers `text` as a file of the type `kind`, and says so if the browser would not.
    /// True if it did.
    pub(super) fn offer(self, name: &str, kind: &str, text: Option<String>) -> bool {
        let offered = text.is_some_and(|text| web::download(name, kind, &text));
        match offered {
            true => self.hide(&Notice::NotDownloaded),
            false => self.notify(Notice::NotDownloaded),
        }
        offered
    }

    /// A copy of the whole notes was kept (saved or shared): the day is noted, for the
    /// gentle nudge on Home.
    pub(super) fn kept_copy(self) {
        let today = web::today();
        if self
            .doc
            .with_untracked(|doc| doc.settings.copied_on != today)
        {
            self.edit(|doc| doc.settings.copied_on = today);
        }
    }

    /// Keeps a scanned code's part on this device until the phone has them all.
    pub fn keep_part(self, part: Part) -> Result<Gathered, StoreError> {
        let kept = with_store(|store| store.keep_part(part, web::now_ms()))
            .unwrap_or(Err(StoreError::Unavailable));
        // Sealed first while the lock is on: the header says "Saving…" until it is in.
        self.save_now();
        kept
    }

    /// The whole document as the text of an export file, before any sealing.
    pub fn export_text(self) -> Option<String> {
        envelope::write(&self.doc.get_untracked(), 0, &web::now_iso()).ok()
    }

    /// The file name for an export: the date, and no personal words.
    pub fn export_name() -> String {
        format!("alongside-{}.json", web::today())
    }

    /// The text of a file of the whole document, sealed while the lock is on.
    pub async fn export_file(self) -> Option<String> {
        self.protect(self.export_text()?).await
    }

    /// Offers the whole document as a file.
    pub fn download_copy(self) {
        spawn_local(async move {
            let text = self.export_file().await;
            if self.offer(&Self::export_name(), JSON, text) {
                self.kept_copy();
            }
        });
    }

    /// Offers a copy kept aside (or, with `None`, another tab's words still waiting).
    pub fn download_aside(self, key: Option<&str>) {
        let now = web::now_iso();
        let text = with_store(|store| match key {
            Some(key) => store.raw(key),
            None => store.waiting_text(&now),
        })
        .flatten();
        let Some(text) = text else {
            // Removed since (by another tab, say): there is nothing to offer.
            self.notify(Notice::AsideGone);
            self.refresh_asides();
            return;
        };
        spawn_local(async move {
            let text = self.protect(text).await;
            self.offer(
                &format!("alongside-kept-safe-{}.json", web::today()),
                JSON,
                text,
            );
        });
    }

    /// Removes every key the app wrote. Returns false if some could not be removed.
    pub fn remove_everything(self) -> bool {
        self.cancel_save();
        let removed = with_store(|store| store.remove_everything().is_ok()).unwrap_or(false);
        if removed {
            self.drop_lock();
            self.doc.set(Document::default());
            self.drafts.set(Drafts::new());
            self.status.set(SaveStatus::Saved);
            self.notices
                .update(|n| n.retain(|n| *n == Notice::NoStorage));
            self.refresh_asides();
        }
        removed
    }

    /// Removes every trace of this visit from the device: what is saved (in both kinds of
    /// web storage), what is waiting to be saved, and what is in memory.
    pub fn wipe(self) {
        self.remove_everything();
        web::device::wipe_storage();
    }

    /// Puts `incoming` in place of everything here.
    pub fn replace_with(self, incoming: Document) {
        self.edit(|doc| *doc = incoming);
    }

    /// Adds what `incoming` holds, leaving out what is already here.
    pub fn add_from(self, incoming: Document) -> Added {
        let mut added = Added::default();
        self.edit(|doc| added = transfer::add(doc, incoming));
        added
    }
}
