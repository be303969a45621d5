//! People and services: who to contact, how, and when, with a tap to call, text or email.
use leptos::prelude::*;

use super::{add_new, ids_in};
use crate::core::checks::most;
use crate::core::contact::{dial, email_address, mailto, phone_number};
use crate::core::document::Document;
use crate::core::messages::Msg;
use crate::core::plan::Person;
use crate::ui::widgets::{by_data, Check, TextField};
use crate::ui::{session, t, tf, undo};
use crate::web;

/// Empty is fine; anything else must be a number that can be dialled.
fn phone_ok(text: &str) -> bool {
    text.trim().is_empty() || phone_number(text).is_some()
}

fn email_ok(text: &str) -> bool {
    text.trim().is_empty() || email_address(text).is_some()
}

fn people(doc: &mut Document) -> Option<&mut Vec<Person>> {
    Some(&mut doc.plan.people)
}

#[component]
pub fn People() -> impl IntoView {
    let ids = || ids_in(|plan| &plan.people);
    let add = |_| {
        add_new(
            |plan| &mut plan.people,
            |id, updated| Person {
                id,
                updated,
                ..Person::default()
            },
            |id| by_data("person", id, "input"),
            most::PEOPLE,
        )
    };
    view! {
        <ul class="people">
            <For each=ids key=|id| id.clone() let:id>
                <PersonCard id=id />
            </For>
        </ul>
        <button type="button" class="primary" on:click=add>{t(Msg::PersonAdd)}</button>
    }
}

#[component]
fn PersonCard(id: String) -> impl IntoView {
    let session = session();
    let undo = undo();
    let id = StoredValue::new(id);
    let person = Memo::new(move |_| {
        session
            .doc
            .with(|doc| id.with_value(|id| doc.plan.people.iter().find(|p| &p.id == id).cloned()))
    });
    let get = move |pick: fn(&Person) -> &str| {
        move || person.with(|p| p.as_ref().map(|p| pick(p).to_owned()).unwrap_or_default())
    };
    let name = move || {
        let name = get(|p| p.name.trim())();
        if name.is_empty() {
            t(Msg::PersonUnnamed).to_owned()
        } else {
            name
        }
    };
    let edit = move |put: fn(&mut Person, String), value: String| {
        let now = web::now_ms();
        id.with_value(|id| {
            session.edit(|doc| {
                if let Some(p) = doc.plan.people.iter_mut().find(|p| &p.id == id) {
                    put(p, value);
                    p.updated = now;
                }
            });
        });
    };
    // A field, saved as typed; `check` says whether what is there can be used.
    let field = move |key: &'static str,
                      label: Msg,
                      kind: &'static str,
                      pick: fn(&Person) -> &str,
                      put: fn(&mut Person, String),
                      check: Check| {
        view! {
            <TextField id=format!("person-{key}-{}", id.get_value()) label=label kind=kind
                value=Signal::derive(get(pick)) put=Callback::new(move |text| edit(put, text)) check=check />
        }
    };
    // A link only for what can really be dialled or written to, built so that nothing in
    // the words can add to it.
    let link = move |pick: fn(&Person) -> &str, label: Msg, href: fn(&str) -> Option<String>| {
        move || {
            href(&get(pick)()).map(|href| {
                view! { <a class="button" href=href>{tf(label, "name", &name())}</a> }
            })
        }
    };
    let remove = move |_| {
        id.with_value(|id| {
            let back = by_data("person", id, "input");
            undo.remove(Msg::PersonRemoved, id, people, back);
        });
    };
    view! {
        <li class="person card" data-person=id.get_value()>
            <h2>{name}</h2>
            {field("name", Msg::PersonName, "text", |p| &p.name, |p, v| p.name = v, None)}
            {field("role", Msg::PersonRole, "text", |p| &p.role, |p, v| p.role = v, None)}
            {field("phone", Msg::PersonPhone, "tel", |p| &p.phone, |p, v| p.phone = v, Some((phone_ok, Msg::PhoneProblem)))}
            {field("text", Msg::PersonText, "tel", |p| &p.text, |p, v| p.text = v, Some((phone_ok, Msg::PhoneProblem)))}
            {field("email", Msg::PersonEmail, "email", |p| &p.email, |p, v| p.email = v, Some((email_ok, Msg::EmailProblem)))}
            {field("when", Msg::PersonWhen, "text", |p| &p.when, |p, v| p.when = v, None)}
            <label class="choice">
                <input type="checkbox" prop:checked=move || person.with(|p| p.as_ref().is_some_and(|p| p.crisis))
                    on:change=move |event| {
                        let crisis = if event_target_checked(&event) { "yes" } else { "" };
                        edit(|p, crisis| p.crisis = !crisis.is_empty(), crisis.into());
                    } />
                {t(Msg::PersonCrisis)}
            </label>
            <div class="actions">
                {link(|p| &p.phone, Msg::PersonCall, |v| phone_number(v).map(|n| format!("tel:{}", dial(&n))))}
                {link(|p| &p.text, Msg::PersonSms, |v| phone_number(v).map(|n| format!("sms:{}", dial(&n))))}
                {link(|p| &p.email, Msg::PersonMail, |v| email_address(v).map(|a| mailto(&a)))}
                <button type="button" class="quiet" on:click=remove
                    aria-label=move || tf(Msg::PersonRemove, "name", &name())>{t(Msg::Remove)}</button>
            </div>
        </li>
    }
}
