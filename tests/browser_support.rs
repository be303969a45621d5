//! A supporter's copy sealed with its share phrase against the browser's real WebCrypto, in
//! headless Chromium (`cargo test --target wasm32-unknown-unknown --test browser_support`).
#![cfg(target_arch = "wasm32")]

use alongside::core::copy::CopyPart;
use alongside::core::document::Document;
use alongside::core::lock::{self, MAX_ITERATIONS};
use alongside::core::plan::{Field, Section};
use alongside::core::support::{self, PHRASE_ITERATIONS};
use alongside::web::crypto;
use alongside::web::support::{new_phrase, open, seal, Refused};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn copy() -> support::SupportCopy {
    let mut doc = Document::default();
    doc.plan
        .set_note(Field::CrisisWant, "Sit with me, quietly.".into(), 1);
    support::make(&doc, &[CopyPart::Plan(Section::Crisis)], "s1", 10)
}

async fn sealed(phrase: &str) -> String {
    seal(&copy(), phrase).await.expect("sealed")
}

fn parts(text: &str) -> lock::Sealed {
    support::read_sealed(text)
        .expect("a sealed copy")
        .expect("readable")
}

#[wasm_bindgen_test]
async fn a_copy_opens_with_its_phrase_however_it_is_typed_and_with_no_other() {
    let phrase = new_phrase().expect("a phrase");
    assert_eq!(phrase.split(' ').count(), support::PHRASE_WORDS);
    let text = sealed(&phrase).await;
    assert_eq!(parts(&text).iterations, PHRASE_ITERATIONS);
    assert!(!text.contains("Sit with me"));
    assert_eq!(open(&text, &phrase).await, Ok(copy()));
    let typed = format!("  {}, ", phrase.to_uppercase().replace(' ', " - "));
    assert_eq!(open(&text, &typed).await, Ok(copy()));
    assert_eq!(
        open(&text, "acorn apple wool zebra").await,
        Err(Refused::WrongPhrase)
    );
}

#[wasm_bindgen_test]
async fn a_tampered_copy_is_refused() {
    let phrase = "kettle otter plum sail";
    let text = sealed(phrase).await;
    let mut damaged = parts(&text);
    damaged.data[5] ^= 1;
    let damaged = support::write_sealed(&damaged);
    assert_eq!(open(&damaged, phrase).await, Err(Refused::Damaged));
    let mut check = parts(&text);
    check.check[20] ^= 1;
    let check = support::write_sealed(&check);
    assert_eq!(open(&check, phrase).await, Err(Refused::WrongPhrase));
}

#[wasm_bindgen_test]
async fn a_newer_copy_a_huge_round_count_and_sealed_notes_are_refused_before_any_work() {
    let phrase = "kettle otter plum sail";
    let text = sealed(phrase).await;
    let newer = text.replace(r#""schema":1"#, r#""schema":2"#);
    assert_eq!(open(&newer, phrase).await, Err(Refused::Newer));
    let mut slow = parts(&text);
    slow.iterations = MAX_ITERATIONS + 1;
    let slow = support::write_sealed(&slow);
    assert_eq!(open(&slow, phrase).await, Err(Refused::TooSlow));
    let key = crypto::new_key(phrase).await.expect("a key");
    let notes = crypto::seal(&key, "{}", false).await.expect("sealed notes");
    assert_eq!(open(&notes, phrase).await, Err(Refused::NotSealed));
}
