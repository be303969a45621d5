use super::*;
use crate::core::document::{Moment, Rating, Rung, Statement, Truth};
use crate::core::plan::{Field, Person, Share};

fn sample() -> Document {
    let mut doc = Document::default();
    doc.settings.display_name = "Sam".into();
    doc.plan
        .set_note(Field::KeepingWell, "A walk by the canal".into(), 1);
    doc.plan.set_note(Field::Triggers, "Crowds".into(), 1);
    doc.plan
        .set_note(Field::CrisisSigns, "I stop answering the phone.".into(), 1);
    doc.plan.people.push(Person {
        id: "p1".into(),
        name: "Jo Adeyemi".into(),
        phone: "07700 900123".into(),
        ..Person::default()
    });
    doc.plan.sharing.push(Share {
        id: "triggers".into(),
        private: true,
        ..Share::default()
    });
    doc.statements.push(Statement {
        id: "s1".into(),
        theme: Theme::HowSupported,
        text: "I am asked before my medication changes.".into(),
        ratings: vec![Rating {
            day: "2026-11-02".into(),
            truth: Truth::Mostly,
            note: String::new(),
        }],
        ..Statement::default()
    });
    doc.statements.push(Statement {
        id: "s2".into(),
        theme: Theme::WhoIAm,
        text: "I speak Welsh at home.".into(),
        ..Statement::default()
    });
    doc.statements.push(Statement {
        id: "s3".into(),
        theme: Theme::WhoIAm,
        text: "Put away, so not in a copy.".into(),
        archived: true,
        ..Statement::default()
    });
    doc.moments.push(Moment {
        id: "m1".into(),
        date: "2026-11-20".into(),
        service: "Community team".into(),
        experienced: Some(Rung::Consultation),
        wanted: Some(Rung::CoProduction),
        ..Moment::default()
    });
    doc
}

#[test]
fn a_copy_puts_the_crisis_plan_and_people_first_and_leaves_out_private_and_empty_parts() {
    let doc = sample();
    let parts = shared_parts(&doc.plan);
    assert!(!parts.contains(&CopyPart::Plan(Section::Triggers)));
    let text = copy_text(&doc, &parts, &[], "2026-11-22", Lang::En);
    assert!(text.starts_with("Sam's plan\n22 November 2026\n"));
    let at = |words: &str| {
        text.find(words)
            .unwrap_or_else(|| panic!("{words} in {text}"))
    };
    assert!(at("My crisis plan") < at("People and services"));
    assert!(at("People and services") < at("Keeping well\n"));
    assert!(at("Keeping well\n") < at("My I statements"));
    assert!(at("My I statements") < at("My ladder"));
    assert!(!text.contains("Crowds"));
    assert!(!text.contains("My goals"), "empty parts are left out");
}

#[test]
fn statements_come_by_theme_with_the_latest_answer_in_words() {
    let doc = sample();
    let text = copy_text(&doc, &[CopyPart::Statements], &[], "2026-11-22", Lang::En);
    assert!(
        text.contains("Who I am\nI speak Welsh at home. Not answered yet\n"),
        "{text}"
    );
    assert!(text.contains(
        "I am asked before my medication changes. How true this is now: Mostly on 2 November 2026\n"
    ), "{text}");
    assert!(
        text.find("Who I am").unwrap()
            < text
                .find("How I want to be supported")
                .unwrap_or(usize::MAX)
    );
    assert!(!text.contains("Put away"));
}

#[test]
fn the_ladder_is_summed_up_in_words_per_service() {
    let doc = sample();
    let parts = lay_out_copy(&doc, &[CopyPart::Ladder], &[], Lang::En);
    assert_eq!(
        parts[0].items[0].lines,
        vec![(
            String::new(),
            "With Community team, the one moment so far was at the Consultation step. You wanted Co-production.".to_owned()
        )]
    );
    assert_eq!(
        lay_out_copy(&Document::default(), &CopyPart::ALL, &[], Lang::En),
        vec![]
    );
}

#[test]
fn statements_and_ladder_can_be_kept_private_like_plan_parts() {
    let mut doc = sample();
    doc.plan.share_mut_by_key("statements").keep_private(true);
    doc.plan.share_mut_by_key("ladder").keep_private(true);
    let parts = shared_parts(&doc.plan);
    assert!(!parts.contains(&CopyPart::Statements));
    assert!(!parts.contains(&CopyPart::Ladder));
    assert!(parts.contains(&CopyPart::Plan(Section::Crisis)));
}

#[test]
fn the_safety_plan_comes_first_and_keeps_out_what_is_kept_for_me_only() {
    use crate::core::plan::Field;
    let mut doc = sample();
    let empty = copy_text(&doc, &[CopyPart::Safety], &[], "2026-11-22", Lang::En);
    assert!(
        !empty.contains("My safety plan"),
        "999 alone is not a safety plan: {empty}"
    );
    doc.plan.set_note(Field::Reasons, "Bess, my dog.".into(), 1);
    doc.plan
        .set_note(Field::WarningSigns, "I stop sleeping.".into(), 1);
    doc.plan.set_note(Field::Coping, "A hot shower.".into(), 1);
    let venue = crate::core::config::default_contacts(Lang::En);
    let parts = shared_parts(&doc.plan);
    let text = copy_text(&doc, &parts, &venue, "2026-11-22", Lang::En);
    let at = |words: &str| {
        text.find(words)
            .unwrap_or_else(|| panic!("{words} in {text}"))
    };
    assert!(at("My safety plan") < at("Things I can do on my own\nA hot shower."));
    assert!(at("Things I can do on my own") < at("Services that can help"));
    assert!(
        at("Services that can help\nIn danger now: 999")
            < at("My reasons to keep going\nBess, my dog.")
    );
    assert!(at("My reasons to keep going\nBess, my dog.") < at("My crisis plan"));
    // Triggers and warning signs are kept for "only me" in the sample: not in the safety
    // plan either.
    assert!(
        !text.contains("Crowds") && !text.contains("I stop sleeping."),
        "{text}"
    );
}
