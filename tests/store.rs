//! The storage rules, against the in-memory backend: load before write, never overwrite
//! what cannot be read, never downgrade a newer save, and merge rather than clobber.
#![cfg(not(target_arch = "wasm32"))]

use alongside::core::document::{Document, Statement};
use alongside::core::envelope;
use alongside::core::store::{
    Backend, MemoryBackend, Opening, Store, StoreError, ASIDE_PREFIX, DOCUMENT_KEY,
};

const NOW: &str = "2026-11-22T10:00:00.000Z";

fn said(id: &str, text: &str) -> Statement {
    Statement {
        id: id.into(),
        text: text.into(),
        ..Statement::default()
    }
}

fn with(statements: &[Statement]) -> Document {
    Document {
        statements: statements.to_vec(),
        ..Document::default()
    }
}

/// Two tabs share one device's storage; `Rc` lets both stores see the same backend.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<MemoryBackend>);

impl Backend for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.0.remove(key)
    }
    fn keys(&self) -> Vec<String> {
        self.0.keys()
    }
}

#[test]
fn a_fresh_device_opens_empty_and_writes_nothing() {
    let backend = Shared::default();
    let (_store, doc, opening) = Store::open(backend.clone(), NOW);
    assert_eq!((doc, opening), (Document::default(), Opening::Fresh));
    assert!(backend.keys().is_empty());
}

#[test]
fn saves_and_opens_again() {
    let backend = Shared::default();
    let (mut store, _, _) = Store::open(backend.clone(), NOW);
    let doc = with(&[said("a", "I am listened to.")]);
    store.save(&doc, NOW).unwrap();
    let (_, reopened, opening) = Store::open(backend, NOW);
    assert_eq!((reopened, opening), (doc, Opening::Loaded));
}

#[test]
fn unreadable_data_is_moved_aside_byte_for_byte_and_never_overwritten() {
    let backend = Shared::default();
    let garbage = "{\"format\":\"alongside\",\"schema\":1,\"data\":{\"statements\":[{\"id\":1}";
    backend.set(DOCUMENT_KEY, garbage).unwrap();
    let (mut store, doc, opening) = Store::open(backend.clone(), NOW);
    let Opening::KeptAside(key) = opening else {
        panic!("expected the data to be kept aside, got {opening:?}");
    };
    assert!(key.starts_with(ASIDE_PREFIX));
    assert_eq!(backend.get(&key).unwrap().as_deref(), Some(garbage));
    assert_eq!(doc, Document::default());
    // Saving afterwards leaves the kept copy alone.
    store.save(&with(&[said("a", "new start")]), NOW).unwrap();
    assert_eq!(backend.get(&key).unwrap().as_deref(), Some(garbage));
    assert_eq!(store.asides(), vec![key]);
}

#[test]
fn unreadable_data_that_cannot_be_moved_makes_the_store_read_only() {
    let backend = Shared(std::rc::Rc::new(MemoryBackend::with_capacity(60)));
    let garbage = "not json at all, and long enough to fill the tiny device";
    backend.set(DOCUMENT_KEY, garbage).unwrap();
    let (mut store, _, opening) = Store::open(backend.clone(), NOW);
    assert_eq!(opening, Opening::Stuck);
    assert_eq!(
        store.save(&with(&[said("a", "x")]), NOW),
        Err(StoreError::ReadOnly)
    );
    assert_eq!(backend.get(DOCUMENT_KEY).unwrap().as_deref(), Some(garbage));
}

#[test]
fn a_newer_version_is_shown_but_never_written_over() {
    let backend = Shared::default();
    let newer = r#"{"format":"alongside","schema":99,"rev":5,"data":{"statements":[{"id":"a","text":"from the future"}]}}"#;
    backend.set(DOCUMENT_KEY, newer).unwrap();
    let (mut store, doc, opening) = Store::open(backend.clone(), NOW);
    assert_eq!(opening, Opening::Newer);
    assert_eq!(doc.statements[0].text, "from the future");
    assert!(store.is_read_only());
    assert_eq!(
        store.save(&Document::default(), NOW),
        Err(StoreError::ReadOnly)
    );
    assert_eq!(backend.get(DOCUMENT_KEY).unwrap().as_deref(), Some(newer));
}

#[test]
fn a_full_device_says_so_and_keeps_what_was_stored() {
    let backend = Shared(std::rc::Rc::new(MemoryBackend::with_capacity(400)));
    let (mut store, _, _) = Store::open(backend.clone(), NOW);
    let small = with(&[said("a", "short")]);
    store.save(&small, NOW).unwrap();
    let big = with(&[said("a", &"long words ".repeat(100))]);
    assert_eq!(store.save(&big, NOW), Err(StoreError::Full));
    assert!(
        store.has_unsaved(&big),
        "the unsaved words are still waiting to be saved"
    );
    let (_, reopened, _) = Store::open(backend, NOW);
    assert_eq!(reopened, small);
}

#[test]
fn two_tabs_adding_different_statements_both_keep_them() {
    let backend = Shared::default();
    let (mut first, _, _) = Store::open(backend.clone(), NOW);
    let (mut second, _, _) = Store::open(backend.clone(), NOW);
    first
        .save(&with(&[said("a", "from the first tab")]), NOW)
        .unwrap();
    // The second tab has not heard of the first one's save: it must merge, not overwrite.
    let saved = second
        .save(&with(&[said("b", "from the second tab")]), NOW)
        .unwrap();
    let both = with(&[
        said("b", "from the second tab"),
        said("a", "from the first tab"),
    ]);
    assert_eq!(saved.merged, Some(both.clone()));
    let (_, reopened, _) = Store::open(backend, NOW);
    assert_eq!(reopened, both);
}

#[test]
fn a_stale_tab_never_overwrites_a_newer_save_of_the_same_words() {
    let backend = Shared::default();
    let (mut first, _, _) = Store::open(backend.clone(), NOW);
    let start = with(&[said("a", "start")]);
    first.save(&start, NOW).unwrap();
    let (mut second, _, _) = Store::open(backend.clone(), NOW);
    first
        .save(&with(&[said("a", "first tab's words")]), NOW)
        .unwrap();
    let saved = second
        .save(&with(&[said("a", "second tab's words")]), NOW)
        .unwrap();
    // This tab's words win; the other tab's are kept aside, not lost.
    assert_eq!(saved.asides.len(), 1);
    let aside = backend.get(&saved.asides[0]).unwrap().unwrap();
    let envelope::Read::Current { doc, .. } = envelope::read(&aside) else {
        panic!("the kept-aside copy should be readable");
    };
    assert_eq!(doc.statements[0].text, "first tab's words");
}

#[test]
fn absorbing_another_tabs_save_keeps_this_tabs_unsaved_words() {
    let backend = Shared::default();
    let (mut first, _, _) = Store::open(backend.clone(), NOW);
    let (mut second, _, _) = Store::open(backend.clone(), NOW);
    first
        .save(&with(&[said("a", "saved in the first tab")]), NOW)
        .unwrap();
    let typing = with(&[said("b", "still typing here")]);
    let absorbed = second.absorb(&typing, NOW).expect("there is news");
    let merged = absorbed.merged.unwrap();
    assert_eq!(
        merged,
        with(&[
            said("b", "still typing here"),
            said("a", "saved in the first tab")
        ])
    );
    assert!(second.has_unsaved(&merged));
    assert!(
        second.absorb(&merged, NOW).is_none(),
        "nothing new the second time"
    );
}

#[test]
fn removing_everything_leaves_no_key_and_other_tabs_follow() {
    let backend = Shared::default();
    backend.set("someone.else", "not ours").unwrap();
    let (mut first, _, _) = Store::open(backend.clone(), NOW);
    first.save(&with(&[said("a", "x")]), NOW).unwrap();
    let (mut second, _, _) = Store::open(backend.clone(), NOW);
    first.remove_everything().unwrap();
    assert_eq!(backend.keys(), vec!["someone.else".to_string()]);
    let followed = second.absorb(&with(&[said("a", "x")]), NOW).unwrap();
    assert!(followed.removed_elsewhere);
    assert_eq!(followed.merged, Some(Document::default()));
}

#[test]
fn drafts_are_kept_and_written_only_when_they_change() {
    let backend = Shared::default();
    let (mut store, _, _) = Store::open(backend.clone(), NOW);
    let mut drafts = alongside::core::store::Drafts::new();
    drafts.insert("statement.words".into(), "Half a thought".into());
    store.save_drafts(&drafts).unwrap();
    backend.remove(alongside::core::store::DRAFTS_KEY).unwrap();
    // Unchanged: not written again.
    store.save_drafts(&drafts).unwrap();
    assert_eq!(
        backend.get(alongside::core::store::DRAFTS_KEY).unwrap(),
        None
    );
    drafts.insert("moment.note".into(), "Listened".into());
    store.save_drafts(&drafts).unwrap();
    let (mut reopened, _, _) = Store::open(backend, NOW);
    assert_eq!(reopened.drafts(NOW), drafts);
}
