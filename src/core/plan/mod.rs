//! My plan: one document the person owns, in sections they fill in any order. Here are its
//! shape (stored since schema 3), its sections and written parts, how complete each section
//! is in words, when a review is due, and the plan laid out as labelled lines for printing,
//! copying and comparing.
mod layout;
mod sections;
#[cfg(test)]
mod tests;

pub use layout::*;
pub use sections::*;

use serde::{Deserialize, Serialize};

use super::document::{keyed_by_id, PlanEntry};
use super::messages::Msg;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// The plan's written parts, one entry per `Field`, keyed by the field's key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<PlanEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Treatments and places I prefer, accept or don't want, for a crisis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub treatments: Vec<Treatment>,
    /// Who may see each section, keyed by the section's key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sharing: Vec<Share>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        *self == Plan::default()
    }

    pub fn note(&self, field: Field) -> &str {
        self.notes
            .iter()
            .find(|n| n.id == field.key())
            .map_or("", |n| n.text.as_str())
    }

    pub fn set_note(&mut self, field: Field, text: String, now: i64) {
        match self.notes.iter_mut().find(|n| n.id == field.key()) {
            Some(note) => {
                note.text = text;
                note.updated = now;
            }
            None => self.notes.push(PlanEntry {
                id: field.key().to_owned(),
                section: field.section().key().to_owned(),
                text,
                updated: now,
            }),
        }
    }

    pub fn share(&self, section: Section) -> Option<&Share> {
        self.share_by_key(section.key())
    }

    pub fn share_by_key(&self, key: &str) -> Option<&Share> {
        self.sharing.iter().find(|s| s.id == key)
    }

    /// The sharing choices for `section`, made (empty) if there are none yet.
    pub fn share_mut(&mut self, section: Section) -> &mut Share {
        self.share_mut_by_key(section.key())
    }

    /// The sharing choices kept under `key` (a section, or "statements" or "ladder").
    pub fn share_mut_by_key(&mut self, key: &str) -> &mut Share {
        let at = match self.sharing.iter().position(|s| s.id == key) {
            Some(at) => at,
            None => {
                self.sharing.push(Share {
                    id: key.to_owned(),
                    ..Share::default()
                });
                self.sharing.len() - 1
            }
        };
        &mut self.sharing[at]
    }

    /// Written parts under an id no screen shows (from an older version or a file): shown
    /// together as "other notes", so no words are hidden.
    pub fn other_notes(&self) -> impl Iterator<Item = &PlanEntry> {
        self.notes.iter().filter(|note| {
            !Section::ALL
                .iter()
                .any(|section| section.fields().iter().any(|f| f.key() == note.id))
        })
    }

    /// The plan as it is now, without its reviews, to keep inside a review.
    pub fn snapshot(&self) -> Plan {
        Plan {
            reviews: Vec::new(),
            ..self.clone()
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub steps: Vec<GoalStep>,
    /// What might get in the way.
    #[serde(default)]
    pub obstacles: String,
    /// What I'll do about it.
    #[serde(default)]
    pub solutions: String,
    /// Set by hand; otherwise worked out from the steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<Progress>,
    /// Finished and kept, not deleted.
    #[serde(default)]
    pub finished: bool,
    #[serde(default)]
    pub updated: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoalStep {
    pub id: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub done: bool,
}

/// How far along a goal is, in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    NotStarted,
    Started,
    Halfway,
    NearlyThere,
    Done,
}

impl Progress {
    pub const ALL: [Progress; 5] = [
        Progress::NotStarted,
        Progress::Started,
        Progress::Halfway,
        Progress::NearlyThere,
        Progress::Done,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Progress::NotStarted => "not_started",
            Progress::Started => "started",
            Progress::Halfway => "halfway",
            Progress::NearlyThere => "nearly_there",
            Progress::Done => "done",
        }
    }

    pub fn from_key(key: &str) -> Option<Progress> {
        Progress::ALL.into_iter().find(|p| p.key() == key)
    }

    pub fn name(self) -> Msg {
        match self {
            Progress::NotStarted => Msg::ProgressNotStarted,
            Progress::Started => Msg::ProgressStarted,
            Progress::Halfway => Msg::ProgressHalfway,
            Progress::NearlyThere => Msg::ProgressNearlyThere,
            Progress::Done => Msg::ProgressDone,
        }
    }
}

impl Goal {
    /// The progress set by hand, or else from the steps ticked.
    pub fn progress(&self) -> Progress {
        if let Some(progress) = self.progress {
            return progress;
        }
        let steps = self.steps.iter().filter(|s| !s.text.trim().is_empty());
        let (done, total) = steps.fold((0, 0), |(d, t), s| (d + usize::from(s.done), t + 1));
        match (done, total) {
            (0, _) => Progress::NotStarted,
            (d, t) if d == t => Progress::Done,
            (d, t) if d * 4 >= t * 3 => Progress::NearlyThere,
            (d, t) if d * 2 >= t => Progress::Halfway,
            _ => Progress::Started,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// Relationship or role: "my sister", "care coordinator".
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub phone: String,
    /// A number for text messages.
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub email: String,
    /// When to contact them.
    #[serde(default)]
    pub when: String,
    /// Shown in "Need help now?" to contact in a crisis (since schema 4).
    #[serde(default, skip_serializing_if = "is_false")]
    pub crisis: bool,
    #[serde(default)]
    pub updated: i64,
}

fn is_false(value: &bool) -> bool {
    !*value
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    #[default]
    Prefer,
    Accept,
    Refuse,
}

impl Choice {
    pub const ALL: [Choice; 3] = [Choice::Prefer, Choice::Accept, Choice::Refuse];

    pub fn key(self) -> &'static str {
        match self {
            Choice::Prefer => "prefer",
            Choice::Accept => "accept",
            Choice::Refuse => "refuse",
        }
    }

    pub fn name(self) -> Msg {
        match self {
            Choice::Prefer => Msg::ChoicePrefer,
            Choice::Accept => Msg::ChoiceAccept,
            Choice::Refuse => Msg::ChoiceRefuse,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Treatment {
    pub id: String,
    /// The treatment or place, in my words.
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub choice: Choice,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub updated: i64,
}

/// People who might see a section of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Gp,
    CareCoordinator,
    NominatedPerson,
    Family,
    CrisisTeam,
}

impl Audience {
    pub const ALL: [Audience; 5] = [
        Audience::Gp,
        Audience::CareCoordinator,
        Audience::NominatedPerson,
        Audience::Family,
        Audience::CrisisTeam,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Audience::Gp => "gp",
            Audience::CareCoordinator => "care_coordinator",
            Audience::NominatedPerson => "nominated_person",
            Audience::Family => "family",
            Audience::CrisisTeam => "crisis_team",
        }
    }

    pub fn name(self) -> Msg {
        match self {
            Audience::Gp => Msg::AudienceGp,
            Audience::CareCoordinator => Msg::AudienceCareCoordinator,
            Audience::NominatedPerson => Msg::AudienceNominatedPerson,
            Audience::Family => Msg::AudienceFamily,
            Audience::CrisisTeam => Msg::AudienceCrisisTeam,
        }
    }
}

/// Who may see one section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Share {
    /// The section's key.
    pub id: String,
    #[serde(default)]
    pub who: Vec<Audience>,
    /// Only for me: left out of copies unless I choose it.
    #[serde(default)]
    pub private: bool,
    /// Anything in this section I do not want shared.
    #[serde(default)]
    pub not_shared: String,
}

impl Share {
    /// Lets `audience` see the section, or not. Choosing someone means it is no longer
    /// kept for me only.
    pub fn let_see(&mut self, audience: Audience, see: bool) {
        self.who.retain(|a| *a != audience);
        if see {
            self.who.push(audience);
            self.private = false;
        }
    }

    /// Keeps the section for me only (nobody else chosen), or not.
    pub fn keep_private(&mut self, private: bool) {
        self.private = private;
        if private {
            self.who.clear();
        }
    }
}

/// A look at the plan, with a read-only copy of the plan as it was then.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub id: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub with_whom: String,
    #[serde(default)]
    pub changed: String,
    /// When to look at it again, `YYYY-MM-DD`.
    #[serde(default)]
    pub next: String,
    #[serde(default)]
    pub plan: Box<Plan>,
}

keyed_by_id!(Goal, GoalStep, Person, Treatment, Share, Review);
