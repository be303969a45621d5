//! Nobody can be picked out of a published report: over random pools, every number that
//! leaves (the CSV, and the page's text and markup, which say the same) is rounded and at
//! least the threshold, and no hidden count can be worked out from the published ones by
//! any linear combination of the lines that add up (rows, totals and the services together).
use std::collections::BTreeMap;

use proptest::prelude::*;

use super::csv::csv;
use super::picture::{Picture, Service, PLACES};
use super::pool::Pool;
use super::render::{html, text};
use super::report::{blocks, quarter_name, service_name};
use super::rules::Rules;
use super::table::Exact;
use super::{Answer, Answers, Contribution, Level, Question, Shared};
use crate::core::document::Rung;
use crate::core::ladder::Place;
use crate::core::messages::Lang;

/// A published cell: (service, period, measure, category), as the CSV names it.
type Key = (String, String, String, String);

/// A line of counts that add up: its total, its cells, and the total's exact value.
type Line = (Key, Vec<(Key, usize)>, usize);

fn key(service: &str, period: &str, measure: &str, category: &str) -> Key {
    (
        service.into(),
        period.into(),
        measure.into(),
        category.into(),
    )
}

/// The CSV's cells: a number where one is shown, `None` where it is hidden.
fn published(csv: &str) -> BTreeMap<Key, Option<usize>> {
    let mut out = BTreeMap::new();
    for line in csv.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
        // Names in these pools hold no commas or quotes, so a plain split reads them.
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), 5, "{line}");
        if cells[2] == "rule" || cells[2] == "period" || cells[2] == "most_at" {
            continue;
        }
        out.insert(
            key(cells[0], cells[1], cells[2], cells[3]),
            cells[4].parse().ok(),
        );
    }
    out
}

/// Every line of exact counts that adds up to its total, as (total, cells), named as the
/// CSV names them.
fn lines(exact: &Exact, picture: &Picture) -> Vec<Line> {
    let everyone = key("", "all", "people", "");
    let mut out = Vec::new();
    let mut add = |total: Key, total_n: usize, cells: Vec<(Key, usize)>| {
        if cells.iter().map(|(_, n)| n).sum::<usize>() == total_n {
            out.push((total, cells, total_n));
        }
    };
    // The exact and protected services are in different orders: match them by name.
    let name = |s: &Service<usize>| {
        let named = picture.services.iter().find(|p| p.name == s.name).unwrap();
        service_name(named, Lang::En)
    };
    add(
        everyone.clone(),
        exact.people,
        exact
            .services
            .iter()
            .map(|s| (key(&name(s), "all", "people", ""), s.people))
            .collect(),
    );
    add(
        everyone.clone(),
        exact.people,
        exact
            .levels
            .iter()
            .map(|(l, n)| {
                (
                    key("", "all", "level", l.map_or("not_said", Level::key)),
                    *n,
                )
            })
            .collect(),
    );
    for (q, counts) in &exact.answers {
        let keys = Answer::ALL.iter().map(|a| a.key()).chain(["not_said"]);
        let cells = keys
            .zip(counts)
            .map(|(k, n)| (key("", "all", q.key(), k), *n));
        add(everyone.clone(), exact.people, cells.collect());
    }
    for s in &exact.services {
        let s_name = name(s);
        let total = key(&s_name, "all", "people", "");
        let at = PLACES.iter().zip(&s.at);
        let rows = [
            at.map(|(p, n)| (key(&s_name, "all", "at", p.key()), *n))
                .collect(),
            s.wanted
                .iter()
                .map(|(r, n)| {
                    (
                        key(&s_name, "all", "wanted", r.map_or("not_said", |r| r.key())),
                        *n,
                    )
                })
                .collect(),
            s.gap
                .iter()
                .map(|(g, n)| (key(&s_name, "all", "gap", g.key()), *n))
                .collect(),
            s.quarters
                .iter()
                .map(|q| {
                    (
                        key(&s_name, &quarter_name(q.quarter), "people", ""),
                        q.people,
                    )
                })
                .collect(),
        ];
        for cells in rows {
            add(total.clone(), s.people, cells);
        }
    }
    out
}

/// Whether any hidden cell is fixed by the lines, given every shown cell: row-reduce the
/// lines over the hidden cells alone; a hidden cell is recoverable exactly when a reduced
/// line has it as its only unknown.
fn recoverable(lines: &[Line], shown: &BTreeMap<Key, Option<usize>>) -> Option<Key> {
    let is_hidden = |k: &Key| !matches!(shown.get(k), Some(Some(_)));
    let mut unknowns: Vec<Key> = Vec::new();
    for (total, cells, _) in lines {
        for k in std::iter::once(total).chain(cells.iter().map(|(k, _)| k)) {
            if is_hidden(k) && !unknowns.contains(k) {
                unknowns.push(k.clone());
            }
        }
    }
    // Each line: sum(cells) - total = 0, over the unknowns only (the shown are constants).
    let mut rows: Vec<Vec<f64>> = lines
        .iter()
        .map(|(total, cells, _)| {
            let mut row = vec![0.0; unknowns.len()];
            for (k, sign) in cells.iter().map(|(k, _)| (k, 1.0)).chain([(total, -1.0)]) {
                if let Some(i) = unknowns.iter().position(|u| u == k) {
                    row[i] += sign;
                }
            }
            row
        })
        .collect();
    let mut pivot_row = 0;
    for col in 0..unknowns.len() {
        let Some(found) = (pivot_row..rows.len()).find(|r| rows[*r][col].abs() > 1e-9) else {
            continue;
        };
        rows.swap(pivot_row, found);
        let lead = rows[pivot_row][col];
        rows[pivot_row].iter_mut().for_each(|x| *x /= lead);
        for r in 0..rows.len() {
            if r != pivot_row && rows[r][col].abs() > 1e-9 {
                let factor = rows[r][col];
                let pivot = rows[pivot_row].clone();
                rows[r]
                    .iter_mut()
                    .zip(&pivot)
                    .for_each(|(x, p)| *x -= factor * p);
            }
        }
        pivot_row += 1;
    }
    rows.iter().find_map(|row| {
        let nonzero: Vec<usize> = (0..row.len()).filter(|i| row[*i].abs() > 1e-9).collect();
        (nonzero.len() == 1).then(|| unknowns[nonzero[0]].clone())
    })
}

/// Every count-like number in the report's words: none exact may appear.
fn numbers_in(words: &str) -> Vec<usize> {
    let words = ["Q1", "Q2", "Q3", "Q4"]
        .iter()
        .fold(words.to_owned(), |w, q| w.replace(q, ""));
    let mut out = Vec::new();
    for token in words.split(|c: char| !c.is_ascii_digit() && c != '%') {
        // Years and quarters ("2026 Q1"), and percentages, are not counts of people.
        if token.is_empty() || token.ends_with('%') || token.len() == 4 {
            continue;
        }
        if let Ok(n) = token.parse() {
            out.push(n);
        }
    }
    out
}

fn shared(service: usize, place: usize, wanted: Option<usize>, quarter: usize) -> Shared {
    let place = PLACES[place % PLACES.len()];
    let (experienced, beyond) = match place {
        Place::Rung(r) => (Some(r), None),
        Place::Beyond(b) => (None, Some(b)),
    };
    Shared {
        service: format!("Service {}", char::from(b'A' + service as u8)),
        about: None,
        experienced,
        beyond,
        wanted: wanted.map(|w| Rung::ALL[w % 7]),
        month: format!("{}-{:02}", 2024 + quarter / 4, (quarter % 4) * 3 + 1),
    }
}

type Person = (
    Vec<(usize, usize, Option<usize>, usize)>,
    Option<usize>,
    [Option<usize>; 5],
    bool,
);

fn person_strategy(services: usize, quarters: usize) -> impl Strategy<Value = Person> {
    (
        prop::collection::vec(
            (
                0..services,
                0..9usize,
                prop::option::of(0..7usize),
                0..quarters,
            ),
            1..4,
        ),
        prop::option::of(0..3usize),
        prop::array::uniform5(prop::option::of(0..3usize)),
        any::<bool>(),
    )
}

fn pool_of(people: &[Person]) -> Pool {
    let mut pool = Pool::new();
    let incoming = people
        .iter()
        .enumerate()
        .map(|(i, (moments, level, answers, quote))| {
            let mut said = Answers::default();
            for (q, a) in Question::ALL.iter().zip(answers) {
                said.set(*q, a.map(|a| Answer::ALL[a]));
            }
            Contribution {
                format: super::FORMAT.into(),
                version: super::VERSION,
                receipt: format!("P{i:07}"),
                moments: moments
                    .iter()
                    .map(|(s, p, w, q)| shared(*s, *p, *w, *q))
                    .collect(),
                level: level.map(|l| Level::ALL[l]),
                answers: said,
                quote: if *quote {
                    format!("words {}", "x".repeat(i % 5 + 1))
                } else {
                    String::new()
                },
            }
        })
        .collect();
    pool.bring(incoming);
    pool
}

fn pools() -> impl Strategy<Value = (Vec<Person>, Rules)> {
    (
        1..=8usize,
        1..=8usize,
        prop_oneof![Just(5usize), Just(7), Just(10)],
    )
        .prop_flat_map(|(services, quarters, min_count)| {
            let rules = Rules {
                min_people: 10.max(min_count),
                min_count,
            };
            (
                prop::collection::vec(person_strategy(services, quarters), 5..=200),
                Just(rules),
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_hidden_count_can_be_worked_out((people, rules) in pools()) {
        let pool = pool_of(&people);
        let exact = Exact::of(&pool, rules);
        let picture = exact.protect();
        let csv = csv(&picture);
        let shown = published(&csv);
        // Every number that leaves is rounded and at least the threshold.
        for n in shown.values().flatten() {
            prop_assert!(n % rules.base() == 0 && *n >= rules.min_count, "{} in\n{}", n, csv);
        }
        let report = blocks(&picture, &pool.words, Lang::En);
        let (words, markup) = (text(&report), html(&report));
        for n in numbers_in(&words) {
            let rule = [rules.min_people, rules.min_count, rules.base()].contains(&n);
            prop_assert!(rule || (n % rules.base() == 0 && n >= rules.min_count), "{} in\n{}", n, words);
        }
        prop_assert!(!markup.contains("data-count"));
        if picture.ready {
            prop_assert_eq!(recoverable(&lines(&exact, &picture), &shown), None, "\n{}", csv);
        }
        // A service named by fewer than the threshold is named nowhere.
        for s in &exact.services {
            if let Some(name) = &s.name {
                prop_assert!(s.people >= rules.min_count, "{}", name);
            }
        }
        // People's own words only when enough of them wrote some.
        let quoted = pool.contributions.iter().filter(|c| !c.quote.is_empty()).count();
        prop_assert_eq!(words.contains("“words "), picture.ready && quoted >= rules.min_count);
    }
}

#[test]
fn the_drawing_and_words_are_the_same_whatever_the_exact_counts() {
    // 11 and 12 people at one step both round to 10: nothing that leaves may differ.
    let make = |n: usize| {
        let people: Vec<Person> = (0..n)
            .map(|_| (vec![(0, 5, Some(3), 0)], None, [None; 5], false))
            .collect();
        let pool = pool_of(&people);
        let picture = Picture::of(&pool, super::rules::LEAST);
        let report = blocks(&picture, &pool.words, Lang::En);
        (html(&report), text(&report), csv(&picture))
    };
    assert_eq!(make(11), make(12));
    assert_ne!(make(12), make(13), "13 rounds to 15");
}
