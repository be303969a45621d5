//! The group's key as its facilitator's page keeps it: on the page's own device
//! (`alongside-group.key`, the private key as it is), or in a key file they choose to keep,
//! where the private key is sealed with a passphrase exactly as locked notes are
//! (`lock::Sealed`: PBKDF2-SHA256 and AES-256-GCM).
//! `{"format":"alongside-group-key","invitation":"G1:…","private":"…"}` or `…,"sealed":{…}}`.
use serde_json::Value;

use super::seal::Invitation;
use crate::core::lock::{self, SealError};
use crate::core::pack::{from_text, to_text};

pub const KEY_FORMAT: &str = "alongside-group-key";
/// Where the page keeps the group's key.
pub const KEY_KEY: &str = "alongside-group.key";
/// A key file is small; anything much bigger is not one.
pub const KEY_FILE_BYTES: usize = 16 * 1024;

/// A group's key as it was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kept {
    /// The private key itself (PKCS #8), as the page keeps it.
    Open(Invitation, Vec<u8>),
    /// Sealed with a passphrase, as a key file holds it.
    Sealed(Invitation, lock::Sealed),
}

/// Why a key file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// Not a group's key file at all.
    NotKey,
    Damaged,
    /// Asks for far more rounds than Alongside uses.
    TooSlow,
}

/// The key as this page keeps it.
pub fn write_open(invitation: &Invitation, private: &[u8]) -> String {
    format!(
        r#"{{"format":"{KEY_FORMAT}","invitation":"{}","private":"{}"}}"#,
        invitation.to_text(),
        to_text(private)
    )
}

/// A key file: `sealed` is the private key's text (`to_text`) sealed with a passphrase.
pub fn write_file(invitation: &Invitation, sealed: &str) -> String {
    format!(
        r#"{{"format":"{KEY_FORMAT}","invitation":"{}","sealed":{sealed}}}"#,
        invitation.to_text()
    )
}

/// A kept key or a key file.
pub fn read(text: &str) -> Result<Kept, KeyProblem> {
    if text.len() > KEY_FILE_BYTES {
        return Err(KeyProblem::NotKey);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| KeyProblem::NotKey)?;
    if value.get("format").and_then(Value::as_str) != Some(KEY_FORMAT) {
        return Err(KeyProblem::NotKey);
    }
    let invitation = value
        .get("invitation")
        .and_then(Value::as_str)
        .and_then(Invitation::read)
        .ok_or(KeyProblem::Damaged)?;
    if let Some(private) = value.get("private").and_then(Value::as_str) {
        let private = from_text(private).ok_or(KeyProblem::Damaged)?;
        return Ok(Kept::Open(invitation, private));
    }
    let sealed = value.get("sealed").ok_or(KeyProblem::Damaged)?.to_string();
    match lock::read(&sealed) {
        Some(Ok(sealed)) => Ok(Kept::Sealed(invitation, sealed)),
        Some(Err(SealError::TooSlow)) => Err(KeyProblem::TooSlow),
        _ => Err(KeyProblem::Damaged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::group::seal::PUBLIC_KEY_BYTES;

    fn invitation() -> Invitation {
        let mut key = vec![5; PUBLIC_KEY_BYTES];
        key[0] = 4;
        Invitation::new("Riverside forum", key).unwrap()
    }

    #[test]
    fn a_kept_key_round_trips() {
        let kept = write_open(&invitation(), &[1, 2, 3, 250]);
        assert_eq!(
            read(&kept),
            Ok(Kept::Open(invitation(), vec![1, 2, 3, 250]))
        );
    }

    #[test]
    fn a_key_file_holds_the_private_key_only_sealed() {
        let sealed = lock::Sealed {
            iterations: lock::ITERATIONS,
            salt: vec![1; lock::SALT_BYTES],
            iv: vec![2; lock::IV_BYTES],
            data: vec![3; 40],
            check: vec![4; lock::IV_BYTES + lock::CHECK_WORD.len() + 16],
        };
        let file = write_file(&invitation(), &lock::write(&sealed));
        assert!(!file.contains("private"));
        assert_eq!(read(&file), Ok(Kept::Sealed(invitation(), sealed.clone())));
        let slow = lock::Sealed {
            iterations: 4_000_000_000,
            ..sealed
        };
        let file = write_file(&invitation(), &lock::write(&slow));
        assert_eq!(read(&file), Err(KeyProblem::TooSlow));
    }

    #[test]
    fn anything_else_is_not_a_key() {
        assert_eq!(read("hello"), Err(KeyProblem::NotKey));
        assert_eq!(
            read(r#"{"format":"alongside","schema":5}"#),
            Err(KeyProblem::NotKey)
        );
        assert_eq!(
            read(r#"{"format":"alongside-group-key","invitation":"G1:x"}"#),
            Err(KeyProblem::Damaged)
        );
        let no_key = format!(
            r#"{{"format":"alongside-group-key","invitation":"{}"}}"#,
            invitation().to_text()
        );
        assert_eq!(read(&no_key), Err(KeyProblem::Damaged));
    }
}
