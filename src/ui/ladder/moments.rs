//! Every moment the filter shows, in words: the text version of the picture, and where
//! moments are changed or deleted (with undo).
use leptos::prelude::*;

use super::{Screen, PAGE};
use crate::core::dates::long_day;
use crate::core::document::{Document, Moment};
use crate::core::ladder::{place_name, topic_name};
use crate::core::ladder::{rung_name, Place};
use crate::core::messages::Msg;
use crate::ui::widgets::{by_data, Editable, ShowMore};
use crate::ui::{lang, t, tf, undo};
use crate::web;

fn moments(doc: &mut Document) -> Option<&mut Vec<Moment>> {
    Some(&mut doc.moments)
}

#[component]
pub fn MomentList(screen: Screen) -> impl IntoView {
    let limit = RwSignal::new(PAGE);
    let ids = Memo::new(move |_| {
        screen
            .shown
            .with(|shown| shown.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <h2 id="moments-title">{t(Msg::MomentsTitle)}</h2>
        <Show when=move || ids.with(Vec::is_empty)>
            <p class="empty">{t(Msg::NoMatchesMoments)}</p>
        </Show>
        <Editable>
            <ol class="moments" aria-labelledby="moments-title">
                <For
                    each=move || ids.with(|ids| ids.iter().take(limit.get()).cloned().collect::<Vec<_>>())
                    key=|id| id.clone()
                    let:id
                >
                    <MomentCard id=id screen=screen />
                </For>
            </ol>
        </Editable>
        <ShowMore total=Signal::derive(move || ids.with(Vec::len)) limit=limit page=PAGE />
    }
}

#[component]
fn MomentCard(id: String, screen: Screen) -> impl IntoView {
    let undo = undo();
    let id = StoredValue::new(id);
    let moment = Memo::new(move |_| {
        screen
            .shown
            .with(|shown| id.with_value(|id| shown.iter().find(|m| &m.id == id).cloned()))
    });
    let field = move |pick: fn(&Moment) -> String| move || moment.with(|m| m.as_ref().map(pick));
    let edit = move |_| {
        screen.editing.set(Some(id.get_value()));
        screen.form_open.set(true);
        web::focus_later("#moment-form-title".into());
    };
    let delete = move |_| {
        if screen.editing.get_untracked() == Some(id.get_value()) {
            screen.editing.set(None);
        }
        id.with_value(|id| undo.remove(Msg::MomentRemoved, id, moments, by_data("id", id, "h3")));
    };
    let title = field(|m| {
        let day = long_day(&m.date, lang());
        if m.service.trim().is_empty() {
            day
        } else {
            format!("{day} · {}", m.service.trim())
        }
    });
    let title_id = format!("moment-{}", id.get_value());
    let labelled_by = title_id.clone();
    view! {
        <li class="moment" data-id=id.get_value()
            data-place=move || moment.with(|m| m.as_ref().and_then(Place::of).map(Place::key))
            aria-labelledby=labelled_by>
            <h3 id=title_id tabindex="-1">{title}</h3>
            <dl class="moment-facts">
                {move || moment.with(|m| m.as_ref().and_then(|m| m.about).map(|about| view! {
                    <dt>{t(Msg::MomentAbout)}</dt><dd>{t(topic_name(about))}</dd>
                }))}
                <dt>{t(Msg::MomentWhere)}</dt>
                <dd class="happened">{move || moment.with(|m| t(m.as_ref().and_then(Place::of).map_or(Msg::NotSaid, place_name)))}</dd>
                <dt>{t(Msg::MomentWanted)}</dt>
                <dd class="wanted-rung">{move || moment.with(|m| t(m.as_ref().and_then(|m| m.wanted).map_or(Msg::NotSaid, rung_name)))}</dd>
            </dl>
            {move || moment.with(|m| m.as_ref().filter(|m| !m.note.trim().is_empty()).map(|m| view! {
                <p class="note">{m.note.clone()}</p>
            }))}
            <div class="actions">
                <button type="button" class="quiet" on:click=edit
                    aria-label=move || tf(Msg::MomentChangeLabel, "moment", &title().unwrap_or_default())>
                    {t(Msg::MomentChange)}
                </button>
                <button type="button" class="quiet" on:click=delete
                    aria-label=move || tf(Msg::MomentDeleteLabel, "moment", &title().unwrap_or_default())>
                    {t(Msg::Delete)}
                </button>
            </div>
        </li>
    }
}
