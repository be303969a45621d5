//! Where text is kept under keys: the interface the store writes through, and the memory
//! backend (the fallback when the browser keeps nothing, and the stand-in for tests).
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The device's storage is full.
    Full,
    /// Storage refused or is switched off.
    Unavailable,
    /// This copy may only be read (newer version, or unreadable data we could not move).
    ReadOnly,
    /// What is stored cannot be read here without changing it (not well-formed text, or
    /// sealed notes that are damaged): it is only ever copied aside, exactly.
    Unreadable,
    /// Sealed with a passphrase this tab has not been given: never read as plain text, and
    /// never written over.
    Sealed,
    /// Another tab saved first while this write was being sealed: take its save in, then
    /// save again.
    Crossed,
}

/// A place that keeps text under keys: localStorage, sessionStorage, or memory.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Vec<String>;
    /// Copies a value exactly as it is stored, even text `get` cannot return unchanged.
    fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
        match self.get(from)? {
            Some(value) => self.set(to, &value),
            None => Ok(()),
        }
    }
    /// The value as near as a string can hold it, for downloading a kept copy.
    fn get_lossy(&self, key: &str) -> Option<String> {
        self.get(key).ok().flatten()
    }
    /// Whether a write of `key` was taken but has not landed yet (sealed storage seals
    /// first). Plain storage lands every write before `set` returns.
    fn pending(&self, _key: &str) -> bool {
        false
    }
}

/// A backend behind a pointer (a `Box` in the app; an `Rc` shared by two tabs in tests).
macro_rules! backend_behind {
    ($($pointer:ident),*) => {
        $(impl<B: Backend + ?Sized> Backend for $pointer<B> {
            fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
                (**self).get(key)
            }
            fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
                (**self).set(key, value)
            }
            fn remove(&self, key: &str) -> Result<(), StoreError> {
                (**self).remove(key)
            }
            fn keys(&self) -> Vec<String> {
                (**self).keys()
            }
            fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
                (**self).copy(from, to)
            }
            fn get_lossy(&self, key: &str) -> Option<String> {
                (**self).get_lossy(key)
            }
            fn pending(&self, key: &str) -> bool {
                (**self).pending(key)
            }
        })*
    };
}
backend_behind!(Box, Rc);

/// A stored value: text, or (in tests) text the browser holds but a string cannot.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Text(String),
    NotText(String),
}

/// Keeps everything in memory: the fallback when the browser will not store anything,
/// and the stand-in for tests. `capacity` (in bytes of values) imitates a full device.
#[derive(Default)]
pub struct MemoryBackend {
    entries: RefCell<BTreeMap<String, Value>>,
    capacity: Option<usize>,
    failing: Cell<u32>,
}

impl MemoryBackend {
    /// A backend that refuses to hold more than `bytes` of values, like a full device.
    pub fn with_capacity(bytes: usize) -> Self {
        MemoryBackend {
            capacity: Some(bytes),
            ..MemoryBackend::default()
        }
    }

    /// The next `writes` writes fail as on a full device (for tests).
    pub fn fail_next_writes(&self, writes: u32) {
        self.failing.set(writes);
    }

    /// Stores text that is not well-formed, as a browser can (for tests).
    pub fn put_not_text(&self, key: &str, shown_as: &str) {
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), Value::NotText(shown_as.to_owned()));
    }

    /// Whether `key` holds exactly the not-well-formed value put there (for tests).
    pub fn holds_not_text(&self, key: &str, shown_as: &str) -> bool {
        self.entries.borrow().get(key) == Some(&Value::NotText(shown_as.to_owned()))
    }

    fn put(&self, key: &str, value: Value) -> Result<(), StoreError> {
        if self.failing.get() > 0 {
            self.failing.set(self.failing.get() - 1);
            return Err(StoreError::Full);
        }
        let mut entries = self.entries.borrow_mut();
        if let Some(capacity) = self.capacity {
            let size = |v: &Value| match v {
                Value::Text(t) | Value::NotText(t) => t.len(),
            };
            let others: usize = entries
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(_, v)| size(v))
                .sum();
            if others + size(&value) > capacity {
                return Err(StoreError::Full);
            }
        }
        entries.insert(key.to_owned(), value);
        Ok(())
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self.entries.borrow().get(key) {
            None => Ok(None),
            Some(Value::Text(text)) => Ok(Some(text.clone())),
            Some(Value::NotText(_)) => Err(StoreError::Unreadable),
        }
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.put(key, Value::Text(value.to_owned()))
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Vec<String> {
        self.entries.borrow().keys().cloned().collect()
    }
    fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
        let value = self.entries.borrow().get(from).cloned();
        value.map_or(Ok(()), |value| self.put(to, value))
    }
    fn get_lossy(&self, key: &str) -> Option<String> {
        self.entries.borrow().get(key).map(|value| match value {
            Value::Text(text) | Value::NotText(text) => text.clone(),
        })
    }
}
