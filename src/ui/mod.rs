//! The Leptos screens: one module per screen, plus the shell around them.
mod about;
mod dialog;
mod home;
mod kiosk;
mod ladder;
mod lock;
mod notes;
mod plan;
mod prose;
mod raise;
mod sealing;
mod settings;
mod shell;
pub mod state;
mod statements;
mod take;
mod undo;
mod widgets;

use std::cell::Cell;

use leptos::prelude::*;

use crate::core::config::HostConfig;
use crate::core::messages::{fill, fill_all, Lang, Msg};
use crate::core::route::Route;
use crate::core::transfer::{self, ImportError};
use crate::web::storage::Keeping;
use state::Session;

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// A message in the person's language.
pub fn t(msg: Msg) -> &'static str {
    msg.text(LANG.with(Cell::get))
}

/// The person's language.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// A message with one `{slot}` filled.
pub fn tf(msg: Msg, slot: &str, value: &str) -> String {
    fill(t(msg), slot, value)
}

/// A message with every `{slot}` filled in one pass, so words with braces stay as typed.
pub fn tfa(msg: Msg, slots: &[(&str, &str)]) -> String {
    fill_all(t(msg), slots)
}

/// Starts the app once the host's settings are known (they decide where notes are kept).
pub fn start(config: HostConfig) {
    LANG.with(|lang| lang.set(config.language));
    if let Some(document) = crate::web::document() {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", config.language.code());
        }
    }
    leptos::mount::mount_to_body(move || {
        let session = Session::open(config);
        session.listen();
        provide_context(session);
        // Locked notes take in what arrived once they are open (see the shell).
        let arrived = (!session.locked.get_untracked())
            .then(|| arriving(session))
            .flatten();
        provide_context(take::Arrival(RwSignal::new(arrived)));
        view! { <shell::Shell /> }
    });
    // The page shown before the app arrived goes in the same moment: one paint, no flash.
    if let Some(early) = crate::web::document().and_then(|d| d.get_element_by_id("early")) {
        early.remove();
    }
}

/// Notes in an import link (`#import=…`) or a scanned code (`#T1:…`), read and checked
/// before the first screen. The address is changed to the Take screen at once, so the
/// notes do not stay in the address or its history.
pub(crate) fn arriving(session: Session) -> Option<take::Arrived> {
    use take::Arrived;
    use transfer::Gathered;
    let hash = crate::web::window()?.location().hash().ok()?;
    let arrived = match transfer::link_payload(&hash) {
        Some(payload) => Arrived::Notes(Box::new(transfer::decode_link(payload))),
        None => match transfer::read_part(&hash)? {
            Err(error) => Arrived::Notes(Box::new(Err(error))),
            Ok(part) => match session.keep_part(part) {
                Ok(Gathered::Complete(notes)) => Arrived::Notes(notes),
                // Kept only in this page's memory, a part is gone before the next code opens.
                Ok(Gathered::Waiting { have, count }) if session.keeping != Keeping::ThisPage => {
                    Arrived::Part { have, count }
                }
                _ => Arrived::Notes(Box::new(Err(ImportError::PartNotKept))),
            },
        },
    };
    crate::web::device::replace_hash(Route::Take.hash());
    Some(arrived)
}

fn session() -> Session {
    expect_context::<Session>()
}
