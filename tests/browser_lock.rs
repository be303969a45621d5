//! The passphrase lock against the browser's real WebCrypto and localStorage, in headless
//! Chromium (`cargo test --target wasm32-unknown-unknown --test browser_lock`).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use alongside::core::document::{Document, Statement};
use alongside::core::envelope::{self, Read};
use alongside::core::lock;
use alongside::core::store::{Backend, Landing, Opening, SealedWrites, Store, DOCUMENT_KEY};
use alongside::web::crypto;
use alongside::web::sealed::{Sealer, Told};
use alongside::web::storage::BrowserStorage;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-12-02T10:00:00.000Z";
const PASSPHRASE: &str = "blue kettle sings";

fn local() -> BrowserStorage {
    BrowserStorage::local().expect("localStorage is available in the test browser")
}

fn one_statement(text: &str) -> Document {
    Document {
        statements: vec![Statement {
            id: "a".into(),
            text: text.into(),
            ..Statement::default()
        }],
        ..Document::default()
    }
}

async fn sealed_with(passphrase: &str, plain: &str) -> String {
    let key = crypto::new_key(passphrase).await.expect("a key");
    crypto::seal(&key, plain, false).await.expect("sealed")
}

fn read(text: &str) -> lock::Sealed {
    lock::read(text).expect("sealed text").expect("readable")
}

#[wasm_bindgen_test]
async fn seals_and_opens_with_the_passphrase_only() {
    let plain = envelope::write(&one_statement("Tea with Jo on Fridays."), 1, NOW).unwrap();
    let text = sealed_with(PASSPHRASE, &plain).await;
    assert!(!text.contains("Jo"), "{text}");
    let sealed = read(&text);
    assert_eq!(sealed.iterations, 600_000);
    let opened = crypto::unlock(PASSPHRASE, &sealed).await.expect("opens");
    assert_eq!(opened.plain.as_deref(), Some(plain.as_str()));
    assert!(!opened.as_typed);
    assert!(crypto::unlock("blue kettle sang", &sealed).await.is_none());
    // Two seals of the same words differ (a fresh IV each time).
    let key = crypto::unlock(PASSPHRASE, &sealed).await.unwrap().key;
    let again = crypto::seal(&key, &plain, true).await.unwrap();
    assert_ne!(read(&again).iv, sealed.iv);
    assert_ne!(read(&again).data, sealed.data);
}

#[wasm_bindgen_test]
async fn tampered_words_are_refused_but_told_apart_from_a_wrong_passphrase() {
    let text = sealed_with(PASSPHRASE, "Words to keep.").await;
    let mut sealed = read(&text);
    sealed.data[3] ^= 1;
    // The right passphrase, damaged words: opened as nothing, so they can be kept aside.
    let opened = crypto::unlock(PASSPHRASE, &sealed)
        .await
        .expect("right passphrase");
    assert_eq!(opened.plain, None);
    let mut sealed = read(&text);
    sealed.check[20] ^= 1;
    assert!(crypto::unlock(PASSPHRASE, &sealed).await.is_none());
}

#[wasm_bindgen_test]
async fn older_schemas_are_migrated_after_opening() {
    let schema_2 = include_str!("fixtures/stored/schema-2.json");
    let text = sealed_with(PASSPHRASE, schema_2).await;
    let opened = crypto::unlock(PASSPHRASE, &read(&text)).await.unwrap();
    let opened = opened.plain.unwrap();
    assert_eq!(opened, schema_2);
    assert!(matches!(envelope::read(&opened), Read::Current { .. }));
    assert_eq!(envelope::read(&opened), envelope::read(schema_2));
}

#[wasm_bindgen_test]
async fn the_locked_fixture_opens_to_the_schema_4_fixture() {
    let locked = include_str!("fixtures/stored/locked-schema-4.json").trim();
    let opened = crypto::unlock("fixture passphrase", &read(locked))
        .await
        .expect("the fixture's passphrase opens it")
        .plain;
    let plain = include_str!("fixtures/stored/schema-4.json").trim();
    let doc = |text: &str| match envelope::read(text) {
        Read::Current { doc, .. } => doc,
        other => panic!("expected Current, got {other:?}"),
    };
    assert_eq!(doc(&opened.unwrap()), doc(plain));
}

#[wasm_bindgen_test]
async fn the_store_writes_only_sealed_text_and_says_saved_once_it_has_landed() {
    let storage = local();
    for key in storage.keys() {
        storage.remove(&key).unwrap();
    }
    let key = crypto::new_key(PASSPHRASE).await.unwrap();
    let later = Rc::new(SealedWrites::new(local(), Vec::new(), Vec::new()));
    let sealer = Sealer {
        later: later.clone(),
        key,
    };
    let (mut store, _, opening) = Store::open(later.clone(), NOW);
    assert_eq!(opening, Opening::Fresh);
    let saved = store
        .save(&one_statement("Marmalade-Quokka-42"), NOW)
        .unwrap();
    assert!(saved.pending, "sealing answers later");
    assert_eq!(
        storage.get(DOCUMENT_KEY).unwrap(),
        None,
        "nothing landed yet"
    );
    let landings = Rc::new(std::cell::RefCell::new(Vec::new()));
    let heard = landings.clone();
    let told: Told =
        Rc::new(move |key: &str, landing| heard.borrow_mut().push((key.to_owned(), landing)));
    sealer.flush(&told);
    while later.busy() {
        alongside::web::sleep(10).await;
    }
    assert_eq!(
        *landings.borrow(),
        [(DOCUMENT_KEY.to_owned(), Landing::Landed)]
    );
    store.landed(DOCUMENT_KEY, Ok(()));
    assert!(!store.is_pending());
    let raw = storage.get(DOCUMENT_KEY).unwrap().unwrap();
    assert!(!raw.contains("Marmalade"), "{raw}");
    let opened = crypto::unlock(PASSPHRASE, &read(&raw)).await.unwrap();
    match envelope::read(&opened.plain.unwrap()) {
        Read::Current { doc, .. } => assert_eq!(doc.statements[0].text, "Marmalade-Quokka-42"),
        other => panic!("expected Current, got {other:?}"),
    }
    storage.remove(DOCUMENT_KEY).unwrap();
}

/// "café ŵ" typed with each accented letter as one character (NFC), or as a letter and an
/// accent (NFD): the same passphrase, whichever keyboard typed it.
const COMPOSED: &str = "caf\u{e9} \u{175}yn";
const DECOMPOSED: &str = "cafe\u{301} w\u{302}yn";

#[wasm_bindgen_test]
async fn a_passphrase_opens_the_notes_however_its_accents_were_typed() {
    assert_ne!(COMPOSED.as_bytes(), DECOMPOSED.as_bytes());
    for (set, typed) in [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)] {
        let text = sealed_with(set, "Accents").await;
        let opened = crypto::unlock(typed, &read(&text)).await.expect("opens");
        assert_eq!(opened.plain.as_deref(), Some("Accents"));
        assert!(!opened.as_typed);
    }
}

#[wasm_bindgen_test]
async fn notes_locked_before_passphrases_were_composed_still_open() {
    // As an earlier version made the key: from the bytes as typed, decomposed.
    let sealed = read(&sealed_with(COMPOSED, "x").await);
    let key = crypto::derive(DECOMPOSED, &sealed.salt, sealed.iterations)
        .await
        .unwrap();
    let text = crypto::seal(&key, "Locked long ago", false).await.unwrap();
    let opened = crypto::unlock(DECOMPOSED, &read(&text))
        .await
        .expect("opens as typed");
    assert_eq!(opened.plain.as_deref(), Some("Locked long ago"));
    assert!(opened.as_typed, "to be sealed again, composed");
}
