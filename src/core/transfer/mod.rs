//! Taking notes away and bringing them back: the export file, checking a file before it
//! touches anything, adding one document to another without duplicates, and the compact
//! link (`#import=…`) carried by a QR code.
use serde_json::Value;

use super::checks::{give_unique_ids, within_limits};
use super::document::Document;
use super::envelope::{self, DataError, FORMAT, SCHEMA};
use super::lock::{self, SealError};
use super::messages::{Lang, Msg};

mod add;
mod link;
mod parts;
pub use super::pack::{
    from_text, squeeze, squeeze_quickly, to_text, unsqueeze, MARKER, MAX_FILE_BYTES,
};
pub use add::add;
pub use link::{decode_link, encode_link, link_payload, pack_link, qr, qr_of, Qr};
pub use parts::{
    codes, codes_of, gather, gather_with, read_part, tidy, CodeSize, Gathered, Part, MAX_CODES,
};

/// Where a phone keeps the parts of codes it has scanned until it has them all.
pub const PARTS_KEY: &str = "alongside.parts";

/// The fragment that marks an import link: `…/app/#import=…`.
pub const LINK_PREFIX: &str = "#import=";

/// Why a file or link was not opened. Nothing is ever changed when one of these comes back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge,
    NotJson,
    /// Not UTF-8 text (a file saved in another encoding): reading it would change words.
    NotText,
    NotOurs,
    Newer(u32),
    /// Ours, but with parts this version does not know: opening it would lose them.
    UnknownParts(String),
    Damaged(String),
    TooMuchText,
    BrokenLink,
    /// A code made by a version of Alongside that packs notes another way.
    OtherVersion,
    /// A code's part could not be kept on this device until the others arrive.
    PartNotKept,
    /// Locked with a passphrase: the sealed text, to open once it is typed.
    Locked(String),
    /// Locked in a way that would take far too long to open (see `lock::MAX_ITERATIONS`).
    TooSlow,
}

impl ImportError {
    pub fn message(&self) -> Msg {
        match self {
            ImportError::Empty => Msg::ImportEmpty,
            ImportError::TooLarge => Msg::ImportTooLarge,
            ImportError::NotJson => Msg::ImportNotJson,
            ImportError::NotText => Msg::ImportNotText,
            ImportError::NotOurs => Msg::ImportNotOurs,
            ImportError::Newer(_) => Msg::ImportNewer,
            ImportError::UnknownParts(_) => Msg::ImportUnknownParts,
            ImportError::Damaged(_) => Msg::ImportDamaged,
            ImportError::TooMuchText => Msg::ImportTooMuchText,
            ImportError::BrokenLink => Msg::ImportBrokenLink,
            ImportError::OtherVersion => Msg::ImportOtherVersion,
            ImportError::PartNotKept => Msg::ImportPartNotKept,
            ImportError::Locked(_) => Msg::ImportLocked,
            ImportError::TooSlow => Msg::ImportTooSlow,
        }
    }
}

/// The parts an envelope may have. The document inside is checked by `envelope::parse_data`,
/// which refuses any part it does not know.
const ENVELOPE_FIELDS: &[&str] = &["format", "schema", "rev", "saved_at", "data", "v", "from"];

/// True when an address's `#` part brings notes: an import link or a scanned code.
pub fn arrives_with(hash: &str) -> bool {
    link_payload(hash).is_some() || read_part(hash).is_some()
}

/// Reads the bytes of a chosen file: only UTF-8 text is read, so no word is changed.
pub fn read_file_bytes(bytes: &[u8]) -> Result<Document, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    read_file(std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?)
}

/// Reads an exported file (or a decoded link) completely before anything is changed.
pub fn read_file(text: &str) -> Result<Document, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // serde_json stops at 128 levels of nesting, so a deeply nested file is an error here,
    // not a crash.
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    match lock::read(text) {
        Some(Ok(_)) => return Err(ImportError::Locked(text.to_owned())),
        Some(Err(SealError::OtherVersion)) => return Err(ImportError::OtherVersion),
        Some(Err(SealError::Damaged)) => return Err(ImportError::Damaged("locked".into())),
        Some(Err(SealError::TooSlow)) => return Err(ImportError::TooSlow),
        None => {}
    }
    let Value::Object(mut envelope) = value else {
        return Err(ImportError::NotOurs);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotOurs);
    }
    let schema = envelope
        .get("schema")
        .and_then(Value::as_u64)
        .filter(|schema| *schema >= 1)
        .ok_or_else(|| ImportError::Damaged("schema".into()))?;
    if schema > u64::from(SCHEMA) {
        return Err(ImportError::Newer(
            u32::try_from(schema).unwrap_or(u32::MAX),
        ));
    }
    if let Some(key) = envelope
        .keys()
        .find(|key| !ENVELOPE_FIELDS.contains(&key.as_str()))
    {
        return Err(ImportError::UnknownParts(key.clone()));
    }
    let data = envelope
        .remove("data")
        .ok_or_else(|| ImportError::Damaged("data".into()))?;
    // `schema` is at most SCHEMA here, so it fits.
    let mut doc =
        envelope::parse_data(schema as u32, &data.to_string()).map_err(|error| match error {
            DataError::Unknown(field) => ImportError::UnknownParts(field),
            DataError::Bad(why) => ImportError::Damaged(why),
        })?;
    if !within_limits(&doc) {
        return Err(ImportError::TooMuchText);
    }
    // Two items sharing an id would show one's words twice and change together.
    give_unique_ids(&mut doc);
    Ok(doc)
}

/// "12 statements, a plan, 5 moments": what a document holds, in words.
pub fn describe(doc: &Document, lang: Lang) -> String {
    let holds = Added {
        statements: doc.statements.len(),
        plan: usize::from(!doc.plan.is_empty()),
        moments: doc.moments.len(),
    };
    holds.describe(lang)
}

impl Added {
    /// The same words as `describe`, for what was added.
    pub fn describe(self, lang: Lang) -> String {
        let count = |n: usize, msg: Msg| (n > 0).then(|| msg.count(lang, n));
        let parts: Vec<String> = [
            count(self.statements, Msg::HoldsStatements),
            (self.plan > 0).then(|| Msg::HoldsPlan.text(lang).to_owned()),
            count(self.moments, Msg::HoldsMoments),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            Msg::HoldsNothing.text(lang).to_owned()
        } else {
            parts.join(", ")
        }
    }
}

/// How many of each kind `add` took in; the rest were already here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Added {
    pub statements: usize,
    pub plan: usize,
    pub moments: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::{Moment, Rung, Statement, Theme};

    fn sample() -> Document {
        let mut doc = Document::default();
        doc.statements.push(Statement {
            id: "s1".into(),
            theme: Theme::HowSupported,
            text: "I am asked before my medication changes.".into(),
            ..Statement::default()
        });
        doc.moments.push(Moment {
            id: "m1".into(),
            date: "2026-11-20".into(),
            service: "Ward 3".into(),
            experienced: Some(Rung::Informing),
            ..Moment::default()
        });
        doc
    }

    #[test]
    fn an_exported_file_reads_back() {
        let doc = sample();
        let text = envelope::write(&doc, 3, "2026-11-22T10:00:00Z").unwrap();
        assert_eq!(read_file(&text), Ok(doc));
    }

    #[test]
    fn describes_what_a_document_holds() {
        let mut doc = sample();
        assert_eq!(describe(&doc, Lang::En), "1 statement, 1 moment");
        doc.statements.push(Statement {
            id: "s2".into(),
            ..Statement::default()
        });
        doc.plan
            .set_note(crate::core::plan::Field::KeepingWell, "A walk".into(), 1);
        assert_eq!(describe(&doc, Lang::En), "2 statements, a plan, 1 moment");
        assert_eq!(describe(&Document::default(), Lang::En), "nothing yet");
    }

    #[test]
    fn adding_the_same_file_twice_adds_nothing_the_second_time() {
        let mut doc = Document::default();
        assert_eq!(
            add(&mut doc, sample()),
            Added {
                statements: 1,
                plan: 0,
                moments: 1
            }
        );
        assert_eq!(add(&mut doc, sample()), Added::default());
        assert_eq!(doc, sample());
    }

    #[test]
    fn different_words_under_a_used_id_are_kept_under_a_new_id() {
        let mut doc = sample();
        let mut other = sample();
        other.statements[0].text = "Different words.".into();
        add(&mut doc, other);
        assert_eq!(doc.statements.len(), 2);
        assert_eq!(doc.statements[1].id, "s1-2");
        assert_eq!(doc.statements[1].text, "Different words.");
    }

    #[test]
    fn a_link_round_trips_and_fits_a_qr_code() {
        let doc = sample();
        let payload = encode_link(&doc, "2026-11-22T10:00:00Z").unwrap();
        assert!(payload
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(decode_link(&payload), Ok(doc));
        let code = qr(&format!("https://example.org/app/#import={payload}")).unwrap();
        assert!(code.size > 21 && code.path.starts_with('M'));
        assert_eq!(decode_link("not*base64"), Err(ImportError::BrokenLink));
        assert_eq!(decode_link("AAAA"), Err(ImportError::BrokenLink));
    }

    #[test]
    fn too_much_for_one_code_says_so() {
        let noise: String = (0..6000u32)
            .map(|i| char::from(b'a' + (i * 7919 % 26) as u8))
            .collect();
        assert!(qr(&noise).is_none());
    }

    #[test]
    fn link_payload_only_from_an_import_fragment() {
        assert_eq!(link_payload("#import=abc"), Some("abc"));
        assert_eq!(link_payload("#/ladder"), None);
    }
}
