//! "What I want to raise": the person ticks what to talk about (suggested from their own
//! notes) and writes their own questions; the page below prints on one sheet or copies as
//! text. Choices and questions are kept with the notes.
use leptos::{prelude::*, task::spawn_local};

use super::plan::PlanCopy;
use super::read::ReadAloud;
use super::widgets::{Editable, TextField};
use super::{lang, session, t};
use crate::core::messages::Msg;
use crate::core::raise::{self, Kind, Suggestion};
use crate::core::speech;
use crate::web::{self, device};

#[component]
pub fn Raise() -> impl IntoView {
    let session = session();
    let found = Memo::new(move |_| session.doc.with(|doc| raise::suggestions(doc, lang())));
    let copied = RwSignal::new(None::<bool>);
    let copy_text = move |_| {
        let text = session
            .doc
            .with_untracked(|doc| raise::text(doc, &web::today(), lang()));
        spawn_local(async move {
            copied.set(Some(device::copy_text(&text).await));
        });
    };
    let questions = Signal::derive(move || session.doc.with(|doc| doc.raise.questions.clone()));
    view! {
        <h1 tabindex="-1" class="no-print">{t(Msg::TitleRaise)}</h1>
        <div class="no-print">
            <p>{t(Msg::RaiseIntro)}</p>
            <div class="actions">
                <ReadAloud words=Signal::derive(move || session.doc.with(|doc| {
                    speech::readable(&raise::text(doc, &web::today(), lang()))
                })) />
            </div>
            <Editable>
                {move || found.with(Vec::is_empty).then(|| view! { <p class="empty">{t(Msg::RaiseNoIdeas)}</p> })}
                {Kind::ALL.map(|kind| view! { <Ideas kind=kind found=found /> }).collect_view()}
                <TextField id="raise-questions".into() label=Msg::RaiseQuestions hint=Some(Msg::RaiseQuestionsHint) lines=4
                    value=questions put=Callback::new(move |text| session.edit(|doc| doc.raise.questions = text)) />
            </Editable>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| device::print()>{t(Msg::PrintButton)}</button>
                <button type="button" on:click=copy_text>{t(Msg::CopyText)}</button>
            </div>
            <p role="status">
                {move || copied.get().map(|ok| t(if ok { Msg::Copied } else { Msg::CopyFailed }))}
            </p>
        </div>
        <div class="raise-page">
            {move || {
                let (parts, title) = session.doc.with(|doc| (raise::lay_out(doc, lang()), raise::title(doc, lang())));
                view! { <PlanCopy parts=parts title=title /> }
            }}
        </div>
    }
}

/// One kind of suggestion, to tick; nothing when there is none of that kind.
#[component]
fn Ideas(kind: Kind, found: Memo<Vec<Suggestion>>) -> impl IntoView {
    let session = session();
    let ideas = move || {
        found.with(|all| {
            all.iter()
                .filter(|s| s.kind == kind)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    move || {
        let ideas = ideas();
        (!ideas.is_empty()).then(|| {
            view! {
                <fieldset class="steps raise-ideas" data-kind=kind.key()>
                    <legend>{t(kind.title())}</legend>
                    {ideas.into_iter().map(|idea| {
                        let key = idea.key.clone();
                        let chosen = {
                            let key = key.clone();
                            move || session.doc.with(|doc| doc.raise.chosen.contains(&key))
                        };
                        view! {
                            <label class="step-choice">
                                <input type="checkbox" prop:checked=chosen on:change=move |event| {
                                    let on = event_target_checked(&event);
                                    let key = key.clone();
                                    session.edit(move |doc| {
                                        doc.raise.chosen.retain(|k| *k != key);
                                        if on {
                                            doc.raise.chosen.push(key);
                                        }
                                    });
                                } />
                                <span>{idea.words}<span class="meaning">{idea.why}</span></span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            }
        })
    }
}
