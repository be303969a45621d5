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
