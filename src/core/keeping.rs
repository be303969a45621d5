//! A gentle nudge to keep a copy: notes live on one device, and a lost phone or a forgotten
//! passphrase loses them. Never a warning, never on a shared device (the app does not know
//! about devices here: the screen decides that).
use super::dates::days_between;
use super::document::Document;

/// How long after a copy, or after the nudge was put away, before it shows again; a week
/// where the browser clears a site's notes after about a week of not opening it.
const NUDGE_AFTER_DAYS: i64 = 28;
const NUDGE_AFTER_DAYS_WHERE_CLEARED: i64 = 7;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nudge {
    /// Something is written, and no copy has been kept yet.
    NeverKept,
    /// The last copy was kept this many weeks ago.
    WeeksAgo(i64),
    /// The first nudge where the browser clears notes after a week: said once, with how to
    /// keep them (a copy, and the Home Screen).
    BrowserClears,
}

/// Whether to say when a copy was last kept, `today` (`YYYY-MM-DD`). `cleared_in_a_week`:
/// the browser clears a site's notes after about a week of not opening it.
pub fn nudge(doc: &Document, today: &str, cleared_in_a_week: bool) -> Option<Nudge> {
    let written = !doc.statements.is_empty() || !doc.plan.is_empty() || !doc.moments.is_empty();
    let since = |day: &str| days_between(day, today).unwrap_or(i64::MAX);
    let settings = &doc.settings;
    let after = match cleared_in_a_week {
        true => NUDGE_AFTER_DAYS_WHERE_CLEARED,
        false => NUDGE_AFTER_DAYS,
    };
    if !written || since(&settings.nudge_hidden_on) < after {
        return None;
    }
    let never_nudged = settings.nudge_hidden_on.is_empty();
    match settings.copied_on.as_str() {
        "" if cleared_in_a_week && never_nudged => Some(Nudge::BrowserClears),
        "" => Some(Nudge::NeverKept),
        day if since(day) >= after => Some(Nudge::WeeksAgo(since(day) / 7)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Statement;

    #[test]
    fn says_when_a_copy_was_last_kept_once_something_is_written() {
        let mut doc = Document::default();
        assert_eq!(
            nudge(&doc, "2026-12-05", false),
            None,
            "nothing written yet"
        );
        doc.statements.push(Statement::default());
        assert_eq!(nudge(&doc, "2026-12-05", false), Some(Nudge::NeverKept));
        doc.settings.copied_on = "2026-11-20".into();
        assert_eq!(nudge(&doc, "2026-12-05", false), None, "kept two weeks ago");
        assert_eq!(nudge(&doc, "2027-01-02", false), Some(Nudge::WeeksAgo(6)));
        // Put away: not again for four weeks.
        doc.settings.nudge_hidden_on = "2027-01-02".into();
        assert_eq!(nudge(&doc, "2027-01-20", false), None);
        assert_eq!(nudge(&doc, "2027-01-30", false), Some(Nudge::WeeksAgo(10)));
    }

    #[test]
    fn where_the_browser_clears_notes_after_a_week_it_says_so_once_and_nudges_weekly() {
        let mut doc = Document::default();
        doc.statements.push(Statement::default());
        assert_eq!(nudge(&doc, "2026-12-05", true), Some(Nudge::BrowserClears));
        // Put away: a week, not four, and then the usual words.
        doc.settings.nudge_hidden_on = "2026-12-05".into();
        assert_eq!(nudge(&doc, "2026-12-11", true), None);
        assert_eq!(nudge(&doc, "2026-12-12", true), Some(Nudge::NeverKept));
        doc.settings.copied_on = "2026-12-12".into();
        assert_eq!(nudge(&doc, "2026-12-18", true), None);
        assert_eq!(nudge(&doc, "2026-12-19", true), Some(Nudge::WeeksAgo(1)));
        assert_eq!(
            nudge(&doc, "2026-12-19", false),
            None,
            "elsewhere, four weeks"
        );
    }
}
