//! Keeping a page for other people (the group page) for use with no signal. The person's app
//! is kept by its service worker's install; a page of its own is not, so it registers the
//! same worker and puts itself and every file it loaded in the worker's cache for it.
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::window;

/// Registers `../sw.js` and keeps this page and its own files (those in its folder) in the
/// cache named `cache` followed by the worker's scope, as the worker reads them.
pub async fn keep_this_page(cache: &str) -> Option<()> {
    let window = window()?;
    let registered = window.navigator().service_worker().register("../sw.js");
    let registration = JsFuture::from(registered).await.ok()?;
    let scope = js_sys::Reflect::get(&registration, &"scope".into())
        .ok()?
        .as_string()?;
    let href = window.location().href().ok()?;
    let page = href.split(['#', '?']).next()?.to_owned();
    let folder = page
        .rsplit_once('/')
        .map(|(folder, _)| format!("{folder}/"))?;
    let files = js_sys::Array::of1(&page.clone().into());
    let entries = window.performance()?.get_entries_by_type("resource");
    for entry in entries.iter() {
        let Ok(entry) = entry.dyn_into::<web_sys::PerformanceEntry>() else {
            continue;
        };
        let url = entry.name();
        if url.starts_with(&folder) && url != page {
            files.push(&url.into());
        }
    }
    let caches = window.caches().ok()?;
    let opened = JsFuture::from(caches.open(&format!("{cache} {scope}")))
        .await
        .ok()?;
    let kept: web_sys::Cache = opened.dyn_into().ok()?;
    JsFuture::from(kept.add_all_with_str_sequence(&files))
        .await
        .ok()?;
    Some(())
}
