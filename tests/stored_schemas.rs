//! Every stored schema ever shipped is kept in `tests/fixtures/stored/` forever, and must
//! still open in this build with nothing lost.
#![cfg(not(target_arch = "wasm32"))]

use alongside::core::document::{Beyond, Rung, Theme, Topic, Truth};
use alongside::core::envelope::{self, Read, SCHEMA};
use alongside::core::plan::{Audience, Choice, Field, Progress, Section};

fn fixture(schema: u32) -> String {
    let path = format!(
        "{}/tests/fixtures/stored/schema-{schema}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("missing fixture {path}: {e}"))
}

#[test]
fn there_is_a_fixture_for_every_schema_ever_shipped() {
    for schema in 1..=SCHEMA {
        assert!(!fixture(schema).is_empty());
    }
}

#[test]
fn every_shipped_schema_opens_in_this_build() {
    for schema in 1..=SCHEMA {
        match envelope::read(&fixture(schema)) {
            Read::Current { doc, .. } => assert!(!doc.is_empty(), "schema {schema} opened empty"),
            other => panic!("schema {schema} did not open: {other:?}"),
        }
    }
}

#[test]
fn schema_1_keeps_every_word() {
    let Read::Current { doc, rev, .. } = envelope::read(&fixture(1)) else {
        panic!("schema 1 did not open");
    };
    assert_eq!(rev, 12);
    assert_eq!(doc.statements.len(), 3);
    assert_eq!(doc.statements[0].theme, Theme::HowSupported);
    assert_eq!(
        doc.statements[1].text,
        "My faith matters to me. 🙏\n\nPlease ask me about it."
    );
    assert_eq!(doc.statements[2].text, "أريد أن يستمع إلي الناس");
    assert!(doc.statements[2].archived);
    assert!(!doc.statements[0].archived);
    assert_eq!(doc.statements[0].example, "support-crisis");
    assert_eq!(doc.statements[0].ratings.len(), 2);
    assert_eq!(doc.statements[0].ratings[0].truth, Truth::NotYet);
    assert_eq!(doc.statements[0].ratings[0].note, "Nobody asked.");
    assert_eq!(doc.statements[0].ratings[1].day, "2026-11-02");
    assert_eq!(
        doc.plan.note(Field::KeepingWell),
        "A walk by the canal most mornings."
    );
    assert_eq!(doc.moments[0].experienced, Some(Rung::Consultation));
    assert_eq!(doc.moments[0].wanted, Some(Rung::CoDesign));
    assert_eq!(doc.moments[1].experienced, None);
    assert_eq!(doc.settings.display_name, "Sam");
}

#[test]
fn schema_2_keeps_every_word() {
    let Read::Current { doc, rev, .. } = envelope::read(&fixture(2)) else {
        panic!("schema 2 did not open");
    };
    assert_eq!(rev, 5);
    assert_eq!(
        doc.statements[0].text,
        "I am asked before my medication changes."
    );
    assert_eq!(doc.moments.len(), 3);
    assert_eq!(doc.moments[0].about, Some(Topic::Medication));
    assert_eq!(doc.moments[0].experienced, Some(Rung::Informing));
    assert_eq!(doc.moments[0].wanted, Some(Rung::CoProduction));
    assert_eq!(doc.moments[0].note, "Told, not asked — \"it's decided\".");
    assert_eq!(doc.moments[1].beyond, Some(Beyond::UserLed));
    assert_eq!(doc.moments[1].experienced, None);
    assert_eq!(doc.moments[1].about, Some(Topic::ShapedService));
    assert_eq!(doc.moments[2].about, None);
    assert_eq!(doc.moments[2].experienced, Some(Rung::Coercion));
}

#[test]
fn schema_3_keeps_every_word() {
    let Read::Current { doc, rev, .. } = envelope::read(&fixture(3)) else {
        panic!("schema 3 did not open");
    };
    assert_eq!(rev, 9);
    let plan = &doc.plan;
    assert_eq!(plan.note(Field::NominatedName), "Jo Adeyemi (my sister)");
    assert_eq!(
        plan.note(Field::CrisisSigns),
        "I stop answering the phone.\nI don't eat."
    );
    assert_eq!(plan.goals[0].steps[0].text, "Choose a colour");
    assert!(plan.goals[0].steps[0].done);
    assert_eq!(
        plan.goals[0].solutions,
        "Ask about the paint swap at the library."
    );
    assert_eq!(plan.goals[1].progress, Some(Progress::Done));
    assert!(plan.goals[1].finished);
    assert_eq!(plan.people[0].email, "jo@example.org");
    assert_eq!(plan.treatments[0].choice, Choice::Refuse);
    assert!(plan.share(Section::Triggers).unwrap().private);
    assert_eq!(
        plan.share(Section::Crisis).unwrap().who,
        [Audience::Gp, Audience::NominatedPerson]
    );
    assert_eq!(plan.reviews[0].next, "2026-12-01");
    assert_eq!(
        plan.reviews[0].plan.note(Field::KeepingWell),
        "A walk most mornings."
    );
    assert_eq!(doc.moments[0].about, Some(Topic::CarePlan));
}

#[test]
fn a_migrated_document_saves_at_the_current_schema_and_reads_back_the_same() {
    for schema in 1..=SCHEMA {
        let Read::Current { doc, .. } = envelope::read(&fixture(schema)) else {
            panic!("schema {schema} did not open");
        };
        let written = envelope::write(&doc, 1, "2026-11-22T00:00:00Z").unwrap();
        assert!(written.contains(&format!("\"schema\":{SCHEMA}")));
        assert_eq!(
            envelope::read(&written),
            Read::Current {
                doc,
                rev: 1,
                lineage: None
            }
        );
    }
}

#[test]
fn schema_4_keeps_who_to_contact_in_a_crisis() {
    let Read::Current { doc, .. } = envelope::read(&fixture(4)) else {
        panic!("schema 4 did not open");
    };
    let people = &doc.plan.people;
    assert!(people[0].crisis);
    assert!(!people[1].crisis);
    assert_eq!(people[1].text, "07700 900456");
    assert_eq!(doc.raise.chosen, ["statement:19b01-0001", "goal:g1"]);
    assert!(doc
        .raise
        .questions
        .ends_with("What happens after discharge?"));
    // A schema-3 person is not marked.
    let Read::Current { doc, .. } = envelope::read(&fixture(3)) else {
        panic!("schema 3 did not open");
    };
    assert!(!doc.plan.people[0].crisis);
}

/// Locked notes keep their format and schema outside the sealed part; what is inside is
/// opened in the browser (`tests/browser_lock.rs`, passphrase "fixture passphrase").
#[test]
fn locked_schema_4_is_told_apart_and_never_read_as_plain() {
    use alongside::core::lock;
    use alongside::core::transfer::{self, ImportError};
    let path = format!(
        "{}/tests/fixtures/stored/locked-schema-4.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let locked = std::fs::read_to_string(&path).unwrap();
    let sealed = lock::read(&locked).unwrap().unwrap();
    assert_eq!(sealed.iterations, 600_000);
    assert!(!locked.contains("crisis"));
    // The plain reader knows it for sealed notes: never read as plain, never written over.
    assert_eq!(envelope::read(&locked), Read::Sealed);
    assert!(matches!(
        transfer::read_file(&locked),
        Err(ImportError::Locked(_))
    ));
}

#[test]
fn schema_5_keeps_the_safety_plans_parts_and_the_choice_to_show_it() {
    let Read::Current { doc, .. } = envelope::read(&fixture(5)) else {
        panic!("schema 5 did not open");
    };
    let plan = &doc.plan;
    assert_eq!(
        plan.note(Field::Reasons),
        "Bess, my dog.\nSeeing my niece grow up."
    );
    assert_eq!(
        plan.note(Field::SaferSpace),
        "Jo keeps my tablets at hers for now."
    );
    assert_eq!(
        plan.note(Field::Distraction),
        "The library café. Walking Bess with Kerry."
    );
    assert_eq!(
        plan.share(Section::StayingSafe).unwrap().who,
        [Audience::Gp]
    );
    assert!(doc.settings.safety_open);
    // Earlier schemas had neither: nothing to show, and the choice off.
    let Read::Current { doc, .. } = envelope::read(&fixture(4)) else {
        panic!("schema 4 did not open");
    };
    assert!(!doc.settings.safety_open);
    assert_eq!(doc.plan.note(Field::Reasons), "");
}

#[test]
fn schema_6_keeps_the_key_receipts_are_made_from() {
    let Read::Current { doc, .. } = envelope::read(&fixture(6)) else {
        panic!("schema 6 did not open");
    };
    assert_eq!(doc.settings.share_key, "K7Q2M9XDQ1W2E3R4");
    let Read::Current { doc, .. } = envelope::read(&fixture(5)) else {
        panic!("schema 5 did not open");
    };
    assert!(doc.settings.share_key.is_empty());
}
