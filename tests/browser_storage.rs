//! The storage layer against real browser storage, in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test browser_storage`).
#![cfg(target_arch = "wasm32")]

use alongside::core::document::{Document, Statement};
use alongside::core::envelope::SCHEMA;
use alongside::core::store::{Backend, Opening, Store, StoreError, DOCUMENT_KEY, PREFIX};
use alongside::web::storage::{open_backend, BrowserStorage, Keeping};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-22T10:00:00.000Z";

fn local() -> BrowserStorage {
    BrowserStorage::local().expect("localStorage is available in the test browser")
}

/// Every test starts from empty storage of both kinds.
fn clear() {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    window.session_storage().unwrap().unwrap().clear().unwrap();
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

#[wasm_bindgen_test]
fn saves_to_local_storage_and_opens_again() {
    clear();
    let (mut store, _, opening) = Store::open(local(), NOW);
    assert_eq!(opening, Opening::Fresh);
    let doc = one_statement("I am asked before, not after. 🌱 مرحبا");
    store.save(&doc, NOW).unwrap();
    let raw = local().get(DOCUMENT_KEY).unwrap().unwrap();
    assert!(raw.starts_with(&format!(
        r#"{{"format":"alongside","schema":{SCHEMA},"rev":1"#
    )));
    let (_, reopened, opening) = Store::open(local(), NOW);
    assert_eq!((reopened, opening), (doc, Opening::Loaded));
}

/// The stored value as the browser holds it, compared in JavaScript (not through a `String`).
fn holds_exactly(key: &str, value: &js_sys::JsString) -> bool {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let get = js_sys::Reflect::get(&storage, &"getItem".into()).unwrap();
    let get: js_sys::Function = wasm_bindgen::JsCast::dyn_into(get).unwrap();
    get.call1(&storage, &key.into()).unwrap() == ***value
}

#[wasm_bindgen_test]
fn text_with_a_lone_surrogate_is_copied_aside_exactly_never_through_a_string() {
    clear();
    // "half \uD83D pair": a lone high surrogate, which a Rust `String` cannot hold.
    let units: Vec<u16> = "{\"format\":\"alongside\",\"schema\":3,\"data\":{\"statements\":[{\"id\":\"a\",\"text\":\"half "
        .encode_utf16()
        .chain([0xD83D])
        .chain(" pair\"}]}}".encode_utf16())
        .collect();
    let odd = js_sys::JsString::from_char_code(&units);
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let set = js_sys::Reflect::get(&storage, &"setItem".into()).unwrap();
    let set: js_sys::Function = wasm_bindgen::JsCast::dyn_into(set).unwrap();
    set.call2(&storage, &DOCUMENT_KEY.into(), &odd).unwrap();
    assert_eq!(local().get(DOCUMENT_KEY), Err(StoreError::Unreadable));
    let (_, doc, opening) = Store::open(local(), NOW);
    let Opening::KeptAside(key) = opening else {
        panic!("expected the text to be kept aside, got {opening:?}");
    };
    assert_eq!(doc, Document::default());
    assert!(
        holds_exactly(&key, &odd),
        "the copy is exactly what the browser held"
    );
    assert_eq!(local().get(DOCUMENT_KEY), Ok(None));
}

#[wasm_bindgen_test]
fn unreadable_local_data_is_kept_aside_byte_for_byte() {
    clear();
    let unreadable =
        "{\"format\":\"alongside\",\"schema\":1,\"data\":{\"statements\":[\u{0}\u{FFFD} 🙂";
    local().set(DOCUMENT_KEY, unreadable).unwrap();
    let (mut store, doc, opening) = Store::open(local(), NOW);
    let Opening::KeptAside(key) = opening else {
        panic!("expected the data to be kept aside, got {opening:?}");
    };
    assert_eq!(doc, Document::default());
    assert_eq!(local().get(&key).unwrap().as_deref(), Some(unreadable));
    store.save(&one_statement("a new start"), NOW).unwrap();
    assert_eq!(local().get(&key).unwrap().as_deref(), Some(unreadable));
}

#[wasm_bindgen_test]
fn a_full_device_is_reported_as_full_and_the_last_save_survives() {
    clear();
    let (mut store, _, _) = Store::open(local(), NOW);
    let saved = one_statement("saved before the device filled up");
    store.save(&saved, NOW).unwrap();
    // Fill the origin's quota (about 5 MB in Chromium) with another app's key.
    let filler = "x".repeat(512 * 1024);
    let mut i = 0;
    while local().set(&format!("filler.{i}"), &filler).is_ok() && i < 64 {
        i += 1;
    }
    let result = store.save(&one_statement(&"more words ".repeat(60_000)), NOW);
    for n in 0..=i {
        let _ = local().remove(&format!("filler.{n}"));
    }
    assert_eq!(result, Err(StoreError::Full));
    let (_, reopened, _) = Store::open(local(), NOW);
    assert_eq!(reopened, saved);
}

#[wasm_bindgen_test]
fn shared_devices_keep_notes_in_session_storage_only() {
    clear();
    let (backend, keeping) = open_backend(true);
    assert_eq!(keeping, Keeping::ThisVisit);
    let (mut store, _, _) = Store::open(backend, NOW);
    store
        .save(&one_statement("only for this visit"), NOW)
        .unwrap();
    let window = web_sys::window().unwrap();
    let local = window.local_storage().unwrap().unwrap();
    let session = window.session_storage().unwrap().unwrap();
    assert_eq!(local.length().unwrap(), 0);
    assert!(session.get_item(DOCUMENT_KEY).unwrap().is_some());
    store.remove_everything().unwrap();
    assert_eq!(session.length().unwrap(), 0);
}

#[wasm_bindgen_test]
fn blocked_storage_falls_back_to_memory() {
    clear();
    assert_eq!(open_backend(false).1, Keeping::Device);
    // Some kiosks and privacy settings make touching localStorage throw.
    js_sys::eval(
        "window.realLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
         get() { throw new DOMException('blocked', 'SecurityError'); } })",
    )
    .unwrap();
    let (backend, keeping) = open_backend(false);
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.realLocalStorage)").unwrap();
    assert_eq!(keeping, Keeping::ThisPage);
    let (mut store, _, _) = Store::open(backend, NOW);
    assert_eq!(
        store
            .save(&one_statement("kept in memory"), NOW)
            .map(|_| ()),
        Ok(())
    );
    assert!(local().keys().iter().all(|key| !key.starts_with(PREFIX)));
}

#[wasm_bindgen_test]
fn a_crash_shows_a_calm_page_and_tries_one_last_save() {
    use alongside::core::messages::Lang;
    use std::cell::Cell;
    use std::rc::Rc;

    // The page itself is the test runner's, so check the crash page's text, not the body.
    let page = alongside::web::crash_page(Lang::En, true);
    assert!(page.contains("Something went wrong."));
    assert!(page.contains("Your notes are safe on this device. Reload to carry on."));
    // Locked notes' last words may still be sealing when the app stops: said so.
    let page = alongside::web::crash_page(Lang::En, false);
    assert!(page.contains("the last words you typed may not have been kept"));
    let saved = Rc::new(Cell::new(false));
    let flag = saved.clone();
    alongside::web::on_crash(move || {
        flag.set(true);
        false
    });
    assert!(!alongside::web::try_last_save(), "not surely saved");
    assert!(saved.get(), "the last save was tried");
}
