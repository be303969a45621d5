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

fn card_lines(sections: &[CopySection]) -> Vec<Vec<(String, String)>> {
    sections.iter().map(|s| s.items[0].lines.clone()).collect()
}

#[test]
fn a_crisis_card_holds_nothing_until_the_crisis_plan_says_what_helps_or_who_to_call() {
    assert!(crisis_card(&Document::default(), Lang::En).is_empty());
    // Words elsewhere in the plan are not the card's.
    let mut doc = Document::default();
    doc.plan.set_note(Field::KeepingWell, "Swimming".into(), 1);
    assert!(crisis_card(&doc, Lang::En).is_empty());
}

#[test]
fn a_crisis_card_has_three_lines_of_each_a_nominated_person_and_two_numbers() {
    let mut doc = sample();
    let plan = &mut doc.plan;
    let wants = "- Sit with me\n\n• Talk quietly\n* Make a cup of tea\nOpen a window";
    plan.set_note(Field::CrisisWant, wants.into(), 1);
    let long = "Please do not ring my mum, she worries and then I worry about her too";
    plan.set_note(Field::CrisisDontWant, long.into(), 1);
    plan.set_note(Field::NominatedName, " Alex ".into(), 1);
    plan.set_note(Field::NominatedContact, "07700 900456".into(), 1);
    for (id, name, crisis) in [
        ("p2", "Dee", true),
        ("p3", "No number", true),
        ("p4", "Kim", false),
    ] {
        plan.people.push(Person {
            id: id.into(),
            name: name.into(),
            phone: if id == "p3" {
                String::new()
            } else {
                format!("07700 90000{}", &id[1..])
            },
            crisis,
            ..Person::default()
        });
    }
    let card = crisis_card(&doc, Lang::En);
    assert_eq!(
        card.iter().map(|s| s.key).collect::<Vec<_>>(),
        ["card-front", "card-back"]
    );
    assert_eq!(card[0].title, Msg::CardTitle);
    assert_eq!(card[0].items[0].heading.as_deref(), Some("Sam"));
    let line = |label: &str, text: &str| (label.to_owned(), text.to_owned());
    let lines = card_lines(&card);
    assert_eq!(
        lines[0],
        [
            line("What helps", "Sit with me"),
            line("", "Talk quietly"),
            line("", "Make a cup of tea"),
            line("What does not help", "Please do not ring my mum, she…"),
        ]
    );
    assert!(lines[0].iter().all(|(_, text)| text.chars().count() <= 36));
    // The person to call in a crisis first, then anyone else with a number.
    assert_eq!(
        lines[1],
        [
            line("My nominated person", "Alex, 07700 900456"),
            line("", "Dee 07700 900002"),
            line("", "Jo Adeyemi 07700 900123"),
            line("", "My full plan is in the Alongside app on my phone."),
        ]
    );
}

#[test]
fn a_crisis_card_is_printed_only_when_chosen_and_first() {
    let mut doc = sample();
    doc.plan
        .set_note(Field::CrisisWant, "Sit with me".into(), 1);
    assert!(!shared_parts(&doc.plan).contains(&CopyPart::Card));
    let parts = [CopyPart::Card, CopyPart::Plan(Section::KeepingWell)];
    let keys: Vec<_> = lay_out_copy(&doc, &parts, &[], Lang::En)
        .iter()
        .map(|s| s.key)
        .collect();
    assert_eq!(keys, ["card-front", "card-back", "keeping_well"]);
    assert_eq!(CopyPart::PRINTED[0], CopyPart::Card);
    assert!(CopyPart::ALL
        .iter()
        .all(|part| CopyPart::PRINTED.contains(part)));
}
