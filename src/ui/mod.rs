//! The Leptos screens: one module per screen, plus the shell around them.
mod about;
mod codes;
mod dialog;
pub mod group;
mod home;
mod kept;
mod kiosk;
mod ladder;
mod lock;
mod notes;
mod plan;
mod prose;
mod raise;
mod read;
mod relock;
mod safety;
mod saving;
mod sealing;
mod settings;
mod share;
mod shell;
pub mod state;
mod statements;
mod take;
mod undo;
pub mod venue;
mod widgets;

use std::cell::Cell;

use leptos::prelude::*;

use crate::core::config::HostConfig;
use crate::core::messages::{fill, fill_all, Lang, Msg, LANG_KEY};
use crate::core::route::Route;
use crate::core::store::Backend;
use crate::core::transfer::{self, ImportError};
use crate::web::storage::{BrowserStorage, Keeping};
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

/// Where the person's choices of language and look are kept: on a shared device, for the
/// visit only.
pub fn choices_kept(config: &HostConfig) -> Option<BrowserStorage> {
    match config.kiosk {
        true => BrowserStorage::session(),
        false => BrowserStorage::local(),
    }
}

/// The language the person chose on this device, or else the venue's.
pub fn chosen_language(config: &HostConfig) -> Lang {
    choices_kept(config)
        .and_then(|storage| storage.get(LANG_KEY).ok().flatten())
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(config.language)
}

/// The language everything is drawn in. Changing it draws the app again, in place.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

/// Speaks `lang` from now on: the words, the page's `lang`, and the calm page on a crash.
pub(crate) fn speak(lang: Lang) {
    LANG.with(|now| now.set(lang));
    if let Some(root) = crate::web::document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
    crate::web::install_panic_hook(lang);
}

/// A window listener for as long as the component that adds it is drawn: the app is drawn
/// again when the language changes, and the old one must stop listening.
pub fn while_drawn(listener: WindowListenerHandle) {
    on_cleanup(move || listener.remove());
}

/// Starts the app once the host's settings are known (they decide where notes are kept), in
/// `lang`; `missed` says the chosen language's words could not be fetched.
pub fn start(config: HostConfig, lang: Lang, missed: bool) {
    speak(lang);
    leptos::mount::mount_to_body(move || {
        let session = Session::open(config);
        session.listen();
        if missed {
            session.notify(state::Notice::LanguageNotLoaded);
        }
        provide_context(session);
        provide_context(undo::Undo::new(session));
        provide_context(relock::Lock::new(session));
        // Locked notes take in what arrived once they are open (see the shell).
        let arrived = (!session.locked.get_untracked())
            .then(|| arriving(session))
            .flatten();
        provide_context(take::Arrival(RwSignal::new(arrived)));
        let language = RwSignal::new(lang);
        provide_context(Language(language));
        read::Reading::provide();
        move || {
            speak(language.get());
            view! { <shell::Shell /> }
        }
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

fn undo() -> undo::Undo {
    expect_context::<undo::Undo>()
}
