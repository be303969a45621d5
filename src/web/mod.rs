//! The only layer that calls browser APIs: storage, files, timers, the crash screen.
pub mod crypto;
pub mod device;
pub mod group_crypto;
pub mod offline;
pub mod sealed;
pub mod speech;
pub mod storage;
pub mod support;

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::messages::{Lang, Msg};

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Milliseconds since 1970, UTC.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Now as `2026-11-22T10:00:00.000Z`.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Today as `2026-11-22`, for file names.
pub fn today() -> String {
    now_iso().chars().take(10).collect()
}

/// An id no other tab will make: time plus randomness.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{:x}-{random:08x}", now_ms())
}

/// Waits `ms` milliseconds without holding up the page.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let waited = window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .ok()
        });
        if waited.is_none() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// What a text field holds after typing, or `None` while it holds half a character: some
/// browsers (Firefox) deliver an emoji as two input events, a half at a time, and a half
/// read as Rust text becomes "�", which written back into the field would stay for good.
pub fn typed_text(event: &web_sys::Event) -> Option<String> {
    let target: JsValue = event.target()?.into();
    let value = js_sys::Reflect::get(&target, &"value".into()).ok()?;
    let value: js_sys::JsString = value.dyn_into().ok()?;
    value.is_valid_utf16().then(|| value.into())
}

/// Fetches a small text file beside the app. `None` if it is missing or unreachable.
pub async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(window()?.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The text of the venue's `config.json`: the answer the page's early script already asked
/// for (`window.alongsideConfig`), or, without that script, a request of its own.
pub async fn host_settings() -> Option<String> {
    let early = js_sys::Reflect::get(&window()?.into(), &"alongsideConfig".into())
        .ok()
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
    match early {
        Some(answer) => JsFuture::from(answer).await.ok()?.as_string(),
        None => fetch_text("config.json").await,
    }
}

/// Puts the person's look (`core::look`) on the page's root, where the stylesheet reads it.
pub fn show_look(words: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-look", words);
    }
}

/// Whether the device asks for `media`, such as `(prefers-contrast: more)`.
pub fn device_asks(media: &str) -> bool {
    window()
        .and_then(|w| w.match_media(media).ok().flatten())
        .is_some_and(|list| list.matches())
}

/// Fetches the words of `lang` unless they are here already. False if they could not be.
pub async fn load_language(lang: Lang) -> bool {
    if lang.ready() {
        return true;
    }
    let text = fetch_text(crate::core::messages::WELSH_FILE).await;
    text.is_some_and(|text| crate::core::messages::load_welsh(&text).is_ok())
}

/// Offers `text` (of the type `kind`, such as `application/json`) as a file to save.
/// Returns false if the browser would not.
pub fn download(file_name: &str, kind: &str, text: &str) -> bool {
    fn offer(file_name: &str, kind: &str, text: &str) -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(kind);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link: web_sys::HtmlAnchorElement = document()
            .ok_or(JsValue::NULL)?
            .create_element("a")?
            .dyn_into()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        web_sys::Url::revoke_object_url(&url)
    }
    offer(file_name, kind, text).is_ok()
}

/// Sets the page title and, after the new screen is drawn, moves focus to its heading so
/// screen reader and keyboard users know the page changed.
pub fn announce_screen(title: &str, move_focus: bool) {
    if let Some(document) = document() {
        document.set_title(title);
    }
    if move_focus {
        // A new screen starts at its top: the last one's scroll would leave its first link
        // under the bar fixed at the top of a big screen.
        if let Some(window) = window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        leptos::prelude::request_animation_frame(|| {
            let Some(document) = document() else {
                return;
            };
            // Someone already typing on the new screen keeps their place: on a slow phone the
            // next frame can come after their tap, and their words would go nowhere.
            let typing = document.active_element().is_some_and(|field| {
                field
                    .matches("main :is(input, textarea, select)")
                    .unwrap_or(false)
            });
            let heading = document
                .query_selector("main h1")
                .ok()
                .flatten()
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            if let (false, Some(heading)) = (typing, heading) {
                let _ = heading.focus();
            }
        });
    }
}

/// Focuses the element matching `selector` once the page has been redrawn.
pub fn focus_later(selector: String) {
    focus_first(vec![selector]);
}

/// Focuses the first of `selectors` that matches something once the page has been redrawn,
/// or else the screen's heading: focus never drops to the page itself.
pub fn focus_first(selectors: Vec<String>) {
    leptos::prelude::request_animation_frame(move || {
        let found = selectors
            .iter()
            .map(String::as_str)
            .chain(["main h1"])
            .find_map(|selector| document()?.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = found {
            let _ = element.focus();
        }
    });
}

/// Moves the page so that a focused control is never under a bar fixed to the bottom of
/// the screen (the phone's tab bar, the "Undo" bar): WCAG 2.4.11.
pub fn keep_focus_in_view() -> leptos::prelude::WindowListenerHandle {
    leptos::prelude::window_event_listener_untyped("focusin", |event| {
        let (Some(window), Some(document)) = (window(), document()) else {
            return;
        };
        let Some(focused) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        // A tap on plain words focuses the whole screen (`main`): moving the page then would
        // carry the words away between press and release, so the tap would miss.
        if focused.id() == "main" {
            return;
        }
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let mut free_to = height;
        for bar in [".tabs", ".undo-bar"] {
            let Some(bar) = document.query_selector(bar).ok().flatten() else {
                continue;
            };
            let edge = bar.get_bounding_client_rect();
            // Only a bar along the bottom edge covers anything; focus inside it is in view.
            if edge.bottom() >= height - 2.0 && !bar.contains(Some(&focused)) {
                free_to = free_to.min(edge.top());
            }
        }
        let bottom = focused.get_bounding_client_rect().bottom();
        if bottom > free_to - 8.0 {
            window.scroll_by_with_x_and_y(0.0, bottom - free_to + 16.0);
        }
    })
}

thread_local! {
    static LAST_WORDS: RefCell<Option<Box<dyn Fn() -> bool>>> = const { RefCell::new(None) };
}

/// Registers what to try (a last save) if the app crashes: true if it is surely saved.
pub fn on_crash(save: impl Fn() -> bool + 'static) {
    LAST_WORDS.with(|slot| {
        if let Ok(mut slot) = slot.try_borrow_mut() {
            *slot = Some(Box::new(save));
        }
    });
}

/// A panic ends a wasm app for good, so show a calm page and try one last save.
pub fn install_panic_hook(lang: Lang) {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
        show_crash_page(lang);
    }));
}

/// Tries the last save registered by `on_crash`, then replaces the page with a calm
/// message that says whether the last words are surely kept.
pub fn show_crash_page(lang: Lang) {
    let saved = try_last_save();
    if let Some(body) = document().and_then(|d| d.body()) {
        body.set_inner_html(&crash_page(lang, saved));
    }
}

/// The calm page shown after a crash: plain HTML, as the app itself can no longer run.
/// `saved`: every word is in storage (locked notes typed a moment before may not be).
pub fn crash_page(lang: Lang, saved: bool) -> String {
    let text = if saved {
        Msg::CrashText
    } else {
        Msg::CrashTextLastWords
    };
    format!(
        r#"<main class="crash" role="alert"><h1>{}</h1><p>{}</p><p><a class="button" href="">{}</a></p></main>"#,
        Msg::CrashTitle.text(lang),
        text.text(lang),
        Msg::CrashReload.text(lang),
    )
}

/// Runs the save registered by `on_crash`, unless it is the very thing that was running
/// (then it cannot be sure).
pub fn try_last_save() -> bool {
    LAST_WORDS.with(|slot| match slot.try_borrow() {
        Ok(slot) => slot.as_ref().is_none_or(|save| save()),
        Err(_) => false,
    })
}

/// `window.alongsideUpdate`, set by the start-up script (scripts/start.js) while a new
/// version of the app has downloaded and waits.
fn update_hook() -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window()?.into(), &"alongsideUpdate".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Loads this page again, as if just opened.
pub fn reload() {
    if let Some(window) = window() {
        let _ = window.location().reload();
    }
}

pub fn new_version_waiting() -> bool {
    update_hook().is_some()
}

/// Starts the new version: the page reloads once it has taken over.
pub fn use_new_version() {
    if let Some(start) = update_hook() {
        let _ = start.call0(&JsValue::NULL);
    }
}
