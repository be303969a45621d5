//! Bringing in what people shared: files, codes (scanned, which open this page, or pasted)
//! and the tally a venue's shared device kept. Sealed ones are opened with the group's key.
//! Everything is read and checked first, and shown line by line; nothing changes until "Add
//! them", and the tally's lines leave the device only once the pool holding them is kept.
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{brought_words, g, page, Page, Said, Spot};
use crate::core::group::seal::Sealed;
use crate::core::group::{
    file_entries, moments_in, tally_lines, tally_without, Contribution, Refused, MAX_FILE_BYTES,
    TALLY_KEY,
};
use crate::core::messages::group::GroupMsg;
use crate::core::messages::{fill, fill_all, Msg};
use crate::core::store::Backend;
use crate::core::transfer::{gather_with, read_part, Gathered, ImportError};
use crate::web::group_crypto::{self, GroupKey};
use crate::web::{self, device, storage::BrowserStorage};

/// Code parts gathered on this device until all of a contribution's are here.
const PARTS_KEY: &str = "alongside-group.parts";

fn refused(why: Refused, name: &str) -> String {
    let msg = match why {
        Refused::TooLarge => GroupMsg::RefusedLarge,
        Refused::NotContribution => GroupMsg::RefusedNot,
        Refused::Notes => GroupMsg::RefusedNotes,
        Refused::Newer => GroupMsg::RefusedNewer,
        Refused::Broken => GroupMsg::RefusedBroken,
        Refused::OtherGroup => GroupMsg::RefusedOtherGroup,
        Refused::NoKey => GroupMsg::RefusedNoKey,
    };
    format!(
        "{} {}",
        fill(g(msg), "file", name),
        g(GroupMsg::NothingAdded)
    )
}

/// One contribution, sealed or not: a sealed one opens only with this group's key.
async fn open(key: Option<GroupKey>, bytes: &[u8]) -> Result<Contribution, Refused> {
    match Sealed::read(bytes) {
        None => Contribution::read(bytes),
        Some(Err(why)) => Err(why),
        Some(Ok(sealed)) => {
            let key = key.ok_or(Refused::NoKey)?;
            if sealed.group != key.invitation.id() {
                return Err(Refused::OtherGroup);
            }
            let opened = group_crypto::open_sealed(&key, &sealed).await;
            Contribution::read(&opened.ok_or(Refused::Broken)?)
        }
    }
}

impl Page {
    /// Puts what was read in the check, or says why it was not.
    async fn read(self, bytes: &[u8], name: &str) -> Option<String> {
        match open(self.key.get_untracked(), bytes).await {
            Ok(contribution) => {
                self.waiting.update(|w| w.push(contribution));
                None
            }
            Err(why) => Some(refused(why, name)),
        }
    }

    /// One code, scanned (the address's `#` part) or pasted.
    async fn take_code(self, code: &str) -> Option<String> {
        let hash = match code.find("#T") {
            Some(at) => code[at..].to_owned(),
            None => format!("#{}", code.trim()),
        };
        let a_code = g(GroupMsg::ACode);
        let part = match read_part(&hash) {
            Some(Ok(part)) => part,
            Some(Err(ImportError::OtherVersion)) => return Some(refused(Refused::Newer, a_code)),
            _ => return Some(refused(Refused::NotContribution, a_code)),
        };
        let storage = BrowserStorage::local();
        let stored = storage
            .as_ref()
            .and_then(|s| s.get(PARTS_KEY).ok().flatten());
        let (keep, gathered) = gather_with(stored.as_deref(), part, web::now_ms(), |bytes| {
            bytes.map_err(|_| Refused::Broken)
        });
        if let Some(storage) = storage {
            let _ = match keep {
                Some(keep) => storage.set(PARTS_KEY, &keep),
                None => storage.remove(PARTS_KEY),
            };
        }
        match gathered {
            Gathered::Complete(bytes) => match *bytes {
                Ok(bytes) => self.read(&bytes, a_code).await,
                Err(why) => Some(refused(why, a_code)),
            },
            Gathered::Waiting { have, count } => Some(fill_all(
                g(GroupMsg::CodeWaiting),
                &[
                    ("have", &have.len().to_string()),
                    ("count", &count.to_string()),
                ],
            )),
        }
    }
}

/// A code that opened this page (scanned with the camera) is read at once, and so is one
/// scanned while it is open; the address then drops it.
pub fn arrived() {
    let page = page();
    let take = move || {
        let hash = web::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        if hash.starts_with("#T") {
            device::replace_hash(&device::app_address());
            spawn_local(async move {
                if let Some(words) = page.take_code(&hash).await {
                    page.say(Spot::Bring, words);
                }
            });
        }
    };
    take();
    super::super::while_drawn(window_event_listener(leptos::ev::hashchange, move |_| {
        take()
    }));
}

/// The tally this device keeps, read fresh: the kiosk may have added to it a moment ago.
pub fn read_tally() -> Option<String> {
    BrowserStorage::local().and_then(|s| s.get(TALLY_KEY).ok().flatten())
}

#[component]
pub fn Bring() -> impl IntoView {
    let page = page();
    let input = NodeRef::<leptos::html::Input>::new();
    let codes = RwSignal::new(String::new());
    // The tally's lines in the check: they leave the device once the pool holds them.
    let from_tally = RwSignal::new(Vec::<String>::new());
    let files = move |_| {
        let Some(input) = input.get() else { return };
        spawn_local(async move {
            let mut said = Vec::new();
            let files = input.files();
            let count = files.as_ref().map_or(0, |f| f.length());
            for i in 0..count {
                let Some(file) = files.as_ref().and_then(|f| f.get(i)) else {
                    continue;
                };
                match device::read_file(&file, MAX_FILE_BYTES).await {
                    Ok(bytes) => {
                        for entry in file_entries(&bytes) {
                            said.extend(page.read(entry, &file.name()).await);
                        }
                    }
                    Err(device::FileProblem::TooLarge) => {
                        said.push(refused(Refused::TooLarge, &file.name()))
                    }
                    Err(_) => said.push(refused(Refused::NotContribution, &file.name())),
                }
            }
            input.set_value("");
            page.say(Spot::Bring, said.join(" "));
            web::focus_later(
                if page.waiting.with_untracked(Vec::is_empty) {
                    "#said-bring"
                } else {
                    "#check"
                }
                .into(),
            );
        });
    };
    let read_codes = move |_| {
        let lines: Vec<String> = codes
            .get_untracked()
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(str::to_owned)
            .collect();
        codes.set(String::new());
        spawn_local(async move {
            let mut said = Vec::new();
            for line in lines {
                said.extend(page.take_code(&line).await);
            }
            page.say(Spot::Bring, said.join(" "));
        });
    };
    let bring_tally = move |_| {
        spawn_local(async move {
            let tally = read_tally().unwrap_or_default();
            let mut left = 0;
            let mut taken = Vec::new();
            for line in tally_lines(&tally) {
                match page.read(line.as_bytes(), "").await {
                    None => taken.push(line.to_owned()),
                    Some(_) => left += 1,
                }
            }
            from_tally.set(taken);
            if left > 0 {
                page.say(
                    Spot::Bring,
                    fill(g(GroupMsg::TallyLeft), "n", &left.to_string()),
                );
            }
            web::focus_later("#check".into());
        });
    };
    let add = move |_| {
        let incoming = page.waiting.try_update(std::mem::take).unwrap_or_default();
        let (brought, kept) = page.change(|pool| pool.bring(incoming));
        // Only once the pool holding them is kept do the tally's lines leave this device;
        // read again, so a line added meanwhile stays.
        let taken = from_tally.try_update(std::mem::take).unwrap_or_default();
        if kept && !taken.is_empty() {
            if let (Some(storage), Some(now)) = (BrowserStorage::local(), read_tally()) {
                let _ = match tally_without(&now, &taken) {
                    None => storage.remove(TALLY_KEY),
                    Some(left) => storage.set(TALLY_KEY, &left),
                };
                page.tally.set(read_tally());
            }
        }
        page.say(Spot::Bring, brought_words(brought));
        web::focus_later("#said-bring".into());
    };
    let dont = move |_| {
        page.waiting.set(Vec::new());
        from_tally.set(Vec::new());
        page.say(Spot::Bring, g(GroupMsg::NothingAdded));
        web::focus_later("#said-bring".into());
    };
    let check = move || {
        page.waiting.with(|waiting| {
            let lang = super::super::lang();
            let holds = fill_all(
                g(GroupMsg::CheckHolds),
                &[
                    ("people", &GroupMsg::People.count(lang, waiting.len())),
                    (
                        "moments",
                        &Msg::HoldsMoments.count(lang, moments_in(waiting)),
                    ),
                ],
            );
            let lines: Vec<String> = waiting
                .iter()
                .flat_map(|c| c.moments.iter().map(move |m| m.line(lang)))
                .collect();
            (holds, lines)
        })
    };
    view! {
        <section class="card" aria-labelledby="bring-title">
            <h2 id="bring-title">{g(GroupMsg::BringTitle)}</h2>
            <div class="field">
                <label for="bring-files">{g(GroupMsg::BringFiles)}</label>
                <p class="hint" id="bring-files-hint">{g(GroupMsg::BringFilesHint)}</p>
                <input type="file" id="bring-files" multiple accept=".json,application/json"
                    aria-describedby="bring-files-hint" node_ref=input on:change=files />
            </div>
            <super::names::Words id="bring-codes" label=GroupMsg::BringCodes hint=GroupMsg::BringCodesHint
                value=codes put=Callback::new(move |v| codes.set(v)) lines=3 />
            <p><button type="button" id="read-codes" on:click=read_codes>{g(GroupMsg::ReadCodes)}</button></p>
            <Tally bring=Some(Callback::new(bring_tally)) />
            <Show when=move || !page.waiting.with(Vec::is_empty)>
                <div class="card check" id="check" tabindex="-1" role="group" aria-labelledby="check-title">
                    <h3 id="check-title">{g(GroupMsg::CheckTitle)}</h3>
                    <p>{move || check().0}</p>
                    <ul class="check-lines">{move || check().1.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                    <div class="actions">
                        <button type="button" class="primary" id="add" on:click=add>{g(GroupMsg::Add)}</button>
                        <button type="button" on:click=dont>{g(GroupMsg::DontAdd)}</button>
                    </div>
                </div>
            </Show>
            <Said spot=Spot::Bring />
        </section>
    }
}

/// The tally this device keeps: how many, brought in (with the group's key, on its own
/// device), or downloaded to bring in elsewhere and then emptied of what was downloaded.
#[component]
pub fn Tally(bring: Option<Callback<()>>) -> impl IntoView {
    let page = page();
    let downloaded = RwSignal::new(Vec::<String>::new());
    let count = move || {
        page.tally
            .with(|t| t.as_deref().map_or(0, |t| tally_lines(t).len()))
    };
    let download = move |_| {
        let tally = read_tally().unwrap_or_default();
        let name = format!("alongside-group-tally-{}.json", web::today());
        let done = web::download(&name, "application/json", &tally);
        if done {
            downloaded.set(tally_lines(&tally).into_iter().map(str::to_owned).collect());
        }
        page.say(
            Spot::Tally,
            g(if done {
                GroupMsg::TallyDownloaded
            } else {
                GroupMsg::NotDownloaded
            }),
        );
    };
    let empty = move |_| {
        let taken = downloaded.try_update(std::mem::take).unwrap_or_default();
        if let (Some(storage), Some(now)) = (BrowserStorage::local(), read_tally()) {
            let emptied = match tally_without(&now, &taken) {
                None => storage.remove(TALLY_KEY),
                Some(left) => storage.set(TALLY_KEY, &left),
            };
            if emptied.is_ok() {
                let people = GroupMsg::People.count(super::super::lang(), taken.len());
                page.say(
                    Spot::Tally,
                    fill(g(GroupMsg::TallyEmptied), "people", &people),
                );
            }
        }
        page.tally.set(read_tally());
        web::focus_later("#said-tally".into());
    };
    view! {
        <Show when=move || { count() > 0 }>
            <p>{move || fill(g(GroupMsg::Tally), "people", &GroupMsg::People.count(super::super::lang(), count()))}</p>
            <div class="actions">
                {bring.map(|bring| view! {
                    <button type="button" id="bring-tally" on:click=move |_| bring.run(())>{g(GroupMsg::TallyBring)}</button>
                })}
                <button type="button" id="download-tally" on:click=download>{g(GroupMsg::TallyDownload)}</button>
                <Show when=move || !downloaded.with(Vec::is_empty)>
                    <button type="button" id="empty-tally" on:click=empty>{g(GroupMsg::TallyEmpty)}</button>
                </Show>
            </div>
        </Show>
        <Said spot=Spot::Tally />
    }
}
