//! The group's picture as a CSV for a commissioner's own tables: one count a row, rounded,
//! small counts in words, the rules last. Every cell is quoted where it must be and never
//! read as a formula.
use super::picture::{most, Picture, PLACES};
use super::report::{count_words, quarter_name, service_name};
use super::rules::Count;
use super::{Answer, Level};
use crate::core::messages::group::GroupMsg;
use crate::core::messages::{fill, Lang};

/// The CSV's first line.
pub const CSV_HEADER: &str = "service,period,measure,category,people";

/// The picture as a CSV: one count a row, rounded; small counts as words; the rules last.
pub fn csv(picture: &Picture) -> String {
    let lang = Lang::En;
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    let mut row = |service: &str, period: &str, measure: &str, category: &str, people: String| {
        let cells = [service, period, measure, category, &people];
        let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    let count = |c: Count| count_words(c, picture, lang);
    match picture.people {
        Count::Shown(_) => row("", "all", "people", "", count(picture.people)),
        _ => row(
            "",
            "all",
            "people",
            "",
            fill(
                GroupMsg::FewerThan.text(lang),
                "n",
                &picture.rules.min_people.to_string(),
            ),
        ),
    }
    if let Some((from, to)) = picture.period {
        row("", &quarter_name(from), "period", "from", String::new());
        row("", &quarter_name(to), "period", "to", String::new());
    }
    for service in &picture.services {
        let name = &service_name(service, lang);
        row(name, "all", "people", "", count(service.people));
        for (place, c) in PLACES.iter().zip(&service.at) {
            row(name, "all", "at", place.key(), count(*c));
        }
        for (rung, c) in &service.wanted {
            row(
                name,
                "all",
                "wanted",
                rung.map_or("not_said", |r| r.key()),
                count(*c),
            );
        }
        for (gap, c) in &service.gap {
            row(name, "all", "gap", gap.key(), count(*c));
        }
        for quarter in &service.quarters {
            let period = quarter_name(quarter.quarter);
            row(name, &period, "people", "", count(quarter.people));
            let most: Vec<&str> = most(&quarter.at).iter().map(|p| p.key()).collect();
            if !most.is_empty() {
                row(name, &period, "most_at", &most.join(" "), String::new());
            }
        }
    }
    for (level, c) in &picture.levels {
        row(
            "",
            "all",
            "level",
            level.map_or("not_said", Level::key),
            count(*c),
        );
    }
    for (question, counts) in &picture.answers {
        let keys = Answer::ALL.iter().map(|a| a.key()).chain(["not_said"]);
        for (key, c) in keys.zip(counts) {
            row("", "all", question.key(), key, count(*c));
        }
    }
    row("", "all", "quoted", "", count(picture.quoted));
    let rules = picture.rules;
    row(
        "",
        "",
        "rule",
        "people_needed_to_show_anything",
        rules.min_people.to_string(),
    );
    row(
        "",
        "",
        "rule",
        "counts_below_this_hidden",
        rules.min_count.to_string(),
    );
    row(
        "",
        "",
        "rule",
        "rounded_to_nearest",
        rules.base().to_string(),
    );
    out
}

/// A cell as CSV writes it: quoted when it must be, and never read as a formula.
pub fn csv_cell(text: &str) -> String {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = match formula {
        true => format!("'{text}"),
        false => text.to_owned(),
    };
    match text.contains([',', '"', '\n', '\r']) || formula {
        true => format!("\"{}\"", text.replace('"', "\"\"")),
        false => text,
    }
}
