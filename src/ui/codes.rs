//! Codes shown one at a time, for a phone or a group's facilitator to scan: Next and
//! Previous (and the arrow keys), Hide, and easier codes for a phone that cannot read these.
use leptos::prelude::*;

use super::{choices_kept, lang, session, t, tfa};
use crate::core::backend::Backend;
use crate::core::config::HostConfig;
use crate::core::look::{Look, Switch, LOOK_KEY};
use crate::core::messages::{fill_all, Msg};
use crate::core::transfer::{self, CodeSize};
use crate::web;

/// The size of codes this person's phone reads: kept with the look of the screen (on a
/// shared device, for the visit), so it is remembered next time.
pub fn chosen_size(config: &HostConfig) -> CodeSize {
    match kept_look(config).easy_codes {
        true => CodeSize::Easy,
        false => CodeSize::Dense,
    }
}

fn kept_look(config: &HostConfig) -> Look {
    let words = choices_kept(config).and_then(|s| s.get(LOOK_KEY).ok().flatten());
    Look::read(words.as_deref().unwrap_or_default())
}

/// Keeps the choice. Where it cannot be kept, the codes still change for now.
fn choose_easy(config: &HostConfig, easy: bool) {
    if let Some(storage) = choices_kept(config) {
        let look = kept_look(config).with(Switch::EasyCodes, easy);
        let _ = storage.set(LOOK_KEY, &look.words());
    }
}

/// `links` holds the codes (none: too many to offer); `holds` says what they hold; `back` is
/// where focus goes when they are hidden; `remake` makes them again at the size now chosen.
#[component]
pub fn Codes(
    links: RwSignal<Option<Vec<String>>>,
    #[prop(into)] holds: Signal<String>,
    back: &'static str,
    remake: Callback<()>,
) -> impl IntoView {
    // Made at this size; the other is a tap away, and kept for next time.
    let config = session().config;
    let size = config.with_value(chosen_size);
    let easy = size == CodeSize::Easy;
    let other_size = move |_| {
        config.with_value(|config| choose_easy(config, !easy));
        remake.run(());
    };
    let shown = RwSignal::new(0usize);
    let count = move || links.with(|l| l.as_ref().map_or(0, Vec::len));
    // Next after the last goes round to the first, so the button never vanishes under focus.
    let step = move |by: usize| {
        let count = count();
        if count > 1 {
            shown.update(|i| *i = (*i + by) % count);
        }
    };
    let keys = move |event: leptos::ev::KeyboardEvent| match event.key().as_str() {
        "ArrowRight" | "PageDown" => step(1),
        "ArrowLeft" | "PageUp" => step(count().saturating_sub(1)),
        _ => {}
    };
    let said = move || {
        let what = holds.get();
        match count() {
            1 => fill_all(t(Msg::QrHolds), &[("what", &what)]),
            n => fill_all(
                Msg::QrHoldsAll.form(lang(), n),
                &[("n", &n.to_string()), ("what", &what)],
            ),
        }
    };
    let code = move || {
        let qr = links.with(|l| {
            l.as_ref()?
                .get(shown.get())
                .and_then(|link| transfer::qr_of(link, size))
        });
        // Whole screen pixels a module (at least four, about 400 across) read most reliably.
        qr.map(|qr| view! {
            <svg class="qr" viewBox=format!("0 0 {0} {0}", qr.size) width=qr.size * (400 / qr.size).max(4) role="img"
                aria-label=t(Msg::QrLabel) shape-rendering="crispEdges">
                <rect width=qr.size height=qr.size class="qr-paper" />
                <path d=qr.path class="qr-ink" />
            </svg>
        })
    };
    let n = count();
    // With no codes (easy ones may be too many where dense ones are not), the message and
    // the way back stay.
    let codes = (n > 0).then(|| {
        view! {
            <p id="code-holds">{said}</p>
            <p class="code-count" aria-live="polite">
                {move || tfa(Msg::CodeOf, &[("n", &(shown.get() + 1).to_string()), ("count", &n.to_string())])}
            </p>
            {code}
            <p class="hint">{t(if n == 1 { Msg::QrHow } else { Msg::QrHowMany })}</p>
            {easy.then(|| view! { <p class="hint">{t(Msg::CodesEasy)}</p> })}
        }
    });
    view! {
        // Focus goes to the whole group, so the code and its buttons come into view.
        <div id="codes" role="group" aria-labelledby=(n > 0).then_some("code-holds") tabindex="-1" on:keydown=keys>
            {(n == 0).then(|| view! { <p class="notice-text" role="alert">{t(Msg::QrTooBig)}</p> })}
            {codes}
            <div class="actions">
                {(n > 1).then(|| view! {
                    <button type="button" on:click=move |_| step(n - 1)>{t(Msg::CodePrevious)}</button>
                    <button type="button" class="primary" on:click=move |_| step(1)>{t(Msg::CodeNext)}</button>
                })}
                {(n > 0).then(|| view! {
                    <button type="button" class="quiet" on:click=move |_| {
                        links.set(None);
                        web::focus_later(back.into());
                    }>{t(if n == 1 { Msg::HideCode } else { Msg::HideCodes })}</button>
                })}
                {(n > 0 || easy).then(|| view! {
                    <button type="button" class="quiet" on:click=other_size>
                        {t(if easy { Msg::CodesDense } else { Msg::CodesCannotRead })}
                    </button>
                })}
            </div>
        </div>
    }
}
