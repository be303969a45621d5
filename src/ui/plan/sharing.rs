//! Who may see each part of my plan (and my statements and ladder), and anything I don't
//! want shared. Copies leave out parts kept for me only, unless I choose them.
use leptos::prelude::*;

use crate::core::copy::CopyPart;
use crate::core::messages::Msg;
use crate::core::plan::{Audience, Share};
use crate::ui::{session, t};
use crate::web;

/// Changes the sharing choices for one part (the rules live in the core).
fn edit_share(part: CopyPart, change: impl FnOnce(&mut Share)) {
    session().edit(|doc| change(doc.plan.share_mut_by_key(part.key())));
}

#[component]
pub fn Sharing() -> impl IntoView {
    CopyPart::ALL
        .map(|part| view! { <ShareChoices part=part /> })
        .collect_view()
}

#[component]
fn ShareChoices(part: CopyPart) -> impl IntoView {
    let session = session();
    let key = part.key();
    let share = Memo::new(move |_| {
        session
            .doc
            .with(|doc| doc.plan.share_by_key(key).cloned().unwrap_or_default())
    });
    let not_shared_id = format!("not-shared-{key}");
    view! {
        <fieldset class="steps share" data-section=key>
            <legend>{t(part.title())}</legend>
            <p class="hint">{t(Msg::ShareWho)}</p>
            <div class="choices">
                {Audience::ALL.map(|audience| view! {
                    <label class="choice">
                        <input type="checkbox" value=audience.key()
                            prop:checked=move || share.with(|s| s.who.contains(&audience))
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                edit_share(part, |s| s.let_see(audience, on));
                            } />
                        {t(audience.name())}
                    </label>
                }).collect_view()}
                <label class="choice">
                    <input type="checkbox" class="private" prop:checked=move || share.with(|s| s.private)
                        on:change=move |event| {
                            let private = event_target_checked(&event);
                            edit_share(part, |s| s.keep_private(private));
                        } />
                    {t(Msg::SharePrivate)}
                </label>
            </div>
            <div class="field">
                <label for=not_shared_id.clone()>{t(Msg::ShareNot)}</label>
                <textarea id=not_shared_id rows="2" maxlength=crate::ui::widgets::max_text() prop:value=move || share.with(|s| s.not_shared.clone())
                    on:input=move |event| {
                        let Some(text) = web::typed_text(&event) else { return };
                        edit_share(part, |s| s.not_shared = text);
                    }></textarea>
            </div>
        </fieldset>
    }
}
