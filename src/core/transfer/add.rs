//! Adding one document to another without duplicates or lost words.
use super::Added;
use crate::core::checks::Renamed;
use crate::core::document::{Document, Moment, Raise, Statement};
use crate::core::plan::{Goal, Person, Plan};

/// Adds what `incoming` holds to `doc`. Anything already here (same id and same words, or
/// the same words under another id) is not added again, so adding a file twice changes
/// nothing. Different words under an id that is already used are kept under a new id:
/// no words are ever dropped.
pub fn add(doc: &mut Document, incoming: Document) -> Added {
    let added = Added {
        statements: add_list(&mut doc.statements, incoming.statements, same_statement),
        plan: add_plan(&mut doc.plan, incoming.plan),
        moments: add_list(&mut doc.moments, incoming.moments, same_moment),
    };
    add_raise(&mut doc.raise, incoming.raise);
    if doc.settings.display_name.trim().is_empty() {
        doc.settings.display_name = incoming.settings.display_name;
    }
    added
}

/// What to raise: chosen suggestions from both, and both sets of questions, one after the other.
fn add_raise(raise: &mut Raise, incoming: Raise) {
    for key in incoming.chosen {
        if !raise.chosen.contains(&key) {
            raise.chosen.push(key);
        }
    }
    let theirs = incoming.questions.trim();
    if !theirs.is_empty() && !raise.questions.contains(theirs) {
        if !raise.questions.trim().is_empty() {
            raise.questions.push_str("\n\n");
        }
        raise.questions.push_str(theirs);
    }
}

/// Adds plan parts: goals, people, treatments and reviews as items; a written part that is
/// empty here takes the incoming words, and one that differs keeps both texts, one after
/// the other. Sharing choices already made here stay.
fn add_plan(plan: &mut Plan, incoming: Plan) -> usize {
    let mut added = 0;
    for note in incoming.notes {
        if note.text.trim().is_empty() {
            continue;
        }
        match plan.notes.iter_mut().find(|n| n.id == note.id) {
            Some(here) if here.text.contains(note.text.trim()) => {}
            Some(here) if here.text.trim().is_empty() => {
                here.text = note.text;
                added += 1;
            }
            Some(here) => {
                here.text = format!("{}\n\n{}", here.text.trim_end(), note.text.trim());
                added += 1;
            }
            None => {
                plan.notes.push(note);
                added += 1;
            }
        }
    }
    added += add_list(&mut plan.goals, incoming.goals, |a, b| {
        Goal {
            id: String::new(),
            updated: 0,
            ..a.clone()
        } == Goal {
            id: String::new(),
            updated: 0,
            ..b.clone()
        }
    });
    added += add_list(&mut plan.people, incoming.people, |a, b| {
        Person {
            id: String::new(),
            updated: 0,
            ..a.clone()
        } == Person {
            id: String::new(),
            updated: 0,
            ..b.clone()
        }
    });
    added += add_list(&mut plan.treatments, incoming.treatments, |a, b| {
        (&a.what, a.choice, &a.why) == (&b.what, b.choice, &b.why)
    });
    added += add_list(&mut plan.reviews, incoming.reviews, |a, b| {
        (&a.date, &a.with_whom, &a.changed, &a.next) == (&b.date, &b.with_whom, &b.changed, &b.next)
    });
    for share in incoming.sharing {
        if plan.share_by_key(&share.id).is_none() {
            plan.sharing.push(share);
        }
    }
    added
}

fn same_statement(a: &Statement, b: &Statement) -> bool {
    a.theme == b.theme && a.text == b.text && a.ratings == b.ratings && a.archived == b.archived
}

fn same_moment(a: &Moment, b: &Moment) -> bool {
    Moment {
        id: String::new(),
        updated: 0,
        ..a.clone()
    } == Moment {
        id: String::new(),
        updated: 0,
        ..b.clone()
    }
}

fn add_list<T: Renamed>(
    list: &mut Vec<T>,
    incoming: Vec<T>,
    same: impl Fn(&T, &T) -> bool,
) -> usize {
    let mut added = 0;
    for item in incoming {
        if list.iter().any(|here| same(here, &item)) {
            continue;
        }
        let item = if list.iter().any(|here| here.key() == item.key()) {
            let base = item.key().to_owned();
            let id = (2..)
                .map(|n| format!("{base}-{n}"))
                .find(|id| list.iter().all(|here| here.key() != id))
                .unwrap_or(base);
            let mut item = item;
            *item.id_mut() = id;
            item
        } else {
            item
        };
        list.push(item);
        added += 1;
    }
    added
}
