//! Sealing for a group (`core::group::seal`) with the browser's own WebCrypto: ECDH on
//! P-256 agrees a secret between a one-off key pair and the group's key, HKDF-SHA256 makes
//! it an AES-256-GCM key, and that seals the contribution. Nothing here is hand-made.
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::crypto::{bytes, object, subtle_do, to_vec, usages};
use crate::core::group::seal::{group_id, Invitation, Sealed, HKDF_INFO};

fn ecdh() -> JsValue {
    object(&[("name", "ECDH".into()), ("namedCurve", "P-256".into())]).into()
}

/// The AES-GCM key `private` and `public` agree on; `salt` is the one-off public key. (A
/// person's page agrees the same key to seal, in `scripts/group-seal.js`.)
async fn agreed(private: &JsValue, public: &JsValue, salt: &[u8]) -> Option<JsValue> {
    let ecdh = object(&[("name", "ECDH".into()), ("public", public.clone())]);
    let bits = subtle_do("deriveBits", &[&ecdh.into(), private, &256.into()]).await?;
    let raw = JsValue::from_str("raw");
    let derive = usages(&["deriveKey"]);
    let hkdf = subtle_do(
        "importKey",
        &[&raw, &bits, &"HKDF".into(), &false.into(), &derive],
    )
    .await?;
    let params = object(&[
        ("name", "HKDF".into()),
        ("hash", "SHA-256".into()),
        ("salt", bytes(salt)),
        ("info", bytes(HKDF_INFO)),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let both = usages(&["encrypt", "decrypt"]);
    subtle_do(
        "deriveKey",
        &[&params.into(), &hkdf, &aes.into(), &false.into(), &both],
    )
    .await
}

/// An ECDH key from its bytes (`raw` public, or `pkcs8` private).
async fn import(format: &str, data: &[u8], usage: &[&str]) -> Option<JsValue> {
    let args = [
        &format.into(),
        &bytes(data),
        &ecdh(),
        &false.into(),
        &usages(usage),
    ];
    subtle_do("importKey", &args).await
}

/// A new key pair: the public key (raw), the private key (PKCS #8), and the private key.
async fn key_pair() -> Option<(Vec<u8>, Vec<u8>, JsValue)> {
    let derive = usages(&["deriveBits"]);
    let pair = subtle_do("generateKey", &[&ecdh(), &true.into(), &derive]).await?;
    let public = Reflect::get(&pair, &"publicKey".into()).ok()?;
    let private = Reflect::get(&pair, &"privateKey".into()).ok()?;
    let raw = subtle_do("exportKey", &[&"raw".into(), &public]).await?;
    let pkcs8 = subtle_do("exportKey", &[&"pkcs8".into(), &private]).await?;
    Some((to_vec(raw), to_vec(pkcs8), private))
}

/// `plain` sealed for the group `invitation` names, as the text to give: only that group's
/// page can open it. The page's own script seals (`scripts/group-seal.js`: the same calls
/// written here would cost a person's first visit several times the bytes).
pub async fn seal_for(invitation: &Invitation, plain: &[u8]) -> Option<String> {
    let window = super::window()?;
    let seal = Reflect::get(&window, &JsValue::from_str("alongsideSeal")).ok()?;
    let seal = seal.dyn_into::<js_sys::Function>().ok()?;
    let sealing = seal
        .call2(&window, &bytes(&invitation.key), &bytes(plain))
        .ok()?;
    let sealed = JsFuture::from(sealing.dyn_into::<js_sys::Promise>().ok()?)
        .await
        .ok()?;
    let part = |at: u32| Reflect::get_u32(&sealed, at).ok().map(to_vec);
    let sealed = Sealed {
        group: invitation.id(),
        key: part(0)?,
        iv: part(1)?,
        data: part(2)?,
    };
    Some(sealed.to_text())
}

/// A group's key pair, open on its facilitator's page.
#[derive(Clone)]
pub struct GroupKey {
    pub invitation: Invitation,
    private: JsValue,
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
    let opened = subtle_do("decrypt", &[&gcm.into(), &aes, &bytes(&sealed.data)]).await?;
    Some(to_vec(opened))
}
