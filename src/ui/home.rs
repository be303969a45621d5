//! The welcome screen: what Alongside is, the three areas, and where notes are kept.
use leptos::prelude::*;

use super::kept::home_screen_steps;
use super::{lang, session, t, tf};
use crate::core::early::AREAS;
use crate::core::keeping::{nudge, Nudge};
use crate::core::messages::Msg;
use crate::core::route::Route;
use crate::web::{self, device};

#[component]
pub fn Home() -> impl IntoView {
    let venue = session().config.with_value(|config| config.venue.clone());
    view! {
        <h1 tabindex="-1">{t(Msg::TitleHome)}</h1>
        <p class="lead">{t(Msg::HomeIntro1)}</p>
        <p>{t(Msg::HomeIntro2)}</p>
        <p>{t(Msg::HomeIntro3)}</p>
        {(!venue.is_empty()).then(|| view! { <p>{tf(Msg::HomeVenue, "venue", &venue)}</p> })}
        <KeepACopy />
        <ul class="areas">
            {AREAS
                .into_iter()
                .map(|(to, text)| {
                    view! {
                        <li>
                            <a class="area" href=to.hash()>
                                <strong>{t(to.title())}</strong>
                                <span>{t(text)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p class="privacy">
            {t(Msg::HomePrivacy)} " "
            <a href=Route::About.hash()>{t(Msg::HomePrivacyMore)}</a>
        </p>
        <p><a href=Route::Raise.hash()>{t(Msg::RaiseLink)}</a></p>
        <p><a href=Route::Take.hash()>{t(Msg::HomeTake)}</a></p>
    }
}

/// When a copy was last kept, said kindly once there is something worth keeping, and put
/// away for four weeks with "Hide" (a week where Safari clears notes after one, with how to
/// keep them longer). Never on a shared device: "Finish and wipe" offers it.
#[component]
fn KeepACopy() -> impl IntoView {
    let session = session();
    let shared = session.config.with_value(|config| config.kiosk);
    let today = web::today();
    let cleared = !shared && device::cleared_in_a_week();
    let words = move || match session.doc.with(|doc| nudge(doc, &today, cleared))? {
        _ if shared => None,
        Nudge::NeverKept => Some(t(Msg::NudgeNever).to_owned()),
        Nudge::BrowserClears => Some(t(Msg::NudgeBrowserClears).to_owned()),
        Nudge::WeeksAgo(weeks) => Some(Msg::NudgeWeeks.count(lang(), weeks as usize)),
    };
    let hide = move |_| {
        let today = web::today();
        session.edit(|doc| doc.settings.nudge_hidden_on = today);
    };
    // Hidden rather than left out when there is nothing to say: one shape of view to send.
    let words = Memo::new(move |_| words());
    view! {
        <div class="nudge keep-copy" hidden=move || words.with(Option::is_none)>
            <p>{move || words.get()}</p>
            {cleared.then(home_screen_steps)}
            <div class="actions">
                <a class="button" href=Route::Take.hash()>{t(Msg::NudgeSave)}</a>
                <button type="button" class="quiet" on:click=hide>{t(Msg::Hide)}</button>
            </div>
        </div>
    }
}
