//! The group page (`group/`, "Our ladder"): a page of its own, with its own small entry
//! point, so a person using Alongside never downloads it. A facilitator brings in what
//! people shared, merges service names, and sees the group's ladder as a report to print,
//! copy or download as CSV. The pool is kept on this device under its own key: the page
//! never reads or writes a person's notes.
mod bring;
mod key;
mod names;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::group::csv::csv;
use crate::core::group::picture::Picture;
use crate::core::group::pool::{Pool, ReportWords, POOL_KEY, UNREADABLE_KEY};
use crate::core::group::render::{html, text};
use crate::core::group::report::blocks;
use crate::core::group::rules::Rules;
use crate::core::group::{Contribution, TALLY_KEY};
use crate::core::messages::group::GroupMsg;
use crate::core::messages::{fill, load_welsh, Lang, LANG_KEY};
use crate::core::store::Backend;
use crate::web::group_crypto::GroupKey;
use crate::web::{self, device, storage::BrowserStorage};

/// A word of the page, in the language it is drawn in.
fn g(msg: GroupMsg) -> &'static str {
    msg.text(super::lang())
}

/// Where something was said, so it shows beside what was done.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Spot {
    Key,
    Bring,
    Tally,
    Remove,
    Names,
    Report,
}

#[derive(Clone, Copy)]
struct Page {
    pool: RwSignal<Pool>,
    rules: Rules,
    /// Read and checked, waiting for "Add them".
    waiting: RwSignal<Vec<Contribution>>,
    said: RwSignal<Option<(Spot, String)>>,
    /// The last contribution taken out, and where it was, for Undo.
    taken: RwSignal<Option<(usize, Contribution)>>,
    /// The pool could not be kept on this device.
    not_saved: RwSignal<bool>,
    /// A pool that could not be read was kept aside.
    aside: bool,
    /// The pool can be kept on this device (it could be read, or was kept aside).
    can_save: bool,
    /// The group's key, once made or opened on this page.
    key: RwSignal<Option<GroupKey>, LocalStorage>,
    /// A key kept on this device could not be read.
    key_unreadable: bool,
    /// The venue's shared-device tally, as last read.
    tally: RwSignal<Option<String>>,
}

impl Page {
    fn say(self, spot: Spot, words: impl Into<String>) {
        self.said.set(Some((spot, words.into())));
    }

    /// Changes the pool and keeps it on this device at once, never over a pool that could
    /// not be read and was kept aside: what `change` gave back, and whether it was kept.
    fn change<R: Default>(self, change: impl FnOnce(&mut Pool) -> R) -> (R, bool) {
        let result = self.pool.try_update(change).unwrap_or_default();
        let text = self.pool.with_untracked(Pool::to_text);
        let kept = self.can_save
            && BrowserStorage::local().is_some_and(|s| s.set(POOL_KEY, &text).is_ok());
        self.not_saved.set(!kept);
        (result, kept)
    }
}

fn page() -> Page {
    expect_context::<Page>()
}

/// The pool kept on this device. One that cannot be read is kept aside first, never
/// written over; if even that cannot be done, nothing is saved (`None`).
fn open_pool(storage: Option<&BrowserStorage>) -> (Pool, bool, bool) {
    let Some(storage) = storage else {
        return (Pool::new(), false, false);
    };
    match storage.get(POOL_KEY).ok().flatten() {
        None => (Pool::new(), false, true),
        Some(text) => match Pool::read(&text) {
            Some(pool) => (pool, false, true),
            None => {
                let kept = storage.get(UNREADABLE_KEY).ok().flatten().is_some()
                    || storage.set(UNREADABLE_KEY, &text).is_ok();
                (Pool::new(), true, kept)
            }
        },
    }
}

/// Draws the page. `site` is this site's `config.json`, if it has one. On a venue's shared
/// device the page keeps no key and no pool: it only hands the tally on.
pub async fn start(site: Option<String>) {
    let storage = BrowserStorage::local();
    let (rules, _) = Rules::from_config(site.as_deref());
    let config = crate::core::config::parse(site.as_deref());
    let shared = config.kiosk;
    let (pool, aside, can_save) = match shared {
        true => (Pool::new(), false, false),
        false => open_pool(storage.as_ref()),
    };
    let (key, key_unreadable) = match shared {
        true => (None, false),
        false => key::kept_key()
            .await
            .map_or((None, true), |key| (key, false)),
    };
    let lang = storage
        .as_ref()
        .and_then(|s| s.get(LANG_KEY).ok().flatten())
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(config.language);
    let lang = match lang == Lang::Cy && !load_cy().await {
        true => Lang::En,
        false => lang,
    };
    super::speak(lang);
    leptos::mount::mount_to_body(move || {
        let page = Page {
            pool: RwSignal::new(pool),
            rules,
            waiting: RwSignal::new(Vec::new()),
            said: RwSignal::new(None),
            taken: RwSignal::new(None),
            not_saved: RwSignal::new(!can_save && !shared),
            aside,
            can_save,
            key: RwSignal::new_local(key),
            key_unreadable,
            tally: RwSignal::new(bring::read_tally()),
        };
        provide_context(page);
        // Another tab's change is taken in, so neither writes over the other; the kiosk's
        // additions to the tally show at once.
        super::while_drawn(window_event_listener(
            leptos::ev::storage,
            move |event| match event.key().as_deref() {
                Some(POOL_KEY) if !shared => {
                    if let Some(pool) = event.new_value().as_deref().and_then(Pool::read) {
                        page.pool.set(pool);
                    }
                }
                Some(TALLY_KEY) => page.tally.set(bring::read_tally()),
                _ => {}
            },
        ));
        if !shared {
            bring::arrived();
        }
        let lang = RwSignal::new(lang);
        move || {
            super::speak(lang.get());
            web::announce_screen(g(GroupMsg::PageTitle), false);
            view! { <GroupPage lang shared /> }
        }
    });
}

/// The Welsh words for the ladder's parts, from the app's `cy.txt` one folder up.
async fn load_cy() -> bool {
    Lang::Cy.ready()
        || web::fetch_text("../cy.txt")
            .await
            .is_some_and(|words| load_welsh(&words).is_ok())
}

#[component]
fn GroupPage(lang: RwSignal<Lang>, shared: bool) -> impl IntoView {
    let page = page();
    let choose = move |event| {
        let Some(chosen) = Lang::from_code(&event_target_value(&event)) else {
            return;
        };
        spawn_local(async move {
            if chosen == Lang::En || load_cy().await {
                if let Some(storage) = BrowserStorage::local() {
                    let _ = storage.set(LANG_KEY, chosen.code());
                }
                lang.set(chosen);
                web::focus_later("#page-language".into());
            }
        });
    };
    view! {
        <header class="bar"><span class="brand">{g(GroupMsg::Brand)}</span></header>
        <main id="main" class="group">
            <h1 tabindex="-1">{g(GroupMsg::PageTitle)}</h1>
            <p class="lead">{g(GroupMsg::Intro)}</p>
            <div class="field">
                <label for="page-language">{g(GroupMsg::PageLanguage)}</label>
                <select id="page-language" on:change=choose>
                    {Lang::ALL.into_iter().map(|each| view! {
                        <option value=each.code() lang=each.code() selected=move || lang.get() == each>{each.name()}</option>
                    }).collect_view()}
                </select>
            </div>
            {match shared {
                true => view! {
                    <section class="card" aria-labelledby="tally-title">
                        <h2 id="tally-title">{g(GroupMsg::TallyDownload)}</h2>
                        <p>{g(GroupMsg::SharedDevice)}</p>
                        <Show when=move || page.tally.with(Option::is_none)>
                            <p>{g(GroupMsg::NothingKept)}</p>
                        </Show>
                        <bring::Tally bring=None />
                    </section>
                }.into_any(),
                false => view! { <Facilitator /> }.into_any(),
            }}
        </main>
    }
}

/// Everything a facilitator does, on their own device.
#[component]
fn Facilitator() -> impl IntoView {
    let page = page();
    let (group, put_group) = words(|w| &w.group, |w, v| w.group = v);
    view! {
        {page.aside.then(|| view! {
            <div class="card notice" role="alert">
                <p>{g(GroupMsg::KeptAside)}</p>
                <button type="button" on:click=|_| {
                    let kept = BrowserStorage::local().and_then(|s| s.get(UNREADABLE_KEY).ok().flatten());
                    if let Some(kept) = kept {
                        web::download("alongside-group-kept-aside.json", "application/json", &kept);
                    }
                }>{g(GroupMsg::KeptAsideSave)}</button>
            </div>
        })}
        <Show when=move || page.not_saved.get()>
            <p class="card notice" role="alert">{g(GroupMsg::NotSaved)}</p>
        </Show>
        <div class="card">
            <names::Words id="group-name" label=GroupMsg::GroupName value=group put=put_group lines=0 />
        </div>
        <key::Key name=group />
        <bring::Bring />
        <names::Shared />
        <names::Names />
        <Report />
    }
}

/// One of the facilitator's words for the report: kept with the pool as it is typed.
fn words(
    get: fn(&ReportWords) -> &String,
    set: fn(&mut ReportWords, String),
) -> (Signal<String>, Callback<String>) {
    let page = page();
    (
        Signal::derive(move || page.pool.with(|p| get(&p.words).clone())),
        Callback::new(move |value: String| {
            page.change(|p| set(&mut p.words, value));
        }),
    )
}

/// What was last said at `spot`, as a polite status.
#[component]
fn Said(spot: Spot) -> impl IntoView {
    let page = page();
    let words = move || {
        page.said
            .get()
            .filter(|(at, _)| *at == spot)
            .map(|(_, w)| w)
    };
    let id = match spot {
        Spot::Key => "said-key",
        Spot::Bring => "said-bring",
        Spot::Tally => "said-tally",
        Spot::Remove => "said-remove",
        Spot::Names => "said-names",
        Spot::Report => "said-report",
    };
    view! { <p class="said" id=id role="status" tabindex="-1">{words}</p> }
}

/// The group's ladder and its report: the same words on screen, on paper, as text and as CSV.
#[component]
fn Report() -> impl IntoView {
    let page = page();
    let picture = Memo::new(move |_| page.pool.with(|pool| Picture::of(pool, page.rules)));
    let report = move || {
        let lang = super::lang();
        page.pool
            .with(|pool| picture.with(|p| blocks(p, &pool.words, lang)))
    };
    let (changed, put_changed) = words(|w| &w.changed, |w, v| w.changed = v);
    let (reflections, put_reflections) = words(|w| &w.reflections, |w, v| w.reflections = v);
    let copy = move |_| {
        let words = text(&report());
        spawn_local(async move {
            let copied = device::copy_text(&words).await;
            page.say(
                Spot::Report,
                g(if copied {
                    GroupMsg::Copied
                } else {
                    GroupMsg::NotCopied
                }),
            );
        });
    };
    let download = move |_| {
        let done = picture.with_untracked(|p| web::download("our-ladder.csv", "text/csv", &csv(p)));
        page.say(
            Spot::Report,
            g(if done {
                GroupMsg::CsvDone
            } else {
                GroupMsg::NotDownloaded
            }),
        );
    };
    view! {
        <section class="card no-print" aria-labelledby="words-title">
            <h2 id="words-title">{g(GroupMsg::WordsTitle)}</h2>
            <names::Words id="group-changed" label=GroupMsg::HeadChanged value=changed put=put_changed lines=3 />
            <names::Words id="group-reflections" label=GroupMsg::HeadReflections value=reflections put=put_reflections lines=3 />
        </section>
        <section class="report-section" aria-labelledby="report-title">
            <h2 id="report-title" class="no-print">{g(GroupMsg::ReportSection)}</h2>
            <p class="hint no-print">{g(GroupMsg::ReportHint)}</p>
            <div class="actions no-print">
                <button type="button" class="primary" id="print" on:click=|_| device::print()>{g(GroupMsg::Print)}</button>
                <button type="button" id="csv" on:click=download>{g(GroupMsg::Csv)}</button>
                <button type="button" id="copy" on:click=copy>{g(GroupMsg::CopyText)}</button>
            </div>
            <Said spot=Spot::Report />
            <article class="report" inner_html=move || html(&report())></article>
        </section>
    }
}

/// "Added 3." and the like, for what bringing in did.
fn brought_words(brought: crate::core::group::pool::Brought) -> String {
    let mut said: Vec<String> = Vec::new();
    for (n, msg) in [
        (brought.new, GroupMsg::Added),
        (brought.replaced, GroupMsg::Replaced),
        (brought.same, GroupMsg::AlreadyHere),
    ] {
        if n > 0 {
            said.push(fill(g(msg), "n", &n.to_string()));
        }
    }
    said.join(" ")
}
