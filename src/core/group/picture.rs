//! The group's picture: counts of people (never of moments) per service, step and quarter,
//! with small numbers hidden by `Rules`. Each person counts once in a service, at the step
//! most of their moments with it were at (the newest, when that is a tie).
use super::pool::Pool;
use super::rules::{Count, Rules};
use super::{Answer, Contribution, Level, Question, Shared};
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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub rules: Rules,
    pub people: usize,
    pub moments: usize,
    /// The first and last month of any moment, `YYYY-MM`.
    pub months: Option<(String, String)>,
    /// Nothing more is shown until enough people have contributed.
    pub ready: bool,
    pub services: Vec<Service>,
    /// People per level, and those who did not say.
    pub levels: Vec<(Option<Level>, Count)>,
    /// Per question: yes, partly, no, not answered.
    pub answers: Vec<(Question, Vec<Count>)>,
    pub quotes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    pub name: String,
    pub people: Count,
    /// People per place, in `PLACES` order (empty when `people` is hidden).
    pub at: Vec<Count>,
    /// People per step wanted, in `PLACES` order's rungs, then those who did not say.
    pub wanted: Vec<(Option<Rung>, Count)>,
    pub gap: Vec<(Gap, Count)>,
    pub quarters: Vec<Quarter>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarter {
    /// `2026 Q1`.
    pub name: String,
    pub people: Count,
    /// The places most people were at that quarter, when it is shown.
    pub most: Vec<Place>,
}

/// The most common of `items` (each with its month); ties go to the newest.
fn usual<T: Copy + PartialEq>(items: impl Iterator<Item = (T, String)>) -> Option<T> {
    let mut tally: Vec<(T, usize, String)> = Vec::new();
    for (item, month) in items {
        match tally.iter_mut().find(|(t, _, _)| *t == item) {
            Some((_, n, newest)) => {
                *n += 1;
                if month > *newest {
                    *newest = month;
                }
            }
            None => tally.push((item, 1, month)),
        }
    }
    tally
        .into_iter()
        .max_by(|a, b| (a.1, &a.2).cmp(&(b.1, &b.2)))
        .map(|(item, _, _)| item)
}

fn gap(moments: &[&Shared]) -> Gap {
    let had = usual(
        moments
            .iter()
            .filter_map(|m| Some((m.experienced?, m.month.clone()))),
    );
    let wanted = usual(
        moments
            .iter()
            .filter_map(|m| Some((m.wanted?, m.month.clone()))),
    );
    match (had, wanted) {
        (Some(had), Some(wanted)) => match wanted.cmp(&had) {
            std::cmp::Ordering::Greater => Gap::Higher,
            std::cmp::Ordering::Equal => Gap::Same,
            std::cmp::Ordering::Less => Gap::Lower,
        },
        _ => Gap::Unknown,
    }
}

/// The places with the largest count, when any is shown.
pub fn most(at: &[Count]) -> Vec<Place> {
    let top = at.iter().filter_map(|c| c.shown()).max().unwrap_or(0);
    PLACES
        .iter()
        .zip(at)
        .filter(|(_, c)| top > 0 && c.shown() == Some(top))
        .map(|(p, _)| *p)
        .collect()
}

impl Picture {
    pub fn of(pool: &Pool, rules: Rules) -> Picture {
        let all = &pool.contributions;
        let people = all.len();
        let mut months = all.iter().flat_map(|c| &c.moments).map(|m| &m.month);
        let first = months.next().cloned();
        let months = first.map(|first| {
            all.iter()
                .flat_map(|c| &c.moments)
                .fold((first.clone(), first), |(lo, hi), m| {
                    (lo.min(m.month.clone()), hi.max(m.month.clone()))
                })
        });
        let ready = people >= rules.min_people;
        let mut picture = Picture {
            rules,
            people,
            moments: all.iter().map(|c| c.moments.len()).sum(),
            months,
            ready,
            services: Vec::new(),
            levels: Vec::new(),
            answers: Vec::new(),
            quotes: Vec::new(),
        };
        if !ready {
            return picture;
        }
        picture.services = services(pool, rules);
        let levels: Vec<Option<Level>> =
            Level::ALL.iter().copied().map(Some).chain([None]).collect();
        let counts: Vec<usize> = levels
            .iter()
            .map(|level| all.iter().filter(|c| c.level == *level).count())
            .collect();
        picture.levels = levels.into_iter().zip(rules.parts(&counts)).collect();
        picture.answers = Question::ALL
            .iter()
            .map(|q| {
                let choices: Vec<Option<Answer>> = Answer::ALL
                    .iter()
                    .copied()
                    .map(Some)
                    .chain([None])
                    .collect();
                let counts: Vec<usize> = choices
                    .iter()
                    .map(|a| all.iter().filter(|c| c.answers.get(*q) == *a).count())
                    .collect();
                (*q, rules.parts(&counts))
            })
            .collect();
        picture.quotes = all
            .iter()
            .map(|c| c.quote.trim().to_owned())
            .filter(|q| !q.is_empty())
            .collect();
        // Not in the order they came, which could tell who said what.
        picture.quotes.sort();
        picture
    }
}

/// Each service's picture, largest first.
fn services(pool: &Pool, rules: Rules) -> Vec<Service> {
    // Every contribution's moments, by the name each service is counted under.
    let mut names: Vec<String> = Vec::new();
    let counted: Vec<Vec<(String, &Shared)>> = pool
        .contributions
        .iter()
        .map(|c| {
            c.moments
                .iter()
                .map(|m| {
                    let name = pool.service(&m.service);
                    if !names.contains(&name) {
                        names.push(name.clone());
                    }
                    (name, m)
                })
                .collect()
        })
        .collect();
    fn of<'a>(c: &[(String, &'a Shared)], name: &str) -> Vec<&'a Shared> {
        c.iter()
            .filter(|(n, _)| n == name)
            .map(|(_, m)| *m)
            .collect()
    }
    let sizes: Vec<usize> = names
        .iter()
        .map(|name| counted.iter().filter(|c| !of(c, name).is_empty()).count())
        .collect();
    // Services add up to everyone only when each person named one: only then could a
    // hidden service be worked out from the total.
    let people_counts = match sizes.iter().sum::<usize>() == pool.contributions.len() {
        true => rules.parts(&sizes),
        false => sizes.iter().map(|n| rules.count(*n)).collect(),
    };
    let mut services: Vec<(usize, Service)> = names
        .iter()
        .zip(sizes.iter().zip(people_counts))
        .map(|(name, (size, people))| {
            let each: Vec<Vec<&Shared>> = counted
                .iter()
                .map(|c| of(c, name))
                .filter(|m| !m.is_empty())
                .collect();
            let service = match people {
                Count::Shown(_) => service(name, people, &each, rules),
                _ => Service {
                    name: name.clone(),
                    people,
                    at: Vec::new(),
                    wanted: Vec::new(),
                    gap: Vec::new(),
                    quarters: Vec::new(),
                },
            };
            (*size, service)
        })
        .collect();
    services.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.name.cmp(&b.1.name)));
    services.into_iter().map(|(_, s)| s).collect()
}

fn place_counts(each: &[Vec<&Shared>], rules: Rules) -> Vec<Count> {
    let usual_places: Vec<Option<Place>> = each
        .iter()
        .map(|moments| {
            usual(
                moments
                    .iter()
                    .filter_map(|m| Some((m.place()?, m.month.clone()))),
            )
        })
        .collect();
    let counts: Vec<usize> = PLACES
        .iter()
        .map(|p| usual_places.iter().filter(|u| **u == Some(*p)).count())
        .collect();
    rules.parts(&counts)
}

fn service(name: &str, people: Count, each: &[Vec<&Shared>], rules: Rules) -> Service {
    let wanted_usual: Vec<Option<Rung>> = each
        .iter()
        .map(|moments| {
            usual(
                moments
                    .iter()
                    .filter_map(|m| Some((m.wanted?, m.month.clone()))),
            )
        })
        .collect();
    let wanted_rows: Vec<Option<Rung>> = PLACES
        .iter()
        .filter_map(|p| match p {
            Place::Rung(r) => Some(Some(*r)),
            Place::Beyond(_) => None,
        })
        .chain([None])
        .collect();
    let wanted_counts: Vec<usize> = wanted_rows
        .iter()
        .map(|r| wanted_usual.iter().filter(|u| *u == r).count())
        .collect();
    let gaps: Vec<Gap> = each.iter().map(|m| gap(m)).collect();
    let gap_counts: Vec<usize> = Gap::ALL
        .iter()
        .map(|g| gaps.iter().filter(|x| *x == g).count())
        .collect();
    let mut quarters: Vec<(u16, u8)> = each.iter().flatten().map(|m| m.quarter()).collect();
    quarters.sort_unstable();
    quarters.dedup();
    Service {
        name: name.to_owned(),
        people,
        at: place_counts(each, rules),
        wanted: wanted_rows
            .into_iter()
            .zip(rules.parts(&wanted_counts))
            .collect(),
        gap: Gap::ALL.into_iter().zip(rules.parts(&gap_counts)).collect(),
        quarters: quarters
            .into_iter()
            .map(|(year, quarter)| {
                let within: Vec<Vec<&Shared>> = each
                    .iter()
                    .map(|m| {
                        m.iter()
                            .copied()
                            .filter(|m| m.quarter() == (year, quarter))
                            .collect::<Vec<_>>()
                    })
                    .filter(|m| !m.is_empty())
                    .collect();
                let people = rules.count(within.len());
                Quarter {
                    name: format!("{year} Q{quarter}"),
                    people,
                    most: match people {
                        Count::Shown(_) => most(&place_counts(&within, rules)),
                        _ => Vec::new(),
                    },
                }
            })
            .collect(),
    }
}

/// How many moments `incoming` holds, for the check before they are added.
pub fn moments_in(incoming: &[Contribution]) -> usize {
    incoming.iter().map(|c| c.moments.len()).sum()
}
