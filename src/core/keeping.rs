//! A gentle nudge to keep a copy: notes live on one device, and a lost phone or a forgotten
//! passphrase loses them. Never a warning, never on a shared device (the app does not know
//! about devices here: the screen decides that).
use super::dates::days_between;
use super::document::Document;

/// How long after a copy, or after the nudge was put away, before it shows again.
const NUDGE_AFTER_DAYS: i64 = 28;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nudge {
    /// Something is written, and no copy has been kept yet.
    NeverKept,
    /// The last copy was kept this many weeks ago.
    WeeksAgo(i64),
}

/// Whether to say when a copy was last kept, `today` (`YYYY-MM-DD`).
pub fn nudge(doc: &Document, today: &str) -> Option<Nudge> {
    let written = !doc.statements.is_empty() || !doc.plan.is_empty() || !doc.moments.is_empty();
    let since = |day: &str| days_between(day, today).unwrap_or(i64::MAX);
    let settings = &doc.settings;
    if !written || since(&settings.nudge_hidden_on) < NUDGE_AFTER_DAYS {
        return None;
    }
    match settings.copied_on.as_str() {
        "" => Some(Nudge::NeverKept),
        day if since(day) >= NUDGE_AFTER_DAYS => Some(Nudge::WeeksAgo(since(day) / 7)),
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
        assert_eq!(nudge(&doc, "2026-12-05"), None, "nothing written yet");
        doc.statements.push(Statement::default());
        assert_eq!(nudge(&doc, "2026-12-05"), Some(Nudge::NeverKept));
        doc.settings.copied_on = "2026-11-20".into();
        assert_eq!(nudge(&doc, "2026-12-05"), None, "kept two weeks ago");
        assert_eq!(nudge(&doc, "2027-01-02"), Some(Nudge::WeeksAgo(6)));
        // Put away: not again for four weeks.
        doc.settings.nudge_hidden_on = "2027-01-02".into();
        assert_eq!(nudge(&doc, "2027-01-20"), None);
        assert_eq!(nudge(&doc, "2027-01-30"), Some(Nudge::WeeksAgo(10)));
    }
}
