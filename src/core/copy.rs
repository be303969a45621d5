//! "A copy to bring along": the parts a person chooses (of their plan, their I statements and
//! their ladder) laid out as labelled lines, in the order a reader in a crisis needs them;
//! and a crisis card for a wallet.
mod card;

use super::config::Contact;
use super::dates::long_day;
use super::document::{Document, Theme};
use super::ladder::{of_service, sentence, services, summarise, Period};
use super::messages::{fill, fill_all, Lang, Msg};
use super::plan::{lay_out, Item, Plan, Section};
use super::safety;
use super::statements::{latest, theme_name, truth_name};
pub use card::crisis_card;

/// One part a copy can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyPart {
    /// A crisis card for a wallet, front and back: only when ticked, and first on the page.
    Card,
    /// The safety plan, step by step, on a side of its own.
    Safety,
    Plan(Section),
    Statements,
    Ladder,
}

impl CopyPart {
    /// The safety plan, then the crisis plan and people: what someone helping in a crisis
    /// looks for first.
    pub const ALL: [CopyPart; 10] = [
        CopyPart::Safety,
        CopyPart::Plan(Section::Crisis),
        CopyPart::Plan(Section::People),
        CopyPart::Plan(Section::KeepingWell),
        CopyPart::Plan(Section::Triggers),
        CopyPart::Plan(Section::Coping),
        CopyPart::Plan(Section::StayingSafe),
        CopyPart::Plan(Section::Goals),
        CopyPart::Statements,
        CopyPart::Ladder,
    ];

    /// What a printed copy can hold: a crisis card, then the parts that have sharing choices.
    pub const PRINTED: [CopyPart; 11] = {
        let mut printed = [CopyPart::Card; 11];
        let mut at = 0;
        while at < CopyPart::ALL.len() {
            printed[at + 1] = CopyPart::ALL[at];
            at += 1;
        }
        printed
    };

    /// The key its sharing choices are kept under.
    pub fn key(self) -> &'static str {
        match self {
            CopyPart::Card => "card",
            CopyPart::Safety => "safety",
            CopyPart::Plan(section) => section.key(),
            CopyPart::Statements => "statements",
            CopyPart::Ladder => "ladder",
        }
    }

    pub fn title(self) -> Msg {
        match self {
            CopyPart::Card => Msg::CardPart,
            CopyPart::Safety => Msg::TitleSafety,
            CopyPart::Plan(section) => section.title(),
            CopyPart::Statements => Msg::TitleStatements,
            CopyPart::Ladder => Msg::TitleLadder,
        }
    }
}

/// Parts a copy holds unless the person changes it: all but those kept for me only.
pub fn shared_parts(plan: &Plan) -> Vec<CopyPart> {
    CopyPart::ALL
        .into_iter()
        .filter(|part| !plan.share_by_key(part.key()).is_some_and(|s| s.private))
        .collect()
}

/// One titled part of a printed page: a part of a copy, or of "What I want to raise".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopySection {
    /// Names the part in the page (`data-section`), for styling and tests.
    pub key: &'static str,
    pub title: Msg,
    pub items: Vec<Item>,
}

/// The chosen parts as items of labelled lines; parts with nothing in them are left out.
/// `venue` is the venue's contacts, for the safety plan's professionals and services. A
/// crisis card, if chosen, comes first: its front and back are two parts.
pub fn lay_out_copy(
    doc: &Document,
    parts: &[CopyPart],
    venue: &[Contact],
    lang: Lang,
) -> Vec<CopySection> {
    let mut sections = match parts.contains(&CopyPart::Card) {
        true => crisis_card(doc, lang),
        false => Vec::new(),
    };
    let others = parts.iter().map(|part| CopySection {
        key: part.key(),
        title: part.title(),
        items: match part {
            CopyPart::Card => Vec::new(),
            CopyPart::Safety => safety_part(&doc.plan, venue, lang),
            CopyPart::Plan(section) => lay_out(&doc.plan, &[*section], lang)
                .into_iter()
                .flat_map(|(_, items)| items)
                .collect(),
            CopyPart::Statements => statements(doc, lang),
            CopyPart::Ladder => ladder(doc, lang),
        },
    });
    sections.extend(others.filter(|section| !section.items.is_empty()));
    sections
}

/// The safety plan, less what is kept for "only me"; nothing unless it holds words of the
/// person's own (999 alone is not their safety plan).
fn safety_part(plan: &Plan, venue: &[Contact], lang: Lang) -> Vec<Item> {
    let shared = safety::shared_only(plan);
    match safety::has_any(&shared) {
        true => safety::lay_out(&shared, venue, lang),
        false => Vec::new(),
    }
}

/// Every part of a plan (an earlier version, kept in a review), in the copy's order.
pub fn lay_out_plan(plan: &Plan, lang: Lang) -> Vec<CopySection> {
    let doc = Document {
        plan: plan.clone(),
        ..Document::default()
    };
    let parts: Vec<CopyPart> = CopyPart::ALL
        .into_iter()
        .filter(|part| matches!(part, CopyPart::Plan(_)))
        .collect();
    lay_out_copy(&doc, &parts, &[], lang)
}

/// Statements by theme, each with its latest answer in words.
fn statements(doc: &Document, lang: Lang) -> Vec<Item> {
    Theme::ALL
        .into_iter()
        .map(|theme| Item {
            heading: Some(theme_name(theme).text(lang).to_owned()),
            lines: doc
                .statements
                .iter()
                .filter(|s| s.theme == theme && !s.archived && !s.text.trim().is_empty())
                .map(|s| {
                    let answer = latest(s).map_or_else(
                        || Msg::CopyNoAnswer.text(lang).to_owned(),
                        |rating| {
                            let words = fill_all(
                                Msg::HistoryItem.text(lang),
                                &[
                                    ("truth", truth_name(rating.truth).text(lang)),
                                    ("day", &long_day(&rating.day, lang)),
                                ],
                            );
                            fill(Msg::CopyAnswer.text(lang), "answer", &words)
                        },
                    );
                    (s.text.trim().to_owned(), answer)
                })
                .collect(),
        })
        .filter(|item| !item.lines.is_empty())
        .collect()
}

/// How many services the ladder part names: the most recent ones.
const SERVICES_SHOWN: usize = 8;

/// One plain sentence per service, most recent first, as the ladder screen says it.
fn ladder(doc: &Document, lang: Lang) -> Vec<Item> {
    let lines = services(&doc.moments)
        .into_iter()
        .take(SERVICES_SHOWN)
        .map(|service| {
            let summary = summarise(&of_service(&doc.moments, &service));
            (
                String::new(),
                sentence(&service, Period::All, &summary, lang),
            )
        })
        .collect::<Vec<_>>();
    if lines.is_empty() {
        return Vec::new();
    }
    vec![Item {
        heading: None,
        lines,
    }]
}

/// The copy as plain text, for pasting into a message.
pub fn copy_text(
    doc: &Document,
    parts: &[CopyPart],
    venue: &[Contact],
    today: &str,
    lang: Lang,
) -> String {
    let title = copy_title(&doc.settings.display_name, lang);
    page_text(&title, &lay_out_copy(doc, parts, venue, lang), today, lang)
}

/// A titled, dated page of sections as plain text.
pub fn page_text(title: &str, sections: &[CopySection], today: &str, lang: Lang) -> String {
    let mut out = format!("{title}\n{}\n", long_day(today, lang));
    for section in sections {
        let title = section.title.text(lang);
        out.push_str(&format!(
            "\n{title}\n{}\n",
            "-".repeat(title.chars().count())
        ));
        for item in &section.items {
            if let Some(heading) = &item.heading {
                out.push_str(&format!("\n{heading}\n"));
            }
            for (label, text) in &item.lines {
                // A statement is a sentence already: no colon after its full stop.
                let line = match label.trim_end().chars().last() {
                    None => text.clone(),
                    Some('.' | '!' | '?') => format!("{label} {text}"),
                    Some(_) => format!("{label}: {text}"),
                };
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

/// "My plan", or "Sam's plan".
pub fn copy_title(name: &str, lang: Lang) -> String {
    if name.trim().is_empty() {
        Msg::PrintTitle.text(lang).to_owned()
    } else {
        fill(Msg::PrintTitleNamed.text(lang), "name", name.trim())
    }
}

#[cfg(test)]
mod tests;
