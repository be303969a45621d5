//! My safety plan, step by step (`#/safety`): the person's own steps for a hard moment, in
//! order, short and large, with people and services one tap away. While the notes are
//! locked it shows only if the person chose it, from the copy of just these steps kept
//! unsealed; nothing else of the notes is read.
use leptos::prelude::*;

use super::read::ReadAloud;
use super::widgets::contact_card;
use super::{lang, session, t, tf};
use crate::core::config::Contact;
use crate::core::help;
use crate::core::messages::Msg;
use crate::core::plan::Plan;
use crate::core::route::PlanPart;
use crate::core::safety::{self, Step};
use crate::core::speech;
use crate::web::sealed;

#[component]
pub fn Safety() -> impl IntoView {
    let session = session();
    let locked = session.locked.get_untracked();
    // Locked: only the steps kept open (none unless the person chose it).
    let kept = locked.then(sealed::safety_kept_open).flatten();
    let plan = Memo::new(move |_| match &kept {
        Some(plan) => plan.clone(),
        None if locked => Plan::default(),
        None => session.doc.with(|doc| doc.plan.clone()),
    });
    let venue = StoredValue::new(
        session
            .config
            .with_value(|config| config.help_contacts(lang())),
    );
    // Nothing written on a shared device's first visit: no pointers to a plan not begun.
    let shared = session.config.with_value(|c| c.kiosk);
    let pointers = !locked && (!shared || safety::has_any(&plan.get_untracked()));
    let words = Signal::derive(move || {
        plan.with(|plan| venue.with_value(|venue| speech::safety(plan, venue, lang())))
    });
    view! {
        <h1 tabindex="-1">{t(Msg::TitleSafety)}</h1>
        <p class="lead">{t(Msg::SafetyIntro)}</p>
        {locked.then(|| view! {
            <p class="notice-text">{t(Msg::SafetyLocked)}</p>
            <p><a class="button" href="#/">{t(Msg::Unlock)}</a></p>
        })}
        {(!pointers && !locked).then(|| view! { <p>{t(Msg::SafetyStarts)}</p> })}
        <div class="actions no-print"><ReadAloud words=words /></div>
        <ol class="safety-steps">
            {Step::ALL.map(|step| view! { <SafetyStep step=step plan=plan venue=venue pointers=pointers /> }).collect_view()}
        </ol>
    }
}

/// One step: the person's own words, or people and services to call, or (if nothing is
/// written yet) where to write it.
#[component]
fn SafetyStep(
    step: Step,
    plan: Memo<Plan>,
    venue: StoredValue<Vec<Contact>>,
    pointers: bool,
) -> impl IntoView {
    let contacts = move || match step {
        Step::AskForHelp => plan.with(|plan| help::mine(plan, lang())),
        Step::Services => venue.with_value(|venue| safety::services(venue, lang())),
        _ => Vec::new(),
    };
    let words = move || plan.with(|plan| safety::words(plan, step));
    let empty = move || words().is_empty() && contacts().is_empty();
    let add_in = step.written_in().map(PlanPart::Section);
    view! {
        <Show when=move || pointers || !empty()>
            <li class="safety-step">
                <h2>{t(step.title())}</h2>
                {move || words().into_iter().map(|text| view! { <p class="own-words">{text}</p> }).collect_view()}
                <ul class="contacts">{move || contacts().into_iter().map(contact_card).collect_view()}</ul>
                <Show when=empty>
                    <p class="hint">{t(Msg::SafetyNothingYet)} " "
                        {add_in.map(|part| view! {
                            <a href=part.hash()>{tf(Msg::SafetyAddIn, "part", t(part.title()))}</a>
                        })}
                    </p>
                </Show>
            </li>
        </Show>
    }
}
