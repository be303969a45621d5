//! Reviews: when the plan was looked at, with whom, what changed and when to look again.
//! Each review keeps a read-only copy of the plan as it was, to look back at and compare.
use leptos::{ev, prelude::*};

use super::{PlanCopy, ReviewStatus};
use crate::core::calendar;
use crate::core::checks::most;
use crate::core::copy::lay_out_plan;
use crate::core::dates::long_day;
use crate::core::document::Document;
use crate::core::messages::Msg;
use crate::core::order::sort_by_rank;
use crate::core::plan::{compare, review_due, Plan, Review, ReviewDue};
use crate::ui::widgets::{by_data, full_list, Editable, TextField};
use crate::ui::{lang, session, t, undo};
use crate::web;

#[component]
pub fn Reviews() -> impl IntoView {
    let session = session();
    let reviews = move || {
        session.doc.with(|doc| {
            let mut reviews = doc.plan.reviews.clone();
            sort_by_rank(&mut reviews, true, |r| (r.date.clone(), 0));
            reviews
        })
    };
    view! {
        <ReviewStatus />
        <Remind />
        <ReviewForm />
        <Show when=move || !reviews().is_empty()>
            <h2>{t(Msg::ReviewsEarlier)}</h2>
            <ul class="reviews">
                <For each=reviews key=|r| r.id.clone() let:review>
                    <ReviewCard review=review />
                </For>
            </ul>
            <Compare />
        </Show>
    }
}

/// Drafts of the review form, so that what is typed survives the page closing.
const DRAFT: &str = "review.";

fn reviews(doc: &mut Document) -> Option<&mut Vec<Review>> {
    Some(&mut doc.plan.reviews)
}

#[component]
fn ReviewForm() -> impl IntoView {
    let session = session();
    let draft = move |field: &'static str| move || session.draft(&format!("{DRAFT}{field}"));
    let keep = move |field: &'static str, value: String| {
        session.set_draft(&format!("{DRAFT}{field}"), value);
    };
    // The date starts as today, unless the person chose another.
    let date = move || {
        let chosen = draft("date")();
        if chosen.is_empty() {
            web::today()
        } else {
            chosen
        }
    };
    let needs_date = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let save = move |event: ev::SubmitEvent| {
        event.prevent_default();
        if date().trim().is_empty() {
            needs_date.set(true);
            web::focus_later("#review-date".into());
            return;
        }
        let count = session.doc.with_untracked(|doc| doc.plan.reviews.len());
        if full_list(count, most::REVIEWS) {
            return;
        }
        let review = Review {
            id: web::new_id(),
            date: date(),
            with_whom: draft("with")().trim().to_owned(),
            changed: draft("changed")().trim().to_owned(),
            next: draft("next")(),
            plan: Box::default(),
        };
        session.edit(|doc| {
            doc.plan.reviews.push(Review {
                plan: Box::new(doc.plan.snapshot()),
                ..review
            })
        });
        session.clear_drafts(DRAFT);
        saved.set(true);
    };
    let text = move |field: &'static str, id: &'static str, label: Msg| {
        view! {
            <TextField id=id.to_owned() label=label lines=2 value=Signal::derive(draft(field))
                put=Callback::new(move |value| { keep(field, value); saved.set(false); }) />
        }
    };
    view! {
        <form class="card" on:submit=save novalidate>
            <h2>{t(Msg::ReviewAdd)}</h2>
            <Editable>
                <div class="field">
                    <label for="review-date">{t(Msg::ReviewDate)}</label>
                    <input id="review-date" type="date" max=web::today() prop:value=date
                        aria-describedby="review-date-error"
                        aria-invalid=move || needs_date.get().then_some("true")
                        on:change=move |event| {
                            keep("date", event_target_value(&event));
                            needs_date.set(false);
                        } />
                    <p id="review-date-error" class="error">{move || needs_date.get().then(|| t(Msg::ReviewNeedsDate))}</p>
                </div>
                {text("with", "review-with", Msg::ReviewWith)}
                {text("changed", "review-changed", Msg::ReviewChanged)}
                <div class="field">
                    <label for="review-next">{t(Msg::ReviewNext)}</label>
                    <input id="review-next" type="date" prop:value=draft("next")
                        on:change=move |event| keep("next", event_target_value(&event)) />
                </div>
                <button type="submit" class="primary">{t(Msg::ReviewAdd)}</button>
            </Editable>
            <p role="status" class="saved-note">{move || saved.get().then(|| t(Msg::ReviewSaved))}</p>
        </form>
    }
}

#[component]
fn ReviewCard(review: Review) -> impl IntoView {
    let undo = undo();
    let open = RwSignal::new(false);
    let Review {
        id,
        date,
        with_whom,
        changed,
        next,
        plan,
    } = review;
    let line = |label: Msg, text: String| {
        (!text.trim().is_empty()).then(|| view! { <dt>{t(label)}</dt><dd>{text}</dd> })
    };
    let next = if next.is_empty() {
        next
    } else {
        long_day(&next, lang())
    };
    let key = StoredValue::new(id.clone());
    let delete = move |_| {
        key.with_value(|id| {
            let back = by_data("review", id, "h3");
            undo.remove(Msg::ReviewRemoved, id, reviews, back);
        });
    };
    view! {
        <li class="review card" data-review=id>
            <h3 tabindex="-1">{long_day(&date, lang())}</h3>
            <dl class="moment-facts">
                {line(Msg::ReviewWith, with_whom)}
                {line(Msg::ReviewChanged, changed)}
                {line(Msg::ReviewNext, next)}
            </dl>
            <div class="actions">
                <button type="button" aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {move || t(if open.get() { Msg::ReviewHide } else { Msg::ReviewSee })}
                </button>
                <Editable>
                    <button type="button" class="quiet" on:click=delete>{t(Msg::ReviewDelete)}</button>
                </Editable>
            </div>
            <Show when=move || open.get()>
                <PlanCopy parts=lay_out_plan(&plan, lang()) title=t(Msg::PrintTitle).to_owned() />
            </Show>
        </li>
    }
}

/// Any two versions side by side, part by part: a review's copy, or the plan now.
#[component]
fn Compare() -> impl IntoView {
    let session = session();
    // "" stands for the plan as it is now.
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let versions = move || {
        session.doc.with(|doc| {
            let mut reviews: Vec<(String, String)> = doc
                .plan
                .reviews
                .iter()
                .map(|r| (r.id.clone(), r.date.clone()))
                .collect();
            sort_by_rank(&mut reviews, true, |r| (r.1.clone(), 0));
            reviews
        })
    };
    // Start by comparing the newest review with now.
    if let Some((newest, _)) = versions().first() {
        from.set(newest.clone());
    }
    let version = move |id: &str, plan: &Plan| -> Plan {
        if id.is_empty() {
            plan.snapshot()
        } else {
            plan.reviews
                .iter()
                .find(|r| r.id == id)
                .map(|r| (*r.plan).clone())
                .unwrap_or_default()
        }
    };
    let differences = move || {
        session.doc.with(|doc| {
            let before = version(&from.get(), &doc.plan);
            let after = version(&to.get(), &doc.plan);
            compare(&before, &after, lang())
        })
    };
    let picker = move |id: &'static str, label: Msg, chosen: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{t(label)}</label>
                <select id=id on:change=move |event| chosen.set(event_target_value(&event))>
                    <option value="" prop:selected=move || chosen.with(String::is_empty)>{t(Msg::ReviewNow)}</option>
                    {move || versions().into_iter().map(|(id, date)| {
                        let value = id.clone();
                        view! {
                            <option value=value prop:selected=move || chosen.with(|c| *c == id)>{long_day(&date, lang())}</option>
                        }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section class="card compare" aria-labelledby="compare-title">
            <h2 id="compare-title">{t(Msg::ReviewCompare)}</h2>
            <div class="filters">
                {picker("compare-from", Msg::ReviewCompareFrom, from)}
                {picker("compare-to", Msg::ReviewCompareTo, to)}
            </div>
            {move || {
                let differences = differences();
                if differences.is_empty() {
                    view! { <p class="empty">{t(Msg::ReviewNoChanges)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="differences">
                            {differences.into_iter().map(|d| {
                                let empty = || t(Msg::ReviewEmptyText).to_owned();
                                let before = if d.before.is_empty() { empty() } else { d.before };
                                let after = if d.after.is_empty() { empty() } else { d.after };
                                let place = if d.label.is_empty() { d.place } else { format!("{} · {}", d.place, d.label) };
                                view! {
                                    <li class="difference">
                                        <h3>{place}</h3>
                                        <dl class="moment-facts">
                                            <dt>{t(Msg::ReviewBefore)}</dt><dd class="before">{before}</dd>
                                            <dt>{t(Msg::ReviewAfter)}</dt><dd class="after">{after}</dd>
                                        </dl>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// "Add to my calendar": the next review as a calendar event (`core::calendar`) with a
/// reminder the day before. Only the name the person gives it goes in, nothing of the plan.
#[component]
fn Remind() -> impl IntoView {
    let session = session();
    let next = Memo::new(move |_| {
        session
            .doc
            .with(|doc| match review_due(&doc.plan, &web::today()) {
                ReviewDue::Upcoming(day) | ReviewDue::Due(day) => Some(day),
                _ => None,
            })
    });
    let name = RwSignal::new(t(Msg::CalendarDefault).to_owned());
    let add = move |_| {
        let Some(day) = next.get_untracked() else {
            return;
        };
        let event = calendar::review_event(
            &name.get_untracked(),
            &day,
            &format!("review-{day}"),
            &web::now_iso(),
        );
        session.offer(&format!("review-{day}.ics"), "text/calendar", event);
    };
    view! {
        <section class="card no-print" aria-labelledby="calendar-title" hidden=move || next.with(Option::is_none)>
                <h2 id="calendar-title">{t(Msg::CalendarTitle)}</h2>
                <p class="hint">{t(Msg::CalendarHint)}</p>
                <TextField id="calendar-name".into() label=Msg::CalendarName value=name
                    put=Callback::new(move |text| name.set(text)) />
            <button type="button" on:click=add>{t(Msg::CalendarAdd)}</button>
        </section>
    }
}
