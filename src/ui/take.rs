//! Take it with you: save a file (or share it), show a QR code that opens the notes on a
//! phone, and bring notes back from a file or a scanned code, checked before anything changes.
use leptos::{ev, html, prelude::*, task::spawn_local};

use super::codes::{self, Codes};
use super::dialog::{close, open, Confirm};
use super::widgets::TextField;
use super::{lang, session, t, tf};
use crate::core::document::Document;
use crate::core::lock;
use crate::core::messages::fill_all;
use crate::core::messages::Msg;
use crate::core::route::{PlanPart, Route};
use crate::core::transfer::{self, describe, Added, ImportError, MAX_FILE_BYTES};
use crate::web::{self, crypto, device};

/// What an import link or a scanned code brought as the app opened, checked already.
#[derive(Clone, Copy)]
pub struct Arrival(pub RwSignal<Option<Arrived>>);

pub enum Arrived {
    Notes(Box<Result<Document, ImportError>>),
    /// One code of several: the codes this phone has (by number) out of `count`.
    Part {
        have: Vec<usize>,
        count: usize,
    },
}

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
    let locked = RwSignal::new(None::<(String, Source)>);
    let lock_on = session().lock_on;
    let mut gathering = None;
    if let Some(Arrival(arrived)) = use_context::<Arrival>() {
        match arrived.try_update(Option::take).flatten() {
            Some(Arrived::Notes(notes)) => match *notes {
                Ok(doc) => waiting.set(Some((doc, Source::Link))),
                Err(ImportError::Locked(text)) => locked.set(Some((text, Source::Link))),
                Err(error) => problem.set(Some(error)),
            },
            Some(Arrived::Part { have, count }) => {
                gathering = Some(view! { <Gathering have count /> })
            }
            None => {}
        }
    }
    view! {
        <h1 tabindex="-1">{t(Msg::TitleTake)}</h1>
        <p>{t(Msg::TakeIntro)}</p>
        <Show when=move || lock_on.get()>
            <p class="notice-text">{t(Msg::TakeLocked)}</p>
        </Show>
        {gathering}
        <SaveFile />
        <ToPhone />
        <section class="card" aria-labelledby="print-title">
            <h2 id="print-title">{t(Msg::SectionPrint)}</h2>
            <p>{t(Msg::SectionPrintHint)}</p>
            <p><a class="button" href=PlanPart::Copy.hash()>{t(Msg::TakePrint)}</a></p>
            <p>{t(Msg::RaiseTakeText)}</p>
            <p><a class="button" href=Route::Raise.hash()>{t(Msg::TitleRaise)}</a></p>
        </section>
        <BringBack waiting=waiting problem=problem locked=locked />
    }
}

#[component]
fn SaveFile() -> impl IntoView {
    let session = session();
    let share = move |_| {
        spawn_local(async move {
            let text = session.export_file().await;
            let name = super::state::Session::export_name();
            let shared = match &text {
                Some(text) => device::share_file(&name, text).await,
                None => false,
            };
            if shared || session.offer(&name, super::notes::JSON, text) {
                session.kept_copy();
            }
        });
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
    // None: not asked for yet. Some(empty): too much for codes.
    let links = RwSignal::new(None::<Vec<String>>);
    let show = Callback::new(move |()| {
        spawn_local(async move {
            // Sealed first while the lock is on: the phone then asks for the passphrase.
            let made = session.export_file().await.map_or_else(Vec::new, |text| {
                transfer::codes_of(
                    text.as_bytes(),
                    &device::app_address(),
                    session.config.with_value(codes::chosen_size),
                )
            });
            links.try_set(Some(made));
            // Focus goes to what was just shown: the codes' words, or why there are none.
            web::focus_later("#codes".into());
        });
    });
    let count = move || links.with(|l| l.as_ref().map_or(0, Vec::len));
    let holds = Signal::derive(move || session.doc.with(|doc| describe(doc, lang())));
    view! {
        <section class="card to-phone" aria-labelledby="phone-title">
            <h2 id="phone-title">{t(Msg::TakePhoneTitle)}</h2>
            <p>{t(Msg::TakePhoneText)}</p>
            {move || match count() {
                _ if links.with(Option::is_none) => if session.doc.with(Document::is_empty) {
                    view! { <p class="empty">{t(Msg::QrNothing)}</p> }.into_any()
                } else {
                    view! { <button id="show-code" type="button" class="primary" on:click=move |_| show.run(())>{t(Msg::ShowCode)}</button> }.into_any()
                },
                _ => view! { <Codes links holds back="#show-code" remake=show /> }.into_any(),
            }}
        </section>
    }
}

/// Codes scanned so far on this phone, while some are still to come.
#[component]
fn Gathering(have: Vec<usize>, count: usize) -> impl IntoView {
    let missing: Vec<String> = (1..=count)
        .filter(|n| !have.contains(n))
        .map(|n| n.to_string())
        .collect();
    view! {
        <section class="card review" aria-labelledby="gather-title">
            <h2 id="gather-title" tabindex="-1">{t(Msg::GatherTitle)}</h2>
            <p class="holds">{fill_all(Msg::GatherHave.form(lang(), count), &[("n", &have.len().to_string()), ("count", &count.to_string())])}</p>
            <p>{tf(Msg::GatherMissing, "which", &missing.join(", "))}</p>
            <p class="hint">{t(Msg::GatherHow)}</p>
        </section>
    }
}

#[component]
fn BringBack(
    waiting: RwSignal<Option<(Document, Source)>>,
    problem: RwSignal<Option<ImportError>>,
    locked: RwSignal<Option<(String, Source)>>,
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
            waiting.set(None);
            locked.set(None);
            problem.set(None);
            match read {
                Ok(doc) => {
                    waiting.set(Some((doc, Source::File)));
                    web::focus_later("#review-title".into());
                }
                Err(ImportError::Locked(text)) => {
                    locked.set(Some((text, Source::File)));
                    web::focus_later("#open-title".into());
                }
                Err(error) => problem.set(Some(error)),
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
        {move || locked.get().map(|(text, from)| view! { <OpenLocked text from waiting locked problem /> })}
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

/// Asks for the passphrase of locked notes from a file or codes, then reviews them as usual.
#[component]
fn OpenLocked(
    text: String,
    from: Source,
    waiting: RwSignal<Option<(Document, Source)>>,
    locked: RwSignal<Option<(String, Source)>>,
    problem: RwSignal<Option<ImportError>>,
) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let sealed = lock::read(&text).and_then(Result::ok);
    let submit = move |event: ev::SubmitEvent| {
        event.prevent_default();
        let Some(sealed) = sealed.clone().filter(|_| !busy.get_untracked()) else {
            return;
        };
        busy.set(true);
        wrong.set(false);
        spawn_local(async move {
            let opened = crypto::unlock(&passphrase.get_untracked(), &sealed).await;
            busy.try_set(false);
            let damaged = || Err(ImportError::Damaged("locked".into()));
            match opened.map(|o| o.plain.map_or_else(damaged, |p| transfer::read_file(&p))) {
                None => {
                    wrong.try_set(true);
                    web::focus_later("#open-passphrase".into());
                }
                Some(read) => {
                    locked.set(None);
                    match read {
                        Ok(doc) => {
                            waiting.set(Some((doc, from)));
                            web::focus_later("#review-title".into());
                        }
                        Err(error) => problem.set(Some(error)),
                    }
                }
            }
        });
    };
    view! {
        <form class="card review" aria-labelledby="open-title" on:submit=submit>
            <h2 id="open-title" tabindex="-1">{t(Msg::ImportLockedTitle)}</h2>
            <p>{t(Msg::ImportLocked)}</p>
            <TextField id="open-passphrase".into() label=Msg::LockPassphrase value=passphrase
                put=Callback::new(move |text| passphrase.set(text)) kind="password" autocomplete="current-password" />
            <div role="alert">{move || wrong.get().then(|| view! { <p class="error">{t(Msg::ImportWrong)}</p> })}</div>
            <p role="status">{move || busy.get().then(|| t(Msg::UnlockBusy))}</p>
            <div class="actions">
                <button type="submit" class="primary">{t(Msg::ImportOpen)}</button>
                <button type="button" class="quiet" on:click=move |_| locked.set(None)>{t(Msg::ImportCancel)}</button>
            </div>
        </form>
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
