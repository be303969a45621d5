//! My plan. For now it says what the plan will hold; the sections come next.
use leptos::prelude::*;

use super::t;
use crate::core::messages::Msg;

#[component]
pub fn Plan() -> impl IntoView {
    let parts = [
        Msg::PlanGoals,
        Msg::PlanKeepingWell,
        Msg::PlanTriggers,
        Msg::PlanCoping,
        Msg::PlanCrisis,
        Msg::PlanPeople,
        Msg::PlanSharing,
        Msg::PlanReviews,
    ];
    view! {
        <h1 tabindex="-1">{t(Msg::TitlePlan)}</h1>
        <p>{t(Msg::PlanIntro)}</p>
        <ul class="plain-list">{parts.map(|part| view! { <li>{t(part)}</li> }).collect_view()}</ul>
        <p class="soon">{t(Msg::ComingSoon)}</p>
    }
}
