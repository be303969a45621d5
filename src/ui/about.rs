//! About and privacy: where notes live, keeping a copy, removing everything, and any
//! problems with the venue's settings.
use leptos::{html, prelude::*};

use super::dialog::{close, open, Confirm};
use super::kept::{home_screen_steps, kept_by_browser};
use super::{session, t, tf, undo};
use crate::core::config::Problem;
use crate::core::messages::Msg;
use crate::core::route::Route;
use crate::web::{device, storage::Keeping};

#[component]
pub fn About() -> impl IntoView {
    let session = session();
    let undo = undo();
    let confirm = NodeRef::<html::Dialog>::new();
    // None until the person tries; then whether removing worked.
    let outcome = RwSignal::new(None::<bool>);
    let remove = move || {
        outcome.set(Some(session.remove_everything()));
        undo.forget();
        close(confirm);
    };
    let problems = session.config.with_value(|config| config.problems.clone());
    let kept = kept_by_browser(session);
    let cleared = session.keeping == Keeping::Device && device::cleared_in_a_week();
    view! {
        <h1 tabindex="-1">{t(Msg::TitleAbout)}</h1>
        <h2>{t(Msg::AboutWhereTitle)}</h2>
        <p>{t(Msg::AboutWhere)}</p>
        <p>{t(Msg::AboutShared)}</p>
        {(session.keeping != Keeping::Device).then(|| view! { <p><strong>{t(Msg::AboutThisPageOnly)}</strong></p> })}
        <p><a href=Route::Settings.hash()>{t(Msg::SettingsLink)}</a></p>

        <h2>{t(Msg::AboutKeepTitle)}</h2>
        <p>{t(Msg::AboutKeepText)}</p>
        <p hidden=move || kept.get().is_none()>
            {move || t(if kept.get() == Some(true) { Msg::AboutKeptYes } else { Msg::AboutKeptMaybe })}
        </p>
        {cleared.then(|| view! { <p>{t(Msg::NudgeBrowserClears)}</p> {home_screen_steps()} })}
        <button type="button" on:click=move |_| { session.download_copy(); }>{t(Msg::DownloadCopy)}</button>
        <p><a href=Route::Take.hash()>{t(Msg::AboutTakeLink)}</a></p>

        <h2>{t(Msg::AboutCodesTitle)}</h2>
        <p>{t(Msg::AboutCodesText)}</p>

        <h2>{t(Msg::AboutLockTitle)}</h2>
        <p>{t(Msg::AboutLockText)}</p>
        <p>{t(Msg::AboutLockNot)}</p>
        <p>{t(Msg::AboutSafetyOpen)}</p>

        <h2>{t(Msg::AboutLeaveTitle)}</h2>
        <p>{t(Msg::AboutLeaveText)}</p>
        <p>{t(Msg::AboutLeaveNot)}</p>

        <Show when=move || session.asides.with(|a| !a.is_empty())>
            <h2>{t(Msg::AboutAsidesTitle)}</h2>
            <p>{t(Msg::AboutAsidesText)}</p>
            <ul class="plain-list">
                {move || session.asides.get().into_iter().enumerate().map(|(i, key)| view! {
                    <li>
                        <button type="button" on:click=move |_| { session.download_aside(Some(&key)); }>
                            {tf(Msg::DownloadAside, "n", &(i + 1).to_string())}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </Show>

        <h2>{t(Msg::AboutRemoveTitle)}</h2>
        <p>{t(Msg::AboutRemoveText)}</p>
        <button type="button" class="danger" aria-haspopup="dialog" on:click=move |_| open(confirm)>
            {t(Msg::RemoveEverything)}
        </button>
        <div role="status">
            {move || outcome.get().map(|removed| {
                view! { <p class="outcome">{t(if removed { Msg::Removed } else { Msg::RemoveFailed })}</p> }
            })}
        </div>

        {(!problems.is_empty()).then(|| view! {
            <h2>{t(Msg::AboutVenueTitle)}</h2>
            <ul class="plain-list quiet-text">
                {problems.into_iter().map(|problem| view! {
                    <li>{match problem {
                        Problem::Unreachable => t(Msg::ConfigUnreachable).to_owned(),
                        Problem::NotJson => t(Msg::ConfigNotJson).to_owned(),
                        Problem::Invalid(field) => tf(Msg::ConfigInvalid, "field", &field),
                        Problem::GroupNeedsInvitation => t(Msg::ConfigGroupNeedsInvitation).to_owned(),
                    }}</li>
                }).collect_view()}
            </ul>
        })}

        <p class="version">{tf(Msg::AboutVersion, "version", env!("CARGO_PKG_VERSION"))}</p>

        <Confirm node=confirm name="remove" title=Msg::RemoveConfirmTitle
            text=t(Msg::RemoveConfirmText).to_owned() yes=Msg::RemoveConfirmYes no=Msg::RemoveConfirmNo
            confirmed=remove />
    }
}
