use super::*;
use crate::core::messages::Lang;

fn step(text: &str, done: bool) -> GoalStep {
    GoalStep {
        id: text.into(),
        text: text.into(),
        done,
    }
}

#[test]
fn goal_progress_comes_from_the_steps_unless_set_by_hand() {
    let mut goal = Goal {
        steps: vec![
            step("a", true),
            step("b", false),
            step("c", false),
            step("d", false),
        ],
        ..Goal::default()
    };
    assert_eq!(goal.progress(), Progress::Started);
    goal.steps[1].done = true;
    assert_eq!(goal.progress(), Progress::Halfway);
    goal.steps[2].done = true;
    assert_eq!(goal.progress(), Progress::NearlyThere);
    goal.steps[3].done = true;
    assert_eq!(goal.progress(), Progress::Done);
    goal.progress = Some(Progress::Halfway);
    assert_eq!(goal.progress(), Progress::Halfway);
    assert_eq!(Goal::default().progress(), Progress::NotStarted);
}

#[test]
fn notes_no_screen_shows_are_found() {
    let mut plan = Plan::default();
    plan.set_note(Field::KeepingWell, "A walk".into(), 1);
    plan.notes.push(PlanEntry {
        id: "hopes".into(),
        text: "To go back to college".into(),
        ..PlanEntry::default()
    });
    let others: Vec<&str> = plan.other_notes().map(|n| n.text.as_str()).collect();
    assert_eq!(others, ["To go back to college"]);
}

#[test]
fn completeness_in_words_and_where_to_go_next() {
    let mut plan = Plan::default();
    assert_eq!(
        completeness(&plan, Section::Triggers),
        Completeness::NotStarted
    );
    assert_eq!(next_section(&plan), Some(Section::Goals));
    plan.set_note(Field::Triggers, "Loud places".into(), 1);
    assert_eq!(
        completeness(&plan, Section::Triggers),
        Completeness::Started(vec![
            Msg::FieldTriggersHelp,
            Msg::FieldWarningSigns,
            Msg::FieldWarningHelp
        ])
    );
    plan.set_note(Field::KeepingWell, "A walk".into(), 1);
    assert_eq!(
        completeness(&plan, Section::KeepingWell),
        Completeness::Filled
    );
    plan.goals.push(Goal {
        id: "g".into(),
        title: "Paint the kitchen door".into(),
        ..Goal::default()
    });
    assert_eq!(next_section(&plan), Some(Section::Coping));
}

#[test]
fn review_due_from_the_newest_review() {
    let mut plan = Plan::default();
    assert_eq!(review_due(&plan, "2026-11-22"), ReviewDue::NeverReviewed);
    plan.reviews.push(Review {
        id: "1".into(),
        date: "2026-05-01".into(),
        next: "2026-11-01".into(),
        ..Review::default()
    });
    assert_eq!(
        review_due(&plan, "2026-11-22"),
        ReviewDue::Due("2026-11-01".into())
    );
    plan.reviews.push(Review {
        id: "2".into(),
        date: "2026-11-20".into(),
        next: "2027-05-20".into(),
        ..Review::default()
    });
    assert_eq!(
        review_due(&plan, "2026-11-22"),
        ReviewDue::Upcoming("2027-05-20".into())
    );
    plan.reviews[1].next.clear();
    assert_eq!(review_due(&plan, "2026-11-22"), ReviewDue::NoDateSet);
}

#[test]
fn compare_names_what_changed_between_two_versions() {
    let mut before = Plan::default();
    before.set_note(Field::KeepingWell, "A walk".into(), 1);
    before.set_note(Field::Coping, "Music".into(), 1);
    let mut after = before.clone();
    after.set_note(Field::KeepingWell, "A walk and a swim".into(), 2);
    after.set_note(Field::Coping, String::new(), 2);
    after.treatments.push(Treatment {
        id: "t".into(),
        what: "Ward 3".into(),
        choice: Choice::Refuse,
        ..Treatment::default()
    });
    let changes = compare(&before, &after, Lang::En);
    assert_eq!(changes.len(), 3, "{changes:?}");
    assert_eq!(changes[0].before, "A walk");
    assert_eq!(changes[0].after, "A walk and a swim");
    assert!(changes
        .iter()
        .any(|c| c.place.contains("Ward 3") && c.before.is_empty()));
    assert!(changes
        .iter()
        .any(|c| c.before == "Music" && c.after.is_empty()));
    assert!(compare(&after, &after, Lang::En).is_empty());
}

#[test]
fn choosing_someone_ends_only_me_and_only_me_clears_everyone() {
    let mut plan = Plan::default();
    plan.share_mut(Section::Crisis).keep_private(true);
    plan.share_mut(Section::Crisis).let_see(Audience::Gp, true);
    let share = plan.share(Section::Crisis).unwrap();
    assert_eq!(
        (share.who.clone(), share.private),
        (vec![Audience::Gp], false)
    );
    plan.share_mut(Section::Crisis).keep_private(true);
    assert!(plan.share(Section::Crisis).unwrap().who.is_empty());
    assert_eq!(plan.sharing.len(), 1);
}
