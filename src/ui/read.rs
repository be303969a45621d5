//! "Read this to me": a button wherever something can be read aloud, one reading at a time,
//! with pause and stop one tap away. Shown only where the device has a voice of its own for
//! the language (see `core::speech`).
use leptos::{html, prelude::*};

use super::{lang, t};
use crate::core::messages::Msg;
use crate::web::speech;

/// Which button is reading now (and whether it is paused), and a count that changes when
/// the browser's list of voices does (it fills in after the page loads).
#[derive(Clone, Copy)]
pub struct Reading {
    now: RwSignal<Option<(u32, bool)>>,
    voices: RwSignal<u32>,
    next: StoredValue<u32>,
}

impl Reading {
    pub fn provide() {
        let voices = RwSignal::new(0);
        speech::when_voices_change(move || voices.update(|n| *n += 1));
        provide_context(Reading {
            now: RwSignal::new(None),
            voices,
            next: StoredValue::new(0),
        });
    }

    /// Stops reading: on leaving a screen, and on leaving quickly.
    pub fn stop(self) {
        speech::stop();
        self.now.set(None);
    }
}

/// The button. `words` are read when it is pressed, so they are always the latest; `name`
/// says what it reads where there are many (a statement in a list).
#[component]
pub fn ReadAloud(
    #[prop(into)] words: Signal<String>,
    #[prop(optional, into)] name: Option<Signal<String>>,
) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let me = reading.next.get_value();
    reading.next.set_value(me + 1);
    let first = NodeRef::<html::Button>::new();
    let stop_button = NodeRef::<html::Button>::new();
    let mine = move || {
        reading
            .now
            .get()
            .filter(|(id, _)| *id == me)
            .map(|(_, paused)| paused)
    };
    let has_voice = move || {
        reading.voices.track();
        speech::voice(lang()).is_some()
    };
    let finished = move || {
        // Focus on "Stop" as it goes moves to the button that stays.
        // (The screen may have gone already: then there is nothing to move.)
        let stop_had_focus = stop_button
            .try_get_untracked()
            .flatten()
            .zip(crate::web::document().and_then(|d| d.active_element()))
            .is_some_and(|(stop, focused)| **stop == focused);
        reading.now.try_update(|now| {
            if now.is_some_and(|(id, _)| id == me) {
                *now = None;
            }
        });
        if let (true, Some(Some(first))) = (stop_had_focus, first.try_get_untracked()) {
            let _ = first.focus();
        }
    };
    let press = move |_| match mine() {
        None => {
            let Some(voice) = speech::voice(lang()) else {
                return;
            };
            reading.now.set(Some((me, false)));
            if !speech::read(&words.get_untracked(), &voice, finished) {
                reading.now.set(None);
            }
        }
        Some(false) => {
            speech::pause();
            reading.now.set(Some((me, true)));
        }
        Some(true) => {
            speech::resume();
            reading.now.set(Some((me, false)));
        }
    };
    view! {
        <Show when=has_voice>
            <button type="button" class="quiet read-aloud" node_ref=first on:click=press
                aria-label=move || mine().is_none().then(|| name.map(|name| name.get())).flatten()>
                {move || t(match mine() {
                    None => Msg::ReadAloud,
                    Some(false) => Msg::ReadPause,
                    Some(true) => Msg::ReadResume,
                })}
            </button>
            <Show when=move || mine().is_some()>
                <button type="button" class="quiet" node_ref=stop_button on:click=move |_| {
                    reading.stop();
                    if let Some(first) = first.get_untracked() {
                        let _ = first.focus();
                    }
                }>{t(Msg::ReadStop)}</button>
            </Show>
        </Show>
    }
}
