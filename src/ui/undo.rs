//! Undo for every removal: one way to remove an item from any list in the document,
//! keeping it and its place, and one way to put it back.
use std::cell::RefCell;

use leptos::prelude::*;

use super::state::Session;
use crate::core::document::{Document, Keyed};
use crate::core::messages::Msg;
use crate::web;

/// How to put back what was removed last.
type Restore = Box<dyn FnOnce(&mut Document)>;

thread_local! {
    // A closure, so not in a signal.
    static UNDO: RefCell<Option<Restore>> = const { RefCell::new(None) };
}

/// The last removal, shown with "Undo" until something else is removed or undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    /// What was removed, in words ("Statement deleted.").
    pub what: Msg,
    /// Where to put focus once it is back.
    pub focus: String,
}

impl Session {
    /// Removes the item `id` from the list `list` picks, keeping it and its place so that
    /// "Undo" can put it back; focus moves to "Undo". `focus` is where focus goes once the
    /// item is back. The one way every screen removes something.
    pub fn remove<T, F>(self, what: Msg, id: &str, list: F, focus: String)
    where
        T: Keyed + 'static,
        F: for<'a> Fn(&'a mut Document) -> Option<&'a mut Vec<T>> + 'static,
    {
        let mut taken = None;
        self.edit(|doc| {
            if let Some(items) = list(doc) {
                if let Some(at) = items.iter().position(|item| item.key() == id) {
                    taken = Some((at, items.remove(at)));
                }
            }
        });
        let Some((at, item)) = taken else {
            return;
        };
        let restore = move |doc: &mut Document| {
            if let Some(items) = list(doc) {
                // Back in its place, unless another tab brought it back already.
                if !items.iter().any(|here| here.key() == item.key()) {
                    items.insert(at.min(items.len()), item);
                }
            }
        };
        UNDO.with(|slot| *slot.borrow_mut() = Some(Box::new(restore)));
        self.removed.set(Some(Removed { what, focus }));
        web::focus_later("#undo-button".into());
    }

    /// Puts back the last thing removed, and focus on it.
    pub fn undo(self) {
        let restore = UNDO.with(|slot| slot.borrow_mut().take());
        let removed = self.removed.try_update(Option::take).flatten();
        if let Some(restore) = restore {
            self.edit(restore);
            self.say(crate::ui::t(Msg::UndoDone));
        }
        if let Some(removed) = removed {
            web::focus_later(removed.focus);
        }
    }

    /// Forgets the last removal (moving to another screen, say).
    pub fn forget_removal(self) {
        UNDO.with(|slot| slot.borrow_mut().take());
        if self.removed.with_untracked(Option::is_some) {
            self.removed.set(None);
        }
    }
}
