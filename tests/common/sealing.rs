//! Locked notes' storage without WebCrypto: sealed text as the app stores it, with the
//! words inside as they are. What the tests using this check is what happens around
//! sealing, not the cipher.
use std::rc::Rc;

use alongside::core::document::{Document, Statement};
use alongside::core::envelope::{self, Read};
use alongside::core::lock::{self, Sealed};
use alongside::core::store::{Backend, Landing, MemoryBackend, SealedWrites, DOCUMENT_KEY};

pub const NOW: &str = "2026-12-05T10:00:00.000Z";

/// Stands in for WebCrypto: sealed text as the app stores it, with the words inside as
/// they are. What is tested here is what happens around sealing, not the cipher.
pub fn seal(plain: &str) -> String {
    let mut data = plain.as_bytes().to_vec();
    data.extend([0; 16]);
    lock::write(&Sealed {
        iterations: lock::ITERATIONS,
        salt: vec![1; lock::SALT_BYTES],
        iv: vec![2; lock::IV_BYTES],
        data,
        check: vec![3; lock::IV_BYTES + lock::CHECK_WORD.len() + 16],
    })
}

pub fn open(sealed: &str) -> String {
    let sealed = lock::read(sealed).unwrap().unwrap();
    String::from_utf8(sealed.data[..sealed.data.len() - 16].to_vec()).unwrap()
}

pub type Device = Rc<MemoryBackend>;
pub type Locked = Rc<SealedWrites<Device>>;

pub fn said(id: &str, text: &str) -> Statement {
    Statement {
        id: id.into(),
        text: text.into(),
        ..Statement::default()
    }
}

pub fn with(statements: &[Statement]) -> Document {
    Document {
        statements: statements.to_vec(),
        ..Document::default()
    }
}

/// The notes stored on `device`, opened.
pub fn stored(device: &Device) -> Document {
    let raw = device.get(DOCUMENT_KEY).unwrap().unwrap();
    assert_eq!(envelope::read(&raw), Read::Sealed, "stored sealed");
    match envelope::read(&open(&raw)) {
        Read::Current { doc, .. } => doc,
        other => panic!("{other:?}"),
    }
}

/// A device with `doc` stored sealed, and a tab that has opened it.
pub fn locked_device(doc: &Document) -> (Device, Locked) {
    let device = Device::default();
    let plain = envelope::write(doc, 1, NOW).unwrap();
    let sealed = seal(&plain);
    device.set(DOCUMENT_KEY, &sealed).unwrap();
    (device.clone(), open_tab(&device))
}

pub fn open_tab(device: &Device) -> Locked {
    let mut opened = Vec::new();
    if let Some(sealed) = device.get(DOCUMENT_KEY).unwrap() {
        opened.push((DOCUMENT_KEY.to_owned(), open(&sealed), sealed));
    }
    Rc::new(SealedWrites::new(device.clone(), opened, Vec::new()))
}

/// Seals and lands every job waiting, in order.
pub fn land_all(later: &SealedWrites<Device>) -> Vec<(String, Landing)> {
    later
        .take_jobs()
        .into_iter()
        .map(|job| {
            let landing = later.land(&job, Some(seal(&job.plain)));
            (job.key, landing)
        })
        .collect()
}
