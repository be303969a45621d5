//! The person's own settings.
use leptos::{ev, prelude::*, task::spawn_local};

use super::widgets::Editable;
use super::{lang, language_kept, session, t, Language};
use crate::core::messages::{Lang, Msg, LANG_KEY};
use crate::core::store::Backend;
use crate::web;

#[component]
pub fn Settings() -> impl IntoView {
    let session = session();
    let name = move || session.doc.with(|doc| doc.settings.display_name.clone());
    view! {
        <h1 tabindex="-1">{t(Msg::TitleSettings)}</h1>
        <Editable>
        <div class="field">
            <label for="display-name">{t(Msg::SettingsName)}</label>
            <p class="hint" id="display-name-hint">{t(Msg::SettingsNameHint)}</p>
            <input id="display-name" type="text" autocomplete="name" maxlength="100"
                aria-describedby="display-name-hint"
                prop:value=name
                on:input=move |event| {
                    let value = event_target_value(&event);
                    session.edit(|doc| doc.settings.display_name = value);
                } />
        </div>
        </Editable>
        <LanguageChoice />
        <super::lock::LockSettings />
    }
}

/// English or Cymraeg, each named in its own words. The Welsh words are fetched the first
/// time; then the app is drawn again in the new language and focus comes back here.
#[component]
fn LanguageChoice() -> impl IntoView {
    let session = session();
    let Language(language) = expect_context::<Language>();
    let missed = RwSignal::new(false);
    let hint = match session.config.with_value(|config| config.kiosk) {
        true => Msg::SettingsLanguageVisit,
        false => Msg::SettingsLanguageHint,
    };
    let choose = move |event: ev::Event| {
        let Some(chosen) = Lang::from_code(&event_target_value(&event)) else {
            return;
        };
        let select = event_target::<web_sys::HtmlSelectElement>(&event);
        spawn_local(async move {
            if !web::load_language(chosen).await {
                // Still in the language it was: the choice says so too.
                select.set_value(lang().code());
                missed.try_set(true);
                return;
            }
            if let Some(storage) = session.config.with_value(language_kept) {
                let _ = storage.set(LANG_KEY, chosen.code());
            }
            language.set(chosen);
            web::focus_later("#language".into());
        });
    };
    view! {
        <h2 id="language-title">{t(Msg::SettingsLanguage)}</h2>
        <div class="field">
            <p class="hint" id="language-hint">{t(hint)}</p>
            <select id="language" aria-labelledby="language-title" aria-describedby="language-hint"
                on:change=choose>
                {Lang::ALL.into_iter().map(|each| view! {
                    <option value=each.code() lang=each.code() selected=each == lang()>
                        {each.name()}
                    </option>
                }).collect_view()}
            </select>
            <div role="alert">
                {move || missed.get().then(|| view! { <p class="error">{t(Msg::LanguageNotLoaded)}</p> })}
            </div>
        </div>
    }
}
