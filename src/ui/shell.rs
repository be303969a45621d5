//! What is on every screen: skip link, header with save status and "Need help now?",
//! notices, the current screen, and the navigation bar.
use leptos::{ev, html, prelude::*};
use wasm_bindgen::JsCast;

use super::dialog::{close, open, Sheet};
use super::state::{Notice, SaveStatus};
use super::widgets::contact_card;
use super::{
    about, home, kiosk, ladder, lang, lock, plan, raise, safety, session, settings, share,
    statements, t, take, tf, undo,
};
use crate::core::messages::Msg;
use crate::core::plan::Section;
use crate::core::route::{PlanPart, Route};
use crate::core::transfer;
use crate::core::{help, safety as safety_plan};
use crate::web::{self, storage::Keeping};

#[component]
pub fn Shell() -> impl IntoView {
    let session = session();
    let undo = undo();
    let route = RwSignal::new(Route::from_hash(&location_hash_text()));
    super::while_drawn(window_event_listener(ev::hashchange, move |_| {
        let hash = location_hash_text();
        if transfer::arrives_with(&hash) {
            // A code scanned while Alongside is open here: start again, to read it as on
            // opening, once every word is saved. If they cannot be, stay, and say so.
            session.save_then(web::reload, || {
                web::device::replace_hash(Route::Take.hash())
            });
            return;
        }
        route.set(Route::from_hash(&hash));
    }));
    // Opened with the passphrase: what arrived meanwhile (a scanned code) is taken in now.
    let arrival = use_context::<take::Arrival>();
    let was_locked = StoredValue::new(session.locked.get_untracked());
    Effect::new(move |_| {
        let locked = session.locked.get();
        if was_locked.get_value() && !locked {
            if let (Some(arrived), Some(take::Arrival(slot))) = (super::arriving(session), arrival)
            {
                slot.set(Some(arrived));
            }
            route.set(Route::from_hash(&location_hash_text()));
        }
        was_locked.set_value(locked);
    });
    // The first screen keeps the browser's own focus; later ones move it to the heading.
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let title = tf(Msg::DocTitle, "page", t(route.get().title()));
        web::announce_screen(&title, !first.get_value());
        first.set_value(false);
        // "Undo" belongs to the screen where the removal happened, and so does reading aloud.
        undo.forget();
        expect_context::<super::read::Reading>().stop();
    });
    super::while_drawn(web::keep_focus_in_view());
    let help = NodeRef::<html::Dialog>::new();
    let shared_device = session.config.with_value(|config| config.kiosk);
    let skip = move |event: ev::MouseEvent| {
        // A plain `#main` link would be read as a route, so move focus by hand.
        event.prevent_default();
        if let Some(main) = web::document().and_then(|d| d.get_element_by_id("main")) {
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! {
        <a class="skip" href="#main" on:click=skip>{t(Msg::SkipToContent)}</a>
        <header class="bar">
            <a class="brand" href="#/">{t(Msg::AppName)}</a>
            <SaveState />
            <button class="help-button" type="button" aria-haspopup="dialog"
                on:click=move |_| open(help)>
                {t(Msg::NeedHelp)}
            </button>
            <lock::LockButton />
            <kiosk::LeaveQuickly />
        </header>
        <nav class="tabs" aria-label=t(Msg::NavLabel) hidden=move || session.locked.get()>
            {Route::NAV
                .into_iter()
                .map(|to| {
                    view! {
                        <a href=to.hash()
                            aria-current=move || (route.get().nav_root() == to).then_some("page")>
                            {t(to.nav_label())}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
        {shared_device.then(|| view! { <kiosk::KioskBanner /> })}
        <Notices />
        <main id="main" tabindex="-1">
            {move || match route.get() {
                // The safety plan shows while locked only if the person chose to see it so.
                Route::Safety if !session.locked.get() || web::sealed::safety_kept_open().is_some() => {
                    safety::Safety().into_any()
                }
                _ if session.locked.get() => lock::Unlock().into_any(),
                Route::Safety => safety::Safety().into_any(),
                Route::Home => home::Home().into_any(),
                Route::Statements => statements::Statements().into_any(),
                Route::Plan => plan::Plan().into_any(),
                Route::PlanPart(part) => plan::PlanPart(plan::PlanPartProps { part }).into_any(),
                Route::Ladder => ladder::Ladder().into_any(),
                Route::Settings => settings::Settings().into_any(),
                Route::About => about::About().into_any(),
                Route::Take => take::Take().into_any(),
                Route::Raise => raise::Raise().into_any(),
                Route::Share => share::Share().into_any(),
                Route::NotFound => not_found().into_any(),
            }}
            <UndoBar />
        </main>
        <div class="visually-hidden" aria-live="polite">{move || session.spoken.get()}</div>
        <HelpDialog dialog=help />
    }
}

fn location_hash_text() -> String {
    web::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

#[component]
fn SaveState() -> impl IntoView {
    let session = session();
    let label = move || match session.status.get() {
        SaveStatus::ReadOnly => t(Msg::SaveReadOnly),
        SaveStatus::NotSaved => t(Msg::SaveNotSaved),
        SaveStatus::Saving => t(Msg::SaveSaving),
        SaveStatus::Saved if session.keeping != Keeping::Device => t(Msg::SaveThisPageOnly),
        SaveStatus::Saved => t(Msg::SaveSaved),
    };
    let state = move || match session.status.get() {
        SaveStatus::Saved => "saved",
        SaveStatus::Saving => "saving",
        SaveStatus::NotSaved => "notsaved",
        SaveStatus::ReadOnly => "readonly",
    };
    view! { <span class="save-state" data-state=state>{label}</span> }
}

#[component]
fn Notices() -> impl IntoView {
    let session = session();
    view! {
        <div class="notices" role="status">
            <For each=move || session.notices.get() key=|notice| notice.clone() let:notice>
                <NoticeCard notice=notice />
            </For>
        </div>
    }
}

#[component]
fn NoticeCard(notice: Notice) -> impl IntoView {
    let session = session();
    let (text, aside) = match &notice {
        Notice::KeptAside(key) => (Msg::NoticeKeptAside, Some(key.clone())),
        Notice::OtherTab(key) => (Msg::NoticeOtherTab, Some(key.clone())),
        Notice::Stuck => (Msg::NoticeStuck, None),
        Notice::Newer => (Msg::NoticeNewer, None),
        Notice::UnknownParts => (Msg::NoticeUnknownParts, None),
        Notice::NoStorage => (Msg::NoticeNoStorage, None),
        Notice::Full => (Msg::NoticeFull, None),
        Notice::Waiting => (Msg::NoticeWaiting, None),
        Notice::RemovedElsewhere => (Msg::NoticeRemovedElsewhere, None),
        Notice::ListFull => (Msg::ListFull, None),
        Notice::NewVersion => (Msg::UpdateReady, None),
        Notice::LockWaiting => (Msg::LockWaiting, None),
        Notice::SafetyNotKept => (Msg::SafetyNotKept, None),
        Notice::NotDownloaded => (Msg::NoticeNotDownloaded, None),
        Notice::AsideGone => (Msg::NoticeAsideGone, None),
        Notice::LanguageNotLoaded => (Msg::LanguageNotLoaded, None),
    };
    let waiting = notice == Notice::Waiting;
    let new_version = notice == Notice::NewVersion;
    let act = move |_| {
        match (&aside, waiting) {
            _ if new_version => session.save_then(web::use_new_version, || {}),
            (Some(key), _) => session.download_aside(Some(key)),
            (None, true) => session.download_aside(None),
            (None, false) => session.download_copy(),
        };
    };
    let action = match notice {
        Notice::NewVersion => Some(Msg::UpdateUse),
        Notice::Newer
        | Notice::UnknownParts
        | Notice::RemovedElsewhere
        | Notice::ListFull
        | Notice::NotDownloaded
        | Notice::AsideGone
        | Notice::LanguageNotLoaded => None,
        _ => Some(Msg::Download),
    };
    view! {
        <div class="notice">
            <p>{t(text)}</p>
            <div class="actions">
                {action.map(|label| view! {
                    <button type="button" on:click=act>{t(label)}</button>
                })}
                <button type="button" class="quiet" on:click=move |_| session.hide(&notice)>
                    {t(Msg::Hide)}
                </button>
            </div>
        </div>
    }
}

/// "Undo" for the last thing removed, on every screen, where focus goes after removing.
#[component]
fn UndoBar() -> impl IntoView {
    let undo = undo();
    move || {
        undo.removed.get().map(|removed| {
            view! {
                <div class="undo-bar">
                    <p id="undo-what">{t(removed.what)}</p>
                    <div class="actions">
                        <button id="undo-button" type="button" class="primary" aria-describedby="undo-what"
                            on:click=move |_| undo.undo()>{t(Msg::Undo)}</button>
                        <button type="button" class="quiet" on:click=move |_| undo.forget()>
                            {t(Msg::Close)}
                        </button>
                    </div>
                </div>
            }
        })
    }
}

#[component]
fn HelpDialog(dialog: NodeRef<html::Dialog>) -> impl IntoView {
    let session = session();
    // The standard contacts, if the venue names none, in the language the person reads now.
    let venue = help::venue(
        &session
            .config
            .with_value(|config| config.help_contacts(lang())),
    );
    // A memo, so that typing elsewhere does not redraw the contacts.
    let mine = Memo::new(move |_| session.doc.with(|doc| help::mine(&doc.plan, lang())));
    let crisis_plan = move || session.doc.with(|doc| help::has_crisis_plan(&doc.plan));
    // Their own steps first, once they have written any (while locked, only if they chose).
    let own_steps = move || match session.locked.get() {
        true => web::sealed::safety_kept_open().is_some(),
        false => session.doc.with(|doc| safety_plan::has_any(&doc.plan)),
    };
    view! {
        <Sheet node=dialog name="help">
            // Focus starts on the words, not on the "Leave quickly" button above them.
            <h2 id="help-title" tabindex="-1" autofocus>{t(Msg::NeedHelp)}</h2>
            <Show when=own_steps>
                <p><a class="button primary" href=Route::Safety.hash() on:click=move |_| close(dialog)>{t(Msg::TitleSafety)}</a></p>
            </Show>
            <p id="help-text">{t(Msg::HelpIntro)}</p>
            <ul class="contacts">
                {contact_card(help::danger(lang()))}
                {move || mine.get().into_iter().map(contact_card).collect_view()}
            </ul>
            <Show when=crisis_plan>
                <p><a class="button" href=PlanPart::Section(Section::Crisis).hash() on:click=move |_| close(dialog)>{t(Msg::HelpMyCrisisPlan)}</a></p>
            </Show>
            <ul class="contacts">{venue.into_iter().map(contact_card).collect_view()}</ul>
            <button type="button" class="wide" on:click=move |_| close(dialog)>{t(Msg::Close)}</button>
        </Sheet>
    }
}

fn not_found() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{t(Msg::TitleNotFound)}</h1>
        <p>{t(Msg::NotFoundText)}</p>
        <p><a class="button" href="#/">{t(Msg::GoHome)}</a></p>
    }
}
