//! The welcome screen: what Alongside is, the three areas, and where notes are kept.
use leptos::prelude::*;

use super::{session, t, tf};
use crate::core::early::AREAS;
use crate::core::messages::Msg;
use crate::core::route::Route;

#[component]
pub fn Home() -> impl IntoView {
    let venue = session().config.with_value(|config| config.venue.clone());
    view! {
        <h1 tabindex="-1">{t(Msg::TitleHome)}</h1>
        <p class="lead">{t(Msg::HomeIntro1)}</p>
        <p>{t(Msg::HomeIntro2)}</p>
        <p>{t(Msg::HomeIntro3)}</p>
        {(!venue.is_empty()).then(|| view! { <p>{tf(Msg::HomeVenue, "venue", &venue)}</p> })}
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
