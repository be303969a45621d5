//! The stored envelope around the document, and the chain of migrations between schemas.
//!
//! `{"format":"alongside","schema":1,"rev":3,"saved_at":"…","data":{…}}`
//! `schema` says how `data` is shaped; `rev` counts saves so a stale tab can tell that
//! someone else saved since it last looked.
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;

use super::checks::give_unique_ids;
use super::document::Document;

pub const FORMAT: &str = "alongside";
/// The schema this build writes. Bump it only together with a new step in `STEPS` and a
/// new fixture in `tests/fixtures/` (kept forever).
pub const SCHEMA: u32 = 6;

/// Each step turns `data` of schema N into schema N+1; `STEPS[0]` is 1 → 2.
/// A shipped step is never edited: people have files written by it.
type Step = fn(Value) -> Result<Value, String>;
const STEPS: &[Step] = &[
    schema_1_to_2,
    schema_2_to_3,
    schema_3_to_4,
    schema_4_to_5,
    schema_5_to_6,
];

/// Schema 2 gave moments `about` (what it was about) and `beyond` (not on the ladder).
/// Schema-1 data needs no change; the new number is what stops a schema-1 build, still
/// open in another tab, from saving over those fields without knowing them.
fn schema_1_to_2(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// Schema 3 made the plan a whole document (goals, people, treatments, sharing, reviews);
/// its written parts, the list that was `plan`, are now `plan.notes`.
fn schema_2_to_3(mut data: Value) -> Result<Value, String> {
    if let Value::Object(doc) = &mut data {
        match doc.remove("plan") {
            None | Some(Value::Null) => {}
            Some(notes @ Value::Array(_)) => {
                let mut plan = serde_json::Map::new();
                plan.insert("notes".into(), notes);
                doc.insert("plan".into(), Value::Object(plan));
            }
            Some(_) => return Err("plan is not a list".into()),
        }
    }
    Ok(data)
}

/// Schema 4 lets a person be marked to contact in a crisis (`crisis`) and keeps "What I
/// want to raise" (`raise`). Nothing to move; the number stops a schema-3 build from saving
/// over them without knowing them.
fn schema_3_to_4(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// Schema 5 added the safety plan's parts (reasons to keep going, making my space safer,
/// places and people that take my mind off things: written parts like the others), the
/// choice to show the safety plan while locked (`settings.safety_open`), and when a copy
/// was last kept (`settings.copied_on`, `settings.nudge_hidden_on`). Nothing to move; the
/// number stops a schema-4 build from saving over these without knowing them.
fn schema_4_to_5(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// Schema 6 keeps the key each group's receipt is made from (`settings.share_key`). Nothing to move; the number stops a schema-5 build from saving
/// over them without knowing them.
fn schema_5_to_6(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// Where a stored version came from, so that a tab can tell another tab's save from its
/// own and find the version both started from. Absent in files and in older saves.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lineage {
    /// This version's own id.
    #[serde(rename = "v")]
    pub id: String,
    /// The versions it was made from, nearest first (a few only).
    #[serde(rename = "from", default, skip_serializing_if = "Vec::is_empty")]
    pub from: Vec<String>,
}

/// How many ancestors a stored version names.
pub const LINEAGE_DEPTH: usize = 8;

#[derive(Debug, PartialEq)]
pub enum Read {
    /// Readable by this build (migrated if it was older).
    Current {
        doc: Document,
        rev: u64,
        lineage: Option<Lineage>,
    },
    /// Written by a newer Alongside. `doc` is our best reading of it, for showing only.
    Newer {
        schema: u32,
        rev: u64,
        doc: Option<Document>,
    },
    /// Our schema, but with parts this build does not know: saving would drop them, so it
    /// is shown read-only. `doc` is the best reading of it.
    UnknownParts {
        field: String,
        doc: Document,
    },
    /// Locked with a passphrase (see `lock`): opened only with it, never written over.
    Sealed,
    Unreadable(Unreadable),
}

#[derive(Debug, PartialEq)]
pub enum Unreadable {
    NotJson,
    NotOurs,
    MissingParts,
    BadData(String),
}

/// The envelope as stored, with `data` left unparsed until we know its schema.
/// (Parsing `data` straight from text, not through `Value`, keeps the app smaller.)
#[derive(Deserialize)]
struct Stored<'a> {
    #[serde(default)]
    format: Value,
    #[serde(default)]
    schema: Value,
    #[serde(default)]
    rev: Value,
    #[serde(default)]
    v: Option<String>,
    #[serde(default)]
    from: Option<Vec<String>>,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
    #[serde(default)]
    locked: Option<IgnoredAny>,
}

/// Why `data` could not be read as a document.
#[derive(Debug, PartialEq)]
pub enum DataError {
    /// A part this build does not know, by name.
    Unknown(String),
    Bad(String),
}

/// Reads `data` written at `schema` (at most `SCHEMA`). Older data is migrated as JSON
/// values and then read from text like current data, so the code that reads a document is
/// compiled once, not once for text and again for values.
pub fn parse_data(schema: u32, data: &str) -> Result<Document, DataError> {
    read_data(schema, data).and_then(|(doc, unknown)| match unknown {
        Some(field) => Err(DataError::Unknown(field)),
        None => Ok(doc),
    })
}

/// Reads `data` as `parse_data` does, leaving out parts this build does not know, and
/// names the first of them: the document is then our best reading, for showing only.
fn read_data(schema: u32, data: &str) -> Result<(Document, Option<String>), DataError> {
    // Where, not serde's own words: its messages are much code to send, and nobody is shown them.
    let bad =
        |e: serde_json::Error| DataError::Bad(format!("line {} column {}", e.line(), e.column()));
    let mut given: Value = serde_json::from_str(data).map_err(bad)?;
    let migrated;
    let text = if schema == SCHEMA {
        data
    } else {
        given = migrate(schema, given).map_err(DataError::Bad)?;
        migrated = given.to_string();
        &migrated
    };
    let doc: Document = serde_json::from_str(text).map_err(bad)?;
    // What the document holds, written out again: any part of `data` with words in it that
    // is missing there is a part this build does not know. Found by comparing shapes, not
    // by reading serde's error messages, whose wording may change.
    let kept: Value = serde_json::to_string(&doc)
        .and_then(|text| serde_json::from_str(&text))
        .map_err(bad)?;
    Ok((doc, unknown_part(&given, &kept)))
}

/// The name of the first part of `given` that holds something and is not in `kept`.
fn unknown_part(given: &Value, kept: &Value) -> Option<String> {
    match (given, kept) {
        (Value::Object(given), _) => given.iter().find_map(|(name, value)| match kept.get(name) {
            _ if blank(value) => None,
            None => Some(name.clone()),
            Some(kept) => unknown_part(value, kept),
        }),
        (Value::Array(given), Value::Array(kept)) => given
            .iter()
            .zip(kept)
            .find_map(|(given, kept)| unknown_part(given, kept)),
        _ => None,
    }
}

/// Whether `value` holds nothing a person wrote (a part left at its default is not kept).
fn blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Bool(on) => !on,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(text) => text.is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(parts) => parts.values().all(blank),
    }
}

/// Reads stored text. Never panics, whatever the text.
pub fn read(raw: &str) -> Read {
    let Ok(stored) = serde_json::from_str::<Stored>(raw) else {
        return match serde_json::from_str::<IgnoredAny>(raw) {
            Ok(_) => Read::Unreadable(Unreadable::NotOurs),
            Err(_) => Read::Unreadable(Unreadable::NotJson),
        };
    };
    if stored.format.as_str() != Some(FORMAT) {
        return Read::Unreadable(Unreadable::NotOurs);
    }
    if stored.locked.is_some() {
        return Read::Sealed;
    }
    let schema = stored
        .schema
        .as_u64()
        .and_then(|schema| u32::try_from(schema).ok())
        .filter(|schema| *schema >= 1);
    let (Some(schema), Some(data)) = (schema, stored.data) else {
        return Read::Unreadable(Unreadable::MissingParts);
    };
    let rev = stored.rev.as_u64().unwrap_or(0);
    if schema > SCHEMA {
        // Read as this build's schema, leaving out what it does not know: for showing only.
        let doc = read_data(SCHEMA, data.get()).ok().map(|(doc, _)| doc);
        return Read::Newer { schema, rev, doc };
    }
    match read_data(schema, data.get()) {
        Ok((doc, Some(field))) => Read::UnknownParts { field, doc },
        Ok((mut doc, None)) => {
            // Older builds let two items share an id; each gets its own before use.
            give_unique_ids(&mut doc);
            let lineage = stored.v.map(|id| Lineage {
                id,
                from: stored.from.unwrap_or_default(),
            });
            Read::Current { doc, rev, lineage }
        }
        Err(DataError::Unknown(field) | DataError::Bad(field)) => {
            Read::Unreadable(Unreadable::BadData(field))
        }
    }
}

/// Brings `data` written at schema `from` up to `SCHEMA`.
pub fn migrate(from: u32, mut data: Value) -> Result<Value, String> {
    let first = from.saturating_sub(1) as usize;
    for step in STEPS.iter().skip(first) {
        data = step(data)?;
    }
    Ok(data)
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    schema: u32,
    rev: u64,
    saved_at: &'a str,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    lineage: Option<&'a Lineage>,
    data: &'a Document,
}

/// The text of a file or copy of `doc` (no lineage: it is not a stored version).
pub fn write(doc: &Document, rev: u64, saved_at: &str) -> Result<String, serde_json::Error> {
    write_version(doc, rev, saved_at, None)
}

/// The text to store for `doc` as revision `rev`, with where it came from.
pub fn write_version(
    doc: &Document,
    rev: u64,
    saved_at: &str,
    lineage: Option<&Lineage>,
) -> Result<String, serde_json::Error> {
    serde_json::to_string(&Envelope {
        format: FORMAT,
        schema: SCHEMA,
        rev,
        saved_at,
        lineage,
        data: doc,
    })
}

#[cfg(test)]
mod tests;
