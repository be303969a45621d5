use super::*;
use crate::core::document::{Moment, Rating, Rung, Statement};
use crate::core::plan::Goal;

fn rating(day: &str, truth: Truth) -> Rating {
    Rating {
        day: day.into(),
        truth,
        note: String::new(),
    }
}

fn sample() -> Document {
    let mut doc = Document::default();
    let statement = |id: &str, text: &str, ratings: Vec<Rating>| Statement {
        id: id.into(),
        text: text.into(),
        ratings,
        ..Statement::default()
    };
    doc.statements = vec![
        statement(
            "s1",
            "I am listened to.",
            vec![rating("2026-10-01", Truth::Yes)],
        ),
        statement(
            "s2",
            "I am asked before my medication changes.",
            vec![
                rating("2026-10-01", Truth::Mostly),
                rating("2026-11-02", Truth::Sometimes),
            ],
        ),
        statement(
            "s3",
            "I see the same nurse.",
            vec![rating("2026-11-02", Truth::NotYet)],
        ),
        statement("s4", "Never answered.", vec![]),
    ];
    doc.plan.goals.push(Goal {
        id: "g1".into(),
        title: "Go back to the choir".into(),
        obstacles: "The bus fare.".into(),
        ..Goal::default()
    });
    doc.plan.goals.push(Goal {
        id: "g2".into(),
        title: "Finished already".into(),
        finished: true,
        ..Goal::default()
    });
    let moment = |id: &str, service: &str, had: Rung, wanted: Rung| Moment {
        id: id.into(),
        date: "2026-11-20".into(),
        service: service.into(),
        experienced: Some(had),
        wanted: Some(wanted),
        ..Moment::default()
    };
    doc.moments = vec![
        moment("m1", "Ward 3", Rung::Informing, Rung::CoProduction),
        moment("m2", "GP", Rung::CoDesign, Rung::CoDesign),
    ];
    doc
}

#[test]
fn suggestions_come_from_the_persons_own_notes() {
    let found = suggestions(&sample(), Lang::En);
    let keys: Vec<&str> = found.iter().map(|s| s.key.as_str()).collect();
    // Least true first; a statement that is true, or never answered, is not suggested.
    assert_eq!(
        keys,
        ["statement:s3", "statement:s2", "goal:g1", "ladder:ward 3"]
    );
    assert_eq!(
        found[1].why,
        "Less true than before: Sometimes on 2 November 2026 (was Mostly on 1 October 2026)"
    );
    assert_eq!(
        found[0].why,
        "How true this is now: Not yet on 2 November 2026"
    );
    assert_eq!(found[2].why, "Not started. In the way: The bus fare.");
    assert!(found[3].why.contains("You wanted Co-production."));
}

#[test]
fn nothing_is_on_the_page_unless_chosen() {
    let mut doc = sample();
    assert_eq!(lay_out(&doc, Lang::En), vec![]);
    doc.raise.chosen = vec![
        "goal:g1".into(),
        "statement:s3".into(),
        "statement:gone".into(),
    ];
    doc.raise.questions =
        "Can I see the same nurse each time?\n\n  \nWhat happens after discharge?".into();
    let page = lay_out(&doc, Lang::En);
    let keys: Vec<&str> = page.iter().map(|s| s.key).collect();
    assert_eq!(keys, ["statement", "goal", "questions"]);
    assert_eq!(page[2].items[0].lines.len(), 2);
    doc.settings.display_name = "Sam".into();
    let text = text(&doc, "2026-12-01", Lang::En);
    assert!(
        text.starts_with("Sam: what I want to raise\n1 December 2026\n"),
        "{text}"
    );
    assert!(
        text.contains("I see the same nurse. How true this is now: Not yet on 2 November 2026\n")
    );
    assert!(text.contains("My own questions\n----------------\nCan I see the same nurse each time?\nWhat happens after discharge?\n"));
    assert!(!text.contains("medication"));
}
