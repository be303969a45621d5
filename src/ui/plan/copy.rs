//! A copy to bring along: the chosen parts of the plan, statements and ladder, calm and plain, to print or save as
//! a PDF through the browser, or to copy as text into a message.
use leptos::{prelude::*, task::spawn_local};

use crate::core::copy::{self, copy_title, lay_out_copy, shared_parts, CopyPart, CopySection};
use crate::core::dates::long_day;
use crate::core::messages::Msg;
use crate::core::order::sort_by_rank;
use crate::ui::{lang, session, t, tf};
use crate::web::{self, device};

#[component]
pub fn CopyScreen() -> impl IntoView {
    let session = session();
    // Starts from what the sharing choices allow; the person can change it for this copy.
    let chosen = RwSignal::new(session.doc.with_untracked(|doc| shared_parts(&doc.plan)));
    let copied = RwSignal::new(None::<bool>);
    let venue = move || {
        session
            .config
            .with_value(|config| config.help_contacts(lang()))
    };
    let copy_text = move |_| {
        let text = session.doc.with_untracked(|doc| {
            copy::copy_text(
                doc,
                &chosen.get_untracked(),
                &venue(),
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
                {CopyPart::PRINTED.map(|part| view! {
                    <label class="choice">
                        <input type="checkbox" value=part.key()
                            prop:checked=move || chosen.with(|c| c.contains(&part))
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                chosen.update(|c| {
                                    c.retain(|p| *p != part);
                                    if on {
                                        c.push(part);
                                        // Keep the copy's order, whatever order they were ticked in.
                                        sort_by_rank(c, false, |p| {
                                            let at = CopyPart::PRINTED.iter().position(|x| x == p);
                                            (String::new(), at.map_or(i64::MAX, |at| at as i64))
                                        });
                                    }
                                });
                            } />
                        {t(part.title())}
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
            let (parts, title) = session.doc.with(|doc| {
                (lay_out_copy(doc, &chosen.get(), &venue(), lang()), copy_title(&doc.settings.display_name, lang()))
            });
            view! { <PlanCopy parts=parts title=title /> }
        }}
    }
}

/// A calm page to print: title, date, and each chosen part that has something in it.
#[component]
pub fn PlanCopy(parts: Vec<CopySection>, title: String) -> impl IntoView {
    let empty = parts.is_empty();
    view! {
        <article class="plan-copy">
            <h2 class="copy-title">{title}</h2>
            <p class="copy-date">{tf(Msg::PrintDate, "date", &long_day(&web::today(), lang()))}</p>
            {empty.then(|| view! { <p class="empty">{t(Msg::PrintNothing)}</p> })}
            {parts.into_iter().map(|part| view! {
                <section class="copy-section" data-section=part.key>
                    <h3>{t(part.title)}</h3>
                    {part.items.into_iter().map(|item| view! {
                        <div class="copy-item">
                            {item.heading.map(|h| view! { <h4>{h}</h4> })}
                            <dl>
                                {item.lines.into_iter().map(|(label, text)| {
                                    // A line with no label (a sentence about the ladder) is its words alone.
                                    let alone = label.is_empty();
                                    view! { <dt hidden=alone>{label}</dt><dd>{text}</dd> }
                                }).collect_view()}
                            </dl>
                        </div>
                    }).collect_view()}
                </section>
            }).collect_view()}
        </article>
    }
}
