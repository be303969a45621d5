//! My plan: one document the person owns, in sections they fill in any order. Here are its
//! shape (stored since schema 3), how complete each section is in words, when a review is
//! due, and the plan laid out as labelled lines for printing, copying and comparing.
use serde::{Deserialize, Serialize};

use super::document::{keyed_by_id, PlanEntry};
use super::messages::{fill, Lang, Msg};
use super::statements::long_day;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The plan's written parts, one entry per `Field`, keyed by the field's key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<PlanEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Treatments and places I prefer, accept or don't want, for a crisis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub treatments: Vec<Treatment>,
    /// Who may see each section, keyed by the section's key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sharing: Vec<Share>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        *self == Plan::default()
    }

    pub fn note(&self, field: Field) -> &str {
        self.notes
            .iter()
            .find(|n| n.id == field.key())
            .map_or("", |n| n.text.as_str())
    }

    pub fn set_note(&mut self, field: Field, text: String, now: i64) {
        match self.notes.iter_mut().find(|n| n.id == field.key()) {
            Some(note) => {
                note.text = text;
                note.updated = now;
            }
            None => self.notes.push(PlanEntry {
                id: field.key().to_owned(),
                section: field.section().key().to_owned(),
                text,
                updated: now,
            }),
        }
    }

    pub fn share(&self, section: Section) -> Option<&Share> {
        self.share_by_key(section.key())
    }

    pub fn share_by_key(&self, key: &str) -> Option<&Share> {
        self.sharing.iter().find(|s| s.id == key)
    }

    /// Written parts under an id no screen shows (from an older version or a file): shown
    /// together as "other notes", so no words are hidden.
    pub fn other_notes(&self) -> impl Iterator<Item = &PlanEntry> {
        self.notes.iter().filter(|note| {
            !Section::ALL
                .iter()
                .any(|section| section.fields().iter().any(|f| f.key() == note.id))
        })
    }

    /// The plan as it is now, without its reviews, to keep inside a review.
    pub fn snapshot(&self) -> Plan {
        Plan {
            reviews: Vec::new(),
            ..self.clone()
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub steps: Vec<GoalStep>,
    /// What might get in the way.
    #[serde(default)]
    pub obstacles: String,
    /// What I'll do about it.
    #[serde(default)]
    pub solutions: String,
    /// Set by hand; otherwise worked out from the steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<Progress>,
    /// Finished and kept, not deleted.
    #[serde(default)]
    pub finished: bool,
    #[serde(default)]
    pub updated: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalStep {
    pub id: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub done: bool,
}

/// How far along a goal is, in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    NotStarted,
    Started,
    Halfway,
    NearlyThere,
    Done,
}

impl Progress {
    pub const ALL: [Progress; 5] = [
        Progress::NotStarted,
        Progress::Started,
        Progress::Halfway,
        Progress::NearlyThere,
        Progress::Done,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Progress::NotStarted => "not_started",
            Progress::Started => "started",
            Progress::Halfway => "halfway",
            Progress::NearlyThere => "nearly_there",
            Progress::Done => "done",
        }
    }

    pub fn from_key(key: &str) -> Option<Progress> {
        Progress::ALL.into_iter().find(|p| p.key() == key)
    }

    pub fn name(self) -> Msg {
        match self {
            Progress::NotStarted => Msg::ProgressNotStarted,
            Progress::Started => Msg::ProgressStarted,
            Progress::Halfway => Msg::ProgressHalfway,
            Progress::NearlyThere => Msg::ProgressNearlyThere,
            Progress::Done => Msg::ProgressDone,
        }
    }
}

impl Goal {
    /// The progress set by hand, or else from the steps ticked.
    pub fn progress(&self) -> Progress {
        if let Some(progress) = self.progress {
            return progress;
        }
        let steps = self.steps.iter().filter(|s| !s.text.trim().is_empty());
        let (done, total) = steps.fold((0, 0), |(d, t), s| (d + usize::from(s.done), t + 1));
        match (done, total) {
            (0, _) => Progress::NotStarted,
            (d, t) if d == t => Progress::Done,
            (d, t) if d * 4 >= t * 3 => Progress::NearlyThere,
            (d, t) if d * 2 >= t => Progress::Halfway,
            _ => Progress::Started,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// Relationship or role: "my sister", "care coordinator".
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub phone: String,
    /// A number for text messages.
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub email: String,
    /// When to contact them.
    #[serde(default)]
    pub when: String,
    #[serde(default)]
    pub updated: i64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    #[default]
    Prefer,
    Accept,
    Refuse,
}

impl Choice {
    pub const ALL: [Choice; 3] = [Choice::Prefer, Choice::Accept, Choice::Refuse];

    pub fn key(self) -> &'static str {
        match self {
            Choice::Prefer => "prefer",
            Choice::Accept => "accept",
            Choice::Refuse => "refuse",
        }
    }

    pub fn name(self) -> Msg {
        match self {
            Choice::Prefer => Msg::ChoicePrefer,
            Choice::Accept => Msg::ChoiceAccept,
            Choice::Refuse => Msg::ChoiceRefuse,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Treatment {
    pub id: String,
    /// The treatment or place, in my words.
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub choice: Choice,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub updated: i64,
}

/// People who might see a section of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Gp,
    CareCoordinator,
    NominatedPerson,
    Family,
    CrisisTeam,
}

impl Audience {
    pub const ALL: [Audience; 5] = [
        Audience::Gp,
        Audience::CareCoordinator,
        Audience::NominatedPerson,
        Audience::Family,
        Audience::CrisisTeam,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Audience::Gp => "gp",
            Audience::CareCoordinator => "care_coordinator",
            Audience::NominatedPerson => "nominated_person",
            Audience::Family => "family",
            Audience::CrisisTeam => "crisis_team",
        }
    }

    pub fn name(self) -> Msg {
        match self {
            Audience::Gp => Msg::AudienceGp,
            Audience::CareCoordinator => Msg::AudienceCareCoordinator,
            Audience::NominatedPerson => Msg::AudienceNominatedPerson,
            Audience::Family => Msg::AudienceFamily,
            Audience::CrisisTeam => Msg::AudienceCrisisTeam,
        }
    }
}

/// Who may see one section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Share {
    /// The section's key.
    pub id: String,
    #[serde(default)]
    pub who: Vec<Audience>,
    /// Only for me: left out of copies unless I choose it.
    #[serde(default)]
    pub private: bool,
    /// Anything in this section I do not want shared.
    #[serde(default)]
    pub not_shared: String,
}

/// A look at the plan, with a read-only copy of the plan as it was then.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub id: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub with_whom: String,
    #[serde(default)]
    pub changed: String,
    /// When to look at it again, `YYYY-MM-DD`.
    #[serde(default)]
    pub next: String,
    #[serde(default)]
    pub plan: Box<Plan>,
}

keyed_by_id!(Goal, GoalStep, Person, Treatment, Share, Review);

/// The sections of the plan, in the order they are offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Goals,
    KeepingWell,
    Triggers,
    Coping,
    Crisis,
    People,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Goals,
        Section::KeepingWell,
        Section::Triggers,
        Section::Coping,
        Section::Crisis,
        Section::People,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Section::Goals => "goals",
            Section::KeepingWell => "keeping_well",
            Section::Triggers => "triggers",
            Section::Coping => "coping",
            Section::Crisis => "crisis",
            Section::People => "people",
        }
    }

    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn title(self) -> Msg {
        match self {
            Section::Goals => Msg::SectionGoals,
            Section::KeepingWell => Msg::SectionKeepingWell,
            Section::Triggers => Msg::SectionTriggers,
            Section::Coping => Msg::SectionCoping,
            Section::Crisis => Msg::SectionCrisis,
            Section::People => Msg::SectionPeople,
        }
    }

    pub fn fields(self) -> &'static [Field] {
        match self {
            Section::Goals | Section::People => &[],
            Section::KeepingWell => &[Field::KeepingWell],
            Section::Triggers => &[
                Field::Triggers,
                Field::TriggersHelp,
                Field::WarningSigns,
                Field::WarningHelp,
            ],
            Section::Coping => &[Field::Coping, Field::CopingPeople],
            Section::Crisis => &[
                Field::CrisisSigns,
                Field::CrisisInvolve,
                Field::CrisisNotInvolve,
                Field::NominatedName,
                Field::NominatedContact,
                Field::Practical,
                Field::CrisisWant,
                Field::CrisisDontWant,
                Field::AfterCrisis,
            ],
        }
    }
}

/// Every written part of the plan. Keys are stored: never change one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    KeepingWell,
    Triggers,
    TriggersHelp,
    WarningSigns,
    WarningHelp,
    Coping,
    CopingPeople,
    CrisisSigns,
    CrisisInvolve,
    CrisisNotInvolve,
    NominatedName,
    NominatedContact,
    Practical,
    CrisisWant,
    CrisisDontWant,
    AfterCrisis,
}

impl Field {
    pub fn key(self) -> &'static str {
        match self {
            Field::KeepingWell => "keeping_well",
            Field::Triggers => "triggers",
            Field::TriggersHelp => "triggers_help",
            Field::WarningSigns => "warning_signs",
            Field::WarningHelp => "warning_help",
            Field::Coping => "coping",
            Field::CopingPeople => "coping_people",
            Field::CrisisSigns => "crisis_signs",
            Field::CrisisInvolve => "crisis_involve",
            Field::CrisisNotInvolve => "crisis_not_involve",
            Field::NominatedName => "nominated_name",
            Field::NominatedContact => "nominated_contact",
            Field::Practical => "practical",
            Field::CrisisWant => "crisis_want",
            Field::CrisisDontWant => "crisis_dont_want",
            Field::AfterCrisis => "after_crisis",
        }
    }

    pub fn section(self) -> Section {
        Section::ALL
            .into_iter()
            .find(|s| s.fields().contains(&self))
            .unwrap_or(Section::KeepingWell)
    }

    pub fn label(self) -> Msg {
        match self {
            Field::KeepingWell => Msg::FieldKeepingWell,
            Field::Triggers => Msg::FieldTriggers,
            Field::TriggersHelp => Msg::FieldTriggersHelp,
            Field::WarningSigns => Msg::FieldWarningSigns,
            Field::WarningHelp => Msg::FieldWarningHelp,
            Field::Coping => Msg::FieldCoping,
            Field::CopingPeople => Msg::FieldCopingPeople,
            Field::CrisisSigns => Msg::FieldCrisisSigns,
            Field::CrisisInvolve => Msg::FieldCrisisInvolve,
            Field::CrisisNotInvolve => Msg::FieldCrisisNotInvolve,
            Field::NominatedName => Msg::FieldNominatedName,
            Field::NominatedContact => Msg::FieldNominatedContact,
            Field::Practical => Msg::FieldPractical,
            Field::CrisisWant => Msg::FieldCrisisWant,
            Field::CrisisDontWant => Msg::FieldCrisisDontWant,
            Field::AfterCrisis => Msg::FieldAfterCrisis,
        }
    }
}

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

/// Sections a copy holds unless the person changes it: all but those kept for me only.
pub fn shared_sections(plan: &Plan) -> Vec<Section> {
    Section::ALL
        .into_iter()
        .filter(|s| !plan.share(*s).is_some_and(|share| share.private))
        .collect()
}

/// The plan as plain text, for pasting into a message.
pub fn plain_text(
    plan: &Plan,
    sections: &[Section],
    name: &str,
    today: &str,
    lang: Lang,
) -> String {
    let mut out = String::new();
    let title = if name.trim().is_empty() {
        Msg::PrintTitle.text(lang).to_owned()
    } else {
        fill(Msg::PrintTitleNamed.text(lang), "name", name.trim())
    };
    out.push_str(&title);
    out.push('\n');
    out.push_str(&long_day(today, lang));
    out.push('\n');
    for (section, items) in lay_out(plan, sections, lang) {
        if items.is_empty() {
            continue;
        }
        let title = section.title().text(lang);
        out.push_str(&format!(
            "\n{title}\n{}\n",
            "-".repeat(title.chars().count())
        ));
        for item in items {
            if let Some(heading) = item.heading {
                out.push_str(&format!("\n{heading}\n"));
            }
            for (label, text) in item.lines {
                out.push_str(&format!("{label}: {text}\n"));
            }
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    fn step(text: &str, done: bool) -> GoalStep {
        GoalStep {
            id: text.into(),
            text: text.into(),
            done,
        }
    }

    #[test]
    fn goal_progress_comes_from_the_steps_unless_set_by_hand() {
        let mut goal = Goal {
            steps: vec![
                step("a", true),
                step("b", false),
                step("c", false),
                step("d", false),
            ],
            ..Goal::default()
        };
        assert_eq!(goal.progress(), Progress::Started);
        goal.steps[1].done = true;
        assert_eq!(goal.progress(), Progress::Halfway);
        goal.steps[2].done = true;
        assert_eq!(goal.progress(), Progress::NearlyThere);
        goal.steps[3].done = true;
        assert_eq!(goal.progress(), Progress::Done);
        goal.progress = Some(Progress::Halfway);
        assert_eq!(goal.progress(), Progress::Halfway);
        assert_eq!(Goal::default().progress(), Progress::NotStarted);
    }

    #[test]
    fn notes_no_screen_shows_are_found() {
        let mut plan = Plan::default();
        plan.set_note(Field::KeepingWell, "A walk".into(), 1);
        plan.notes.push(PlanEntry {
            id: "hopes".into(),
            text: "To go back to college".into(),
            ..PlanEntry::default()
        });
        let others: Vec<&str> = plan.other_notes().map(|n| n.text.as_str()).collect();
        assert_eq!(others, ["To go back to college"]);
    }

    #[test]
    fn completeness_in_words_and_where_to_go_next() {
        let mut plan = Plan::default();
        assert_eq!(
            completeness(&plan, Section::Triggers),
            Completeness::NotStarted
        );
        assert_eq!(next_section(&plan), Some(Section::Goals));
        plan.set_note(Field::Triggers, "Loud places".into(), 1);
        assert_eq!(
            completeness(&plan, Section::Triggers),
            Completeness::Started(vec![
                Msg::FieldTriggersHelp,
                Msg::FieldWarningSigns,
                Msg::FieldWarningHelp
            ])
        );
        plan.set_note(Field::KeepingWell, "A walk".into(), 1);
        assert_eq!(
            completeness(&plan, Section::KeepingWell),
            Completeness::Filled
        );
        plan.goals.push(Goal {
            id: "g".into(),
            title: "Paint the kitchen door".into(),
            ..Goal::default()
        });
        assert_eq!(next_section(&plan), Some(Section::Coping));
    }

    #[test]
    fn review_due_from_the_newest_review() {
        let mut plan = Plan::default();
        assert_eq!(review_due(&plan, "2026-11-22"), ReviewDue::NeverReviewed);
        plan.reviews.push(Review {
            id: "1".into(),
            date: "2026-05-01".into(),
            next: "2026-11-01".into(),
            ..Review::default()
        });
        assert_eq!(
            review_due(&plan, "2026-11-22"),
            ReviewDue::Due("2026-11-01".into())
        );
        plan.reviews.push(Review {
            id: "2".into(),
            date: "2026-11-20".into(),
            next: "2027-05-20".into(),
            ..Review::default()
        });
        assert_eq!(
            review_due(&plan, "2026-11-22"),
            ReviewDue::Upcoming("2027-05-20".into())
        );
        plan.reviews[1].next.clear();
        assert_eq!(review_due(&plan, "2026-11-22"), ReviewDue::NoDateSet);
    }

    #[test]
    fn a_copy_leaves_out_private_sections_and_empty_parts() {
        let mut plan = Plan::default();
        plan.set_note(Field::KeepingWell, "A walk by the canal".into(), 1);
        plan.set_note(Field::Triggers, "Crowds".into(), 1);
        plan.sharing.push(Share {
            id: "triggers".into(),
            private: true,
            ..Share::default()
        });
        let sections = shared_sections(&plan);
        assert!(!sections.contains(&Section::Triggers));
        let text = plain_text(&plan, &sections, "Sam", "2026-11-22", Lang::En);
        assert!(text.starts_with("Sam's plan\n22 November 2026\n"));
        assert!(text.contains("A walk by the canal"));
        assert!(!text.contains("Crowds"));
        assert!(text.contains("Keeping well\n------------\n"));
        assert!(!text.contains("My goals"), "empty sections are left out");
    }

    #[test]
    fn compare_names_what_changed_between_two_versions() {
        let mut before = Plan::default();
        before.set_note(Field::KeepingWell, "A walk".into(), 1);
        before.set_note(Field::Coping, "Music".into(), 1);
        let mut after = before.clone();
        after.set_note(Field::KeepingWell, "A walk and a swim".into(), 2);
        after.set_note(Field::Coping, String::new(), 2);
        after.treatments.push(Treatment {
            id: "t".into(),
            what: "Ward 3".into(),
            choice: Choice::Refuse,
            ..Treatment::default()
        });
        let changes = compare(&before, &after, Lang::En);
        assert_eq!(changes.len(), 3, "{changes:?}");
        assert_eq!(changes[0].before, "A walk");
        assert_eq!(changes[0].after, "A walk and a swim");
        assert!(changes
            .iter()
            .any(|c| c.place.contains("Ward 3") && c.before.is_empty()));
        assert!(changes
            .iter()
            .any(|c| c.before == "Music" && c.after.is_empty()));
        assert!(compare(&after, &after, Lang::En).is_empty());
    }
}
