//! How complete each section is (in words), when a review is due, and the plan laid out
//! as labelled lines: what a printed copy, a text copy, an earlier version and a comparison
//! all show.
use super::super::messages::{fill, Lang, Msg};
use super::{Plan, Section};

/// How complete a section is, in words, never as a score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Completeness {
    NotStarted,
    /// Started; these parts are still empty.
    Started(Vec<Msg>),
    Filled,
}

pub fn completeness(plan: &Plan, section: Section) -> Completeness {
    let (filled, empty): (Vec<Msg>, Vec<Msg>) = match section {
        Section::Goals => {
            return if plan.goals.iter().any(|g| !g.title.trim().is_empty()) {
                Completeness::Filled
            } else {
                Completeness::NotStarted
            }
        }
        Section::People => {
            let named = plan.people.iter().any(|p| !p.name.trim().is_empty());
            return if named {
                Completeness::Filled
            } else {
                Completeness::NotStarted
            };
        }
        Section::Crisis => {
            let mut parts: Vec<(Msg, bool)> = section
                .fields()
                .iter()
                .map(|f| (f.label(), !plan.note(*f).trim().is_empty()))
                .collect();
            parts.push((Msg::TreatmentsTitle, !plan.treatments.is_empty()));
            split(parts)
        }
        _ => split(
            section
                .fields()
                .iter()
                .map(|f| (f.label(), !plan.note(*f).trim().is_empty()))
                .collect(),
        ),
    };
    match (filled.is_empty(), empty.is_empty()) {
        (true, _) => Completeness::NotStarted,
        (false, true) => Completeness::Filled,
        (false, false) => Completeness::Started(empty),
    }
}

fn split(parts: Vec<(Msg, bool)>) -> (Vec<Msg>, Vec<Msg>) {
    let (filled, empty): (Vec<_>, Vec<_>) = parts.into_iter().partition(|(_, done)| *done);
    (
        filled.into_iter().map(|(m, _)| m).collect(),
        empty.into_iter().map(|(m, _)| m).collect(),
    )
}

/// The first section not started yet: where to go next.
pub fn next_section(plan: &Plan) -> Option<Section> {
    Section::ALL
        .into_iter()
        .find(|s| completeness(plan, *s) == Completeness::NotStarted)
}

/// Whether the plan is due to be looked at again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewDue {
    NeverReviewed,
    NoDateSet,
    /// Due on this day, in the future.
    Upcoming(String),
    /// Due on this day, today or already past.
    Due(String),
}

/// `today` is `YYYY-MM-DD`. The newest review (by date) decides.
pub fn review_due(plan: &Plan, today: &str) -> ReviewDue {
    let Some(latest) = plan.reviews.iter().max_by(|a, b| a.date.cmp(&b.date)) else {
        return ReviewDue::NeverReviewed;
    };
    let next = latest.next.trim();
    if next.is_empty() {
        ReviewDue::NoDateSet
    } else if next <= today {
        ReviewDue::Due(next.to_owned())
    } else {
        ReviewDue::Upcoming(next.to_owned())
    }
}

/// One item of the plan as labelled lines: a goal, a person, a treatment, or a group of
/// written parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub heading: Option<String>,
    pub lines: Vec<(String, String)>,
}

/// The chosen sections of `plan`, as items of labelled lines: what a printed copy, a
/// plain-text copy, an earlier version and a comparison all show. Empty parts are left out.
pub fn lay_out(plan: &Plan, sections: &[Section], lang: Lang) -> Vec<(Section, Vec<Item>)> {
    let t = |msg: Msg| msg.text(lang).to_owned();
    let line = |label: Msg, text: &str| {
        (!text.trim().is_empty()).then(|| (t(label), text.trim().to_owned()))
    };
    sections
        .iter()
        .map(|section| {
            let items: Vec<Item> = match section {
                Section::Goals => plan
                    .goals
                    .iter()
                    .filter(|g| !g.title.trim().is_empty())
                    .map(|goal| {
                        let steps = goal
                            .steps
                            .iter()
                            .filter(|s| !s.text.trim().is_empty())
                            .map(|s| {
                                let mark = if s.done { "✓" } else { "○" };
                                format!("{mark} {}", s.text.trim())
                            })
                            .collect::<Vec<_>>()
                            .join("\n");
                        let status = if goal.finished {
                            t(Msg::GoalFinished)
                        } else {
                            t(goal.progress().name())
                        };
                        Item {
                            heading: Some(goal.title.trim().to_owned()),
                            lines: [
                                line(Msg::GoalWhy, &goal.why),
                                line(Msg::GoalSteps, &steps),
                                line(Msg::GoalObstacles, &goal.obstacles),
                                line(Msg::GoalSolutions, &goal.solutions),
                                Some((t(Msg::GoalProgress), status)),
                            ]
                            .into_iter()
                            .flatten()
                            .collect(),
                        }
                    })
                    .collect(),
                Section::People => plan
                    .people
                    .iter()
                    .filter(|p| !p.name.trim().is_empty())
                    .map(|person| Item {
                        heading: Some(person.name.trim().to_owned()),
                        lines: [
                            line(Msg::PersonRole, &person.role),
                            line(Msg::PersonPhone, &person.phone),
                            line(Msg::PersonText, &person.text),
                            line(Msg::PersonEmail, &person.email),
                            line(Msg::PersonWhen, &person.when),
                        ]
                        .into_iter()
                        .flatten()
                        .collect(),
                    })
                    .collect(),
                _ => {
                    let mut items = vec![Item {
                        heading: None,
                        lines: section
                            .fields()
                            .iter()
                            .filter_map(|f| line(f.label(), plan.note(*f)))
                            .collect(),
                    }];
                    if *section == Section::Crisis {
                        items.extend(
                            plan.treatments
                                .iter()
                                .filter(|tr| !tr.what.trim().is_empty())
                                .map(|tr| Item {
                                    heading: Some(fill(
                                        &fill(
                                            Msg::TreatmentLine.text(lang),
                                            "choice",
                                            tr.choice.name().text(lang),
                                        ),
                                        "what",
                                        tr.what.trim(),
                                    )),
                                    lines: line(Msg::TreatmentWhy, &tr.why).into_iter().collect(),
                                }),
                        );
                    }
                    items
                }
            };
            let items = items
                .into_iter()
                .filter(|item| item.heading.is_some() || !item.lines.is_empty())
                .collect();
            (*section, items)
        })
        .collect()
}

/// One difference between two versions of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// "Keeping well", or "My goals · Walk to the shop".
    pub place: String,
    pub label: String,
    pub before: String,
    pub after: String,
}

/// What changed from `before` to `after`, part by part.
pub fn compare(before: &Plan, after: &Plan, lang: Lang) -> Vec<Difference> {
    let flat = |plan: &Plan| -> Vec<(String, String, String)> {
        lay_out(plan, &Section::ALL, lang)
            .into_iter()
            .flat_map(|(section, items)| {
                items.into_iter().flat_map(move |item| {
                    let place = match &item.heading {
                        Some(heading) => format!("{} · {heading}", section.title().text(lang)),
                        None => section.title().text(lang).to_owned(),
                    };
                    let mut lines = item.lines;
                    if lines.is_empty() {
                        lines.push((String::new(), String::new()));
                    }
                    lines
                        .into_iter()
                        .map(move |(label, text)| (place.clone(), label, text))
                })
            })
            .collect()
    };
    let (old, new) = (flat(before), flat(after));
    let find = |list: &[(String, String, String)], place: &str, label: &str| {
        list.iter()
            .find(|(p, l, _)| p == place && l == label)
            .map(|(_, _, text)| text.clone())
    };
    let mut differences = Vec::new();
    for (place, label, text) in &new {
        match find(&old, place, label) {
            Some(was) if was == *text => {}
            was => differences.push(Difference {
                place: place.clone(),
                label: label.clone(),
                before: was.unwrap_or_default(),
                after: text.clone(),
            }),
        }
    }
    for (place, label, text) in &old {
        if find(&new, place, label).is_none() {
            differences.push(Difference {
                place: place.clone(),
                label: label.clone(),
                before: text.clone(),
                after: String::new(),
            });
        }
    }
    differences
}
