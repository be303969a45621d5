//! Shared devices and leaving quickly: "Leave quickly" and triple Shift on every screen;
//! on a venue's shared device, the banner, "Finish and wipe" and the idle warning.
use std::time::Duration;

use leptos::{ev, html, prelude::*};
use wasm_bindgen::JsCast;

use super::dialog::{close, open, Sheet};
use super::share::{keep_for_group, Choice, KioskShare};
use super::state::Session;
use super::{lang, session, t, while_drawn};
use crate::core::leave::ShiftWatch;
use crate::core::messages::Msg;
use crate::core::route::Route;
use crate::web::{self, device};

/// How long the idle warning waits for an answer (WCAG 2.2.1 asks for at least 20 s).
const WARNING_SECONDS: i64 = 30;

/// How long "Leave quickly" waits, with the page already blank, for locked notes' last
/// sealed write to land (it takes a moment; plain notes are saved at once).
const LEAVE_WAIT_MS: i32 = 1_500;

/// Hides the page at once and goes to the venue's neutral site, replacing this page in
/// the history. On a shared device everything is wiped first. Coming Back to this tab
/// goes to the neutral site again (see `index.html`).
pub fn leave_quickly(session: Session) {
    web::speech::stop();
    let (kiosk, exit) = session
        .config
        .with_value(|config| (config.kiosk, config.exit_url.clone()));
    if kiosk {
        // Back then finds a fresh start: nothing, not even that someone left, is kept.
        session.wipe();
    } else {
        device::mark_left(&exit);
    }
    device::leave_for(exit, session.saved_all(LEAVE_WAIT_MS));
}

/// Wipes everything and starts afresh at the welcome screen, with this visit's page
/// replaced in the history.
fn finish_and_wipe(session: Session) {
    session.wipe();
    device::hide_page();
    device::replace_page(&device::app_address());
}

#[component]
pub fn LeaveQuickly() -> impl IntoView {
    let session = session();
    // Only Shift pressed and released on its own counts, as GOV.UK's "Exit this page".
    let watch = StoredValue::new(ShiftWatch::default());
    while_drawn(window_event_listener(ev::keydown, move |event| {
        watch.update_value(|w| w.key_down(&event.key(), event.repeat()));
    }));
    while_drawn(window_event_listener(ev::keyup, move |event| {
        let key = event.key();
        let leave = watch
            .try_update_value(|w| w.key_up(&key, web::now_ms()))
            .unwrap_or(false);
        if leave {
            leave_quickly(session);
        }
    }));
    while_drawn(window_event_listener(ev::pointerdown, move |_| {
        watch.update_value(ShiftWatch::reset)
    }));
    while_drawn(window_event_listener(ev::blur, move |_| {
        watch.update_value(ShiftWatch::reset)
    }));
    view! {
        {leave_button()}
        <span id="leave-hint" class="visually-hidden">{t(Msg::LeaveQuicklyHint)}</span>
    }
}

/// The "Leave quickly" button. Dialogs carry one too, because an open dialog makes the
/// rest of the page, and the header's button, unreachable.
pub fn leave_button() -> impl IntoView {
    let session = session();
    view! {
        <button type="button" class="leave" aria-describedby="leave-hint"
            on:click=move |_| leave_quickly(session)>
            {t(Msg::LeaveQuickly)}
        </button>
    }
}

/// On a shared device: what it means, and the way to finish.
#[component]
pub fn KioskBanner() -> impl IntoView {
    let session = session();
    let finish = NodeRef::<html::Dialog>::new();
    let group = session.config.with_value(|config| config.group.clone());
    let offered = group.is_some();
    let choice = Choice::new(group);
    let add = RwSignal::new(false);
    let not_kept = RwSignal::new(false);
    let wipe = move |_| {
        let add = add.get_untracked();
        leptos::task::spawn_local(async move {
            // Sealed for the group first; nothing is wiped unless it was kept.
            if add && !keep_for_group(choice).await {
                not_kept.set(true);
                return;
            }
            finish_and_wipe(session);
        });
    };
    // No history entries for moving between screens, so Back shows nothing of this visit.
    while_drawn(window_event_listener(ev::click, |event| {
        let link = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest(r##"a[href^="#"]"##).ok().flatten());
        if let Some(href) = link.and_then(|link| link.get_attribute("href")) {
            if !(event.ctrl_key() || event.meta_key() || event.shift_key()) {
                event.prevent_default();
                device::replace_page(&href);
            }
        }
    }));
    view! {
        <section class="kiosk-banner" aria-labelledby="kiosk-title">
            <p>
                <strong id="kiosk-title">{t(Msg::KioskTitle)}</strong> " "
                {t(Msg::KioskText)}
            </p>
            <button type="button" class="finish" aria-haspopup="dialog" on:click=move |_| open(finish)>
                {t(Msg::FinishAndWipe)}
            </button>
        </section>
        <Sheet node=finish name="finish">
            <h2 id="finish-title">{t(Msg::FinishTitle)}</h2>
            <p id="finish-text">{t(Msg::FinishText)}</p>
            {offered.then(|| view! { <KioskShare choice add /> })}
            <p class="error" role="alert">{move || not_kept.get().then(|| t(Msg::KioskNotShared))}</p>
            <div class="actions">
                // Focus starts on the safe choice, never on the one that wipes.
                <button type="button" class="primary" autofocus on:click=move |_| close(finish)>{t(Msg::FinishBack)}</button>
                <a class="button" href=Route::Take.hash() on:click=move |_| close(finish)>{t(Msg::FinishTake)}</a>
                <button type="button" class="danger" on:click=wipe>
                    {t(Msg::FinishWipe)}
                </button>
            </div>
        </Sheet>
        <IdleWatch />
    }
}

/// After the venue's idle minutes with no touch, key or scroll, warns with a countdown and
/// a big "I'm still here"; if nobody answers, wipes as "Finish and wipe" does.
#[component]
fn IdleWatch() -> impl IntoView {
    let session = session();
    let idle_ms = i64::from(session.config.with_value(|config| config.idle_minutes)) * 60_000;
    let dialog = NodeRef::<html::Dialog>::new();
    let last_active = StoredValue::new(web::now_ms());
    let deadline = RwSignal::new(None::<i64>);
    let left = RwSignal::new(WARNING_SECONDS);

    let active = move || {
        if deadline.get_untracked().is_none() {
            last_active.set_value(web::now_ms());
        }
    };
    // Not "scroll": the page scrolls itself too (moving focus), which is not a person.
    for name in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        while_drawn(window_event_listener_untyped(name, move |_| active()));
    }
    let still_here = move || {
        deadline.set(None);
        last_active.set_value(web::now_ms());
        close(dialog);
    };
    let tick = move || {
        let now = web::now_ms();
        match deadline.get_untracked() {
            None if now - last_active.get_value() >= idle_ms => {
                deadline.set(Some(now + WARNING_SECONDS * 1000));
                left.set(WARNING_SECONDS);
                open(dialog);
            }
            None => {}
            Some(end) if now >= end => finish_and_wipe(session),
            Some(end) => left.set((end - now + 999) / 1000),
        }
    };
    if let Ok(handle) = set_interval_with_handle(tick, Duration::from_secs(1)) {
        on_cleanup(move || handle.clear());
    }
    view! {
        <Sheet node=dialog name="idle" alert=true
            on:cancel=move |event: ev::Event| {
                // Escape means "still here" too, and the dialog must not close on its own.
                event.prevent_default();
                still_here();
            }>
            <h2 id="idle-title">{t(Msg::IdleTitle)}</h2>
            <p id="idle-text">{t(Msg::IdleText)}</p>
            <p class="countdown" data-left=move || left.get()>
                {move || Msg::IdleCountdown.count(lang(), left.get().max(0) as usize)}
            </p>
            <button type="button" class="primary wide big" autofocus on:click=move |_| still_here()>
                {t(Msg::IdleStillHere)}
            </button>
        </Sheet>
    }
}
