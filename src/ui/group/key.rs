//! The group's key and invitation: made here (the private key never leaves this page, but
//! as a key file sealed with a passphrase), the invitation shown as a code and a link, a key
//! file to keep, and a kept key file opened again.
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{g, page, Said, Spot};
use crate::core::group::key::{self, Kept, KeyProblem, KEY_FILE_BYTES, KEY_KEY};
use crate::core::group::seal::Invitation;
use crate::core::messages::fill;
use crate::core::messages::group::GroupMsg;
use crate::core::pack::{from_text, to_text};
use crate::core::store::Backend;
use crate::core::transfer;
use crate::web::group_crypto::{self, GroupKey};
use crate::web::{self, crypto, device, storage::BrowserStorage};

/// Where a key that could not be read is kept aside before another is kept.
const UNREADABLE_KEY: &str = "alongside-group.key-unreadable";

/// Keeps the group's key on this device; false if it could not be kept.
fn keep(invitation: &Invitation, private: &[u8]) -> bool {
    let Some(storage) = BrowserStorage::local() else {
        return false;
    };
    if let Ok(Some(old)) = storage.get(KEY_KEY) {
        if key::read(&old).is_err() && storage.set(UNREADABLE_KEY, &old).is_err() {
            return false;
        }
    }
    storage
        .set(KEY_KEY, &key::write_open(invitation, private))
        .is_ok()
}

/// The group's key kept on this device, opened; `Err` if one is kept but cannot be read.
pub async fn kept_key() -> Result<Option<GroupKey>, ()> {
    let Some(text) = BrowserStorage::local().and_then(|s| s.get(KEY_KEY).ok().flatten()) else {
        return Ok(None);
    };
    match key::read(&text) {
        Ok(Kept::Open(invitation, private)) => group_crypto::open_group(invitation, &private)
            .await
            .map(Some)
            .ok_or(()),
        _ => Err(()),
    }
}

/// A password box, labelled.
#[component]
fn Secret(id: &'static str, label: GroupMsg, value: RwSignal<String>, new: bool) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{g(label)}</label>
            <input id=id type="password" autocomplete=if new { "new-password" } else { "current-password" }
                prop:value=value on:input=move |event| if let Some(text) = web::typed_text(&event) { value.set(text) } />
        </div>
    }
}

#[component]
pub fn Key(#[prop(into)] name: Signal<String>) -> impl IntoView {
    let page = page();
    let busy = RwSignal::new(false);
    let say = move |words: String| {
        busy.set(false);
        page.say(Spot::Key, words);
        web::focus_later("#said-key".into());
    };
    let make = move |_| {
        let name = name.get_untracked();
        if name.trim().is_empty() {
            say(g(GroupMsg::KeyNeedsName).to_owned());
            web::focus_later("#group-name".into());
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let Some((made, private)) = group_crypto::new_group(&name).await else {
                return say(g(GroupMsg::KeyNotMade).to_owned());
            };
            match keep(&made.invitation, &private) {
                true => {
                    page.key.set(Some(made));
                    say(String::new());
                }
                false => say(g(GroupMsg::KeyNotKept).to_owned()),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="key-title">
            <h2 id="key-title">{g(GroupMsg::KeyTitle)}</h2>
            <Show when=move || page.key.with(Option::is_none) fallback=|| view! { <Invitation /> }>
                <p>{g(GroupMsg::KeyIntro)}</p>
                <p class="hint">{g(GroupMsg::KeyLost)}</p>
                {page.key_unreadable.then(|| view! { <p class="notice-text">{g(GroupMsg::KeyUnreadable)}</p> })}
                <p><button type="button" class="primary" id="make-key" disabled=busy on:click=make>{g(GroupMsg::MakeKey)}</button></p>
                <OpenKeyFile />
            </Show>
            <Said spot=Spot::Key />
        </section>
    }
}

/// The invitation as a code and a link, and a key file to keep.
#[component]
fn Invitation() -> impl IntoView {
    let page = page();
    let link = move || {
        page.key.with(|k| {
            k.as_ref()
                .map(|k| k.invitation.link(&device::address_of("../")))
        })
    };
    let about = move || {
        page.key.with(|k| {
            k.as_ref()
                .map(|k| fill(g(GroupMsg::Invitation), "group", &k.invitation.name))
        })
    };
    let code = move || {
        link().and_then(|l| transfer::qr(&l)).map(|qr| view! {
            <svg class="qr" viewBox=format!("0 0 {0} {0}", qr.size) width=qr.size * (400 / qr.size).max(4) role="img"
                aria-label=g(GroupMsg::InvitationCode) shape-rendering="crispEdges">
                <rect width=qr.size height=qr.size class="qr-paper" />
                <path d=qr.path class="qr-ink" />
            </svg>
        })
    };
    let copy = move |_| {
        let words = link().unwrap_or_default();
        spawn_local(async move {
            let copied = device::copy_text(&words).await;
            page.say(
                Spot::Key,
                g(if copied {
                    GroupMsg::LinkCopied
                } else {
                    GroupMsg::NotCopied
                }),
            );
        });
    };
    view! {
        <p>{about}</p>
        <div class="invitation">{code}</div>
        <p class="hint">{g(GroupMsg::InvitationLink)}</p>
        <p class="invitation-link" id="invitation-link">{link}</p>
        <p><button type="button" id="copy-link" on:click=copy>{g(GroupMsg::CopyLink)}</button></p>
        <KeyFile />
    }
}

/// A key file, sealed with a passphrase as locked notes are.
#[component]
fn KeyFile() -> impl IntoView {
    let page = page();
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let download = move |_| {
        let (words, repeat) = (first.get_untracked(), again.get_untracked());
        let problem = match (words.trim().is_empty(), words == repeat) {
            (true, _) => Some(GroupMsg::PassphraseEmpty),
            (false, false) => Some(GroupMsg::PassphrasesDiffer),
            _ => None,
        };
        if let Some(problem) = problem {
            return page.say(Spot::Key, g(problem));
        }
        let Some(storage) = BrowserStorage::local() else {
            return;
        };
        let Some(Ok(Kept::Open(invitation, private))) =
            storage.get(KEY_KEY).ok().flatten().map(|t| key::read(&t))
        else {
            return page.say(Spot::Key, g(GroupMsg::KeyNotKept));
        };
        busy.set(true);
        page.say(Spot::Key, g(GroupMsg::Working));
        spawn_local(async move {
            let sealed = match crypto::new_key(&words).await {
                Some(lock) => crypto::seal(&lock, &to_text(&private), false).await,
                None => None,
            };
            busy.set(false);
            let done = sealed.is_some_and(|sealed| {
                web::download(
                    "alongside-group-key.json",
                    "application/json",
                    &key::write_file(&invitation, &sealed),
                )
            });
            if done {
                first.set(String::new());
                again.set(String::new());
            }
            page.say(
                Spot::Key,
                g(if done {
                    GroupMsg::KeyFileDone
                } else {
                    GroupMsg::NotDownloaded
                }),
            );
        });
    };
    view! {
        <h3>{g(GroupMsg::KeyFileTitle)}</h3>
        <p class="hint">{g(GroupMsg::KeyFileHint)}</p>
        <p class="hint">{g(GroupMsg::KeyLost)}</p>
        <Secret id="key-passphrase" label=GroupMsg::Passphrase value=first new=true />
        <Secret id="key-passphrase-again" label=GroupMsg::PassphraseAgain value=again new=true />
        <p><button type="button" id="key-file" disabled=busy on:click=download>{g(GroupMsg::KeyFileDownload)}</button></p>
    }
}

/// Opens a key file kept from before, with its passphrase.
#[component]
fn OpenKeyFile() -> impl IntoView {
    let page = page();
    let input = NodeRef::<leptos::html::Input>::new();
    let words = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let open = move |_| {
        let Some(input) = input.get() else { return };
        busy.set(true);
        page.say(Spot::Key, g(GroupMsg::Working));
        spawn_local(async move {
            let text = device::read_chosen_file(&input, KEY_FILE_BYTES)
                .await
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .unwrap_or_default();
            let said = match key::read(&text) {
                Err(KeyProblem::NotKey) => g(GroupMsg::KeyFileNot).to_owned(),
                Err(KeyProblem::Damaged) => g(GroupMsg::KeyFileDamaged).to_owned(),
                Err(KeyProblem::TooSlow) => g(GroupMsg::KeyFileSlow).to_owned(),
                Ok(kept) => open_kept(page, kept, &words.get_untracked()).await,
            };
            busy.set(false);
            page.say(Spot::Key, said);
            web::focus_later("#said-key".into());
        });
    };
    view! {
        <h3>{g(GroupMsg::OpenKeyTitle)}</h3>
        <div class="field">
            <label for="open-key-file">{g(GroupMsg::OpenKeyFile)}</label>
            <input type="file" id="open-key-file" accept=".json,application/json" node_ref=input />
        </div>
        <Secret id="open-key-passphrase" label=GroupMsg::OpenKeyPassphrase value=words new=false />
        <p><button type="button" id="open-key" disabled=busy on:click=open>{g(GroupMsg::OpenKey)}</button></p>
    }
}

/// Opens a key file's key with `words`, and keeps it on this device.
async fn open_kept(page: super::Page, kept: Kept, words: &str) -> String {
    let (invitation, private) = match kept {
        Kept::Open(invitation, private) => (invitation, Some(private)),
        Kept::Sealed(invitation, sealed) => match crypto::unlock(words, &sealed).await {
            None => return g(GroupMsg::KeyFileWrong).to_owned(),
            Some(opened) => (invitation, opened.plain.and_then(|plain| from_text(&plain))),
        },
    };
    let Some(private) = private else {
        return g(GroupMsg::KeyFileDamaged).to_owned();
    };
    let Some(opened) = group_crypto::open_group(invitation.clone(), &private).await else {
        return g(GroupMsg::KeyFileDamaged).to_owned();
    };
    if !keep(&invitation, &private) {
        return g(GroupMsg::KeyNotKept).to_owned();
    }
    page.key.set(Some(opened));
    fill(g(GroupMsg::KeyOpened), "group", &invitation.name)
}
