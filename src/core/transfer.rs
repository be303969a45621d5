//! Taking notes away and bringing them back: the export file, checking a file before it
//! touches anything, adding one document to another without duplicates, and the compact
//! link (`#import=…`) carried by a QR code.
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;

use super::checks::{give_unique_ids, within_limits, Renamed};
use super::document::{Document, Moment, Statement};
use super::envelope::{self, DataError, FORMAT, SCHEMA};
use super::messages::{fill, Lang, Msg};
use super::plan::{Goal, Person, Plan};

/// Bigger than any real person's notes; small enough to read safely on a cheap phone.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
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
        }
    }
}

/// The parts an envelope may have. The document inside is checked by its own types, which
/// refuse any field they do not know.
const ENVELOPE_FIELDS: &[&str] = &["format", "schema", "rev", "saved_at", "data", "v", "from"];

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
        let count = |n: usize, one: Msg, many: Msg| match n {
            0 => None,
            1 => Some(one.text(lang).to_owned()),
            n => Some(fill(many.text(lang), "n", &n.to_string())),
        };
        let parts: Vec<String> = [
            count(self.statements, Msg::HoldsStatement, Msg::HoldsStatements),
            (self.plan > 0).then(|| Msg::HoldsPlan.text(lang).to_owned()),
            count(self.moments, Msg::HoldsMoment, Msg::HoldsMoments),
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

/// Adds what `incoming` holds to `doc`. Anything already here (same id and same words, or
/// the same words under another id) is not added again, so adding a file twice changes
/// nothing. Different words under an id that is already used are kept under a new id:
/// no words are ever dropped.
pub fn add(doc: &mut Document, incoming: Document) -> Added {
    let added = Added {
        statements: add_list(&mut doc.statements, incoming.statements, same_statement),
        plan: add_plan(&mut doc.plan, incoming.plan),
        moments: add_list(&mut doc.moments, incoming.moments, same_moment),
    };
    if doc.settings.display_name.trim().is_empty() {
        doc.settings.display_name = incoming.settings.display_name;
    }
    added
}

/// Adds plan parts: goals, people, treatments and reviews as items; a written part that is
/// empty here takes the incoming words, and one that differs keeps both texts, one after
/// the other. Sharing choices already made here stay.
fn add_plan(plan: &mut Plan, incoming: Plan) -> usize {
    let mut added = 0;
    for note in incoming.notes {
        if note.text.trim().is_empty() {
            continue;
        }
        match plan.notes.iter_mut().find(|n| n.id == note.id) {
            Some(here) if here.text.contains(note.text.trim()) => {}
            Some(here) if here.text.trim().is_empty() => {
                here.text = note.text;
                added += 1;
            }
            Some(here) => {
                here.text = format!("{}\n\n{}", here.text.trim_end(), note.text.trim());
                added += 1;
            }
            None => {
                plan.notes.push(note);
                added += 1;
            }
        }
    }
    added += add_list(&mut plan.goals, incoming.goals, |a, b| {
        Goal {
            id: String::new(),
            updated: 0,
            ..a.clone()
        } == Goal {
            id: String::new(),
            updated: 0,
            ..b.clone()
        }
    });
    added += add_list(&mut plan.people, incoming.people, |a, b| {
        Person {
            id: String::new(),
            updated: 0,
            ..a.clone()
        } == Person {
            id: String::new(),
            updated: 0,
            ..b.clone()
        }
    });
    added += add_list(&mut plan.treatments, incoming.treatments, |a, b| {
        (&a.what, a.choice, &a.why) == (&b.what, b.choice, &b.why)
    });
    added += add_list(&mut plan.reviews, incoming.reviews, |a, b| {
        (&a.date, &a.with_whom, &a.changed, &a.next) == (&b.date, &b.with_whom, &b.changed, &b.next)
    });
    for share in incoming.sharing {
        if plan.share_by_key(&share.id).is_none() {
            plan.sharing.push(share);
        }
    }
    added
}

fn same_statement(a: &Statement, b: &Statement) -> bool {
    a.theme == b.theme && a.text == b.text && a.ratings == b.ratings && a.archived == b.archived
}

fn same_moment(a: &Moment, b: &Moment) -> bool {
    Moment {
        id: String::new(),
        updated: 0,
        ..a.clone()
    } == Moment {
        id: String::new(),
        updated: 0,
        ..b.clone()
    }
}

fn add_list<T: Renamed>(
    list: &mut Vec<T>,
    incoming: Vec<T>,
    same: impl Fn(&T, &T) -> bool,
) -> usize {
    let mut added = 0;
    for item in incoming {
        if list.iter().any(|here| same(here, &item)) {
            continue;
        }
        let item = if list.iter().any(|here| here.key() == item.key()) {
            let base = item.key().to_owned();
            let id = (2..)
                .map(|n| format!("{base}-{n}"))
                .find(|id| list.iter().all(|here| here.key() != id))
                .unwrap_or(base);
            let mut item = item;
            item.rename(id);
            item
        } else {
            item
        };
        list.push(item);
        added += 1;
    }
    added
}

/// The document as a compact link payload: the stored envelope, deflated, in URL-safe
/// base64 (no `=`), so it survives being a URL fragment.
pub fn encode_link(doc: &Document, saved_at: &str) -> Result<String, serde_json::Error> {
    Ok(pack(envelope::write(doc, 0, saved_at)?.as_bytes()))
}

/// Any bytes as a link payload, as `encode_link` packs a document.
pub fn pack(bytes: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(bytes, 10);
    URL_SAFE_NO_PAD.encode(packed)
}

/// Reads a payload made by `encode_link`, with the same checks as a file.
pub fn decode_link(payload: &str) -> Result<Document, ImportError> {
    // Four base64 characters carry three bytes; anything longer could not fit in a QR code
    // or a file we would accept.
    if payload.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim().trim_end_matches('='))
        .map_err(|_| ImportError::BrokenLink)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_FILE_BYTES)
        .map_err(|error| match error.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ImportError::TooLarge,
            _ => ImportError::BrokenLink,
        })?;
    read_file_bytes(&bytes)
}

/// The payload in an address's `#` part, if it is an import link.
pub fn link_payload(hash: &str) -> Option<&str> {
    hash.strip_prefix(LINK_PREFIX)
}

/// Biggest QR code offered: beyond this, phone cameras struggle to read a screen.
const QR_MAX_VERSION: u8 = 27;

/// A QR code as an SVG path, one unit per module, with a quiet zone of four.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// Modules across, including the quiet zone.
    pub size: i32,
    pub path: String,
}

/// `None` when `text` is too long for one code a phone can read.
pub fn qr(text: &str) -> Option<Qr> {
    use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
    let segments = QrSegment::make_segments(text);
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Low,
        Version::MIN,
        Version::new(QR_MAX_VERSION),
        None,
        true,
    )
    .ok()?;
    let quiet = 4;
    let mut path = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + quiet, y + quiet));
            }
        }
    }
    Some(Qr {
        size: code.size() + 2 * quiet,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::{Rung, Theme};

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
