//! Shared devices and taking notes away: wiping, leaving quickly, reading a chosen file,
//! the share sheet and printing.
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{document, window};
use crate::core::store::PREFIX;

/// Removes every key the app wrote, in both kinds of web storage. The app keeps words in no
/// other storage (no IndexedDB, no cookies; Cache Storage holds only the app's own files),
/// so this is every trace on the device.
pub fn wipe_storage() {
    let Some(window) = window() else {
        return;
    };
    for storage in [window.local_storage(), window.session_storage()] {
        let Ok(Some(storage)) = storage else {
            continue;
        };
        let count = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| key.starts_with(PREFIX))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}

/// The app's own address with no `#` part: loading it starts afresh.
pub fn app_address() -> String {
    window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}",
                location.origin().ok()?,
                location.pathname().ok()?
            ))
        })
        .unwrap_or_default()
}

/// An address relative to this page's, as the browser resolves it: `group/` beside the
/// app, whether it was opened as `…/app/` or `…/app/index.html`; `../` the folder above.
pub fn address_of(relative: &str) -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .and_then(|here| web_sys::Url::new_with_base(relative, &here).ok())
        .map(|url| url.href())
        .unwrap_or_default()
}

/// The key that says this tab left quickly, holding where it went. The start-up script in
/// `index.html` reads it: coming Back to this tab goes there again, never to the notes.
pub const LEFT_KEY: &str = "alongside.left";

/// Remembers, for this tab only, that the person left quickly to `exit`.
pub fn mark_left(exit: &str) {
    if let Some(Ok(Some(storage))) = window().map(|w| w.session_storage()) {
        let _ = storage.set_item(LEFT_KEY, exit);
    }
}

thread_local! {
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this page is leaving quickly (nothing may then ask to stay).
pub fn leaving() -> bool {
    LEAVING.with(std::cell::Cell::get)
}

/// Leaves quickly: blanks the page at once, and goes to `url` once `ready` (a short,
/// bounded wait for the last save) is done.
pub fn leave_for(url: String, ready: impl std::future::Future<Output = bool> + 'static) {
    LEAVING.with(|leaving| leaving.set(true));
    hide_page();
    wasm_bindgen_futures::spawn_local(async move {
        ready.await;
        replace_page(&url);
    });
}

/// Goes to `url` in place of this page in the history, so Back does not return here.
pub fn replace_page(url: &str) {
    if let Some(window) = window() {
        let _ = window.location().replace(url);
    }
}

/// Changes the address's `#` part without adding a history entry.
pub fn replace_hash(hash: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Blanks the page at once, before the next page has loaded.
pub fn hide_page() {
    if let Some(document) = document() {
        document.set_title("");
        if let Some(body) = document.body() {
            body.set_inner_html("");
        }
    }
}

pub enum FileProblem {
    /// Over the limit, so not read at all.
    TooLarge,
    Unreadable,
}

/// The bytes of the file chosen in `input`, with its size checked before reading. Bytes,
/// not text: the browser would quietly change words in a file that is not UTF-8.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    limit: usize,
) -> Result<Vec<u8>, FileProblem> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(FileProblem::Unreadable)?;
    read_file(&file, limit).await
}

/// The bytes of one chosen file, with its size checked before reading.
pub async fn read_file(file: &web_sys::File, limit: usize) -> Result<Vec<u8>, FileProblem> {
    if file.size() > limit as f64 {
        return Err(FileProblem::TooLarge);
    }
    JsFuture::from(file.array_buffer())
        .await
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
        .map_err(|_| FileProblem::Unreadable)
}

/// Offers `text` as a file through the system share sheet where the browser has one for
/// files (most phones). Returns false where there is none, so the caller can download.
pub async fn share_file(file_name: &str, text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let Ok(file) = ({
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::FilePropertyBag::new();
        options.set_type("application/json");
        web_sys::File::new_with_str_sequence_and_options(&parts, file_name, &options)
    }) else {
        return false;
    };
    // `navigator.share({ files })`, reached by name: web-sys marks file sharing unstable.
    let data = js_sys::Object::new();
    let files = js_sys::Array::of1(&file);
    if js_sys::Reflect::set(&data, &"files".into(), &files).is_err() {
        return false;
    }
    let call = |name: &str| {
        js_sys::Reflect::get(&navigator, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(&navigator, &data).ok())
    };
    if !call("canShare").is_some_and(|can| can.is_truthy()) {
        return false;
    }
    match call("share").and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        // Closing the sheet without choosing also ends here; the person chose that.
        Some(promise) => {
            let _ = JsFuture::from(promise).await;
            true
        }
        None => false,
    }
}

/// Whether this browser can share files (so the button can say "Share" or "Download").
pub fn can_share_files() -> bool {
    window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"canShare".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Puts `text` on the clipboard. False where the browser would not.
pub async fn copy_text(text: &str) -> bool {
    // `navigator.clipboard.writeText`, reached by name: web-sys marks it unstable.
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let write = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|clipboard| clipboard.is_object())
        .and_then(|clipboard| {
            let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
            write
                .dyn_into::<js_sys::Function>()
                .ok()?
                .call1(&clipboard, &JsValue::from_str(text))
                .ok()
        })
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
    match write {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Asks the browser to keep this site's notes even when space runs short (`persist`: it may
/// agree, refuse or ask the person), or, with `ask` false, whether it has agreed. `None`
/// where the browser has no such question.
pub async fn notes_kept(ask: bool) -> Option<bool> {
    let navigator = window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    let name = if ask { "persist" } else { "persisted" };
    let call = js_sys::Reflect::get(&storage, &name.into()).ok()?;
    let promise = call
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call0(&storage)
        .ok()?;
    let answer = JsFuture::from(promise.dyn_into::<js_sys::Promise>().ok()?).await;
    answer.ok()?.as_bool()
}

/// Safari on an iPhone or iPad, opened in a tab rather than from the Home Screen, where it
/// clears a site's notes after about a week in which the site was not opened. Only there is
/// `navigator.standalone` false; other browsers on those devices name themselves.
pub fn cleared_in_a_week() -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let standalone = js_sys::Reflect::get(&navigator, &"standalone".into()).ok();
    let agent = navigator.user_agent().unwrap_or_default();
    let other_browser = ["CriOS", "FxiOS", "EdgiOS", "OPiOS"]
        .iter()
        .any(|name| agent.contains(name));
    standalone.and_then(|value| value.as_bool()) == Some(false) && !other_browser
}
