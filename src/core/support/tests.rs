use super::*;
use crate::core::lock::{ITERATIONS, MAX_ITERATIONS};
use crate::core::plan::{Choice, Field, Share, Treatment};

fn person(id: &str, name: &str, crisis: bool) -> Person {
    Person {
        id: id.into(),
        name: name.into(),
        role: "my sister".into(),
        phone: "07700 900123".into(),
        email: "sam@example.org".into(),
        crisis,
        updated: 5,
        ..Person::default()
    }
}

fn share(key: &str, who: &[Audience], private: bool) -> Share {
    Share {
        id: key.into(),
        who: who.to_vec(),
        private,
        not_shared: String::new(),
    }
}

/// A plan with words in every part: the crisis plan and people shared with family, the
/// triggers kept for "only me", goals shared with nobody chosen.
fn doc() -> Document {
    let mut doc = Document::default();
    doc.settings.display_name = " Alex ".into();
    let plan = &mut doc.plan;
    for (field, text) in [
        (Field::CrisisSigns, "I stop answering the phone"),
        (Field::CrisisWant, "Sit with me"),
        (Field::NominatedName, "Sam"),
        (Field::Practical, "Feed the cat"),
        (Field::WarningSigns, "Not sleeping"),
        (Field::Triggers, "Loud rooms"),
        (Field::Coping, "A walk by the river"),
        (Field::Reasons, "My cat"),
        (Field::KeepingWell, "Swimming on Tuesdays"),
    ] {
        plan.set_note(field, text.into(), 9);
    }
    plan.people = vec![person("p1", "Sam", true), person("p2", "Jo", false)];
    plan.treatments = vec![Treatment {
        id: "t1".into(),
        what: "The crisis house".into(),
        choice: Choice::default(),
        why: "It is calm".into(),
        updated: 9,
    }];
    plan.sharing = vec![
        share("crisis", &[Audience::Family, Audience::Gp], false),
        share("people", &[Audience::Family], false),
        share("safety", &[Audience::Family], false),
        share("triggers", &[], true),
        share("goals", &[], false),
    ];
    doc
}

const FAMILY: Option<Audience> = Some(Audience::Family);

#[test]
fn parts_at_first_are_those_shared_with_that_kind_of_person_never_only_me() {
    let plan = doc().plan;
    let keys = |parts: Vec<CopyPart>| parts.iter().map(|p| p.key()).collect::<Vec<_>>();
    assert_eq!(
        keys(parts_for(&plan, FAMILY)),
        ["safety", "crisis", "people"]
    );
    assert_eq!(keys(parts_for(&plan, Some(Audience::Gp))), ["crisis"]);
    assert!(parts_for(&plan, None).is_empty());
    assert!(parts_for(&plan, Some(Audience::CrisisTeam)).is_empty());
}

#[test]
fn a_copy_holds_only_the_chosen_parts_and_never_an_only_me_part() {
    let doc = doc();
    let parts = [
        CopyPart::Plan(Section::Crisis),
        CopyPart::Plan(Section::Triggers),
        CopyPart::Statements,
    ];
    let copy = make(&doc, &parts, "s1", 1_000);
    assert_eq!(copy.id, "s1");
    assert_eq!(copy.made, 1_000);
    assert_eq!(copy.from, "Alex");
    // The triggers are "only me" and I statements are never offered: asked, but left out.
    assert_eq!(copy.parts, ["crisis"]);
    let plan = &copy.plan;
    assert_eq!(plan.note(Field::CrisisSigns), "I stop answering the phone");
    assert_eq!(plan.note(Field::Practical), "Feed the cat");
    assert_eq!(plan.note(Field::Triggers), "");
    assert_eq!(plan.note(Field::WarningSigns), "");
    assert_eq!(plan.note(Field::KeepingWell), "");
    assert!(plan.people.is_empty());
    assert_eq!(plan.treatments[0].what, "The crisis house");
    // No times, no sharing choices, no reviews: only the words.
    assert!(plan.notes.iter().all(|n| n.updated == 0));
    assert!(plan.treatments.iter().all(|t| t.updated == 0));
    assert!(plan.sharing.is_empty() && plan.reviews.is_empty());
    assert!(copy.withdrawn.is_none());
}

#[test]
fn the_safety_plan_part_holds_what_its_steps_show_and_nothing_kept_for_only_me() {
    let copy = make(&doc(), &[CopyPart::Safety], "s1", 1);
    let plan = &copy.plan;
    assert_eq!(plan.note(Field::Coping), "A walk by the river");
    assert_eq!(plan.note(Field::Reasons), "My cat");
    assert_eq!(plan.note(Field::NominatedName), "Sam");
    // Warning signs are written under the triggers, which are "only me".
    assert_eq!(plan.note(Field::WarningSigns), "");
    assert_eq!(plan.note(Field::Practical), "");
    // Only the people to contact in a crisis, and only how to reach them.
    assert_eq!(plan.people.len(), 1);
    assert_eq!(plan.people[0].name, "Sam");
    assert_eq!(plan.people[0].email, "");
    // With the people part too, each person is whole.
    let both = [CopyPart::Safety, CopyPart::Plan(Section::People)];
    let copy = make(&doc(), &both, "s1", 1);
    assert_eq!(copy.plan.people.len(), 2);
    assert_eq!(copy.plan.people[0].email, "sam@example.org");
}

#[test]
fn what_is_not_to_be_passed_on_goes_with_its_part() {
    let mut doc = doc();
    doc.plan.share_mut(Section::Crisis).not_shared = "Not my diagnosis".into();
    let copy = make(&doc, &[CopyPart::Plan(Section::Crisis)], "s1", 1);
    let kept = copy.plan.share(Section::Crisis);
    assert_eq!(
        kept.map(|s| s.not_shared.as_str()),
        Some("Not my diagnosis")
    );
    assert!(kept.is_some_and(|s| s.who.is_empty()));
}

#[test]
fn a_copy_round_trips_and_nothing_else_reads_as_one() {
    let copy = make(&doc(), &[CopyPart::Plan(Section::Crisis)], "s1", 7);
    let text = write(&copy).unwrap();
    assert!(text.starts_with(r#"{"format":"alongside-support","schema":1,"copy":{"#));
    assert_eq!(read(&text), Ok(copy));
    let notes = crate::core::envelope::write(&doc(), 1, "x").unwrap();
    for other in [notes.as_str(), "", "{}", "[1]", "not json"] {
        assert_eq!(read(other), Err(CopyError::NotACopy), "{other}");
    }
    let newer = r#"{"format":"alongside-support","schema":2,"copy":{"id":"s1","made":1}}"#;
    assert_eq!(read(newer), Err(CopyError::Newer));
    for damaged in [
        r#"{"format":"alongside-support","schema":1}"#,
        r#"{"format":"alongside-support","copy":{"id":"s1","made":1}}"#,
        r#"{"format":"alongside-support","schema":1,"copy":{"id":"","made":1}}"#,
        r#"{"format":"alongside-support","schema":1,"copy":{"id":"s1","made":"soon"}}"#,
    ] {
        assert_eq!(read(damaged), Err(CopyError::Damaged), "{damaged}");
    }
}

fn sealed(iterations: u32) -> Sealed {
    Sealed {
        iterations,
        salt: vec![1; 16],
        iv: vec![2; 12],
        data: vec![3; 40],
        check: vec![4; 37],
    }
}

#[test]
fn a_sealed_copy_is_read_as_the_lock_reads_and_never_as_sealed_notes() {
    let text = write_sealed(&sealed(PHRASE_ITERATIONS));
    assert!(text.starts_with(r#"{"format":"alongside-support","schema":1,"locked":{"#));
    assert_eq!(read_sealed(&text), Some(Ok(sealed(PHRASE_ITERATIONS))));
    assert_eq!(lock::read(&text), None);
    assert_eq!(read_sealed(&lock::write(&sealed(ITERATIONS))), None);
    let newer = text.replace(r#""schema":1"#, r#""schema":2"#);
    assert_eq!(read_sealed(&newer), Some(Err(SealError::OtherVersion)));
    let huge = write_sealed(&sealed(MAX_ITERATIONS + 1));
    assert_eq!(read_sealed(&huge), Some(Err(SealError::TooSlow)));
    let weak = write_sealed(&sealed(ITERATIONS - 1));
    assert_eq!(read_sealed(&weak), Some(Err(SealError::Damaged)));
}

fn copy(id: &str, made: i64, note: &str) -> SupportCopy {
    let mut plan = Plan::default();
    plan.set_note(Field::CrisisWant, note.into(), 0);
    SupportCopy {
        id: id.into(),
        made,
        plan,
        ..SupportCopy::default()
    }
}

#[test]
fn a_newer_copy_replaces_an_older_one_and_never_the_other_way() {
    let mut held = Vec::new();
    assert_eq!(receive(&mut held, copy("s1", 10, "first")), Received::Added);
    assert_eq!(
        receive(&mut held, copy("s2", 5, "another's")),
        Received::Added
    );
    assert_eq!(
        receive(&mut held, copy("s1", 20, "second")),
        Received::Replaced
    );
    assert_eq!(
        receive(&mut held, copy("s1", 15, "older")),
        Received::AlreadyNewer
    );
    assert_eq!(
        receive(&mut held, copy("s1", 20, "same time")),
        Received::AlreadyNewer
    );
    assert_eq!(held.len(), 2);
    assert_eq!(held[0].plan.note(Field::CrisisWant), "second");
    assert_eq!(held[1].plan.note(Field::CrisisWant), "another's");
}

#[test]
fn a_withdrawal_replaces_the_copy_with_its_message_and_an_older_copy_cannot_undo_it() {
    let mut held = vec![copy("s1", 10, "words")];
    let notice = withdrawal(&doc(), "s1", " Please delete my plan. ", 30);
    assert!(notice.plan.is_empty() && notice.parts.is_empty());
    assert_eq!(receive(&mut held, notice), Received::Withdrawn);
    assert_eq!(held[0].withdrawn.as_deref(), Some("Please delete my plan."));
    assert!(held[0].plan.is_empty());
    assert_eq!(
        receive(&mut held, copy("s1", 20, "words")),
        Received::AlreadyNewer
    );
    // A later copy is the person sharing again.
    assert_eq!(
        receive(&mut held, copy("s1", 40, "again")),
        Received::Replaced
    );
    assert!(held[0].withdrawn.is_none());
}

#[test]
fn the_person_sees_which_parts_have_changed_since_a_supporter_was_sent_them() {
    let mut doc = doc();
    let parts = [CopyPart::Safety, CopyPart::Plan(Section::Crisis)];
    let sent = make(&doc, &parts, "s1", 100);
    let mut sam = Supporter {
        id: "s1".into(),
        person: "p1".into(),
        name: "Sam".into(),
        audience: FAMILY,
        ..Supporter::default()
    };
    sam.record(&doc, &sent);
    assert_eq!(sam.sent, 100);
    assert_eq!(sam.holds(), parts);
    assert!(sam.changed_since(&doc).is_empty());

    // Typed and put back, or a part they do not hold: not a change to their copy.
    doc.plan
        .set_note(Field::CrisisWant, "Sit with me".into(), 500);
    doc.plan.set_note(Field::KeepingWell, "Running".into(), 500);
    assert!(sam.changed_since(&doc).is_empty());

    doc.plan
        .set_note(Field::Practical, "Feed the cat and the fish".into(), 600);
    assert_eq!(sam.changed_since(&doc), [CopyPart::Plan(Section::Crisis)]);
    // A crisis contact's number is in the safety plan's steps.
    doc.plan.people[0].phone = "07700 900999".into();
    assert_eq!(sam.changed_since(&doc), parts);
    // A part since kept for "only me" is one their copy still holds (and the safety plan
    // no longer shows the nominated person written in it).
    sam.record(&doc, &make(&doc, &parts, "s1", 700));
    doc.plan.share_mut(Section::Crisis).keep_private(true);
    assert_eq!(sam.changed_since(&doc), parts);
}

#[test]
fn a_withdrawal_is_noted_with_its_message() {
    let doc = doc();
    let mut sam = Supporter::default();
    sam.record(&doc, &make(&doc, &[CopyPart::Safety], "s1", 100));
    sam.record(&doc, &withdrawal(&doc, "s1", "Thank you", 200));
    assert_eq!(
        (sam.sent, sam.withdrawn.as_deref()),
        (200, Some("Thank you"))
    );
    assert!(sam.holds().is_empty() && sam.changed_since(&doc).is_empty());
}

#[test]
fn a_share_phrase_is_four_plain_words_typed_any_way() {
    assert_eq!(phrase([0, 1, 254, 255]), "acorn apple wool zebra");
    assert_eq!(
        normalise("  Acorn,apple - WOOL\tzebra. "),
        "acorn apple wool zebra"
    );
    assert_eq!(unknown_words("acorn appel wool zebra"), ["appel"]);
    assert!(unknown_words("ACORN apple wool zebra").is_empty());
    let mut seen = phrase::WORDS.to_vec();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), phrase::WORDS.len(), "every word once");
    assert!(phrase::WORDS
        .iter()
        .all(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase())));
}
