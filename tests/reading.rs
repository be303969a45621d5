//! Plain words: the safety plan's and the lock's newer messages read at about age 9 to 11
//! (a Flesch–Kincaid grade of 6 or under, grade = age − 5), as every message should.
#![cfg(not(target_arch = "wasm32"))]

use alongside::core::messages::group::GroupMsg;
use alongside::core::messages::venue::VenueMsg;
use alongside::core::messages::{Lang, Msg};

/// Syllables in a word, the usual way: groups of vowels, less a silent "e" at the end.
fn syllables(word: &str) -> usize {
    let word: String = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut before = false;
    for c in word.chars() {
        let now = vowel(c);
        if now && !before {
            count += 1;
        }
        before = now;
    }
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// The Flesch–Kincaid grade of `text`.
fn grade(text: &str) -> f64 {
    let sentences = text
        .split(['.', '!', '?'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count()
        .max(1) as f64;
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let words = words.len().max(1) as f64;
    0.39 * (words / sentences) + 11.8 * (syllables as f64 / words) - 15.59
}

#[test]
fn the_safety_plans_words_are_plain() {
    let messages = [
        Msg::SectionStayingSafe,
        Msg::SectionStayingSafeHint,
        Msg::FieldDistraction,
        Msg::FieldDistractionHint,
        Msg::FieldReasons,
        Msg::FieldReasonsHint,
        Msg::FieldSaferSpace,
        Msg::FieldSaferSpaceHint,
        Msg::TitleSafety,
        Msg::SafetyIntro,
        Msg::StepWarningSigns,
        Msg::StepOnMyOwn,
        Msg::StepMindOff,
        Msg::StepAskForHelp,
        Msg::StepServices,
        Msg::StepSaferSpace,
        Msg::StepReasons,
        Msg::SafetyNothingYet,
        Msg::SafetyAddIn,
        Msg::SafetyStarts,
        Msg::SafetyLocked,
        Msg::PlanSafetyLink,
        Msg::LockSafetyOpen,
        Msg::LockSafetyOpenHint,
        Msg::UnlockSafety,
        Msg::AboutSafetyOpen,
    ];
    // Taken together, as a person reads the screen, and each on its own (a short label can
    // read harder than it is, so each one is allowed a little more).
    let all: Vec<&str> = messages.iter().map(|m| m.text(Lang::En)).collect();
    let together = grade(&all.join(". "));
    assert!(together <= 6.0, "grade {together:.1}");
    for msg in messages {
        let text = msg.text(Lang::En);
        assert!(
            grade(text) <= 8.0,
            "{msg:?}: grade {:.1}: {text}",
            grade(text)
        );
    }
}

#[test]
fn the_venue_pages_words_are_plain() {
    // Read by a drop-in's coordinator or a library's IT desk: plain too, with a little more
    // room for the words a settings file needs ("config.json", "https://").
    let all: Vec<&str> = VenueMsg::ALL.iter().map(|m| m.text(Lang::En)).collect();
    let together = grade(&all.join(". "));
    assert!(together <= 6.0, "grade {together:.1}");
    // Each sentence on its own; a label of a few words scores higher than it reads.
    for msg in VenueMsg::ALL {
        let text = msg.text(Lang::En);
        if text.split_whitespace().count() < 6 {
            continue;
        }
        assert!(
            grade(text) <= 9.0,
            "{msg:?}: grade {:.1}: {text}",
            grade(text)
        );
    }
}

#[test]
fn the_group_pages_words_are_plain() {
    // Read by a facilitator, and by a commissioner in the report: plain, with room for the
    // method's longer sentences.
    let all: Vec<&str> = GroupMsg::ALL.iter().map(|m| m.text(Lang::En)).collect();
    let together = grade(&all.join(". "));
    assert!(together <= 7.0, "grade {together:.1}");
    for msg in GroupMsg::ALL {
        let text = msg.text(Lang::En);
        if text.split_whitespace().count() < 6 {
            continue;
        }
        assert!(
            grade(text) <= 10.0,
            "{msg:?}: grade {:.1}: {text}",
            grade(text)
        );
    }
}

#[test]
fn the_measure_tells_plain_words_from_hard_ones() {
    assert!(grade("The cat sat on the mat. It was warm.") < 2.0);
    assert!(grade("Comprehensive multidisciplinary interventions necessitate organisational coordination.") > 12.0);
    assert_eq!(syllables("people"), 2);
    assert_eq!(syllables("safer"), 2);
    assert_eq!(syllables("time"), 1);
}
