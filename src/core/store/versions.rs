//! The versions a tab has seen: where its next version comes from, and the version to merge
//! another tab's save against.
use super::{Backend, Document, Store, KNOWN_VERSIONS};
use crate::core::envelope::{Lineage, LINEAGE_DEPTH};

impl<B: Backend> Store<B> {
    /// The stored version to merge against: the nearest one named in `lineage` that this
    /// tab has built on. Without one, nothing: merging from an empty start keeps every word
    /// of both (a deletion may come back, but nothing is lost).
    pub(super) fn ancestor(&self, lineage: Option<&Lineage>, rev: u64) -> Document {
        let named = lineage.and_then(|lineage| {
            std::iter::once(&lineage.id)
                .chain(&lineage.from)
                .find_map(|id| self.known.iter().find(|(known, _)| known == id))
        });
        match (named, lineage) {
            (Some((_, doc)), _) => doc.clone(),
            // An older build keeps no lineage: one revision on from ours was saved on top of ours.
            (None, None) if rev == self.rev + 1 => self.base.clone(),
            (None, _) => Document::default(),
        }
    }

    /// Where this tab's next version comes from: the stored version it writes over (if it
    /// merged one), its own base, and their ancestors.
    pub(super) fn next_lineage(&self, theirs: Option<&Lineage>) -> Lineage {
        let mut from: Vec<String> = Vec::with_capacity(LINEAGE_DEPTH);
        let mut add = |id: &String| {
            if from.len() < LINEAGE_DEPTH && !from.contains(id) {
                from.push(id.clone());
            }
        };
        theirs.into_iter().for_each(|t| add(&t.id));
        self.version.iter().for_each(&mut add);
        theirs.into_iter().flat_map(|t| &t.from).for_each(&mut add);
        self.known.iter().for_each(|(id, _)| add(id));
        Lineage {
            id: format!("{}.{}", self.tab, self.writes + 1),
            from,
        }
    }

    /// Moves this tab on to a stored version.
    pub(super) fn adopt(&mut self, doc: Document, rev: u64, lineage: Option<Lineage>, raw: String) {
        if let Some(lineage) = &lineage {
            self.remember(lineage.id.clone(), doc.clone());
        }
        self.version = lineage.map(|lineage| lineage.id);
        self.base = doc;
        self.rev = rev;
        self.seen = Some(raw);
    }

    pub(super) fn remember(&mut self, id: String, doc: Document) {
        self.known.retain(|(known, _)| *known != id);
        self.known.insert(0, (id, doc));
        self.known.truncate(KNOWN_VERSIONS);
    }

    pub(super) fn forget(&mut self) {
        self.seen = None;
        self.base = Document::default();
        self.rev = 0;
        self.version = None;
        self.known.clear();
        self.kept.clear();
    }
}
