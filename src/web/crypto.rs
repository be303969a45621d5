//! The browser's own cryptography (WebCrypto): a key made from a passphrase with PBKDF2-SHA256,
//! and AES-256-GCM with a fresh random IV for every seal. Nothing here is hand-made: this
//! only passes bytes to `crypto.subtle` and back.
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::core::lock::{self, Sealed, IV_BYTES, SALT_BYTES};

/// A key made from a passphrase, with the salt and rounds it was made with. The key cannot
/// be read out of the browser (`extractable` is false), and nothing keeps the passphrase.
#[derive(Clone)]
pub struct Key {
    pub salt: Vec<u8>,
    pub iterations: u32,
    key: CryptoKey,
}

fn crypto() -> Option<web_sys::Crypto> {
    super::window()?.crypto().ok()
}

pub(super) fn subtle() -> Option<SubtleCrypto> {
    Some(crypto()?.subtle())
}

/// Whether this browser can lock notes (WebCrypto needs a secure page: https or localhost).
pub fn available() -> bool {
    super::window().is_some_and(|w| w.is_secure_context()) && subtle().is_some()
}

/// `n` bytes from the browser's secure random source.
pub fn random(n: usize) -> Option<Vec<u8>> {
    let mut bytes = vec![0; n];
    crypto()?.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// A plain JS object from name–value pairs: the algorithms' parameters.
pub(super) fn object(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

pub(super) fn bytes(data: &[u8]) -> JsValue {
    Uint8Array::from(data).into()
}

pub(super) async fn call(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// `crypto.subtle[method](...args)`, once it has answered: one way in for every call, so each
/// adds no code of its own to the app.
pub(super) async fn subtle_do(method: &str, args: &[&JsValue]) -> Option<JsValue> {
    let subtle = subtle()?;
    let call = Reflect::get(&subtle, &JsValue::from_str(method)).ok()?;
    let args: Array = args.iter().copied().collect();
    let promise = call
        .dyn_into::<js_sys::Function>()
        .ok()?
        .apply(&subtle, &args)
        .ok()?;
    JsFuture::from(promise.dyn_into::<js_sys::Promise>().ok()?)
        .await
        .ok()
}

/// What a key may be used for, as WebCrypto takes it.
pub(super) fn usages(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|n| JsValue::from_str(n))
        .collect::<Array>()
        .into()
}

/// Makes the key for `passphrase` with `salt` and `iterations` (slow on purpose).
pub async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Option<Key> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base =
        call(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages(&["deriveKey"])))
            .await?
            .dyn_into::<CryptoKey>()
            .ok()?;
    let pbkdf2 = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", bytes(salt)),
        ("iterations", iterations.into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = call(subtle.derive_key_with_object_and_object(
        &pbkdf2,
        &base,
        &aes,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?
    .dyn_into::<CryptoKey>()
    .ok()?;
    Some(Key {
        salt: salt.to_vec(),
        iterations,
        key,
    })
}

/// `passphrase` in Unicode's composed form (NFC), so "café" typed with é as one letter or
/// as e and an accent makes the same key, whichever keyboard typed it (Welsh ŵ and ŷ too).
/// The browser's own `normalize`: no tables sent with the app.
pub(super) fn composed(passphrase: &str) -> String {
    js_sys::JsString::from(passphrase).normalize("NFC").into()
}

/// A key for a new passphrase, with a new random salt.
pub async fn new_key(passphrase: &str) -> Option<Key> {
    derive(
        &composed(passphrase),
        &random(SALT_BYTES)?,
        lock::ITERATIONS,
    )
    .await
}

fn gcm(iv: &[u8]) -> Object {
    object(&[("name", "AES-GCM".into()), ("iv", bytes(iv))])
}

pub(super) fn to_vec(value: JsValue) -> Vec<u8> {
    Uint8Array::new(&value).to_vec()
}

async fn encrypt(key: &Key, bytes: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let iv = random(IV_BYTES)?;
    let sealed =
        call(subtle()?.encrypt_with_object_and_u8_array(&gcm(&iv), &key.key, bytes)).await?;
    Some((iv, to_vec(sealed)))
}

async fn decrypt(key: &Key, iv: &[u8], bytes: &[u8]) -> Option<Vec<u8>> {
    let opened = call(subtle()?.decrypt_with_object_and_u8_array(&gcm(iv), &key.key, bytes));
    Some(to_vec(opened.await?))
}

/// `plain` sealed with `key`, as the text to keep (`quick`: see `lock::pack`).
pub async fn seal(key: &Key, plain: &str, quick: bool) -> Option<String> {
    let (iv, data) = encrypt(key, &lock::pack(plain, quick)).await?;
    let (check_iv, check) = encrypt(key, lock::CHECK_WORD).await?;
    Some(lock::write(&Sealed {
        iterations: key.iterations,
        salt: key.salt.clone(),
        iv,
        data,
        check: [check_iv, check].concat(),
    }))
}

/// Whether `key` is the one `sealed` was sealed with (AES-GCM checks it).
async fn fits(key: &Key, sealed: &Sealed) -> bool {
    if key.salt != sealed.salt || key.iterations != sealed.iterations {
        return false;
    }
    let (iv, check) = sealed.check.split_at(IV_BYTES);
    decrypt(key, iv, check).await.as_deref() == Some(lock::CHECK_WORD)
}

/// The plain text inside `sealed`; `None` if `key` is not the one it was sealed with, or
/// it was changed since (AES-GCM checks both).
pub async fn open(key: &Key, sealed: &Sealed) -> Option<String> {
    if !fits(key, sealed).await {
        return None;
    }
    lock::unpack(&decrypt(key, &sealed.iv, &sealed.data).await?)
}

/// Notes opened with a passphrase.
pub struct Opened {
    pub key: Key,
    /// What the notes hold (`None`: the passphrase is right but the words were damaged).
    pub plain: Option<String>,
    /// Opened only with the passphrase exactly as typed (sealed before passphrases were
    /// composed): to seal again with the composed one.
    pub as_typed: bool,
}

/// Opens `sealed` with `passphrase`: `None` if it is not the passphrase. Composed first;
/// then as typed, for notes locked before passphrases were composed.
pub async fn unlock(passphrase: &str, sealed: &Sealed) -> Option<Opened> {
    let composed = composed(passphrase);
    let mut tries = vec![(composed.as_str(), false)];
    if composed != passphrase {
        tries.push((passphrase, true));
    }
    for (words, as_typed) in tries {
        let key = derive(words, &sealed.salt, sealed.iterations).await?;
        if fits(&key, sealed).await {
            let plain = async { lock::unpack(&decrypt(&key, &sealed.iv, &sealed.data).await?) };
            let plain = plain.await;
            return Some(Opened {
                key,
                plain,
                as_typed,
            });
        }
    }
    None
}
