//! Whether the browser keeps the notes. Asked once, when a save of something written has
//! just landed (never on a shared device, whose notes last only for the visit), and said on
//! About in plain words; where Safari clears notes after a week, how to keep them longer.
use leptos::{prelude::*, task::spawn_local};

use super::state::{SaveStatus, Session};
use super::t;
use crate::core::messages::Msg;
use crate::web::{device, storage::Keeping};

/// `Some(true)` once the browser has agreed to keep the notes, `Some(false)` while it may
/// clear them, `None` where it cannot say (or on a shared device).
#[derive(Clone, Copy)]
pub struct KeptByBrowser(pub RwSignal<Option<bool>>);

impl KeptByBrowser {
    pub fn watch(session: Session) -> KeptByBrowser {
        let kept = RwSignal::new(None);
        if session.keeping == Keeping::Device {
            spawn_local(async move { kept.set(device::notes_kept(false).await) });
            Effect::new(move |last: Option<(SaveStatus, bool)>| {
                let status = session.status.get();
                let (before, asked) = last.unwrap_or((status, false));
                let landed = before == SaveStatus::Saving && status == SaveStatus::Saved;
                let ask = !asked
                    && landed
                    && kept.get_untracked() == Some(false)
                    && session.doc.with_untracked(|doc| !doc.is_empty());
                if ask {
                    spawn_local(async move {
                        if let Some(agreed) = device::notes_kept(true).await {
                            kept.set(Some(agreed));
                        }
                    });
                }
                (status, asked || ask)
            });
        }
        KeptByBrowser(kept)
    }
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
