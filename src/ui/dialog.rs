//! Dialogs. Every one has "Leave quickly" at its top, because an open dialog makes the rest
//! of the page (and the header's button) unreachable. A dialog that confirms something that
//! cannot be undone starts with focus on the safe choice.
use leptos::{html, prelude::*};

use super::kiosk::leave_button;
use super::t;
use crate::core::messages::Msg;

pub fn open(dialog: NodeRef<html::Dialog>) {
    if let Some(dialog) = dialog.get() {
        let _ = dialog.show_modal();
    }
}

pub fn close(dialog: NodeRef<html::Dialog>) {
    if let Some(dialog) = dialog.get() {
        dialog.close();
    }
}

/// A dialog sheet with "Leave quickly" above its content. `name` prefixes the ids of its
/// title (`{name}-title`) and words (`{name}-text`), which label and describe it.
#[component]
pub fn Sheet(
    node: NodeRef<html::Dialog>,
    name: &'static str,
    #[prop(optional)] alert: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <dialog node_ref=node class="sheet" role=alert.then_some("alertdialog")
            aria-labelledby=format!("{name}-title") aria-describedby=format!("{name}-text")>
            <div class="sheet-top">{leave_button()}</div>
            {children()}
        </dialog>
    }
}

/// "Are you sure?" before something that cannot be undone. Focus starts on `no`; `yes` runs
/// `confirmed`. `children` are other choices, such as "Download a copy first".
#[component]
pub fn Confirm(
    node: NodeRef<html::Dialog>,
    name: &'static str,
    title: Msg,
    #[prop(into)] text: Signal<String>,
    yes: Msg,
    no: Msg,
    confirmed: impl Fn() + Send + Sync + 'static,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <Sheet node=node name=name>
            <h2 id=format!("{name}-title")>{t(title)}</h2>
            <p id=format!("{name}-text")>{text}</p>
            <div class="actions">
                <button type="button" class="primary" autofocus on:click=move |_| close(node)>{t(no)}</button>
                {children.map(|children| children())}
                <button type="button" class="danger" on:click=move |_| confirmed()>{t(yes)}</button>
            </div>
        </Sheet>
    }
}
