//! The facilitator's pool: the contributions brought in, the service names merged, and the
//! words they add to the report. Kept on the facilitator's device under its own key; it never
//! touches a person's notes.
use serde::{Deserialize, Serialize};

use super::Contribution;
use crate::core::ladder::same_service;

pub const POOL_KEY: &str = "alongside-group.pool";
/// Where a pool that could not be read is kept aside, never written over.
pub const UNREADABLE_KEY: &str = "alongside-group.unreadable";
const POOL_FORMAT: &str = "alongside-group-pool";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pool {
    pub format: String,
    pub contributions: Vec<Contribution>,
    /// Names that mean the same service, and the one name the group uses for them.
    #[serde(default)]
    pub merged: Vec<Merge>,
    /// The facilitator's words for the report.
    #[serde(default)]
    pub words: ReportWords,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Merge {
    pub from: String,
    pub into: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportWords {
    pub group: String,
    pub changed: String,
    pub reflections: String,
}

/// What bringing contributions in did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Brought {
    pub new: usize,
    /// A contribution with a receipt already here, in its newer form: still one person.
    pub replaced: usize,
    /// Already here exactly: nothing changed.
    pub same: usize,
}

/// A service's name as people wrote it, and the name the group counts it under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub written: String,
    pub counted_as: String,
    pub people: usize,
}

impl Pool {
    pub fn new() -> Pool {
        Pool {
            format: POOL_FORMAT.to_owned(),
            ..Pool::default()
        }
    }

    /// A kept pool, or `None` if it is not one (it is then kept aside, never written over).
    pub fn read(text: &str) -> Option<Pool> {
        serde_json::from_str::<Pool>(text)
            .ok()
            .filter(|pool| pool.format == POOL_FORMAT)
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Brings contributions in: one a receipt, so the same one twice counts once.
    pub fn bring(&mut self, incoming: Vec<Contribution>) -> Brought {
        let mut brought = Brought::default();
        for contribution in incoming {
            match self
                .contributions
                .iter_mut()
                .find(|c| c.receipt == contribution.receipt)
            {
                Some(kept) if *kept == contribution => brought.same += 1,
                Some(kept) => {
                    *kept = contribution;
                    brought.replaced += 1;
                }
                None => {
                    self.contributions.push(contribution);
                    brought.new += 1;
                }
            }
        }
        brought
    }

    /// Takes out the contribution with `receipt`, with where it was (for Undo).
    pub fn remove(&mut self, receipt: &str) -> Option<(usize, Contribution)> {
        let at = self
            .contributions
            .iter()
            .position(|c| c.receipt == receipt)?;
        Some((at, self.contributions.remove(at)))
    }

    pub fn put_back(&mut self, at: usize, contribution: Contribution) {
        if !self
            .contributions
            .iter()
            .any(|c| c.receipt == contribution.receipt)
        {
            let at = at.min(self.contributions.len());
            self.contributions.insert(at, contribution);
        }
    }

    /// The name `written` is counted under.
    pub fn service(&self, written: &str) -> String {
        match self.merged.iter().find(|m| same_service(&m.from, written)) {
            Some(merge) => merge.into.clone(),
            None => self.first_spelling(written),
        }
    }

    /// A name as it was first written, so "cmht" and "CMHT" are one service.
    fn first_spelling(&self, written: &str) -> String {
        self.contributions
            .iter()
            .flat_map(|c| &c.moments)
            .find(|m| same_service(&m.service, written))
            .map_or_else(|| written.trim().to_owned(), |m| m.service.clone())
    }

    /// Every name people wrote, A to Z, with the name it counts under and how many people
    /// wrote it.
    pub fn names(&self) -> Vec<Name> {
        let mut names: Vec<Name> = Vec::new();
        for contribution in &self.contributions {
            let mut seen: Vec<&str> = Vec::new();
            for moment in &contribution.moments {
                if seen.iter().any(|s| same_service(s, &moment.service)) {
                    continue;
                }
                seen.push(&moment.service);
                match names
                    .iter_mut()
                    .find(|n| same_service(&n.written, &moment.service))
                {
                    Some(name) => name.people += 1,
                    None => names.push(Name {
                        written: moment.service.clone(),
                        counted_as: self.service(&moment.service),
                        people: 1,
                    }),
                }
            }
        }
        names.sort_by_key(|n| n.written.to_lowercase());
        names
    }

    /// Counts every name in `names` as `into` from now on.
    pub fn merge(&mut self, names: &[String], into: &str) {
        let into = into.trim();
        if into.is_empty() {
            return;
        }
        for name in names {
            self.merged.retain(|m| !same_service(&m.from, name));
            self.merged.push(Merge {
                from: name.trim().to_owned(),
                into: into.to_owned(),
            });
        }
    }

    /// Counts `written` under its own name again.
    pub fn separate(&mut self, written: &str) {
        self.merged.retain(|m| !same_service(&m.from, written));
    }
}
