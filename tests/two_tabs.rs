//! Two tabs on one device, as a browser really behaves: each tab reads and writes its own
//! copy of storage, and hears of the other's writes only later (a `storage` event). Saves
//! that cross, writes that fail on a full device, and keeping aside must never lose a word.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::rc::Rc;

use alongside::core::document::{Document, Moment};
use alongside::core::plan::Goal;
use alongside::core::store::{Backend, MemoryBackend, Store, StoreError, DOCUMENT_KEY};
use common::tabs::*;
use common::Dice;

mod common;

#[test]
fn two_tabs_saving_at_the_same_moment_keep_both_edits() {
    let device = Rc::new(Device::default());
    let mut first = Open::new(&device, "a");
    first.edit(|doc| {
        doc.statements = vec![statement("1", "one"), statement("2", "two")];
    });
    first.save().unwrap();
    device.deliver_all();
    let mut second = Open::new(&device, "b");
    // Both save before either hears of the other: the saves cross.
    first.edit(|doc| set_text(doc, "1", "one, changed in the first tab"));
    second.edit(|doc| set_text(doc, "2", "two, changed in the second tab"));
    first.save().unwrap();
    second.save().unwrap();
    settle(&device, &mut [&mut first, &mut second]);
    let texts: Vec<String> = stored(&device)
        .statements
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(
        texts,
        [
            "one, changed in the first tab",
            "two, changed in the second tab"
        ]
    );
    assert_eq!(first.shown, second.shown);
    assert_eq!(first.shown, stored(&device));
}

/// Two tabs on one device, 40 random steps: a third of the time `act` (what the person does
/// in the tab `who`, at `step`), otherwise a save, a write reaching the browser, a tab
/// hearing of it, or a full device for a write or two; then both settle.
fn race(
    seed: u64,
    mut act: impl FnMut(&mut Dice, &mut [Open; 2], usize, usize),
) -> (Rc<Device>, [Open; 2]) {
    let mut dice = Dice(seed);
    let device = Rc::new(Device::default());
    let mut tabs = [Open::new(&device, "a"), Open::new(&device, "b")];
    for step in 0..40 {
        let who = dice.roll(2) as usize;
        match dice.roll(6) {
            0 | 1 => act(&mut dice, &mut tabs, who, step),
            2 => {
                let _ = tabs[who].save();
            }
            3 => {
                device.deliver_one();
            }
            4 => tabs[who].hear(),
            _ => tabs[who].tab.fail_writes(dice.roll(2) as usize),
        }
    }
    tabs.iter().for_each(|open| open.tab.fail_writes(0));
    let [first, second] = &mut tabs;
    settle(&device, &mut [first, second]);
    (device, tabs)
}

#[test]
fn racing_two_tabs_a_thousand_times_loses_no_edit() {
    for run in 1..=1000u64 {
        // Each tab edits its own statements, so each one's latest words must survive as
        // they are; any interleaving of saves, deliveries and full-device failures.
        let mut latest: BTreeMap<String, String> = BTreeMap::new();
        let seed = run.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let (device, tabs) = race(seed, |dice, tabs, who, step| {
            let id = format!("{who}-{}", dice.roll(3));
            let text = format!("run {run} step {step} by {who}");
            tabs[who].edit(|doc| set_text(doc, &id, &text));
            latest.insert(id, text);
        });
        let now = stored(&device);
        for (id, text) in &latest {
            let found = now.statements.iter().find(|s| &s.id == id).map(|s| &s.text);
            assert_eq!(found, Some(text), "run {run}: statement {id}");
        }
        assert_eq!(
            tabs[0].shown, now,
            "run {run}: the first tab shows what is stored"
        );
        assert_eq!(
            tabs[1].shown, now,
            "run {run}: the second tab shows what is stored"
        );
    }
}

#[test]
fn a_full_device_after_taking_in_another_tabs_save_loses_nothing() {
    // The save path: this tab merges the other's save itself, and the write fails.
    let backend = Rc::new(MemoryBackend::default());
    let (mut first, _, _) = Store::open_as(backend.clone(), NOW, "a");
    let (mut second, _, _) = Store::open_as(backend.clone(), NOW, "b");
    let theirs = Document {
        statements: vec![statement("t", "the other tab's words")],
        ..Document::default()
    };
    first.save(&theirs, NOW).unwrap();
    let mine = Document {
        statements: vec![statement("m", "my words")],
        ..Document::default()
    };
    backend.fail_next_writes(1);
    assert_eq!(second.save(&mine, NOW), Err(StoreError::Full));
    // Nothing moved on: the retry merges again, with the other tab's words.
    let saved = second.save(&mine, NOW).unwrap();
    let texts: Vec<String> = saved
        .merged
        .unwrap()
        .statements
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(texts, ["my words", "the other tab's words"]);
}

#[test]
fn a_full_device_after_hearing_another_tab_loses_nothing() {
    // The absorb path: this tab hears the other's save, shows it, then cannot write.
    let backend = Rc::new(MemoryBackend::default());
    let (mut first, _, _) = Store::open_as(backend.clone(), NOW, "a");
    let (mut second, _, _) = Store::open_as(backend.clone(), NOW, "b");
    let mut shown = Document::default();
    first
        .save(
            &Document {
                statements: vec![statement("t", "theirs")],
                ..Document::default()
            },
            NOW,
        )
        .unwrap();
    shown.statements.push(statement("m", "mine"));
    shown = second.absorb(&shown, NOW).unwrap().merged.unwrap();
    backend.fail_next_writes(2);
    assert!(second.save(&shown, NOW).is_err());
    assert!(second.save(&shown, NOW).is_err());
    second.save(&shown, NOW).unwrap();
    let (_, reopened, _) = Store::open(backend, NOW);
    let texts: Vec<String> = reopened.statements.into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["mine", "theirs"]);
}

#[test]
fn a_copy_that_could_not_be_kept_aside_is_held_and_kept_later() {
    let backend = Rc::new(MemoryBackend::default());
    let (mut first, _, _) = Store::open_as(backend.clone(), NOW, "a");
    let start = Document {
        plan: {
            let mut plan = alongside::core::plan::Plan::default();
            plan.goals.push(Goal {
                id: "g".into(),
                title: "Walk".into(),
                ..Goal::default()
            });
            plan
        },
        ..Document::default()
    };
    first.save(&start, NOW).unwrap();
    let (mut second, shown, _) = Store::open_as(backend.clone(), NOW, "b");
    let mut theirs = start.clone();
    theirs.plan.goals[0].title = "Walk to the park".into();
    first.save(&theirs, NOW).unwrap();
    let mut mine = shown;
    mine.plan.goals[0].title = "Walk to the shop".into();
    // Both changed the same goal: the other tab's title must be kept aside, and the
    // device is full just then.
    backend.fail_next_writes(1);
    let heard = second.absorb(&mine, NOW).unwrap();
    assert!(heard.waiting, "the failure is reported");
    assert!(second.is_waiting());
    assert!(second
        .waiting_text(NOW)
        .unwrap()
        .contains("Walk to the park"));
    assert!(second.has_unsaved(&heard.merged.clone().unwrap()));
    let saved = second.save(&heard.merged.unwrap(), NOW).unwrap();
    assert_eq!(saved.asides.len(), 1, "kept at the next save, once");
    assert!(!second.is_waiting());
    let aside = backend.get(&saved.asides[0]).unwrap().unwrap();
    assert!(aside.contains("Walk to the park"));
}

#[test]
fn moments_and_plan_parts_from_two_tabs_saving_at_once_both_survive() {
    let device = Rc::new(Device::default());
    let mut first = Open::new(&device, "a");
    let mut second = Open::new(&device, "b");
    first.edit(|doc| {
        doc.moments.push(Moment {
            id: "m".into(),
            service: "Ward 3".into(),
            ..Moment::default()
        })
    });
    second.edit(|doc| {
        doc.plan.goals.push(Goal {
            id: "g".into(),
            title: "Paint the door".into(),
            ..Goal::default()
        })
    });
    first.save().unwrap();
    second.save().unwrap();
    settle(&device, &mut [&mut first, &mut second]);
    let now = stored(&device);
    assert_eq!(now.moments[0].service, "Ward 3");
    assert_eq!(now.plan.goals[0].title, "Paint the door");
    assert!(kept_aside(&device).is_empty());
}

#[test]
fn racing_a_rewrite_against_a_delete_a_thousand_times_keeps_every_rewrite() {
    for run in 1..=1000u64 {
        // The first tab rewrites; the second deletes. The first tab's latest words for each
        // statement, and whether the second deleted those very words (having seen them):
        // only then may the statement be gone.
        let mut latest: BTreeMap<String, (String, bool)> = BTreeMap::new();
        let seed = run.wrapping_mul(0xD1B5_4A32_D192_ED03);
        let (device, tabs) = race(seed, |dice, tabs, who, step| {
            if who == 0 {
                let id = format!("s{}", dice.roll(3));
                let text = format!("run {run} step {step}");
                tabs[0].edit(|doc| set_text(doc, &id, &text));
                latest.insert(id, (text, false));
            } else if let Some(gone) = tabs[1].shown.statements.get(dice.roll(3) as usize).cloned()
            {
                tabs[1].edit(|doc| doc.statements.retain(|s| s.id != gone.id));
                if let Some((text, seen)) = latest.get_mut(&gone.id) {
                    *seen |= *text == gone.text;
                }
            }
        });
        let written = device.stored.borrow().contains_key(DOCUMENT_KEY);
        let now = if written {
            stored(&device)
        } else {
            Document::default()
        };
        let aside = kept_aside(&device);
        for (id, (text, deleted_having_seen_it)) in &latest {
            let here = |doc: &Document| {
                doc.statements
                    .iter()
                    .any(|s| &s.id == id && &s.text == text)
            };
            assert!(
                *deleted_having_seen_it || here(&now) || aside.iter().any(here),
                "run {run}: the rewrite of {id} was lost"
            );
        }
        assert_eq!(tabs[0].shown, now, "run {run}");
        assert_eq!(tabs[1].shown, now, "run {run}");
    }
}
