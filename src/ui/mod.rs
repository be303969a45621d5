//! The Leptos screens: one module per screen, plus the shell around them.
mod about;
mod dialog;
mod home;
mod kiosk;
mod ladder;
mod plan;
mod prose;
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
    let arrived = arriving_link();
    leptos::mount::mount_to_body(move || {
        let session = Session::open(config);
        session.listen();
        provide_context(session);
        provide_context(take::Arrival(RwSignal::new(arrived)));
        view! { <shell::Shell /> }
    });
    // The page shown before the app arrived goes in the same moment: one paint, no flash.
    if let Some(early) = crate::web::document().and_then(|d| d.get_element_by_id("early")) {
        early.remove();
    }
}

/// Notes in an import link (`#import=…`), read and checked before the first screen. The
/// address is changed to the Take screen at once, so the notes do not stay in the history.
fn arriving_link() -> Option<Result<crate::core::document::Document, ImportError>> {
    let hash = crate::web::window()?.location().hash().ok()?;
    let payload = transfer::link_payload(&hash)?;
    let arrived = transfer::decode_link(payload);
    crate::web::device::replace_hash(Route::Take.hash());
    Some(arrived)
}

fn session() -> Session {
    expect_context::<Session>()
}
