//! I statements: the starter library, order, search, "how true is this now" history, and
//! "what has changed" summaries. Plain logic; the screen only draws it.
use std::cmp::Ordering;

use super::document::{Rating, Statement, Theme, Truth};
use super::messages::Msg;

/// An example statement the person can adopt and rewrite.
pub struct Example {
    /// Stable id, remembered on adopted statements so the library can say "added".
    pub key: &'static str,
    pub theme: Theme,
    pub text: Msg,
}

const fn example(key: &'static str, theme: Theme, text: Msg) -> Example {
    Example { key, theme, text }
}

/// Eight examples per theme, in our own words. The wording lives in the catalogue.
pub const LIBRARY: &[Example] = &[
    example("who-culture", Theme::WhoIAm, Msg::ExWhoCulture),
    example("who-identity", Theme::WhoIAm, Msg::ExWhoIdentity),
    example("who-well", Theme::WhoIAm, Msg::ExWhoWell),
    example("who-strengths", Theme::WhoIAm, Msg::ExWhoStrengths),
    example("who-language", Theme::WhoIAm, Msg::ExWhoLanguage),
    example("who-story", Theme::WhoIAm, Msg::ExWhoStory),
    example("who-changes", Theme::WhoIAm, Msg::ExWhoChanges),
    example("who-expert", Theme::WhoIAm, Msg::ExWhoExpert),
    example("matters-goals", Theme::WhatMatters, Msg::ExMattersGoals),
    example("matters-body", Theme::WhatMatters, Msg::ExMattersBody),
    example("matters-people", Theme::WhatMatters, Msg::ExMattersPeople),
    example(
        "matters-practical",
        Theme::WhatMatters,
        Msg::ExMattersPractical,
    ),
    example("matters-hope", Theme::WhatMatters, Msg::ExMattersHope),
    example(
        "matters-community",
        Theme::WhatMatters,
        Msg::ExMattersCommunity,
    ),
    example("matters-family", Theme::WhatMatters, Msg::ExMattersFamily),
    example("matters-routine", Theme::WhatMatters, Msg::ExMattersRoutine),
    example("support-crisis", Theme::HowSupported, Msg::ExSupportCrisis),
    example("support-peer", Theme::HowSupported, Msg::ExSupportPeer),
    example("support-self", Theme::HowSupported, Msg::ExSupportSelf),
    example(
        "support-same-people",
        Theme::HowSupported,
        Msg::ExSupportSamePeople,
    ),
    example(
        "support-one-plan",
        Theme::HowSupported,
        Msg::ExSupportOnePlan,
    ),
    example("support-quick", Theme::HowSupported, Msg::ExSupportQuick),
    example(
        "support-therapy",
        Theme::HowSupported,
        Msg::ExSupportTherapy,
    ),
    example(
        "support-sharing",
        Theme::HowSupported,
        Msg::ExSupportSharing,
    ),
    example("behave-listen", Theme::HowPeopleBehave, Msg::ExBehaveListen),
    example("behave-ask", Theme::HowPeopleBehave, Msg::ExBehaveAsk),
    example("behave-decide", Theme::HowPeopleBehave, Msg::ExBehaveDecide),
    example(
        "behave-explain",
        Theme::HowPeopleBehave,
        Msg::ExBehaveExplain,
    ),
    example("behave-kind", Theme::HowPeopleBehave, Msg::ExBehaveKind),
    example("behave-notice", Theme::HowPeopleBehave, Msg::ExBehaveNotice),
    example("behave-shape", Theme::HowPeopleBehave, Msg::ExBehaveShape),
    example("behave-honest", Theme::HowPeopleBehave, Msg::ExBehaveHonest),
];

pub fn theme_name(theme: Theme) -> Msg {
    match theme {
        Theme::WhoIAm => Msg::ThemeWhoIAm,
        Theme::WhatMatters => Msg::ThemeWhatMatters,
        Theme::HowSupported => Msg::ThemeHowSupported,
        Theme::HowPeopleBehave => Msg::ThemeHowPeopleBehave,
    }
}

/// An answer to "how true is this for me now?", in words.
pub fn truth_name(truth: Truth) -> Msg {
    match truth {
        Truth::NotYet => Msg::TruthNotYet,
        Truth::Sometimes => Msg::TruthSometimes,
        Truth::Mostly => Msg::TruthMostly,
        Truth::Yes => Msg::TruthYes,
    }
}

/// The most recent answer, if there is one.
pub fn latest(statement: &Statement) -> Option<&Rating> {
    statement.ratings.last()
}

/// Adds a dated answer, keeping the history in date order (answers on the same day stay
/// in the order they were given).
pub fn rate(statement: &mut Statement, rating: Rating) {
    let at = statement.ratings.partition_point(|r| r.day <= rating.day);
    statement.ratings.insert(at, rating);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Up,
    Down,
    Same,
    /// First answered after the chosen day.
    New,
    NeverRated,
}

/// One answer per day, oldest first: the last one given that day. Earlier answers on the
/// same day stay in the history list, but the day's answer is the last word.
pub fn day_answers(ratings: &[Rating]) -> Vec<&Rating> {
    let mut days: Vec<&Rating> = Vec::with_capacity(ratings.len());
    for rating in ratings {
        match days.last_mut() {
            Some(last) if last.day == rating.day => *last = rating,
            _ => days.push(rating),
        }
    }
    days
}

/// How a statement's answer moved since the start of `day` (`YYYY-MM-DD`): its answer
/// before that day, or else its first answer from that day on, against its latest. A
/// change made on the chosen day, or today, counts.
pub fn change_since(statement: &Statement, day: &str) -> Change {
    let answers = day_answers(&statement.ratings);
    let Some(now) = answers.last() else {
        return Change::NeverRated;
    };
    let before = answers.iter().rev().find(|r| r.day.as_str() < day);
    let then = before.or_else(|| answers.first().filter(|first| first.day != now.day));
    match then.map(|then| now.truth.cmp(&then.truth)) {
        None => Change::New,
        Some(Ordering::Greater) => Change::Up,
        Some(Ordering::Less) => Change::Down,
        Some(Ordering::Equal) => Change::Same,
    }
}

/// What moved since `day`, among statements that are not archived, in list order.
#[derive(Debug, Default, PartialEq)]
pub struct Changes<'a> {
    pub up: Vec<&'a Statement>,
    pub down: Vec<&'a Statement>,
    pub never_rated: Vec<&'a Statement>,
}

pub fn what_changed<'a>(statements: &'a [Statement], day: &str) -> Changes<'a> {
    let mut changes = Changes::default();
    for statement in statements.iter().filter(|s| !s.archived) {
        match change_since(statement, day) {
            Change::Up => changes.up.push(statement),
            Change::Down => changes.down.push(statement),
            Change::NeverRated => changes.never_rated.push(statement),
            Change::Same | Change::New => {}
        }
    }
    changes
}

/// The theme filter and search, as the person set them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub theme: Option<Theme>,
    pub query: String,
}

impl Filter {
    pub fn shows(&self, statement: &Statement) -> bool {
        let query = self.query.trim();
        self.theme.is_none_or(|theme| statement.theme == theme)
            && (query.is_empty()
                || statement
                    .text
                    .to_lowercase()
                    .contains(&query.to_lowercase()))
    }
}

/// Moves a statement one place up or down among those `visible` (the ones on screen), so
/// the button does what the person sees. Returns false if it is already at that end.
pub fn move_by(
    statements: &mut [Statement],
    id: &str,
    up: bool,
    visible: impl Fn(&Statement) -> bool,
) -> bool {
    let Some(at) = statements.iter().position(|s| s.id == id) else {
        return false;
    };
    let neighbour = if up {
        statements[..at].iter().rposition(&visible)
    } else {
        statements[at + 1..]
            .iter()
            .position(&visible)
            .map(|i| at + 1 + i)
    };
    match neighbour {
        Some(other) => {
            statements.swap(at, other);
            true
        }
        None => false,
    }
}

/// Points for the little history picture: x from 0 to `width`, y from `height` (not yet)
/// to 0 (yes), one point per day's answer, evenly spaced, drawn as steps. Whole numbers
/// only: formatting floats would add tens of kilobytes to the app.
pub fn history_steps(ratings: &[Rating], width: u32, height: u32) -> String {
    let ratings = day_answers(ratings);
    let n = ratings.len() as u32;
    let y = |truth: Truth| height - u32::from(truth.step()) * height / 3;
    let x = |i: u32| if n <= 1 { width } else { i * width / (n - 1) };
    let mut points = Vec::with_capacity(ratings.len() * 2);
    for (i, rating) in (0u32..).zip(&ratings) {
        if i > 0 {
            // Hold the previous level until this answer, so a change reads as a step.
            points.push(format!("{},{}", x(i), y(ratings[i as usize - 1].truth)));
        } else if n == 1 {
            points.push(format!("0,{}", y(rating.truth)));
        }
        points.push(format!("{},{}", x(i), y(rating.truth)));
    }
    points.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rated(id: &str, answers: &[(&str, Truth)]) -> Statement {
        let mut statement = Statement {
            id: id.into(),
            ..Statement::default()
        };
        for (day, truth) in answers {
            rate(
                &mut statement,
                Rating {
                    day: (*day).into(),
                    truth: *truth,
                    note: String::new(),
                },
            );
        }
        statement
    }

    #[test]
    fn the_library_has_eight_examples_per_theme_with_unique_keys() {
        for theme in Theme::ALL {
            assert_eq!(
                LIBRARY.iter().filter(|e| e.theme == theme).count(),
                8,
                "{theme:?}"
            );
        }
        let mut keys: Vec<_> = LIBRARY.iter().map(|e| e.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), LIBRARY.len());
    }

    #[test]
    fn answers_are_kept_in_date_order() {
        let statement = rated(
            "a",
            &[
                ("2026-10-15", Truth::Mostly),
                ("2026-10-01", Truth::NotYet),
                ("2026-10-15", Truth::Yes),
            ],
        );
        let days: Vec<_> = statement
            .ratings
            .iter()
            .map(|r| (r.day.as_str(), r.truth))
            .collect();
        assert_eq!(
            days,
            [
                ("2026-10-01", Truth::NotYet),
                ("2026-10-15", Truth::Mostly),
                ("2026-10-15", Truth::Yes)
            ]
        );
        assert_eq!(latest(&statement).map(|r| r.truth), Some(Truth::Yes));
    }

    #[test]
    fn says_what_moved_since_a_day() {
        let up = rated(
            "up",
            &[("2026-09-01", Truth::NotYet), ("2026-11-01", Truth::Mostly)],
        );
        let down = rated(
            "down",
            &[("2026-09-01", Truth::Yes), ("2026-11-01", Truth::Sometimes)],
        );
        let same = rated(
            "same",
            &[("2026-09-01", Truth::Yes), ("2026-11-01", Truth::Yes)],
        );
        let new = rated("new", &[("2026-11-01", Truth::Yes)]);
        let never = rated("never", &[]);
        let mut archived = rated("archived", &[]);
        archived.archived = true;
        assert_eq!(change_since(&up, "2026-10-01"), Change::Up);
        // A change made on the chosen day counts; the day after, nothing has moved.
        assert_eq!(change_since(&up, "2026-11-01"), Change::Up);
        assert_eq!(change_since(&up, "2026-11-02"), Change::Same);
        assert_eq!(change_since(&new, "2026-10-01"), Change::New);
        // First answered after the chosen day, then changed today.
        let today = rated(
            "today",
            &[("2026-11-20", Truth::NotYet), ("2026-12-01", Truth::Yes)],
        );
        assert_eq!(change_since(&today, "2026-11-01"), Change::Up);
        // Two answers on one day are that day's last answer, not a change.
        let one_day = rated(
            "day",
            &[("2026-12-01", Truth::NotYet), ("2026-12-01", Truth::Yes)],
        );
        assert_eq!(change_since(&one_day, "2026-11-01"), Change::New);
        assert_eq!(day_answers(&one_day.ratings).len(), 1);
        let all = [up, down, same, new, never, archived];
        let changes = what_changed(&all, "2026-10-01");
        let ids = |list: &[&Statement]| list.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&changes.up), ["up"]);
        assert_eq!(ids(&changes.down), ["down"]);
        assert_eq!(ids(&changes.never_rated), ["never"]);
    }

    #[test]
    fn filters_by_theme_and_words() {
        let statement = Statement {
            id: "a".into(),
            theme: Theme::HowSupported,
            text: "I can meet PEER supporters".into(),
            ..Statement::default()
        };
        let filter = |theme, query: &str| Filter {
            theme,
            query: query.into(),
        };
        assert!(filter(None, "").shows(&statement));
        assert!(filter(Some(Theme::HowSupported), " peer ").shows(&statement));
        assert!(!filter(Some(Theme::WhoIAm), "").shows(&statement));
        assert!(!filter(None, "crisis").shows(&statement));
    }

    #[test]
    fn moves_among_what_is_on_screen() {
        let mut list: Vec<Statement> = ["a", "b", "c"].iter().map(|id| rated(id, &[])).collect();
        list[1].archived = true;
        let on_screen = |s: &Statement| !s.archived;
        assert!(move_by(&mut list, "c", true, on_screen));
        let order: Vec<_> = list.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(order, ["c", "b", "a"]);
        assert!(!move_by(&mut list, "c", true, on_screen));
    }

    #[test]
    fn draws_history_as_steps_inside_the_box() {
        let statement = rated(
            "a",
            &[("2026-10-01", Truth::NotYet), ("2026-11-01", Truth::Yes)],
        );
        assert_eq!(history_steps(&statement.ratings, 60, 12), "0,12 60,12 60,0");
        assert_eq!(history_steps(&statement.ratings[..1], 60, 12), "0,12 60,12");
        assert_eq!(history_steps(&[], 60, 12), "");
        let twice = rated(
            "b",
            &[("2026-10-01", Truth::NotYet), ("2026-10-01", Truth::Yes)],
        );
        assert_eq!(history_steps(&twice.ratings, 60, 12), "0,0 60,0");
    }
}
