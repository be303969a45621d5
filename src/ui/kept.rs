//! Whether the browser keeps the notes. Asked once, when a save of something written has
//! just landed (never on a shared device, whose notes last only for the visit), and said on
//! About in plain words; where Safari clears notes after a week, how to keep them longer.
use std::cell::Cell;

use leptos::{prelude::*, task::spawn_local};

use super::state::Session;
use super::t;
use crate::core::messages::Msg;
use crate::web::{device, storage::Keeping};

thread_local! {
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// A save has landed: the first time something written is kept, ask the browser to keep
/// the notes (it may agree, refuse or ask the person; it remembers the answer).
pub fn save_landed(session: Session) {
    if session.keeping == Keeping::Device
        && !session.doc.with_untracked(|doc| doc.is_empty())
        && !ASKED.replace(true)
    {
        spawn_local(async {
            let _ = device::notes_kept(true).await;
        });
    }
}

/// `Some(true)` once the browser has agreed to keep the notes, `Some(false)` while it may
/// clear them, `None` where it cannot say (or on a shared device).
pub fn kept_by_browser(session: Session) -> RwSignal<Option<bool>> {
    let kept = RwSignal::new(None);
    if session.keeping == Keeping::Device {
        spawn_local(async move {
            kept.try_set(device::notes_kept(false).await);
        });
    }
    kept
}

/// How to keep notes longer where Safari clears them after a week: a copy, then Alongside
/// from the Home Screen, which has notes of its own that Safari does not clear.
pub fn home_screen_steps() -> impl IntoView {
    view! {
        <details class="home-screen">
            <summary>{t(Msg::HomeScreenHow)}</summary>
            <ol>
                <li>{t(Msg::HomeScreenCopy)}</li>
                <li>{t(Msg::HomeScreenAdd)}</li>
                <li>{t(Msg::HomeScreenOpen)}</li>
            </ol>
        </details>
    }
}
