//! Codes shown one at a time, for a phone or a group's facilitator to scan: Next and
//! Previous (and the arrow keys), and Hide.
use leptos::prelude::*;

use super::{lang, t, tfa};
use crate::core::messages::{fill_all, Msg};
use crate::core::transfer;
use crate::web;

/// `links` holds at least one code; `holds` says what they hold; `back` is where focus goes
/// when they are hidden.
#[component]
pub fn Codes(
    links: RwSignal<Option<Vec<String>>>,
    #[prop(into)] holds: Signal<String>,
    back: &'static str,
) -> impl IntoView {
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
                .and_then(|link| transfer::qr(link))
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
    view! {
        // Focus goes to the whole group, so the code and its buttons come into view.
        <div id="codes" role="group" aria-labelledby="code-holds" tabindex="-1" on:keydown=keys>
            <p id="code-holds">{said}</p>
            <p class="code-count" aria-live="polite">
                {move || tfa(Msg::CodeOf, &[("n", &(shown.get() + 1).to_string()), ("count", &n.to_string())])}
            </p>
            {code}
            <p class="hint">{t(if n == 1 { Msg::QrHow } else { Msg::QrHowMany })}</p>
            <div class="actions">
                {(n > 1).then(|| view! {
                    <button type="button" on:click=move |_| step(n - 1)>{t(Msg::CodePrevious)}</button>
                    <button type="button" class="primary" on:click=move |_| step(1)>{t(Msg::CodeNext)}</button>
                })}
                <button type="button" class="quiet" on:click=move |_| {
                    links.set(None);
                    web::focus_later(back.into());
                }>{t(if n == 1 { Msg::HideCode } else { Msg::HideCodes })}</button>
            </div>
        </div>
    }
}
