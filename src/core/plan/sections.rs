//! The sections of the plan and their written parts. Keys are stored: never change one.
use super::super::messages::Msg;

/// The sections of the plan, in the order they are offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Goals,
    KeepingWell,
    Triggers,
    Coping,
    /// My reasons to keep going, and making my space safer (since schema 5).
    StayingSafe,
    Crisis,
    People,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Goals,
        Section::KeepingWell,
        Section::Triggers,
        Section::Coping,
        Section::StayingSafe,
        Section::Crisis,
        Section::People,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Section::Goals => "goals",
            Section::KeepingWell => "keeping_well",
            Section::Triggers => "triggers",
            Section::Coping => "coping",
            Section::StayingSafe => "staying_safe",
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
            Section::StayingSafe => Msg::SectionStayingSafe,
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
            Section::Coping => &[Field::Coping, Field::Distraction, Field::CopingPeople],
            Section::StayingSafe => &[Field::Reasons, Field::SaferSpace],
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
    /// Places and people that take my mind off things (since schema 5).
    Distraction,
    Reasons,
    SaferSpace,
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
            Field::Distraction => "distraction",
            Field::Reasons => "reasons",
            Field::SaferSpace => "safer_space",
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
            Field::Distraction => Msg::FieldDistraction,
            Field::Reasons => Msg::FieldReasons,
            Field::SaferSpace => Msg::FieldSaferSpace,
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

    /// A few words under the label, where the part needs them.
    pub fn hint(self) -> Option<Msg> {
        match self {
            Field::Distraction => Some(Msg::FieldDistractionHint),
            Field::Reasons => Some(Msg::FieldReasonsHint),
            Field::SaferSpace => Some(Msg::FieldSaferSpaceHint),
            _ => None,
        }
    }
}
