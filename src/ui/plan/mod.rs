//! My plan: an overview of its parts with how complete each is in words, and one screen per
//! part. Everything saves as it is typed; nothing needs a "Save" button except a review,
//! which keeps a copy of the plan as it is.
mod copy;
mod crisis;
mod goals;
mod people;
mod reviews;
mod sharing;

use leptos::prelude::*;

use super::read::ReadAloud;
use super::widgets::{by_data, full_list, max_text, Editable, TextField};
use super::{lang, session, t, tf, undo};
use crate::core::dates::long_day;
use crate::core::document::{Document, Keyed, PlanEntry};
use crate::core::messages::Msg;
use crate::core::plan::{
    completeness, next_section, review_due, Completeness, Field, Plan, ReviewDue, Section,
};
use crate::core::route::{PlanPart, Route};
use crate::core::speech;
use crate::web;

pub use copy::PlanCopy;

#[component]
pub fn Plan() -> impl IntoView {
    let session = session();
    let next = move || session.doc.with(|doc| next_section(&doc.plan));
    view! {
        <h1 tabindex="-1">{t(Msg::TitlePlan)}</h1>
        <p>{t(Msg::PlanIntro)}</p>
        <p><a class="button" href=Route::Safety.hash()>{t(Msg::PlanSafetyLink)}</a></p>
        <ReviewStatus />
        <p class="next">
            {move || match next() {
                Some(section) => view! {
                    {t(Msg::PlanNext)} " "
                    <a href=PlanPart::Section(section).hash()>{t(section.title())}</a>
                }.into_any(),
                None => view! { {t(Msg::PlanAllStarted)} }.into_any(),
            }}
        </p>
        <h2>{t(Msg::PlanPartsTitle)}</h2>
        <ul class="areas plan-parts">
            {PlanPart::ALL.map(|part| view! {
                <li>
                    <a class="area" href=part.hash()>
                        <strong>{t(part.title())}</strong>
                        <span>{t(part.hint())}</span>
                        {match part {
                            PlanPart::Section(section) => Some(view! { <Status section=section /> }),
                            _ => None,
                        }}
                    </a>
                </li>
            }).collect_view()}
        </ul>
        <OtherNotes />
    }
}

fn notes(doc: &mut Document) -> Option<&mut Vec<PlanEntry>> {
    Some(&mut doc.plan.notes)
}

/// Written parts no screen shows (from an older version, or another file): shown here,
/// to change or delete like any other, so no words are ever out of sight.
#[component]
fn OtherNotes() -> impl IntoView {
    let session = session();
    let ids = move || {
        session.doc.with(|doc| {
            doc.plan
                .other_notes()
                .map(|note| note.id.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || !ids().is_empty()>
            <h2 id="other-notes" tabindex="-1">{t(Msg::OtherNotesTitle)}</h2>
            <p class="hint">{t(Msg::OtherNotesHint)}</p>
            <Editable>
                <ul class="plain-list other-notes">
                    <For each=ids key=|id| id.clone() let:id>
                        <OtherNote id=id />
                    </For>
                </ul>
            </Editable>
        </Show>
    }
}

#[component]
fn OtherNote(id: String) -> impl IntoView {
    let session = session();
    let undo = undo();
    let id = StoredValue::new(id);
    let field_id = format!("other-{}", id.get_value());
    let text = move || {
        session.doc.with(|doc| {
            id.with_value(|id| {
                doc.plan
                    .notes
                    .iter()
                    .find(|n| &n.id == id)
                    .map(|n| n.text.clone())
            })
        })
    };
    let label = move || {
        let at = session
            .doc
            .with(|doc| id.with_value(|id| doc.plan.other_notes().position(|n| &n.id == id)));
        tf(
            Msg::OtherNoteLabel,
            "n",
            &at.map_or(0, |at| at + 1).to_string(),
        )
    };
    let delete = move |_| {
        id.with_value(|id| {
            let back = by_data("note", id, "textarea");
            undo.remove(Msg::NoteRemoved, id, notes, back);
        });
    };
    view! {
        <li class="field" data-note=id.get_value()>
            <label for=field_id.clone()>{label}</label>
            <textarea id=field_id rows="3" maxlength=max_text() prop:value=text
                on:input=move |event| {
                    let Some(value) = web::typed_text(&event) else { return };
                    let now = web::now_ms();
                    id.with_value(|id| session.edit(|doc| {
                        if let Some(note) = doc.plan.notes.iter_mut().find(|n| &n.id == id) {
                            note.text = value;
                            note.updated = now;
                        }
                    }));
                }></textarea>
            <button type="button" class="quiet" on:click=delete>{t(Msg::Delete)}</button>
        </li>
    }
}

/// "Not started yet", "Started. Still to fill in: …", or "Filled in".
#[component]
fn Status(section: Section) -> impl IntoView {
    let session = session();
    let words = move || {
        session
            .doc
            .with(|doc| match completeness(&doc.plan, section) {
                Completeness::NotStarted => t(Msg::StatusNotStarted).to_owned(),
                Completeness::Filled => t(Msg::StatusFilled).to_owned(),
                Completeness::Started(missing) => tf(
                    Msg::StatusStarted,
                    "parts",
                    &missing.into_iter().map(t).collect::<Vec<_>>().join(", "),
                ),
            })
    };
    let state = move || {
        session
            .doc
            .with(|doc| match completeness(&doc.plan, section) {
                Completeness::NotStarted => "not_started",
                Completeness::Started(_) => "started",
                Completeness::Filled => "filled",
            })
    };
    view! { <em class="status" data-status=state>{words}</em> }
}

/// Whether a review is due, in words.
#[component]
pub fn ReviewStatus() -> impl IntoView {
    let session = session();
    let today = web::today();
    let due = Memo::new(move |_| session.doc.with(|doc| review_due(&doc.plan, &today)));
    view! {
        <p class="review-due" data-due=move || due.with(|due| matches!(due, ReviewDue::Due(_))).then_some("due")>
            {move || match due.get() {
                ReviewDue::NeverReviewed => t(Msg::DueNever).to_owned(),
                ReviewDue::NoDateSet => t(Msg::DueNoDate).to_owned(),
                ReviewDue::Upcoming(day) => tf(Msg::DueUpcoming, "date", &long_day(&day, lang())),
                ReviewDue::Due(day) => tf(Msg::DueNow, "date", &long_day(&day, lang())),
            }}
            " " <a href=PlanPart::Reviews.hash()>{t(Msg::SectionReviews)}</a>
        </p>
    }
}

/// One part of the plan on its own screen, with a way back to the overview. Every part
/// but reviews and the copy (which hold things to read) is switched off when read-only.
#[component]
pub fn PlanPart(part: PlanPart) -> impl IntoView {
    let body = match part {
        PlanPart::Section(Section::Goals) => goals::Goals().into_any(),
        PlanPart::Section(Section::People) => people::People().into_any(),
        PlanPart::Section(Section::Crisis) => crisis::Crisis().into_any(),
        PlanPart::Section(section) => section
            .fields()
            .iter()
            .map(|field| view! { <NoteField field=*field /> })
            .collect_view()
            .into_any(),
        PlanPart::Sharing => sharing::Sharing().into_any(),
        PlanPart::Reviews => reviews::Reviews().into_any(),
        PlanPart::Copy => copy::CopyScreen().into_any(),
    };
    let body = match part {
        PlanPart::Reviews | PlanPart::Copy => body,
        _ => view! { <Editable>{body}</Editable> }.into_any(),
    };
    view! {
        <p class="back no-print"><a href="#/plan">{t(Msg::PlanBack)}</a></p>
        <h1 tabindex="-1" class="no-print">{t(part.title())}</h1>
        <p class="no-print">{t(part.hint())}</p>
        {read_part(part)}
        {body}
    }
}

/// "Read this to me" for a part of the plan that holds the person's own words.
fn read_part(part: PlanPart) -> Option<impl IntoView> {
    let PlanPart::Section(section) = part else {
        return None;
    };
    let session = session();
    let words = Signal::derive(move || {
        session
            .doc
            .with(|doc| speech::plan_part(&doc.plan, section, lang()))
    });
    Some(view! { <div class="actions no-print"><ReadAloud words=words /></div> })
}

/// The ids in one of the plan's lists, in order, for drawing it item by item.
fn ids_in<T: Keyed>(list: fn(&Plan) -> &Vec<T>) -> Vec<String> {
    session().doc.with(|doc| {
        list(&doc.plan)
            .iter()
            .map(|item| item.key().to_owned())
            .collect()
    })
}

/// Adds a new, empty item to one of the plan's lists (unless it holds `most` already) and
/// puts the cursor in it.
fn add_new<T: 'static>(
    list: fn(&mut Plan) -> &mut Vec<T>,
    make: fn(String, i64) -> T,
    focus: fn(&str) -> String,
    most: usize,
) {
    let session = session();
    let count = session
        .doc
        .try_update_untracked(|doc| list(&mut doc.plan).len())
        .unwrap_or(0);
    if full_list(count, most) {
        return;
    }
    let id = web::new_id();
    let selector = focus(&id);
    let item = make(id, web::now_ms());
    session.edit(|doc| list(&mut doc.plan).push(item));
    session.say(t(Msg::ItemAdded));
    web::focus_later(selector);
}

/// One written part of the plan, saved as it is typed.
#[component]
pub fn NoteField(field: Field) -> impl IntoView {
    let session = session();
    let value = Signal::derive(move || session.doc.with(|doc| doc.plan.note(field).to_owned()));
    let put = Callback::new(move |text: String| {
        let now = web::now_ms();
        session.edit(|doc| doc.plan.set_note(field, text, now));
    });
    view! {
        <TextField id=format!("note-{}", field.key()) label=field.label() hint=field.hint()
            value=value put=put lines=4 />
    }
}
