//! Where the person is in the app, kept in the address's `#` part so that reloads and
//! deep links work on any static host, at any sub-path, with no server rules.
use super::messages::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Statements,
    Plan,
    Ladder,
    Settings,
    About,
    /// Take it with you: file, QR code to a phone, and bringing notes back.
    Take,
    NotFound,
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
        match path.trim_end_matches('/') {
            "" => Route::Home,
            "statements" => Route::Statements,
            "plan" => Route::Plan,
            "ladder" => Route::Ladder,
            "settings" => Route::Settings,
            "about" => Route::About,
            "take" => Route::Take,
            _ => Route::NotFound,
        }
    }

    pub fn hash(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::Statements => "#/statements",
            Route::Plan => "#/plan",
            Route::Ladder => "#/ladder",
            Route::Settings => "#/settings",
            Route::About => "#/about",
            Route::Take => "#/take",
        }
    }

    /// The screen's heading, also used for the document title.
    pub fn title(self) -> Msg {
        match self {
            Route::Home => Msg::TitleHome,
            Route::Statements => Msg::TitleStatements,
            Route::Plan => Msg::TitlePlan,
            Route::Ladder => Msg::TitleLadder,
            Route::Settings => Msg::TitleSettings,
            Route::About => Msg::TitleAbout,
            Route::Take => Msg::TitleTake,
            Route::NotFound => Msg::TitleNotFound,
        }
    }

    /// The short label in the navigation bar.
    pub fn nav_label(self) -> Msg {
        match self {
            Route::Statements => Msg::NavStatements,
            Route::Plan => Msg::NavPlan,
            Route::Ladder => Msg::NavLadder,
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
        ] {
            assert_eq!(Route::from_hash(route.hash()), route);
        }
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
