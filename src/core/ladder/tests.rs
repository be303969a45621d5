use super::*;
use crate::core::messages::Lang;

pub fn moment(
    id: &str,
    date: &str,
    service: &str,
    exp: Option<Rung>,
    want: Option<Rung>,
) -> Moment {
    Moment {
        id: id.into(),
        date: date.into(),
        service: service.into(),
        experienced: exp,
        wanted: want,
        ..Moment::default()
    }
}

#[test]
fn filter_by_service_and_period_newest_first() {
    let moments = vec![
        moment(
            "a",
            "2026-01-10",
            "Community team",
            Some(Rung::Informing),
            None,
        ),
        moment(
            "b",
            "2026-10-01",
            "community team ",
            Some(Rung::Consultation),
            None,
        ),
        moment("c", "2026-11-01", "Ward 3", Some(Rung::Coercion), None),
        moment("d", "", "Community team", None, None),
    ];
    let all = Filter::default().apply(&moments, "2026-11-22");
    assert_eq!(
        all.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        ["c", "b", "a", "d"]
    );
    let filter = Filter {
        service: Some("COMMUNITY TEAM".into()),
        period: Period::Months6,
    };
    let shown = filter.apply(&moments, "2026-11-22");
    assert_eq!(
        shown.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        ["b"]
    );
}

#[test]
fn services_are_named_once_most_recent_first() {
    let moments = vec![
        moment("a", "2026-01-10", "Community team", None, None),
        moment("b", "2026-10-01", "community team", None, None),
        moment("c", "2026-11-01", "Ward 3", None, None),
        moment("d", "2026-11-02", "  ", None, None),
    ];
    assert_eq!(services(&moments), ["Ward 3", "community team"]);
}

#[test]
fn a_tie_is_said_to_be_a_tie_and_draws_no_gap() {
    let moments = [
        moment(
            "3",
            "2026-11-03",
            "A",
            Some(Rung::CoDesign),
            Some(Rung::CoProduction),
        ),
        moment(
            "2",
            "2026-11-02",
            "A",
            Some(Rung::Informing),
            Some(Rung::CoDesign),
        ),
        moment(
            "1",
            "2026-11-01",
            "A",
            Some(Rung::Informing),
            Some(Rung::CoDesign),
        ),
        moment("0", "2026-10-01", "A", Some(Rung::CoDesign), None),
    ];
    let refs: Vec<&Moment> = moments.iter().collect();
    let summary = summarise(&refs);
    assert_eq!(summary.most, [Rung::CoDesign, Rung::Informing]);
    assert_eq!(summary.wanted, [Rung::CoDesign]);
    assert_eq!(summary.gap(), None);
    assert_eq!(draw(&refs).gap, None);
    assert_eq!(summary.on_ladder, 4);
    // Newer half (co-design 5, informing 2) against older (informing 2, co-design 5).
    assert_eq!(summary.trend, Some(Trend::Same));
    assert_eq!(
        sentence("A", Period::All, &summary, Lang::En),
        "With A, moments so far were split evenly between the Co-design and Informing steps. You wanted Co-design."
    );
    let three = summarise(&[refs[0], refs[1], refs[3]]);
    assert_eq!(
        sentence("A", Period::All, &three, Lang::En),
        "With A, most moments so far were at the Co-design step. You wanted Co-production and Co-design equally often. Over this time, it moved up the ladder."
    );
}

#[test]
fn a_service_named_like_a_slot_is_kept_as_written() {
    let moments = [moment(
        "1",
        "2026-11-01",
        "{when} {n} {rung}",
        Some(Rung::Informing),
        Some(Rung::Informing),
    )];
    let refs: Vec<&Moment> = moments.iter().collect();
    assert_eq!(
        sentence("{when} {n} {rung}", Period::All, &summarise(&refs), Lang::En),
        "With {when} {n} {rung}, the one moment so far was at the Informing step. That is where you wanted to be."
    );
}

#[test]
fn trend_compares_older_and_newer_halves() {
    assert_eq!(trend(&[Rung::CoDesign, Rung::Informing]), Some(Trend::Up));
    assert_eq!(
        trend(&[Rung::Coercion, Rung::Informing, Rung::Informing]),
        Some(Trend::Down)
    );
    assert_eq!(trend(&[Rung::Informing]), None);
}

#[test]
fn sentence_in_plain_words() {
    let moments = [
        moment(
            "2",
            "2026-11-02",
            "the community team",
            Some(Rung::Consultation),
            Some(Rung::CoDesign),
        ),
        moment(
            "1",
            "2026-10-02",
            "the community team",
            Some(Rung::Consultation),
            Some(Rung::CoDesign),
        ),
        moment(
            "0",
            "2026-09-02",
            "the community team",
            Some(Rung::Informing),
            None,
        ),
    ];
    let refs: Vec<&Moment> = moments.iter().collect();
    let summary = summarise(&refs);
    assert_eq!(
        sentence("the community team", Period::Months6, &summary, Lang::En),
        "With the community team, most moments in the last 6 months were at the Consultation step. You wanted Co-design. Over this time, it moved up the ladder."
    );
    let one = summarise(&refs[..1]);
    assert_eq!(
        sentence("Ward 3", Period::All, &one, Lang::En),
        "With Ward 3, the one moment so far was at the Consultation step. You wanted Co-design."
    );
    let mut group = moment("g", "2026-11-02", "Hearing Voices group", None, None);
    group.beyond = Some(Beyond::UserLed);
    let only_beyond = summarise(&[&group]);
    assert_eq!(
        sentence("Hearing Voices group", Period::Year, &only_beyond, Lang::En),
        "With Hearing Voices group, the one moment in the last year was beyond the ladder."
    );
    assert_eq!(
        sentence("GP", Period::Months3, &Summary::default(), Lang::En),
        "With GP, there are no moments in the last 3 months."
    );
}

#[test]
fn drawing_places_each_moment_on_its_rung_and_marks_the_gap() {
    let mut group = moment("g", "2026-11-04", "Peer group", None, None);
    group.beyond = Some(Beyond::Community);
    let moments = [
        group,
        moment(
            "c",
            "2026-11-03",
            "A",
            Some(Rung::Consultation),
            Some(Rung::CoDesign),
        ),
        moment(
            "b",
            "2026-11-02",
            "A",
            Some(Rung::Consultation),
            Some(Rung::CoDesign),
        ),
        moment("a", "2026-11-01", "A", Some(Rung::Informing), None),
    ];
    let refs: Vec<&Moment> = moments.iter().collect();
    let drawing = draw(&refs);
    assert!(drawing.beyond_top.is_some());
    assert_eq!(drawing.rows.len(), 9);
    let row_of = |place| drawing.rows.iter().find(|r| r.place == place).unwrap().y;
    let mark = |id: &str| drawing.marks.iter().find(|m| m.id == id).unwrap();
    assert_eq!(mark("g").y, row_of(Place::Beyond(Beyond::Community)));
    assert_eq!(mark("c").y, row_of(Place::Rung(Rung::Consultation)));
    assert!(mark("c").x < mark("b").x, "newest first along the rung");
    assert!(mark("c").recent && !mark("a").recent);
    assert_eq!(
        drawing.gap,
        Some((
            row_of(Place::Rung(Rung::Consultation)),
            row_of(Place::Rung(Rung::CoDesign))
        ))
    );
    let co_design = drawing
        .rows
        .iter()
        .find(|r| r.place == Place::Rung(Rung::CoDesign))
        .unwrap();
    assert_eq!(co_design.wanted, 2);
    // Co-production is drawn above coercion.
    assert!(row_of(Place::Rung(Rung::CoProduction)) < row_of(Place::Rung(Rung::Coercion)));
}

#[test]
fn a_crowded_rung_counts_what_does_not_fit() {
    let moments: Vec<Moment> = (0..20)
        .map(|i| {
            moment(
                &i.to_string(),
                "2026-11-01",
                "A",
                Some(Rung::Engagement),
                None,
            )
        })
        .collect();
    let refs: Vec<&Moment> = moments.iter().collect();
    let drawing = draw(&refs);
    assert_eq!(drawing.marks.len(), SLOTS - 1);
    assert_eq!(drawing.counts[0].hidden, 20 - (SLOTS - 1));
    assert!(drawing.beyond_top.is_none());
}

#[test]
fn markup_escapes_every_word() {
    let moments = [moment(
        "<x\" onload=\"1",
        "2026-11-01",
        "A",
        Some(Rung::Coercion),
        None,
    )];
    let refs: Vec<&Moment> = moments.iter().collect();
    let words = Words {
        happened: "What & how",
        wanted: "Wanted",
        beyond: "Beyond",
        band: |_| "Band <b>",
        place: |_| "Step",
    };
    let markup = svg(&draw(&refs), &words);
    assert!(markup.contains(r#"data-moment="&lt;x&quot; onload=&quot;1""#));
    assert!(markup.contains("What &amp; how"));
    assert!(markup.contains("Band &lt;b&gt;"));
    assert!(!markup.contains("<b>"));
    assert!(markup.starts_with("<svg") && markup.ends_with("</svg>"));
}

#[test]
fn a_draft_keeps_every_choice_through_its_words() {
    let draft = MomentDraft {
        date: "2026-11-01".into(),
        service: "Ward 3".into(),
        about: Some(Topic::Medication),
        place: Some(Place::Beyond(Beyond::UserLed)),
        wanted: Some(Rung::CoDesign),
        note: "They listened".into(),
    };
    let words = draft.words();
    let back = MomentDraft::from_words(|name| {
        words
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    });
    assert_eq!(back, draft);
    let mut moment = Moment::default();
    back.fill(&mut moment, 5);
    assert_eq!(
        (moment.experienced, moment.beyond),
        (None, Some(Beyond::UserLed))
    );
    assert_eq!(
        MomentDraft::default().missing(),
        Missing {
            date: true,
            service: true,
            place: true
        }
    );
}

#[test]
fn chart_runs_oldest_to_newest() {
    let moments = [
        moment(
            "b",
            "2026-11-02",
            "A",
            Some(Rung::CoProduction),
            Some(Rung::CoProduction),
        ),
        moment("a", "2026-11-01", "A", Some(Rung::Coercion), None),
    ];
    let refs: Vec<&Moment> = moments.iter().collect();
    let chart = chart(&refs);
    assert_eq!(
        chart.experienced,
        format!("0,{CHART_HEIGHT} {CHART_WIDTH},0")
    );
    assert_eq!(chart.wanted, format!("{CHART_WIDTH},0"));
    assert_eq!(chart.dots.len(), 2);
}
