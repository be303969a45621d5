//! The person's own settings.
use leptos::prelude::*;

use super::widgets::Editable;
use super::{session, t};
use crate::core::messages::Msg;

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
        <h2>{t(Msg::SettingsLanguage)}</h2>
        <super::lock::LockSettings />
    }
}
