//! Setting, changing and removing the lock: one way for all three, over every private text
//! on the device, whoever wrote it (this tab, another tab, an older version), damaged ones
//! too. The browser opens and seals (WebCrypto answers later); the rules are here, where
//! they are tested natively:
//! - every private text is read from storage as it is now, not from what this tab knows;
//! - each that opens with the current key (or was plain) is written anew: sealed with the
//!   new key, or plain; one that cannot be opened is moved aside exactly as it is, still
//!   sealed, so no tab ever meets sealed text there that nothing can open;
//! - nothing is written if another tab stored anything meanwhile: the work starts again, so
//!   that save is taken in rather than covered;
//! - all or nothing: if one write fails (a full device), every text already written is put
//!   back, the document last written and first put back, so the notes stay readable by the
//!   passphrase that opened them.
use std::collections::BTreeMap;

use super::{is_private, Backend, StoreError, ASIDE_PREFIX, DOCUMENT_KEY};

/// Why the lock did not change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unchanged {
    /// Another tab stored something while the work went on: start again.
    Again,
    /// A write failed; everything written was put back.
    Failed(StoreError),
    /// A write failed, and so did putting back what was written: some texts are new, some
    /// as before. Every one still opens: the old ones with the passphrase that opened them.
    Mixed(StoreError),
}

/// One change of the lock, from the private texts stored when it began.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relock {
    stored: BTreeMap<String, String>,
}

/// Every private text stored in `storage`, exactly as stored. (Inserted one by one: a
/// collected map sorts first, and each sort's code is sent to a person's phone.)
pub fn private_texts(storage: &impl Backend) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    for key in storage.keys().into_iter().filter(|key| is_private(key)) {
        if let Some(text) = storage.get_lossy(&key) {
            texts.insert(key, text);
        }
    }
    texts
}

impl Relock {
    /// Begins with what is stored now: open each of `stored()` with the current key.
    pub fn begin(storage: &impl Backend) -> Relock {
        Relock {
            stored: private_texts(storage),
        }
    }

    pub fn stored(&self) -> &BTreeMap<String, String> {
        &self.stored
    }

    /// Writes `written` (each text that opened, anew) and moves aside, as they are, the
    /// texts that did not (`closed`); all or nothing, and nothing at all if storage changed
    /// since `begin`. Gives the keys texts were moved aside to.
    pub fn commit(
        &self,
        storage: &impl Backend,
        closed: &[String],
        written: &BTreeMap<String, String>,
        now: &str,
    ) -> Result<Vec<String>, Unchanged> {
        if private_texts(storage) != self.stored {
            return Err(Unchanged::Again);
        }
        let mut moved = Vec::new();
        let mut changes: Vec<(String, Option<String>)> = written
            .iter()
            .map(|(key, text)| (key.clone(), Some(text.clone())))
            .collect();
        for key in closed {
            // A copy already kept aside stays where it is, still sealed.
            if key.starts_with(ASIDE_PREFIX) {
                continue;
            }
            let Some(text) = self.stored.get(key) else {
                continue;
            };
            let name = key.trim_start_matches(super::PREFIX);
            let aside = free_aside(storage, &changes, &format!("{name}.{now}"));
            changes.push((aside.clone(), Some(text.clone())));
            changes.push((key.clone(), None));
            moved.push(aside);
        }
        write_all_or_none(storage, &changes).map(|()| moved)
    }
}

/// An aside key for `name` that neither storage nor `taken` uses.
fn free_aside(storage: &impl Backend, taken: &[(String, Option<String>)], name: &str) -> String {
    let free =
        |key: &String| storage.get_lossy(key).is_none() && !taken.iter().any(|(k, _)| k == key);
    std::iter::once(format!("{ASIDE_PREFIX}{name}"))
        .chain((2..).map(|n| format!("{ASIDE_PREFIX}{name}.{n}")))
        .find(free)
        .unwrap_or_default()
}

/// Writes every change in `changes` (each key once: a text, or `None` to remove the key),
/// or none: every key's text is read first; if one change cannot be made (a full device), every one
/// already made is put back, newest first. The document is changed last, so it is never
/// new while something else is old. If even putting back fails, it says so (`Mixed`).
pub fn write_all_or_none(
    storage: &impl Backend,
    changes: &[(String, Option<String>)],
) -> Result<(), Unchanged> {
    let (notes, rest): (Vec<_>, Vec<_>) = changes.iter().partition(|(key, _)| key == DOCUMENT_KEY);
    let order: Vec<&(String, Option<String>)> = rest.into_iter().chain(notes).collect();
    let mut before = Vec::with_capacity(order.len());
    for (key, _) in &order {
        before.push(storage.get(key).map_err(Unchanged::Failed)?);
    }
    for (done, (key, change)) in order.iter().copied().enumerate() {
        let made = match change {
            Some(text) => storage.set(key, text),
            None => storage.remove(key),
        };
        if let Err(error) = made {
            let put_back = order[..done]
                .iter()
                .zip(&before)
                .rev()
                .all(|((key, _), was)| {
                    match was {
                        Some(was) => storage.set(key, was),
                        None => storage.remove(key),
                    }
                    .is_ok()
                });
            return Err(match put_back {
                true => Unchanged::Failed(error),
                false => Unchanged::Mixed(error),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::store::{MemoryBackend, DRAFTS_KEY};

    /// Storage that refuses new writes once `left` have been made (`None`: never); putting
    /// a text back as it first was still works, unless it is `stuck`.
    struct Filling {
        inner: MemoryBackend,
        left: std::cell::Cell<Option<usize>>,
        stuck: bool,
        first: BTreeMap<String, String>,
    }

    impl Backend for Filling {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            self.inner.get(key)
        }
        fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
            let putting_back = self.first.get(key).is_some_and(|first| first == value);
            match self.left.get() {
                Some(0) if putting_back && !self.stuck => {}
                Some(0) => return Err(StoreError::Full),
                Some(n) => self.left.set(Some(n - 1)),
                None => {}
            }
            self.inner.set(key, value)
        }
        fn remove(&self, key: &str) -> Result<(), StoreError> {
            match (self.stuck, self.left.get()) {
                (true, Some(0)) => Err(StoreError::Full),
                _ => self.inner.remove(key),
            }
        }
        fn keys(&self) -> Vec<String> {
            self.inner.keys()
        }
    }

    fn device(texts: &[(&str, &str)]) -> Filling {
        let inner = MemoryBackend::default();
        for (key, text) in texts {
            inner.set(key, text).unwrap();
        }
        Filling {
            first: private_texts(&inner),
            inner,
            left: std::cell::Cell::new(None),
            stuck: false,
        }
    }

    fn words(words: &[(&str, &str)]) -> BTreeMap<String, String> {
        words
            .iter()
            .map(|(key, text)| (key.to_string(), text.to_string()))
            .collect()
    }

    #[test]
    fn every_private_text_is_written_anew_and_one_that_cannot_open_is_moved_aside() {
        let storage = device(&[
            (DOCUMENT_KEY, "sealed notes"),
            (DRAFTS_KEY, "sealed drafts, another key"),
            ("alongside.aside.notes.1", "sealed copy, damaged"),
            ("alongside.look", "not private"),
        ]);
        let relock = Relock::begin(&storage);
        assert_eq!(relock.stored().len(), 3);
        let written = words(&[(DOCUMENT_KEY, "notes")]);
        let closed = [DRAFTS_KEY.to_owned(), "alongside.aside.notes.1".to_owned()];
        let moved = relock.commit(&storage, &closed, &written, "T").unwrap();
        assert_eq!(moved, ["alongside.aside.drafts.T"]);
        assert_eq!(storage.get_lossy(DOCUMENT_KEY).as_deref(), Some("notes"));
        assert_eq!(storage.get_lossy(DRAFTS_KEY), None, "never left to meet");
        assert_eq!(
            storage.get_lossy("alongside.aside.drafts.T").as_deref(),
            Some("sealed drafts, another key")
        );
        assert_eq!(
            storage.get_lossy("alongside.aside.notes.1").as_deref(),
            Some("sealed copy, damaged")
        );
    }

    #[test]
    fn nothing_is_written_over_another_tabs_save() {
        let storage = device(&[(DOCUMENT_KEY, "sealed")]);
        let relock = Relock::begin(&storage);
        storage.set(DRAFTS_KEY, "another tab's draft").unwrap();
        let written = words(&[(DOCUMENT_KEY, "notes")]);
        assert_eq!(
            relock.commit(&storage, &[], &written, "T"),
            Err(Unchanged::Again)
        );
        assert_eq!(storage.get_lossy(DOCUMENT_KEY).as_deref(), Some("sealed"));
    }

    #[test]
    fn a_failed_write_puts_back_everything_or_says_it_could_not() {
        let texts = [(DOCUMENT_KEY, "old notes"), (DRAFTS_KEY, "old drafts")];
        let changes = [
            (DOCUMENT_KEY.to_owned(), Some("new notes".to_owned())),
            (DRAFTS_KEY.to_owned(), Some("new drafts".to_owned())),
            ("alongside.parts".to_owned(), None),
        ];
        for allowed in 0..2 {
            let storage = device(&texts);
            storage.left.set(Some(allowed));
            let result = write_all_or_none(&storage, &changes);
            assert!(matches!(result, Err(Unchanged::Failed(_))), "{allowed}");
            assert_eq!(private_texts(&storage), private_texts(&device(&texts)));
        }
        // The document is written last: a failure leaves it as it was.
        let storage = device(&texts);
        storage.left.set(Some(1));
        let stuck = Filling {
            stuck: true,
            ..storage
        };
        stuck.inner.set("alongside.parts", "pieces").unwrap();
        let result = write_all_or_none(&stuck, &changes);
        assert!(matches!(
            result,
            Err(Unchanged::Failed(_) | Unchanged::Mixed(_))
        ));
        assert_eq!(stuck.get_lossy(DOCUMENT_KEY).as_deref(), Some("old notes"));
        let storage = device(&texts);
        assert_eq!(write_all_or_none(&storage, &changes), Ok(()));
        assert_eq!(
            storage.get_lossy(DOCUMENT_KEY).as_deref(),
            Some("new notes")
        );
    }
}
