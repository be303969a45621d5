//! Storage for locked notes. The store above stays as it is (it reads and writes whole
//! texts at once); this keeps the plain texts of private keys in memory only, and writes
//! each one to the browser sealed, a moment later, because WebCrypto answers later.
//! Only the newest write of a key lands, so an older seal never covers a newer one.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;

use super::crypto::{self, Key};
use super::storage::BrowserStorage;
use crate::core::lock::{self, is_private};
use crate::core::store::{Backend, StoreError};

/// What is told how a write ended.
pub type Told = Rc<dyn Fn(Result<(), StoreError>)>;

#[derive(Default)]
struct State {
    /// The key to seal with (newest first), and earlier ones still able to open.
    keys: Vec<Key>,
    /// Private keys' plain texts, as the store last wrote or read them.
    plain: BTreeMap<String, String>,
    /// How many writes of each key have started: only the newest may land. (A list, not a
    /// map: there are only a few keys, and a map of this type would be more code to send.)
    started: Vec<(String, u64)>,
    /// Writes begun and not finished.
    busy: u32,
    /// Keys whose newest write failed, to write again.
    failed: Vec<String>,
    /// Told how each write ended: `Ok` or why not (the device is full).
    told: Option<Told>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn with<R>(f: impl FnOnce(&mut State) -> R) -> Option<R> {
    STATE.with(|state| state.try_borrow_mut().ok().map(|mut state| f(&mut state)))
}

impl State {
    /// Starts one more write of `name`: its number.
    fn start(&mut self, name: &str) -> u64 {
        let at = self.started.iter().position(|(key, _)| key == name);
        let at = at.unwrap_or_else(|| {
            self.started.push((name.to_owned(), 0));
            self.started.len() - 1
        });
        self.started[at].1 += 1;
        self.started[at].1
    }

    fn is_newest(&self, name: &str, number: u64) -> bool {
        self.started.contains(&(name.to_owned(), number))
    }
}

/// Whether notes here are locked with a passphrase (and opened, if the app is running).
pub fn is_on() -> bool {
    with(|state| !state.keys.is_empty()).unwrap_or(false)
}

/// Starts keeping notes sealed with `key`, with the private texts already opened.
pub fn begin(key: Key, plain: BTreeMap<String, String>, told: Told) {
    with(|state| {
        state.keys.insert(0, key);
        state.plain = plain;
        state.told = Some(told);
    });
}

/// Seals every private text again with `key` (a new passphrase); the old key still opens
/// what another tab may write with it a moment from now.
pub fn change_key(key: Key) {
    let keys: Vec<String> = with(|state| {
        state.keys.insert(0, key);
        state.plain.keys().cloned().collect()
    })
    .unwrap_or_default();
    keys.into_iter().for_each(write_later);
}

/// Stops sealing: the plain texts, to write as they are, and the key is dropped.
pub fn end() -> BTreeMap<String, String> {
    with(|state| {
        state.keys.clear();
        state.failed.clear();
        std::mem::take(&mut state.plain)
    })
    .unwrap_or_default()
}

/// The current key, to seal a file or codes with.
pub fn key() -> Option<Key> {
    with(|state| state.keys.first().cloned()).flatten()
}

/// Opens what another tab stored under `key` (`None`: it removed it). Returns false when
/// this tab cannot open it: locked with another passphrase, or the lock was removed.
pub async fn take_in(key: String, stored: Option<String>) -> bool {
    let Some(text) = stored else {
        with(|state| state.plain.remove(&key));
        return true;
    };
    let Some(Ok(sealed)) = lock::read(&text) else {
        return false;
    };
    let keys = with(|state| state.keys.clone()).unwrap_or_default();
    for (i, candidate) in keys.iter().enumerate() {
        if let Some(plain) = crypto::open(candidate, &sealed).await {
            with(|state| state.plain.insert(key.clone(), plain));
            if i > 0 {
                // Sealed with an earlier passphrase: seal it again with the new one.
                write_later(key);
            }
            return true;
        }
    }
    false
}

/// Writes every text whose newest write failed again.
pub fn write_again() {
    let failed = with(|state| std::mem::take(&mut state.failed)).unwrap_or_default();
    failed.into_iter().for_each(write_later);
}

/// Seals and writes these private texts (just begun: nothing of them is sealed yet).
pub fn write_all(names: Vec<String>) {
    names.into_iter().for_each(write_later);
}

/// Whether some text could not be written sealed (the device is full).
pub fn failing() -> bool {
    with(|state| !state.failed.is_empty()).unwrap_or(false)
}

/// Whether writes are still under way.
pub fn busy() -> bool {
    with(|state| state.busy > 0).unwrap_or(false)
}

fn write_later(name: String) {
    let Some((number, key)) = with(|state| {
        state.busy += 1;
        (state.start(&name), state.keys.first().cloned())
    }) else {
        return;
    };
    spawn_local(async move {
        let plain = with(|state| state.plain.get(&name).cloned()).flatten();
        let sealed = match (key, plain) {
            (Some(key), Some(plain)) => crypto::seal(&key, &plain, true).await,
            _ => None,
        };
        let newest = with(|state| state.is_newest(&name, number)).unwrap_or(false);
        let written = match sealed {
            _ if !newest => Ok(()),
            Some(text) => BrowserStorage::local()
                .ok_or(StoreError::Unavailable)
                .and_then(|storage| storage.set(&name, &text)),
            None => Err(StoreError::Unavailable),
        };
        let told = with(|state| {
            state.busy = state.busy.saturating_sub(1);
            if written.is_err() {
                if !state.failed.contains(&name) {
                    state.failed.push(name);
                }
            } else if newest {
                state.failed.retain(|failed| *failed != name);
            }
            state.told.clone()
        })
        .flatten();
        if let Some(told) = told {
            told(written);
        }
    });
}

/// localStorage, with private texts sealed on the way in.
pub struct SealedStorage(pub BrowserStorage);

impl Backend for SealedStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match with(|state| state.plain.get(key).cloned()).flatten() {
            Some(plain) => Ok(Some(plain)),
            // Not opened (never sealed, or unreadable): as it is stored.
            None => self.0.get(key),
        }
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if !is_private(key) {
            return self.0.set(key, value);
        }
        with(|state| state.plain.insert(key.to_owned(), value.to_owned()));
        write_later(key.to_owned());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        with(|state| {
            state.plain.remove(key);
            // A write of it still under way must not bring it back.
            state.start(key);
        });
        self.0.remove(key)
    }
    fn keys(&self) -> Vec<String> {
        let mut keys = self.0.keys();
        with(|state| {
            for key in state.plain.keys() {
                if !keys.contains(key) {
                    keys.push(key.clone());
                }
            }
        });
        keys
    }
    fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
        match with(|state| state.plain.get(from).cloned()).flatten() {
            Some(plain) => self.set(to, &plain),
            // Kept exactly as stored: still sealed, if it was.
            None => self.0.copy(from, to),
        }
    }
    fn get_lossy(&self, key: &str) -> Option<String> {
        self.get(key)
            .ok()
            .flatten()
            .or_else(|| self.0.get_lossy(key))
    }
}
