//! Add my moments to a group: the person sees, line by line, exactly what will leave (and
//! can leave any moment out), may answer a few questions, and takes away a file or codes
//! for the group's facilitator, with a receipt code. On a venue's shared device the same
//! lines are offered at "Finish and wipe".
use leptos::prelude::*;

use super::codes::Codes;
use super::widgets::TextField;
use super::{lang, session, t, tf};
use crate::core::document::Moment;
use crate::core::group::report::{answer_name, level_name, question_name};
use crate::core::group::{self, Answer, Answers, Contribution, Level, Question, Shared};
use crate::core::messages::Msg;
use crate::core::transfer;
use crate::web::{self, crypto, device};

/// What the person chose to share, while the screen is open.
#[derive(Clone, Copy)]
pub struct Choice {
    /// The moments left out, by id.
    left_out: RwSignal<Vec<String>>,
    level: RwSignal<Option<Level>>,
    answers: RwSignal<Answers>,
    quote: RwSignal<String>,
    quote_shared: RwSignal<bool>,
    receipt: StoredValue<String>,
}

impl Choice {
    pub fn new() -> Choice {
        let random = crypto::random(group::RECEIPT_LEN).unwrap_or_default();
        let mut bytes = [0u8; group::RECEIPT_LEN];
        for (slot, byte) in bytes.iter_mut().zip(random) {
            *slot = byte;
        }
        Choice {
            left_out: RwSignal::new(Vec::new()),
            level: RwSignal::new(None),
            answers: RwSignal::new(Answers::default()),
            quote: RwSignal::new(String::new()),
            quote_shared: RwSignal::new(false),
            receipt: StoredValue::new(group::receipt(bytes)),
        }
    }

    /// The contribution as chosen; `None` while no moment is ticked.
    pub fn contribution(self) -> Option<Contribution> {
        let moments: Vec<Moment> = session().doc.with_untracked(|doc| {
            self.left_out.with_untracked(|out| {
                doc.moments
                    .iter()
                    .filter(|m| !out.contains(&m.id))
                    .cloned()
                    .collect()
            })
        });
        let refs: Vec<&Moment> = moments.iter().collect();
        let mut contribution = Contribution::new(self.receipt.get_value(), &refs);
        if contribution.moments.is_empty() {
            return None;
        }
        contribution.level = self.level.get_untracked();
        contribution.answers = self.answers.get_untracked();
        if self.quote_shared.get_untracked() {
            contribution.quote = self.quote.get_untracked().trim().to_owned();
        }
        Some(contribution)
    }
}

/// The moments that can be shared, each a line to tick or untick.
#[component]
pub fn ShareLines(choice: Choice) -> impl IntoView {
    let lines = move || {
        session().doc.with(|doc| {
            doc.moments
                .iter()
                .filter_map(|m| Some((m.id.clone(), Shared::of(m)?.line(lang()))))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <fieldset class="steps share-lines">
            <legend>{t(Msg::ShareChoose)}</legend>
            <For each=lines key=|line| line.clone() let((id, line))>
                <label class="step-choice">
                    <input type="checkbox" prop:checked={
                        let id = id.clone();
                        move || choice.left_out.with(|out| !out.contains(&id))
                    } on:change=move |event| {
                        let on = event_target_checked(&event);
                        choice.left_out.update(|out| {
                            out.retain(|o| *o != id);
                            if !on {
                                out.push(id.clone());
                            }
                        });
                    } />
                    <span>{line}</span>
                </label>
            </For>
        </fieldset>
    }
}

/// One question with its answers as choices; "" is no answer.
#[component]
fn Pick(
    name: &'static str,
    question: Msg,
    answers: Vec<(&'static str, Msg)>,
    #[prop(into)] value: Signal<&'static str>,
    put: Callback<String>,
) -> impl IntoView {
    view! {
        <fieldset class="steps">
            <legend>{t(question)}</legend>
            <div class="choices">
                {answers.into_iter().map(|(key, words)| view! {
                    <label class="choice">
                        <input type="radio" name=name value=key prop:checked=move || value.get() == key
                            on:change=move |_| put.run(key.to_owned()) />
                        {t(words)}
                    </label>
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
pub fn Share() -> impl IntoView {
    let session = session();
    let choice = Choice::new();
    let links = RwSignal::new(None::<Vec<String>>);
    let said = RwSignal::new(None::<Msg>);
    let made = move || {
        let contribution = choice.contribution();
        said.set(contribution.is_none().then_some(Msg::ShareNothing));
        contribution
    };
    let download = move |_| {
        if let Some(c) = made() {
            let name = format!("alongside-group-{}.json", c.receipt);
            // A download the browser refuses is said in the notices, as for notes.
            let done = session.offer(&name, super::notes::JSON, Some(c.to_file()));
            said.set(done.then_some(Msg::ShareDownloaded));
        }
    };
    let codes = move |_| {
        if let Some(c) = made() {
            let address = format!("{}group/", device::app_address());
            links.set(Some(transfer::codes_of(c.to_file().as_bytes(), &address)));
            web::focus_later("#codes".into());
        }
    };
    let holds = Signal::derive(move || {
        let n = choice.contribution().map_or(0, |c| c.moments.len());
        Msg::HoldsMoments.count(lang(), n)
    });
    let level = Signal::derive(move || choice.level.get().map_or("", Level::key));
    let levels: Vec<(&str, Msg)> = Level::ALL
        .iter()
        .map(|l| (l.key(), level_name(*l)))
        .collect();
    let answers: Vec<(&'static str, Msg)> = Answer::ALL
        .iter()
        .map(|a| (a.key(), answer_name(*a)))
        .collect();
    let has_moments = move || {
        session
            .doc
            .with(|doc| doc.moments.iter().any(|m| Shared::of(m).is_some()))
    };
    view! {
        <h1 tabindex="-1">{t(Msg::TitleShare)}</h1>
        <p>{t(Msg::ShareIntro)}</p>
        <Show when=has_moments fallback=|| view! { <p class="empty">{t(Msg::ShareNone)}</p> }>
            <ShareLines choice />
            <details class="card">
                <summary>{t(Msg::ShareMore)}</summary>
                <Pick name="share-level" question=Msg::ShareLevel answers=levels.clone() value=level
                    put=Callback::new(move |key: String| choice.level.set(Level::ALL.into_iter().find(|l| l.key() == key))) />
                {Question::ALL.into_iter().map(|q| view! {
                    <Pick name=q.key() question=question_name(q) answers=answers.clone()
                        value=Signal::derive(move || choice.answers.with(|a| a.get(q).map_or("", Answer::key)))
                        put=Callback::new(move |key: String| choice.answers.update(|a| a.set(q, Answer::from_key(&key)))) />
                }).collect_view()}
                <TextField id="share-quote".to_owned() label=Msg::ShareQuote lines=3
                    value=choice.quote put=Callback::new(move |words| choice.quote.set(words)) />
                <label class="choice">
                    <input type="checkbox" id="share-quote-tick" prop:checked=choice.quote_shared
                        on:change=move |event| choice.quote_shared.set(event_target_checked(&event)) />
                    {t(Msg::ShareQuoteTick)}
                </label>
            </details>
            <p class="receipt">{tf(Msg::ShareReceipt, "code", &group::show_receipt(&choice.receipt.get_value()))}</p>
            <p>{t(Msg::ShareHow)}</p>
            <div class="actions">
                <button type="button" class="primary" id="share-file" on:click=download>{t(Msg::ShareGroupFile)}</button>
                <button type="button" id="share-codes" on:click=codes>{t(Msg::ShareCodes)}</button>
            </div>
            <p role="status" class="said">{move || said.get().map(t)}</p>
            {move || links.with(|l| l.as_ref().map(Vec::len)).map(|n| match n {
                0 => view! { <p class="notice-text">{t(Msg::QrTooBig)}</p> }.into_any(),
                _ => view! { <Codes links holds back="#share-codes" /> }.into_any(),
            })}
        </Show>
    }
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
    view! {
        <Show when=has_moments>
            <label class="choice">
                <input type="checkbox" id="kiosk-share" aria-describedby="kiosk-share-hint" prop:checked=add
                    on:change=move |event| add.set(event_target_checked(&event)) />
                {t(Msg::KioskShare)}
            </label>
            <p class="hint" id="kiosk-share-hint">{t(Msg::KioskShareHint)}</p>
            <Show when=move || add.get()>
                <ShareLines choice />
            </Show>
        </Show>
    }
}

/// Adds the chosen moments to the tally this device keeps for the venue's group. False if
/// they could not be kept (the device is full): nothing should then be wiped.
pub fn keep_for_group(choice: Choice) -> bool {
    let Some(contribution) = choice.contribution() else {
        return true;
    };
    let Some(storage) = web::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    let tally = storage.get_item(group::TALLY_KEY).ok().flatten();
    let kept = group::add_to_tally(tally.as_deref(), &contribution);
    storage.set_item(group::TALLY_KEY, &kept).is_ok()
}
