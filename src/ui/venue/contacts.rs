//! The venue's "Need help now?" contacts: up to twelve, each removable with Undo.
use leptos::prelude::*;

use super::fields::{Said, TextBox};
use super::{page, v, Before, Spot};
use crate::core::config::MAX_CONTACTS;
use crate::core::messages::fill;
use crate::core::messages::venue::VenueMsg;
use crate::core::venue::{ContactForm, Field, Part};
use crate::web;

#[component]
pub fn Contacts() -> impl IntoView {
    let page = page();
    let form = page.form;
    let add = move |_| {
        if form.with_untracked(|f| f.contacts.len()) >= MAX_CONTACTS {
            page.say(Spot::Contacts, v(VenueMsg::ContactsFull).to_owned());
            return;
        }
        let key = form.with_untracked(|f| f.next_key());
        form.update(|f| {
            f.contacts.push(ContactForm {
                key,
                ..ContactForm::default()
            })
        });
        web::focus_later(format!("#{}", Field::Contact(key, Part::Name).id()));
    };
    view! {
        <h2 id="contacts-title">{v(VenueMsg::ContactsTitle)}</h2>
        <p class="hint">{v(VenueMsg::ContactsHint)}</p>
        <ol class="venue-contacts">
            <For each=move || form.with(|f| f.contacts.iter().map(|c| c.key).collect::<Vec<_>>())
                key=|key| *key children=move |key| view! { <ContactBoxes key /> } />
        </ol>
        <p><button type="button" id="contact-add" on:click=add>{v(VenueMsg::ContactAdd)}</button></p>
        <Said spot=Spot::Contacts />
    }
}

/// One contact's boxes, numbered as the list is now.
#[component]
fn ContactBoxes(key: u32) -> impl IntoView {
    let page = page();
    let form = page.form;
    let place = move || form.with(|f| f.contacts.iter().position(|c| c.key == key));
    let number = move || place().map_or(0, |at| at + 1).to_string();
    let remove = move |_| {
        let Some(at) = place() else { return };
        let Some(contact) = form.with_untracked(|f| f.contacts.get(at).cloned()) else {
            return;
        };
        page.change(Spot::Contacts, Before::Contact(at, contact), |f| {
            f.contacts.remove(at);
        });
        page.say(Spot::Contacts, v(VenueMsg::ContactRemoved).to_owned());
        web::focus_later("#said-contacts button".into());
    };
    let boxes = Part::ALL.map(|part| {
        let value = Signal::derive(move || {
            form.with(|f| f.contacts.iter().find(|c| c.key == key).map(|c| c.get(part).to_owned()))
                .unwrap_or_default()
        });
        let put = Callback::new(move |words: String| {
            form.update(|f| {
                if let Some(contact) = f.contacts.iter_mut().find(|c| c.key == key) {
                    contact.set(part, words);
                }
            })
        });
        let kind = match part {
            Part::Phone | Part::Text => Some("tel"),
            Part::Url => Some("url"),
            _ => None,
        };
        let lines = if part == Part::Note { 2 } else { 0 };
        view! { <TextBox field=Field::Contact(key, part) label=part.label() value put kind=kind.unwrap_or("text") lines /> }
    });
    view! {
        <li class="card" data-contact=key.to_string()>
            <h3>{move || fill(v(VenueMsg::ContactHeading), "n", &number())}</h3>
            {boxes.into_iter().collect_view()}
            <button type="button" on:click=remove>{move || fill(v(VenueMsg::ContactRemove), "n", &number())}</button>
        </li>
    }
}
