//! The group's counts, exact, as they are first worked out from the pool: people (never
//! moments) per service, step, step wanted, gap and quarter. Each person counts once in a
//! service, at the step most of their moments with it were at (the newest, when that is a
//! tie). These exact counts never leave: `picture` protects them before anything is drawn.
use super::picture::{Gap, Table, PLACES};
use super::pool::Pool;
use super::rules::Rules;
use super::{Answer, Contribution, Level, Question, Shared};
use crate::core::document::Rung;
use crate::core::ladder::Place;

/// A year and its quarter, 1 to 4.
pub type QuarterOf = (u16, u8);

/// A line of counts of one service, or one quarter of it.
pub type Exact = Table<usize>;

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

/// The rows of "wanted": the rungs top to bottom, then "did not say".
pub fn wanted_rows() -> impl Iterator<Item = Option<Rung>> {
    PLACES
        .iter()
        .filter_map(|p| match p {
            Place::Rung(r) => Some(Some(*r)),
            Place::Beyond(_) => None,
        })
        .chain([None])
}

/// How many of `people` (each their own moments) fall under each of `rows`.
fn tally<T: PartialEq>(rows: impl Iterator<Item = T>, each: &[T]) -> Vec<(T, usize)> {
    rows.map(|row| {
        let n = each.iter().filter(|e| **e == row).count();
        (row, n)
    })
    .collect()
}

/// People per place, each at their usual place.
fn places(people: &[Vec<&Shared>]) -> Vec<usize> {
    let usual_places: Vec<Option<Place>> = people
        .iter()
        .map(|moments| {
            usual(
                moments
                    .iter()
                    .filter_map(|m| Some((m.place()?, m.month.clone()))),
            )
        })
        .collect();
    tally(PLACES.iter().map(|p| Some(*p)), &usual_places)
        .into_iter()
        .map(|(_, n)| n)
        .collect()
}

/// The quarters, first to last, that at least `least` people had a moment in or before,
/// and in or after: the period the group's picture may be said to cover.
fn period(all: &[Contribution], least: usize) -> Option<(QuarterOf, QuarterOf)> {
    let mut quarters: Vec<QuarterOf> = all
        .iter()
        .flat_map(|c| &c.moments)
        .map(Shared::quarter)
        .collect();
    quarters.sort_unstable();
    quarters.dedup();
    let reaching = |q: &QuarterOf, before: bool| {
        all.iter()
            .filter(|c| {
                c.moments.iter().any(|m| match before {
                    true => m.quarter() <= *q,
                    false => m.quarter() >= *q,
                })
            })
            .count()
            >= least
    };
    let from = *quarters.iter().find(|q| reaching(q, true))?;
    let to = *quarters.iter().rev().find(|q| reaching(q, false))?;
    (from <= to).then_some((from, to))
}

/// The quarters from `from` to `to`, the last `most` of them.
fn quarters_between((from, to): (QuarterOf, QuarterOf), most: usize) -> Vec<QuarterOf> {
    let mut out = Vec::new();
    let mut q = from;
    while q <= to {
        out.push(q);
        q = match q.1 {
            4 => (q.0 + 1, 1),
            n => (q.0, n + 1),
        };
    }
    let skip = out.len().saturating_sub(most);
    out.split_off(skip)
}

/// Quarters drawn in a service's table, at most: two years.
pub const QUARTERS_SHOWN: usize = 8;

/// One service's exact counts, from each of its people's moments with it.
fn service(
    name: Option<String>,
    people: &[Vec<&Shared>],
    period: Option<(QuarterOf, QuarterOf)>,
) -> super::picture::Service<usize> {
    let wanted: Vec<Option<Rung>> = people
        .iter()
        .map(|moments| {
            usual(
                moments
                    .iter()
                    .filter_map(|m| Some((m.wanted?, m.month.clone()))),
            )
        })
        .collect();
    let gaps: Vec<Gap> = people.iter().map(|m| gap(m)).collect();
    let quarters = period.map_or(Vec::new(), |p| quarters_between(p, QUARTERS_SHOWN));
    super::picture::Service {
        name,
        people: people.len(),
        at: places(people),
        wanted: tally(wanted_rows(), &wanted),
        gap: tally(Gap::ALL.into_iter(), &gaps),
        quarters: quarters
            .into_iter()
            .map(|quarter| {
                let within: Vec<Vec<&Shared>> = people
                    .iter()
                    .map(|m| m.iter().copied().filter(|m| m.quarter() == quarter))
                    .map(Iterator::collect::<Vec<_>>)
                    .filter(|m| !m.is_empty())
                    .collect();
                super::picture::Quarter {
                    quarter,
                    people: within.len(),
                    at: places(&within),
                }
            })
            .collect(),
    }
}

impl Exact {
    /// Every count, exact. A service is named only once at least `min_count` people shared
    /// moments with it; the rest are counted together as "other services".
    pub fn of(pool: &Pool, rules: Rules) -> Exact {
        let all = &pool.contributions;
        // Each person's moments, by the name each service is counted under.
        let counted: Vec<Vec<(String, &Shared)>> = all
            .iter()
            .map(|c| {
                c.moments
                    .iter()
                    .map(|m| (pool.service(&m.service), m))
                    .collect()
            })
            .collect();
        let mut names: Vec<String> = Vec::new();
        for (name, _) in counted.iter().flatten() {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
        let people_with = |named: &dyn Fn(&str) -> bool| -> Vec<Vec<&Shared>> {
            counted
                .iter()
                .map(|c| c.iter().filter(|(n, _)| named(n)).map(|(_, m)| *m))
                .map(Iterator::collect::<Vec<_>>)
                .filter(|m| !m.is_empty())
                .collect()
        };
        names.retain(|name| people_with(&|n| n == name).len() >= rules.min_count);
        let period = period(all, rules.min_count);
        let mut services: Vec<_> = names
            .iter()
            .map(|name| service(Some(name.clone()), &people_with(&|n| n == name), period))
            .collect();
        let others = people_with(&|n| !names.iter().any(|name| name == n));
        if !others.is_empty() {
            services.push(service(None, &others, period));
        }
        let levels: Vec<Option<Level>> = all.iter().map(|c| c.level).collect();
        let choices = || Answer::ALL.into_iter().map(Some).chain([None]);
        let mut quotes: Vec<String> = all
            .iter()
            .map(|c| c.quote.trim().to_owned())
            .filter(|q| !q.is_empty())
            .collect();
        // Not in the order they came, which could tell who said what.
        quotes.sort();
        Exact {
            rules,
            ready: all.len() >= rules.min_people,
            people: all.len(),
            period,
            services,
            levels: tally(Level::ALL.into_iter().map(Some).chain([None]), &levels),
            answers: Question::ALL
                .into_iter()
                .map(|q| {
                    let said: Vec<Option<Answer>> = all.iter().map(|c| c.answers.get(q)).collect();
                    let counts = tally(choices(), &said).into_iter().map(|(_, n)| n);
                    (q, counts.collect())
                })
                .collect(),
            quoted: quotes.len(),
            quotes,
        }
    }

    /// Whether each person is counted in exactly one service: only then do the services
    /// add up to everyone, so that a hidden one could be worked out from the total.
    pub fn services_add_up(&self) -> bool {
        self.services.iter().map(|s| s.people).sum::<usize>() == self.people
    }
}
