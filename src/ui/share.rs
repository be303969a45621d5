//! Add my moments to a group: the person sees, line by line, exactly what will leave (and
//! can leave any moment out), may answer a few questions, and takes away a file or codes
//! for the group's facilitator, with a receipt code. Opened from a group's invitation, what
//! leaves is sealed so that only that group's page can open it, and sharing with the same
//! group again keeps the same receipt, so a person counts once. On a venue's shared device
//! the same lines are offered at "Finish and wipe", and kept only sealed for its group.
use leptos::prelude::*;

use wasm_bindgen::JsCast;

use super::codes::Codes;
use super::state::Session;
use super::{lang, session, t, tf};
use crate::core::document::Moment;
use crate::core::group::seal::Invitation;
use crate::core::group::{self, share, Answer, Answers, Contribution, Level, Question, Shared};
use crate::core::messages::Msg;
use crate::core::transfer;
use crate::web::{self, crypto, device, group_crypto};

/// What the person chose to share, while the screen is open: read back from the page's own
/// events, so the boxes need no code of their own.
#[derive(Clone, Default)]
struct Chosen {
    /// The moments left out, by id.
    left_out: Vec<String>,
    level: Option<Level>,
    answers: Answers,
    quote: String,
    quote_shared: bool,
}

#[derive(Clone, Copy)]
pub struct Choice {
    chosen: StoredValue<Chosen>,
    /// The group it is for, from its invitation: what leaves is sealed for it.
    group: StoredValue<Option<Invitation>>,
    receipt: StoredValue<String>,
    /// The person's own key the receipt is made from.
    key: StoredValue<String>,
    /// Kept here: sealing finishes outside the screen's own context.
    session: Session,
}

impl Choice {
    /// Choices for `group`, under the receipt made for it from the person's own key (a new
    /// key, if they have never shared, kept once they do).
    pub fn new(group: Option<Invitation>) -> Choice {
        let session = session();
        let kept = session
            .doc
            .with_untracked(|doc| doc.settings.share_key.clone());
        let key = match kept.is_empty() {
            false => kept,
            true => {
                let random = crypto::random(2 * group::RECEIPT_LEN).unwrap_or_default();
                random
                    .chunks(group::RECEIPT_LEN)
                    .map(|part| {
                        group::receipt(std::array::from_fn(|i| part.get(i).copied().unwrap_or(0)))
                    })
                    .collect()
            }
        };
        let id = group.as_ref().map(Invitation::id).unwrap_or_default();
        Choice {
            chosen: StoredValue::new(Chosen::default()),
            receipt: StoredValue::new(group::receipt_for(&key, &id)),
            group: StoredValue::new(group),
            key: StoredValue::new(key),
            session,
        }
    }

    /// The text that leaves, sealed for the group when there is one, and its receipt. With
    /// `keep`, the key the receipt is made from is kept with the notes, so that sharing with
    /// this group again replaces what was shared rather than counting twice. `Err` when
    /// nothing is ticked, or the browser cannot seal.
    async fn text(self, keep: bool) -> Result<(String, String), Msg> {
        let contribution = self.contribution().ok_or(Msg::ShareNothing)?;
        let plain = contribution.to_file();
        let group = self.group.get_value();
        let text = match &group {
            None => plain,
            Some(group) => group_crypto::seal_for(group, plain.as_bytes())
                .await
                .ok_or(Msg::ShareNotSealedProblem)?,
        };
        let session = self.session;
        if keep
            && session
                .doc
                .with_untracked(|d| d.settings.share_key.is_empty())
        {
            let key = self.key.get_value();
            session.edit(|doc| doc.settings.share_key = key);
        }
        let receipt = contribution.receipt;
        Ok((text, receipt))
    }

    /// The contribution as chosen; `None` while no moment is ticked.
    pub fn contribution(self) -> Option<Contribution> {
        let chosen = self.chosen.get_value();
        let moments: Vec<Moment> = self.session.doc.with_untracked(|doc| {
            doc.moments
                .iter()
                .filter(|m| !chosen.left_out.contains(&m.id))
                .cloned()
                .collect()
        });
        let refs: Vec<&Moment> = moments.iter().collect();
        let mut contribution = Contribution::new(self.receipt.get_value(), &refs);
        if contribution.moments.is_empty() {
            return None;
        }
        contribution.level = chosen.level;
        contribution.answers = chosen.answers;
        if chosen.quote_shared {
            contribution.quote = chosen.quote.trim().to_owned();
        }
        Some(contribution)
    }

    /// Takes a choice back from an event on the page: a line ticked or not, an answer, the
    /// words and whether to share them.
    fn take(self, event: web_sys::Event) {
        let Some(box_) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let value = event_target_value(&event);
        let checked = event_target_checked(&event);
        let name = box_.get_attribute("name").unwrap_or_default();
        self.chosen.update_value(|chosen| {
            if let Some(id) = box_.get_attribute("data-moment") {
                chosen.left_out.retain(|out| *out != id);
                if !checked {
                    chosen.left_out.push(id);
                }
            } else if box_.id() == share::QUOTE {
                chosen.quote = value;
            } else if box_.id() == share::QUOTE_TICK {
                chosen.quote_shared = checked;
            } else if name == share::LEVEL {
                chosen.level = Level::ALL.into_iter().find(|l| l.key() == value);
            } else if let Some(question) = Question::ALL.into_iter().find(|q| q.key() == name) {
                chosen.answers.set(question, Answer::from_key(&value));
            }
        });
    }
}

/// The moments that can be shared, each a line to tick or untick.
#[component]
pub fn ShareLines(choice: Choice) -> impl IntoView {
    let html = move || {
        let left_out = choice.chosen.with_value(|c| c.left_out.clone());
        session()
            .doc
            .with(|doc| share::lines_html(&doc.moments, &left_out, lang()))
    };
    view! { <div on:change=move |event| choice.take(event) inner_html=html></div> }
}

#[component]
pub fn Share() -> impl IntoView {
    let session = session();
    // Opened from a group's invitation (`#/ladder/share?to=G1:…`): for that group, sealed.
    let hash = web::window().and_then(|w| w.location().hash().ok());
    let group = hash.as_deref().and_then(Invitation::read);
    let for_group = group.as_ref().map_or_else(
        || t(Msg::ShareNotSealed).to_owned(),
        |g| tf(Msg::ShareSealedFor, "group", &g.name),
    );
    let choice = Choice::new(group);
    let links = RwSignal::new(None::<Vec<String>>);
    let said = RwSignal::new(None::<Msg>);
    // Sealing takes a moment: the buttons wait, so nothing is made twice.
    let busy = RwSignal::new(false);
    let download = move |_| make(choice, busy, said, None);
    let codes = Callback::new(move |()| make(choice, busy, said, Some(links)));
    let holds = Signal::derive(move || {
        let n = choice.contribution().map_or(0, |c| c.moments.len());
        Msg::HoldsMoments.count(lang(), n)
    });
    let has_moments = move || {
        session
            .doc
            .with(|doc| doc.moments.iter().any(|m| Shared::of(m).is_some()))
    };
    view! {
        <h1 tabindex="-1">{t(Msg::TitleShare)}</h1>
        <p>{t(Msg::ShareIntro)}</p>
        <p class="empty" hidden=has_moments>{t(Msg::ShareNone)}</p>
        <div hidden=move || !has_moments()>
            <p class="for-group">{for_group}</p>
            <ShareLines choice />
            <details class="card">
                <summary>{t(Msg::ShareMore)}</summary>
                <div on:change=move |event| choice.take(event) on:input=move |event| choice.take(event)
                    inner_html=share::questions_html(lang())></div>
            </details>
            <p class="receipt">{tf(Msg::ShareReceipt, "code", &group::show_receipt(&choice.receipt.get_value()))}</p>
            <p>{t(Msg::ShareHow)}</p>
            <div class="actions">
                <button type="button" class="primary" id="share-file" disabled=busy on:click=download>{t(Msg::ShareGroupFile)}</button>
                <button type="button" id="share-codes" disabled=busy on:click=move |_| codes.run(())>{t(Msg::ShareCodes)}</button>
            </div>
            <p role="status" class="said">{move || said.get().map(t)}</p>
            {move || links.with(Option::is_some).then(|| view! { <Codes links holds back="#share-codes" remake=codes /> })}
        </div>
    }
}

/// Makes what leaves (sealing takes a moment, so the buttons wait), then offers it as a
/// file, or shows it as codes in `codes`; or says why it could not be made.
fn make(
    choice: Choice,
    busy: RwSignal<bool>,
    said: RwSignal<Option<Msg>>,
    codes: Option<RwSignal<Option<Vec<String>>>>,
) {
    busy.set(true);
    said.set(
        choice
            .group
            .with_value(Option::is_some)
            .then_some(Msg::ShareSealing),
    );
    leptos::task::spawn_local(async move {
        let made = choice.text(true).await;
        busy.set(false);
        said.set(made.as_ref().err().copied());
        let Ok((text, receipt)) = made else { return };
        match codes {
            Some(codes) => {
                let address = device::address_of("group/");
                let size = choice.session.config.with_value(super::codes::chosen_size);
                codes.set(Some(transfer::codes_of(text.as_bytes(), &address, size)));
                web::focus_later("#codes".into());
            }
            // A download the browser refuses is said in the notices, as for notes.
            None => {
                let name = format!("alongside-group-{receipt}.json");
                if choice.session.offer(&name, super::notes::JSON, Some(text)) {
                    said.set(Some(Msg::ShareDownloaded));
                }
            }
        }
    });
}

/// At "Finish and wipe" on a venue's shared device that asks for it: the choice to leave
/// the moments (only the lines shown) in the venue's group picture.
#[component]
pub fn KioskShare(choice: Choice, add: RwSignal<bool>) -> impl IntoView {
    let has_moments = move || {
        session()
            .doc
            .with(|doc| doc.moments.iter().any(|m| Shared::of(m).is_some()))
    };
    // Hidden rather than drawn on demand: one shape, no code for showing and hiding.
    view! {
        <div hidden=move || !has_moments()>
            <label class="choice">
                <input type="checkbox" id="kiosk-share" aria-describedby="kiosk-share-hint" prop:checked=add
                    on:change=move |event| add.set(event_target_checked(&event)) />
                {t(Msg::KioskShare)}
            </label>
            <p class="hint" id="kiosk-share-hint">{t(Msg::KioskShareHint)}</p>
            <div hidden=move || !add.get()><ShareLines choice /></div>
        </div>
    }
}

/// Adds the chosen moments, sealed for the venue's group, to the tally this device keeps.
/// False if they could not be kept (sealed, or on a full device): nothing should then be
/// wiped.
pub async fn keep_for_group(choice: Choice) -> bool {
    if choice.contribution().is_none() {
        return true;
    }
    // The visit is wiped next: its notes keep nothing, not even the receipt.
    let Ok((line, _)) = choice.text(false).await else {
        return false;
    };
    let Some(storage) = web::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    // Read just before writing: another visit's line added meanwhile stays.
    let tally = storage.get_item(group::TALLY_KEY).ok().flatten();
    let kept = group::add_to_tally(tally.as_deref(), &line);
    storage.set_item(group::TALLY_KEY, &kept).is_ok()
}
