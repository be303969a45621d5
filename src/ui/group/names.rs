//! Who has shared (and taking one out by its receipt, with Undo), and merging the names
//! people gave the same service.
use leptos::prelude::*;

use super::{g, page, Said, Spot};
use crate::core::group::{moments_in, show_receipt, typed_receipt};
use crate::core::ladder::same_service;
use crate::core::messages::group::GroupMsg;
use crate::core::messages::{fill, fill_all, Msg};
use crate::ui::lang;
use crate::web;

/// A labelled box: one line, or `lines` lines.
#[component]
pub fn Words(
    id: &'static str,
    label: GroupMsg,
    #[prop(optional)] hint: Option<GroupMsg>,
    #[prop(into)] value: Signal<String>,
    put: Callback<String>,
    lines: u8,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    let control = match lines {
        0 => view! {
            <input id=id type="text" autocomplete="off" aria-describedby=described.clone()
                prop:value=value on:input=move |event| if let Some(text) = web::typed_text(&event) { put.run(text) } />
        }
        .into_any(),
        _ => view! {
            <textarea id=id rows=lines aria-describedby=described
                prop:value=value on:input=move |event| if let Some(text) = web::typed_text(&event) { put.run(text) }></textarea>
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{g(label)}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{g(hint)}</p> })}
            {control}
        </div>
    }
}

#[component]
pub fn Shared() -> impl IntoView {
    let page = page();
    let typed = RwSignal::new(String::new());
    let counted = move || {
        page.pool.with(|pool| {
            let moments = moments_in(&pool.contributions);
            fill_all(
                g(GroupMsg::Counted),
                &[
                    (
                        "people",
                        &GroupMsg::People.count(lang(), pool.contributions.len()),
                    ),
                    ("moments", &Msg::HoldsMoments.count(lang(), moments)),
                ],
            )
        })
    };
    let remove = move |_| {
        let words = match typed_receipt(&typed.get_untracked()) {
            None => g(GroupMsg::ReceiptWrong).to_owned(),
            Some(receipt) => match page.change(|pool| pool.remove(&receipt)).0 {
                Some(taken) => {
                    page.taken.set(Some(taken));
                    typed.set(String::new());
                    fill(g(GroupMsg::Removed), "receipt", &show_receipt(&receipt))
                }
                None => fill(g(GroupMsg::NoReceipt), "receipt", &show_receipt(&receipt)),
            },
        };
        page.say(Spot::Remove, words);
        web::focus_later("#said-remove".into());
    };
    let undo = move |_| {
        if let Some((at, contribution)) = page.taken.try_update(Option::take).flatten() {
            page.change(|pool| pool.put_back(at, contribution));
            page.say(Spot::Remove, g(GroupMsg::UndoDone));
            web::focus_later("#said-remove".into());
        }
    };
    view! {
        <section class="card" aria-labelledby="shared-title">
            <h2 id="shared-title">{g(GroupMsg::SharedTitle)}</h2>
            <p id="counted">{counted}</p>
            <p class="hint">{g(GroupMsg::CountedHint)}</p>
            <Words id="receipt" label=GroupMsg::RemoveLabel hint=GroupMsg::RemoveHint value=typed
                put=Callback::new(move |v| typed.set(v)) lines=0 />
            <div class="actions">
                <button type="button" id="remove" on:click=remove>{g(GroupMsg::Remove)}</button>
                <Show when=move || page.taken.with(Option::is_some)>
                    <button type="button" class="undo" on:click=undo>{g(GroupMsg::Undo)}</button>
                </Show>
            </div>
            <Said spot=Spot::Remove />
        </section>
    }
}

#[component]
pub fn Names() -> impl IntoView {
    let page = page();
    let ticked = RwSignal::new(Vec::<String>::new());
    let into = RwSignal::new(String::new());
    let merge = move |_| {
        let names = ticked.get_untracked();
        let name = into.get_untracked().trim().to_owned();
        if names.is_empty() || name.is_empty() {
            page.say(Spot::Names, g(GroupMsg::MergeNeeds));
            return;
        }
        page.change(|pool| pool.merge(&names, &name));
        page.say(
            Spot::Names,
            fill_all(
                g(GroupMsg::Merged),
                &[("names", &names.join(", ")), ("name", &name)],
            ),
        );
        ticked.set(Vec::new());
        into.set(String::new());
    };
    let names = move || page.pool.with(|pool| pool.names());
    view! {
        <section class="card" aria-labelledby="names-title">
            <h2 id="names-title">{g(GroupMsg::NamesTitle)}</h2>
            <p class="hint">{g(GroupMsg::NamesHint)}</p>
            <ul class="names">
                <For each=names key=|n| (n.written.clone(), n.counted_as.clone()) let(name)>
                    {
                        let written = name.written.clone();
                        let merged = (name.counted_as != name.written).then(|| name.counted_as.clone());
                        let tick = written.clone();
                        let apart = written.clone();
                        view! {
                            <li>
                                <label class="choice">
                                    <input type="checkbox" prop:checked=move || ticked.with(|t| t.contains(&written))
                                        on:change=move |event| {
                                            let on = event_target_checked(&event);
                                            ticked.update(|t| {
                                                t.retain(|n| !same_service(n, &tick));
                                                if on { t.push(tick.clone()); }
                                            });
                                        } />
                                    {name.written.clone()}
                                </label>
                                {merged.map(|into| view! {
                                    " " <span class="counted-as">{fill(g(GroupMsg::CountedAs), "name", &into)}</span> " "
                                    <button type="button" class="quiet" on:click=move |_| {
                                        page.change(|pool| pool.separate(&apart));
                                        page.say(Spot::Names, fill(g(GroupMsg::Separated), "name", &apart));
                                    }>{fill(g(GroupMsg::Separate), "name", &name.written)}</button>
                                })}
                            </li>
                        }
                    }
                </For>
            </ul>
            <Words id="merge-into" label=GroupMsg::MergeInto value=into put=Callback::new(move |v| into.set(v)) lines=0 />
            <p><button type="button" id="merge" on:click=merge>{g(GroupMsg::Merge)}</button></p>
            <Said spot=Spot::Names />
        </section>
    }
}
