//! The group's picture: the counts of `table`, protected by `Rules` before anything is drawn.
//! The protected picture holds no exact count at all (every shown count is already rounded),
//! so whatever is made from it, on screen, on paper, as text or as CSV, cannot give one away.
use super::pool::Pool;
use super::rules::{Count, Rules};
use super::table::{Exact, QuarterOf};
use super::{Level, Question};
use crate::core::document::{Beyond, Rung};
use crate::core::ladder::Place;

/// The rows of the drawing, top to bottom: beyond the ladder, then co-production to coercion.
pub const PLACES: [Place; 9] = [
    Place::Beyond(Beyond::UserLed),
    Place::Beyond(Beyond::Community),
    Place::Rung(Rung::CoProduction),
    Place::Rung(Rung::CoDesign),
    Place::Rung(Rung::Engagement),
    Place::Rung(Rung::Consultation),
    Place::Rung(Rung::Informing),
    Place::Rung(Rung::Educating),
    Place::Rung(Rung::Coercion),
];

/// Between the step a person had and the step they wanted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    Higher,
    Same,
    Lower,
    /// No step wanted, or the moments were beyond the ladder.
    Unknown,
}

impl Gap {
    pub const ALL: [Gap; 4] = [Gap::Higher, Gap::Same, Gap::Lower, Gap::Unknown];

    pub fn key(self) -> &'static str {
        match self {
            Gap::Higher => "wanted_higher",
            Gap::Same => "wanted_same",
            Gap::Lower => "wanted_lower",
            Gap::Unknown => "not_known",
        }
    }
}

/// The group's counts: exact (`C` = `usize`) while they are worked out, protected (`Count`)
/// once the rules have hidden and rounded them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table<C> {
    pub rules: Rules,
    /// Nothing more is shown until enough people have contributed.
    pub ready: bool,
    pub people: C,
    /// The first and last quarter the picture covers, each resting on enough people.
    pub period: Option<(QuarterOf, QuarterOf)>,
    pub services: Vec<Service<C>>,
    /// People per level, and those who did not say.
    pub levels: Vec<(Option<Level>, C)>,
    /// Per question: yes, partly, no, not answered.
    pub answers: Vec<(Question, Vec<C>)>,
    /// People who shared words for the group, and their words (shown only when enough did).
    pub quoted: C,
    pub quotes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service<C> {
    /// `None`: the services too few people named, together.
    pub name: Option<String>,
    pub people: C,
    /// People per place, in `PLACES` order (empty when `people` is hidden).
    pub at: Vec<C>,
    /// People per step wanted, in `PLACES` order's rungs, then those who did not say.
    pub wanted: Vec<(Option<Rung>, C)>,
    pub gap: Vec<(Gap, C)>,
    pub quarters: Vec<Quarter<C>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarter<C> {
    pub quarter: QuarterOf,
    pub people: C,
    /// People per place that quarter (empty when `people` is hidden).
    pub at: Vec<C>,
}

/// What is drawn: counts that are rounded or hidden, never exact.
pub type Picture = Table<Count>;

/// The places with the largest shown count (rounded: ties are listed together).
pub fn most(at: &[Count]) -> Vec<Place> {
    let top = at.iter().filter_map(|c| c.shown()).max().unwrap_or(0);
    PLACES
        .iter()
        .zip(at)
        .filter(|(_, c)| top > 0 && c.shown() == Some(top))
        .map(|(p, _)| *p)
        .collect()
}

/// `rows` protected as one line with a total, each keeping its name; nothing at all when
/// the total itself is not shown.
fn protect_rows<T: Copy>(rules: Rules, total: Count, rows: &[(T, usize)]) -> Vec<(T, Count)> {
    let counts: Vec<usize> = rows.iter().map(|(_, n)| *n).collect();
    let names = rows.iter().map(|(row, _)| *row);
    names.zip(protect_line(rules, total, &counts)).collect()
}

fn protect_line(rules: Rules, total: Count, counts: &[usize]) -> Vec<Count> {
    match total {
        Count::Shown(_) => rules.line(counts),
        _ => Vec::new(),
    }
}

fn protect_service(rules: Rules, service: &Service<usize>, people: Count) -> Service<Count> {
    let quarter_people: Vec<usize> = service.quarters.iter().map(|q| q.people).collect();
    Service {
        name: service.name.clone(),
        people,
        at: protect_line(rules, people, &service.at),
        wanted: protect_rows(rules, people, &service.wanted),
        gap: protect_rows(rules, people, &service.gap),
        // Quarters add up to the service only when each person's moments fall in one, but
        // a reader cannot tell when: each is treated as a line with a total.
        quarters: service
            .quarters
            .iter()
            .zip(protect_line(rules, people, &quarter_people))
            .map(|(q, people)| Quarter {
                quarter: q.quarter,
                people,
                at: protect_line(rules, people, &q.at),
            })
            .collect(),
    }
}

impl Picture {
    pub fn of(pool: &Pool, rules: Rules) -> Picture {
        Exact::of(pool, rules).protect()
    }
}

impl Exact {
    /// The picture as it may be shown: small counts hidden, a second count hidden beside a
    /// lone one in every line with a total, every other count rounded.
    pub fn protect(&self) -> Picture {
        let rules = self.rules;
        let mut picture = Picture {
            rules,
            ready: self.ready,
            people: Count::Few,
            period: None,
            services: Vec::new(),
            levels: Vec::new(),
            answers: Vec::new(),
            quoted: Count::Few,
            quotes: Vec::new(),
        };
        if !self.ready {
            return picture;
        }
        picture.people = rules.count(self.people);
        picture.period = self.period;
        let sizes: Vec<usize> = self.services.iter().map(|s| s.people).collect();
        let people = match self.services_add_up() {
            true => rules.line(&sizes),
            false => sizes.iter().map(|n| rules.count(*n)).collect(),
        };
        picture.services = self
            .services
            .iter()
            .zip(people)
            .map(|(s, people)| protect_service(rules, s, people))
            .collect();
        // Largest first by what is shown, never by the exact count; the rest together last.
        picture.services.sort_by(|a, b| {
            let rank = |s: &Service<Count>| (s.name.is_none(), std::cmp::Reverse(s.people.shown()));
            rank(a).cmp(&rank(b)).then_with(|| a.name.cmp(&b.name))
        });
        picture.levels = protect_rows(rules, picture.people, &self.levels);
        picture.answers = self
            .answers
            .iter()
            .map(|(q, counts)| (*q, rules.line(counts)))
            .collect();
        picture.quoted = rules.count(self.quoted);
        if picture.quoted.shown().is_some() {
            picture.quotes = self.quotes.clone();
        }
        picture
    }
}
