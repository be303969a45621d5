//! Sealing for a group against the browser's real WebCrypto (ECDH P-256, HKDF, AES-GCM), in
//! headless Chromium (`cargo test --target wasm32-unknown-unknown --test browser_group`).
#![cfg(target_arch = "wasm32")]

use alongside::core::group::key::{self, Kept};
use alongside::core::group::seal::{Invitation, Sealed};
use alongside::core::group::Refused;
use alongside::core::pack::{from_text, to_text};
use alongside::web::{crypto, group_crypto};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PLAIN: &str = r#"{"format":"alongside-group","version":1,"receipt":"K7Q2M9XD","moments":[{"service":"Quiet room","month":"2026-03","experienced":"consultation"}]}"#;

/// The page's own sealing script, as a person's page has it.
fn with_the_pages_sealing() {
    let _ = js_sys::eval(include_str!("../scripts/group-seal.js"));
}

fn read(text: &str) -> Sealed {
    Sealed::read(text.as_bytes())
        .expect("sealed text")
        .expect("readable")
}

#[wasm_bindgen_test]
async fn only_the_groups_own_key_opens_what_was_sealed_for_it() {
    with_the_pages_sealing();
    let (group, _) = group_crypto::new_group("Riverside forum")
        .await
        .expect("a group");
    let (other, _) = group_crypto::new_group("Another forum")
        .await
        .expect("a group");
    let text = group_crypto::seal_for(&group.invitation, PLAIN.as_bytes())
        .await
        .expect("sealed");
    // Nothing readable in it, and never the same twice.
    assert!(!text.contains("Quiet") && !text.contains("consultation"));
    let again = group_crypto::seal_for(&group.invitation, PLAIN.as_bytes()).await;
    assert_ne!(again.as_deref(), Some(text.as_str()));
    let sealed = read(&text);
    assert_eq!(sealed.group, group.invitation.id());
    let opened = group_crypto::open_sealed(&group, &sealed).await;
    assert_eq!(opened.as_deref(), Some(PLAIN.as_bytes()));
    // Another group's key: not for it, even when the name is forged to match.
    assert_eq!(group_crypto::open_sealed(&other, &sealed).await, None);
    let forged = Sealed {
        group: other.invitation.id(),
        ..sealed.clone()
    };
    assert_eq!(group_crypto::open_sealed(&other, &forged).await, None);
    // Changed by one byte, or cut short: refused.
    let mut tampered = sealed.clone();
    tampered.data[3] ^= 1;
    assert_eq!(group_crypto::open_sealed(&group, &tampered).await, None);
    assert_eq!(
        Sealed::read(&text.as_bytes()[..text.len() - 20]),
        None,
        "not JSON any more"
    );
    let short = text.replace(
        &to_text(&sealed.data),
        &to_text(&sealed.data[..sealed.data.len() / 2]),
    );
    let short = group_crypto::open_sealed(&group, &read(&short)).await;
    assert_eq!(short, None);
    assert_eq!(
        Sealed::read(text.replace("\"version\":1", "\"version\":7").as_bytes()),
        Some(Err(Refused::Newer))
    );
}

#[wasm_bindgen_test]
async fn a_key_file_opens_the_group_again_with_its_passphrase_only() {
    with_the_pages_sealing();
    let (group, private) = group_crypto::new_group("Riverside forum")
        .await
        .expect("a group");
    let lock = crypto::new_key("river otter lantern").await.expect("a key");
    let sealed = crypto::seal(&lock, &to_text(&private), false)
        .await
        .expect("sealed");
    let file = key::write_file(&group.invitation, &sealed);
    let Ok(Kept::Sealed(invitation, sealed)) = key::read(&file) else {
        panic!("a key file");
    };
    assert_eq!(invitation, group.invitation);
    assert!(crypto::unlock("wrong words", &sealed).await.is_none());
    let opened = crypto::unlock("river otter lantern", &sealed)
        .await
        .and_then(|o| o.plain)
        .and_then(|plain| from_text(&plain))
        .expect("the private key");
    let again = group_crypto::open_group(invitation.clone(), &opened)
        .await
        .expect("the group");
    let text = group_crypto::seal_for(&invitation, PLAIN.as_bytes())
        .await
        .expect("sealed");
    let opened = group_crypto::open_sealed(&again, &read(&text)).await;
    assert_eq!(opened.as_deref(), Some(PLAIN.as_bytes()));
    assert!(Invitation::read(&invitation.link("https://example.org/app/")).is_some());
}
