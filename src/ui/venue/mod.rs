//! The venue set-up page (`venue/`): a page of its own, with its own small entry point, so
//! that a person using Alongside never downloads it. A form for everything `config.json`
//! holds, checked by `core::venue` with the app's own rules, a live preview of what people
//! will see, and "Download config.json". It keeps nothing on the device.
mod contacts;
mod fields;
mod preview;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::messages::venue::VenueMsg;
use crate::core::messages::{fill, Lang, LANG_KEY};
use crate::core::store::Backend;
use crate::core::venue::{ContactForm, Field, Mistake, VenueForm, MAX_FILE_BYTES};
use crate::web::{self, storage::BrowserStorage};
use fields::{LangChoice, Said, TextBox};

/// A word of the page, in the language it is drawn in.
fn v(msg: VenueMsg) -> &'static str {
    msg.text(super::lang())
}

/// Where a message about a change (with its Undo) is shown: beside what changed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Spot {
    Open,
    Contacts,
    Download,
}

impl Spot {
    fn name(self) -> &'static str {
        match self {
            Spot::Open => "open",
            Spot::Contacts => "contacts",
            Spot::Download => "download",
        }
    }
}

/// What Undo puts back: the whole form before a file was opened, or one removed contact
/// in its place (so that typing since is kept).
#[derive(Clone)]
enum Before {
    Form(VenueForm),
    Contact(usize, ContactForm),
}

/// The page's state, shared by its parts.
#[derive(Clone, Copy)]
struct Page {
    form: RwSignal<VenueForm>,
    /// "Download" was pressed: mistakes show from then on. Not sooner, as a box is left:
    /// a message appearing then moves the button being pressed from under the pointer.
    tried: RwSignal<bool>,
    /// The last thing said, and where.
    said: RwSignal<Option<(Spot, String)>>,
    /// What the last removal or opened file changed, for Undo.
    before: RwSignal<Option<(Spot, Before)>>,
    mistakes: Memo<Vec<Mistake>>,
}

impl Page {
    fn new(form: VenueForm) -> Page {
        let form = RwSignal::new(form);
        Page {
            form,
            tried: RwSignal::new(false),
            said: RwSignal::new(None),
            before: RwSignal::new(None),
            mistakes: Memo::new(move |_| form.with(VenueForm::mistakes)),
        }
    }

    /// The mistake to show on `field` now, in words.
    fn mistake(self, field: Field) -> Option<String> {
        let mistake = self
            .mistakes
            .with(|all| all.iter().find(|m| m.field == field).copied());
        mistake
            .filter(|_| self.tried.get())
            .map(|m| m.text(super::lang()))
    }

    /// The box's name, with its contact's number: "Contact 2, Phone number".
    fn named(self, field: Field) -> String {
        match field {
            Field::Venue => v(VenueMsg::VenueName).to_owned(),
            Field::IdleMinutes => v(VenueMsg::IdleMinutes).to_owned(),
            Field::Invitation => v(VenueMsg::Group).to_owned(),
            Field::ExitUrl => v(VenueMsg::ExitUrl).to_owned(),
            Field::Contact(key, part) => {
                let at = self
                    .form
                    .with_untracked(|f| f.contacts.iter().position(|c| c.key == key));
                let contact = fill(
                    v(VenueMsg::ContactHeading),
                    "n",
                    &at.map_or(0, |at| at + 1).to_string(),
                );
                format!("{contact}, {}", v(part.label()))
            }
        }
    }

    fn say(self, spot: Spot, words: String) {
        self.said.set(Some((spot, words)));
    }

    /// Keeps what Undo would put back, then changes the form.
    fn change(self, spot: Spot, before: Before, change: impl FnOnce(&mut VenueForm)) {
        self.before.set(Some((spot, before)));
        self.form.update(change);
    }

    /// Puts back what the last change at `spot` took away.
    fn undo(self) {
        let Some((spot, before)) = self.before.get_untracked() else {
            return;
        };
        self.before.set(None);
        match before {
            Before::Form(form) => self.form.set(form),
            Before::Contact(at, mut contact) => self.form.update(|form| {
                // A contact added since may have taken its key.
                if form.contacts.iter().any(|c| c.key == contact.key) {
                    contact.key = form.next_key();
                }
                form.contacts.insert(at.min(form.contacts.len()), contact)
            }),
        }
        self.say(spot, v(VenueMsg::UndoDone).to_owned());
    }
}

/// Draws the page. `site` is this site's `config.json`, if it has one.
pub fn start(site: Option<String>) {
    let (form, started, left_out) = match site.as_deref().map(VenueForm::open) {
        Some(Ok((form, left_out))) => (form, VenueMsg::StartedFromSite, left_out),
        Some(Err(_)) => (
            VenueForm::default(),
            VenueMsg::StartedUnreadable,
            Vec::new(),
        ),
        None => (VenueForm::default(), VenueMsg::StartedFresh, Vec::new()),
    };
    // Said once, in the language of the moment, beside where it started.
    let started = move || match left_out.is_empty() {
        true => v(started).to_owned(),
        false => format!(
            "{} {}",
            v(started),
            fill(v(VenueMsg::OpenedLeftOut), "parts", &left_out.join(", "))
        ),
    };
    // The language this person reads the app in here, or else the venue's.
    let lang = BrowserStorage::local()
        .and_then(|storage| storage.get(LANG_KEY).ok().flatten())
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(form.language);
    leptos::mount::mount_to_body(move || {
        let page = Page::new(form);
        provide_context(page);
        let lang = RwSignal::new(lang);
        move || {
            super::speak(lang.get());
            web::announce_screen(v(VenueMsg::PageTitle), false);
            view! { <VenuePage lang started=started() /> }
        }
    });
}

fn page() -> Page {
    expect_context::<Page>()
}

#[component]
fn VenuePage(lang: RwSignal<Lang>, started: String) -> impl IntoView {
    let page = page();
    let form = page.form;
    let text =
        move |get: fn(&VenueForm) -> &String| Signal::derive(move || form.with(|f| get(f).clone()));
    let put = move |set: fn(&mut VenueForm, String)| {
        Callback::new(move |value| form.update(|f| set(f, value)))
    };
    view! {
        <header class="bar"><span class="brand">{v(VenueMsg::Brand)}</span></header>
        <main id="main" class="venue">
            <div class="venue-form">
                <h1 tabindex="-1">{v(VenueMsg::PageTitle)}</h1>
                <p class="lead">{v(VenueMsg::Intro)}</p>
                <LangChoice id="page-language" label=VenueMsg::PageLanguage
                    value=lang put=Callback::new(move |chosen| {
                        lang.set(chosen);
                        web::focus_later("#page-language".into());
                    }) />
                <p>{started}</p>
                <OpenFile />
                <h2>{v(VenueMsg::VenueTitle)}</h2>
                <TextBox field=Field::Venue label=VenueMsg::VenueName hint=VenueMsg::VenueNameHint
                    value=text(|f| &f.venue) put=put(|f, value| f.venue = value) />
                <LangChoice id="language" label=VenueMsg::Language hint=VenueMsg::LanguageHint
                    value=Signal::derive(move || form.with(|f| f.language))
                    put=Callback::new(move |chosen| form.update(|f| f.language = chosen)) />
                <contacts::Contacts />
                <h2>{v(VenueMsg::SharedTitle)}</h2>
                <label class="choice">
                    <input type="checkbox" id="kiosk" aria-describedby="kiosk-hint"
                        prop:checked=move || form.with(|f| f.kiosk)
                        on:change=move |event| form.update(|f| f.kiosk = event_target_checked(&event)) />
                    {v(VenueMsg::Kiosk)}
                </label>
                <p class="hint" id="kiosk-hint">{v(VenueMsg::KioskHint)}</p>
                <Show when=move || form.with(|f| f.kiosk)>
                    <TextBox field=Field::IdleMinutes label=VenueMsg::IdleMinutes kind="number"
                        value=text(|f| &f.idle_minutes) put=put(|f, value| f.idle_minutes = value) />
                    <TextBox field=Field::Invitation label=VenueMsg::Group hint=VenueMsg::GroupHint
                        value=text(|f| &f.invitation) put=put(|f, value| f.invitation = value) />
                </Show>
                <h2>{v(VenueMsg::ExitTitle)}</h2>
                <TextBox field=Field::ExitUrl label=VenueMsg::ExitUrl hint=VenueMsg::ExitHint kind="url"
                    value=text(|f| &f.exit_url) put=put(|f, value| f.exit_url = value) />
                <Download />
            </div>
            <preview::Preview />
        </main>
    }
}

/// "Open a config.json": the form shows that file's settings, and Undo puts the form back.
#[component]
fn OpenFile() -> impl IntoView {
    let page = page();
    let input = NodeRef::<leptos::html::Input>::new();
    let chosen = move |_| {
        let Some(input) = input.get() else { return };
        spawn_local(async move {
            let name = input
                .files()
                .and_then(|files| files.get(0))
                .map(|file| file.name());
            let read = web::device::read_chosen_file(&input, MAX_FILE_BYTES).await;
            input.set_value("");
            let words = match read {
                Err(web::device::FileProblem::TooLarge) => v(VenueMsg::TooLarge).to_owned(),
                Err(_) => v(VenueMsg::NotSettings).to_owned(),
                Ok(bytes) => match String::from_utf8(bytes).map(|text| VenueForm::open(&text)) {
                    Ok(Ok((form, left_out))) => {
                        let before = Before::Form(page.form.get_untracked());
                        page.change(Spot::Open, before, |now| *now = form);
                        page.tried.set(false);
                        let mut words = fill(
                            v(VenueMsg::Opened),
                            "file",
                            name.as_deref().unwrap_or("config.json"),
                        );
                        if !left_out.is_empty() {
                            words.push(' ');
                            words.push_str(&fill(
                                v(VenueMsg::OpenedLeftOut),
                                "parts",
                                &left_out.join(", "),
                            ));
                        }
                        words
                    }
                    _ => v(VenueMsg::NotSettings).to_owned(),
                },
            };
            page.say(Spot::Open, words);
        });
    };
    view! {
        <h2>{v(VenueMsg::OpenTitle)}</h2>
        <div class="field">
            <label for="open-file">{v(VenueMsg::OpenLabel)}</label>
            <input type="file" id="open-file" accept=".json,application/json" node_ref=input on:change=chosen />
        </div>
        <Said spot=Spot::Open />
    }
}

/// "Download config.json", or, while anything needs changing, a list of what, with links
/// to each box.
#[component]
fn Download() -> impl IntoView {
    let page = page();
    let download = move |_| {
        page.tried.set(true);
        match page.form.with_untracked(VenueForm::file) {
            Ok(file) => {
                let words = match web::download("config.json", "application/json", &file) {
                    true => VenueMsg::Downloaded,
                    false => VenueMsg::NotDownloaded,
                };
                page.say(Spot::Download, v(words).to_owned());
            }
            Err(_) => {
                page.said.set(None);
                web::focus_later("#fix-first".into());
            }
        }
    };
    let list = move || {
        page.mistakes
            .get()
            .into_iter()
            .map(|mistake| {
                let id = mistake.field.id();
                // Into the box itself, not only to it.
                let to = format!("#{id}");
                view! {
                    <li><a href=format!("#{id}") on:click=move |event| {
                        event.prevent_default();
                        web::focus_later(to.clone());
                    }>{page.named(mistake.field)} ": " {mistake.text(super::lang())}</a></li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || page.tried.get() && !page.mistakes.with(Vec::is_empty)>
            <div class="card problems" id="fix-first" tabindex="-1" role="alert">
                <h2>{v(VenueMsg::FixFirst)}</h2>
                <ul>{list}</ul>
            </div>
        </Show>
        <p><button type="button" class="primary" id="download" on:click=download>{v(VenueMsg::Download)}</button></p>
        <Said spot=Spot::Download />
    }
}
