//! "Read this to me": which of the browser's voices may read, and the words it reads. Only a
//! voice on the device itself is ever used (`localService`), so nothing a person wrote is
//! sent to a speech service; where there is none, the button is not offered.
use super::config::Contact;
use super::messages::Lang;
use super::plan::{lay_out, Plan, Section};

/// What the browser says about one of its voices.
pub struct Voice<'a> {
    pub lang: &'a str,
    pub local: bool,
    pub default: bool,
}

/// The voice to read `lang` with: on the device only, speaking that language (British
/// English first for English), the device's default among equals.
pub fn choose(voices: &[Voice], lang: Lang) -> Option<usize> {
    let wanted = match lang {
        Lang::En => "en",
        Lang::Cy => "cy",
    };
    let rank = |voice: &Voice| {
        let code = voice.lang.to_ascii_lowercase().replace('_', "-");
        let speaks = code == wanted || code.starts_with(&format!("{wanted}-"));
        (voice.local && speaks).then(|| (code == lang.code().to_ascii_lowercase(), voice.default))
    };
    voices
        .iter()
        .enumerate()
        .filter_map(|(i, voice)| rank(voice).map(|rank| (rank, i)))
        // The best rank wins; among equals, the first the browser listed.
        .max_by(|(a, i), (b, j)| a.cmp(b).then(j.cmp(i)))
        .map(|(_, i)| i)
}

/// A part of the plan as words to read: each item's heading, then "label. text" lines.
pub fn plan_part(plan: &Plan, section: Section, lang: Lang) -> String {
    let mut out = Vec::new();
    for (_, items) in lay_out(plan, &[section], lang) {
        for item in items {
            out.extend(item.heading);
            for (label, text) in item.lines {
                out.push(format!("{label}. {text}"));
            }
        }
    }
    readable(&out.join("\n"))
}

/// The safety plan as words to read: each step's name, then what it holds.
pub fn safety(plan: &Plan, venue: &[Contact], lang: Lang) -> String {
    let mut out = Vec::new();
    for item in super::safety::lay_out(plan, venue, lang) {
        out.extend(item.heading);
        for (label, text) in item.lines {
            out.push(if label.is_empty() {
                text
            } else {
                format!("{label}. {text}")
            });
        }
    }
    readable(&out.join("\n"))
}

/// Plain text (a copy made for a message) as words to read: underlines and tick marks are
/// left out, and each line ends as a sentence so the voice pauses.
pub fn readable(text: &str) -> String {
    text.lines()
        .map(|line| line.trim().trim_start_matches(['✓', '○']).trim())
        .filter(|line| !line.is_empty() && !line.chars().all(|c| c == '-'))
        .map(|line| match line.chars().last() {
            Some('.' | '!' | '?' | ':') => line.to_owned(),
            _ => format!("{line}."),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(lang: &str, local: bool, default: bool) -> Voice<'_> {
        Voice {
            lang,
            local,
            default,
        }
    }

    #[test]
    fn only_a_voice_on_the_device_reads() {
        let remote_only = [voice("en-GB", false, true)];
        assert_eq!(choose(&remote_only, Lang::En), None);
        let both = [voice("en-GB", false, true), voice("en-US", true, false)];
        assert_eq!(choose(&both, Lang::En), Some(1));
        let british = [voice("en-US", true, true), voice("en_GB", true, false)];
        assert_eq!(choose(&british, Lang::En), Some(1));
        // Welsh is never read in an English voice.
        assert_eq!(choose(&british, Lang::Cy), None);
        let welsh = [voice("en-GB", true, true), voice("cy-GB", true, false)];
        assert_eq!(choose(&welsh, Lang::Cy), Some(1));
        assert_eq!(choose(&[], Lang::En), None);
    }

    #[test]
    fn reads_plain_text_as_sentences() {
        let text =
            "My plan\n4 December 2026\n\nMy goals\n--------\n✓ Walk the dog\nWhy: fresh air\n";
        assert_eq!(
            readable(text),
            "My plan. 4 December 2026. My goals. Walk the dog. Why: fresh air."
        );
    }

    #[test]
    fn reads_a_plan_part() {
        let mut plan = Plan::default();
        plan.set_note(
            crate::core::plan::Field::KeepingWell,
            "Walk each morning".into(),
            0,
        );
        let words = plan_part(&plan, Section::KeepingWell, Lang::En);
        assert_eq!(words, "What I do to keep well. Walk each morning.");
        assert_eq!(plan_part(&Plan::default(), Section::Goals, Lang::En), "");
    }
}
