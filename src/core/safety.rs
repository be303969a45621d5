//! My safety plan, step by step: the steps safety-planning tools share (after Stanley and
//! Brown, with reasons to keep going as in BeyondNow and Stay Alive), in their order, from
//! what the person has written in their plan. Nothing here is written by the app: a step
//! shows the person's own words, or nothing.
use super::config::Contact;
use super::help;
use super::messages::{Lang, Msg};
use super::plan::{Field, Item, Person, Plan, Section};

/// Where the safety plan's steps are kept unsealed while the notes are locked, when the
/// person chose "Show my safety plan without the passphrase" (as an ordinary envelope whose
/// plan holds only `only_safety`). Never a word of anything else.
pub const OPEN_KEY: &str = "alongside.safety";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    WarningSigns,
    OnMyOwn,
    MindOff,
    AskForHelp,
    Services,
    SaferSpace,
    Reasons,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::WarningSigns,
        Step::OnMyOwn,
        Step::MindOff,
        Step::AskForHelp,
        Step::Services,
        Step::SaferSpace,
        Step::Reasons,
    ];

    pub fn title(self) -> Msg {
        match self {
            Step::WarningSigns => Msg::StepWarningSigns,
            Step::OnMyOwn => Msg::StepOnMyOwn,
            Step::MindOff => Msg::StepMindOff,
            Step::AskForHelp => Msg::StepAskForHelp,
            Step::Services => Msg::StepServices,
            Step::SaferSpace => Msg::StepSaferSpace,
            Step::Reasons => Msg::StepReasons,
        }
    }

    /// The written parts of the plan a step shows.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Step::WarningSigns => &[Field::WarningSigns, Field::Triggers],
            Step::OnMyOwn => &[Field::Coping],
            Step::MindOff => &[Field::Distraction, Field::CopingPeople],
            Step::SaferSpace => &[Field::SaferSpace],
            Step::Reasons => &[Field::Reasons],
            Step::AskForHelp | Step::Services => &[],
        }
    }

    /// Where the person writes what this step shows.
    pub fn written_in(self) -> Option<Section> {
        match self {
            Step::WarningSigns => Some(Section::Triggers),
            Step::OnMyOwn | Step::MindOff => Some(Section::Coping),
            Step::AskForHelp => Some(Section::People),
            Step::Services => None,
            Step::SaferSpace | Step::Reasons => Some(Section::StayingSafe),
        }
    }
}

/// The person's own words for a step, each written part as it is, empty ones left out.
pub fn words(plan: &Plan, step: Step) -> Vec<String> {
    step.fields()
        .iter()
        .map(|field| plan.note(*field).trim())
        .filter(|text| !text.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether the person has written anything their safety plan shows.
pub fn has_any(plan: &Plan) -> bool {
    let written = Step::ALL.iter().any(|step| !words(plan, *step).is_empty());
    written || !help::mine(plan, Lang::En).is_empty()
}

/// Only what the safety plan shows (its written parts, the nominated person and the people
/// to contact in a crisis), to keep unsealed when the person chose to see it while locked.
pub fn only_safety(plan: &Plan) -> Plan {
    let mut kept = Plan::default();
    let fields = Step::ALL
        .iter()
        .flat_map(|step| step.fields())
        .chain(&[Field::NominatedName, Field::NominatedContact]);
    for field in fields {
        let text = plan.note(*field);
        if !text.is_empty() {
            kept.set_note(*field, text.to_owned(), 0);
        }
    }
    // Only what step 4 shows of each: never an email, a role or anything else.
    kept.people = plan
        .people
        .iter()
        .filter(|p| p.crisis)
        .map(|p| Person {
            id: p.id.clone(),
            name: p.name.clone(),
            phone: p.phone.clone(),
            text: p.text.clone(),
            when: p.when.clone(),
            crisis: true,
            ..Person::default()
        })
        .collect();
    kept
}

/// The plan less the parts the person keeps for "only me", for a copy of the safety plan:
/// it shows nothing they chose not to share elsewhere.
pub fn shared_only(plan: &Plan) -> Plan {
    let private = |section: Section| plan.share(section).is_some_and(|s| s.private);
    let mut shared = plan.clone();
    shared.notes.retain(|note| {
        let section = Section::ALL
            .into_iter()
            .find(|s| s.fields().iter().any(|f| f.key() == note.id));
        section.is_none_or(|section| !private(section))
    });
    if private(Section::People) {
        shared.people.clear();
    }
    shared
}

/// The contacts step 5 shows: 999, then the venue's (as "Need help now?" shows them).
pub fn services(venue: &[Contact], lang: Lang) -> Vec<Contact> {
    std::iter::once(help::danger(lang))
        .chain(help::venue(venue))
        .collect()
}

/// The safety plan as items of labelled lines, step by step (steps with nothing in them
/// left out): for the copy to bring along and for reading aloud.
pub fn lay_out(plan: &Plan, venue: &[Contact], lang: Lang) -> Vec<Item> {
    Step::ALL
        .into_iter()
        .map(|step| {
            let lines = match step {
                Step::AskForHelp => contact_lines(help::mine(plan, lang)),
                Step::Services => contact_lines(services(venue, lang)),
                _ => words(plan, step)
                    .into_iter()
                    .map(|text| (String::new(), text))
                    .collect(),
            };
            Item {
                heading: Some(step.title().text(lang).to_owned()),
                lines,
            }
        })
        .filter(|item| !item.lines.is_empty())
        .collect()
}

/// "Jo Adeyemi: 07700 900123, any time", one line a contact.
fn contact_lines(contacts: Vec<Contact>) -> Vec<(String, String)> {
    contacts
        .into_iter()
        .map(|c| {
            let reach = [c.phone.or(c.text), (!c.hours.is_empty()).then_some(c.hours)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            (c.name, reach)
        })
        .collect()
}

#[cfg(test)]
mod tests;
