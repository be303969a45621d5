//! Take it with you: save a file (or share it), show a QR code that opens the notes on a
//! phone, and bring notes back from a file or a scanned code, checked before anything changes.
use leptos::{html, prelude::*, task::spawn_local};

use super::dialog::{close, open, Confirm};
use super::{lang, session, t, tf};
use crate::core::document::Document;
use crate::core::messages::Msg;
use crate::core::route::PlanPart;
use crate::core::transfer::{self, describe, Added, ImportError, Qr, MAX_FILE_BYTES};
use crate::web::{self, device};

/// Notes that arrived in an import link (`#import=…`) as the app opened, checked already.
#[derive(Clone, Copy)]
pub struct Arrival(pub RwSignal<Option<Result<Document, ImportError>>>);

/// Where notes waiting to be brought in came from.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    File,
    Link,
}

#[component]
pub fn Take() -> impl IntoView {
    let waiting = RwSignal::new(None::<(Document, Source)>);
    let problem = RwSignal::new(None::<ImportError>);
    if let Some(Arrival(arrived)) = use_context::<Arrival>() {
        match arrived.try_update(Option::take).flatten() {
            Some(Ok(doc)) => waiting.set(Some((doc, Source::Link))),
            Some(Err(error)) => problem.set(Some(error)),
            None => {}
        }
    }
    view! {
        <h1 tabindex="-1">{t(Msg::TitleTake)}</h1>
        <p>{t(Msg::TakeIntro)}</p>
        <SaveFile />
        <ToPhone />
        <section class="card" aria-labelledby="print-title">
            <h2 id="print-title">{t(Msg::SectionPrint)}</h2>
            <p>{t(Msg::SectionPrintHint)}</p>
            <p><a class="button" href=PlanPart::Copy.hash()>{t(Msg::TakePrint)}</a></p>
        </section>
        <BringBack waiting=waiting problem=problem />
    }
}

#[component]
fn SaveFile() -> impl IntoView {
    let session = session();
    let share = move |_| {
        if let Some(text) = session.export_text() {
            spawn_local(async move {
                let name = super::state::Session::export_name();
                if !device::share_file(&name, &text).await {
                    web::download(&name, &text);
                }
            });
        }
    };
    view! {
        <section class="card" aria-labelledby="file-title">
            <h2 id="file-title">{t(Msg::TakeFileTitle)}</h2>
            <p>{t(Msg::TakeFileText)}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| { session.download_copy(); }>
                    {t(Msg::DownloadFile)}
                </button>
                {device::can_share_files().then(|| view! {
                    <button type="button" on:click=share>{t(Msg::ShareFile)}</button>
                })}
            </div>
        </section>
    }
}

#[component]
fn ToPhone() -> impl IntoView {
    let session = session();
    // None: not asked for yet. Some(None): too much for one code.
    let code = RwSignal::new(None::<Option<Qr>>);
    let show = move |_| {
        let link = transfer::encode_link(&session.doc.get_untracked(), &web::now_iso())
            .ok()
            .and_then(|payload| {
                transfer::qr(&format!(
                    "{}{}{payload}",
                    device::app_address(),
                    transfer::LINK_PREFIX
                ))
            });
        let shown = link.is_some();
        code.set(Some(link));
        // Focus goes to what was just shown: the code's words, or why there is no code.
        web::focus_later(
            if shown {
                "#code-holds"
            } else {
                "#code-problem"
            }
            .into(),
        );
    };
    let holds = move || {
        tf(
            Msg::QrHolds,
            "what",
            &session.doc.with(|doc| describe(doc, lang())),
        )
    };
    view! {
        <section class="card to-phone" aria-labelledby="phone-title">
            <h2 id="phone-title">{t(Msg::TakePhoneTitle)}</h2>
            <p>{t(Msg::TakePhoneText)}</p>
            {move || match code.get() {
                None if session.doc.with(Document::is_empty) => view! {
                    <p class="empty">{t(Msg::QrNothing)}</p>
                }.into_any(),
                None => view! {
                    <button id="show-code" type="button" class="primary" on:click=show>{t(Msg::ShowCode)}</button>
                }.into_any(),
                Some(None) => view! { <p id="code-problem" class="notice-text" role="alert" tabindex="-1">{t(Msg::QrTooBig)}</p> }.into_any(),
                Some(Some(qr)) => view! {
                    <p id="code-holds" tabindex="-1">{holds}</p>
                    <svg class="qr" viewBox=format!("0 0 {0} {0}", qr.size) role="img"
                        aria-label=t(Msg::QrLabel) shape-rendering="crispEdges">
                        <rect width=qr.size height=qr.size class="qr-paper" />
                        <path d=qr.path class="qr-ink" />
                    </svg>
                    <p class="hint">{t(Msg::QrHow)}</p>
                    <button type="button" on:click=move |_| {
                        code.set(None);
                        web::focus_later("#show-code".into());
                    }>{t(Msg::HideCode)}</button>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn BringBack(
    waiting: RwSignal<Option<(Document, Source)>>,
    problem: RwSignal<Option<ImportError>>,
) -> impl IntoView {
    let session = session();
    let input = NodeRef::<html::Input>::new();
    let confirm = NodeRef::<html::Dialog>::new();
    let outcome = RwSignal::new(None::<String>);
    let choose = move |_| {
        let Some(field) = input.get() else {
            return;
        };
        outcome.set(None);
        spawn_local(async move {
            let read = match device::read_chosen_file(&field, MAX_FILE_BYTES).await {
                Ok(bytes) => transfer::read_file_bytes(&bytes),
                Err(device::FileProblem::TooLarge) => Err(ImportError::TooLarge),
                Err(device::FileProblem::Unreadable) => Err(ImportError::NotJson),
            };
            // Choosing the same file again should be noticed too.
            field.set_value("");
            match read {
                Ok(doc) => {
                    problem.set(None);
                    waiting.set(Some((doc, Source::File)));
                    web::focus_later("#review-title".into());
                }
                Err(error) => {
                    waiting.set(None);
                    problem.set(Some(error));
                }
            }
        });
    };
    let add = move |_| {
        if let Some((doc, _)) = waiting.get_untracked() {
            let added = session.add_from(doc);
            outcome.set(Some(added_words(added)));
            waiting.set(None);
            web::focus_later("#import-outcome".into());
        }
    };
    let replace = move || {
        if let Some((doc, _)) = waiting.get_untracked() {
            session.replace_with(doc);
            outcome.set(Some(t(Msg::ImportReplaced).to_owned()));
            waiting.set(None);
            close(confirm);
            web::focus_later("#import-outcome".into());
        }
    };
    let ask_replace = move |_| {
        if session.doc.with_untracked(Document::is_empty) {
            replace();
        } else {
            open(confirm);
        }
    };
    let here = move || session.doc.with(|doc| describe(doc, lang()));
    view! {
        <section class="card" aria-labelledby="bring-title">
            <h2 id="bring-title">{t(Msg::TakeBringTitle)}</h2>
            <p>{t(Msg::TakeBringText)}</p>
            <div class="field">
                <label for="import-file">{t(Msg::ChooseFile)}</label>
                <input id="import-file" type="file" accept=".json,application/json" node_ref=input
                    aria-describedby="import-problem" on:change=choose />
            </div>
            <div id="import-problem" role="alert">
                {move || problem.get().map(|error| view! { <p class="error">{t(error.message())}</p> })}
            </div>
            <div role="status">
                {move || outcome.get().map(|words| view! { <p id="import-outcome" class="outcome" tabindex="-1">{words}</p> })}
            </div>
        </section>
        {move || waiting.get().map(|(doc, from)| {
            let holds = describe(&doc, lang());
            view! {
                <section class="card review" aria-labelledby="review-title">
                    <h2 id="review-title" tabindex="-1">{t(Msg::ReviewTitle)}</h2>
                    <p class="holds">{tf(if from == Source::Link { Msg::ReviewLink } else { Msg::ReviewFile }, "what", &holds)}</p>
                    <p>{move || tf(Msg::ReviewHere, "what", &here())}</p>
                    <div class="actions">
                        <button type="button" class="primary" disabled=move || session.is_read_only()
                            on:click=add>{t(Msg::ImportAdd)}</button>
                        <button type="button" class="danger" aria-haspopup="dialog" disabled=move || session.is_read_only()
                            on:click=ask_replace>{t(Msg::ImportReplace)}</button>
                        <button type="button" class="quiet" on:click=move |_| {
                            waiting.set(None);
                            web::focus_later("#import-file".into());
                        }>{t(Msg::ImportCancel)}</button>
                    </div>
                </section>
            }
        })}
        <Confirm node=confirm name="replace" title=Msg::ReplaceConfirmTitle
            text=Signal::derive(move || tf(Msg::ReplaceConfirmText, "what", &here()))
            yes=Msg::ReplaceConfirmYes no=Msg::ReplaceConfirmNo confirmed=replace>
            <button type="button" on:click=move |_| { session.download_copy(); }>{t(Msg::DownloadCopy)}</button>
        </Confirm>
    }
}

/// "Added 3 statements, 1 moment." or that nothing was new.
fn added_words(added: Added) -> String {
    if added == Added::default() {
        t(Msg::ImportNothingNew).to_owned()
    } else {
        tf(Msg::ImportAdded, "what", &added.describe(lang()))
    }
}
