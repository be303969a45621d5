//! Notes to a phone in as many codes as they need. Each code is a link that opens Alongside:
//! `…/app/#T1:<id>:<n>:<of>:<packed words>`. The phone keeps the parts it has been given
//! (in any order, twice is harmless) and brings the notes in once it has them all.
use std::collections::BTreeMap;

use super::{read_file_bytes, ImportError};
use crate::core::document::Document;
use crate::core::envelope;
use crate::core::pack::{fingerprint, from_text, squeeze, to_text, unsqueeze, MARKER};

/// More codes than anyone would scan: past this, a file is the better way.
pub const MAX_CODES: usize = 60;
/// Unfinished parts are kept this long (a day), then removed.
const KEEP_PARTS_MS: i64 = 24 * 60 * 60 * 1000;

/// How much each code holds. The fewest codes are dense: a camera must see about 3 pixels a
/// module, so a dense code needs about 400 camera pixels, which a cheap phone at arm's
/// length may not give. Easy codes hold far less each, so there are more of them, but a
/// camera reads them from under half as many pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodeSize {
    /// Version 27 (125 modules across) with low error correction: 1,468 bytes.
    #[default]
    Dense,
    /// Version 8 (49 modules across) with medium error correction: 152 bytes.
    Easy,
}

impl CodeSize {
    /// The biggest QR version a code of this size may use.
    pub fn version(self) -> u8 {
        match self {
            CodeSize::Dense => 27,
            CodeSize::Easy => 8,
        }
    }

    /// Whether codes of this size mend more damage (blur, glare, a crease) than the least.
    pub fn medium_correction(self) -> bool {
        self == CodeSize::Easy
    }

    /// Bits of data one code holds.
    fn bits(self) -> usize {
        match self {
            CodeSize::Dense => 1468 * 8,
            CodeSize::Easy => 152 * 8,
        }
    }
}

/// Characters of packed words one code holds after `prefix` (the address up to `#`) and the
/// code's own header, when there are `count` codes: always a whole number of byte pairs.
fn room(prefix: &str, count: usize, size: CodeSize) -> usize {
    // Address: mode (4 bits) + length + 8 a byte. Rest: mode (4) + length + 11 bits a pair
    // of characters, 6 for one left over. Smaller versions count lengths in fewer bits.
    let (address_length, rest_length) = match size.version() {
        1..=9 => (8, 9),
        10..=26 => (16, 11),
        _ => (16, 13),
    };
    let header_bits = 4 + address_length + 8 * prefix.len() + 4 + rest_length;
    let Some(bits) = size.bits().checked_sub(header_bits) else {
        return 0;
    };
    let characters = bits / 11 * 2 + usize::from(bits % 11 >= 6);
    let digits = count.to_string().len();
    let header = MARKER.len() + 1 + 7 + 1 + digits + 1 + digits + 1;
    characters.saturating_sub(header) / 3 * 3
}

/// The links to show, one a code, for notes opened at `address` (the app's address, no `#`).
/// Empty when they would need more than `MAX_CODES`.
pub fn codes(
    doc: &Document,
    saved_at: &str,
    address: &str,
) -> Result<Vec<String>, serde_json::Error> {
    Ok(codes_of(
        envelope::write(doc, 0, saved_at)?.as_bytes(),
        address,
        CodeSize::Dense,
    ))
}

/// The links for any bytes, as `codes` sends a document, in codes of `size`.
pub fn codes_of(bytes: &[u8], address: &str, size: CodeSize) -> Vec<String> {
    let body = squeeze(bytes);
    let prefix = format!("{address}#");
    let mut count = 1;
    loop {
        let bytes_per_code = room(&prefix, count, size) / 3 * 2;
        if bytes_per_code == 0 {
            return Vec::new();
        }
        let needed = body.len().div_ceil(bytes_per_code).max(1);
        if needed > MAX_CODES {
            return Vec::new();
        }
        if needed <= count {
            break;
        }
        count = needed;
    }
    // Parts of even size, so every code is about as easy to scan.
    let part = body.len().div_ceil(count).next_multiple_of(2).max(2);
    let chunks: Vec<&[u8]> = body.chunks(part).collect();
    let id = fingerprint(&body);
    let of = chunks.len();
    chunks
        .iter()
        .enumerate()
        .map(|(i, chunk)| format!("{prefix}{MARKER}:{id}:{}:{of}:{}", i + 1, to_text(chunk)))
        .collect()
}

/// One scanned code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    id: String,
    index: usize,
    count: usize,
    words: String,
}

/// The code in an address's `#` part: `None` if it is not a code at all.
pub fn read_part(hash: &str) -> Option<Result<Part, ImportError>> {
    let rest = hash.strip_prefix("#T")?;
    let (marker, rest) = rest.split_once(':')?;
    if !marker.bytes().all(|b| b.is_ascii_digit()) || marker.is_empty() {
        return None;
    }
    if format!("T{marker}") != MARKER {
        return Some(Err(ImportError::OtherVersion));
    }
    let mut fields = rest.splitn(4, ':');
    let mut next = || fields.next().unwrap_or_default();
    let (id, index, count, words) = (next(), next(), next(), next());
    let part = Part {
        id: id.to_owned(),
        index: index.parse().unwrap_or(0),
        count: count.parse().unwrap_or(0),
        words: words.to_owned(),
    };
    let sound = part.id.len() == 7
        && part
            .id
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        && (1..=MAX_CODES).contains(&part.count)
        && (1..=part.count).contains(&part.index);
    Some(if sound {
        Ok(part)
    } else {
        Err(ImportError::BrokenLink)
    })
}

/// The parts of one transfer that a phone has been given so far.
#[derive(Clone, Debug, Default, PartialEq)]
struct Gathering {
    id: String,
    count: usize,
    /// When its first part arrived (ms since 1970).
    since: i64,
    parts: BTreeMap<usize, String>,
}

/// What a phone has after a code is scanned.
#[derive(Clone, Debug, PartialEq)]
pub enum Gathered<T = Result<Document, ImportError>> {
    /// Every part is here: the notes, read and checked like a file.
    Complete(Box<T>),
    /// Still waiting: the codes it has (by number, from 1) out of `count`.
    Waiting { have: Vec<usize>, count: usize },
}

/// Adds `part` to the parts kept in `stored` (the text kept under `PARTS_KEY`, if any).
/// Returns the text to keep now (`None`: remove it) and what the phone has. Parts more
/// than a day old go; a transfer is known by its id and number of codes, so two never mix.
pub fn gather(stored: Option<&str>, part: Part, now: i64) -> (Option<String>, Gathered) {
    gather_with(stored, part, now, |bytes| read_file_bytes(&bytes?))
}

/// As `gather`, for codes of anything: `read` is given the whole bytes once every part is here.
pub fn gather_with<T>(
    stored: Option<&str>,
    part: Part,
    now: i64,
    read: impl FnOnce(Result<Vec<u8>, ImportError>) -> T,
) -> (Option<String>, Gathered<T>) {
    let mut gatherings = kept(stored, now);
    let position = gatherings
        .iter()
        .position(|g| g.id == part.id && g.count == part.count);
    let position = position.unwrap_or_else(|| {
        gatherings.push(Gathering {
            id: part.id.clone(),
            count: part.count,
            since: now,
            parts: BTreeMap::new(),
        });
        gatherings.len() - 1
    });
    let gathering = &mut gatherings[position];
    gathering.parts.insert(part.index, part.words);
    let gathered = if gathering.parts.len() == gathering.count {
        let whole: String = gathering.parts.values().map(String::as_str).collect();
        let id = gathering.id.clone();
        gatherings.remove(position);
        Gathered::Complete(Box::new(read(unpack(&whole, &id))))
    } else {
        Gathered::Waiting {
            have: gathering.parts.keys().copied().collect(),
            count: gathering.count,
        }
    };
    (write(&gatherings), gathered)
}

/// The parts kept in `stored` less those over a day old (`None`: nothing left to keep).
pub fn tidy(stored: &str, now: i64) -> Option<String> {
    write(&kept(Some(stored), now))
}

/// Kept as plain lines, one block a transfer: `<id> <count> <since>`, then `<n> <words>` for
/// each part. Packed words hold no spaces or line breaks; anything else is dropped.
fn kept(stored: Option<&str>, now: i64) -> Vec<Gathering> {
    let mut gatherings: Vec<Gathering> = Vec::new();
    for line in stored.unwrap_or_default().lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        match (fields.as_slice(), gatherings.last_mut()) {
            ([id, count, since], _) => gatherings.push(Gathering {
                id: (*id).to_owned(),
                count: count.parse().unwrap_or(0),
                since: since.parse().unwrap_or(i64::MIN),
                parts: BTreeMap::new(),
            }),
            ([index, words], Some(gathering)) => {
                if let Ok(index) = index.parse() {
                    gathering.parts.insert(index, (*words).to_owned());
                }
            }
            _ => {}
        }
    }
    gatherings.retain(|g| {
        (1..=MAX_CODES).contains(&g.count)
            && g.parts.keys().all(|n| (1..=g.count).contains(n))
            && now.saturating_sub(g.since) < KEEP_PARTS_MS
    });
    gatherings
}

fn write(gatherings: &[Gathering]) -> Option<String> {
    if gatherings.is_empty() {
        return None;
    }
    let mut out = String::new();
    for g in gatherings {
        out.push_str(&format!("{} {} {}\n", g.id, g.count, g.since));
        for (index, words) in &g.parts {
            out.push_str(&format!("{index} {words}\n"));
        }
    }
    Some(out)
}

/// The bytes from every part's words, put back in order.
fn unpack(words: &str, id: &str) -> Result<Vec<u8>, ImportError> {
    let body = from_text(words).ok_or(ImportError::BrokenLink)?;
    if fingerprint(&body) != id {
        return Err(ImportError::BrokenLink);
    }
    unsqueeze(&body).ok_or(ImportError::BrokenLink)
}

#[cfg(test)]
mod tests;
