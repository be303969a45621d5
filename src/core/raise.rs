//! "What I want to raise": suggestions drawn from the person's own notes for their next
//! appointment, and the one page they print or copy. Nothing is on the page unless they
//! chose it.
use super::copy::{page_text, CopySection};
use super::dates::long_day;
use super::document::{Document, Truth};
use super::ladder::{of_service, sentence, services, summarise, Period};
use super::messages::{fill, fill_all, Lang, Msg};
use super::plan::Item;
use super::statements::{day_answers, latest, truth_name};

/// The most suggestions of each kind: one page has room for about this many.
const MOST_OF_EACH: usize = 8;

/// What a suggestion comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A statement that feels least true, or got less true.
    Statement,
    /// A goal still in progress, and what is in the way.
    Goal,
    /// A service where the person wanted more say than they had.
    Ladder,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Statement, Kind::Goal, Kind::Ladder];

    pub fn key(self) -> &'static str {
        match self {
            Kind::Statement => "statement",
            Kind::Goal => "goal",
            Kind::Ladder => "ladder",
        }
    }

    pub fn title(self) -> Msg {
        match self {
            Kind::Statement => Msg::RaiseFromStatements,
            Kind::Goal => Msg::RaiseFromGoals,
            Kind::Ladder => Msg::RaiseFromLadder,
        }
    }
}

/// Something the person might want to raise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// Kept in `Raise::chosen` when chosen: `statement:<id>`, `goal:<id>`, `ladder:<service>`.
    pub key: String,
    pub kind: Kind,
    /// The person's own words: the statement, the goal, or a sentence about the service.
    pub words: String,
    /// Why it is suggested, in words ("How true this is now: Not yet on 2 March 2026").
    pub why: String,
}

/// Suggestions from the person's notes, by kind; the least true statements first.
pub fn suggestions(doc: &Document, lang: Lang) -> Vec<Suggestion> {
    let mut out = statements(doc, lang);
    out.extend(goals(doc, lang));
    out.extend(ladder(doc, lang));
    out
}

fn statements(doc: &Document, lang: Lang) -> Vec<Suggestion> {
    let mut found: Vec<(Truth, Suggestion)> = doc
        .statements
        .iter()
        .filter(|s| !s.archived && !s.text.trim().is_empty())
        .filter_map(|s| {
            let now = latest(s)?;
            let days = day_answers(&s.ratings);
            let before = days.len().checked_sub(2).and_then(|at| days.get(at));
            let answer = |truth: Truth, day: &str| {
                fill_all(
                    Msg::HistoryItem.text(lang),
                    &[
                        ("truth", truth_name(truth).text(lang)),
                        ("day", &long_day(day, lang)),
                    ],
                )
            };
            let why = match before {
                Some(was) if was.truth > now.truth => fill_all(
                    Msg::RaiseLessTrue.text(lang),
                    &[
                        ("now", &answer(now.truth, &now.day)),
                        ("was", &answer(was.truth, &was.day)),
                    ],
                ),
                _ if now.truth <= Truth::Sometimes => fill(
                    Msg::CopyAnswer.text(lang),
                    "answer",
                    &answer(now.truth, &now.day),
                ),
                _ => return None,
            };
            Some((
                now.truth,
                Suggestion {
                    key: format!("statement:{}", s.id),
                    kind: Kind::Statement,
                    words: s.text.trim().to_owned(),
                    why,
                },
            ))
        })
        .collect();
    // Least true first; the order they were written in otherwise.
    crate::core::order::sort_by_rank(&mut found, false, |(truth, _)| {
        (String::new(), i64::from(truth.step()))
    });
    found
        .into_iter()
        .map(|(_, s)| s)
        .take(MOST_OF_EACH)
        .collect()
}

fn goals(doc: &Document, lang: Lang) -> Vec<Suggestion> {
    doc.plan
        .goals
        .iter()
        .filter(|g| !g.finished && !g.title.trim().is_empty())
        .map(|g| {
            let progress = g.progress().name().text(lang);
            let why = match g.obstacles.trim() {
                "" => progress.to_owned(),
                obstacles => fill_all(
                    Msg::RaiseInTheWay.text(lang),
                    &[("progress", progress), ("obstacles", obstacles)],
                ),
            };
            Suggestion {
                key: format!("goal:{}", g.id),
                kind: Kind::Goal,
                words: g.title.trim().to_owned(),
                why,
            }
        })
        .take(MOST_OF_EACH)
        .collect()
}

fn ladder(doc: &Document, lang: Lang) -> Vec<Suggestion> {
    services(&doc.moments)
        .into_iter()
        .filter_map(|service| {
            let summary = summarise(&of_service(&doc.moments, &service));
            (summary.gap()? > 0).then(|| Suggestion {
                key: format!("ladder:{}", service.to_lowercase()),
                kind: Kind::Ladder,
                words: service.clone(),
                why: sentence(&service, Period::All, &summary, lang),
            })
        })
        .take(MOST_OF_EACH)
        .collect()
}

/// The page: the chosen suggestions by kind, then the person's own questions, one a line.
pub fn lay_out(doc: &Document, lang: Lang) -> Vec<CopySection> {
    let chosen = suggestions(doc, lang);
    let mut sections: Vec<CopySection> = Kind::ALL
        .into_iter()
        .map(|kind| CopySection {
            key: kind.key(),
            title: kind.title(),
            items: chosen
                .iter()
                .filter(|s| s.kind == kind && doc.raise.chosen.contains(&s.key))
                .map(|s| Item {
                    heading: None,
                    // A sentence about a service names it already.
                    lines: vec![match kind {
                        Kind::Ladder => (String::new(), s.why.clone()),
                        _ => (s.words.clone(), s.why.clone()),
                    }],
                })
                .collect(),
        })
        .collect();
    let questions: Vec<(String, String)> = doc
        .raise
        .questions
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| (String::new(), line.to_owned()))
        .collect();
    sections.push(CopySection {
        key: "questions",
        title: Msg::RaiseQuestions,
        items: vec![Item {
            heading: None,
            lines: questions,
        }],
    });
    sections.retain(|s| s.items.iter().any(|item| !item.lines.is_empty()));
    sections
}

/// "What I want to raise" (or "Sam: what I want to raise"), the page's title.
pub fn title(doc: &Document, lang: Lang) -> String {
    let name = doc.settings.display_name.trim();
    if name.is_empty() {
        Msg::TitleRaise.text(lang).to_owned()
    } else {
        fill(Msg::RaiseTitleNamed.text(lang), "name", name)
    }
}

/// The page as plain text, for pasting into a message.
pub fn text(doc: &Document, today: &str, lang: Lang) -> String {
    page_text(&title(doc, lang), &lay_out(doc, lang), today, lang)
}

#[cfg(test)]
mod tests;
