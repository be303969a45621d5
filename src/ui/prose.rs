//! Fixed wording drawn from a list of blocks. Each kind of block is one view type, shared
//! by every screen, which keeps the app much smaller than a hand-written tree per screen.
use leptos::prelude::*;

use super::t;
use crate::core::messages::Msg;

#[derive(Clone, Copy)]
pub enum Block {
    Subheading(Msg),
    Para(Msg),
    /// A list of terms and what they mean.
    Terms(&'static [(Msg, Msg)]),
}

pub fn prose(blocks: &'static [Block]) -> impl IntoView {
    blocks.iter().map(|block| block_view(*block)).collect_view()
}

fn block_view(block: Block) -> AnyView {
    match block {
        Block::Subheading(msg) => view! { <h3>{t(msg)}</h3> }.into_any(),
        Block::Para(msg) => view! { <p>{t(msg)}</p> }.into_any(),
        Block::Terms(terms) => view! {
            <dl class="terms">
                {terms.iter().map(|(term, meaning)| view! { <dt>{t(*term)}</dt><dd>{t(*meaning)}</dd> }).collect_view()}
            </dl>
        }
        .into_any(),
    }
}
