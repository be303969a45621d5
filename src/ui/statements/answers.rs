//! "How true is this for me now?": a statement's answers over time (a small picture with
//! words), the form to answer, and what has changed since a chosen day.
use leptos::prelude::*;

use super::super::widgets::max_text;
use super::super::{lang, session, t, tfa};
use crate::core::checks::most;
use crate::core::dates::{days_before, long_day};
use crate::core::document::{Rating, Statement, Truth};
use crate::core::messages::Msg;
use crate::core::statements::{self, day_answers, history_steps, latest, rate, what_changed};
use crate::web;

/// How many statements each "what has changed" list names before saying "and more".
const CHANGES_SHOWN: usize = 10;

fn truth_name(truth: Truth) -> &'static str {
    t(statements::truth_name(truth))
}

fn truth_key(truth: Truth) -> &'static str {
    match truth {
        Truth::NotYet => "not_yet",
        Truth::Sometimes => "sometimes",
        Truth::Mostly => "mostly",
        Truth::Yes => "yes",
    }
}

/// "Mostly on 2 November 2026", and the same with other messages that name an answer.
fn answer_words(msg: Msg, rating: &Rating) -> String {
    tfa(
        msg,
        &[
            ("truth", truth_name(rating.truth)),
            ("day", &long_day(&rating.day, lang())),
        ],
    )
}

/// The latest answer at a glance, and the history as a small picture with a text version.
/// The picture has one point a day (that day's last answer); the list keeps every answer.
#[component]
pub fn Answers(statement: Memo<Option<Statement>>) -> impl IntoView {
    let ratings =
        move || statement.with(|s| s.as_ref().map(|s| s.ratings.clone()).unwrap_or_default());
    let latest_text = move || {
        statement.with(|s| match s.as_ref().and_then(latest) {
            Some(rating) => answer_words(Msg::LatestAnswer, rating),
            None => t(Msg::NotAnswered).to_owned(),
        })
    };
    let days = move || day_answers(&ratings()).len();
    let described = move || {
        let ratings = ratings();
        let words: Vec<String> = day_answers(&ratings)
            .into_iter()
            .map(|r| answer_words(Msg::HistoryItem, r))
            .collect();
        tfa(Msg::HistoryPicture, &[("list", &words.join(", "))])
    };
    view! {
        <p class="latest" data-truth=move || statement.with(|s| s.as_ref().and_then(latest).map(|r| truth_key(r.truth)))>
            {latest_text}
        </p>
        <Show when=move || { days() > 1 }>
            <svg class="history" viewBox="-3 -3 126 30" width="126" height="30" role="img"
                aria-label=described>
                <polyline points=move || history_steps(&ratings(), 120, 24) />
            </svg>
        </Show>
        <Show when=move || !ratings().is_empty()>
            <details class="history-list">
                <summary>{t(Msg::HistoryTitle)}</summary>
                <ul>
                    {move || ratings().into_iter().rev().map(|r| view! {
                        <li>
                            {answer_words(Msg::HistoryItem, &r)}
                            {(!r.note.is_empty()).then(|| view! { <span class="note">{format!(" – {}", r.note)}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            </details>
        </Show>
    }
}

/// "How true is this for me now?": four answers in words and an optional note, which is
/// kept as a draft until it is saved.
#[component]
pub fn RateForm(
    id: StoredValue<String>,
    edit: impl Fn(Box<dyn FnOnce(&mut Statement)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let session = session();
    let choice = RwSignal::new(None::<Truth>);
    let draft = format!("answer.{}", id.get_value());
    let note_key = StoredValue::new(draft);
    let needs_choice = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let name = format!("truth-{}", id.get_value());
    let error_id = format!("truth-error-{}", id.get_value());
    let described_by = error_id.clone();
    let save = move |_| {
        let Some(truth) = choice.get_untracked() else {
            needs_choice.set(true);
            return;
        };
        let answers = session.doc.with_untracked(|doc| {
            id.with_value(|id| {
                doc.statements
                    .iter()
                    .find(|s| &s.id == id)
                    .map_or(0, |s| s.ratings.len())
            })
        });
        if super::super::widgets::full_list(answers, most::ANSWERS) {
            return;
        }
        let rating = Rating {
            day: web::today(),
            truth,
            note: note_key
                .with_value(|key| session.draft(key))
                .trim()
                .to_owned(),
        };
        edit(Box::new(move |s| rate(s, rating)));
        note_key.with_value(|key| session.clear_drafts(key));
        choice.set(None);
        saved.set(true);
    };
    view! {
        <details class="rate-box">
        <summary>{t(Msg::HowTrue)}</summary>
        <fieldset class="rate" aria-describedby=described_by>
            <legend>{t(Msg::HowTrue)}</legend>
            <div class="choices">
                {Truth::ALL.map(|truth| {
                    let name = name.clone();
                    view! {
                        <label class="choice">
                            <input type="radio" name=name value=truth_key(truth)
                                prop:checked=move || choice.get() == Some(truth)
                                on:change=move |_| {
                                    choice.set(Some(truth));
                                    needs_choice.set(false);
                                    saved.set(false);
                                } />
                            {truth_name(truth)}
                        </label>
                    }
                }).collect_view()}
            </div>
            <p id=error_id class="error">{move || needs_choice.get().then(|| t(Msg::RatingNeedsChoice))}</p>
            <label class="note-label">
                {t(Msg::RatingNote)}
                <input type="text" maxlength=max_text()
                    prop:value=move || note_key.with_value(|key| session.draft(key))
                    on:input=move |event| if let Some(text) = web::typed_text(&event) { note_key.with_value(|key| session.set_draft(key, text)) } />
            </label>
            <button type="button" on:click=save>{t(Msg::RatingSave)}</button>
            <span role="status" class="saved-note">{move || saved.get().then(|| t(Msg::RatingSaved))}</span>
        </fieldset>
        </details>
    }
}

/// "What has changed since …?": statements whose answer moved, and those never answered.
#[component]
pub fn Changes() -> impl IntoView {
    let session = session();
    let today = web::today();
    let since = RwSignal::new(days_before(&today, 30).unwrap_or_else(|| today.clone()));
    // Worked out once per change, and only the first few texts kept, so typing stays quick
    // however long the list is.
    let lists = Memo::new(move |_| {
        session.doc.with(|doc| {
            since.with(|day| {
                let changes = what_changed(&doc.statements, day);
                [changes.up, changes.down, changes.never_rated].map(|list| Named::from(&list))
            })
        })
    });
    let nothing_moved = move || lists.with(|[up, down, _]| up.total == 0 && down.total == 0);
    let group = move |title: Msg, key: &'static str, at: usize| {
        let named = move || lists.with(|lists| lists[at].clone());
        view! {
            <Show when=move || lists.with(|lists| lists[at].total > 0)>
                <h3>{t(title)}</h3>
                <ul class="plain-list" data-change=key>
                    {move || {
                        let named = named();
                        let more = named.total - named.texts.len();
                        named
                            .texts
                            .into_iter()
                            .map(|text| view! { <li>{text}</li> })
                            .chain((more > 0).then(|| view! { <li>{format!("+{more}")}</li> }))
                            .collect_view()
                    }}
                </ul>
            </Show>
        }
    };
    view! {
        <section class="card changes" aria-labelledby="changes-title">
            <h2 id="changes-title">{t(Msg::ChangesTitle)}</h2>
            <div class="field">
                <label for="since">{t(Msg::ChangesSince)}</label>
                <input id="since" type="date" max=today prop:value=move || since.get()
                    on:change=move |event| {
                        let day = event_target_value(&event);
                        if !day.is_empty() {
                            since.set(day);
                        }
                    } />
            </div>
            <Show when=nothing_moved>
                <p>{t(Msg::ChangesNone)}</p>
            </Show>
            {group(Msg::ChangesUp, "up", 0)}
            {group(Msg::ChangesDown, "down", 1)}
            {group(Msg::ChangesNever, "never", 2)}
        </section>
    }
}

/// The first few statements of a list, by their words, and how many there are in all.
#[derive(Clone, Debug, PartialEq)]
struct Named {
    texts: Vec<String>,
    total: usize,
}

impl From<&Vec<&Statement>> for Named {
    fn from(list: &Vec<&Statement>) -> Self {
        Named {
            texts: list
                .iter()
                .take(CHANGES_SHOWN)
                .map(|s| s.text.clone())
                .collect(),
            total: list.len(),
        }
    }
}
