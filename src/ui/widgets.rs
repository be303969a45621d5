//! Small shapes shared by every screen, so that each is compiled once.
use leptos::prelude::*;

use super::state::Notice;
use super::{session, t, tf, tfa};
use crate::core::checks::MAX_TEXT_CHARS;
use crate::core::config::Contact;
use crate::core::messages::Msg;
use crate::web;

/// Everything that changes the notes sits inside one of these: when the notes are read
/// only, every control in it is visibly switched off, so no typing is silently dropped.
#[component]
pub fn Editable(children: Children) -> impl IntoView {
    let session = session();
    view! {
        <fieldset class="bare" disabled=move || session.is_read_only()>{children()}</fieldset>
    }
}

/// The longest writing a text box takes, as text for `maxlength`.
pub fn max_text() -> String {
    MAX_TEXT_CHARS.to_string()
}

/// True (and says so, in a message that stays) when a list already holds as many items as
/// Alongside keeps, so nothing is added.
pub fn full_list(count: usize, most: usize) -> bool {
    if count < most {
        return false;
    }
    session().notify(Notice::ListFull);
    true
}

/// A selector for the element whose `data-{attr}` is `id`, then `then` inside it. Ids can
/// come from a file, so quotes and backslashes in them are escaped.
pub fn by_data(attr: &str, id: &str, then: &str) -> String {
    let id = id.replace('\\', "\\\\").replace('"', "\\\"");
    format!(r#"[data-{attr}="{id}"] {then}"#)
}

/// How to tell whether a field's words can be used, and what to say if not.
pub type Check = Option<(fn(&str) -> bool, Msg)>;

/// A labelled text box bound to one part of the notes, saved as it is typed: the one shape
/// every form uses. `lines` above 0 makes it a text area of that many rows. With `check`, a
/// message shows after leaving the field if its words cannot be used, and goes as soon as
/// they can.
#[component]
pub fn TextField(
    id: String,
    label: Msg,
    #[prop(into)] value: Signal<String>,
    put: Callback<String>,
    #[prop(optional)] lines: u8,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional_no_strip)] hint: Option<Msg>,
    #[prop(optional)] check: Check,
    #[prop(optional)] class: Option<&'static str>,
    /// What a password manager may fill in ("current-password", "new-password"); else off.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let error_id = check.map(|_| format!("{id}-error"));
    let described = [hint_id.clone(), error_id.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let wrong = RwSignal::new(false);
    let typed = move |text: String| {
        if let Some((ok, _)) = check {
            // Once told, the message goes as soon as the words can be used.
            if wrong.get_untracked() && ok(&text) {
                wrong.set(false);
            }
        }
        put.run(text);
    };
    let left = move |text: String| {
        if let Some((ok, _)) = check {
            wrong.set(!ok(&text));
        }
    };
    let invalid = move || wrong.get().then_some("true");
    let control = if lines > 0 {
        view! {
            <textarea id=id.clone() class=class rows=lines maxlength=max_text() aria-describedby=described
                aria-invalid=invalid prop:value=value
                on:input=move |event| if let Some(text) = web::typed_text(&event) { typed(text) }
                on:blur=move |event| if let Some(text) = web::typed_text(&event) { left(text) }></textarea>
        }
        .into_any()
    } else {
        let kind = kind.unwrap_or("text");
        view! {
            <input id=id.clone() class=class type=kind autocomplete=autocomplete.unwrap_or("off") maxlength=max_text()
                inputmode=(kind == "tel").then_some("tel") aria-describedby=described
                aria-invalid=invalid prop:value=value
                on:input=move |event| if let Some(text) = web::typed_text(&event) { typed(text) }
                on:blur=move |event| if let Some(text) = web::typed_text(&event) { left(text) } />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{t(hint)}</p> })}
            {control}
            {check.map(|(_, message)| view! {
                <p id=error_id class="error">{move || wrong.get().then(|| t(message))}</p>
            })}
        </div>
    }
}

/// "Showing 25 of 120" and "Show more", under a list drawn a page at a time.
#[component]
pub fn ShowMore(
    #[prop(into)] total: Signal<usize>,
    limit: RwSignal<usize>,
    page: usize,
) -> impl IntoView {
    view! {
        <Show when=move || { total.get() > limit.get() }>
            <p class="more">
                {move || tfa(Msg::ShowingCount, &[
                    ("shown", &limit.get().to_string()),
                    ("total", &total.get().to_string()),
                ])} " "
                <button type="button" on:click=move |_| limit.update(|n| *n += page)>{t(Msg::ShowMore)}</button>
            </p>
        </Show>
    }
}

/// A venue's or a person's contact, with tap to call, text or visit.
pub(super) fn contact_card(contact: Contact) -> impl IntoView {
    let call = contact.phone.map(|number| {
        view! {
            <a class="button" href=format!("tel:{}", Contact::dial(&number))>
                {tf(Msg::HelpCall, "number", &number)}
            </a>
        }
    });
    let text = contact.text.map(|number| {
        view! {
            <a class="button" href=format!("sms:{}", Contact::dial(&number))>
                {tf(Msg::HelpText, "number", &number)}
            </a>
        }
    });
    let site = contact.url.map(|url| {
        view! { <a class="button" href=url rel="noopener noreferrer">{t(Msg::HelpWebsite)}</a> }
    });
    let hours = (!contact.hours.is_empty()).then(|| view! { <p class="hours">{contact.hours}</p> });
    let note = (!contact.note.is_empty()).then(|| view! { <p>{contact.note}</p> });
    view! {
        <li class="contact">
            <h3>{contact.name}</h3>
            {note}
            {hours}
            <div class="actions">{call}{text}{site}</div>
        </li>
    }
}
