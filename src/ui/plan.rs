//! My plan. For now it says what the plan will hold; the sections come next.
use leptos::prelude::*;

use super::prose::{prose, Block};
use super::t;
use crate::core::messages::Msg;

const TEXT: &[Block] = &[
    Block::Para(Msg::PlanIntro),
    Block::List(&[
        Msg::PlanGoals,
        Msg::PlanKeepingWell,
        Msg::PlanTriggers,
        Msg::PlanCoping,
        Msg::PlanCrisis,
        Msg::PlanPeople,
        Msg::PlanSharing,
        Msg::PlanReviews,
    ]),
    Block::Quiet(Msg::ComingSoon),
];

#[component]
pub fn Plan() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{t(Msg::TitlePlan)}</h1>
        {prose(TEXT)}
    }
}
