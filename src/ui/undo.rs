//! Undo for every removal: one way to remove an item from any list in the document,
//! keeping it and its place, and one way to put it back. Its own handle beside the
//! session, so that saving knows nothing of it.
use leptos::prelude::*;

use super::state::Session;
use crate::core::document::{Document, Keyed};
use crate::core::messages::Msg;
use crate::web;

/// How to put back what was removed last.
type Restore = Box<dyn FnOnce(&mut Document)>;

/// The last removal, shown with "Undo" until something else is removed or undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    /// What was removed, in words ("Statement deleted.").
    pub what: Msg,
    /// Where to put focus once it is back.
    pub focus: String,
}

#[derive(Clone, Copy)]
pub struct Undo {
    session: Session,
    pub removed: RwSignal<Option<Removed>>,
    /// A closure, so kept beside the signal rather than in it.
    restore: StoredValue<Option<Restore>, LocalStorage>,
}

impl Undo {
    pub fn new(session: Session) -> Undo {
        Undo {
            session,
            removed: RwSignal::new(None),
            restore: StoredValue::new_local(None),
        }
    }

    /// Removes the item `id` from the list `list` picks, keeping it and its place so that
    /// "Undo" can put it back; focus moves to "Undo". `focus` is where focus goes once the
    /// item is back. The one way every screen removes something.
    pub fn remove<T, F>(self, what: Msg, id: &str, list: F, focus: String)
    where
        T: Keyed + 'static,
        F: for<'a> Fn(&'a mut Document) -> Option<&'a mut Vec<T>> + 'static,
    {
        let mut taken = None;
        self.session.edit(|doc| {
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
        self.restore.set_value(Some(Box::new(restore)));
        self.removed.set(Some(Removed { what, focus }));
        web::focus_later("#undo-button".into());
    }

    /// Puts back the last thing removed, and focus on it.
    pub fn undo(self) {
        let restore = self.restore.try_update_value(Option::take).flatten();
        let removed = self.removed.try_update(Option::take).flatten();
        if let Some(restore) = restore {
            self.session.edit(restore);
            self.session.say(crate::ui::t(Msg::UndoDone));
        }
        if let Some(removed) = removed {
            web::focus_later(removed.focus);
        }
    }

    /// Forgets the last removal (moving to another screen, say).
    pub fn forget(self) {
        self.restore.set_value(None);
        if self.removed.with_untracked(Option::is_some) {
            self.removed.set(None);
        }
    }
}
