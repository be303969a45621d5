//! The person's share screen as markup: the lines that will leave, each to tick, and the
//! optional questions. One string rather than a tree of components keeps a person's first
//! visit small (the screen reads the choices back from the page's own events); every word
//! in it is escaped.
use std::fmt::Write;

use super::report::{answer_name, level_name, question_name};
use super::{Answer, Level, Question, Shared};
use crate::core::document::Moment;
use crate::core::ladder::escape;
use crate::core::messages::{Lang, Msg};

/// Names of the choices, as the page's events give them back.
pub const LEVEL: &str = "share-level";
pub const QUOTE: &str = "share-quote";
pub const QUOTE_TICK: &str = "share-quote-tick";

/// The moments that can leave, each a line with a box ticked unless it is in `left_out`.
pub fn lines_html(moments: &[Moment], left_out: &[String], lang: Lang) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<fieldset class="steps share-lines"><legend>{}</legend>"#,
        escape(Msg::ShareChoose.text(lang))
    );
    for moment in moments {
        let Some(shared) = Shared::of(moment) else {
            continue;
        };
        let checked = if left_out.contains(&moment.id) {
            ""
        } else {
            " checked"
        };
        let _ = write!(
            out,
            r#"<label class="step-choice"><input type="checkbox" data-moment="{}"{checked}><span>{}</span></label>"#,
            escape(&moment.id),
            escape(&shared.line(lang))
        );
    }
    out.push_str("</fieldset>");
    out
}

/// The questions a person may answer, none chosen, and words for the group.
pub fn questions_html(lang: Lang) -> String {
    let mut out = String::new();
    let mut pick = |name: &str, question: Msg, answers: &[(&str, Msg)]| {
        let _ = write!(
            out,
            r#"<fieldset class="steps"><legend>{}</legend><div class="choices">"#,
            escape(question.text(lang))
        );
        for (key, words) in answers {
            let _ = write!(
                out,
                r#"<label class="choice"><input type="radio" name="{name}" value="{key}">{}</label>"#,
                escape(words.text(lang))
            );
        }
        out.push_str("</div></fieldset>");
    };
    let levels: Vec<(&str, Msg)> = Level::ALL
        .iter()
        .map(|l| (l.key(), level_name(*l)))
        .collect();
    pick(LEVEL, Msg::ShareLevel, &levels);
    let answers: Vec<(&str, Msg)> = Answer::ALL
        .iter()
        .map(|a| (a.key(), answer_name(*a)))
        .collect();
    for question in Question::ALL {
        pick(question.key(), question_name(question), &answers);
    }
    let _ = write!(
        out,
        r#"<div class="field"><label for="{QUOTE}">{}</label><textarea id="{QUOTE}" rows="3"></textarea></div><label class="choice"><input type="checkbox" id="{QUOTE_TICK}">{}</label>"#,
        escape(Msg::ShareQuote.text(lang)),
        escape(Msg::ShareQuoteTick.text(lang)),
    );
    out
}
