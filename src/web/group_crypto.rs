//! Sealing for a group (`core::group::seal`) with the browser's own WebCrypto: ECDH on
//! P-256 agrees a secret between a one-off key pair and the group's key, HKDF-SHA256 makes
//! it an AES-256-GCM key, and that seals the contribution. Nothing here is hand-made.
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::CryptoKey;

use super::crypto::{bytes, call, object, random, subtle, to_vec, usages};
use crate::core::group::seal::{group_id, Invitation, Sealed, HKDF_INFO, IV_BYTES};

fn ecdh() -> js_sys::Object {
    object(&[("name", "ECDH".into()), ("namedCurve", "P-256".into())])
}

/// The AES-GCM key `private` and `public` agree on; `salt` is the one-off public key.
async fn agreed(private: &CryptoKey, public: &CryptoKey, salt: &[u8]) -> Option<CryptoKey> {
    let subtle = subtle()?;
    let ecdh = object(&[("name", "ECDH".into()), ("public", public.into())]);
    let bits = call(subtle.derive_bits_with_object(&ecdh, private, 256)).await?;
    let bits = Uint8Array::new(&bits);
    let hkdf =
        call(subtle.import_key_with_str("raw", &bits, "HKDF", false, &usages(&["deriveKey"])))
            .await?
            .dyn_into::<CryptoKey>()
            .ok()?;
    let params = object(&[
        ("name", "HKDF".into()),
        ("hash", "SHA-256".into()),
        ("salt", bytes(salt)),
        ("info", bytes(HKDF_INFO)),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    call(subtle.derive_key_with_object_and_object(
        &params,
        &hkdf,
        &aes,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?
    .dyn_into::<CryptoKey>()
    .ok()
}

async fn import(format: &str, data: &[u8], usage: &[&str]) -> Option<CryptoKey> {
    let data = Uint8Array::from(data);
    call(subtle()?.import_key_with_object(format, &data, &ecdh(), false, &usages(usage)))
        .await?
        .dyn_into::<CryptoKey>()
        .ok()
}

async fn export(format: &str, key: &JsValue) -> Option<Vec<u8>> {
    let key = key.clone().dyn_into::<CryptoKey>().ok()?;
    Some(to_vec(call(subtle()?.export_key(format, &key)).await?))
}

/// A new key pair: (public key, raw; private key, PKCS #8; the private key itself).
async fn key_pair() -> Option<(Vec<u8>, Vec<u8>, CryptoKey)> {
    let pair =
        call(subtle()?.generate_key_with_object(&ecdh(), true, &usages(&["deriveBits"]))).await?;
    let public = Reflect::get(&pair, &"publicKey".into()).ok()?;
    let private = Reflect::get(&pair, &"privateKey".into()).ok()?;
    Some((
        export("raw", &public).await?,
        export("pkcs8", &private).await?,
        private.dyn_into().ok()?,
    ))
}

/// `plain` sealed for the group `invitation` names, as the text to give: only that group's
/// page can open it.
pub async fn seal_for(invitation: &Invitation, plain: &[u8]) -> Option<String> {
    let (one_off, _, private) = key_pair().await?;
    let group = import("raw", &invitation.key, &[]).await?;
    let key = agreed(&private, &group, &one_off).await?;
    let iv = random(IV_BYTES)?;
    let gcm = object(&[("name", "AES-GCM".into()), ("iv", bytes(&iv))]);
    let data = to_vec(call(subtle()?.encrypt_with_object_and_u8_array(&gcm, &key, plain)).await?);
    Some(
        Sealed {
            group: invitation.id(),
            key: one_off,
            iv,
            data,
        }
        .to_text(),
    )
}

/// A group's key pair, open on its facilitator's page.
#[derive(Clone)]
pub struct GroupKey {
    pub invitation: Invitation,
    private: CryptoKey,
}

/// A new group called `name`: its key, and the private key (PKCS #8) for the page to keep.
pub async fn new_group(name: &str) -> Option<(GroupKey, Vec<u8>)> {
    let (public, pkcs8, private) = key_pair().await?;
    let invitation = Invitation::new(name, public)?;
    Some((
        GroupKey {
            invitation,
            private,
        },
        pkcs8,
    ))
}

/// The group's key from what the page kept (or a key file held).
pub async fn open_group(invitation: Invitation, pkcs8: &[u8]) -> Option<GroupKey> {
    let private = import("pkcs8", pkcs8, &["deriveBits"]).await?;
    Some(GroupKey {
        invitation,
        private,
    })
}

/// What `sealed` holds, if it was sealed for this group and not changed since.
pub async fn open_sealed(key: &GroupKey, sealed: &Sealed) -> Option<Vec<u8>> {
    if sealed.group != group_id(&key.invitation.key) {
        return None;
    }
    let one_off = import("raw", &sealed.key, &[]).await?;
    let aes = agreed(&key.private, &one_off, &sealed.key).await?;
    let gcm = object(&[("name", "AES-GCM".into()), ("iv", bytes(&sealed.iv))]);
    let opened = call(subtle()?.decrypt_with_object_and_u8_array(&gcm, &aes, &sealed.data));
    Some(to_vec(opened.await?))
}
