//! Add a moment, or change one: when, with whom, what about, where it was on the ladder
//! (or beyond it), where I wanted it, and a note. What is typed is kept as a draft.
use leptos::{ev, prelude::*};

use super::{rung_meaning, Screen};
use crate::core::checks::most;
use crate::core::document::{Beyond, Moment, Rung, Topic};
use crate::core::ladder::{band_name, place_name, topic_name};
use crate::core::ladder::{rung_name, services, Missing, MomentDraft, Place, BANDS};
use crate::core::messages::Msg;
use crate::ui::widgets::{by_data, full_list, max_text, Editable, TextField};
use crate::ui::{session, t};
use crate::web;

/// Drafts of the form are kept under `moment.<part>`.
const DRAFT: &str = "moment.";

fn first_missing(missing: Missing) -> Option<&'static str> {
    [
        (missing.date, "#moment-date"),
        (missing.service, "#moment-service"),
        (missing.place, "#moment-place input"),
    ]
    .into_iter()
    .find_map(|(gap, field)| gap.then_some(field))
}

/// Add a moment, or change the one being edited.
#[component]
pub fn MomentForm(screen: Screen) -> impl IntoView {
    let session = session();
    let kept = move || {
        let draft = MomentDraft::from_words(|part| session.draft(&format!("{DRAFT}{part}")));
        MomentDraft {
            date: if draft.date.is_empty() {
                web::today()
            } else {
                draft.date
            },
            ..draft
        }
    };
    let draft = RwSignal::new(kept());
    let missing = RwSignal::new(Missing::default());
    let done = RwSignal::new(None::<Msg>);
    let names = Memo::new(move |_| session.doc.with(|doc| services(&doc.moments)));

    // Opening a moment to change fills the form with it; closing it brings back the draft.
    Effect::new(move |first: Option<()>| {
        let editing = screen.editing.get();
        if first.is_none() && editing.is_none() {
            return;
        }
        let loaded = editing.and_then(|id| {
            session.doc.with_untracked(|doc| {
                doc.moments
                    .iter()
                    .find(|m| m.id == id)
                    .map(MomentDraft::from_moment)
            })
        });
        draft.set(loaded.unwrap_or_else(kept));
        missing.set(Missing::default());
    });

    let set = move |change: Box<dyn FnOnce(&mut MomentDraft)>| {
        draft.update(|d| change(d));
        done.set(None);
        // Only a new moment is kept as a draft; a change is saved with "Save changes".
        if screen.editing.get_untracked().is_none() {
            for (part, words) in draft.get_untracked().words() {
                session.set_draft(&format!("{DRAFT}{part}"), words);
            }
        }
    };
    let save = move |event: ev::SubmitEvent| {
        event.prevent_default();
        let filled = draft.get_untracked();
        let gaps = filled.missing();
        if let Some(field) = first_missing(gaps) {
            missing.set(gaps);
            web::focus_later(field.into());
            return;
        }
        let now = web::now_ms();
        let id = match screen.editing.get_untracked() {
            Some(id) => {
                session.edit(|doc| match doc.moments.iter_mut().find(|m| m.id == id) {
                    Some(moment) => filled.fill(moment, now),
                    // Deleted in another tab meanwhile: keep these words as a moment again.
                    None => {
                        let mut moment = Moment {
                            id: id.clone(),
                            ..Moment::default()
                        };
                        filled.fill(&mut moment, now);
                        doc.moments.push(moment);
                    }
                });
                done.set(Some(Msg::MomentChanged));
                id
            }
            None => {
                let count = session.doc.with_untracked(|doc| doc.moments.len());
                if full_list(count, most::MOMENTS) {
                    return;
                }
                let mut moment = Moment {
                    id: web::new_id(),
                    ..Moment::default()
                };
                filled.fill(&mut moment, now);
                let id = moment.id.clone();
                session.edit(|doc| doc.moments.push(moment));
                session.clear_drafts(DRAFT);
                done.set(Some(Msg::MomentAdded));
                id
            }
        };
        screen.editing.set(None);
        draft.set(MomentDraft {
            date: web::today(),
            ..MomentDraft::default()
        });
        // The moment in the list, where it can be seen, changed or deleted.
        web::focus_first(vec![by_data("id", &id, "h3"), "#moment-form-title".into()]);
    };
    let cancel = move |_| {
        if let Some(id) = screen.editing.get_untracked() {
            web::focus_later(by_data("id", &id, "h3"));
        }
        screen.editing.set(None);
    };
    let error = move |id: &'static str, msg: Msg, show: fn(Missing) -> bool| {
        view! { <p id=id class="error">{move || show(missing.get()).then(|| t(msg))}</p> }
    };

    view! {
        <form class="moment-form" on:submit=save novalidate>
            <Editable>
            <div class="field">
                <label for="moment-date">{t(Msg::MomentDate)}</label>
                <input id="moment-date" type="date" max=web::today()
                    aria-describedby="moment-date-error"
                    aria-invalid=move || missing.get().date.then_some("true")
                    prop:value=move || draft.with(|d| d.date.clone())
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        set(Box::new(move |d| d.date = value));
                        missing.update(|m| m.date = false);
                    } />
                {error("moment-date-error", Msg::MomentNeedsDate, |m| m.date)}
            </div>
            <div class="field">
                <label for="moment-service">{t(Msg::MomentService)}</label>
                <p class="hint" id="moment-service-hint">{t(Msg::MomentServiceHint)}</p>
                <input id="moment-service" type="text" list="service-names" autocomplete="off" maxlength=max_text()
                    aria-describedby="moment-service-hint moment-service-error"
                    aria-invalid=move || missing.get().service.then_some("true")
                    prop:value=move || draft.with(|d| d.service.clone())
                    on:input=move |event| {
                        let Some(value) = web::typed_text(&event) else { return };
                        set(Box::new(move |d| d.service = value));
                        missing.update(|m| m.service = false);
                    } />
                <datalist id="service-names">
                    {move || names.get().into_iter().map(|name| view! { <option value=name /> }).collect_view()}
                </datalist>
                {error("moment-service-error", Msg::MomentNeedsService, |m| m.service)}
            </div>
            <div class="field">
                <label for="moment-about">{t(Msg::MomentAbout)}</label>
                <select id="moment-about" on:change=move |event| {
                    let about = Topic::from_key(&event_target_value(&event));
                    set(Box::new(move |d| d.about = about));
                }>
                    <option value="" prop:selected=move || draft.with(|d| d.about.is_none())>{t(Msg::TopicNotSaid)}</option>
                    {Topic::ALL.map(|topic| view! {
                        <option value=topic.key() prop:selected=move || draft.with(|d| d.about == Some(topic))>
                            {t(topic_name(topic))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <fieldset id="moment-place" class="steps" aria-describedby="moment-place-error">
                <legend>{t(Msg::MomentWhereQuestion)}</legend>
                <p class="hint">{t(Msg::MomentWhereHint)}</p>
                {BANDS.map(|(band, rungs)| view! {
                    <p class="band-label">{t(band_name(band))}</p>
                    {rungs.iter().map(|rung| {
                        let place = Place::Rung(*rung);
                        view! { <PlaceChoice place=place meaning=rung_meaning(*rung) draft=draft missing=missing set=set /> }
                    }).collect_view()}
                }).collect_view()}
                <p class="band-label">{t(Msg::BeyondTitle)}</p>
                <PlaceChoice place=Place::Beyond(Beyond::UserLed) meaning=Msg::BeyondUserLedText draft=draft missing=missing set=set />
                <PlaceChoice place=Place::Beyond(Beyond::Community) meaning=Msg::BeyondCommunityText draft=draft missing=missing set=set />
                {error("moment-place-error", Msg::MomentNeedsPlace, |m| m.place)}
            </fieldset>
            <fieldset class="steps wanted-steps">
                <legend>{t(Msg::MomentWantedQuestion)}</legend>
                <div class="choices">
                    {Rung::ALL.into_iter().rev().map(|rung| view! {
                        <label class="choice">
                            <input type="radio" name="moment-wanted" value=rung.key()
                                prop:checked=move || draft.with(|d| d.wanted == Some(rung))
                                on:change=move |_| set(Box::new(move |d| d.wanted = Some(rung))) />
                            {t(rung_name(rung))}
                        </label>
                    }).collect_view()}
                    <label class="choice">
                        <input type="radio" name="moment-wanted" value=""
                            prop:checked=move || draft.with(|d| d.wanted.is_none())
                            on:change=move |_| set(Box::new(|d| d.wanted = None)) />
                        {t(Msg::NotSure)}
                    </label>
                </div>
            </fieldset>
            <TextField id="moment-note".to_owned() label=Msg::MomentNote lines=3
                value=Signal::derive(move || draft.with(|d| d.note.clone()))
                put=Callback::new(move |value| set(Box::new(move |d| d.note = value))) />
            <div class="actions">
                <button type="submit" class="primary">
                    {move || t(if screen.editing.get().is_some() { Msg::MomentSaveChange } else { Msg::MomentAdd })}
                </button>
                <Show when=move || screen.editing.get().is_some()>
                    <button type="button" class="quiet" on:click=cancel>{t(Msg::Cancel)}</button>
                </Show>
            </div>
            </Editable>
            <p role="status" class="saved-note">{move || done.get().map(t)}</p>
        </form>
    }
}

/// One answer to "where was it?": a step or a kind of "beyond", with what it means.
#[component]
fn PlaceChoice(
    place: Place,
    meaning: Msg,
    draft: RwSignal<MomentDraft>,
    missing: RwSignal<Missing>,
    set: impl Fn(Box<dyn FnOnce(&mut MomentDraft)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label class="step-choice">
            <input type="radio" name="moment-place" value=place.key()
                prop:checked=move || draft.with(|d| d.place == Some(place))
                on:change=move |_| {
                    set(Box::new(move |d| d.place = Some(place)));
                    missing.update(|m| m.place = false);
                } />
            <span><strong>{t(place_name(place))}</strong><span class="meaning">{t(meaning)}</span></span>
        </label>
    }
}
