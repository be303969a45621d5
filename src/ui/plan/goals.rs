//! My goals: chosen by me, with small steps to tick, what might get in the way and what
//! I'll do about it, and how far along I am. Finished goals are kept.
use leptos::prelude::*;

use super::add_new;
use crate::core::checks::most;
use crate::core::document::Document;
use crate::core::messages::Msg;
use crate::core::plan::{Goal, GoalStep, Progress};
use crate::ui::widgets::{by_data, full_list, max_text, ShowMore, TextField};
use crate::ui::{session, t, tf, undo};
use crate::web;

/// How many goals of each list to draw at first; more on request.
const PAGE: usize = 10;

/// Changes one goal, found by its id.
fn edit_goal(id: &str, change: impl FnOnce(&mut Goal)) {
    let now = web::now_ms();
    session().edit(|doc| {
        if let Some(goal) = doc.plan.goals.iter_mut().find(|g| g.id == id) {
            change(goal);
            goal.updated = now;
        }
    });
}

fn goals(doc: &mut Document) -> Option<&mut Vec<Goal>> {
    Some(&mut doc.plan.goals)
}

/// The steps of one goal, for removing one with undo.
fn steps_of(goal: String) -> impl for<'a> Fn(&'a mut Document) -> Option<&'a mut Vec<GoalStep>> {
    move |doc| {
        doc.plan
            .goals
            .iter_mut()
            .find(|g| g.id == goal)
            .map(|g| &mut g.steps)
    }
}

fn title_of(id: &str) -> String {
    by_data("goal", id, ".goal-title")
}

#[component]
pub fn Goals() -> impl IntoView {
    let add = |_| {
        add_new(
            |plan| &mut plan.goals,
            |id, updated| Goal {
                id,
                updated,
                ..Goal::default()
            },
            title_of,
            most::GOALS,
        )
    };
    view! {
        <GoalList finished=false />
        <button type="button" class="primary" on:click=add>{t(Msg::GoalAdd)}</button>
        <GoalList finished=true />
    }
}

/// The goals still being worked on, or the finished ones, a page at a time.
#[component]
fn GoalList(finished: bool) -> impl IntoView {
    let session = session();
    let limit = RwSignal::new(PAGE);
    let ids = Memo::new(move |_| {
        session.doc.with(|doc| {
            doc.plan
                .goals
                .iter()
                .filter(|g| g.finished == finished)
                .map(|g| g.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !finished || !ids.with(Vec::is_empty)>
            {finished.then(|| view! { <h2>{t(Msg::GoalsFinished)}</h2> })}
            <ol class="goals" data-finished=finished.then_some("true")>
                <For each=move || ids.with(|ids| ids.iter().take(limit.get()).cloned().collect::<Vec<_>>())
                    key=|id| id.clone() let:id>
                    <GoalCard id=id />
                </For>
            </ol>
            <ShowMore total=Signal::derive(move || ids.with(Vec::len)) limit=limit page=PAGE />
        </Show>
    }
}

#[component]
fn GoalCard(id: String) -> impl IntoView {
    let session = session();
    let undo = undo();
    let id = StoredValue::new(id);
    let goal = Memo::new(move |_| {
        session
            .doc
            .with(|doc| id.with_value(|id| doc.plan.goals.iter().find(|g| &g.id == id).cloned()))
    });
    let get = move |pick: fn(&Goal) -> String| {
        move || goal.with(|g| g.as_ref().map(pick).unwrap_or_default())
    };
    let edit = move |change: Box<dyn FnOnce(&mut Goal)>| id.with_value(|id| edit_goal(id, change));
    let text_field = move |key: &'static str,
                           label: Msg,
                           pick: fn(&Goal) -> String,
                           put: fn(&mut Goal, String)| {
        view! {
            <TextField id=format!("goal-{key}-{}", id.get_value()) label=label lines=2
                value=Signal::derive(get(pick))
                put=Callback::new(move |value| edit(Box::new(move |g| put(g, value)))) />
        }
    };
    let finished = move || goal.with(|g| g.as_ref().is_some_and(|g| g.finished));
    let heading = move || {
        let title = get(|g| g.title.trim().to_owned())();
        if title.is_empty() {
            t(Msg::GoalUntitled).to_owned()
        } else {
            title
        }
    };
    let finish = move |_| {
        let done = !finished();
        edit(Box::new(move |g| g.finished = done));
        // The goal moves to the other list: focus follows it to the same button.
        session.say(t(if done {
            Msg::GoalFinishedSaid
        } else {
            Msg::GoalReopenedSaid
        }));
        web::focus_later(id.with_value(|id| by_data("goal", id, ".finish")));
    };
    let remove = move |_| {
        id.with_value(|id| undo.remove(Msg::GoalRemoved, id, goals, title_of(id)));
    };
    view! {
        <li class="goal card" data-goal=id.get_value() data-finished=move || finished().then_some("true")>
            <h2>{heading}</h2>
            <TextField id=format!("goal-title-{}", id.get_value()) label=Msg::GoalTitle class="goal-title"
                value=Signal::derive(get(|g| g.title.clone()))
                put=Callback::new(move |value| edit(Box::new(move |g| g.title = value))) />
            {text_field("why", Msg::GoalWhy, |g| g.why.clone(), |g, v| g.why = v)}
            <Steps goal=goal edit=edit />
            {text_field("obstacles", Msg::GoalObstacles, |g| g.obstacles.clone(), |g, v| g.obstacles = v)}
            {text_field("solutions", Msg::GoalSolutions, |g| g.solutions.clone(), |g, v| g.solutions = v)}
            <ProgressChoice goal=goal edit=edit />
            <div class="actions">
                <button type="button" class="finish" on:click=finish>
                    {move || t(if finished() { Msg::GoalReopen } else { Msg::GoalFinish })}
                </button>
                <button type="button" class="quiet" on:click=remove>{t(Msg::GoalRemove)}</button>
            </div>
        </li>
    }
}

#[component]
fn Steps(
    goal: Memo<Option<Goal>>,
    edit: impl Fn(Box<dyn FnOnce(&mut Goal)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ids = move || {
        goal.with(|g| {
            g.as_ref()
                .map(|g| g.steps.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let add = move |_| {
        if full_list(ids().len(), most::STEPS) {
            return;
        }
        let step = GoalStep {
            id: web::new_id(),
            ..GoalStep::default()
        };
        let focus = by_data("step", &step.id, "textarea");
        edit(Box::new(move |g| g.steps.push(step)));
        web::focus_later(focus);
    };
    view! {
        <fieldset class="steps">
            <legend>{t(Msg::GoalSteps)}</legend>
            <ol class="step-list">
                <For each=ids key=|id| id.clone() let:id>
                    <StepRow goal=goal id=id edit=edit />
                </For>
            </ol>
            <button type="button" on:click=add>{t(Msg::GoalStepAdd)}</button>
        </fieldset>
    }
}

/// One small step: a tick, its words (which wrap, so a small phone shows them whole), and a
/// way to remove it. Drawn once and updated in place, so typing keeps its focus.
#[component]
fn StepRow(
    goal: Memo<Option<Goal>>,
    id: String,
    edit: impl Fn(Box<dyn FnOnce(&mut Goal)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let undo = undo();
    let id = StoredValue::new(id);
    let step = Memo::new(move |_| {
        goal.with(|g| {
            id.with_value(|id| {
                let g = g.as_ref()?;
                let at = g.steps.iter().position(|s| &s.id == id)?;
                Some((at + 1, g.steps[at].clone()))
            })
        })
    });
    let n = move || step.with(|s| s.as_ref().map(|(n, _)| n.to_string()).unwrap_or_default());
    let change = move |f: Box<dyn FnOnce(&mut GoalStep)>| {
        let id = id.get_value();
        edit(Box::new(move |g| {
            if let Some(s) = g.steps.iter_mut().find(|s| s.id == id) {
                f(s);
            }
        }));
    };
    let remove = move |_| {
        let goal_id = goal.with_untracked(|g| g.as_ref().map(|g| g.id.clone()));
        if let Some(goal_id) = goal_id {
            id.with_value(|id| {
                let back = by_data("step", id, "textarea");
                undo.remove(Msg::StepRemoved, id, steps_of(goal_id), back);
            });
        }
    };
    let text_id = format!("step-{}", id.get_value());
    view! {
        <li class="step" data-step=id.get_value()
            data-done=move || step.with(|s| s.as_ref().is_some_and(|(_, s)| s.done)).then_some("true")>
            <input type="checkbox" prop:checked=move || step.with(|s| s.as_ref().is_some_and(|(_, s)| s.done))
                aria-label=move || tf(Msg::GoalStepDone, "n", &n())
                on:change=move |event| {
                    let done = event_target_checked(&event);
                    change(Box::new(move |s| s.done = done));
                } />
            <label class="visually-hidden" for=text_id.clone()>{move || tf(Msg::GoalStep, "n", &n())}</label>
            <textarea id=text_id rows="1" maxlength=max_text()
                prop:value=move || step.with(|s| s.as_ref().map(|(_, s)| s.text.clone()).unwrap_or_default())
                on:input=move |event| {
                    let Some(text) = web::typed_text(&event) else { return };
                    change(Box::new(move |s| s.text = text));
                }></textarea>
            <button type="button" class="quiet" aria-label=move || tf(Msg::GoalStepRemove, "n", &n())
                on:click=remove>{t(Msg::Remove)}</button>
        </li>
    }
}

/// How far along: worked out from the steps, or chosen in words.
#[component]
fn ProgressChoice(
    goal: Memo<Option<Goal>>,
    edit: impl Fn(Box<dyn FnOnce(&mut Goal)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let field_id = move || {
        format!(
            "progress-{}",
            goal.with(|g| g.as_ref().map(|g| g.id.clone()).unwrap_or_default())
        )
    };
    let chosen = move || goal.with(|g| g.as_ref().and_then(|g| g.progress));
    let worked_out = move || {
        goal.with(|g| {
            g.as_ref().map(|g| {
                Goal {
                    progress: None,
                    ..g.clone()
                }
                .progress()
            })
        })
    };
    view! {
        <div class="field">
            <label for=field_id>{t(Msg::GoalProgress)}</label>
            <select id=field_id on:change=move |event| {
                let progress = Progress::from_key(&event_target_value(&event));
                edit(Box::new(move |g| g.progress = progress));
            }>
                <option value="" prop:selected=move || chosen().is_none()>
                    {move || tf(Msg::GoalProgressAuto, "progress", t(worked_out().unwrap_or(Progress::NotStarted).name()))}
                </option>
                {Progress::ALL.map(|p| view! {
                    <option value=p.key() prop:selected=move || chosen() == Some(p)>{t(p.name())}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
