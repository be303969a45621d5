//! Two tabs' changes to any part of the document (statements, every list in the plan,
//! ladder moments), merged or saved through a device that fails writes part-way: no item
//! either tab wrote is ever lost.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use alongside::core::store::Backend;

use alongside::core::document::{Document, Keyed};
use alongside::core::envelope::{self, Read};
use alongside::core::merge::merge;
use alongside::core::store::{MemoryBackend, Store, ASIDE_PREFIX, DOCUMENT_KEY};
use common::document;
use proptest::prelude::*;

/// Every list in a document, each item by its key and its whole content as text.
fn items(doc: &Document) -> Vec<(&'static str, String, String)> {
    fn each<T: Keyed + std::fmt::Debug>(
        name: &'static str,
        list: &[T],
        out: &mut Vec<(&'static str, String, String)>,
    ) {
        out.extend(
            list.iter()
                .map(|item| (name, item.key().to_owned(), format!("{item:?}"))),
        );
    }
    let mut out = Vec::new();
    each("statement", &doc.statements, &mut out);
    each("moment", &doc.moments, &mut out);
    each("note", &doc.plan.notes, &mut out);
    each("goal", &doc.plan.goals, &mut out);
    each("person", &doc.plan.people, &mut out);
    each("treatment", &doc.plan.treatments, &mut out);
    each("share", &doc.plan.sharing, &mut out);
    each("review", &doc.plan.reviews, &mut out);
    out
}

/// Whether `side` changed or added this item compared with `base` (not just kept it).
fn changed(base: &Document, item: &(&str, String, String)) -> bool {
    !items(base).contains(item)
}

/// Whether the item was untouched on one side and removed on the other: a delete that stands.
fn deleted_elsewhere(base: &Document, other: &Document, item: &(&str, String, String)) -> bool {
    items(base).contains(item) && !items(other).iter().any(|o| o.0 == item.0 && o.1 == item.1)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn merging_any_two_tabs_loses_no_item(base in document(), mine in document(), theirs in document()) {
        let merged = merge(&base, &mine, &theirs);
        let kept: Vec<_> = items(&merged.doc).into_iter().chain(items(&merged.lost)).collect();
        for item in items(&mine) {
            prop_assert!(
                deleted_elsewhere(&base, &theirs, &item) || items(&merged.doc).contains(&item),
                "this tab's {} {} was lost", item.0, item.1
            );
        }
        for item in items(&theirs) {
            prop_assert!(
                !changed(&base, &item) || kept.contains(&item),
                "the other tab's {} {} was lost", item.0, item.1
            );
        }
    }

    #[test]
    fn saving_through_writes_that_fail_part_way_loses_no_item(
        base in document(),
        mine in document(),
        theirs in document(),
        failures in 0u32..4,
    ) {
        let device = Rc::new(MemoryBackend::default());
        let (mut first, _, _) = Store::open_as(device.clone(), "t", "a");
        first.save(&base, "t").unwrap();
        let (mut second, _, _) = Store::open_as(device.clone(), "t", "b");
        first.save(&theirs, "t").unwrap();
        // The device fails some writes (the copy kept aside, or the document itself).
        device.fail_next_writes(failures);
        let mut tries = 0;
        while second.save(&mine, "t").is_err() {
            tries += 1;
            prop_assert!(tries <= failures, "a save kept failing");
        }
        let Ok(Some(raw)) = device.get(DOCUMENT_KEY) else { panic!("nothing stored") };
        let Read::Current { doc: stored, .. } = envelope::read(&raw) else { panic!("unreadable") };
        let mut kept = items(&stored);
        for key in device.keys().into_iter().filter(|k| k.starts_with(ASIDE_PREFIX)) {
            if let Ok(Some(raw)) = device.get(&key) {
                if let Read::Current { doc, .. } = envelope::read(&raw) {
                    kept.extend(items(&doc));
                }
            }
        }
        for item in items(&mine) {
            prop_assert!(deleted_elsewhere(&base, &theirs, &item) || kept.contains(&item),
                "this tab's {} {} was lost", item.0, item.1);
        }
        for item in items(&theirs) {
            prop_assert!(!changed(&base, &item) || kept.contains(&item),
                "the other tab's {} {} was lost", item.0, item.1);
        }
    }
}

/// Rewrites the `n`th item of list `list` (counting round every list in `items`' order, with
/// goal steps last) in `doc`: its words change. The list's name and the item's key, if any.
fn rewrite(doc: &mut Document, list: usize, n: usize) -> Option<(&'static str, String)> {
    fn pick<T: Keyed>(
        name: &'static str,
        items: &mut [T],
        n: usize,
        change: impl FnOnce(&mut T),
    ) -> Option<(&'static str, String)> {
        let len = items.len();
        let item = items.get_mut(n % len.max(1))?;
        change(item);
        Some((name, item.key().to_owned()))
    }
    const WORDS: &str = "rewritten while another tab deleted it";
    let plan = &mut doc.plan;
    match list % 9 {
        0 => pick("statement", &mut doc.statements, n, |s| {
            s.text = WORDS.into()
        }),
        1 => pick("moment", &mut doc.moments, n, |m| m.service = WORDS.into()),
        2 => pick("note", &mut plan.notes, n, |e| e.text = WORDS.into()),
        3 => pick("goal", &mut plan.goals, n, |g| g.title = WORDS.into()),
        4 => pick("person", &mut plan.people, n, |p| p.name = WORDS.into()),
        5 => pick("treatment", &mut plan.treatments, n, |t| {
            t.what = WORDS.into()
        }),
        6 => pick("share", &mut plan.sharing, n, |s| {
            s.not_shared = WORDS.into()
        }),
        7 => pick("review", &mut plan.reviews, n, |r| r.changed = WORDS.into()),
        _ => {
            let goal = plan.goals.iter_mut().find(|g| !g.steps.is_empty())?;
            let goal_key = goal.id.clone();
            let step = pick("step", &mut goal.steps, n, |s| s.text = WORDS.into())?;
            Some(("step", format!("{goal_key}/{}", step.1)))
        }
    }
}

/// Deletes the item `key` from the list `name` in `doc`.
fn delete(doc: &mut Document, name: &str, key: &str) {
    let plan = &mut doc.plan;
    match name {
        "statement" => doc.statements.retain(|s| s.id != key),
        "moment" => doc.moments.retain(|m| m.id != key),
        "note" => plan.notes.retain(|e| e.key() != key),
        "goal" => plan.goals.retain(|g| g.id != key),
        "person" => plan.people.retain(|p| p.id != key),
        "treatment" => plan.treatments.retain(|t| t.id != key),
        "share" => plan.sharing.retain(|s| s.id != key),
        "review" => plan.reviews.retain(|r| r.id != key),
        _ => {
            let (goal, step) = key.split_once('/').unwrap();
            for g in plan.goals.iter_mut().filter(|g| g.id == goal) {
                g.steps.retain(|s| s.id != step);
            }
        }
    }
}

/// Whether the rewritten words are anywhere in `docs` (the notes, or a copy kept aside).
fn rewrite_kept(docs: &[&Document]) -> bool {
    docs.iter()
        .any(|doc| format!("{doc:?}").contains("rewritten while another tab deleted it"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// One tab deletes an item while the other rewrites it: the rewrite is kept (in the
    /// notes, or kept aside), in every list, whichever tab's save lands first.
    #[test]
    fn a_rewrite_that_races_a_delete_is_always_kept(
        base in document(),
        list in 0usize..9,
        n in 0usize..4,
        rewrite_lands_first in any::<bool>(),
    ) {
        let mut rewritten = base.clone();
        let Some((name, key)) = rewrite(&mut rewritten, list, n) else { return Ok(()) };
        prop_assume!(rewritten != base);
        let mut deleted = base.clone();
        delete(&mut deleted, name, &key);
        // Merged in memory, either way round.
        for (mine, theirs) in [(&rewritten, &deleted), (&deleted, &rewritten)] {
            let merged = merge(&base, mine, theirs);
            prop_assert!(rewrite_kept(&[&merged.doc, &merged.lost]), "{name} {key}: merged");
        }
        // Through the store: both tabs opened `base`; one save lands, then the other's.
        let device = Rc::new(MemoryBackend::default());
        let (mut first, _, _) = Store::open_as(device.clone(), "t", "a");
        first.save(&base, "t").unwrap();
        let (mut rewriter, _, _) = Store::open_as(device.clone(), "t", "r");
        let (mut deleter, _, _) = Store::open_as(device.clone(), "t", "d");
        if rewrite_lands_first {
            rewriter.save(&rewritten, "t").unwrap();
            deleter.save(&deleted, "t").unwrap();
        } else {
            deleter.save(&deleted, "t").unwrap();
            rewriter.save(&rewritten, "t").unwrap();
        }
        let Ok(Some(raw)) = device.get(DOCUMENT_KEY) else { panic!("nothing stored") };
        let Read::Current { doc: stored, .. } = envelope::read(&raw) else { panic!("unreadable") };
        let mut kept = vec![stored];
        for key in device.keys().into_iter().filter(|k| k.starts_with(ASIDE_PREFIX)) {
            if let Ok(Some(raw)) = device.get(&key) {
                if let Read::Current { doc, .. } = envelope::read(&raw) {
                    kept.push(doc);
                }
            }
        }
        prop_assert!(rewrite_kept(&kept.iter().collect::<Vec<_>>()), "{name} {key}: saved");
    }
}
