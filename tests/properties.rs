//! Properties that must hold for any input: nothing panics, nothing is lost.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use alongside::core::config;
use alongside::core::document::{Moment, Statement};
use alongside::core::envelope::{self, Read};
use alongside::core::ladder::{self, Place};
use alongside::core::merge::merge;
use alongside::core::route::Route;
use alongside::core::statements::{move_by, rate, Filter};
use alongside::core::transfer;
use common::*;
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_document_round_trips_through_storage(doc in document(), rev in any::<u64>()) {
        let text = envelope::write(&doc, rev, "2026-11-22T00:00:00Z").unwrap();
        prop_assert_eq!(envelope::read(&text), Read::Current { doc, rev, lineage: None });
    }

    #[test]
    fn reading_any_text_never_panics(text in any::<String>()) {
        let _ = envelope::read(&text);
        let _ = config::parse(Some(&text));
        let _ = Route::from_hash(&text);
    }

    #[test]
    fn reading_any_json_shaped_text_never_panics(text in r#"\{("(format|schema|rev|data|statements|contacts|kiosk)":(1|"alongside"|\[|\{|null|-1|99999999999999999999),?)*\}?"#) {
        let _ = envelope::read(&text);
        let _ = config::parse(Some(&text));
    }

    #[test]
    fn merging_loses_no_statement_text(base in document(), mine in document(), theirs in document()) {
        let merged = merge(&base, &mine, &theirs);
        let kept = |text: &String| {
            merged.doc.statements.iter().chain(&merged.lost.statements).any(|s| &s.text == text)
        };
        // Every statement this tab holds survives as it is, unless it was untouched here
        // and the other tab deleted it.
        for statement in &mine.statements {
            let deleted_elsewhere = base.statements.contains(statement)
                && !theirs.statements.iter().any(|s| s.id == statement.id);
            prop_assert!(deleted_elsewhere || merged.doc.statements.contains(statement));
        }
        // Every statement the other tab changed or added survives, in the document or aside.
        for statement in &theirs.statements {
            let untouched = base.statements.contains(statement);
            prop_assert!(untouched || kept(&statement.text));
        }
    }

    #[test]
    fn merging_with_no_change_elsewhere_keeps_mine(base in document(), mine in document()) {
        let merged = merge(&base, &mine, &base);
        prop_assert_eq!(merged.doc.statements, mine.statements);
        prop_assert_eq!(merged.doc.settings, mine.settings);
    }

    #[test]
    fn moving_keeps_every_statement_and_can_be_undone(
        doc in document(),
        pick in any::<prop::sample::Index>(),
        up in any::<bool>(),
    ) {
        let mut statements = doc.statements.clone();
        let on_screen = |s: &Statement| !s.archived;
        // Only statements on the screen have buttons to move them.
        let shown: Vec<&Statement> = doc.statements.iter().filter(|s| on_screen(s)).collect();
        prop_assume!(!shown.is_empty());
        let id = shown[pick.index(shown.len())].id.clone();
        let moved = move_by(&mut statements, &id, up, on_screen);
        let mut before: Vec<_> = doc.statements.iter().map(|s| s.id.clone()).collect();
        let mut after: Vec<_> = statements.iter().map(|s| s.id.clone()).collect();
        before.sort();
        after.sort();
        prop_assert_eq!(before, after);
        if moved {
            prop_assert!(move_by(&mut statements, &id, !up, on_screen));
            prop_assert_eq!(&statements, &doc.statements);
        } else {
            prop_assert_eq!(&statements, &doc.statements);
        }
    }

    #[test]
    fn answers_stay_in_date_order_and_none_are_lost(
        mut statement in statement(),
        answers in prop::collection::vec(rating(), 0..8),
    ) {
        let before = statement.ratings.len();
        for answer in answers.clone() {
            rate(&mut statement, answer);
        }
        prop_assert_eq!(statement.ratings.len(), before + answers.len());
        prop_assert!(statement.ratings.windows(2).all(|pair| pair[0].day <= pair[1].day));
        for answer in &answers {
            prop_assert!(statement.ratings.contains(answer));
        }
    }

    #[test]
    fn filtering_never_panics_on_any_words(text in any::<String>(), query in any::<String>()) {
        let statement = Statement { text, ..Statement::default() };
        let _ = Filter { theme: None, query }.shows(&statement);
    }
}

proptest! {
    #[test]
    fn every_moment_on_the_ladder_is_drawn_inside_and_none_hides_another(
        moments in prop::collection::vec(moment(), 0..120),
    ) {
        // Unique ids, as the app makes them.
        let moments: Vec<Moment> = moments
            .into_iter()
            .enumerate()
            .map(|(i, m)| Moment { id: i.to_string(), ..m })
            .collect();
        let shown = ladder::Filter::default().apply(&moments, "2026-11-22");
        let drawing = ladder::draw(&shown);
        let r = ladder::MARK_RADIUS;
        for mark in &drawing.marks {
            prop_assert!(mark.x - r >= 0 && mark.x + r <= ladder::WIDTH);
            prop_assert!(mark.y - r >= 0 && mark.y + r <= drawing.height);
            prop_assert!(mark.x - r >= ladder::RAIL_LEFT && mark.x + r <= ladder::RAIL_RIGHT);
        }
        for count in &drawing.counts {
            prop_assert!(count.x + r <= ladder::RAIL_RIGHT && count.y + r <= drawing.height);
        }
        // No two marks or counts share a spot closer than two radii.
        let spots: Vec<(i32, i32)> = drawing
            .marks
            .iter()
            .map(|m| (m.x, m.y))
            .chain(drawing.counts.iter().map(|c| (c.x, c.y)))
            .collect();
        for (i, a) in spots.iter().enumerate() {
            for b in &spots[i + 1..] {
                let (dx, dy) = (a.0 - b.0, a.1 - b.1);
                prop_assert!(dx * dx + dy * dy >= 4 * r * r, "{:?} overlaps {:?}", a, b);
            }
        }
        // Every placed moment is either drawn or counted, exactly once.
        let placed = moments.iter().filter(|m| Place::of(m).is_some()).count();
        let counted: usize = drawing.counts.iter().map(|c| c.hidden).sum();
        prop_assert_eq!(drawing.marks.len() + counted, placed);
        let mut ids: Vec<&str> = drawing.marks.iter().map(|m| m.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), drawing.marks.len());
        // Wanted counts add up too.
        let wanted: usize = drawing.rows.iter().map(|row| row.wanted).sum();
        prop_assert_eq!(wanted, moments.iter().filter(|m| m.wanted.is_some()).count());
    }

    #[test]
    fn summaries_and_charts_never_panic_and_stay_in_bounds(
        moments in prop::collection::vec(moment(), 0..60),
        service in ".*",
    ) {
        let shown: Vec<&Moment> = moments.iter().collect();
        let summary = ladder::summarise(&shown);
        let _ = ladder::sentence(&service, ladder::Period::Months6, &summary, Default::default());
        let chart = ladder::chart(&shown);
        for point in chart.experienced.split(' ').chain(chart.wanted.split(' ')).filter(|p| !p.is_empty()) {
            let (x, y) = point.split_once(',').unwrap();
            let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
            prop_assert!((0..=ladder::CHART_WIDTH).contains(&x));
            prop_assert!((0..=ladder::CHART_HEIGHT).contains(&y));
        }
    }
}

proptest! {
    #[test]
    fn any_document_round_trips_through_a_file_and_a_link(doc in document()) {
        let file = envelope::write(&doc, 1, "2026-11-22T00:00:00Z").unwrap();
        prop_assert_eq!(transfer::read_file(&file), Ok(doc.clone()));
        let link = transfer::encode_link(&doc, "2026-11-22T00:00:00Z").unwrap();
        prop_assert_eq!(transfer::decode_link(&link), Ok(doc));
    }

    #[test]
    fn adding_keeps_every_word_and_twice_is_the_same_as_once(here in document(), incoming in document()) {
        let mut once = here.clone();
        transfer::add(&mut once, incoming.clone());
        let mut twice = once.clone();
        let again = transfer::add(&mut twice, incoming.clone());
        prop_assert_eq!(&twice, &once);
        prop_assert_eq!(again, transfer::Added::default());
        for statement in here.statements.iter().chain(&incoming.statements) {
            prop_assert!(once.statements.iter().any(|s| s.text == statement.text));
        }
        for moment in here.moments.iter().chain(&incoming.moments) {
            prop_assert!(once.moments.iter().any(|m| m.note == moment.note && m.service == moment.service));
        }
        // An empty written part holds no words to keep.
        for note in here.plan.notes.iter().chain(&incoming.plan.notes).filter(|n| !n.text.trim().is_empty()) {
            prop_assert!(once.plan.notes.iter().any(|n| n.text.contains(note.text.trim())));
        }
        for goal in here.plan.goals.iter().chain(&incoming.plan.goals) {
            prop_assert!(once.plan.goals.iter().any(|g| g.title == goal.title));
        }
        // Ids stay unique, so the result can itself be saved and read.
        let file = envelope::write(&once, 1, "2026-11-22T00:00:00Z").unwrap();
        prop_assert!(transfer::read_file(&file).is_ok());
    }

    #[test]
    fn any_link_text_is_refused_or_read_without_panicking(payload in ".*") {
        let _ = transfer::decode_link(&payload);
        let _ = transfer::read_file(&payload);
    }
}
