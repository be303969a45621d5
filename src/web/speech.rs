//! The browser's own speech (`speechSynthesis`), with a voice on the device only: the choice
//! of voice is `core::speech::choose`.
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use super::window;
use crate::core::messages::Lang;
use crate::core::speech::{choose, Voice};

fn synth() -> Option<SpeechSynthesis> {
    window()?.speech_synthesis().ok()
}

/// The voice on this device that reads `lang`, if there is one.
pub fn voice(lang: Lang) -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = synth()?
        .get_voices()
        .iter()
        .filter_map(|voice| voice.dyn_into().ok())
        .collect();
    let langs: Vec<String> = voices.iter().map(SpeechSynthesisVoice::lang).collect();
    let described: Vec<Voice> = voices
        .iter()
        .zip(&langs)
        .map(|(voice, lang)| Voice {
            lang,
            local: voice.local_service(),
            default: voice.default(),
        })
        .collect();
    let chosen = choose(&described, lang)?;
    voices.into_iter().nth(chosen)
}

/// Calls `then` whenever the browser's list of voices changes (it fills in after loading).
pub fn when_voices_change(then: impl Fn() + 'static) {
    if let Some(synth) = synth() {
        let call = Closure::<dyn Fn()>::new(then).into_js_value();
        let _ = synth.add_event_listener_with_callback("voiceschanged", call.unchecked_ref());
    }
}

/// Reads `words` aloud in `voice`, after stopping anything being read; `done` is called when
/// it ends or cannot go on. False if the browser would not start.
pub fn read(words: &str, voice: &SpeechSynthesisVoice, done: impl FnOnce() + 'static) -> bool {
    let (Some(synth), Ok(utterance)) = (synth(), SpeechSynthesisUtterance::new_with_text(words))
    else {
        return false;
    };
    synth.cancel();
    utterance.set_voice(Some(voice));
    utterance.set_lang(&voice.lang());
    // Once only, though a voice may say both "error" and "end".
    let mut done = Some(done);
    let done = Closure::<dyn FnMut()>::new(move || done.take().into_iter().for_each(|f| f()))
        .into_js_value();
    utterance.set_onend(Some(done.unchecked_ref()));
    utterance.set_onerror(Some(done.unchecked_ref()));
    synth.speak(&utterance);
    true
}

pub fn pause() {
    if let Some(synth) = synth() {
        synth.pause();
    }
}

pub fn resume() {
    if let Some(synth) = synth() {
        synth.resume();
    }
}

/// Stops reading (leaving a screen, locking, leaving quickly).
pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}
