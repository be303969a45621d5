//! Small shapes shared by every screen, so that each is compiled once.
use leptos::prelude::*;

use super::session;
use super::state::Notice;
use crate::core::checks::MAX_TEXT_CHARS;

/// Everything that changes the notes sits inside one of these: when the notes are read
/// only, every control in it is visibly switched off, so no typing is silently dropped.
#[component]
pub fn Editable(children: Children) -> impl IntoView {
    let session = session();
    view! {
        <fieldset class="bare" disabled=move || session.is_read_only()>{children()}</fieldset>
    }
}

/// The longest writing a text box takes, as text for `maxlength`.
pub fn max_text() -> String {
    MAX_TEXT_CHARS.to_string()
}

/// True (and says so, in a message that stays) when a list already holds as many items as
/// Alongside keeps, so nothing is added.
pub fn full_list(count: usize, most: usize) -> bool {
    if count < most {
        return false;
    }
    session().notify(Notice::ListFull);
    true
}

/// A selector for the element whose `data-{attr}` is `id`, then `then` inside it. Ids can
/// come from a file, so quotes and backslashes in them are escaped.
pub fn by_data(attr: &str, id: &str, then: &str) -> String {
    let id = id.replace('\\', "\\\\").replace('"', "\\\"");
    format!(r#"[data-{attr}="{id}"] {then}"#)
}
