//! The passphrase lock, without the cryptography itself (the browser's WebCrypto does that,
//! in `web::crypto`): the sealed envelope that is stored, saved to a file or sent by code, and
//! the gentle rules around a passphrase.
//!
//! `{"format":"alongside","schema":4,"locked":{"kdf":"PBKDF2-SHA256","iterations":600000,
//! "salt":"…","cipher":"AES-256-GCM","iv":"…","packing":"T1","data":"…"}}`
//! Format and schema stay readable, so a later version knows what it holds before it asks
//! for the passphrase; inside `data` is the ordinary text (an envelope, or drafts), packed
//! small first, and the migrations run on it after it is opened.
use serde_json::Value;

use super::envelope::{FORMAT, SCHEMA};
use super::pack::{from_text, squeeze, squeeze_quickly, to_text, unsqueeze, MARKER};

/// OWASP's figure for PBKDF2-SHA256 (2023 onwards). Never lowered to make unlocking quicker.
pub const ITERATIONS: u32 = 600_000;
/// The most rounds a sealed text may ask for: room for a later version to raise the figure,
/// but a crafted file cannot keep a cheap phone busy for hours.
pub const MAX_ITERATIONS: u32 = 4 * ITERATIONS;
pub const SALT_BYTES: usize = 16;
/// AES-GCM's usual nonce: 96 bits, fresh for every save.
pub const IV_BYTES: usize = 12;
const KDF: &str = "PBKDF2-SHA256";
const CIPHER: &str = "AES-256-GCM";
/// Minutes hidden or untouched before the notes lock themselves.
pub const AUTO_LOCK_MINUTES: u32 = 5;
pub const AUTO_LOCK_CHOICES: [u32; 5] = [1, 2, 5, 15, 30];

/// Where the auto-lock's minutes are kept (not private: a number, no words).
pub const AUTO_LOCK_KEY: &str = "alongside.autolock";
/// Wrong passphrases so far (see `Tries`).
pub const TRIES_KEY: &str = "alongside.tries";
/// Written when a tab locks, so that every other tab locks too.
pub const LOCKED_KEY: &str = "alongside.locked";

/// The auto-lock's minutes from what was kept: one of the choices, else the default.
pub fn auto_lock_minutes(kept: Option<&str>) -> u32 {
    kept.and_then(|text| text.trim().parse().ok())
        .filter(|minutes| AUTO_LOCK_CHOICES.contains(minutes))
        .unwrap_or(AUTO_LOCK_MINUTES)
}

/// Sealed text, as it is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    /// AES-GCM's output: the packed text, then its 16-byte tag.
    pub data: Vec<u8>,
    /// `CHECK_WORD` sealed with the same key (its own IV first), so that a right passphrase
    /// is told apart from damaged data, which is then kept aside rather than refused.
    pub check: Vec<u8>,
}

/// What `Sealed::check` holds once opened.
pub const CHECK_WORD: &[u8] = b"alongside";

/// Why sealed text cannot be opened even with the right passphrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SealError {
    /// Its parts are missing or not what this version writes.
    Damaged,
    /// Sealed another way, by a later version.
    OtherVersion,
    /// Asks for far more rounds than Alongside uses: refused before any work starts.
    TooSlow,
}

/// Whether `text` is sealed: to pick the way to read it.
pub fn is_sealed(text: &str) -> bool {
    read(text).is_some()
}

/// Reads sealed notes: `None` if it is not sealed text at all. (Read through JSON values,
/// whose reader the app has anyway: a reader of its own would cost more bytes.)
pub fn read(text: &str) -> Option<Result<Sealed, SealError>> {
    read_as(text, FORMAT, SCHEMA)
}

/// Reads text sealed as `format` (notes, or a supporter's copy) by a version up to `newest`,
/// under the same rules.
pub fn read_as(text: &str, format: &str, newest: u32) -> Option<Result<Sealed, SealError>> {
    let outside: Value = serde_json::from_str(text).ok()?;
    let locked = outside.get("locked")?;
    if outside.get("format")?.as_str()? != format {
        return None;
    }
    let field = |name: &str| locked.get(name).and_then(Value::as_str);
    let bytes = |name: &str, len: usize| {
        let bytes = from_text(field(name)?)?;
        (len == 0 || bytes.len() == len).then_some(bytes)
    };
    if !locked.is_object() {
        return Some(Err(SealError::Damaged));
    }
    let schema = outside.get("schema").and_then(Value::as_u64);
    if field("kdf") != Some(KDF)
        || field("cipher") != Some(CIPHER)
        || field("packing") != Some(MARKER)
        || schema.is_none_or(|schema| schema > u64::from(newest))
    {
        return Some(Err(SealError::OtherVersion));
    }
    let sealed = (|| {
        Some(Sealed {
            iterations: u32::try_from(locked.get("iterations")?.as_u64()?).ok()?,
            salt: bytes("salt", SALT_BYTES)?,
            iv: bytes("iv", IV_BYTES)?,
            data: bytes("data", 0).filter(|d| d.len() >= 16)?,
            check: bytes("check", IV_BYTES + CHECK_WORD.len() + 16)?,
        })
    })();
    Some(match sealed {
        Some(s) if s.iterations > MAX_ITERATIONS => Err(SealError::TooSlow),
        // Fewer rounds would be a weaker lock: text asking for that is not ours.
        Some(s) if s.iterations >= ITERATIONS => Ok(s),
        _ => Err(SealError::Damaged),
    })
}

/// What marks every text sealed with a key made with `salt`: a tab's writes land only
/// while the notes are sealed with its own key (see `store::SealedWrites::sealed_with`).
pub fn seal_id(salt: &[u8]) -> String {
    format!(r#""salt":"{}""#, to_text(salt))
}

/// The text to keep for sealed bytes, written as codes write bytes (`packing` T1: three
/// characters for two bytes, no quote or backslash among them, so none needs escaping).
pub fn write(sealed: &Sealed) -> String {
    write_as(sealed, FORMAT, SCHEMA)
}

/// Sealed text of `format` (notes, or a supporter's copy) at `schema`.
pub fn write_as(sealed: &Sealed, format: &str, schema: u32) -> String {
    let text = |bytes: &[u8]| to_text(bytes);
    format!(
        r#"{{"format":"{format}","schema":{schema},"locked":{{"kdf":"{KDF}","iterations":{},"salt":"{}","cipher":"{CIPHER}","iv":"{}","packing":"{MARKER}","data":"{}","check":"{}"}}}}"#,
        sealed.iterations,
        text(&sealed.salt),
        text(&sealed.iv),
        text(&sealed.data),
        text(&sealed.check),
    )
}

/// Plain text made ready to seal: packed as codes are. `quick` for every save (four times
/// quicker, half as big again: a cheap phone does not stall when typing pauses); else as
/// small as it goes, for files and codes.
pub fn pack(plain: &str, quick: bool) -> Vec<u8> {
    if quick {
        squeeze_quickly(plain.as_bytes())
    } else {
        squeeze(plain.as_bytes())
    }
}

/// Undoes `pack` on opened bytes.
pub fn unpack(bytes: &[u8]) -> Option<String> {
    String::from_utf8(unsqueeze(bytes)?).ok()
}

/// A gentle word about a passphrase: never a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    Empty,
    /// Quick to guess: a few words would be stronger.
    Short,
    /// Fine: longer is stronger still.
    Fair,
    /// Three or more words, or long.
    Good,
}

pub fn strength(passphrase: &str) -> Strength {
    let chars = passphrase.trim().chars().count();
    let words = passphrase.split_whitespace().count();
    match chars {
        0 => Strength::Empty,
        _ if words >= 3 && chars >= 12 || chars >= 20 => Strength::Good,
        1..=9 => Strength::Short,
        _ => Strength::Fair,
    }
}

/// Wrong passphrases so far, and when the next try may be made (ms since 1970).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tries {
    pub wrong: u32,
    pub until: i64,
}

/// Tries allowed before each further one waits.
const FREE_TRIES: u32 = 3;

impl Tries {
    /// Reads what was kept (`"3:1700000000000"`); anything else is no tries.
    pub fn parse(text: &str) -> Tries {
        let (wrong, until) = text.split_once(':').unwrap_or(("0", "0"));
        Tries {
            wrong: wrong.parse().unwrap_or(0),
            until: until.parse().unwrap_or(0),
        }
    }

    pub fn text(self) -> String {
        format!("{}:{}", self.wrong, self.until)
    }

    /// One more wrong passphrase at `now`: after three, each waits twice as long as the last
    /// (10 seconds, 20, 40 … up to 5 minutes), so guessing is slow and a slip costs little.
    pub fn wrong_at(self, now: i64) -> Tries {
        let wrong = self.wrong.saturating_add(1);
        let wait = match wrong.checked_sub(FREE_TRIES) {
            None | Some(0) => 0,
            Some(over) => 10_000i64
                .saturating_mul(1 << (over - 1).min(5))
                .min(300_000),
        };
        Tries {
            wrong,
            until: now + wait,
        }
    }

    /// Whole seconds still to wait at `now` (0: try now).
    pub fn wait_seconds(self, now: i64) -> i64 {
        ((self.until - now).max(0) + 999) / 1000
    }
}

#[cfg(test)]
mod tests;
