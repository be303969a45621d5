//! My crisis plan: written parts, my nominated person, and treatments and places I prefer,
//! would accept, or don't want, with reasons.
use leptos::prelude::*;

use super::{add_new, ids_in, NoteField};
use crate::core::checks::most;
use crate::core::document::Document;
use crate::core::messages::Msg;
use crate::core::plan::{Choice, Field, Treatment};
use crate::ui::widgets::{by_data, TextField};
use crate::ui::{session, t, tf, undo};
use crate::web;

fn treatments(doc: &mut Document) -> Option<&mut Vec<Treatment>> {
    Some(&mut doc.plan.treatments)
}

fn what_of(id: &str) -> String {
    by_data("treatment", id, r#"input[type="text"]"#)
}

#[component]
pub fn Crisis() -> impl IntoView {
    let ids = || ids_in(|plan| &plan.treatments);
    let add = |_| {
        add_new(
            |plan| &mut plan.treatments,
            |id, updated| Treatment {
                id,
                updated,
                ..Treatment::default()
            },
            what_of,
            most::TREATMENTS,
        )
    };
    view! {
        <NoteField field=Field::CrisisSigns />
        <NoteField field=Field::CrisisInvolve />
        <NoteField field=Field::CrisisNotInvolve />
        <section class="card nominated" aria-labelledby="nominated-title">
            <h2 id="nominated-title">{t(Msg::FieldNominatedName)}</h2>
            <p class="hint">{t(Msg::NominatedHint)}</p>
            <NoteField field=Field::NominatedName />
            <NoteField field=Field::NominatedContact />
        </section>
        <section aria-labelledby="treatments-title">
            <h2 id="treatments-title">{t(Msg::TreatmentsTitle)}</h2>
            <p class="hint">{t(Msg::TreatmentsHint)}</p>
            <ul class="treatments">
                <For each=ids key=|id| id.clone() let:id>
                    <TreatmentRow id=id />
                </For>
            </ul>
            <button type="button" on:click=add>{t(Msg::TreatmentAdd)}</button>
        </section>
        <NoteField field=Field::Practical />
        <NoteField field=Field::CrisisWant />
        <NoteField field=Field::CrisisDontWant />
        <NoteField field=Field::AfterCrisis />
    }
}

#[component]
fn TreatmentRow(id: String) -> impl IntoView {
    let session = session();
    let undo = undo();
    let id = StoredValue::new(id);
    let treatment = Memo::new(move |_| {
        session.doc.with(|doc| {
            id.with_value(|id| doc.plan.treatments.iter().find(|t| &t.id == id).cloned())
        })
    });
    let edit = move |change: Box<dyn FnOnce(&mut Treatment)>| {
        let now = web::now_ms();
        id.with_value(|id| {
            session.edit(|doc| {
                if let Some(t) = doc.plan.treatments.iter_mut().find(|t| &t.id == id) {
                    change(t);
                    t.updated = now;
                }
            });
        });
    };
    let what = move || treatment.with(|t| t.as_ref().map(|t| t.what.clone()).unwrap_or_default());
    let key = id.get_value();
    let (what_id, why_id, group) = (
        format!("what-{key}"),
        format!("why-{key}"),
        format!("choice-{key}"),
    );
    view! {
        <li class="treatment card" data-treatment=key
            data-choice=move || treatment.with(|t| t.as_ref().map(|t| t.choice.key()))>
            <TextField id=what_id label=Msg::TreatmentWhat value=Signal::derive(what)
                put=Callback::new(move |value| edit(Box::new(move |t| t.what = value))) />
            <fieldset class="rate">
                <legend>{t(Msg::TreatmentChoice)}</legend>
                <div class="choices">
                    {Choice::ALL.map(|choice| {
                        let group = group.clone();
                        view! {
                            <label class="choice">
                                <input type="radio" name=group value=choice.key()
                                    prop:checked=move || treatment.with(|t| t.as_ref().is_some_and(|t| t.choice == choice))
                                    on:change=move |_| edit(Box::new(move |t| t.choice = choice)) />
                                {t(choice.name())}
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <TextField id=why_id label=Msg::TreatmentWhy
                value=Signal::derive(move || treatment.with(|t| t.as_ref().map(|t| t.why.clone()).unwrap_or_default()))
                put=Callback::new(move |value| edit(Box::new(move |t| t.why = value))) />
            <button type="button" class="quiet" aria-label=move || tf(Msg::TreatmentRemove, "what", &what())
                on:click=move |_| id.with_value(|id| undo.remove(Msg::TreatmentRemoved, id, treatments, what_of(id)))>
                {t(Msg::Remove)}
            </button>
        </li>
    }
}
