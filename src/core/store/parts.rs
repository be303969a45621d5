//! The parts of scanned codes a phone keeps until it has them all.
use super::{Backend, Store, StoreError};
use crate::core::lock;
use crate::core::transfer::{self, Gathered, Part, PARTS_KEY};

impl<B: Backend> Store<B> {
    /// The parts kept so far. An error if they cannot be read here (sealed with a
    /// passphrase not given, say): then they are never written over.
    fn kept_parts(&self) -> Result<Option<String>, StoreError> {
        match self.backend.get(PARTS_KEY)? {
            Some(text) if lock::is_sealed(&text) => Err(StoreError::Sealed),
            stored => Ok(stored),
        }
    }

    /// Keeps a scanned code's part with those kept before (see `transfer::gather`). An error
    /// means this part could not be kept, so the person is told to scan it again later.
    pub fn keep_part(&mut self, part: Part, now: i64) -> Result<Gathered, StoreError> {
        let stored = self.kept_parts()?;
        let (keep, gathered) = transfer::gather(stored.as_deref(), part, now);
        let written = match &keep {
            Some(text) => self.backend.set(PARTS_KEY, text),
            None => self.backend.remove(PARTS_KEY),
        };
        match (written, gathered) {
            (Err(error), Gathered::Waiting { .. }) => Err(error),
            (_, gathered) => Ok(gathered),
        }
    }

    /// Removes parts over a day old.
    pub fn tidy_parts(&mut self, now: i64) {
        let Ok(Some(stored)) = self.kept_parts() else {
            return;
        };
        let _ = match transfer::tidy(&stored, now) {
            Some(keep) if keep == stored => Ok(()),
            Some(keep) => self.backend.set(PARTS_KEY, &keep),
            None => self.backend.remove(PARTS_KEY),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::backend::MemoryBackend;
    use crate::core::document::{Document, Statement};
    use crate::core::transfer::{codes, read_part};

    #[test]
    fn parts_are_kept_between_scans_and_go_with_everything_else() {
        let mut doc = Document::default();
        // Words that differ, as repeated words squeeze to almost nothing.
        doc.statements.push(Statement {
            id: "s1".into(),
            text: (0..900).map(|i| format!("{i} ")).collect(),
            ..Statement::default()
        });
        let links = codes(&doc, "2026-12-01T10:00:00.000Z", "https://example.org/").unwrap();
        assert!(links.len() > 1);
        let part = |i: usize| {
            read_part(&links[i][links[i].find('#').unwrap()..])
                .unwrap()
                .unwrap()
        };
        let (mut store, _, _) = Store::open(MemoryBackend::default(), "2026-12-01T10:00:00Z");
        assert!(matches!(
            store.keep_part(part(0), 0),
            Ok(Gathered::Waiting { .. })
        ));
        store.tidy_parts(1);
        assert!(store.backend.get(PARTS_KEY).unwrap().is_some());
        store.remove_everything().unwrap();
        assert_eq!(store.backend.get(PARTS_KEY).unwrap(), None);
        store.keep_part(part(0), 0).unwrap();
        store.tidy_parts(25 * 60 * 60 * 1000);
        assert_eq!(store.backend.get(PARTS_KEY).unwrap(), None);
        for i in 0..links.len() {
            let gathered = store.keep_part(part(i), 0).unwrap();
            if i + 1 == links.len() {
                assert_eq!(gathered, Gathered::Complete(Box::new(Ok(doc.clone()))));
            }
        }
        assert_eq!(store.backend.get(PARTS_KEY).unwrap(), None);
    }
}
