//! The person's side: who holds a copy, of which parts, from when, and which parts have
//! changed since. Nothing here pretends a copy on another phone can be taken back: a
//! withdrawn copy is a message for the supporter, sent the way copies go.
use serde::{Deserialize, Serialize};

use super::{make, SupportCopy, PARTS};
use crate::core::copy::CopyPart;
use crate::core::document::Document;
use crate::core::pack::fingerprint;
use crate::core::plan::Audience;

/// Someone the person has sent a copy to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Supporter {
    /// The id every copy for them carries.
    pub id: String,
    /// Who they are among the person's people (`Person::id`).
    #[serde(default)]
    pub person: String,
    /// Their name when the copy was sent, so it still says whose copy it is if they are
    /// later removed from the person's people.
    #[serde(default)]
    pub name: String,
    /// The kind of person they are, whose sharing choices chose the parts at first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    /// The parts their newest copy holds, each with a fingerprint of its words then.
    #[serde(default)]
    pub parts: Vec<HeldPart>,
    /// When their newest copy (or withdrawal) was made.
    #[serde(default)]
    pub sent: i64,
    /// The message sent with a withdrawal: they hold nothing current.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<String>,
}

/// One part a supporter holds, and a fingerprint of its words as they were sent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldPart {
    /// The part's key (`CopyPart::key`).
    pub part: String,
    pub words: String,
}

/// A fingerprint of what a copy of `part` alone holds now: it changes when the words do,
/// and not when something is typed and put back.
fn words_of(doc: &Document, part: CopyPart) -> String {
    let copy = make(doc, &[part], "", 0);
    let text = serde_json::to_string(&copy.plan).unwrap_or_default();
    fingerprint(text.as_bytes())
}

impl Supporter {
    /// Notes that `copy` (made from `doc`) was sent to them.
    pub fn record(&mut self, doc: &Document, copy: &SupportCopy) {
        self.sent = copy.made;
        self.withdrawn = copy.withdrawn.clone();
        self.parts = PARTS
            .into_iter()
            .filter(|part| copy.parts.iter().any(|key| key == part.key()))
            .map(|part| HeldPart {
                part: part.key().to_owned(),
                words: words_of(doc, part),
            })
            .collect();
    }

    /// The parts they hold, in the order parts are offered.
    pub fn holds(&self) -> Vec<CopyPart> {
        let held = |part: &CopyPart| self.parts.iter().any(|h| h.part == part.key());
        PARTS.into_iter().filter(held).collect()
    }

    /// The parts they hold whose words have changed since their copy was made (a part now
    /// kept for "only me", or emptied, counts as changed: their copy still has it).
    pub fn changed_since(&self, doc: &Document) -> Vec<CopyPart> {
        PARTS
            .into_iter()
            .filter(|part| {
                let held = self.parts.iter().find(|h| h.part == part.key());
                held.is_some_and(|held| held.words != words_of(doc, *part))
            })
            .collect()
    }
}
