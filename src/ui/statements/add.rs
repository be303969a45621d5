//! The form for a new statement, in my own words or from the starter library.
use leptos::{ev, html, prelude::*};

use super::super::prose::{prose, Block};
use super::super::widgets::{full_list, max_text, Editable};
use super::super::{session, t, tf};
use super::{theme_hint, words_of, Screen, DRAFT_WORDS};
use crate::core::checks::most;
use crate::core::document::{Statement, Theme};
use crate::core::messages::Msg;
use crate::core::statements::theme_name;
use crate::core::statements::LIBRARY;
use crate::web;

const THEMES: &[Block] = &[Block::Terms(&[
    (Msg::ThemeWhoIAm, Msg::ThemeWhoIAmHint),
    (Msg::ThemeWhatMatters, Msg::ThemeWhatMattersHint),
    (Msg::ThemeHowSupported, Msg::ThemeHowSupportedHint),
    (Msg::ThemeHowPeopleBehave, Msg::ThemeHowPeopleBehaveHint),
])];

/// The form for a new statement, and the starter library for the chosen theme. It comes
/// first on the screen, where a person looks for it; what they type is kept as a draft.
#[component]
pub fn AddStatement(screen: Screen) -> impl IntoView {
    let session = session();
    let chosen = RwSignal::new(Theme::WhoIAm);
    let theme = move || chosen.get();
    let needs_words = RwSignal::new(false);
    let draft_box = NodeRef::<html::Textarea>::new();
    let count = move || session.doc.with_untracked(|doc| doc.statements.len());

    // Adds a statement; says so politely, and makes sure it can be seen.
    let add_statement = move |statement: Statement| {
        let id = statement.id.clone();
        session.edit(|doc| doc.statements.push(statement));
        screen.reveal(&id);
        session.say(t(Msg::StatementAdded));
        id
    };
    let add = move |event: ev::SubmitEvent| {
        event.prevent_default();
        let text = session.draft(DRAFT_WORDS);
        if text.trim().is_empty() {
            needs_words.set(true);
            if let Some(field) = draft_box.get() {
                let _ = field.focus();
            }
            return;
        }
        if full_list(count(), most::STATEMENTS) {
            return;
        }
        let id = add_statement(new_statement(theme(), text, String::new()));
        session.clear_drafts(DRAFT_WORDS);
        needs_words.set(false);
        // The new statement, ready to read again or change.
        web::focus_later(words_of(&id));
    };
    let examples = move || {
        let chosen = theme();
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
                    if full_list(count(), most::STATEMENTS) {
                        return;
                    }
                    add_statement(new_statement(
                        example.theme,
                        t(example.text).to_owned(),
                        example.key.to_owned(),
                    ));
                    // This button is now switched off: go on to the next example.
                    web::focus_first(vec![
                        ".examples-list button:enabled".into(),
                        "#examples-title".into(),
                    ]);
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
        <form class="card side" on:submit=add novalidate>
            <h2>{t(Msg::StatementNew)}</h2>
            <Editable>
                <div class="field">
                    <label for="new-theme">{t(Msg::StatementTheme)}</label>
                    <select id="new-theme" aria-describedby="new-theme-hint"
                        on:change=move |event| {
                            if let Some(theme) = Theme::from_key(&event_target_value(&event)) {
                                chosen.set(theme);
                            }
                        }>
                        {Theme::ALL
                            .map(|option| view! {
                                <option value=option.key() selected=move || theme() == option>
                                    {t(theme_name(option))}
                                </option>
                            })
                            .collect_view()}
                    </select>
                    <p class="hint" id="new-theme-hint">{move || t(theme_hint(theme()))}</p>
                </div>
                <details class="examples">
                    <summary>{t(Msg::ThemesMeaning)}</summary>
                    {prose(THEMES)}
                </details>
                <details class="examples">
                    <summary>{t(Msg::ExamplesTitle)}</summary>
                    <p class="hint">{t(Msg::ExamplesHint)}</p>
                    <h3 id="examples-title" tabindex="-1">{move || tf(Msg::ExampleFor, "theme", t(theme_name(theme())))}</h3>
                    <ul class="plain-list examples-list">{examples}</ul>
                </details>
                <div class="field">
                    <label for="new-statement">{t(Msg::StatementWords)}</label>
                    <textarea id="new-statement" rows="3" node_ref=draft_box maxlength=max_text()
                        aria-describedby="new-statement-error"
                        aria-invalid=move || needs_words.get().then_some("true")
                        prop:value=move || session.draft(DRAFT_WORDS)
                        on:input=move |event| {
                            let Some(words) = web::typed_text(&event) else { return };
                            session.set_draft(DRAFT_WORDS, words);
                            needs_words.set(false);
                        }></textarea>
                    <p id="new-statement-error" class="error">{move || needs_words.get().then(|| t(Msg::StatementNeedsWords))}</p>
                </div>
                <button type="submit" class="primary">{t(Msg::StatementAdd)}</button>
            </Editable>
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
