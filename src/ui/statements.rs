//! My I statements: write my own under a theme, rewrite, remove with undo.
//! (The starter library, "how true is this now" and history come with the I statements work.)
use leptos::{ev, html, prelude::*};

use super::{session, t, tf};
use crate::core::document::{Statement, Theme, STATEMENT_GUIDE_CHARS};
use crate::core::messages::Msg;
use crate::web;

pub fn theme_name(theme: Theme) -> Msg {
    match theme {
        Theme::WhoIAm => Msg::ThemeWhoIAm,
        Theme::WhatMatters => Msg::ThemeWhatMatters,
        Theme::HowSupported => Msg::ThemeHowSupported,
        Theme::HowPeopleBehave => Msg::ThemeHowPeopleBehave,
    }
}

#[component]
pub fn Statements() -> impl IntoView {
    let session = session();
    let theme = RwSignal::new(Theme::WhoIAm);
    let draft = RwSignal::new(String::new());
    let needs_words = RwSignal::new(false);
    let draft_box = NodeRef::<html::Textarea>::new();
    // The last statement removed, and where it was, so it can come back.
    let removed = RwSignal::new(None::<(usize, Statement)>);

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
        let now = web::now_ms();
        let statement = Statement {
            id: web::new_id(),
            theme: theme.get_untracked(),
            text,
            created: now,
            updated: now,
        };
        session.edit(|doc| doc.statements.push(statement));
        draft.set(String::new());
        needs_words.set(false);
    };
    let remove = move |id: String| {
        session.edit(|doc| {
            if let Some(at) = doc.statements.iter().position(|s| s.id == id) {
                removed.set(Some((at, doc.statements.remove(at))));
            }
        });
    };
    let undo = move |_| {
        if let Some((at, statement)) = removed.get_untracked() {
            session.edit(|doc| {
                let at = at.min(doc.statements.len());
                doc.statements.insert(at, statement);
            });
            removed.set(None);
        }
    };
    let ids = move || {
        session.doc.with(|doc| {
            doc.statements
                .iter()
                .map(|s| s.id.clone())
                .collect::<Vec<_>>()
        })
    };

    view! {
        <h1 tabindex="-1">{t(Msg::TitleStatements)}</h1>
        <p>{t(Msg::StatementsIntro)}</p>
        <form class="card" on:submit=add novalidate>
            <h2>{t(Msg::StatementNew)}</h2>
            <div class="field">
                <label for="new-theme">{t(Msg::StatementTheme)}</label>
                <select id="new-theme"
                    on:change=move |event| {
                        if let Some(chosen) = Theme::from_key(&event_target_value(&event)) {
                            theme.set(chosen);
                        }
                    }>
                    {Theme::ALL
                        .map(|option| {
                            view! {
                                <option value=option.key() selected=move || theme.get() == option>
                                    {t(theme_name(option))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
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
                <p id="new-statement-error" class="error" hidden=move || !needs_words.get()>
                    {t(Msg::StatementNeedsWords)}
                </p>
            </div>
            <button type="submit" class="primary">{t(Msg::StatementAdd)}</button>
        </form>

        <h2>{t(Msg::StatementsMine)}</h2>
        <div role="status">
            {move || removed.get().map(|_| view! {
                <p class="undo">
                    {t(Msg::StatementRemoved)} " "
                    <button type="button" on:click=undo>{t(Msg::Undo)}</button>
                </p>
            })}
        </div>
        <Show when=move || session.doc.with(|doc| doc.statements.is_empty())>
            <p class="empty">{t(Msg::StatementsEmpty)}</p>
        </Show>
        <ol class="statements">
            <For each=ids key=|id| id.clone() let:id>
                <StatementRow id=id on_remove=remove />
            </For>
        </ol>
        <p class="soon">{t(Msg::StatementsSoon)}</p>
    }
}

#[component]
fn StatementRow(id: String, on_remove: impl Fn(String) + Copy + 'static) -> impl IntoView {
    let session = session();
    let id = StoredValue::new(id);
    let current = move || {
        session.doc.with(|doc| {
            id.with_value(|id| {
                doc.statements.iter().position(|s| &s.id == id).map(|at| {
                    (
                        at + 1,
                        doc.statements[at].theme,
                        doc.statements[at].text.clone(),
                    )
                })
            })
        })
    };
    let number = move || current().map(|(n, _, _)| n.to_string()).unwrap_or_default();
    let text = move || current().map(|(_, _, text)| text).unwrap_or_default();
    let theme = move || {
        current()
            .map(|(_, theme, _)| t(theme_name(theme)))
            .unwrap_or_default()
    };
    let tag_id = format!("theme-{}", id.get_value());
    view! {
        <li class="statement">
            <span class="theme-tag" id=tag_id.clone()>{theme}</span>
            <textarea rows="3"
                aria-label=move || tf(Msg::StatementLabel, "n", &number())
                aria-describedby=tag_id
                readonly=move || session.is_read_only()
                prop:value=text
                on:input=move |event| {
                    let value = event_target_value(&event);
                    let now = web::now_ms();
                    id.with_value(|id| session.edit(|doc| {
                        if let Some(statement) = doc.statements.iter_mut().find(|s| &s.id == id) {
                            statement.text = value;
                            statement.updated = now;
                        }
                    }));
                }></textarea>
            <Show when=move || { text().chars().count() > STATEMENT_GUIDE_CHARS }>
                <p class="hint">{t(Msg::StatementLong)}</p>
            </Show>
            <button type="button" class="quiet"
                aria-label=move || tf(Msg::StatementRemove, "n", &number())
                on:click=move |_| on_remove(id.get_value())>
                {t(Msg::Remove)}
            </button>
        </li>
    }
}
