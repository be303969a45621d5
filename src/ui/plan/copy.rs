//! A copy to bring along: the chosen parts of the plan, calm and plain, to print or save as
//! a PDF through the browser, or to copy as text into a message.
use leptos::{prelude::*, task::spawn_local};

use crate::core::dates::long_day;
use crate::core::messages::Msg;
use crate::core::plan::{lay_out, plain_text, shared_sections, Plan, Section};
use crate::ui::{lang, session, t, tf};
use crate::web::{self, device};

#[component]
pub fn CopyScreen() -> impl IntoView {
    let session = session();
    // Starts from what the sharing choices allow; the person can change it for this copy.
    let chosen = RwSignal::new(session.doc.with_untracked(|doc| shared_sections(&doc.plan)));
    let copied = RwSignal::new(None::<bool>);
    let copy_text = move |_| {
        let text = session.doc.with_untracked(|doc| {
            let name = &doc.settings.display_name;
            plain_text(
                &doc.plan,
                &chosen.get_untracked(),
                name,
                &web::today(),
                lang(),
            )
        });
        spawn_local(async move {
            copied.set(Some(device::copy_text(&text).await));
        });
    };
    view! {
        <fieldset class="steps no-print">
            <legend>{t(Msg::PrintChoose)}</legend>
            <p class="hint">{t(Msg::PrintChooseHint)}</p>
            <div class="choices">
                {Section::ALL.map(|section| view! {
                    <label class="choice">
                        <input type="checkbox" value=section.key()
                            prop:checked=move || chosen.with(|c| c.contains(&section))
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                chosen.update(|c| {
                                    c.retain(|s| *s != section);
                                    if on {
                                        c.push(section);
                                        // Keep the plan's order, whatever order they were ticked in.
                                        c.sort_by_key(|s| Section::ALL.iter().position(|x| x == s));
                                    }
                                });
                            } />
                        {t(section.title())}
                    </label>
                }).collect_view()}
            </div>
        </fieldset>
        <div class="actions no-print">
            <button type="button" class="primary" on:click=move |_| device::print()>{t(Msg::PrintButton)}</button>
            <button type="button" on:click=copy_text>{t(Msg::CopyText)}</button>
        </div>
        <p role="status" class="no-print">
            {move || copied.get().map(|ok| t(if ok { Msg::Copied } else { Msg::CopyFailed }))}
        </p>
        {move || {
            let (plan, name) = session.doc.with(|doc| (doc.plan.clone(), doc.settings.display_name.clone()));
            view! { <PlanCopy plan=plan sections=chosen.get() name=name /> }
        }}
    }
}

/// The plan as a calm document: title, date, and each chosen part that has something in it.
#[component]
pub fn PlanCopy(
    plan: Plan,
    sections: Vec<Section>,
    #[prop(optional)] name: String,
) -> impl IntoView {
    let laid_out: Vec<_> = lay_out(&plan, &sections, lang())
        .into_iter()
        .filter(|(_, items)| !items.is_empty())
        .collect();
    let title = if name.trim().is_empty() {
        t(Msg::PrintTitle).to_owned()
    } else {
        tf(Msg::PrintTitleNamed, "name", name.trim())
    };
    let empty = laid_out.is_empty();
    view! {
        <article class="plan-copy">
            <h2 class="copy-title">{title}</h2>
            <p class="copy-date">{tf(Msg::PrintDate, "date", &long_day(&web::today(), lang()))}</p>
            {empty.then(|| view! { <p class="empty">{t(Msg::PrintNothing)}</p> })}
            {laid_out.into_iter().map(|(section, items)| view! {
                <section class="copy-section" data-section=section.key()>
                    <h3>{t(section.title())}</h3>
                    {items.into_iter().map(|item| view! {
                        <div class="copy-item">
                            {item.heading.map(|h| view! { <h4>{h}</h4> })}
                            <dl>
                                {item.lines.into_iter().map(|(label, text)| view! {
                                    <dt>{label}</dt><dd>{text}</dd>
                                }).collect_view()}
                            </dl>
                        </div>
                    }).collect_view()}
                </section>
            }).collect_view()}
        </article>
    }
}
