//! The venue page's own shapes, each compiled once: a text box with its mistake, a language
//! choice, and what was said about a change, with Undo.
use leptos::prelude::*;

use super::{page, v, Spot};
use crate::core::messages::venue::VenueMsg;
use crate::core::messages::Lang;
use crate::core::venue::Field;
use crate::web;

/// A labelled box for one field of the form. Its mistake shows once "Download" has been
/// pressed, and goes as soon as the words can be used.
#[component]
pub fn TextBox(
    field: Field,
    label: VenueMsg,
    #[prop(optional)] hint: Option<VenueMsg>,
    #[prop(into)] value: Signal<String>,
    put: Callback<String>,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] lines: u8,
) -> impl IntoView {
    let page = page();
    let id = field.id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let mistake = Memo::new(move |_| page.mistake(field));
    let described = match hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    let invalid = move || mistake.with(Option::is_some).then_some("true");
    let control = match lines {
        0 => view! {
            <input id=id.clone() type=kind.unwrap_or("text") autocomplete="off" aria-describedby=described.clone()
                aria-invalid=invalid inputmode=(kind == Some("number")).then_some("numeric")
                prop:value=value on:input=move |event| if let Some(text) = web::typed_text(&event) { put.run(text) } />
        }
        .into_any(),
        _ => view! {
            <textarea id=id.clone() rows=lines aria-describedby=described aria-invalid=invalid
                prop:value=value on:input=move |event| if let Some(text) = web::typed_text(&event) { put.run(text) }></textarea>
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{v(label)}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{v(hint)}</p> })}
            {control}
            <p id=error_id class="error">{move || mistake.get()}</p>
        </div>
    }
}

/// English or Cymraeg, each named in its own words.
#[component]
pub fn LangChoice(
    id: &'static str,
    label: VenueMsg,
    #[prop(optional)] hint: Option<VenueMsg>,
    #[prop(into)] value: Signal<Lang>,
    put: Callback<Lang>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{v(label)}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{v(hint)}</p> })}
            <select id=id aria-describedby=hint.map(|_| hint_id.clone()) on:change=move |event| {
                if let Some(chosen) = Lang::from_code(&event_target_value(&event)) {
                    put.run(chosen);
                }
            }>
                {Lang::ALL.into_iter().map(|each| view! {
                    <option value=each.code() lang=each.code() selected=move || value.get() == each>
                        {each.name()}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// What was last said about a change made at `spot`, with Undo when it can be taken back.
#[component]
pub fn Said(spot: Spot) -> impl IntoView {
    let page = page();
    let words = move || {
        page.said
            .get()
            .filter(|(at, _)| *at == spot)
            .map(|(_, words)| words)
    };
    let can_undo = move || {
        page.before
            .with(|before| before.as_ref().is_some_and(|(at, _)| *at == spot))
    };
    let undo = move |_| {
        page.undo();
        web::focus_later(format!("#said-{}", spot.name()));
    };
    view! {
        <p class="said" id=format!("said-{}", spot.name()) tabindex="-1" role="status">
            {words}
            <Show when=move || can_undo() && words().is_some()>
                " " <button type="button" class="undo" on:click=undo>{v(VenueMsg::Undo)}</button>
            </Show>
        </p>
    }
}
