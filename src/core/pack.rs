//! Notes packed small for QR codes: deflate after a preset dictionary of our own words, then
//! written in the 42 characters a QR code holds densely ("alphanumeric" mode: 5.5 bits a
//! character, against 8 for the base64 of `#import=` links) that a link's `#` part keeps as
//! they are.
use miniz_oxide::deflate::core::{
    compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};

use super::messages::Lang;
use super::statements::LIBRARY;

/// Bigger than any real person's notes; small enough to read safely on a cheap phone.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Names this packing: it starts every code's `#` part and is written in sealed notes; it
/// changes whenever the packing does, so nothing is unpacked into the wrong words.
pub const MARKER: &str = "T1";

/// QR alphanumeric characters, less space, `%` (both change in an address) and `:` (which
/// separates a code's parts). 42³ > 65,536, so three characters carry two bytes.
const ALPHABET: &[u8; 42] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./";

/// Words our notes are made of, so that even a short note compresses: the envelope's and
/// document's field names and values, then the starter statements people adopt. Deflate
/// looks back 32 KB, so this stays short. Changing it changes every code: the test
/// `the_dictionary_is_unchanged` asks for a new code marker (`MARKER`) when it does.
fn dictionary() -> Vec<u8> {
    let mut words = String::from(concat!(
        r#"{"format":"alongside","schema":4,"rev":0,"saved_at":"2026-01-01T00:00:00.000Z","data":"#,
        r#"{"statements":[{"id":"","theme":"who_i_am","text":"","created":17,"updated":17,"#,
        r#""archived":true,"example":"who-","ratings":[{"day":"2026-","truth":"not_yet","note":""},"#,
        r#"{"truth":"sometimes"},{"truth":"mostly"},{"truth":"yes"}]}],"plan":{"notes":[{"id":"keeping_well","#,
        r#""section":"keeping_well","text":"","updated":17}],"goals":[{"id":"g","title":"","why":"","#,
        r#""steps":[{"id":"","text":"","done":false}],"obstacles":"","solutions":"","progress":"not_started","#,
        r#""finished":false,"updated":17}],"people":[{"id":"","name":"","role":"","phone":"07","text":"","#,
        r#""email":"","when":"","crisis":true,"updated":17}],"treatments":[{"id":"","what":"","choice":"prefer","why":"","#,
        r#""updated":17}],"sharing":[{"id":"crisis","who":["gp","nominated_person"],"private":false,"#,
        r#""not_shared":""}],"reviews":[{"id":"","date":"2026-","with_whom":"","changed":"","next":"2026-"}]},"#,
        r#""moments":[{"id":"","date":"2026-","service":"","about":"care_plan","experienced":"consultation","#,
        r#""wanted":"co_production","beyond":"user_led","note":"","updated":17}],"settings":{"display_name":""}}}"#,
        r#" triggers warning_signs triggers_help warning_help coping coping_people crisis_signs"#,
        r#" crisis_involve crisis_not_involve nominated_name nominated_contact practical crisis_want"#,
        r#" crisis_dont_want after_crisis what_matters how_supported how_people_behave coercion"#,
        r#" educating informing engagement co_design review medication discharge therapy"#,
        r#" shaped_service other started halfway nearly_there done accept refuse community "#,
    ));
    for example in LIBRARY {
        words.push_str(example.key);
        words.push_str(example.text.text(Lang::En));
    }
    words.into_bytes()
}

/// The raw deflate stream of the dictionary, flushed to a byte boundary without ending, so
/// that what is compressed after it may refer back into it.
fn compress_after_dictionary(bytes: &[u8], level: i32) -> (Vec<u8>, Vec<u8>) {
    // Raw deflate (negative window bits), default strategy.
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(level, -15, 0));
    let mut head = Vec::new();
    compress_to_output(&mut compressor, &dictionary(), TDEFLFlush::Sync, |out| {
        head.extend_from_slice(out);
        true
    });
    let mut body = Vec::new();
    let (status, _) = compress_to_output(&mut compressor, bytes, TDEFLFlush::Finish, |out| {
        body.extend_from_slice(out);
        true
    });
    debug_assert_eq!(status, TDEFLStatus::Done);
    (head, body)
}

/// `bytes` compressed after the dictionary: only what follows it is sent.
pub fn squeeze(bytes: &[u8]) -> Vec<u8> {
    compress_after_dictionary(bytes, 10).1
}

/// As `squeeze`, quicker and a little bigger: for what is compressed at every save.
pub fn squeeze_quickly(bytes: &[u8]) -> Vec<u8> {
    compress_after_dictionary(bytes, 1).1
}

/// Undoes `squeeze`; `None` if the bytes are not what `squeeze` made (or are too big).
pub fn unsqueeze(body: &[u8]) -> Option<Vec<u8>> {
    let dictionary = dictionary();
    let (mut stream, _) = compress_after_dictionary(b"", 10);
    stream.extend_from_slice(body);
    let mut bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(
        &stream,
        dictionary.len() + MAX_FILE_BYTES,
    )
    .ok()?;
    // The dictionary comes out first, exactly as it went in.
    if !bytes.starts_with(&dictionary) {
        return None;
    }
    bytes.drain(..dictionary.len());
    Some(bytes)
}

/// Bytes as QR alphanumeric text: three characters for every two bytes, two for a last odd one.
pub fn to_text(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 3 / 2 + 2);
    let mut push = |value: usize, digits: usize| {
        let mut value = value;
        let mut out = [0u8; 3];
        for slot in out[..digits].iter_mut().rev() {
            *slot = ALPHABET[value % 42];
            value /= 42;
        }
        text.extend(out[..digits].iter().map(|&b| char::from(b)));
    };
    for pair in bytes.chunks(2) {
        match pair {
            [a, b] => push(usize::from(*a) << 8 | usize::from(*b), 3),
            [a] => push(usize::from(*a), 2),
            _ => {}
        }
    }
    text
}

/// Undoes `to_text`; `None` for any character or length `to_text` never makes.
pub fn from_text(text: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| ALPHABET.iter().position(|&a| a == c);
    let mut bytes = Vec::with_capacity(text.len() * 2 / 3 + 1);
    for group in text.as_bytes().chunks(3) {
        let value = group
            .iter()
            .try_fold(0usize, |value, &c| Some(value * 42 + digit(c)?))?;
        match group.len() {
            3 => {
                let pair = u16::try_from(value).ok()?;
                bytes.extend_from_slice(&pair.to_be_bytes());
            }
            2 => bytes.push(u8::try_from(value).ok()?),
            _ => return None,
        }
    }
    Some(bytes)
}

/// A short fingerprint of some bytes (32-bit FNV-1a in base 36): names a transfer and checks
/// that its parts came back together exactly.
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for &byte in bytes {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    let mut out = [b'0'; 7];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[(hash % 36) as usize];
        hash /= 36;
    }
    out.iter().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trips_every_byte_and_length() {
        for len in 0..40usize {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 97 + 255 * (i % 2)) as u8).collect();
            let text = to_text(&bytes);
            assert!(text.bytes().all(|c| ALPHABET.contains(&c)));
            assert_eq!(from_text(&text), Some(bytes));
        }
        assert_eq!(from_text(&to_text(&[255, 255])), Some(vec![255, 255]));
        assert_eq!(from_text("A"), None);
        assert_eq!(from_text("abc"), None);
        // 42³ − 1 is more than two bytes hold.
        assert_eq!(from_text("///"), None);
    }

    #[test]
    fn squeeze_round_trips_and_refuses_other_bytes() {
        let words = "I am asked what helps me before a crisis, not after.".as_bytes();
        let squeezed = squeeze(words);
        assert!(squeezed.len() < words.len() / 2, "{}", squeezed.len());
        assert_eq!(unsqueeze(&squeezed).as_deref(), Some(words));
        assert_eq!(unsqueeze(&[0xff; 8]), None);
    }

    #[test]
    fn the_dictionary_is_unchanged() {
        // Codes and locked notes (`lock::pack`) made with another dictionary would unpack
        // to other words. If this fails because the dictionary (or a starter statement)
        // changed, give codes a new `MARKER`, keep this dictionary for reading
        // locked notes kept under the old one, and then update the fingerprint here.
        assert_eq!(fingerprint(&dictionary()), "1ALLVBH");
    }
}
