//! Where the person is in the app, kept in the address's `#` part so that reloads and
//! deep links work on any static host, at any sub-path, with no server rules.
use super::messages::Msg;
use super::plan::Section;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Statements,
    Plan,
    /// One part of the plan: `#/plan/goals`.
    PlanPart(PlanPart),
    Ladder,
    Settings,
    About,
    /// Take it with you: file, QR code to a phone, and bringing notes back.
    Take,
    /// What I want to raise at my next appointment, on one page.
    Raise,
    /// My safety plan, step by step.
    Safety,
    /// Add my moments to a group's picture.
    Share,
    NotFound,
}

/// The parts of the plan that have a screen of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanPart {
    Section(Section),
    Sharing,
    Reviews,
    Copy,
}

impl PlanPart {
    pub const ALL: [PlanPart; 10] = [
        PlanPart::Section(Section::Goals),
        PlanPart::Section(Section::KeepingWell),
        PlanPart::Section(Section::Triggers),
        PlanPart::Section(Section::Coping),
        PlanPart::Section(Section::StayingSafe),
        PlanPart::Section(Section::Crisis),
        PlanPart::Section(Section::People),
        PlanPart::Sharing,
        PlanPart::Reviews,
        PlanPart::Copy,
    ];

    pub fn hash(self) -> &'static str {
        match self {
            PlanPart::Section(Section::Goals) => "#/plan/goals",
            PlanPart::Section(Section::KeepingWell) => "#/plan/keeping-well",
            PlanPart::Section(Section::Triggers) => "#/plan/triggers",
            PlanPart::Section(Section::Coping) => "#/plan/coping",
            PlanPart::Section(Section::StayingSafe) => "#/plan/staying-safe",
            PlanPart::Section(Section::Crisis) => "#/plan/crisis",
            PlanPart::Section(Section::People) => "#/plan/people",
            PlanPart::Sharing => "#/plan/sharing",
            PlanPart::Reviews => "#/plan/reviews",
            PlanPart::Copy => "#/plan/copy",
        }
    }

    pub fn title(self) -> Msg {
        match self {
            PlanPart::Section(section) => section.title(),
            PlanPart::Sharing => Msg::SectionSharing,
            PlanPart::Reviews => Msg::SectionReviews,
            PlanPart::Copy => Msg::SectionPrint,
        }
    }

    pub fn hint(self) -> Msg {
        match self {
            PlanPart::Section(Section::Goals) => Msg::SectionGoalsHint,
            PlanPart::Section(Section::KeepingWell) => Msg::SectionKeepingWellHint,
            PlanPart::Section(Section::Triggers) => Msg::SectionTriggersHint,
            PlanPart::Section(Section::Coping) => Msg::SectionCopingHint,
            PlanPart::Section(Section::StayingSafe) => Msg::SectionStayingSafeHint,
            PlanPart::Section(Section::Crisis) => Msg::SectionCrisisHint,
            PlanPart::Section(Section::People) => Msg::SectionPeopleHint,
            PlanPart::Sharing => Msg::SectionSharingHint,
            PlanPart::Reviews => Msg::SectionReviewsHint,
            PlanPart::Copy => Msg::SectionPrintHint,
        }
    }
}

impl Route {
    /// The screens in the main navigation, in order.
    pub const NAV: [Route; 5] = [
        Route::Home,
        Route::Statements,
        Route::Plan,
        Route::Ladder,
        Route::About,
    ];

    /// Reads `location.hash`. Anything that is not a `#/` route (a skip link, say) is home.
    pub fn from_hash(hash: &str) -> Route {
        let Some(path) = hash.strip_prefix("#/") else {
            return Route::Home;
        };
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = path.trim_end_matches('/');
        if let Some(part) = path.strip_prefix("plan/") {
            return PlanPart::ALL
                .into_iter()
                .find(|p| p.hash() == format!("#/plan/{part}"))
                .map_or(Route::NotFound, Route::PlanPart);
        }
        match path {
            "" => Route::Home,
            "statements" => Route::Statements,
            "plan" => Route::Plan,
            "ladder" => Route::Ladder,
            "settings" => Route::Settings,
            "about" => Route::About,
            "take" => Route::Take,
            "raise" => Route::Raise,
            "safety" => Route::Safety,
            "ladder/share" => Route::Share,
            _ => Route::NotFound,
        }
    }

    pub fn hash(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::Statements => "#/statements",
            Route::Plan => "#/plan",
            Route::PlanPart(part) => part.hash(),
            Route::Ladder => "#/ladder",
            Route::Settings => "#/settings",
            Route::About => "#/about",
            Route::Take => "#/take",
            Route::Raise => "#/raise",
            Route::Safety => "#/safety",
            Route::Share => "#/ladder/share",
        }
    }

    /// The screen's heading, also used for the document title.
    pub fn title(self) -> Msg {
        match self {
            Route::Home => Msg::TitleHome,
            Route::Statements => Msg::TitleStatements,
            Route::Plan => Msg::TitlePlan,
            Route::PlanPart(part) => part.title(),
            Route::Ladder => Msg::TitleLadder,
            Route::Settings => Msg::TitleSettings,
            Route::About => Msg::TitleAbout,
            Route::Take => Msg::TitleTake,
            Route::Raise => Msg::TitleRaise,
            Route::Safety => Msg::TitleSafety,
            Route::Share => Msg::TitleShare,
            Route::NotFound => Msg::TitleNotFound,
        }
    }

    /// The screen in the navigation bar that this one belongs to.
    pub fn nav_root(self) -> Route {
        match self {
            Route::PlanPart(_) => Route::Plan,
            Route::Share => Route::Ladder,
            route => route,
        }
    }

    /// The short label in the navigation bar.
    pub fn nav_label(self) -> Msg {
        match self {
            Route::Statements => Msg::NavStatements,
            Route::Plan | Route::PlanPart(_) => Msg::NavPlan,
            Route::Ladder | Route::Share => Msg::NavLadder,
            Route::About => Msg::NavAbout,
            _ => Msg::NavHome,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_hash() {
        for route in [
            Route::Home,
            Route::Statements,
            Route::Plan,
            Route::Ladder,
            Route::Settings,
            Route::About,
            Route::Take,
            Route::Raise,
            Route::Safety,
            Route::Share,
        ]
        .into_iter()
        .chain(PlanPart::ALL.map(Route::PlanPart))
        {
            assert_eq!(Route::from_hash(route.hash()), route);
        }
        assert_eq!(Route::from_hash("#/plan/nowhere"), Route::NotFound);
    }

    #[test]
    fn reads_what_people_and_browsers_type() {
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#"), Route::Home);
        assert_eq!(Route::from_hash("#main"), Route::Home);
        assert_eq!(Route::from_hash("#/plan/"), Route::Plan);
        assert_eq!(Route::from_hash("#/plan?x=1"), Route::Plan);
        assert_eq!(Route::from_hash("#/nowhere"), Route::NotFound);
    }
}
