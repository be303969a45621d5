//! A copy of parts of a person's plan for someone they trust (their supporter), as it travels
//! and as the supporter's page keeps it. Plain Rust: sealing a copy with its share phrase is
//! the browser's (WebCrypto), under the lock's rules (`lock::read_as`).
//!
//! `{"format":"alongside-support","schema":1,"copy":{"id":"…","made":…,"from":"Alex",
//! "parts":["safety","crisis"],"plan":{…}}}`
//! A copy holds only the parts chosen, never a part kept for "only me", and nothing of the
//! plan's reviews, sharing choices or times. Every copy for one supporter carries that
//! supporter's id, so a newer copy replaces an older one on their page.
mod held;
mod phrase;
#[cfg(test)]
mod tests;

pub use held::*;
pub use phrase::*;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::copy::CopyPart;
use super::document::Document;
use super::lock::{self, SealError, Sealed};
use super::plan::{Audience, Field, Goal, Person, Plan, Section, Treatment};
use super::safety;

/// Names a supporter's copy, sealed or not, so that nothing else is read as one.
pub const FORMAT: &str = "alongside-support";
/// The newest copy this build reads; a copy from a later version is refused, never half read.
pub const VERSION: u32 = 1;

/// The parts a supporter can be given, in the order they are offered: the safety plan and
/// the crisis plan first, as in a copy to bring along. (I statements and the ladder are the
/// person's own: they go by the other ways.)
pub const PARTS: [CopyPart; 8] = [
    CopyPart::Safety,
    CopyPart::Plan(Section::Crisis),
    CopyPart::Plan(Section::People),
    CopyPart::Plan(Section::Triggers),
    CopyPart::Plan(Section::KeepingWell),
    CopyPart::Plan(Section::Coping),
    CopyPart::Plan(Section::StayingSafe),
    CopyPart::Plan(Section::Goals),
];

/// A copy as it travels and as the supporter's page keeps it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SupportCopy {
    /// The supporter's id in the person's notes: the same on every copy they are sent.
    pub id: String,
    /// When the copy was made (milliseconds since 1970): the newer replaces the older.
    pub made: i64,
    /// The person's name, if they gave one.
    #[serde(default)]
    pub from: String,
    /// The keys of the parts it holds (`CopyPart::key`).
    #[serde(default)]
    pub parts: Vec<String>,
    #[serde(default)]
    pub plan: Plan,
    /// Set when the person has withdrawn this supporter's copy: their message, and no plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<String>,
}

/// Why a text cannot be read as a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyError {
    /// Not a supporter's copy at all (the person's own notes, a group's file, anything).
    NotACopy,
    /// Made by a later version of Alongside.
    Newer,
    /// Says it is a copy, but its parts are missing or broken.
    Damaged,
}

/// The parts a copy for `audience` holds unless the person changes them: those their
/// sharing choices let that kind of person see (none chosen: none). Never "only me" parts.
pub fn parts_for(plan: &Plan, audience: Option<Audience>) -> Vec<CopyPart> {
    PARTS
        .into_iter()
        .filter(|part| {
            let share = plan.share_by_key(part.key());
            share.is_some_and(|s| !s.private && audience.is_some_and(|a| s.who.contains(&a)))
        })
        .collect()
}

/// Whether `part` may go in a copy at all: one of the offered parts, not kept for "only me".
fn may_share(plan: &Plan, part: CopyPart) -> bool {
    PARTS.contains(&part) && !plan.share_by_key(part.key()).is_some_and(|s| s.private)
}

/// A copy of `parts` of `doc`'s plan for the supporter `id`, made at `now`. Parts not offered
/// or kept for "only me" are left out, whatever is asked.
pub fn make(doc: &Document, parts: &[CopyPart], id: &str, now: i64) -> SupportCopy {
    let plan = &doc.plan;
    let chosen: Vec<CopyPart> = PARTS
        .into_iter()
        .filter(|part| parts.contains(part) && may_share(plan, *part))
        .collect();
    SupportCopy {
        id: id.to_owned(),
        made: now,
        from: doc.settings.display_name.trim().to_owned(),
        parts: chosen.iter().map(|part| part.key().to_owned()).collect(),
        plan: chosen.iter().fold(Plan::default(), |mut copy, part| {
            add_part(&mut copy, plan, *part);
            copy
        }),
        withdrawn: None,
    }
}

/// Adds what `part` holds of `plan` to `copy`, with no times (a supporter needs none).
fn add_part(copy: &mut Plan, plan: &Plan, part: CopyPart) {
    let source = match part {
        // The safety plan shows only what the person shares elsewhere too.
        CopyPart::Safety => safety::only_safety(&safety::shared_only(plan)),
        _ => plan.clone(),
    };
    let fields: Vec<_> = match part {
        CopyPart::Plan(section) => section.fields().to_vec(),
        _ => source
            .notes
            .iter()
            .filter_map(|n| field_of(&n.id))
            .collect(),
    };
    for field in fields {
        let text = source.note(field);
        if !text.trim().is_empty() && copy.note(field).is_empty() {
            copy.set_note(field, text.to_owned(), 0);
        }
    }
    let wants_people = matches!(part, CopyPart::Safety | CopyPart::Plan(Section::People));
    for person in source.people.iter().filter(|_| wants_people) {
        let person = Person {
            updated: 0,
            ..person.clone()
        };
        match copy.people.iter_mut().find(|p| p.id == person.id) {
            // The people part holds more of each person than the safety plan's step does.
            Some(kept) if part == CopyPart::Plan(Section::People) => *kept = person,
            Some(_) => {}
            None => copy.people.push(person),
        }
    }
    if part == CopyPart::Plan(Section::Crisis) {
        copy.treatments = (plan.treatments.iter())
            .map(|t| Treatment {
                updated: 0,
                ..t.clone()
            })
            .collect();
    }
    if part == CopyPart::Plan(Section::Goals) {
        copy.goals = (plan.goals.iter())
            .map(|g| Goal {
                updated: 0,
                ..g.clone()
            })
            .collect();
    }
    // What the person asks not to be passed on goes with the part it is about.
    if let Some(share) = plan.share_by_key(part.key()) {
        if !share.not_shared.trim().is_empty() {
            copy.share_mut_by_key(part.key()).not_shared = share.not_shared.clone();
        }
    }
}

fn field_of(key: &str) -> Option<Field> {
    Section::ALL
        .iter()
        .flat_map(|s| s.fields())
        .find(|f| f.key() == key)
        .copied()
}

/// The text of a copy, to seal or to pack into codes.
pub fn write(copy: &SupportCopy) -> Result<String, serde_json::Error> {
    let copy = serde_json::to_string(copy)?;
    Ok(format!(
        r#"{{"format":"{FORMAT}","schema":{VERSION},"copy":{copy}}}"#
    ))
}

/// Reads a copy's text (once unsealed).
pub fn read(text: &str) -> Result<SupportCopy, CopyError> {
    let outside: Value = serde_json::from_str(text).map_err(|_| CopyError::NotACopy)?;
    if outside.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(CopyError::NotACopy);
    }
    match outside.get("schema").and_then(Value::as_u64) {
        Some(version) if version > u64::from(VERSION) => return Err(CopyError::Newer),
        Some(1..) => {}
        _ => return Err(CopyError::Damaged),
    }
    let copy = outside.get("copy").ok_or(CopyError::Damaged)?;
    let copy = SupportCopy::deserialize(copy).map_err(|_| CopyError::Damaged)?;
    match copy.id.is_empty() {
        true => Err(CopyError::Damaged),
        false => Ok(copy),
    }
}

/// Reads a sealed copy's parts: `None` if it is not a sealed copy at all.
pub fn read_sealed(text: &str) -> Option<Result<Sealed, SealError>> {
    lock::read_as(text, FORMAT, VERSION)
}

/// The text of a sealed copy, for a file or a link.
pub fn write_sealed(sealed: &Sealed) -> String {
    lock::write_as(sealed, FORMAT, VERSION)
}

/// What bringing a copy to the supporter's page did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Received {
    /// A copy from someone not held before.
    Added,
    /// A newer copy in place of the one held.
    Replaced,
    /// The person has withdrawn the copy held: their message is shown.
    Withdrawn,
    /// The same copy again, or an older one: nothing changed.
    AlreadyNewer,
}

/// Brings `copy` into the copies a supporter holds: a newer copy replaces an older one with
/// the same id; an older or the same copy changes nothing.
pub fn receive(held: &mut Vec<SupportCopy>, copy: SupportCopy) -> Received {
    let withdrawn = copy.withdrawn.is_some();
    match held.iter_mut().find(|h| h.id == copy.id) {
        Some(kept) if kept.made >= copy.made => Received::AlreadyNewer,
        Some(kept) => {
            *kept = copy;
            match withdrawn {
                true => Received::Withdrawn,
                false => Received::Replaced,
            }
        }
        None if withdrawn => {
            // Nothing of theirs is held: kept all the same, so the message is seen.
            held.push(copy);
            Received::Withdrawn
        }
        None => {
            held.push(copy);
            Received::Added
        }
    }
}

/// A notice that the copy held by supporter `id` is withdrawn, with the person's `message`.
pub fn withdrawal(doc: &Document, id: &str, message: &str, now: i64) -> SupportCopy {
    SupportCopy {
        id: id.to_owned(),
        made: now,
        from: doc.settings.display_name.trim().to_owned(),
        withdrawn: Some(message.trim().to_owned()),
        ..SupportCopy::default()
    }
}
