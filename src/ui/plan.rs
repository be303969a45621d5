//! My plan.
use leptos::prelude::*;

use super::t;
use crate::core::messages::Msg;

#[component]
pub fn Plan() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{t(Msg::TitlePlan)}</h1>
        <p>{t(Msg::PlanIntro)}</p>
    }
}
