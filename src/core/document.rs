//! The one document a person owns: their statements, plan, ladder moments and settings.
//!
//! Every field has a serde default so that a document missing a part (older or hand-edited)
//! still loads with nothing lost. Times are milliseconds since 1970 (UTC). Parts this build
//! does not know are found by `envelope` (which then keeps the notes read-only), not here.
use serde::{Deserialize, Serialize};

use super::plan::Plan;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Since schema 3; a list of `PlanEntry` before (now `plan.notes`).
    #[serde(default)]
    pub plan: Plan,
    #[serde(default)]
    pub moments: Vec<Moment>,
    #[serde(default)]
    pub settings: Settings,
    /// Since schema 4.
    #[serde(default, skip_serializing_if = "Raise::is_empty")]
    pub raise: Raise,
}

impl Document {
    /// True when the person has written nothing at all.
    pub fn is_empty(&self) -> bool {
        *self == Document::default()
    }
}

/// The four No Assumptions themes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    WhoIAm,
    WhatMatters,
    HowSupported,
    HowPeopleBehave,
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::WhoIAm,
        Theme::WhatMatters,
        Theme::HowSupported,
        Theme::HowPeopleBehave,
    ];

    /// Stable short name, used in form values.
    pub fn key(self) -> &'static str {
        match self {
            Theme::WhoIAm => "who_i_am",
            Theme::WhatMatters => "what_matters",
            Theme::HowSupported => "how_supported",
            Theme::HowPeopleBehave => "how_people_behave",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.key() == key)
    }
}

/// A first-person statement of what good support looks like for me.
///
/// Fields added after schema 1 was written carry serde defaults, so schema-1 documents
/// read unchanged (see `tests/fixtures/stored/`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    #[serde(default)]
    pub theme: Theme,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub created: i64,
    #[serde(default)]
    pub updated: i64,
    /// Put away, not deleted: kept with its history and can come back.
    #[serde(default, skip_serializing_if = "is_false")]
    pub archived: bool,
    /// The starter-library example this began as, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub example: String,
    /// "How true is this for me now?", oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<Rating>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// How true a statement is for me, in words, never as a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Truth {
    NotYet,
    Sometimes,
    Mostly,
    Yes,
}

impl Truth {
    pub const ALL: [Truth; 4] = [Truth::NotYet, Truth::Sometimes, Truth::Mostly, Truth::Yes];

    /// 0 to 3, for drawing the history.
    pub fn step(self) -> u8 {
        self as u8
    }
}

/// One dated answer to "How true is this for me now?".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rating {
    /// The day it was recorded, `YYYY-MM-DD`.
    pub day: String,
    pub truth: Truth,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One written part of my plan, in my own words, keyed by its field (e.g. "keeping_well").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanEntry {
    pub id: String,
    #[serde(default)]
    pub section: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub updated: i64,
}

/// The seven rungs of the ladder of co-production, bottom to top.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rung {
    Coercion,
    Educating,
    Informing,
    Consultation,
    Engagement,
    CoDesign,
    CoProduction,
}

impl Rung {
    /// Bottom to top.
    pub const ALL: [Rung; 7] = [
        Rung::Coercion,
        Rung::Educating,
        Rung::Informing,
        Rung::Consultation,
        Rung::Engagement,
        Rung::CoDesign,
        Rung::CoProduction,
    ];

    /// 0 (coercion) to 6 (co-production).
    pub fn step(self) -> u8 {
        self as u8
    }

    /// Stable short name, used in form values and data attributes.
    pub fn key(self) -> &'static str {
        match self {
            Rung::Coercion => "coercion",
            Rung::Educating => "educating",
            Rung::Informing => "informing",
            Rung::Consultation => "consultation",
            Rung::Engagement => "engagement",
            Rung::CoDesign => "co_design",
            Rung::CoProduction => "co_production",
        }
    }

    pub fn from_key(key: &str) -> Option<Rung> {
        Rung::ALL.into_iter().find(|rung| rung.key() == key)
    }
}

/// Good involvement that is not on the ladder at all (seed 003): it is shown beside the
/// ladder, never forced onto a rung.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Beyond {
    /// Led by people who use services, such as a peer-run group.
    UserLed,
    Community,
}

impl Beyond {
    pub const ALL: [Beyond; 2] = [Beyond::UserLed, Beyond::Community];

    pub fn key(self) -> &'static str {
        match self {
            Beyond::UserLed => "user_led",
            Beyond::Community => "community",
        }
    }

    pub fn from_key(key: &str) -> Option<Beyond> {
        Beyond::ALL.into_iter().find(|beyond| beyond.key() == key)
    }
}

/// What a moment of involvement was about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Review,
    Medication,
    CarePlan,
    Discharge,
    Therapy,
    ShapedService,
    Other,
}

impl Topic {
    pub const ALL: [Topic; 7] = [
        Topic::Review,
        Topic::Medication,
        Topic::CarePlan,
        Topic::Discharge,
        Topic::Therapy,
        Topic::ShapedService,
        Topic::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Topic::Review => "review",
            Topic::Medication => "medication",
            Topic::CarePlan => "care_plan",
            Topic::Discharge => "discharge",
            Topic::Therapy => "therapy",
            Topic::ShapedService => "shaped_service",
            Topic::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|topic| topic.key() == key)
    }
}

/// A moment of involvement in a decision about my care or a service.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Moment {
    pub id: String,
    /// The day it happened, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub service: String,
    /// Since schema 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<Topic>,
    #[serde(default)]
    pub experienced: Option<Rung>,
    /// Since schema 2. Set instead of `experienced` when the moment was not on the ladder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beyond: Option<Beyond>,
    #[serde(default)]
    pub wanted: Option<Rung>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub updated: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The name to put on printouts, if the person gives one.
    #[serde(default)]
    pub display_name: String,
    /// With the lock on, the safety plan's steps are kept unsealed, to be seen without the
    /// passphrase (since schema 5; off unless the person chooses it).
    #[serde(default, skip_serializing_if = "is_false")]
    pub safety_open: bool,
    /// The day a copy of the notes was last kept (a file saved or shared), `YYYY-MM-DD`
    /// (since schema 5).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub copied_on: String,
    /// The day the nudge to keep a copy was last put away (since schema 5).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nudge_hidden_on: String,
    /// A random key of the person's own, from which the receipt for each group they share
    /// moments with is made (`group::receipt_for`): sharing with a group again replaces
    /// what was shared before, rather than counting twice (since schema 6).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub share_key: String,
}

/// "What I want to raise" at an appointment: the suggestions the person chose (by key, see
/// `raise::suggestions`) and their own questions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Raise {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chosen: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub questions: String,
}

impl Raise {
    pub fn is_empty(&self) -> bool {
        *self == Raise::default()
    }
}

/// Something in a list that has its own identity, so that two tabs can change different
/// ones without losing either.
pub trait Keyed {
    fn key(&self) -> &str;
}

/// Implements `Keyed` for types whose key is their `id` field.
macro_rules! keyed_by_id {
    ($($kind:ty),*) => {
        $(impl $crate::core::document::Keyed for $kind {
            fn key(&self) -> &str {
                &self.id
            }
        })*
    };
}
pub(crate) use keyed_by_id;

keyed_by_id!(Statement, PlanEntry, Moment);

/// Gentle guide for how long one statement should be; longer text is kept, never cut.
pub const STATEMENT_GUIDE_CHARS: usize = 280;
