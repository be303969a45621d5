use super::csv::{csv, csv_cell, CSV_HEADER};
use super::picture::{Gap, Picture, PLACES};
use super::pool::Pool;
use super::render::{html, text};
use super::report::blocks;
use super::rules::{Count, Rules, LEAST};
use super::*;
use crate::core::messages::Lang;

fn moment(service: &str, at: Rung, wanted: Option<Rung>, date: &str) -> Moment {
    Moment {
        id: "m".into(),
        date: date.into(),
        service: service.into(),
        about: Some(Topic::CarePlan),
        experienced: Some(at),
        beyond: None,
        wanted,
        note: "private words".into(),
        updated: 1,
    }
}

fn person(receipt: &str, moments: &[Moment]) -> Contribution {
    let refs: Vec<&Moment> = moments.iter().collect();
    Contribution::new(receipt.into(), &refs)
}

fn receipt_of(i: usize) -> String {
    format!("AAAA{i:04}")
}

/// `n` people with one service each, at `at`, wanting `wanted`.
fn people(pool: &mut Pool, from: usize, n: usize, service: &str, at: Rung, wanted: Rung) {
    let incoming = (from..from + n)
        .map(|i| {
            person(
                &receipt_of(i),
                &[moment(service, at, Some(wanted), "2026-02-10")],
            )
        })
        .collect();
    pool.bring(incoming);
}

#[test]
fn only_the_month_service_steps_and_topic_leave() {
    let c = person(
        "K7Q2M9XD",
        &[moment(
            "CMHT",
            Rung::Consultation,
            Some(Rung::CoDesign),
            "2026-03-14",
        )],
    );
    let file = c.to_file();
    assert!(
        !file.contains("private words") && !file.contains("2026-03-14") && !file.contains("\"id\"")
    );
    assert!(file.contains("\"month\":\"2026-03\""));
    assert_eq!(Contribution::read(file.as_bytes()), Ok(c));
}

#[test]
fn contributions_are_read_strictly() {
    let good = person(
        "K7Q2M9XD",
        &[moment("CMHT", Rung::Consultation, None, "2026-03-14")],
    )
    .to_file();
    let read = |text: &str| Contribution::read(text.as_bytes());
    assert_eq!(read("not json"), Err(Refused::NotContribution));
    assert_eq!(
        read(r#"{"format":"alongside","schema":5}"#),
        Err(Refused::Notes)
    );
    assert_eq!(
        read(&good.replace("\"version\":1", "\"version\":2")),
        Err(Refused::Newer)
    );
    assert_eq!(
        read(&good.replace("\"version\":1", "\"version\":0")),
        Err(Refused::Broken)
    );
    assert_eq!(
        read(&good.replace("K7Q2M9XD", "K7Q2M9X")),
        Err(Refused::Broken)
    );
    assert_eq!(
        read(&good.replace("2026-03", "2026-13")),
        Err(Refused::Broken)
    );
    assert_eq!(read(&good.replace("CMHT", "")), Err(Refused::Broken));
    assert_eq!(
        read(&good.replace("\"month\"", "\"note\":\"x\",\"month\"")),
        Err(Refused::Broken)
    );
    assert_eq!(
        read(&good.replace("CMHT", &"x".repeat(81))),
        Err(Refused::Broken)
    );
    assert_eq!(
        read(&" ".repeat(MAX_FILE_BYTES + 1)),
        Err(Refused::TooLarge)
    );
    // Script in a name is only words: it is read, and escaped wherever it is shown.
    assert!(read(&good.replace("CMHT", "<script>alert(1)</script>")).is_ok());
}

#[test]
fn receipts_are_typed_forgivingly() {
    assert_eq!(receipt([0, 1, 2, 3, 31, 32, 200, 255]), "0123Z08Z");
    assert_eq!(typed_receipt(" k7q2-m9xd ").as_deref(), Some("K7Q2M9XD"));
    assert_eq!(
        typed_receipt("O1IL-0000").as_deref(),
        Some("0111".to_owned() + "0000").as_deref()
    );
    assert_eq!(typed_receipt("K7Q2"), None);
    assert_eq!(show_receipt("K7Q2M9XD"), "K7Q2-M9XD");
}

#[test]
fn a_person_has_one_receipt_a_group() {
    let key = "K7Q2M9XDQ1W2E3R4";
    let mine = receipt_for(key, "DHV7Q2U++6EMH3706Y");
    assert!(typed_receipt(&mine).is_some());
    assert_eq!(mine, receipt_for(key, "DHV7Q2U++6EMH3706Y"));
    assert_ne!(mine, receipt_for(key, ""), "another group, another receipt");
    assert_ne!(mine, receipt_for("Q1W2E3R4K7Q2M9XD", "DHV7Q2U++6EMH3706Y"));
}

#[test]
fn the_same_contribution_twice_counts_once_and_can_be_taken_out() {
    let mut pool = Pool::new();
    let c = person(
        "K7Q2M9XD",
        &[moment("CMHT", Rung::Consultation, None, "2026-03-14")],
    );
    assert_eq!(pool.bring(vec![c.clone()]).new, 1);
    assert_eq!(pool.bring(vec![c.clone()]).same, 1);
    let mut newer = c.clone();
    newer.quote = "It helped.".into();
    assert_eq!(pool.bring(vec![newer]).replaced, 1);
    assert_eq!(pool.contributions.len(), 1);
    let (at, removed) = pool.remove("K7Q2M9XD").unwrap();
    assert!(pool.contributions.is_empty());
    pool.put_back(at, removed);
    assert_eq!(pool.contributions.len(), 1);
    assert!(pool.remove("ZZZZZZZZ").is_none());
}

#[test]
fn merged_names_count_as_one_service() {
    let mut pool = Pool::new();
    people(&mut pool, 0, 6, "CMHT", Rung::Consultation, Rung::CoDesign);
    people(
        &mut pool,
        6,
        6,
        "community team",
        Rung::Consultation,
        Rung::CoDesign,
    );
    people(
        &mut pool,
        12,
        1,
        "cmht ",
        Rung::Consultation,
        Rung::CoDesign,
    );
    assert_eq!(
        pool.names().len(),
        2,
        "case and spaces do not make a new name"
    );
    pool.merge(&["CMHT".into(), "community team".into()], "Community team");
    let picture = Picture::of(&pool, LEAST);
    assert_eq!(picture.services.len(), 1);
    assert_eq!(picture.services[0].name.as_deref(), Some("Community team"));
    assert_eq!(picture.services[0].people, Count::Shown(15), "13, rounded");
    pool.separate("CMHT");
    assert_eq!(Picture::of(&pool, LEAST).services.len(), 2);
}

#[test]
fn nothing_is_shown_below_ten_people() {
    let mut pool = Pool::new();
    people(&mut pool, 0, 9, "CMHT", Rung::Consultation, Rung::CoDesign);
    let picture = Picture::of(&pool, LEAST);
    assert!(!picture.ready && picture.services.is_empty());
    let report = text(&blocks(&picture, &Default::default(), Lang::En));
    assert!(!report.contains("CMHT") && !report.contains("Consultation"));
    assert!(report.contains("at least 10 people"));
}

#[test]
fn a_service_of_three_is_never_named_and_its_neighbour_is_hidden() {
    let mut pool = Pool::new();
    people(&mut pool, 0, 9, "CMHT", Rung::Consultation, Rung::CoDesign);
    people(&mut pool, 9, 3, "Ward 4", Rung::Coercion, Rung::CoDesign);
    let picture = Picture::of(&pool, LEAST);
    let other = picture.services.iter().find(|s| s.name.is_none()).unwrap();
    assert_eq!(other.people, Count::Few);
    assert!(other.at.is_empty());
    // Each named one service, so the total (12) less CMHT would give the others away.
    let cmht = &picture.services[0];
    assert_eq!(
        (cmht.name.as_deref(), cmht.people),
        (Some("CMHT"), Count::Hidden)
    );
    let report = text(&blocks(&picture, &Default::default(), Lang::En));
    let csv = csv(&picture);
    for out in [&report, &csv] {
        assert!(!out.contains("Ward 4") && !out.contains("Coercion |"));
    }
    assert!(report.contains("Other services\n\nFewer than 5 people, so nothing more is shown."));
    assert!(csv.contains("Other services,all,people,,fewer than 5\r\n"));
}

#[test]
fn a_hidden_count_is_never_alone_in_its_line() {
    let rules = LEAST;
    assert_eq!(
        rules.line(&[3, 0, 9, 6]),
        vec![Count::Few, Count::Few, Count::Shown(10), Count::Shown(5)]
    );
    assert_eq!(
        rules.line(&[3, 9, 12]),
        vec![Count::Few, Count::Hidden, Count::Shown(10)]
    );
    assert_eq!(rules.line(&[0, 12]), vec![Count::Few, Count::Hidden]);
    assert_eq!(rules.line(&[7, 8]), vec![Count::Shown(5), Count::Shown(10)]);
    assert_eq!(rules.percent(Count::Shown(5), Count::Shown(5)), None);
    assert_eq!(rules.percent(Count::Shown(5), Count::Shown(10)), Some(50));
    assert_eq!(rules.percent(Count::Few, Count::Shown(20)), None);
}

#[test]
fn rounding_follows_the_venues_least_count() {
    let rules = Rules {
        min_people: 20,
        min_count: 7,
    };
    assert_eq!(rules.count(6), Count::Few);
    assert_eq!(
        rules.count(7),
        Count::Shown(7),
        "never 5 beside “fewer than 7”"
    );
    assert_eq!(rules.count(10), Count::Shown(7));
    assert_eq!(rules.count(11), Count::Shown(14));
}

#[test]
fn a_venue_may_raise_the_rules_never_lower_them() {
    let config = r#"{"group":{"enabled":true,"min_people":20,"min_count":3}}"#;
    let (rules, ignored) = Rules::from_config(Some(config));
    assert_eq!((rules.min_people, rules.min_count), (20, 5));
    assert_eq!(ignored, vec!["min_count"]);
    assert_eq!(Rules::from_config(None).0, LEAST);
}

#[test]
fn a_person_counts_once_at_their_usual_step() {
    let mut pool = Pool::new();
    for i in 0..10 {
        pool.bring(vec![person(
            &receipt_of(i),
            &[
                moment(
                    "CMHT",
                    Rung::Consultation,
                    Some(Rung::CoDesign),
                    "2026-01-02",
                ),
                moment(
                    "CMHT",
                    Rung::Consultation,
                    Some(Rung::CoDesign),
                    "2026-04-02",
                ),
                moment("CMHT", Rung::Informing, Some(Rung::CoDesign), "2026-05-02"),
            ],
        )]);
    }
    let picture = Picture::of(&pool, LEAST);
    assert_eq!(picture.people, Count::Shown(10));
    let cmht = &picture.services[0];
    let at = |rung| cmht.at[PLACES.iter().position(|p| *p == Place::Rung(rung)).unwrap()];
    assert_eq!(at(Rung::Consultation), Count::Shown(10));
    assert_eq!(at(Rung::Informing), Count::Few);
    assert!(cmht.gap.contains(&(Gap::Higher, Count::Shown(10))));
    assert_eq!(
        cmht.quarters.iter().map(|q| q.quarter).collect::<Vec<_>>(),
        [(2026, 1), (2026, 2)]
    );
    let words = text(&blocks(&picture, &Default::default(), Lang::En));
    assert!(words.contains("10 people. Most were at Consultation. Most wanted Co-design. 10 (100%) wanted a higher step than they had."), "{words}");
    assert!(words.contains(
        "10 people shared moments from their own ladders. The picture covers 2026 Q1 to 2026 Q2."
    ));
    assert!(!words.contains("30"), "no count of moments");
}

#[test]
fn the_csv_starts_with_its_header_and_states_its_rules() {
    let mut pool = Pool::new();
    people(
        &mut pool,
        0,
        12,
        "CMHT, north",
        Rung::Consultation,
        Rung::CoDesign,
    );
    let csv = csv(&Picture::of(&pool, LEAST));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], CSV_HEADER);
    assert_eq!(lines[1], ",all,people,,10");
    assert_eq!(lines[2], ",2026 Q1,period,from,");
    assert_eq!(lines[4], "\"CMHT, north\",all,people,,10");
    assert!(csv.contains("\"CMHT, north\",all,at,consultation,10\r\n"));
    assert!(csv.contains(",,rule,people_needed_to_show_anything,10\r\n"));
    assert!(csv.contains(",,rule,counts_below_this_hidden,5\r\n"));
    assert!(csv.contains(",,rule,rounded_to_nearest,5\r\n"));
}

#[test]
fn cells_are_never_read_as_formulas() {
    assert_eq!(csv_cell("=SUM(A1)"), "\"'=SUM(A1)\"");
    assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_cell("plain"), "plain");
}

#[test]
fn markup_escapes_every_word() {
    let mut pool = Pool::new();
    people(
        &mut pool,
        0,
        12,
        "<script>x</script>",
        Rung::Consultation,
        Rung::CoDesign,
    );
    pool.words.changed = "<b>bold</b>".into();
    for c in &mut pool.contributions[..5] {
        c.quote = "<img src=x onerror=alert(1)>".into();
    }
    let html = html(&blocks(&Picture::of(&pool, LEAST), &pool.words, Lang::En));
    assert!(
        html.contains("&lt;img"),
        "five wrote words, so they are shown"
    );
    assert!(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>"));
    assert!(html.contains("&lt;script&gt;"));
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn no_contribution_text_panics(text in ".{0,400}") {
            let _ = Contribution::read(text.as_bytes());
            let _ = file_entries(text.as_bytes());
            let _ = super::seal::Sealed::read(text.as_bytes());
            let _ = super::key::read(&text);
            let _ = Pool::read(&text);
        }

        #[test]
        fn no_service_name_reaches_output_unescaped(name in "[^\\x00-\\x1f]{1,40}", quote in "[^\\x00-\\x1f]{0,60}") {
            let name = name.trim().to_owned();
            prop_assume!(!name.is_empty());
            let mut pool = Pool::new();
            people(&mut pool, 0, 12, &name, Rung::Consultation, Rung::CoDesign);
            for c in &mut pool.contributions {
                c.quote = quote.clone();
            }
            let picture = Picture::of(&pool, LEAST);
            let html = html(&blocks(&picture, &pool.words, Lang::En));
            for bad in ["<script", "<img", "<b>", "\"><"] {
                prop_assert!(!html.contains(bad) || !(name.contains(bad) || quote.contains(bad)));
            }
            // Every CSV line has exactly five cells.
            let csv = csv(&picture);
            for line in csv.split("\r\n").filter(|l| !l.is_empty()) {
                let mut cells = 0;
                let mut quoted = false;
                for c in line.chars() {
                    match c {
                        '"' => quoted = !quoted,
                        ',' if !quoted => cells += 1,
                        _ => {}
                    }
                }
                prop_assert_eq!(cells, 4, "{}", line);
            }
        }
    }
}

#[test]
fn the_share_screen_shows_only_what_leaves_escaped() {
    let mut hostile = moment("<b>Ward</b>", Rung::Coercion, None, "2026-04-02");
    hostile.id = "a\"b".into();
    let kept = moment(
        "CMHT",
        Rung::Consultation,
        Some(Rung::CoDesign),
        "2026-03-14",
    );
    let html = share::lines_html(&[kept, hostile], &["a\"b".into()], Lang::En);
    assert!(html
        .contains("CMHT · My care or crisis plan · Consultation · wanted Co-design · March 2026"));
    assert!(html.contains("&lt;b&gt;Ward") && !html.contains("<b>"));
    assert!(
        html.contains(r#"data-moment="a&quot;b">"#),
        "left out: not ticked"
    );
    assert!(!html.contains("private words") && !html.contains("14"));
    let questions = share::questions_html(Lang::Cy);
    assert_eq!(questions.matches(r#"type="radio""#).count(), 3 + 5 * 3);
}
