//! Our ladder: a group's picture of involvement, pooled from people's own ladders.
//!
//! A person chooses moments from their ladder to add to a group. What leaves is a
//! *contribution*: for each moment only the service (as they named it), what it was about,
//! the step it was at or "beyond the ladder", the step wanted, and the month; never a note,
//! a name, a day or anything else in their notes. A facilitator brings contributions into a
//! *pool* (`pool`), which counts people and hides small numbers (`rules`) in the group's
//! picture and report (`picture`, `report`).
pub mod csv;
mod drawing;
pub mod key;
pub mod picture;
pub mod pool;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod privacy;
pub mod render;
pub mod report;
pub mod rules;
pub mod seal;
pub mod share;
pub mod table;
mod tally;
pub use tally::{add_to_tally, file_entries, tally_lines, tally_without, TALLY_KEY};
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use super::config::plain_text;
use super::dates::long_month;
use super::document::{Beyond, Moment, Rung, Topic};
use super::ladder::{place_name, rung_name, topic_name, Place};
use super::messages::{fill, Lang, Msg};

/// Names a contribution file; a person's notes say "alongside".
pub const FORMAT: &str = "alongside-group";
pub const VERSION: u32 = 1;
/// Far more than anyone's moments; small enough to read safely on a cheap phone.
pub const MAX_FILE_BYTES: usize = 256 * 1024;
pub const MAX_MOMENTS: usize = 1_000;
/// The longest service name, and the longest quote.
pub const SERVICE_MAX: usize = 80;
pub const QUOTE_MAX: usize = 500;
/// The receipt's letters: Crockford's base 32, with no I, L, O or U to misread.
const RECEIPT_LETTERS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
pub const RECEIPT_LEN: usize = 8;

/// One person's moments, as they leave their device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    pub format: String,
    pub version: u32,
    /// Random, so the same contribution brought twice counts once, and can be taken out.
    pub receipt: String,
    pub moments: Vec<Shared>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(default, skip_serializing_if = "Answers::is_empty")]
    pub answers: Answers,
    /// Words the person wrote for the group and chose to share.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
}

/// A moment as it is shared: named like a moment's fields, so the codes' packing knows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shared {
    pub service: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<Topic>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experienced: Option<Rung>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beyond: Option<Beyond>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wanted: Option<Rung>,
    /// `YYYY-MM`.
    pub month: String,
}

impl Shared {
    pub fn place(&self) -> Option<Place> {
        match (self.experienced, self.beyond) {
            (Some(rung), None) => Some(Place::Rung(rung)),
            (None, Some(beyond)) => Some(Place::Beyond(beyond)),
            _ => None,
        }
    }

    /// Only what may leave: the day becomes its month, the note stays behind.
    pub fn of(moment: &Moment) -> Option<Shared> {
        let month = moment.date.get(..7)?.to_owned();
        let shared = Shared {
            service: moment.service.trim().to_owned(),
            about: moment.about,
            experienced: moment.experienced,
            beyond: moment.beyond.filter(|_| moment.experienced.is_none()),
            wanted: moment.wanted,
            month,
        };
        shared.sound().then_some(shared)
    }

    fn sound(&self) -> bool {
        let service = self.service.trim();
        !service.is_empty()
            && service.len() == self.service.len()
            && plain_text(service, SERVICE_MAX)
            && self.place().is_some()
            && month_number(&self.month).is_some()
    }

    /// The moment as one line, as the person sees it before it leaves and the facilitator
    /// before it is added: "CMHT · Care plan · Consultation · wanted Co-design · March 2026".
    pub fn line(&self, lang: Lang) -> String {
        let mut parts = vec![self.service.clone()];
        parts.extend(
            self.about
                .map(|about| topic_name(about).text(lang).to_owned()),
        );
        parts.extend(
            self.place()
                .map(|place| place_name(place).text(lang).to_owned()),
        );
        parts.extend(self.wanted.map(|rung| {
            fill(
                Msg::ShareWanted.text(lang),
                "step",
                rung_name(rung).text(lang),
            )
        }));
        parts.push(long_month(&self.month, lang));
        parts.join(" · ")
    }

    /// `2026-03` as the year and quarter (1 to 4) it falls in.
    pub fn quarter(&self) -> (u16, u8) {
        month_number(&self.month).map_or((0, 0), |(year, month)| (year, (month - 1) / 3 + 1))
    }
}

/// `YYYY-MM` as its year and month; `None` for anything else.
fn month_number(month: &str) -> Option<(u16, u8)> {
    let (year, number) = month.split_once('-')?;
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(number, 2) {
        return None;
    }
    let (year, number) = (year.parse().ok()?, number.parse().ok()?);
    ((2000..=2200).contains(&year) && (1..=12).contains(&number)).then_some((year, number))
}

/// Whose decisions the moments were about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    OwnCare,
    Service,
    Commissioning,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::OwnCare, Level::Service, Level::Commissioning];

    pub fn key(self) -> &'static str {
        match self {
            Level::OwnCare => "own_care",
            Level::Service => "service",
            Level::Commissioning => "commissioning",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    Partly,
    No,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::Partly, Answer::No];

    pub fn key(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Partly => "partly",
            Answer::No => "no",
        }
    }

    pub fn from_key(key: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// The four questions involvement frameworks ask, and whether they heard what came of it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heard: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contribute: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mattered: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub told: Option<Answer>,
}

/// The questions, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Heard,
    Contribute,
    Mattered,
    Changed,
    Told,
}

impl Question {
    pub const ALL: [Question; 5] = [
        Question::Heard,
        Question::Contribute,
        Question::Mattered,
        Question::Changed,
        Question::Told,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Question::Heard => "heard",
            Question::Contribute => "contribute",
            Question::Mattered => "mattered",
            Question::Changed => "changed",
            Question::Told => "told",
        }
    }
}

impl Answers {
    pub fn is_empty(&self) -> bool {
        Question::ALL.iter().all(|q| self.get(*q).is_none())
    }

    pub fn get(&self, question: Question) -> Option<Answer> {
        *self.slot(question)
    }

    pub fn set(&mut self, question: Question, answer: Option<Answer>) {
        *self.slot_mut(question) = answer;
    }

    fn slot(&self, question: Question) -> &Option<Answer> {
        match question {
            Question::Heard => &self.heard,
            Question::Contribute => &self.contribute,
            Question::Mattered => &self.mattered,
            Question::Changed => &self.changed,
            Question::Told => &self.told,
        }
    }

    fn slot_mut(&mut self, question: Question) -> &mut Option<Answer> {
        match question {
            Question::Heard => &mut self.heard,
            Question::Contribute => &mut self.contribute,
            Question::Mattered => &mut self.mattered,
            Question::Changed => &mut self.changed,
            Question::Told => &mut self.told,
        }
    }
}

/// Why a contribution could not be brought in. Nothing is changed when one is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    TooLarge,
    /// Not a contribution at all.
    NotContribution,
    /// A person's own notes: never taken into a group.
    Notes,
    /// Made by a newer Alongside.
    Newer,
    /// A contribution, but something in it is not as Alongside writes it (or, sealed, it
    /// does not open with the group's key: changed since it was sealed).
    Broken,
    /// Sealed for a group whose key is not on this page.
    OtherGroup,
    /// Sealed for a group, and this page has no group key yet.
    NoKey,
}

impl Contribution {
    /// A contribution of `moments` (those that can be shared), under `receipt`.
    pub fn new(receipt: String, moments: &[&Moment]) -> Contribution {
        Contribution {
            format: FORMAT.to_owned(),
            version: VERSION,
            receipt,
            moments: moments.iter().filter_map(|m| Shared::of(m)).collect(),
            level: None,
            answers: Answers::default(),
            quote: String::new(),
        }
    }

    /// As a file, or as bytes for codes.
    pub fn to_file(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a contribution as strictly as notes are read.
    pub fn read(bytes: &[u8]) -> Result<Contribution, Refused> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(Refused::TooLarge);
        }
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|_| Refused::NotContribution)?;
        match value.get("format").and_then(|f| f.as_str()) {
            Some(FORMAT) => {}
            Some("alongside") => return Err(Refused::Notes),
            _ => return Err(Refused::NotContribution),
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(VERSION) => {}
            Some(v) if v > u64::from(VERSION) => return Err(Refused::Newer),
            _ => return Err(Refused::Broken),
        }
        let contribution: Contribution =
            serde_json::from_value(value).map_err(|_| Refused::Broken)?;
        contribution
            .sound()
            .then_some(contribution)
            .ok_or(Refused::Broken)
    }

    fn sound(&self) -> bool {
        is_receipt(&self.receipt)
            && (1..=MAX_MOMENTS).contains(&self.moments.len())
            && self.moments.iter().all(Shared::sound)
            && self.quote.chars().count() <= QUOTE_MAX
            && !self.quote.chars().any(|c| c.is_control() && c != '\n')
    }
}

/// How many moments `incoming` holds, for the facilitator's own check before they are added.
pub fn moments_in(incoming: &[Contribution]) -> usize {
    incoming.iter().map(|c| c.moments.len()).sum()
}

/// A new receipt from random bytes.
pub fn receipt(random: [u8; RECEIPT_LEN]) -> String {
    random
        .iter()
        .map(|b| char::from(RECEIPT_LETTERS[usize::from(b % 32)]))
        .collect()
}

fn is_receipt(text: &str) -> bool {
    text.len() == RECEIPT_LEN && text.bytes().all(|b| RECEIPT_LETTERS.contains(&b))
}

/// The receipt a person's moments go to `group` under (its `seal::Invitation::id`, or empty
/// for no group in particular): made from their own random `key`, so the same for every
/// sharing with one group, and unlike the receipt for any other group.
pub fn receipt_for(key: &str, group: &str) -> String {
    // FNV-1a, 64 bits: enough to spread 40 bits of receipt; the key is what is secret.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in key.bytes().chain([0xff]).chain(group.bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    receipt(std::array::from_fn(|i| (hash >> (5 * i)) as u8))
}

/// A receipt as typed: any case, with spaces or a dash, O for 0 and I or L for 1.
pub fn typed_receipt(typed: &str) -> Option<String> {
    let text: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    is_receipt(&text).then_some(text)
}

/// `K7Q2M9XD` as `K7Q2-M9XD`, easier to read and copy.
pub fn show_receipt(receipt: &str) -> String {
    match receipt.get(..4).zip(receipt.get(4..)) {
        Some((a, b)) => format!("{a}-{b}"),
        None => receipt.to_owned(),
    }
}
