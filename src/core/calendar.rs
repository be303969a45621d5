//! "Add to my calendar": a plan's next review as an iCalendar event (RFC 5545) that a
//! phone's calendar opens, with a reminder the day before. It holds no words of the plan:
//! only the title the person chose (at first a neutral one) and the day.
use super::dates::days_before;

/// The event's text: `title` on `day` (`YYYY-MM-DD`), all day, with a reminder the day
/// before. `uid` names it, so adding it again changes it rather than adding another;
/// `stamp` is now as `2026-12-05T09:30:00.000Z`. `None` if `day` is not a date.
pub fn review_event(title: &str, day: &str, uid: &str, stamp: &str) -> Option<String> {
    let start = compact_day(day)?;
    // An all-day event ends the next day.
    let end = compact_day(&days_before(day, -1)?)?;
    let stamp: String = stamp
        .chars()
        .filter(char::is_ascii_digit)
        .take(14)
        .collect();
    if stamp.len() != 14 {
        return None;
    }
    let summary = escape(title.trim());
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Alongside//Alongside//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@alongside", escape(uid)),
        format!("DTSTAMP:{}T{}Z", &stamp[..8], &stamp[8..]),
        format!("DTSTART;VALUE=DATE:{start}"),
        format!("DTEND;VALUE=DATE:{end}"),
        format!("SUMMARY:{summary}"),
        "TRANSP:TRANSPARENT".to_owned(),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{summary}"),
        "TRIGGER:-P1D".to_owned(),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    Some(lines.iter().map(|line| fold(line)).collect())
}

/// `2026-12-01` as `20261201`, if it is a real day (counting no days on from it gives the
/// same day back: 30 February would be 2 March).
fn compact_day(day: &str) -> Option<String> {
    (day.len() == 10 && days_before(day, 0).as_deref() == Some(day)).then(|| day.replace('-', ""))
}

/// Text as a property value holds it: backslash, semicolon, comma and new lines escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a letter), each part ending in CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of an event unfolded again, as a calendar reads them.
    fn unfold(text: &str) -> Vec<String> {
        assert!(text.ends_with("\r\n"));
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "every line ends in CRLF"
        );
        let mut lines: Vec<String> = Vec::new();
        for line in text.trim_end_matches("\r\n").split("\r\n") {
            assert!(line.len() <= 75, "folded at 75 octets: {line:?}");
            match line.strip_prefix(' ') {
                Some(more) => lines.last_mut().expect("a line to continue").push_str(more),
                None => lines.push(line.to_owned()),
            }
        }
        lines
    }

    #[test]
    fn a_review_is_an_all_day_event_with_a_reminder_the_day_before() {
        let text = review_event(
            "Review my plan",
            "2026-12-31",
            "r1",
            "2026-12-05T09:30:00.000Z",
        )
        .expect("an event");
        let lines = unfold(&text);
        for line in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "UID:r1@alongside",
            "DTSTAMP:20261205T093000Z",
            "DTSTART;VALUE=DATE:20261231",
            "DTEND;VALUE=DATE:20270101",
            "SUMMARY:Review my plan",
            "BEGIN:VALARM",
            "TRIGGER:-P1D",
            "ACTION:DISPLAY",
            "END:VCALENDAR",
        ] {
            assert!(lines.iter().any(|l| l == line), "{line} in {lines:?}");
        }
        assert!(lines[0] == "BEGIN:VCALENDAR" && lines.last().unwrap() == "END:VCALENDAR");
    }

    #[test]
    fn titles_are_escaped_and_long_lines_folded_without_splitting_a_letter() {
        let title = "Review, with Jo; bring notes\\ and ŵ ".repeat(4);
        let text = review_event(&title, "2028-02-29", "x", "2026-12-05T09:30:00.000Z").unwrap();
        let lines = unfold(&text);
        let summary = lines.iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
        assert!(summary.starts_with("SUMMARY:Review\\, with Jo\\; bring notes\\\\ and ŵ"));
        assert!(text.is_char_boundary(text.len()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20280301".to_owned()));
        let text = review_event("One\nTwo", "2026-01-01", "x", "2026-12-05T09:30:00.000Z").unwrap();
        assert!(unfold(&text).contains(&"SUMMARY:One\\nTwo".to_owned()));
    }

    #[test]
    fn a_day_that_is_not_a_date_makes_no_event() {
        for day in ["", "2026-02-30", "2026-13-01", "next week", "2026-1-1"] {
            assert_eq!(
                review_event("Review", day, "x", "2026-12-05T09:30:00Z"),
                None,
                "{day}"
            );
        }
    }
}
