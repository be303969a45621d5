//! Browser storage behind the core's `Backend` interface.
//!
//! Values are stored exactly as given (not re-encoded), so text we cannot read is kept
//! byte for byte. That is why this talks to `web_sys::Storage` directly rather than
//! through gloo-storage, which JSON-encodes values and throws when storage is blocked.
use wasm_bindgen::{JsCast, JsValue};

use crate::core::store::{Backend, MemoryBackend, StoreError};

/// Calls `object.name(args…)`, reached by name, so a value can stay a JS value: the stored
/// text then never passes through a Rust `String`, which would change text holding a lone
/// UTF-16 surrogate.
fn call(object: &JsValue, name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let method: js_sys::Function = js_sys::Reflect::get(object, &name.into())?.dyn_into()?;
    method.apply(object, &args.iter().copied().collect::<js_sys::Array>())
}

/// Whether `text` can pass through a Rust `String` unchanged.
fn well_formed(text: &js_sys::JsString) -> bool {
    match call(text, "isWellFormed", &[]).map(|answer| answer.as_bool()) {
        Ok(Some(answer)) => answer,
        // Browsers before 2023 lack `isWellFormed`: check it the slow way.
        _ => text.is_valid_utf16(),
    }
}

pub struct BrowserStorage(web_sys::Storage);

/// How long the person's notes are kept, given what the browser allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// In localStorage: until the person removes them.
    Device,
    /// In sessionStorage (shared-device mode): until this visit ends.
    ThisVisit,
    /// In memory only, because the browser refuses storage: until the page closes.
    ThisPage,
}

impl BrowserStorage {
    /// localStorage, if the browser lets us read it (blocked storage throws on access).
    pub fn local() -> Option<Self> {
        Self::usable(web_sys::window()?.local_storage())
    }

    pub fn session() -> Option<Self> {
        Self::usable(web_sys::window()?.session_storage())
    }

    fn usable(storage: Result<Option<web_sys::Storage>, JsValue>) -> Option<Self> {
        let storage = storage.ok()??;
        // Reading is the probe: a full device still reads, and must not be treated as empty.
        storage.get_item("alongside.document").ok()?;
        Some(BrowserStorage(storage))
    }
}

/// Picks where to keep the document: session storage on a shared device, else local;
/// memory if the browser allows neither.
pub fn open_backend(shared_device: bool) -> (Box<dyn Backend>, Keeping) {
    let found = if shared_device {
        BrowserStorage::session().map(|s| (s, Keeping::ThisVisit))
    } else {
        BrowserStorage::local().map(|s| (s, Keeping::Device))
    };
    match found {
        Some((storage, keeping)) => (Box::new(storage), keeping),
        None => (Box::new(MemoryBackend::default()), Keeping::ThisPage),
    }
}

/// Browsers name a full store differently: `QuotaExceededError`, Firefox's
/// `NS_ERROR_DOM_QUOTA_REACHED`, and old Safari's code 22. All mean "not saved: full".
fn store_error(error: JsValue) -> StoreError {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(e)
            if e.name() == "QuotaExceededError"
                || e.name() == "NS_ERROR_DOM_QUOTA_REACHED"
                || e.code() == 22
                || e.code() == 1014 =>
        {
            StoreError::Full
        }
        _ => StoreError::Unavailable,
    }
}

impl Backend for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let value = call(&self.0, "getItem", &[&key.into()]).map_err(store_error)?;
        match value.dyn_into::<js_sys::JsString>() {
            Ok(text) if well_formed(&text) => Ok(Some(String::from(text))),
            Ok(_) => Err(StoreError::Unreadable),
            Err(_) => Ok(None),
        }
    }
    fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
        let value = call(&self.0, "getItem", &[&from.into()]).map_err(store_error)?;
        if value.is_null() {
            return Ok(());
        }
        call(&self.0, "setItem", &[&to.into(), &value])
            .map(drop)
            .map_err(store_error)
    }
    fn get_lossy(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(store_error)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.0.remove_item(key).map_err(store_error)
    }
    fn keys(&self) -> Vec<String> {
        let count = self.0.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect()
    }
}
