use super::*;
use crate::core::plan::Person;

fn plan() -> Plan {
    let mut plan = Plan::default();
    plan.set_note(Field::WarningSigns, "I stop sleeping.".into(), 1);
    plan.set_note(Field::Triggers, "Letters from the council.".into(), 1);
    plan.set_note(Field::Coping, " A hot shower. ".into(), 1);
    plan.set_note(Field::Distraction, "The library café.".into(), 1);
    plan.set_note(Field::Reasons, "Bess, my dog.".into(), 1);
    plan.set_note(Field::KeepingWell, "Not on the safety plan.".into(), 1);
    plan.set_note(Field::NominatedName, "Jo Adeyemi".into(), 1);
    plan.set_note(Field::NominatedContact, "07700 900123".into(), 1);
    plan.people.push(Person {
        id: "k".into(),
        name: "Kerry".into(),
        phone: "07700 900456".into(),
        when: "Weekdays".into(),
        crisis: true,
        ..Person::default()
    });
    plan.people.push(Person {
        id: "n".into(),
        name: "Not for a crisis".into(),
        phone: "07700 900789".into(),
        ..Person::default()
    });
    plan
}

#[test]
fn the_steps_come_in_the_order_safety_plans_share_and_show_only_what_is_written() {
    let plan = plan();
    let venue = crate::core::config::default_contacts(Lang::En);
    let items = lay_out(&plan, &venue, Lang::En);
    let headings: Vec<&str> = items.iter().filter_map(|i| i.heading.as_deref()).collect();
    assert_eq!(
        headings,
        [
            "Signs that a crisis may be coming",
            "Things I can do on my own",
            "Places and people that take my mind off things",
            "People I can ask for help",
            "Services that can help",
            "My reasons to keep going",
        ],
        "making my space safer is left out: nothing is written there"
    );
    assert_eq!(
        items[0].lines,
        [
            (String::new(), "I stop sleeping.".to_owned()),
            (String::new(), "Letters from the council.".to_owned())
        ]
    );
    assert_eq!(items[1].lines[0].1, "A hot shower.");
    let people: Vec<&str> = items[3]
        .lines
        .iter()
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(people, ["Jo Adeyemi", "Kerry"]);
    assert_eq!(items[3].lines[1].1, "07700 900456, Weekdays");
    assert_eq!(
        items[4].lines[0],
        ("In danger now".to_owned(), "999".to_owned())
    );
    assert!(items[4].lines.iter().all(|(_, reach)| reach != "999") || items[4].lines.len() > 1);
    assert_eq!(words(&plan, Step::SaferSpace), Vec::<String>::new());
    assert!(has_any(&plan));
    assert!(!has_any(&Plan::default()));
}

#[test]
fn only_the_safety_plan_is_kept_to_see_while_locked() {
    let kept = only_safety(&plan());
    assert_eq!(kept.note(Field::KeepingWell), "");
    assert_eq!(kept.note(Field::Reasons), "Bess, my dog.");
    assert_eq!(kept.note(Field::NominatedContact), "07700 900123");
    let names: Vec<&str> = kept.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Kerry"]);
    // Only what the steps show: no email, no role, never kept in plain text.
    let mut with_more = plan();
    for person in &mut with_more.people {
        person.email = "kerry@example.org".into();
        person.role = "my sister".into();
    }
    let kept_more = only_safety(&with_more);
    assert!(kept_more
        .people
        .iter()
        .all(|p| p.email.is_empty() && p.role.is_empty()));
    let venue = crate::core::config::default_contacts(Lang::En);
    assert_eq!(
        lay_out(&kept, &venue, Lang::En),
        lay_out(&plan(), &venue, Lang::En)
    );
}

#[test]
fn every_step_says_where_it_is_written_but_the_services() {
    for step in Step::ALL {
        assert_eq!(
            step.written_in().is_none(),
            step == Step::Services,
            "{step:?}"
        );
        if let Some(section) = step.written_in() {
            for field in step.fields() {
                assert_eq!(field.section(), section, "{field:?}");
            }
        }
    }
}
