//! Bringing in what people shared: files, codes (scanned, which open this page, or pasted)
//! and the tally a venue's shared device kept. Everything is read and checked first, and
//! shown line by line; nothing changes until "Add them".
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{brought_words, g, page, Page, Said, Spot};
use crate::core::group::{
    moments_in, read_tally, Contribution, Refused, MAX_FILE_BYTES, TALLY_KEY,
};
use crate::core::messages::group::GroupMsg;
use crate::core::messages::{fill, fill_all, Msg};
use crate::core::store::Backend;
use crate::core::transfer::{gather_with, read_part, Gathered, ImportError};
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
    };
    format!(
        "{} {}",
        fill(g(msg), "file", name),
        g(GroupMsg::NothingAdded)
    )
}

impl Page {
    /// Puts what was read in the check, or says why it was not.
    fn read(self, read: Result<Contribution, Refused>, name: &str) -> Option<String> {
        match read {
            Ok(contribution) => {
                self.waiting.update(|w| w.push(contribution));
                None
            }
            Err(why) => Some(refused(why, name)),
        }
    }

    /// One code, scanned (the address's `#` part) or pasted.
    fn take_code(self, code: &str) -> Option<String> {
        let hash = match code.find("#T") {
            Some(at) => &code[at..],
            None => &format!("#{}", code.trim()),
        };
        let a_code = g(GroupMsg::ACode);
        let part = match read_part(hash) {
            Some(Ok(part)) => part,
            Some(Err(ImportError::OtherVersion)) => return Some(refused(Refused::Newer, a_code)),
            _ => return Some(refused(Refused::NotContribution, a_code)),
        };
        let storage = BrowserStorage::local();
        let stored = storage
            .as_ref()
            .and_then(|s| s.get(PARTS_KEY).ok().flatten());
        let (keep, gathered) = gather_with(stored.as_deref(), part, web::now_ms(), |bytes| {
            bytes
                .map_err(|_| Refused::Broken)
                .and_then(|b| Contribution::read(&b))
        });
        if let Some(storage) = storage {
            let _ = match keep {
                Some(keep) => storage.set(PARTS_KEY, &keep),
                None => storage.remove(PARTS_KEY),
            };
        }
        match gathered {
            Gathered::Complete(read) => self.read(*read, a_code),
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
            if let Some(words) = page.take_code(&hash) {
                page.say(Spot::Bring, words);
            }
        }
    };
    take();
    super::super::while_drawn(window_event_listener(leptos::ev::hashchange, move |_| {
        take()
    }));
}

#[component]
pub fn Bring() -> impl IntoView {
    let page = page();
    let input = NodeRef::<leptos::html::Input>::new();
    let codes = RwSignal::new(String::new());
    let tally =
        RwSignal::new(BrowserStorage::local().and_then(|s| s.get(TALLY_KEY).ok().flatten()));
    // The tally is in the check: once added, it leaves the device's tally.
    let from_tally = RwSignal::new(false);
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
                let read = match device::read_file(&file, MAX_FILE_BYTES).await {
                    Ok(bytes) => Contribution::read(&bytes),
                    Err(device::FileProblem::TooLarge) => Err(Refused::TooLarge),
                    Err(_) => Err(Refused::NotContribution),
                };
                said.extend(page.read(read, &file.name()));
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
        let said: Vec<String> = codes
            .get_untracked()
            .lines()
            .filter(|line| !line.trim().is_empty())
            .filter_map(|line| page.take_code(line))
            .collect();
        codes.set(String::new());
        page.say(Spot::Bring, said.join(" "));
    };
    let bring_tally = move |_| {
        let (read, unreadable) = read_tally(&tally.get_untracked().unwrap_or_default());
        page.waiting.update(|w| w.extend(read));
        from_tally.set(true);
        if unreadable > 0 {
            page.say(
                Spot::Bring,
                fill(g(GroupMsg::TallyUnreadable), "n", &unreadable.to_string()),
            );
        }
        web::focus_later("#check".into());
    };
    let add = move |_| {
        let incoming = page.waiting.try_update(std::mem::take).unwrap_or_default();
        let brought = page
            .pool
            .try_update(|pool| pool.bring(incoming))
            .unwrap_or_default();
        // What came from the tally is in the pool now: only lines that could not be read stay.
        if let Some(text) = tally.get_untracked().filter(|_| from_tally.get_untracked()) {
            if let Some(storage) = BrowserStorage::local() {
                let kept: Vec<&str> = text
                    .lines()
                    .filter(|l| !l.trim().is_empty() && Contribution::read(l.as_bytes()).is_err())
                    .collect();
                let _ = match kept.is_empty() {
                    true => storage.remove(TALLY_KEY),
                    false => storage.set(TALLY_KEY, &kept.join("\n")),
                };
                tally.set(storage.get(TALLY_KEY).ok().flatten());
            }
        }
        from_tally.set(false);
        page.say(Spot::Bring, brought_words(brought));
        web::focus_later("#said-bring".into());
    };
    let dont = move |_| {
        page.waiting.set(Vec::new());
        from_tally.set(false);
        page.say(Spot::Bring, g(GroupMsg::NothingAdded));
        web::focus_later("#said-bring".into());
    };
    let tally_count = move || {
        tally.with(|t| {
            t.as_deref()
                .map_or(0, |t| t.lines().filter(|l| !l.trim().is_empty()).count())
        })
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
            <Show when=move || { tally_count() > 0 }>
                <p>{move || fill(g(GroupMsg::Tally), "people", &GroupMsg::People.count(super::super::lang(), tally_count()))}</p>
                <p><button type="button" id="bring-tally" on:click=bring_tally>{g(GroupMsg::TallyBring)}</button></p>
            </Show>
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
