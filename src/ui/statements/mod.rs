//! My I statements: write my own or start from an example, rewrite, reorder, put away,
//! delete with undo, and record "how true is this for me now?" over time.
mod add;
mod answers;

use leptos::prelude::*;

use super::read::ReadAloud;
use super::state::Session;
use super::widgets::{by_data, max_text, Editable, ShowMore};
use super::{session, t, tf, undo};
use crate::core::document::{Document, Statement, Theme, STATEMENT_GUIDE_CHARS};
use crate::core::messages::Msg;
use crate::core::statements::theme_name;
use crate::core::statements::{move_by, Filter};
use crate::web;

/// How many statements to draw at first; more on request, so long lists stay quick.
const PAGE: usize = 25;
/// Drafts of the form for a new statement.
pub(super) const DRAFT_WORDS: &str = "statement.words";

pub(super) fn theme_hint(theme: Theme) -> Msg {
    match theme {
        Theme::WhoIAm => Msg::ThemeWhoIAmHint,
        Theme::WhatMatters => Msg::ThemeWhatMattersHint,
        Theme::HowSupported => Msg::ThemeHowSupportedHint,
        Theme::HowPeopleBehave => Msg::ThemeHowPeopleBehaveHint,
    }
}

fn statements(doc: &mut Document) -> Option<&mut Vec<Statement>> {
    Some(&mut doc.statements)
}

/// Where focus goes for a statement: its words.
pub(super) fn words_of(id: &str) -> String {
    by_data("id", id, "textarea")
}

/// The list-wide state the cards share.
#[derive(Clone, Copy)]
pub(super) struct Screen {
    filter: RwSignal<Filter>,
    /// How many of the shown statements are drawn.
    limit: RwSignal<usize>,
    /// The ids the filter shows, in order.
    shown: Memo<Vec<String>>,
}

impl Screen {
    /// Makes sure the statement `id` is drawn (not filtered out, not beyond "Show more").
    pub(super) fn reveal(self, id: &str) {
        let at = |screen: Screen| {
            screen
                .shown
                .with_untracked(|ids| ids.iter().position(|s| s == id))
        };
        if at(self).is_none() {
            self.filter.set(Filter::default());
        }
        if let Some(at) = at(self) {
            if at >= self.limit.get_untracked() {
                self.limit.set(at + 1);
            }
        }
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
    let filter = RwSignal::new(Filter::default());
    let shown = Memo::new(move |_| {
        session.doc.with(|doc| {
            filter.with(|filter| {
                doc.statements
                    .iter()
                    .filter(|s| !s.archived && filter.shows(s))
                    .map(|s| s.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let screen = Screen {
        filter,
        limit: RwSignal::new(PAGE),
        shown,
    };
    let limit = screen.limit;
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

    view! {
        <h1 tabindex="-1">{t(Msg::TitleStatements)}</h1>
        <p>{t(Msg::StatementsIntro)}</p>
        <add::AddStatement screen=screen />
        // Beside the form on a big screen (see the stylesheet).
        <div class="main-column">
        <h2 id="mine" tabindex="-1">{t(Msg::StatementsMine)}</h2>
        <Show when=has_any fallback=|| view! { <p class="empty">{t(Msg::StatementsEmpty)}</p> }>
            <FilterBar screen=screen />
        </Show>
        <div role="status">
            <Show when=move || shown.with(Vec::is_empty) && screen.filter.with(|f| *f != Filter::default())>
                <p class="empty">{t(Msg::NoMatches)}</p>
            </Show>
        </div>
        <Editable>
            <ol class="statements" aria-labelledby="mine">
                <For
                    each=move || shown.with(|ids| ids.iter().take(limit.get()).cloned().collect::<Vec<_>>())
                    key=|id| id.clone()
                    let:id
                >
                    <StatementCard id=id screen=screen />
                </For>
            </ol>
        </Editable>
        <ShowMore total=Signal::derive(move || shown.with(Vec::len)) limit=limit page=PAGE />
        <Show when=move || !put_away.with(Vec::is_empty)>
            <details class="put-away" id="put-away">
                <summary>{move || tf(Msg::PutAwayTitle, "n", &put_away.with(Vec::len).to_string())}</summary>
                <p class="hint">{t(Msg::PutAwayHint)}</p>
                <Editable>
                    <ul class="plain-list">
                        <For each=move || put_away.get() key=|id| id.clone() let:id>
                            <PutAwayRow id=id screen=screen />
                        </For>
                    </ul>
                </Editable>
            </details>
        </Show>
        <Show when=has_any>
            <answers::Changes />
        </Show>
        </div>
    }
}

#[component]
fn FilterBar(screen: Screen) -> impl IntoView {
    let chosen = move || {
        screen
            .filter
            .with(|f| f.theme.map(Theme::key).unwrap_or_default())
    };
    view! {
        <div class="filters">
            <div class="field">
                <label for="show-theme">{t(Msg::ShowTheme)}</label>
                <select id="show-theme" prop:value=chosen on:change=move |event| {
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
                    prop:value=move || screen.filter.with(|f| f.query.clone())
                    on:input=move |event| {
                        let Some(query) = web::typed_text(&event) else { return };
                        screen.filter.update(|f| f.query = query);
                    } />
            </div>
        </div>
    }
}

#[component]
fn StatementCard(id: String, screen: Screen) -> impl IntoView {
    let session = session();
    let undo = undo();
    let id = StoredValue::new(id);
    // Only this card's statement: a keystroke elsewhere does not redraw it.
    let statement = Memo::new(move |_| {
        session
            .doc
            .with(|doc| id.with_value(|id| doc.statements.iter().find(|s| &s.id == id).cloned()))
    });
    let place =
        move || id.with_value(|id| screen.shown.with(|ids| ids.iter().position(|s| s == id)));
    let number = move || place().map(|at| (at + 1).to_string()).unwrap_or_default();
    let first = move || place() == Some(0);
    let last = move || place().is_some_and(|at| at + 1 == screen.shown.with(Vec::len));
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
        let filter = screen.filter.get_untracked();
        let mut moved = false;
        id.with_value(|id| {
            session.edit(|doc| {
                moved = move_by(&mut doc.statements, id, up, |s| {
                    !s.archived && filter.shows(s)
                });
            });
        });
        if moved {
            // Keep focus on the button just used; at an end it is switched off, so then
            // on the other one.
            let at_end = if up { first() } else { last() };
            let button = if up == at_end { ".down" } else { ".up" };
            web::focus_later(id.with_value(|id| by_data("id", id, button)));
        }
    };
    let put_away = move |_| {
        // Focus goes on to the next statement (or the one before, or the list's heading).
        let next = id.with_value(|id| {
            screen.shown.with_untracked(|ids| {
                let at = ids.iter().position(|s| s == id)?;
                ids.get(at + 1)
                    .or(at.checked_sub(1).and_then(|before| ids.get(before)))
                    .cloned()
            })
        });
        edit(Box::new(|s| s.archived = true));
        session.say(t(Msg::StatementPutAway));
        web::focus_later(next.map_or_else(|| "#mine".to_owned(), |next| words_of(&next)));
    };
    let delete = move |_| {
        id.with_value(|id| undo.remove(Msg::StatementRemoved, id, statements, words_of(id)));
    };

    view! {
        <li class="statement" data-id=id.get_value()>
            <span class="theme-tag" id=tag_id.clone()>{theme}</span>
            <textarea rows="3" maxlength=max_text()
                aria-label=move || tf(Msg::StatementLabel, "n", &number())
                aria-describedby=tag_id
                prop:value=text
                on:input=move |event| {
                    let Some(value) = web::typed_text(&event) else { return };
                    let now = web::now_ms();
                    edit(Box::new(move |s| {
                        s.text = value;
                        s.updated = now;
                    }));
                }></textarea>
            <Show when=move || { text().chars().count() > STATEMENT_GUIDE_CHARS }>
                <p class="hint">{t(Msg::StatementLong)}</p>
            </Show>
            <answers::Answers statement=statement />
            <answers::RateForm id=id edit=edit />
            <div class="actions">
                <ReadAloud words=Signal::derive(text)
                    name=Signal::derive(move || tf(Msg::ReadStatement, "n", &number())) />
                <button type="button" class="quiet up" disabled=first
                    aria-label=move || tf(Msg::MoveUpLabel, "n", &number())
                    on:click=move |_| shift(true)>{t(Msg::MoveUp)}</button>
                <button type="button" class="quiet down" disabled=last
                    aria-label=move || tf(Msg::MoveDownLabel, "n", &number())
                    on:click=move |_| shift(false)>{t(Msg::MoveDown)}</button>
                <button type="button" class="quiet" on:click=put_away>{t(Msg::PutAway)}</button>
                <button type="button" class="quiet"
                    aria-label=move || tf(Msg::StatementRemove, "n", &number())
                    on:click=delete>{t(Msg::Delete)}</button>
            </div>
        </li>
    }
}

#[component]
fn PutAwayRow(id: String, screen: Screen) -> impl IntoView {
    let session = session();
    let undo = undo();
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
    let bring_back = move |_| {
        id.with_value(|id| {
            edit_statement(session, id, |s| s.archived = false);
            screen.reveal(id);
            session.say(t(Msg::StatementBroughtBack));
            web::focus_later(words_of(id));
        });
    };
    let delete = move |_| {
        id.with_value(|id| {
            let back_here = by_data("put-away", id, "button");
            undo.remove(Msg::StatementRemoved, id, statements, back_here);
        });
    };
    view! {
        <li class="put-away-row" data-put-away=id.get_value()>
            <span>{text}</span>
            <div class="actions">
                <button type="button" on:click=bring_back>{t(Msg::BringBack)}</button>
                <button type="button" class="quiet" on:click=delete>{t(Msg::Delete)}</button>
            </div>
        </li>
    }
}
