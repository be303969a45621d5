//! Copies kept aside and drafts: words that are not (yet) in the document, kept safe.
use super::{Backend, Document, Drafts, Store, StoreError, ASIDE_PREFIX, DOCUMENT_KEY, DRAFTS_KEY};
use crate::core::{envelope, lock};

impl<B: Backend> Store<B> {
    /// Words typed into forms but not added yet. Drafts that cannot be read are copied
    /// aside before anything is written over them.
    pub fn drafts(&mut self, now: &str) -> Drafts {
        let read = match self.backend.get(DRAFTS_KEY) {
            Ok(None) => return Drafts::new(),
            Ok(Some(text)) => serde_json::from_str(&text).ok(),
            Err(_) => None,
        };
        if let Some(drafts) = &read {
            self.drafts_kept.clone_from(drafts);
        }
        read.unwrap_or_else(|| {
            let key = self.free_key("drafts", now);
            if self.backend.copy(DRAFTS_KEY, &key).is_err() {
                // Could not be kept aside: never write over it.
                self.drafts_stuck = true;
            }
            Drafts::new()
        })
    }

    pub fn save_drafts(&mut self, drafts: &Drafts) -> Result<(), StoreError> {
        if self.read_only || self.drafts_stuck {
            return Err(StoreError::ReadOnly);
        }
        if *drafts == self.drafts_kept {
            return Ok(());
        }
        // Sealed in another tab since they were read here: never written over with plain.
        if let Ok(Some(stored)) = self.backend.get(DRAFTS_KEY) {
            if lock::is_sealed(&stored) {
                return Err(StoreError::Sealed);
            }
        }
        if drafts.is_empty() {
            self.backend.remove(DRAFTS_KEY)?;
        } else {
            let text = serde_json::to_string(drafts).map_err(|_| StoreError::Unavailable)?;
            self.backend.set(DRAFTS_KEY, &text)?;
        }
        self.drafts_kept.clone_from(drafts);
        Ok(())
    }

    /// Keys of copies kept aside, oldest first.
    pub fn asides(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .backend
            .keys()
            .into_iter()
            .filter(|key| key.starts_with(ASIDE_PREFIX))
            .collect();
        crate::core::order::sort_by_rank(&mut keys, false, |key| (key.clone(), 0));
        keys
    }

    /// A kept copy's text, as near as a string can hold it, to download.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.backend.get_lossy(key)
    }

    /// Whether another tab's words are still waiting to be kept aside.
    pub fn is_waiting(&self) -> bool {
        !self.waiting.is_empty()
    }

    /// Another tab's words still waiting to be kept aside, as the text of a file.
    pub fn waiting_text(&self, now: &str) -> Option<String> {
        let first = self.waiting.first()?;
        envelope::write(first, 0, now).ok()
    }

    /// Holds another tab's words that a merge could not place, until they are kept aside.
    pub(super) fn hold(&mut self, lost: Document) {
        if lost != Document::default()
            && !self.waiting.contains(&lost)
            && !self.kept.contains(&lost)
        {
            self.waiting.push(lost);
        }
    }

    /// Keeps aside every held copy it can; the first failure stops and is returned, and
    /// what was not kept stays held for the next try.
    pub(super) fn keep_waiting(
        &mut self,
        now: &str,
        keys: &mut Vec<String>,
    ) -> Result<(), StoreError> {
        while let Some(doc) = self.waiting.first() {
            let text = envelope::write(doc, 0, now).map_err(|_| StoreError::Unavailable)?;
            keys.push(self.keep_aside("other-tab", &text, now)?);
            let kept = self.waiting.remove(0);
            self.kept.push(kept);
        }
        Ok(())
    }

    /// A key for a kept copy that nothing uses yet.
    pub(super) fn free_key(&self, kind: &str, now: &str) -> String {
        let key = format!("{ASIDE_PREFIX}{kind}.{now}");
        let used = |key: &str| !matches!(self.backend.get(key), Ok(None));
        if !used(&key) {
            return key;
        }
        (2..)
            .map(|n| format!("{key}.{n}"))
            .find(|key| !used(key))
            .unwrap_or(key)
    }

    pub(super) fn keep_aside(
        &self,
        kind: &str,
        text: &str,
        now: &str,
    ) -> Result<String, StoreError> {
        let key = self.free_key(kind, now);
        self.backend.set(&key, text)?;
        Ok(key)
    }

    /// Copies what is stored under the document's key aside, exactly as it is held.
    pub(super) fn copy_aside(&self, now: &str) -> Result<String, StoreError> {
        let key = self.free_key("unreadable", now);
        self.backend.copy(DOCUMENT_KEY, &key)?;
        Ok(key)
    }
}
