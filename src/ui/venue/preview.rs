//! What people will see, as the venue types: the first page's welcome and "Need help now?"
//! drawn from the settings as the app will read them (core::early::preview), in the
//! language people see first.
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{page, v};
use crate::core::early;
use crate::core::messages::venue::VenueMsg;
use crate::core::messages::{fill, load_welsh, Lang};
use crate::web;

#[component]
pub fn Preview() -> impl IntoView {
    let form = page().form;
    // The Welsh words live in the app's cy.txt, one folder up: fetched once, when chosen.
    let welsh = RwSignal::new(Lang::Cy.ready());
    let missed = RwSignal::new(false);
    Effect::new(move |_| {
        if form.with(|f| f.language) == Lang::Cy && !welsh.get_untracked() {
            spawn_local(async move {
                let words = web::fetch_text("../cy.txt").await;
                match words.is_some_and(|words| load_welsh(&words).is_ok()) {
                    true => welsh.set(true),
                    false => missed.set(true),
                }
            });
        }
    });
    // With `welsh` in it, so the preview is drawn again once the words arrive.
    let shown = Memo::new(move |_| form.with(|f| (f.as_read(), f.language, welsh.get())));
    let html = move || shown.with(|(config, lang, _)| early::preview(config, *lang));
    let lang = move || shown.with(|(_, lang, _)| lang.code());
    let kiosk = move || {
        shown.with(|(config, _, _)| {
            config.kiosk.then(|| {
                fill(
                    v(VenueMsg::PreviewKiosk),
                    "n",
                    &config.idle_minutes.to_string(),
                )
            })
        })
    };
    let exit = move || {
        shown.with(|(config, _, _)| fill(v(VenueMsg::PreviewExit), "url", &config.exit_url))
    };
    view! {
        <section class="venue-preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{v(VenueMsg::PreviewTitle)}</h2>
            <p class="hint">{v(VenueMsg::PreviewHint)}</p>
            {move || (missed.get() && form.with(|f| f.language) == Lang::Cy)
                .then(|| view! { <p class="error">{v(VenueMsg::PreviewWelshMissing)}</p> })}
            <div class="card preview" lang=lang inner_html=html></div>
            <p>{exit}</p>
            <p>{kiosk}</p>
        </section>
    }
}
