//! The lock's screens: the passphrase screen shown while the notes are locked, the header's
//! "Lock" button, locking by itself, and the lock's part of Settings. Every passphrase form
//! is one component, so it is compiled once.
use leptos::{ev, html, prelude::*, task::spawn_local};

use super::dialog::{open, Confirm};
use super::relock::{Lock, LockProblem};
use super::widgets::{Editable, TextField};
use super::{lang, session, t};
use crate::core::lock::{self, Strength, AUTO_LOCK_CHOICES, AUTO_LOCK_KEY};
use crate::core::messages::Msg;
use crate::core::route::Route;
use crate::core::store::Backend;
use crate::web::{self, crypto, storage::BrowserStorage};

/// What a passphrase form does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Act {
    Unlock,
    Set,
    Change,
    Remove,
}

impl Act {
    fn name(self) -> &'static str {
        match self {
            Act::Unlock => "unlock",
            Act::Set => "lock",
            Act::Change => "change",
            Act::Remove => "unset",
        }
    }
    fn asks_current(self) -> bool {
        matches!(self, Act::Unlock | Act::Change | Act::Remove)
    }
    fn asks_new(self) -> bool {
        matches!(self, Act::Set | Act::Change)
    }
    fn button(self) -> Msg {
        match self {
            Act::Unlock => Msg::Unlock,
            Act::Set => Msg::LockSet,
            Act::Change => Msg::LockChange,
            Act::Remove => Msg::LockRemove,
        }
    }
    fn done(self) -> Option<Msg> {
        match self {
            Act::Unlock => None,
            Act::Set => Some(Msg::LockDone),
            Act::Change => Some(Msg::LockChanged),
            Act::Remove => Some(Msg::LockRemoved),
        }
    }
}

fn problem_words(act: Act, problem: LockProblem) -> String {
    let wait = |n: i64| Msg::UnlockWait.count(lang(), n.max(0) as usize);
    match problem {
        LockProblem::Wrong(_) if act != Act::Unlock => t(Msg::LockWrongNow).to_owned(),
        LockProblem::Wrong(0) => t(Msg::UnlockWrong).to_owned(),
        LockProblem::Wrong(n) => format!("{} {}", t(Msg::UnlockWrong), wait(n)),
        LockProblem::Wait(n) => wait(n),
        LockProblem::Cannot => t(Msg::UnlockCannot).to_owned(),
        LockProblem::Failed => t(match act {
            Act::Change => Msg::LockChangeFailed,
            Act::Remove => Msg::LockRemoveFailed,
            Act::Unlock | Act::Set => Msg::LockFailed,
        })
        .to_owned(),
        LockProblem::Mixed => t(Msg::LockMixed).to_owned(),
        LockProblem::NotHere => t(Msg::LockNotHere).to_owned(),
    }
}

fn strength_words(passphrase: &str) -> Option<&'static str> {
    match lock::strength(passphrase) {
        Strength::Empty => None,
        Strength::Short => Some(t(Msg::StrengthShort)),
        Strength::Fair => Some(t(Msg::StrengthFair)),
        Strength::Good => Some(t(Msg::StrengthGood)),
    }
}

/// A passphrase form: checks what is typed, then does `act`, saying it is busy meanwhile
/// and what went wrong after. `done` gets the words to say when it worked.
#[component]
fn PassForm(act: Act, done: RwSignal<Option<Msg>>) -> impl IntoView {
    let lock = expect_context::<Lock>();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let id = move |part: &str| format!("{}-{part}", act.name());
    let first = if act.asks_current() { "current" } else { "new" };
    let submit = move |event: ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (c, n) = (current.get_untracked(), new.get_untracked());
        let wrong = if act.asks_current() && c.is_empty()
            || act.asks_new() && lock::strength(&n) == Strength::Empty
        {
            Some(Msg::LockEmpty)
        } else {
            (act.asks_new() && n != again.get_untracked()).then_some(Msg::LockMismatch)
        };
        if let Some(wrong) = wrong {
            problem.set(Some(t(wrong).to_owned()));
            web::focus_later(format!("#{}", id(first)));
            return;
        }
        busy.set(true);
        problem.set(None);
        done.set(None);
        spawn_local(async move {
            let result = match act {
                Act::Unlock => lock.unlock(c).await,
                Act::Set => lock.set_lock(n).await,
                Act::Change => lock.change_lock(c, n).await,
                Act::Remove => lock.remove_lock(c).await,
            };
            // The form may be gone by now (the lock changed what Settings shows).
            busy.try_set(false);
            match result {
                Ok(()) => {
                    for field in [current, new, again] {
                        field.try_set(String::new());
                    }
                    done.try_set(act.done());
                    web::focus_later(
                        if act == Act::Unlock {
                            "main h1"
                        } else {
                            "#lock-outcome"
                        }
                        .into(),
                    );
                }
                Err(why) => {
                    problem.try_set(Some(problem_words(act, why)));
                    web::focus_later(format!("#{}", id(first)));
                }
            }
        });
    };
    let put = |field: RwSignal<String>| Callback::new(move |text| field.set(text));
    view! {
        <form class="card lock-form" on:submit=submit>
            {act.asks_current().then(|| view! {
                <TextField id=id("current") label=if act == Act::Unlock { Msg::LockPassphrase } else { Msg::LockCurrent }
                    value=current put=put(current) kind="password" autocomplete="current-password" />
            })}
            {act.asks_new().then(|| view! {
                <TextField id=id("new") label=if act == Act::Set { Msg::LockPassphrase } else { Msg::LockNew }
                    hint=Some(Msg::LockPassphraseHint) value=new put=put(new) kind="password" autocomplete="new-password" />
                <p class="hint" aria-live="polite">{move || new.with(|n| strength_words(n))}</p>
                <TextField id=id("again") label=Msg::LockAgain value=again put=put(again) kind="password" autocomplete="new-password" />
            })}
            <div role="alert">{move || problem.get().map(|words| view! { <p class="error">{words}</p> })}</div>
            <p role="status">{move || busy.get().then(|| t(if act == Act::Unlock { Msg::UnlockBusy } else { Msg::LockBusy }))}</p>
            <button type="submit" class=if act == Act::Remove { "danger" } else { "primary" }>{t(act.button())}</button>
        </form>
    }
}

/// Shown instead of every screen while the notes are locked.
#[component]
pub fn Unlock() -> impl IntoView {
    let lock = expect_context::<Lock>();
    let forgot = NodeRef::<html::Dialog>::new();
    view! {
        <h1 tabindex="-1">{t(Msg::UnlockTitle)}</h1>
        {web::sealed::safety_kept_open().is_some().then(|| view! {
            <p><a class="button" href=Route::Safety.hash()>{t(Msg::UnlockSafety)}</a></p>
        })}
        <p>{t(Msg::UnlockText)}</p>
        <PassForm act=Act::Unlock done=RwSignal::new(None) />
        <p><button type="button" class="quiet" aria-haspopup="dialog" on:click=move |_| open(forgot)>
            {t(Msg::UnlockForgot)}
        </button></p>
        <Confirm node=forgot name="forgot" title=Msg::UnlockForgot text=t(Msg::ForgotText).to_owned()
            yes=Msg::ForgotRemove no=Msg::Close confirmed=move || lock.forget_and_remove() />
    }
}

/// "Lock" in the header while the notes are open and locked with a passphrase, and the
/// watch that locks them by itself.
#[component]
pub fn LockButton() -> impl IntoView {
    let session = session();
    view! {
        <Show when=move || session.lock_on.get() && !session.locked.get()>
            <button type="button" class="lock-button" aria-label=t(Msg::LockNowLabel)
                on:click=move |_| session.lock(true)>{t(Msg::LockNow)}</button>
            <AutoLock />
        </Show>
    }
}

fn auto_lock_minutes() -> u32 {
    let kept = BrowserStorage::local().and_then(|s| s.get(AUTO_LOCK_KEY).ok().flatten());
    lock::auto_lock_minutes(kept.as_deref())
}

/// Locks the notes after the chosen minutes with no touch, key or scroll, counting the time
/// Alongside is hidden. Checked every few seconds, and at once when the page shows again.
#[component]
fn AutoLock() -> impl IntoView {
    let session = session();
    let last = StoredValue::new(web::now_ms());
    let check = move || {
        let limit = i64::from(auto_lock_minutes()) * 60_000;
        if web::now_ms() - last.get_value() >= limit {
            session.lock(true);
        }
    };
    let mut handles = Vec::new();
    for name in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        handles.push(window_event_listener_untyped(name, move |_| {
            last.set_value(web::now_ms())
        }));
    }
    handles.push(window_event_listener_untyped(
        "visibilitychange",
        move |_| check(),
    ));
    let interval = set_interval_with_handle(check, std::time::Duration::from_secs(5)).ok();
    on_cleanup(move || {
        handles.into_iter().for_each(|h| h.remove());
        if let Some(interval) = interval {
            interval.clear();
        }
    });
}

/// The lock's part of Settings.
#[component]
pub fn LockSettings() -> impl IntoView {
    let session = session();
    let done = RwSignal::new(None::<Msg>);
    let shared = session.config.with_value(|config| config.kiosk);
    let body = move || match () {
        _ if shared => view! { <p>{t(Msg::LockNotShared)}</p> }.into_any(),
        _ if !crypto::available() => view! { <p>{t(Msg::LockNotHere)}</p> }.into_any(),
        _ if !session.lock_on.get() => view! {
            <p>{t(Msg::LockIntro)}</p>
            <p>{t(Msg::LockForgetWarning)}</p>
            <PassForm act=Act::Set done=done />
        }
        .into_any(),
        _ => view! {
            <p>{t(Msg::LockIsOn)}</p>
            <AutoLockChoice />
            <SafetyOpenChoice />
            <h3>{t(Msg::LockChangeTitle)}</h3>
            <PassForm act=Act::Change done=done />
            <h3>{t(Msg::LockRemoveTitle)}</h3>
            <p>{t(Msg::LockRemoveText)}</p>
            <PassForm act=Act::Remove done=done />
        }
        .into_any(),
    };
    view! {
        <h2>{t(Msg::LockTitle)}</h2>
        <div role="status">
            {move || done.get().map(|msg| view! { <p id="lock-outcome" class="outcome" tabindex="-1">{t(msg)}</p> })}
        </div>
        // Read-only notes (a newer version's, say) are never sealed over.
        <Editable>{body}</Editable>
    }
}

#[component]
fn AutoLockChoice() -> impl IntoView {
    let chosen = auto_lock_minutes();
    let kept = RwSignal::new(true);
    let choose = move |event: ev::Event| {
        let storage = BrowserStorage::local();
        kept.set(
            storage.is_some_and(|s| s.set(AUTO_LOCK_KEY, &event_target_value(&event)).is_ok()),
        );
    };
    view! {
        <div class="field">
            <label for="auto-lock">{t(Msg::AutoLockLabel)}</label>
            <p class="hint" id="auto-lock-hint">{t(Msg::AutoLockHint)}</p>
            <p role="alert">{move || (!kept.get()).then(|| view! { <span class="error">{t(Msg::AutoLockNotKept)}</span> })}</p>
            <select id="auto-lock" aria-describedby="auto-lock-hint" on:change=choose>
                {AUTO_LOCK_CHOICES.into_iter().map(|n| view! {
                    <option value=n.to_string() selected=n == chosen>
                        {Msg::Minutes.count(lang(), n as usize)}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// "Show my safety plan without the passphrase": off unless the person chooses it.
#[component]
fn SafetyOpenChoice() -> impl IntoView {
    let session = session();
    let open = move || session.doc.with(|doc| doc.settings.safety_open);
    let choose = move |event: ev::Event| {
        let on = event_target_checked(&event);
        session.edit(|doc| doc.settings.safety_open = on);
        // Kept or removed at once, not only once the notes' next save has landed.
        session.keep_safety_open();
    };
    view! {
        <div class="field">
            <label class="choice">
                <input type="checkbox" id="safety-open" aria-describedby="safety-open-hint"
                    prop:checked=open on:change=choose />
                {t(Msg::LockSafetyOpen)}
            </label>
            <p class="hint" id="safety-open-hint">{t(Msg::LockSafetyOpenHint)}</p>
        </div>
    }
}
