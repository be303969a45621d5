//! The person's own settings.
use leptos::{ev, prelude::*, task::spawn_local};

use super::widgets::Editable;
use super::{choices_kept, lang, session, t, Language};
use crate::core::look::{Look, Switch, LOOK_KEY, TEXT_SIZES};
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
                    let Some(value) = web::typed_text(&event) else { return };
                    session.edit(|doc| doc.settings.display_name = value);
                } />
        </div>
        </Editable>
        <LanguageChoice />
        <LookChoice />
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
            if let Some(storage) = session.config.with_value(choices_kept) {
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
            {move || missed.get().then(|| view! { <p class="error" role="alert">{t(Msg::LanguageNotLoaded)}</p> })}
        </div>
    }
}

/// Text size, contrast, motion and line spacing: kept where the language is, and shown at once.
#[component]
fn LookChoice() -> impl IntoView {
    let session = session();
    let kept = move || session.config.with_value(choices_kept);
    let start = kept().and_then(|s| s.get(LOOK_KEY).ok().flatten());
    let look = RwSignal::new(Look::read(start.as_deref().unwrap_or_default()));
    let hint = match session.config.with_value(|config| config.kiosk) {
        true => Msg::LookVisit,
        false => Msg::LookHint,
    };
    // The device's own wishes (contrast, less motion) are on whatever is chosen here, as
    // the page's early script shows them.
    let device = Switch::ALL.map(|switch| switch.media().is_some_and(web::device_asks));
    Effect::new(move |was: Option<()>| {
        let chosen = look.get();
        let shown = Switch::ALL
            .into_iter()
            .zip(device)
            .fold(chosen, |shown, (switch, asks)| {
                shown.with(switch, asks || shown.has(switch))
            });
        web::show_look(&shown.words());
        if let (Some(_), Some(storage)) = (was, kept()) {
            let _ = storage.set(LOOK_KEY, &chosen.words());
        }
    });
    let size_name = |size: u16| match size {
        125 => Msg::TextSize125,
        150 => Msg::TextSize150,
        200 => Msg::TextSize200,
        _ => Msg::TextSize100,
    };
    let switches = Switch::ALL.into_iter().zip(device).map(|(switch, device)| {
        let (name, words) = match switch {
            Switch::Contrast => ("look-contrast", Msg::LookContrast),
            Switch::Still => ("look-still", Msg::LookStill),
            Switch::Spacious => ("look-spacious", Msg::LookSpacious),
            Switch::EasyCodes => ("look-easy-codes", Msg::LookEasyCodes),
        };
        view! {
            <label class="choice">
                <input type="checkbox" class="look" disabled=device aria-describedby=device.then(|| format!("{name}-hint"))
                    prop:checked=move || device || look.get().has(switch)
                    on:change=move |event| look.update(|l| *l = l.with(switch, event_target_checked(&event))) />
                {t(words)}
            </label>
            {device.then(|| view! { <p class="hint" id=format!("{name}-hint")>{t(Msg::LookDevice)}</p> })}
        }
    });
    view! {
        <h2>{t(Msg::LookTitle)}</h2>
        <p class="hint">{t(hint)}</p>
        <div class="field">
            <label for="text-size">{t(Msg::TextSize)}</label>
            <select id="text-size" on:change=move |event| {
                let size = event_target_value(&event).parse().unwrap_or(100);
                look.update(|l| l.text = size);
            }>
                {TEXT_SIZES.into_iter().map(|size| view! {
                    <option value=size.to_string() selected=move || look.get_untracked().text == size>
                        {t(size_name(size))}
                    </option>
                }).collect_view()}
            </select>
        </div>
        {switches.collect_view()}
    }
}
