//! Locked notes in the browser: the store writes through `core::store::SealedWrites`, which keeps
//! private texts in memory and hands out jobs; this seals each job with WebCrypto and
//! gives it back to land. The bookkeeping (newest write wins, never over another tab's
//! save) is in the core, where it is tested natively.
use std::collections::BTreeMap;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;

use super::crypto::{self, Key};
use super::storage::BrowserStorage;
use crate::core::document::Document;
use crate::core::plan::Plan;
use crate::core::store::{Backend, Landing, SealedWrites};
use crate::core::{envelope, lock, safety};

/// Locked notes: the storage that seals, and the key it seals with.
#[derive(Clone)]
pub struct Sealer {
    pub later: Rc<SealedWrites<BrowserStorage>>,
    pub key: Key,
}

/// Told how each write ended: the key written, and how.
pub type Told = Rc<dyn Fn(&str, Landing)>;

/// What became of another tab's save, taken in by a tab with the lock on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TakeIn {
    Taken,
    /// Stored plain: the lock was removed in another tab.
    Unlocked,
    /// Sealed with another key (the passphrase was changed there), or damaged.
    OtherKey,
}

impl Sealer {
    /// Seals and writes every write waiting; `told` hears how each ended.
    pub fn flush(&self, told: &Told) {
        for job in self.later.take_jobs() {
            let (sealer, told) = (self.clone(), told.clone());
            spawn_local(async move {
                let sealed = crypto::seal(&sealer.key, &job.plain, true).await;
                let landing = sealer.later.land(&job, sealed);
                told(&job.key, landing);
            });
        }
    }

    /// The same storage, sealing with `key` from now on (the texts were sealed with it).
    pub fn with_key(&self, key: Key) -> Sealer {
        Sealer {
            later: self.later.clone(),
            key,
        }
    }

    /// Opens what another tab stored under `key` (`None`: it removed it) and takes it in;
    /// or says why it cannot: the lock was removed there, or changed.
    pub async fn take_in(&self, key: &str, stored: Option<String>) -> TakeIn {
        let plain = match stored.as_deref().map(lock::read) {
            None => None,
            Some(None) => return TakeIn::Unlocked,
            Some(Some(Ok(sealed))) => match crypto::open(&self.key, &sealed).await {
                Some(plain) => Some(plain),
                None => return TakeIn::OtherKey,
            },
            Some(Some(Err(_))) => return TakeIn::OtherKey,
        };
        // Something newer may have arrived while it opened: then that is taken in next.
        self.later.take_in(key, stored, plain);
        TakeIn::Taken
    }
}

/// Seals every text in `plain` with `key`, packed quickly as every save is. `None` if any
/// could not be sealed.
pub async fn seal_all(
    key: &Key,
    plain: &BTreeMap<String, String>,
) -> Option<BTreeMap<String, String>> {
    let mut sealed = BTreeMap::new();
    for (name, text) in plain {
        sealed.insert(name.clone(), crypto::seal(key, text, true).await?);
    }
    Some(sealed)
}

/// Opens every private text in `texts` (as stored) with `key` (`None`: the notes are not
/// locked): each as (key, plain text, the text stored), and the keys that would not open
/// (damaged since they were sealed, or sealed with another key), to keep aside as they are.
pub async fn open_all(
    texts: &BTreeMap<String, String>,
    key: Option<&Key>,
) -> (Vec<(String, String, String)>, Vec<String>) {
    let mut opened = Vec::new();
    let mut damaged = Vec::new();
    for (name, stored) in texts {
        let (name, stored) = (name.clone(), stored.clone());
        let plain = match (lock::read(&stored), key) {
            (Some(Ok(sealed)), Some(key)) => crypto::open(key, &sealed).await,
            // Written plain (before the lock, by an older version): sealed at its next write.
            (None, _) => Some(stored.clone()),
            _ => None,
        };
        match plain {
            Some(plain) => opened.push((name, plain, stored)),
            None => damaged.push(name),
        }
    }
    (opened, damaged)
}

/// Keeps `plan`'s safety plan unsealed (the person chose to see it while locked), or, with
/// `None`, removes any kept. False if it could not be written (a full device).
pub fn keep_safety_open(plan: Option<&Plan>) -> bool {
    let Some(storage) = BrowserStorage::local() else {
        return false;
    };
    match plan {
        Some(plan) => {
            let doc = Document {
                plan: safety::only_safety(plan),
                ..Document::default()
            };
            envelope::write(&doc, 0, "")
                .ok()
                .is_some_and(|text| storage.set(safety::OPEN_KEY, &text).is_ok())
        }
        None => storage.remove(safety::OPEN_KEY).is_ok(),
    }
}

/// The safety plan kept unsealed, if the person chose to see it while locked.
pub fn safety_kept_open() -> Option<Plan> {
    let text = BrowserStorage::local()?.get(safety::OPEN_KEY).ok()??;
    match envelope::read(&text) {
        envelope::Read::Current { doc, .. } => Some(doc.plan),
        _ => None,
    }
}
