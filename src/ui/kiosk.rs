//! Shared devices and leaving quickly: "Leave quickly" and triple Shift on every screen;
//! on a venue's shared device, the banner, "Finish and wipe" and the idle warning.
use std::time::Duration;

use leptos::{ev, html, prelude::*};
use wasm_bindgen::JsCast;

use super::shell::{close, open};
use super::state::Session;
use super::{session, t, tf};
use crate::core::messages::Msg;
use crate::core::route::Route;
use crate::web::{self, device};

/// How long the idle warning waits for an answer (WCAG 2.2.1 asks for at least 20 s).
const WARNING_SECONDS: i64 = 30;
/// Three presses of Shift within this time leave the page, as GOV.UK's "Exit this page".
const SHIFT_WINDOW_MS: i64 = 5_000;

/// Hides the page at once and goes to the venue's neutral site, replacing this page in
/// the history. On a shared device everything is wiped first.
pub fn leave_quickly(session: Session) {
    let (kiosk, exit) = session
        .config
        .with_value(|config| (config.kiosk, config.exit_url.clone()));
    if kiosk {
        session.wipe();
    }
    device::hide_page();
    device::replace_page(&exit);
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
    let presses = StoredValue::new(Vec::<i64>::new());
    window_event_listener(ev::keydown, move |event| {
        if event.key() != "Shift" || event.repeat() {
            return;
        }
        let now = web::now_ms();
        presses.update_value(|times| {
            times.retain(|time| now - time < SHIFT_WINDOW_MS);
            times.push(now);
        });
        if presses.with_value(Vec::len) >= 3 {
            leave_quickly(session);
        }
    });
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
    // No history entries for moving between screens, so Back shows nothing of this visit.
    window_event_listener(ev::click, |event| {
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
    });
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
        <dialog node_ref=finish class="sheet" aria-labelledby="finish-title" aria-describedby="finish-text">
            <div class="sheet-top">{leave_button()}</div>
            // Focus starts on the words, not on the "Leave quickly" button above them.
            <h2 id="finish-title" tabindex="-1" autofocus>{t(Msg::FinishTitle)}</h2>
            <p id="finish-text">{t(Msg::FinishText)}</p>
            <div class="actions">
                <a class="button" href=Route::Take.hash() on:click=move |_| close(finish)>{t(Msg::FinishTake)}</a>
                <button type="button" class="danger" on:click=move |_| finish_and_wipe(session)>
                    {t(Msg::FinishWipe)}
                </button>
                <button type="button" class="quiet" on:click=move |_| close(finish)>{t(Msg::FinishBack)}</button>
            </div>
        </dialog>
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
        window_event_listener_untyped(name, move |_| active());
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
        <dialog node_ref=dialog class="sheet idle" role="alertdialog"
            aria-labelledby="idle-title" aria-describedby="idle-text"
            on:cancel=move |event: ev::Event| {
                // Escape means "still here" too, and the dialog must not close on its own.
                event.prevent_default();
                still_here();
            }>
            <div class="sheet-top">{leave_button()}</div>
            <h2 id="idle-title">{t(Msg::IdleTitle)}</h2>
            <p id="idle-text">{t(Msg::IdleText)}</p>
            <p class="countdown" data-left=move || left.get()>
                {move || tf(Msg::IdleCountdown, "n", &left.get().to_string())}
            </p>
            <button type="button" class="primary wide big" autofocus on:click=move |_| still_here()>
                {t(Msg::IdleStillHere)}
            </button>
        </dialog>
    }
}
