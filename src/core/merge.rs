//! Three-way merge for two tabs (or two windows) editing the same document.
//!
//! `base` is what this tab last read or wrote, `mine` is what it holds now, `theirs` is
//! what another tab has saved since. Changes to different items both survive. When both
//! changed the same item, this tab's version wins and theirs is returned in `lost` so
//! the caller can keep it aside: no words are dropped. An edit always beats a delete.
use std::collections::{HashMap, HashSet};

use super::document::{Document, Keyed};
use super::order::sort_by_rank;
use super::plan::Plan;

#[derive(Debug, PartialEq)]
pub struct Merged {
    pub doc: Document,
    /// The other tab's versions of items that this tab also changed.
    pub lost: Document,
}

pub fn merge(base: &Document, mine: &Document, theirs: &Document) -> Merged {
    let mut lost = Document::default();
    let doc = Document {
        statements: merge_list(
            &base.statements,
            &mine.statements,
            &theirs.statements,
            &mut lost.statements,
        ),
        plan: merge_plan(&base.plan, &mine.plan, &theirs.plan, &mut lost.plan),
        moments: merge_list(
            &base.moments,
            &mine.moments,
            &theirs.moments,
            &mut lost.moments,
        ),
        settings: merge_whole(
            &base.settings,
            &mine.settings,
            &theirs.settings,
            &mut lost.settings,
        ),
        raise: merge_whole(&base.raise, &mine.raise, &theirs.raise, &mut lost.raise),
    };
    Merged { doc, lost }
}

/// A part that changes as one: theirs if this tab left it alone, else this tab's (and
/// theirs in `lost`, if they changed it too).
fn merge_whole<T: Clone + PartialEq>(base: &T, mine: &T, theirs: &T, lost: &mut T) -> T {
    if mine == base {
        return theirs.clone();
    }
    if theirs != base && theirs != mine {
        *lost = theirs.clone();
    }
    mine.clone()
}

/// Each part of the plan merges on its own, so two tabs editing different goals, people or
/// written parts both keep their changes.
fn merge_plan(base: &Plan, mine: &Plan, theirs: &Plan, lost: &mut Plan) -> Plan {
    macro_rules! each {
        ($($list:ident),*) => {
            Plan { $($list: merge_list(&base.$list, &mine.$list, &theirs.$list, &mut lost.$list),)* }
        };
    }
    each!(notes, goals, people, treatments, sharing, reviews)
}

fn find<'a, T: Keyed>(list: &'a [T], key: &str) -> Option<&'a T> {
    list.iter().find(|item| item.key() == key)
}

/// Each item is decided on its own. The order is this tab's, unless only the other tab
/// moved things (then theirs, so that two tabs agree and stop saving back and forth).
fn merge_list<T: Keyed + Clone + PartialEq>(
    base: &[T],
    mine: &[T],
    theirs: &[T],
    lost: &mut Vec<T>,
) -> Vec<T> {
    let mut merged = Vec::with_capacity(mine.len().max(theirs.len()));
    for my in mine {
        let was = find(base, my.key());
        match (find(theirs, my.key()), was) {
            (Some(their), Some(was)) if my == was => merged.push(their.clone()),
            (Some(their), Some(was)) => {
                if their != was && their != my {
                    lost.push(their.clone());
                }
                merged.push(my.clone());
            }
            (Some(their), None) => {
                // Both tabs made an item with the same key: keep both texts.
                if their != my {
                    lost.push(their.clone());
                }
                merged.push(my.clone());
            }
            // They deleted it and I had not touched it: let the delete stand.
            (None, Some(was)) if my == was => {}
            // New here, or I edited what they deleted: keep it.
            (None, _) => merged.push(my.clone()),
        }
    }
    for their in theirs {
        if find(mine, their.key()).is_some() {
            continue;
        }
        match find(base, their.key()) {
            // I deleted it and they had not touched it.
            Some(was) if was == their => {}
            _ => merged.push(their.clone()),
        }
    }
    if !reordered(base, mine) && reordered(base, theirs) {
        let at: HashMap<&str, usize> = theirs
            .iter()
            .enumerate()
            .map(|(i, item)| (item.key(), i))
            .collect();
        sort_by_rank(&mut merged, false, |item| {
            let at = at.get(item.key()).copied().unwrap_or(usize::MAX);
            (String::new(), i64::try_from(at).unwrap_or(i64::MAX))
        });
    }
    merged
}

/// Whether `list` has items of `base` in a different order than `base` has them.
fn reordered<T: Keyed>(base: &[T], list: &[T]) -> bool {
    let in_base: HashSet<&str> = base.iter().map(Keyed::key).collect();
    let in_list: HashSet<&str> = list.iter().map(Keyed::key).collect();
    let common = |items: &[T], other: &HashSet<&str>| -> Vec<String> {
        items
            .iter()
            .map(Keyed::key)
            .filter(|key| other.contains(key))
            .map(str::to_owned)
            .collect()
    };
    common(list, &in_base) != common(base, &in_list)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Statement;

    fn said(id: &str, text: &str) -> Statement {
        Statement {
            id: id.into(),
            text: text.into(),
            ..Statement::default()
        }
    }

    fn doc(statements: &[Statement]) -> Document {
        Document {
            statements: statements.to_vec(),
            ..Document::default()
        }
    }

    #[test]
    fn two_tabs_changing_different_parts_of_the_plan_both_keep_them() {
        use crate::core::plan::{Field, Goal};
        let mut base = Document::default();
        base.plan.goals.push(Goal {
            id: "g".into(),
            title: "Walk".into(),
            ..Goal::default()
        });
        let mut mine = base.clone();
        mine.plan.goals[0].title = "Walk to the shop".into();
        let mut theirs = base.clone();
        theirs
            .plan
            .set_note(Field::KeepingWell, "Tea with Jo".into(), 1);
        let merged = merge(&base, &mine, &theirs);
        assert_eq!(merged.doc.plan.goals[0].title, "Walk to the shop");
        assert_eq!(merged.doc.plan.note(Field::KeepingWell), "Tea with Jo");
        assert_eq!(merged.lost, Document::default());
        // Both changed the same goal: mine is kept, theirs is kept aside.
        let mut clash = base.clone();
        clash.plan.goals[0].title = "Walk to the park".into();
        let merged = merge(&base, &mine, &clash);
        assert_eq!(merged.doc.plan.goals[0].title, "Walk to the shop");
        assert_eq!(merged.lost.plan.goals[0].title, "Walk to the park");
    }

    #[test]
    fn additions_in_both_tabs_both_survive() {
        let base = doc(&[said("a", "one")]);
        let mine = doc(&[said("a", "one"), said("b", "mine")]);
        let theirs = doc(&[said("a", "one"), said("c", "theirs")]);
        let merged = merge(&base, &mine, &theirs);
        assert_eq!(
            merged.doc,
            doc(&[said("a", "one"), said("b", "mine"), said("c", "theirs")])
        );
        assert_eq!(merged.lost, Document::default());
    }

    #[test]
    fn edits_to_different_items_both_survive() {
        let base = doc(&[said("a", "one"), said("b", "two")]);
        let mine = doc(&[said("a", "ONE"), said("b", "two")]);
        let theirs = doc(&[said("a", "one"), said("b", "TWO")]);
        assert_eq!(
            merge(&base, &mine, &theirs).doc,
            doc(&[said("a", "ONE"), said("b", "TWO")])
        );
    }

    #[test]
    fn same_item_edited_twice_keeps_theirs_aside() {
        let base = doc(&[said("a", "one")]);
        let merged = merge(
            &base,
            &doc(&[said("a", "mine")]),
            &doc(&[said("a", "theirs")]),
        );
        assert_eq!(merged.doc, doc(&[said("a", "mine")]));
        assert_eq!(merged.lost, doc(&[said("a", "theirs")]));
    }

    #[test]
    fn the_order_one_tab_chose_stands() {
        let base = doc(&[said("a", "1"), said("b", "2"), said("c", "3")]);
        let moved = doc(&[said("c", "3"), said("a", "1"), said("b", "2")]);
        let mut edited = base.clone();
        edited.statements[1].text = "two".into();
        let expected = doc(&[said("c", "3"), said("a", "1"), said("b", "two")]);
        assert_eq!(merge(&base, &edited, &moved).doc, expected);
        assert_eq!(merge(&base, &moved, &edited).doc, expected);
    }

    #[test]
    fn an_edit_beats_a_delete_either_way() {
        let base = doc(&[said("a", "one")]);
        let edited = doc(&[said("a", "changed")]);
        assert_eq!(merge(&base, &edited, &doc(&[])).doc, edited);
        assert_eq!(merge(&base, &doc(&[]), &edited).doc, edited);
    }

    #[test]
    fn an_untouched_item_deleted_elsewhere_goes() {
        let base = doc(&[said("a", "one")]);
        assert_eq!(merge(&base, &base, &doc(&[])).doc, doc(&[]));
        assert_eq!(merge(&base, &doc(&[]), &base).doc, doc(&[]));
    }
}
