//! Properties that must hold for any input: nothing panics, nothing is lost.
#![cfg(not(target_arch = "wasm32"))]

use alongside::core::config;
use alongside::core::document::{
    Document, Moment, PlanEntry, Rating, Rung, Settings, Statement, Theme, Truth,
};
use alongside::core::envelope::{self, Read};
use alongside::core::merge::merge;
use alongside::core::route::Route;
use alongside::core::statements::{move_by, rate, Filter};
use proptest::prelude::*;

fn theme() -> impl Strategy<Value = Theme> {
    prop::sample::select(Theme::ALL.to_vec())
}

fn rung() -> impl Strategy<Value = Option<Rung>> {
    prop::option::of(prop::sample::select(vec![
        Rung::Coercion,
        Rung::Educating,
        Rung::Informing,
        Rung::Consultation,
        Rung::Engagement,
        Rung::CoDesign,
        Rung::CoProduction,
    ]))
}

fn truth() -> impl Strategy<Value = Truth> {
    prop::sample::select(Truth::ALL.to_vec())
}

fn rating() -> impl Strategy<Value = Rating> {
    ("20[0-9]{2}-[01][0-9]-[0-3][0-9]", truth(), any::<String>())
        .prop_map(|(day, truth, note)| Rating { day, truth, note })
}

fn statement() -> impl Strategy<Value = Statement> {
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

fn document() -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(statement(), 0..5),
        prop::collection::vec(
            ("[a-c]", ".*", any::<String>(), any::<i64>()).prop_map(
                |(id, section, text, updated)| PlanEntry {
                    id,
                    section,
                    text,
                    updated,
                },
            ),
            0..3,
        ),
        prop::collection::vec(
            (
                "[a-c]",
                ".*",
                ".*",
                rung(),
                rung(),
                any::<String>(),
                any::<i64>(),
            )
                .prop_map(|(id, date, service, experienced, wanted, note, updated)| {
                    Moment {
                        id,
                        date,
                        service,
                        experienced,
                        wanted,
                        note,
                        updated,
                    }
                }),
            0..3,
        ),
        any::<String>(),
    )
        .prop_map(|(mut statements, plan, moments, display_name)| {
            // Ids are unique within a list, as the app makes them.
            statements.sort_by(|a, b| a.id.cmp(&b.id));
            statements.dedup_by(|a, b| a.id == b.id);
            Document {
                statements,
                plan,
                moments,
                settings: Settings { display_name },
            }
        })
}

proptest! {
    #[test]
    fn any_document_round_trips_through_storage(doc in document(), rev in any::<u64>()) {
        let text = envelope::write(&doc, rev, "2026-11-22T00:00:00Z").unwrap();
        prop_assert_eq!(envelope::read(&text), Read::Current { doc, rev });
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
        prop_assume!(!statements.is_empty());
        let id = statements[pick.index(statements.len())].id.clone();
        let on_screen = |s: &Statement| !s.archived;
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
