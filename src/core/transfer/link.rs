//! The compact link (`#import=…`) carried by a QR code.
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::{read_file_bytes, CodeSize, ImportError, LINK_PREFIX, MAX_FILE_BYTES};
use crate::core::document::Document;
use crate::core::envelope;

/// The document as a compact link payload: the stored envelope, deflated, in URL-safe
/// base64 (no `=`), so it survives being a URL fragment. Codes are now made by `codes`;
/// this stays so that links made by earlier versions are still understood.
pub fn encode_link(doc: &Document, saved_at: &str) -> Result<String, serde_json::Error> {
    Ok(pack_link(envelope::write(doc, 0, saved_at)?.as_bytes()))
}

/// Any bytes as a link payload, as `encode_link` packs a document.
pub fn pack_link(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, 10))
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

/// A QR code as an SVG path, one unit per module, with a quiet zone of four.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// Modules across, including the quiet zone.
    pub size: i32,
    pub path: String,
}

/// `None` when `text` is too long for one dense code (see `CodeSize`).
pub fn qr(text: &str) -> Option<Qr> {
    qr_of(text, CodeSize::Dense)
}

/// `None` when `text` is too long for one code of `size`. What follows a `#` is written in
/// the denser alphanumeric mode when it can be.
pub fn qr_of(text: &str, size: CodeSize) -> Option<Qr> {
    use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
    let (address, fragment) = text.split_at(text.find('#').map_or(0, |at| at + 1));
    let mut segments = vec![QrSegment::make_bytes(address.as_bytes())];
    segments.extend(QrSegment::make_segments(fragment));
    let correction = match size.medium_correction() {
        true => QrCodeEcc::Medium,
        false => QrCodeEcc::Low,
    };
    let code = QrCode::encode_segments_advanced(
        &segments,
        correction,
        Version::MIN,
        Version::new(size.version()),
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
