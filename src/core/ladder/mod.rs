//! My co-production ladder: which moments to show, what they add up to in words, and
//! where each mark goes in the drawings. Coordinates are whole numbers in the drawing's
//! own units (its `viewBox`), worked out here so that they can be tested without a browser.
mod drawing;
mod names;
mod summary;
#[cfg(test)]
mod tests;

pub use drawing::*;
pub use names::*;
pub use summary::*;

use super::dates::days_before;
use super::document::{Beyond, Moment, Rung, Topic};

/// The three bands, top to bottom, with their rungs top to bottom.
pub const BANDS: [(Band, &[Rung]); 3] = [
    (Band::DoingWith, &[Rung::CoProduction, Rung::CoDesign]),
    (
        Band::DoingFor,
        &[Rung::Engagement, Rung::Consultation, Rung::Informing],
    ),
    (Band::DoingTo, &[Rung::Educating, Rung::Coercion]),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    DoingTo,
    DoingFor,
    DoingWith,
}

/// How far back to look.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    #[default]
    All,
    Months3,
    Months6,
    Year,
}

impl Period {
    pub const ALL: [Period; 4] = [Period::All, Period::Months3, Period::Months6, Period::Year];

    pub fn key(self) -> &'static str {
        match self {
            Period::All => "all",
            Period::Months3 => "3m",
            Period::Months6 => "6m",
            Period::Year => "1y",
        }
    }

    pub fn from_key(key: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|period| period.key() == key)
    }

    /// The first day inside the period, counting back from `today`.
    fn first_day(self, today: &str) -> Option<String> {
        let days = match self {
            Period::All => return None,
            Period::Months3 => 91,
            Period::Months6 => 182,
            Period::Year => 365,
        };
        days_before(today, days)
    }
}

/// Which moments the person wants to look at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// A service's name as the person wrote it; matched ignoring case and spaces around.
    pub service: Option<String>,
    pub period: Period,
}

impl Filter {
    /// The moments to show, newest first. `today` is `YYYY-MM-DD`.
    pub fn apply<'a>(&self, moments: &'a [Moment], today: &str) -> Vec<&'a Moment> {
        let since = self.period.first_day(today);
        let mut shown: Vec<&Moment> = moments
            .iter()
            .filter(|m| {
                self.service
                    .as_deref()
                    .is_none_or(|service| same_service(&m.service, service))
            })
            .filter(|m| {
                since
                    .as_deref()
                    .is_none_or(|since| m.date.as_str() >= since)
            })
            .collect();
        newest_first(&mut shown);
        shown
    }
}

/// Every moment with one service, newest first.
pub fn of_service<'a>(moments: &'a [Moment], service: &str) -> Vec<&'a Moment> {
    let filter = Filter {
        service: Some(service.to_owned()),
        period: Period::All,
    };
    // All of time: no day is needed to count back from.
    filter.apply(moments, "")
}

/// Newest first; moments on the same day keep the order they were written in, newest first.
pub fn newest_first(moments: &mut Vec<&Moment>) {
    crate::core::order::sort_by_rank(moments, true, |m| (m.date.clone(), m.updated));
}

pub fn same_service(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Every service named so far, spelt as first written, the most recently used first:
/// suggestions when typing and choices for the filter.
pub fn services(moments: &[Moment]) -> Vec<String> {
    let mut ordered: Vec<&Moment> = moments.iter().collect();
    newest_first(&mut ordered);
    let mut names: Vec<String> = Vec::new();
    for moment in ordered {
        let name = moment.service.trim();
        if !name.is_empty() && !names.iter().any(|known| same_service(known, name)) {
            names.push(name.to_owned());
        }
    }
    names
}

/// Where a moment sits: on a rung, or beside the ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Rung(Rung),
    Beyond(Beyond),
}

impl Place {
    pub fn of(moment: &Moment) -> Option<Place> {
        match (moment.experienced, moment.beyond) {
            (Some(rung), _) => Some(Place::Rung(rung)),
            (None, Some(beyond)) => Some(Place::Beyond(beyond)),
            (None, None) => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Place::Rung(rung) => rung.key(),
            Place::Beyond(beyond) => beyond.key(),
        }
    }

    pub fn from_key(key: &str) -> Option<Place> {
        Rung::from_key(key)
            .map(Place::Rung)
            .or_else(|| Beyond::from_key(key).map(Place::Beyond))
    }
}

/// A moment as the form holds it while the person fills it in (also kept as a draft).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MomentDraft {
    pub date: String,
    pub service: String,
    pub about: Option<Topic>,
    pub place: Option<Place>,
    pub wanted: Option<Rung>,
    pub note: String,
}

/// Which of the form's needed parts are still empty.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Missing {
    pub date: bool,
    pub service: bool,
    pub place: bool,
}

impl MomentDraft {
    pub fn from_moment(moment: &Moment) -> MomentDraft {
        MomentDraft {
            date: moment.date.clone(),
            service: moment.service.clone(),
            about: moment.about,
            place: Place::of(moment),
            wanted: moment.wanted,
            note: moment.note.clone(),
        }
    }

    /// Copies the draft into `moment`, keeping its id: a step, or beyond the ladder.
    pub fn fill(self, moment: &mut Moment, now: i64) {
        moment.date = self.date;
        moment.service = self.service.trim().to_owned();
        moment.about = self.about;
        (moment.experienced, moment.beyond) = match self.place {
            Some(Place::Rung(rung)) => (Some(rung), None),
            Some(Place::Beyond(beyond)) => (None, Some(beyond)),
            None => (None, None),
        };
        moment.wanted = self.wanted;
        moment.note = self.note.trim().to_owned();
        moment.updated = now;
    }

    pub fn missing(&self) -> Missing {
        Missing {
            date: self.date.trim().is_empty(),
            service: self.service.trim().is_empty(),
            place: self.place.is_none(),
        }
    }

    /// The draft as named words, to keep while the page is closed.
    pub fn words(&self) -> [(&'static str, String); 6] {
        [
            ("date", self.date.clone()),
            ("service", self.service.clone()),
            (
                "about",
                self.about.map(Topic::key).unwrap_or_default().to_owned(),
            ),
            (
                "place",
                self.place.map(Place::key).unwrap_or_default().to_owned(),
            ),
            (
                "wanted",
                self.wanted.map(Rung::key).unwrap_or_default().to_owned(),
            ),
            ("note", self.note.clone()),
        ]
    }

    /// A draft back from its words (`get` gives the words kept under each name).
    pub fn from_words(get: impl Fn(&str) -> String) -> MomentDraft {
        MomentDraft {
            date: get("date"),
            service: get("service"),
            about: Topic::from_key(&get("about")),
            place: Place::from_key(&get("place")),
            wanted: Rung::from_key(&get("wanted")),
            note: get("note"),
        }
    }
}
