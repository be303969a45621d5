//! A supporter's copy sealed with its share phrase, and opened again on the supporter's
//! page: the lock's sealing (`crypto`), stretched further, in a format of its own.
use super::crypto::{self, composed, derive, random, unlock};
use crate::core::lock::{self, SealError, SALT_BYTES};
use crate::core::support::{self, CopyError, SupportCopy, PHRASE_ITERATIONS};

/// Why a sealed copy did not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not a sealed copy (perhaps a copy that is not sealed: read it with `support::read`).
    NotSealed,
    /// The share phrase is not the one it was sealed with.
    WrongPhrase,
    /// Sealed by a later version of Alongside.
    Newer,
    /// Asks for far more rounds than Alongside uses: refused before any work starts.
    TooSlow,
    /// The phrase is right but the copy was changed or damaged on the way.
    Damaged,
}

/// `copy` sealed with `phrase`, as the text of a file or a link: sealed as notes are, then
/// named a copy (so a person's app never carries a second way to seal).
pub async fn seal(copy: &SupportCopy, phrase: &str) -> Option<String> {
    let text = support::write(copy).ok()?;
    let key = derive(&key_words(phrase), &random(SALT_BYTES)?, PHRASE_ITERATIONS).await?;
    let sealed = lock::read(&crypto::seal(&key, &text, false).await?)?.ok()?;
    Some(support::write_sealed(&sealed))
}

/// Opens a sealed copy with the share phrase as typed.
pub async fn open(text: &str, phrase: &str) -> Result<SupportCopy, Refused> {
    let sealed = match support::read_sealed(text) {
        None => return Err(Refused::NotSealed),
        Some(Err(SealError::OtherVersion)) => return Err(Refused::Newer),
        Some(Err(SealError::TooSlow)) => return Err(Refused::TooSlow),
        Some(Err(SealError::Damaged)) => return Err(Refused::Damaged),
        Some(Ok(sealed)) => sealed,
    };
    let opened = unlock(&key_words(phrase), &sealed).await;
    let plain = opened.ok_or(Refused::WrongPhrase)?.plain;
    match support::read(&plain.ok_or(Refused::Damaged)?) {
        Ok(copy) => Ok(copy),
        Err(CopyError::Newer) => Err(Refused::Newer),
        Err(_) => Err(Refused::Damaged),
    }
}

/// The phrase as it was made, however it was typed (capitals, commas, accents composed).
fn key_words(phrase: &str) -> String {
    support::normalise(&composed(phrase))
}

/// A new share phrase, from the browser's random numbers.
pub fn new_phrase() -> Option<String> {
    let random: [u8; support::PHRASE_WORDS] = random(support::PHRASE_WORDS)?.try_into().ok()?;
    Some(support::phrase(random))
}
