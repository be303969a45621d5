//! Who may see each part of my plan, and anything I don't want shared. Copies of the plan
//! leave out parts kept for me only, unless I choose them.
use leptos::prelude::*;

use crate::core::messages::Msg;
use crate::core::plan::{Audience, Section, Share};
use crate::ui::{session, t};

/// Changes the sharing choices for one section (the rules live in the core).
fn edit_share(section: Section, change: impl FnOnce(&mut Share)) {
    session().edit(|doc| change(doc.plan.share_mut(section)));
}

#[component]
pub fn Sharing() -> impl IntoView {
    Section::ALL
        .map(|section| view! { <ShareChoices section=section /> })
        .collect_view()
}

#[component]
fn ShareChoices(section: Section) -> impl IntoView {
    let session = session();
    let share = Memo::new(move |_| {
        session
            .doc
            .with(|doc| doc.plan.share(section).cloned().unwrap_or_default())
    });
    let key = section.key();
    let not_shared_id = format!("not-shared-{key}");
    view! {
        <fieldset class="steps share" data-section=key>
            <legend>{t(section.title())}</legend>
            <p class="hint">{t(Msg::ShareWho)}</p>
            <div class="choices">
                {Audience::ALL.map(|audience| view! {
                    <label class="choice">
                        <input type="checkbox" value=audience.key()
                            prop:checked=move || share.with(|s| s.who.contains(&audience))
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                edit_share(section, |s| s.let_see(audience, on));
                            } />
                        {t(audience.name())}
                    </label>
                }).collect_view()}
                <label class="choice">
                    <input type="checkbox" class="private" prop:checked=move || share.with(|s| s.private)
                        on:change=move |event| {
                            let private = event_target_checked(&event);
                            edit_share(section, |s| s.keep_private(private));
                        } />
                    {t(Msg::SharePrivate)}
                </label>
            </div>
            <div class="field">
                <label for=not_shared_id.clone()>{t(Msg::ShareNot)}</label>
                <textarea id=not_shared_id rows="2" maxlength=crate::ui::widgets::max_text() prop:value=move || share.with(|s| s.not_shared.clone())
                    on:input=move |event| {
                        let text = event_target_value(&event);
                        edit_share(section, |s| s.not_shared = text);
                    }></textarea>
            </div>
        </fieldset>
    }
}
