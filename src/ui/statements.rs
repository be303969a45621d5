//! My I statements: write my own or start from an example, rewrite, reorder, put away,
//! delete with undo, and record "how true is this for me now?" over time.
use leptos::{ev, html, prelude::*};

use super::prose::{prose, Block};
use super::state::Session;
use super::{lang, session, t, tf};
use crate::core::document::{Rating, Statement, Theme, Truth, STATEMENT_GUIDE_CHARS};
use crate::core::messages::Msg;
use crate::core::statements::{
    days_before, history_steps, latest, long_day, move_by, rate, what_changed, Filter, LIBRARY,
};
use crate::web;

/// How many statements to draw at first; more on request, so long lists stay quick.
const PAGE: usize = 25;
/// How many statements each "what has changed" list names before saying "and more".
const CHANGES_SHOWN: usize = 10;

const THEMES: &[Block] = &[Block::Terms(&[
    (Msg::ThemeWhoIAm, Msg::ThemeWhoIAmHint),
    (Msg::ThemeWhatMatters, Msg::ThemeWhatMattersHint),
    (Msg::ThemeHowSupported, Msg::ThemeHowSupportedHint),
    (Msg::ThemeHowPeopleBehave, Msg::ThemeHowPeopleBehaveHint),
])];

pub fn theme_name(theme: Theme) -> Msg {
    match theme {
        Theme::WhoIAm => Msg::ThemeWhoIAm,
        Theme::WhatMatters => Msg::ThemeWhatMatters,
        Theme::HowSupported => Msg::ThemeHowSupported,
        Theme::HowPeopleBehave => Msg::ThemeHowPeopleBehave,
    }
}

fn theme_hint(theme: Theme) -> Msg {
    match theme {
        Theme::WhoIAm => Msg::ThemeWhoIAmHint,
        Theme::WhatMatters => Msg::ThemeWhatMattersHint,
        Theme::HowSupported => Msg::ThemeHowSupportedHint,
        Theme::HowPeopleBehave => Msg::ThemeHowPeopleBehaveHint,
    }
}

fn truth_name(truth: Truth) -> &'static str {
    t(match truth {
        Truth::NotYet => Msg::TruthNotYet,
        Truth::Sometimes => Msg::TruthSometimes,
        Truth::Mostly => Msg::TruthMostly,
        Truth::Yes => Msg::TruthYes,
    })
}

fn truth_key(truth: Truth) -> &'static str {
    match truth {
        Truth::NotYet => "not_yet",
        Truth::Sometimes => "sometimes",
        Truth::Mostly => "mostly",
        Truth::Yes => "yes",
    }
}

/// The list-wide state the cards share.
#[derive(Clone, Copy)]
struct Screen {
    filter: RwSignal<Filter>,
    /// The last statement deleted and where it was, so it can come back.
    deleted: RwSignal<Option<(usize, Statement)>>,
}

impl Screen {
    /// Deletes a statement, keeping it and its place for undo.
    fn delete(self, session: Session, id: &str) {
        session.edit(|doc| {
            if let Some(at) = doc.statements.iter().position(|s| s.id == id) {
                self.deleted.set(Some((at, doc.statements.remove(at))));
            }
        });
    }
}

/// Changes one statement, found by its id.
fn edit_statement(session: Session, id: &str, change: impl FnOnce(&mut Statement)) {
    session.edit(|doc| {
        if let Some(statement) = doc.statements.iter_mut().find(|s| s.id == id) {
            change(statement);
        }
    });
}

#[component]
pub fn Statements() -> impl IntoView {
    let session = session();
    let screen = Screen {
        filter: RwSignal::new(Filter::default()),
        deleted: RwSignal::new(None),
    };
    let limit = RwSignal::new(PAGE);
    let shown = Memo::new(move |_| {
        session.doc.with(|doc| {
            screen.filter.with(|filter| {
                doc.statements
                    .iter()
                    .filter(|s| !s.archived && filter.shows(s))
                    .map(|s| s.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let put_away = Memo::new(move |_| {
        session.doc.with(|doc| {
            doc.statements
                .iter()
                .filter(|s| s.archived)
                .map(|s| s.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let has_any = move || session.doc.with(|doc| !doc.statements.is_empty());
    let undo = move |_| {
        if let Some((at, statement)) = screen.deleted.get_untracked() {
            session.edit(|doc| {
                let at = at.min(doc.statements.len());
                doc.statements.insert(at, statement);
            });
            screen.deleted.set(None);
        }
    };

    view! {
        <h1 tabindex="-1">{t(Msg::TitleStatements)}</h1>
        <p>{t(Msg::StatementsIntro)}</p>

        <h2 id="mine">{t(Msg::StatementsMine)}</h2>
        <Show when=has_any fallback=|| view! { <p class="empty">{t(Msg::StatementsEmpty)}</p> }>
            <FilterBar screen=screen />
        </Show>
        <div role="status">
            {move || screen.deleted.get().map(|_| view! {
                <p class="undo">
                    {t(Msg::StatementRemoved)} " "
                    <button type="button" on:click=undo>{t(Msg::Undo)}</button>
                </p>
            })}
            <Show when=move || shown.with(Vec::is_empty) && screen.filter.with(|f| *f != Filter::default())>
                <p class="empty">{t(Msg::NoMatches)}</p>
            </Show>
        </div>
        <ol class="statements" aria-labelledby="mine">
            <For
                each=move || shown.with(|ids| ids.iter().take(limit.get()).cloned().collect::<Vec<_>>())
                key=|id| id.clone()
                let:id
            >
                <StatementCard id=id screen=screen shown=shown />
            </For>
        </ol>
        <Show when=move || { shown.with(Vec::len) > limit.get() }>
            <p class="more">
                {move || tf(Msg::ShowingCount, "shown", &limit.get().to_string())
                    .replace("{total}", &shown.with(Vec::len).to_string())} " "
                <button type="button" on:click=move |_| limit.update(|n| *n += PAGE)>{t(Msg::ShowMore)}</button>
            </p>
        </Show>
        <Show when=move || !put_away.with(Vec::is_empty)>
            <details class="put-away">
                <summary>{move || tf(Msg::PutAwayTitle, "n", &put_away.with(Vec::len).to_string())}</summary>
                <p class="hint">{t(Msg::PutAwayHint)}</p>
                <ul class="plain-list">
                    <For each=move || put_away.get() key=|id| id.clone() let:id>
                        <PutAwayRow id=id screen=screen />
                    </For>
                </ul>
            </details>
        </Show>
        <AddStatement />
        <Show when=has_any>
            <Changes />
        </Show>
    }
}

/// The form for a new statement, and the starter library for the chosen theme.
#[component]
fn AddStatement() -> impl IntoView {
    let session = session();
    let theme = RwSignal::new(Theme::WhoIAm);
    let draft = RwSignal::new(String::new());
    let needs_words = RwSignal::new(false);
    let draft_box = NodeRef::<html::Textarea>::new();

    let add = move |event: ev::SubmitEvent| {
        event.prevent_default();
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            needs_words.set(true);
            if let Some(field) = draft_box.get() {
                let _ = field.focus();
            }
            return;
        }
        let statement = new_statement(theme.get_untracked(), text, String::new());
        session.edit(|doc| doc.statements.push(statement));
        draft.set(String::new());
        needs_words.set(false);
    };
    let examples = move || {
        let chosen = theme.get();
        LIBRARY
            .iter()
            .filter(|example| example.theme == chosen)
            .map(|example| {
                let adopted = move || {
                    session
                        .doc
                        .with(|doc| doc.statements.iter().any(|s| s.example == example.key))
                };
                let adopt = move |_| {
                    let statement = new_statement(
                        example.theme,
                        t(example.text).to_owned(),
                        example.key.to_owned(),
                    );
                    session.edit(|doc| doc.statements.push(statement));
                };
                view! {
                    <li class="example">
                        <span>{t(example.text)}</span>
                        <button type="button" disabled=adopted on:click=adopt>
                            {move || t(if adopted() { Msg::ExampleAdded } else { Msg::UseExample })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <form class="card" on:submit=add novalidate>
            <h2>{t(Msg::StatementNew)}</h2>
            <div class="field">
                <label for="new-theme">{t(Msg::StatementTheme)}</label>
                <select id="new-theme" aria-describedby="new-theme-hint"
                    on:change=move |event| {
                        if let Some(chosen) = Theme::from_key(&event_target_value(&event)) {
                            theme.set(chosen);
                        }
                    }>
                    {Theme::ALL
                        .map(|option| view! {
                            <option value=option.key() selected=move || theme.get() == option>
                                {t(theme_name(option))}
                            </option>
                        })
                        .collect_view()}
                </select>
                <p class="hint" id="new-theme-hint">{move || t(theme_hint(theme.get()))}</p>
            </div>
            <details class="examples">
                <summary>{t(Msg::ThemesMeaning)}</summary>
                {prose(THEMES)}
            </details>
            <details class="examples">
                <summary>{t(Msg::ExamplesTitle)}</summary>
                <p class="hint">{t(Msg::ExamplesHint)}</p>
                <h3>{move || tf(Msg::ExampleFor, "theme", t(theme_name(theme.get())))}</h3>
                <ul class="plain-list">{examples}</ul>
            </details>
            <div class="field">
                <label for="new-statement">{t(Msg::StatementWords)}</label>
                <textarea id="new-statement" rows="3" node_ref=draft_box
                    aria-describedby="new-statement-error"
                    aria-invalid=move || needs_words.get().then_some("true")
                    readonly=move || session.is_read_only()
                    prop:value=move || draft.get()
                    on:input=move |event| {
                        draft.set(event_target_value(&event));
                        needs_words.set(false);
                    }></textarea>
                <p id="new-statement-error" class="error">{move || needs_words.get().then(|| t(Msg::StatementNeedsWords))}</p>
            </div>
            <button type="submit" class="primary">{t(Msg::StatementAdd)}</button>
        </form>
    }
}

fn new_statement(theme: Theme, text: String, example: String) -> Statement {
    let now = web::now_ms();
    Statement {
        id: web::new_id(),
        theme,
        text,
        created: now,
        updated: now,
        example,
        ..Statement::default()
    }
}

#[component]
fn FilterBar(screen: Screen) -> impl IntoView {
    view! {
        <div class="filters">
            <div class="field">
                <label for="show-theme">{t(Msg::ShowTheme)}</label>
                <select id="show-theme" on:change=move |event| {
                    let chosen = Theme::from_key(&event_target_value(&event));
                    screen.filter.update(|f| f.theme = chosen);
                }>
                    <option value="">{t(Msg::AllThemes)}</option>
                    {Theme::ALL
                        .map(|option| view! { <option value=option.key()>{t(theme_name(option))}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="search">{t(Msg::Search)}</label>
                <input id="search" type="search" autocomplete="off"
                    on:input=move |event| {
                        let query = event_target_value(&event);
                        screen.filter.update(|f| f.query = query);
                    } />
            </div>
        </div>
    }
}

/// "What has changed since …?": statements whose answer moved, and those never answered.
#[component]
fn Changes() -> impl IntoView {
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

#[component]
fn StatementCard(id: String, screen: Screen, shown: Memo<Vec<String>>) -> impl IntoView {
    let session = session();
    let id = StoredValue::new(id);
    // Only this card's statement: a keystroke elsewhere does not redraw it.
    let statement = Memo::new(move |_| {
        session
            .doc
            .with(|doc| id.with_value(|id| doc.statements.iter().find(|s| &s.id == id).cloned()))
    });
    let number = move || {
        id.with_value(|id| shown.with(|ids| ids.iter().position(|s| s == id)))
            .map(|at| (at + 1).to_string())
            .unwrap_or_default()
    };
    let text = move || statement.with(|s| s.as_ref().map(|s| s.text.clone()).unwrap_or_default());
    let theme = move || {
        statement.with(|s| {
            s.as_ref()
                .map(|s| t(theme_name(s.theme)))
                .unwrap_or_default()
        })
    };
    let tag_id = format!("theme-{}", id.get_value());
    let edit = move |change: Box<dyn FnOnce(&mut Statement)>| {
        id.with_value(|id| edit_statement(session, id, change));
    };
    let shift = move |up: bool| {
        let moved = id.with_value(|id| {
            let mut moved = false;
            let filter = screen.filter.get_untracked();
            session.edit(|doc| {
                moved = move_by(&mut doc.statements, id, up, |s| {
                    !s.archived && filter.shows(s)
                });
            });
            moved
        });
        if moved {
            // The card moved in the page; keep keyboard focus on the button just used.
            let selector = format!(
                r#"[data-id="{}"] .{}"#,
                id.get_value(),
                if up { "up" } else { "down" }
            );
            web::focus_later(selector);
        }
    };
    let delete = move |_| id.with_value(|id| screen.delete(session, id));

    view! {
        <li class="statement" data-id=id.get_value()>
            <span class="theme-tag" id=tag_id.clone()>{theme}</span>
            <textarea rows="3"
                aria-label=move || tf(Msg::StatementLabel, "n", &number())
                aria-describedby=tag_id
                readonly=move || session.is_read_only()
                prop:value=text
                on:input=move |event| {
                    let value = event_target_value(&event);
                    let now = web::now_ms();
                    edit(Box::new(move |s| {
                        s.text = value;
                        s.updated = now;
                    }));
                }></textarea>
            <Show when=move || { text().chars().count() > STATEMENT_GUIDE_CHARS }>
                <p class="hint">{t(Msg::StatementLong)}</p>
            </Show>
            <Answers statement=statement />
            <RateForm id=id edit=edit />
            <div class="actions">
                <button type="button" class="quiet up"
                    aria-label=move || tf(Msg::MoveUpLabel, "n", &number())
                    on:click=move |_| shift(true)>{t(Msg::MoveUp)}</button>
                <button type="button" class="quiet down"
                    aria-label=move || tf(Msg::MoveDownLabel, "n", &number())
                    on:click=move |_| shift(false)>{t(Msg::MoveDown)}</button>
                <button type="button" class="quiet"
                    on:click=move |_| edit(Box::new(|s| s.archived = true))>{t(Msg::PutAway)}</button>
                <button type="button" class="quiet"
                    aria-label=move || tf(Msg::StatementRemove, "n", &number())
                    on:click=delete>{t(Msg::Delete)}</button>
            </div>
        </li>
    }
}

/// The latest answer at a glance, and the history as a small picture with a text version.
#[component]
fn Answers(statement: Memo<Option<Statement>>) -> impl IntoView {
    let ratings =
        move || statement.with(|s| s.as_ref().map(|s| s.ratings.clone()).unwrap_or_default());
    let latest_text = move || {
        statement.with(|s| match s.as_ref().and_then(latest) {
            Some(rating) => tf(Msg::LatestAnswer, "truth", truth_name(rating.truth))
                .replace("{day}", &long_day(&rating.day, lang())),
            None => t(Msg::NotAnswered).to_owned(),
        })
    };
    let described = move || {
        ratings()
            .iter()
            .map(|r| {
                tf(Msg::HistoryItem, "truth", truth_name(r.truth))
                    .replace("{day}", &long_day(&r.day, lang()))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <p class="latest" data-truth=move || statement.with(|s| s.as_ref().and_then(latest).map(|r| truth_key(r.truth)))>
            {latest_text}
        </p>
        <Show when=move || statement.with(|s| s.as_ref().is_some_and(|s| s.ratings.len() > 1))>
            <svg class="history" viewBox="-3 -3 126 30" width="126" height="30" role="img"
                aria-label=move || tf(Msg::HistoryPicture, "list", &described())>
                <polyline points=move || history_steps(&ratings(), 120, 24) />
            </svg>
        </Show>
        <Show when=move || !ratings().is_empty()>
            <details class="history-list">
                <summary>{t(Msg::HistoryTitle)}</summary>
                <ul>
                    {move || ratings().into_iter().rev().map(|r| view! {
                        <li>
                            {tf(Msg::HistoryItem, "truth", truth_name(r.truth)).replace("{day}", &long_day(&r.day, lang()))}
                            {(!r.note.is_empty()).then(|| view! { <span class="note">{format!(" – {}", r.note)}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            </details>
        </Show>
    }
}

/// "How true is this for me now?": four answers in words and an optional note.
#[component]
fn RateForm(
    id: StoredValue<String>,
    edit: impl Fn(Box<dyn FnOnce(&mut Statement)>) + Copy + 'static,
) -> impl IntoView {
    let session = session();
    let choice = RwSignal::new(None::<Truth>);
    let note = RwSignal::new(String::new());
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
        let rating = Rating {
            day: web::today(),
            truth,
            note: note.get_untracked().trim().to_owned(),
        };
        edit(Box::new(move |s| rate(s, rating)));
        choice.set(None);
        note.set(String::new());
        saved.set(true);
    };
    view! {
        <details class="rate-box">
        <summary>{t(Msg::HowTrue)}</summary>
        <fieldset class="rate" disabled=move || session.is_read_only() aria-describedby=described_by>
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
                <input type="text" maxlength="300" prop:value=move || note.get()
                    on:input=move |event| note.set(event_target_value(&event)) />
            </label>
            <button type="button" on:click=save>{t(Msg::RatingSave)}</button>
            <span role="status" class="saved-note">{move || saved.get().then(|| t(Msg::RatingSaved))}</span>
        </fieldset>
        </details>
    }
}

#[component]
fn PutAwayRow(id: String, screen: Screen) -> impl IntoView {
    let session = session();
    let id = StoredValue::new(id);
    let text = move || {
        session.doc.with(|doc| {
            id.with_value(|id| {
                doc.statements
                    .iter()
                    .find(|s| &s.id == id)
                    .map(|s| s.text.clone())
            })
        })
    };
    let bring_back =
        move |_| id.with_value(|id| edit_statement(session, id, |s| s.archived = false));
    let delete = move |_| id.with_value(|id| screen.delete(session, id));
    view! {
        <li class="put-away-row">
            <span>{text}</span>
            <div class="actions">
                <button type="button" on:click=bring_back>{t(Msg::BringBack)}</button>
                <button type="button" class="quiet" on:click=delete>{t(Msg::Delete)}</button>
            </div>
        </li>
    }
}
