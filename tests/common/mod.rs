//! Strategies for property tests: documents as the app makes them (ids unique in a list).
#![allow(dead_code)]

use alongside::core::document::Keyed;
use alongside::core::document::{
    Beyond, Document, Moment, PlanEntry, Raise, Rating, Rung, Settings, Statement, Theme, Topic,
    Truth,
};
use alongside::core::plan::{
    Audience, Choice, Goal, GoalStep, Person, Plan, Review, Share, Treatment,
};
use proptest::prelude::*;

pub mod sealing;
pub mod tabs;

pub fn theme() -> impl Strategy<Value = Theme> {
    prop::sample::select(Theme::ALL.to_vec())
}

pub fn rung() -> impl Strategy<Value = Option<Rung>> {
    prop::option::of(prop::sample::select(Rung::ALL.to_vec()))
}

pub fn beyond() -> impl Strategy<Value = Option<Beyond>> {
    prop::option::of(prop::sample::select(Beyond::ALL.to_vec()))
}

pub fn topic() -> impl Strategy<Value = Option<Topic>> {
    prop::option::of(prop::sample::select(Topic::ALL.to_vec()))
}

pub fn moment() -> impl Strategy<Value = Moment> {
    (
        ("[a-c]", ".*", ".*", topic()),
        (rung(), beyond(), rung(), any::<String>(), any::<i64>()),
    )
        .prop_map(
            |((id, date, service, about), (experienced, beyond, wanted, note, updated))| Moment {
                id,
                date,
                service,
                about,
                experienced,
                beyond,
                wanted,
                note,
                updated,
            },
        )
}

/// Keeps the first item with each id, as the app never makes two.
pub fn unique<T: Keyed>(mut list: Vec<T>) -> Vec<T> {
    let mut seen = Vec::new();
    list.retain(|item| {
        let new = !seen.contains(&item.key().to_owned());
        seen.push(item.key().to_owned());
        new
    });
    list
}

pub fn plan() -> impl Strategy<Value = Plan> {
    let note = (
        "keeping_well|triggers|crisis_signs|nominated_name",
        any::<String>(),
        any::<i64>(),
    )
        .prop_map(|(id, text, updated)| PlanEntry {
            section: id.clone(),
            id,
            text,
            updated,
        });
    let goal = (
        "[a-c]",
        any::<String>(),
        prop::collection::vec(("[a-c]", ".*", any::<bool>()), 0..3),
        any::<bool>(),
    )
        .prop_map(|(id, title, steps, finished)| Goal {
            id,
            title,
            steps: unique(
                steps
                    .into_iter()
                    .map(|(id, text, done)| GoalStep { id, text, done })
                    .collect(),
            ),
            finished,
            ..Goal::default()
        });
    let person = ("[a-c]", any::<String>(), "[0-9 +]{0,12}").prop_map(|(id, name, phone)| Person {
        id,
        name,
        phone,
        ..Person::default()
    });
    let treatment = (
        "[a-c]",
        any::<String>(),
        prop::sample::select(Choice::ALL.to_vec()),
        any::<String>(),
    )
        .prop_map(|(id, what, choice, why)| Treatment {
            id,
            what,
            choice,
            why,
            updated: 0,
        });
    let share = (
        "goals|crisis|people",
        any::<bool>(),
        any::<String>(),
        prop::collection::vec(prop::sample::select(Audience::ALL.to_vec()), 0..3),
    )
        .prop_map(|(id, private, not_shared, who)| Share {
            id,
            who,
            private,
            not_shared,
        });
    (
        prop::collection::vec(note, 0..3),
        prop::collection::vec(goal, 0..3),
        prop::collection::vec(person, 0..2),
        prop::collection::vec(treatment, 0..2),
        prop::collection::vec(share, 0..2),
    )
        .prop_map(|(notes, goals, people, treatments, sharing)| Plan {
            notes: unique(notes),
            goals: unique(goals),
            people: unique(people),
            treatments: unique(treatments),
            sharing: unique(sharing),
            reviews: Vec::new(),
        })
}

pub fn plan_with_reviews() -> impl Strategy<Value = Plan> {
    (
        plan(),
        prop::collection::vec(
            (
                "[a-c]",
                "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
                any::<String>(),
                plan(),
            ),
            0..2,
        ),
    )
        .prop_map(|(mut now, reviews)| {
            now.reviews = unique(
                reviews
                    .into_iter()
                    .map(|(id, date, changed, then)| Review {
                        id,
                        date,
                        changed,
                        plan: Box::new(then),
                        ..Review::default()
                    })
                    .collect(),
            );
            now
        })
}

pub fn truth() -> impl Strategy<Value = Truth> {
    prop::sample::select(Truth::ALL.to_vec())
}

pub fn rating() -> impl Strategy<Value = Rating> {
    ("20[0-9]{2}-[01][0-9]-[0-3][0-9]", truth(), any::<String>())
        .prop_map(|(day, truth, note)| Rating { day, truth, note })
}

pub fn statement() -> impl Strategy<Value = Statement> {
    (
        (
            "[a-e]",
            theme(),
            any::<String>(),
            any::<i64>(),
            any::<i64>(),
        ),
        (
            any::<bool>(),
            "[a-z-]{0,12}",
            prop::collection::vec(rating(), 0..4),
        ),
    )
        .prop_map(
            |((id, theme, text, created, updated), (archived, example, mut ratings))| {
                ratings.sort_by(|a, b| a.day.cmp(&b.day));
                Statement {
                    id,
                    theme,
                    text,
                    created,
                    updated,
                    archived,
                    example,
                    ratings,
                }
            },
        )
}

pub fn document() -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(statement(), 0..5),
        plan_with_reviews(),
        prop::collection::vec(moment(), 0..3),
        (any::<String>(), any::<bool>()),
        (
            prop::collection::vec("[a-z]{1,3}:[a-z0-9]{1,4}", 0..3),
            any::<String>(),
        ),
    )
        .prop_map(
            |(
                mut statements,
                plan,
                mut moments,
                (display_name, safety_open),
                (chosen, questions),
            )| {
                // Ids are unique within a list, as the app makes them.
                statements.sort_by(|a, b| a.id.cmp(&b.id));
                statements.dedup_by(|a, b| a.id == b.id);
                moments.sort_by(|a, b| a.id.cmp(&b.id));
                moments.dedup_by(|a, b| a.id == b.id);
                Document {
                    statements,
                    plan,
                    moments,
                    settings: Settings {
                        display_name,
                        safety_open,
                        ..Settings::default()
                    },
                    raise: Raise { chosen, questions },
                }
            },
        )
}

/// A tiny random number source, so that a race runs the same on every run.
pub struct Dice(pub u64);

impl Dice {
    pub fn roll(&mut self, sides: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % sides
    }
}
