//! What every document must be before the app uses it: each item with its own id, and
//! lists and words of a size a person could really write, so no screen ever freezes.
use std::collections::HashSet;

use super::document::{Document, Keyed};
use super::plan::Plan;

/// Longest single piece of writing kept (a text box will not take more).
pub const MAX_TEXT_CHARS: usize = 50_000;

/// The most items each list may hold: far more than a person writes, few enough that every
/// screen stays quick on a cheap phone.
pub mod most {
    pub const STATEMENTS: usize = 5_000;
    /// Answers to "how true is this for me now?", per statement.
    pub const ANSWERS: usize = 500;
    pub const MOMENTS: usize = 5_000;
    pub const GOALS: usize = 100;
    /// Small steps, per goal.
    pub const STEPS: usize = 30;
    pub const PEOPLE: usize = 100;
    pub const TREATMENTS: usize = 100;
    pub const REVIEWS: usize = 100;
    /// Written parts of the plan (16 today, and room for notes from older versions).
    pub const NOTES: usize = 100;
    pub const SHARES: usize = 50;
    /// Suggestions chosen to raise at an appointment.
    pub const CHOSEN: usize = 500;
}

/// Something with an id that can be changed, so two items never share one.
pub trait Renamed: Keyed {
    fn id_mut(&mut self) -> &mut String;
}

macro_rules! renamed_by_id {
    ($($kind:ty),*) => {
        $(impl Renamed for $kind {
            fn id_mut(&mut self) -> &mut String {
                &mut self.id
            }
        })*
    };
}
renamed_by_id!(
    super::document::Statement,
    super::document::PlanEntry,
    super::document::Moment,
    super::plan::Goal,
    super::plan::GoalStep,
    super::plan::Person,
    super::plan::Treatment,
    super::plan::Share,
    super::plan::Review
);

/// Gives every item in `list` its own, non-empty id: a copy of a used id becomes
/// `id-2`, `id-3`…, so two items never show one item's words or change together.
/// Returns true if anything was renamed.
pub fn unique_ids<T: Renamed>(list: &mut [T]) -> bool {
    // The work is done once, on the ids alone, not once for every kind of item.
    unique(list.iter_mut().map(Renamed::id_mut).collect())
}

fn unique(mut ids: Vec<&mut String>) -> bool {
    // Almost always nothing to do: find out in one pass, so loading stays quick.
    let mut seen = HashSet::with_capacity(ids.len());
    if ids
        .iter()
        .all(|id| !id.trim().is_empty() && seen.insert(id.as_str()))
    {
        return false;
    }
    let mut taken: HashSet<String> = ids.iter().map(|id| id.to_string()).collect();
    let mut kept: HashSet<String> = HashSet::with_capacity(ids.len());
    for id in ids.iter_mut() {
        if !id.trim().is_empty() && kept.insert(id.to_string()) {
            continue;
        }
        let base = if id.trim().is_empty() {
            "item".to_owned()
        } else {
            id.to_string()
        };
        let fresh = (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|candidate| !taken.contains(candidate))
            .unwrap_or(base);
        taken.insert(fresh.clone());
        kept.insert(fresh.clone());
        **id = fresh;
    }
    true
}

/// Gives every item in the document, however deep, its own id.
pub fn give_unique_ids(doc: &mut Document) -> bool {
    let statements = unique_ids(&mut doc.statements);
    let moments = unique_ids(&mut doc.moments);
    let plan = plan_ids(&mut doc.plan);
    statements | moments | plan
}

fn plan_ids(plan: &mut Plan) -> bool {
    let mut renamed = unique_ids(&mut plan.notes)
        | unique_ids(&mut plan.goals)
        | unique_ids(&mut plan.people)
        | unique_ids(&mut plan.treatments)
        | unique_ids(&mut plan.sharing)
        | unique_ids(&mut plan.reviews);
    for goal in &mut plan.goals {
        renamed |= unique_ids(&mut goal.steps);
    }
    for review in &mut plan.reviews {
        renamed |= plan_ids(&mut review.plan);
    }
    renamed
}

/// True when every list and every piece of writing is of a size a person could write.
pub fn within_limits(doc: &Document) -> bool {
    let fits = |text: &str| text.len() <= MAX_TEXT_CHARS || text.chars().count() <= MAX_TEXT_CHARS;
    doc.statements.len() <= most::STATEMENTS
        && doc.moments.len() <= most::MOMENTS
        && doc.statements.iter().all(|s| {
            s.ratings.len() <= most::ANSWERS
                && [&s.id, &s.text, &s.example].into_iter().all(|t| fits(t))
                && s.ratings.iter().all(|r| fits(&r.day) && fits(&r.note))
        })
        && doc.moments.iter().all(|m| {
            [&m.id, &m.date, &m.service, &m.note]
                .into_iter()
                .all(|t| fits(t))
        })
        && fits(&doc.settings.display_name)
        && fits(&doc.settings.share_key)
        && fits(&doc.raise.questions)
        && doc.raise.chosen.len() <= most::CHOSEN
        && doc.raise.chosen.iter().all(|key| fits(key))
        && plan_within_limits(&doc.plan, &fits)
}

fn plan_within_limits(plan: &Plan, fits: &dyn Fn(&str) -> bool) -> bool {
    let all = |texts: &[&String]| texts.iter().all(|t| fits(t));
    plan.notes.len() <= most::NOTES
        && plan.goals.len() <= most::GOALS
        && plan.people.len() <= most::PEOPLE
        && plan.treatments.len() <= most::TREATMENTS
        && plan.sharing.len() <= most::SHARES
        && plan.reviews.len() <= most::REVIEWS
        && plan
            .notes
            .iter()
            .all(|n| all(&[&n.id, &n.section, &n.text]))
        && plan.goals.iter().all(|g| {
            g.steps.len() <= most::STEPS
                && all(&[&g.id, &g.title, &g.why, &g.obstacles, &g.solutions])
                && g.steps.iter().all(|s| all(&[&s.id, &s.text]))
        })
        && plan.people.iter().all(|p| {
            all(&[
                &p.id, &p.name, &p.role, &p.phone, &p.text, &p.email, &p.when,
            ])
        })
        && plan
            .treatments
            .iter()
            .all(|t| all(&[&t.id, &t.what, &t.why]))
        && plan.sharing.iter().all(|s| all(&[&s.id, &s.not_shared]))
        && plan.reviews.iter().all(|r| {
            all(&[&r.id, &r.date, &r.with_whom, &r.changed, &r.next])
                && plan_within_limits(&r.plan, fits)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::{Goal, GoalStep};

    fn step(id: &str, text: &str) -> GoalStep {
        GoalStep {
            id: id.into(),
            text: text.into(),
            done: false,
        }
    }

    #[test]
    fn two_steps_with_one_id_each_get_their_own() {
        let mut doc = Document::default();
        doc.plan.goals.push(Goal {
            id: "g".into(),
            steps: vec![
                step("s", "Phone Jo"),
                step("s", "Go for a walk"),
                step("s-2", "Rest"),
                step("", "Tea"),
            ],
            ..Goal::default()
        });
        assert!(give_unique_ids(&mut doc));
        let ids: Vec<&str> = doc.plan.goals[0]
            .steps
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["s", "s-3", "s-2", "item-2"]);
        let texts: Vec<&str> = doc.plan.goals[0]
            .steps
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(texts, ["Phone Jo", "Go for a walk", "Rest", "Tea"]);
        assert!(!give_unique_ids(&mut doc), "a second pass changes nothing");
    }

    #[test]
    fn lists_longer_than_a_person_writes_are_over_the_limit() {
        let mut doc = Document::default();
        assert!(within_limits(&doc));
        doc.plan.goals.push(Goal {
            id: "g".into(),
            steps: (0..=most::STEPS)
                .map(|i| step(&i.to_string(), "x"))
                .collect(),
            ..Goal::default()
        });
        assert!(!within_limits(&doc));
        doc.plan.goals[0].steps.truncate(most::STEPS);
        assert!(within_limits(&doc));
        doc.settings.display_name = "é".repeat(MAX_TEXT_CHARS + 1);
        assert!(!within_limits(&doc));
    }
}
