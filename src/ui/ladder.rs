//! My co-production ladder: record moments of involvement, see them on my own ladder,
//! see how each service changed over time, and edit or delete them (with undo).
use leptos::{ev, prelude::*};

use super::prose::{prose, Block};
use super::{lang, session, t, tf};
use crate::core::document::{Beyond, Moment, Rung, Topic};
use crate::core::ladder::{
    self, chart, draw, rung_name, same_service, sentence, services, summarise, svg, Band, Filter,
    Period, Place, Words, BANDS,
};
use crate::core::messages::Msg;
use crate::core::statements::long_day;
use crate::web;

/// How many moments to list at first; more on request, so long lists stay quick.
const PAGE: usize = 25;

/// The steps and what they mean, top to bottom, as a ladder is drawn.
const MEANINGS: &[Block] = &[
    Block::Subheading(Msg::BandDoingWith),
    Block::Terms(&[
        (Msg::RungCoProduction, Msg::RungCoProductionText),
        (Msg::RungCoDesign, Msg::RungCoDesignText),
    ]),
    Block::Subheading(Msg::BandDoingFor),
    Block::Terms(&[
        (Msg::RungEngagement, Msg::RungEngagementText),
        (Msg::RungConsultation, Msg::RungConsultationText),
        (Msg::RungInforming, Msg::RungInformingText),
    ]),
    Block::Subheading(Msg::BandDoingTo),
    Block::Terms(&[
        (Msg::RungEducating, Msg::RungEducatingText),
        (Msg::RungCoercion, Msg::RungCoercionText),
    ]),
    Block::Para(Msg::LadderNoJudge),
    Block::Para(Msg::LadderBeyond),
];

fn rung_meaning(rung: Rung) -> Msg {
    match rung {
        Rung::Coercion => Msg::RungCoercionText,
        Rung::Educating => Msg::RungEducatingText,
        Rung::Informing => Msg::RungInformingText,
        Rung::Consultation => Msg::RungConsultationText,
        Rung::Engagement => Msg::RungEngagementText,
        Rung::CoDesign => Msg::RungCoDesignText,
        Rung::CoProduction => Msg::RungCoProductionText,
    }
}

fn band_name(band: Band) -> Msg {
    match band {
        Band::DoingTo => Msg::BandDoingTo,
        Band::DoingFor => Msg::BandDoingFor,
        Band::DoingWith => Msg::BandDoingWith,
    }
}

fn beyond_name(beyond: Beyond) -> Msg {
    match beyond {
        Beyond::UserLed => Msg::BeyondUserLed,
        Beyond::Community => Msg::BeyondCommunity,
    }
}

/// The short name drawn in the picture, where space is tight.
fn place_short(place: Place) -> Msg {
    match place {
        Place::Rung(rung) => rung_name(rung),
        Place::Beyond(Beyond::UserLed) => Msg::BeyondUserLedShort,
        Place::Beyond(Beyond::Community) => Msg::BeyondCommunityShort,
    }
}

fn place_name(place: Place) -> Msg {
    match place {
        Place::Rung(rung) => rung_name(rung),
        Place::Beyond(beyond) => beyond_name(beyond),
    }
}

fn topic_name(topic: Topic) -> Msg {
    match topic {
        Topic::Review => Msg::TopicReview,
        Topic::Medication => Msg::TopicMedication,
        Topic::CarePlan => Msg::TopicCarePlan,
        Topic::Discharge => Msg::TopicDischarge,
        Topic::Therapy => Msg::TopicTherapy,
        Topic::ShapedService => Msg::TopicShapedService,
        Topic::Other => Msg::TopicOther,
    }
}

fn period_name(period: Period) -> Msg {
    match period {
        Period::All => Msg::PeriodAll,
        Period::Months3 => Msg::PeriodMonths3,
        Period::Months6 => Msg::PeriodMonths6,
        Period::Year => Msg::PeriodYear,
    }
}

/// What the screen shares: the filter, the moment being changed, and the last one deleted.
#[derive(Clone, Copy)]
struct Screen {
    filter: RwSignal<Filter>,
    editing: RwSignal<Option<String>>,
    deleted: RwSignal<Option<(usize, Moment)>>,
    /// The moments the filter shows, newest first.
    shown: Memo<Vec<Moment>>,
}

#[component]
pub fn Ladder() -> impl IntoView {
    let session = session();
    let filter = RwSignal::new(Filter::default());
    let today = web::today();
    let shown = Memo::new(move |_| {
        session.doc.with(|doc| {
            filter.with(|filter| {
                filter
                    .apply(&doc.moments, &today)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let screen = Screen {
        filter,
        editing: RwSignal::new(None),
        deleted: RwSignal::new(None),
        shown,
    };
    let has_any = move || session.doc.with(|doc| !doc.moments.is_empty());
    let undo = move |_| {
        if let Some((at, moment)) = screen.deleted.get_untracked() {
            session.edit(|doc| {
                let at = at.min(doc.moments.len());
                doc.moments.insert(at, moment);
            });
            screen.deleted.set(None);
        }
    };

    view! {
        <h1 tabindex="-1">{t(Msg::TitleLadder)}</h1>
        <p>{t(Msg::LadderIntro)}</p>
        <details class="examples">
            <summary>{t(Msg::LadderRungs)}</summary>
            {prose(MEANINGS)}
        </details>
        <Show when=has_any fallback=|| view! { <p class="empty">{t(Msg::MomentsEmpty)}</p> }>
            <FilterBar screen=screen />
            <Picture screen=screen />
            <OverTime screen=screen />
        </Show>
        <div role="status">
            {move || screen.deleted.get().map(|_| view! {
                <p class="undo">
                    {t(Msg::MomentRemoved)} " "
                    <button type="button" on:click=undo>{t(Msg::Undo)}</button>
                </p>
            })}
        </div>
        <Show when=has_any>
            <MomentList screen=screen />
        </Show>
        <MomentForm screen=screen />
    }
}

#[component]
fn FilterBar(screen: Screen) -> impl IntoView {
    let session = session();
    let names = Memo::new(move |_| session.doc.with(|doc| services(&doc.moments)));
    // When the last moment with the chosen service goes, show every service again.
    Effect::new(move |_| {
        let gone = screen.filter.with(|f| {
            f.service.as_ref().is_some_and(|chosen| {
                names.with(|names| !names.iter().any(|name| same_service(name, chosen)))
            })
        });
        if gone {
            screen.filter.update(|f| f.service = None);
        }
    });
    view! {
        <div class="filters">
            <div class="field">
                <label for="show-service">{t(Msg::ShowService)}</label>
                <select id="show-service" on:change=move |event| {
                    let chosen = event_target_value(&event);
                    screen.filter.update(|f| f.service = (!chosen.is_empty()).then_some(chosen));
                }>
                    <option value="">{t(Msg::AllServices)}</option>
                    {move || names.get().into_iter().map(|name| {
                        let chosen = name.clone();
                        let value = name.clone();
                        view! {
                            <option value=value
                                prop:selected=move || screen.filter.with(|f| f.service.as_deref() == Some(chosen.as_str()))>
                                {name}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="show-period">{t(Msg::ShowPeriod)}</label>
                <select id="show-period" on:change=move |event| {
                    if let Some(period) = Period::from_key(&event_target_value(&event)) {
                        screen.filter.update(|f| f.period = period);
                    }
                }>
                    {Period::ALL.map(|period| view! {
                        <option value=period.key()>{t(period_name(period))}</option>
                    }).collect_view()}
                </select>
            </div>
        </div>
    }
}

/// The person's own ladder, drawn; the list below says the same in words.
#[component]
fn Picture(screen: Screen) -> impl IntoView {
    let drawing = Memo::new(move |_| {
        screen
            .shown
            .with(|shown| draw(&shown.iter().collect::<Vec<_>>()))
    });
    // The picture in words, for screen readers.
    let described = move || {
        let summary = drawing.with(|d| {
            d.rows
                .iter()
                .filter_map(|row| {
                    let happened = d.marks.iter().filter(|m| m.place == row.place).count()
                        + d.counts
                            .iter()
                            .filter(|c| c.place == row.place)
                            .map(|c| c.hidden)
                            .sum::<usize>();
                    (happened + row.wanted > 0).then(|| {
                        tf(Msg::PictureRow, "place", t(place_name(row.place)))
                            .replace("{happened}", &happened.to_string())
                            .replace("{wanted}", &row.wanted.to_string())
                    })
                })
                .collect::<Vec<_>>()
                .join(" ")
        });
        if summary.is_empty() {
            t(Msg::PictureEmpty).to_owned()
        } else {
            summary
        }
    };
    let markup = move || {
        let words = Words {
            happened: t(Msg::PictureHappened),
            wanted: t(Msg::PictureWanted),
            beyond: t(Msg::BeyondTitle),
            band: |band| t(band_name(band)),
            place: |place| t(place_short(place)),
        };
        drawing.with(|d| svg(d, &words))
    };
    view! {
        <section class="card picture" aria-labelledby="picture-title">
            <h2 id="picture-title">{t(Msg::PictureTitle)}</h2>
            <div class="picture-box" inner_html=markup></div>
            <ul class="key">
                <li><span class="key-mark"></span>{t(Msg::KeyHappened)}</li>
                <li><span class="key-wanted"></span>{t(Msg::KeyWanted)}</li>
                <li><span class="key-gap"></span>{t(Msg::KeyGap)}</li>
            </ul>
            <p id="picture-words" class="visually-hidden">{described}</p>
        </section>
    }
}

/// Per service, where the person has been across time, in a small chart and in words.
#[component]
fn OverTime(screen: Screen) -> impl IntoView {
    let per_service = Memo::new(move |_| {
        screen.shown.with(|shown| {
            let names = services(shown);
            let period = screen.filter.with(|f| f.period);
            names
                .into_iter()
                .map(|name| {
                    let mine: Vec<&Moment> = shown
                        .iter()
                        .filter(|m| same_service(&m.service, &name))
                        .collect();
                    let words = sentence(&name, period, &summarise(&mine), lang());
                    let span = (
                        mine.last().map(|m| m.date.clone()).unwrap_or_default(),
                        mine.first().map(|m| m.date.clone()).unwrap_or_default(),
                    );
                    (name, words, chart(&mine), span)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card over-time" aria-labelledby="over-time-title">
            <h2 id="over-time-title">{t(Msg::OverTimeTitle)}</h2>
            <p class="hint">{t(Msg::ChartKey)}</p>
            {move || per_service.get().into_iter().enumerate().map(|(i, (name, words, chart, (first, last)))| {
                let words_id = format!("over-time-{i}");
                let key = name.clone();
                view! {
                    <div class="service-change" data-service=key>
                        <h3>{name}</h3>
                        <p id=words_id.clone() class="summary">{words}</p>
                        {(!chart.experienced.is_empty()).then(|| view! {
                            <svg class="chart" viewBox="-8 -8 316 112" role="img" aria-labelledby=words_id>
                                {Rung::ALL.map(|rung| {
                                    let y = ladder::CHART_HEIGHT - i32::from(rung.step()) * ladder::CHART_HEIGHT / 6;
                                    view! { <line x1="0" y1=y x2=ladder::CHART_WIDTH y2=y class="chart-line" /> }
                                }).collect_view()}
                                <polyline points=chart.wanted class="chart-wanted" />
                                <polyline points=chart.experienced class="chart-happened" />
                                {chart.dots.iter().map(|(x, y)| view! { <circle cx=*x cy=*y r="4" class="mark" /> }).collect_view()}
                            </svg>
                            <p class="hint">
                                {tf(Msg::ChartSpan, "first", &long_day(&first, lang())).replace("{last}", &long_day(&last, lang()))}
                            </p>
                        })}
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

/// Every moment the filter shows, in words: the text version of the picture, and where
/// moments are changed or deleted.
#[component]
fn MomentList(screen: Screen) -> impl IntoView {
    let limit = RwSignal::new(PAGE);
    let ids = Memo::new(move |_| {
        screen
            .shown
            .with(|shown| shown.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <h2 id="moments-title">{t(Msg::MomentsTitle)}</h2>
        <Show when=move || ids.with(Vec::is_empty)>
            <p class="empty">{t(Msg::NoMatchesMoments)}</p>
        </Show>
        <ol class="moments" aria-labelledby="moments-title">
            <For
                each=move || ids.with(|ids| ids.iter().take(limit.get()).cloned().collect::<Vec<_>>())
                key=|id| id.clone()
                let:id
            >
                <MomentCard id=id screen=screen />
            </For>
        </ol>
        <Show when=move || { ids.with(Vec::len) > limit.get() }>
            <p class="more">
                {move || tf(Msg::ShowingCount, "shown", &limit.get().to_string())
                    .replace("{total}", &ids.with(Vec::len).to_string())} " "
                <button type="button" on:click=move |_| limit.update(|n| *n += PAGE)>{t(Msg::ShowMore)}</button>
            </p>
        </Show>
    }
}

#[component]
fn MomentCard(id: String, screen: Screen) -> impl IntoView {
    let session = session();
    let id = StoredValue::new(id);
    let moment = Memo::new(move |_| {
        screen
            .shown
            .with(|shown| id.with_value(|id| shown.iter().find(|m| &m.id == id).cloned()))
    });
    let field = move |pick: fn(&Moment) -> String| move || moment.with(|m| m.as_ref().map(pick));
    let edit = move |_| {
        screen.editing.set(Some(id.get_value()));
        web::focus_later("#moment-form-title".into());
    };
    let delete = move |_| {
        id.with_value(|id| {
            session.edit(|doc| {
                if let Some(at) = doc.moments.iter().position(|m| &m.id == id) {
                    screen.deleted.set(Some((at, doc.moments.remove(at))));
                }
            });
        });
        if screen.editing.get_untracked() == Some(id.get_value()) {
            screen.editing.set(None);
        }
    };
    let title = field(|m| {
        let day = long_day(&m.date, lang());
        if m.service.trim().is_empty() {
            day
        } else {
            format!("{day} · {}", m.service.trim())
        }
    });
    let title_id = format!("moment-{}", id.get_value());
    let labelled_by = title_id.clone();
    view! {
        <li class="moment" data-id=id.get_value()
            data-place=move || moment.with(|m| m.as_ref().and_then(Place::of).map(Place::key))
            aria-labelledby=labelled_by>
            <h3 id=title_id>{title}</h3>
            <dl class="moment-facts">
                {move || moment.with(|m| m.as_ref().and_then(|m| m.about).map(|about| view! {
                    <dt>{t(Msg::MomentAbout)}</dt><dd>{t(topic_name(about))}</dd>
                }))}
                <dt>{t(Msg::MomentWhere)}</dt>
                <dd class="happened">{move || moment.with(|m| t(m.as_ref().and_then(Place::of).map_or(Msg::NotSaid, place_name)))}</dd>
                <dt>{t(Msg::MomentWanted)}</dt>
                <dd class="wanted-rung">{move || moment.with(|m| t(m.as_ref().and_then(|m| m.wanted).map_or(Msg::NotSaid, rung_name)))}</dd>
            </dl>
            {move || moment.with(|m| m.as_ref().filter(|m| !m.note.trim().is_empty()).map(|m| view! {
                <p class="note">{m.note.clone()}</p>
            }))}
            <div class="actions">
                <button type="button" class="quiet" on:click=edit
                    aria-label=move || tf(Msg::MomentChangeLabel, "moment", &title().unwrap_or_default())>
                    {t(Msg::MomentChange)}
                </button>
                <button type="button" class="quiet" on:click=delete
                    aria-label=move || tf(Msg::MomentDeleteLabel, "moment", &title().unwrap_or_default())>
                    {t(Msg::Delete)}
                </button>
            </div>
        </li>
    }
}

/// What the form holds while the person fills it in.
#[derive(Clone, Debug, Default, PartialEq)]
struct Draft {
    date: String,
    service: String,
    about: Option<Topic>,
    place: Option<Place>,
    wanted: Option<Rung>,
    note: String,
}

impl Draft {
    fn fresh() -> Draft {
        Draft {
            date: web::today(),
            ..Draft::default()
        }
    }

    fn from_moment(moment: &Moment) -> Draft {
        Draft {
            date: moment.date.clone(),
            service: moment.service.clone(),
            about: moment.about,
            place: Place::of(moment),
            wanted: moment.wanted,
            note: moment.note.clone(),
        }
    }

    /// Copies the draft into `moment`, keeping its id.
    fn fill(self, moment: &mut Moment) {
        moment.date = self.date;
        moment.service = self.service.trim().to_owned();
        moment.about = self.about;
        (moment.experienced, moment.beyond) = match self.place {
            Some(Place::Rung(rung)) => (Some(rung), None),
            Some(Place::Beyond(beyond)) => (None, Some(beyond)),
            None => (None, None),
        };
        moment.wanted = self.wanted;
        moment.note = self.note.trim().to_owned();
        moment.updated = web::now_ms();
    }
}

/// Which fields still need something, in the order they appear.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Missing {
    date: bool,
    service: bool,
    place: bool,
}

impl Missing {
    fn of(draft: &Draft) -> Missing {
        Missing {
            date: draft.date.trim().is_empty(),
            service: draft.service.trim().is_empty(),
            place: draft.place.is_none(),
        }
    }

    fn first(self) -> Option<&'static str> {
        [
            (self.date, "#moment-date"),
            (self.service, "#moment-service"),
            (self.place, "#moment-place input"),
        ]
        .into_iter()
        .find_map(|(missing, field)| missing.then_some(field))
    }
}

/// Add a moment, or change the one being edited.
#[component]
fn MomentForm(screen: Screen) -> impl IntoView {
    let session = session();
    let draft = RwSignal::new(Draft::fresh());
    let missing = RwSignal::new(Missing::default());
    let done = RwSignal::new(None::<Msg>);
    let names = Memo::new(move |_| session.doc.with(|doc| services(&doc.moments)));

    // Opening a moment to change fills the form with it.
    Effect::new(move |_| {
        let editing = screen.editing.get();
        let loaded = editing.and_then(|id| {
            session.doc.with_untracked(|doc| {
                doc.moments
                    .iter()
                    .find(|m| m.id == id)
                    .map(Draft::from_moment)
            })
        });
        draft.set(loaded.unwrap_or_else(Draft::fresh));
        missing.set(Missing::default());
    });

    let save = move |event: ev::SubmitEvent| {
        event.prevent_default();
        let filled = draft.get_untracked();
        let gaps = Missing::of(&filled);
        if let Some(field) = gaps.first() {
            missing.set(gaps);
            web::focus_later(field.into());
            return;
        }
        match screen.editing.get_untracked() {
            Some(id) => {
                session.edit(|doc| match doc.moments.iter_mut().find(|m| m.id == id) {
                    Some(moment) => filled.fill(moment),
                    // Deleted in another tab meanwhile: keep these words as a moment again.
                    None => {
                        let mut moment = Moment {
                            id: id.clone(),
                            ..Moment::default()
                        };
                        filled.fill(&mut moment);
                        doc.moments.push(moment);
                    }
                });
                done.set(Some(Msg::MomentChanged));
                web::focus_later(format!(r#"[data-id="{id}"] h3"#));
            }
            None => {
                let mut moment = Moment {
                    id: web::new_id(),
                    ..Moment::default()
                };
                filled.fill(&mut moment);
                session.edit(|doc| doc.moments.push(moment));
                done.set(Some(Msg::MomentAdded));
            }
        }
        screen.editing.set(None);
        draft.set(Draft::fresh());
    };
    let cancel = move |_| {
        if let Some(id) = screen.editing.get_untracked() {
            web::focus_later(format!(r#"[data-id="{id}"] h3"#));
        }
        screen.editing.set(None);
    };
    let set = move |change: Box<dyn FnOnce(&mut Draft)>| {
        draft.update(|d| change(d));
        done.set(None);
    };
    let error = move |id: &'static str, msg: Msg, show: fn(Missing) -> bool| {
        view! { <p id=id class="error">{move || show(missing.get()).then(|| t(msg))}</p> }
    };

    view! {
        <form class="card moment-form" on:submit=save novalidate>
            <h2 id="moment-form-title" tabindex="-1">
                {move || t(if screen.editing.get().is_some() { Msg::MomentFormChange } else { Msg::MomentFormAdd })}
            </h2>
            <div class="field">
                <label for="moment-date">{t(Msg::MomentDate)}</label>
                <input id="moment-date" type="date" max=web::today()
                    aria-describedby="moment-date-error"
                    aria-invalid=move || missing.get().date.then_some("true")
                    prop:value=move || draft.with(|d| d.date.clone())
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        set(Box::new(move |d| d.date = value));
                        missing.update(|m| m.date = false);
                    } />
                {error("moment-date-error", Msg::MomentNeedsDate, |m| m.date)}
            </div>
            <div class="field">
                <label for="moment-service">{t(Msg::MomentService)}</label>
                <p class="hint" id="moment-service-hint">{t(Msg::MomentServiceHint)}</p>
                <input id="moment-service" type="text" list="service-names" autocomplete="off"
                    aria-describedby="moment-service-hint moment-service-error"
                    aria-invalid=move || missing.get().service.then_some("true")
                    prop:value=move || draft.with(|d| d.service.clone())
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        set(Box::new(move |d| d.service = value));
                        missing.update(|m| m.service = false);
                    } />
                <datalist id="service-names">
                    {move || names.get().into_iter().map(|name| view! { <option value=name /> }).collect_view()}
                </datalist>
                {error("moment-service-error", Msg::MomentNeedsService, |m| m.service)}
            </div>
            <div class="field">
                <label for="moment-about">{t(Msg::MomentAbout)}</label>
                <select id="moment-about" on:change=move |event| {
                    let about = Topic::from_key(&event_target_value(&event));
                    set(Box::new(move |d| d.about = about));
                }>
                    <option value="" prop:selected=move || draft.with(|d| d.about.is_none())>{t(Msg::TopicNotSaid)}</option>
                    {Topic::ALL.map(|topic| view! {
                        <option value=topic.key() prop:selected=move || draft.with(|d| d.about == Some(topic))>
                            {t(topic_name(topic))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <fieldset id="moment-place" class="steps" aria-describedby="moment-place-error">
                <legend>{t(Msg::MomentWhereQuestion)}</legend>
                <p class="hint">{t(Msg::MomentWhereHint)}</p>
                {BANDS.map(|(band, rungs)| view! {
                    <p class="band-label">{t(band_name(band))}</p>
                    {rungs.iter().map(|rung| {
                        let place = Place::Rung(*rung);
                        view! { <PlaceChoice place=place meaning=rung_meaning(*rung) draft=draft missing=missing done=done /> }
                    }).collect_view()}
                }).collect_view()}
                <p class="band-label">{t(Msg::BeyondTitle)}</p>
                <PlaceChoice place=Place::Beyond(Beyond::UserLed) meaning=Msg::BeyondUserLedText draft=draft missing=missing done=done />
                <PlaceChoice place=Place::Beyond(Beyond::Community) meaning=Msg::BeyondCommunityText draft=draft missing=missing done=done />
                {error("moment-place-error", Msg::MomentNeedsPlace, |m| m.place)}
            </fieldset>
            <fieldset class="steps wanted-steps">
                <legend>{t(Msg::MomentWantedQuestion)}</legend>
                <div class="choices">
                    {Rung::ALL.into_iter().rev().map(|rung| view! {
                        <label class="choice">
                            <input type="radio" name="moment-wanted" value=rung.key()
                                prop:checked=move || draft.with(|d| d.wanted == Some(rung))
                                on:change=move |_| set(Box::new(move |d| d.wanted = Some(rung))) />
                            {t(rung_name(rung))}
                        </label>
                    }).collect_view()}
                    <label class="choice">
                        <input type="radio" name="moment-wanted" value=""
                            prop:checked=move || draft.with(|d| d.wanted.is_none())
                            on:change=move |_| set(Box::new(|d| d.wanted = None)) />
                        {t(Msg::NotSure)}
                    </label>
                </div>
            </fieldset>
            <div class="field">
                <label for="moment-note">{t(Msg::MomentNote)}</label>
                <textarea id="moment-note" rows="3"
                    prop:value=move || draft.with(|d| d.note.clone())
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        set(Box::new(move |d| d.note = value));
                    }></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || session.is_read_only()>
                    {move || t(if screen.editing.get().is_some() { Msg::MomentSaveChange } else { Msg::MomentAdd })}
                </button>
                <Show when=move || screen.editing.get().is_some()>
                    <button type="button" class="quiet" on:click=cancel>{t(Msg::Cancel)}</button>
                </Show>
            </div>
            <p role="status" class="saved-note">{move || done.get().map(t)}</p>
        </form>
    }
}

/// One answer to "where was it?": a step or a kind of "beyond", with what it means.
#[component]
fn PlaceChoice(
    place: Place,
    meaning: Msg,
    draft: RwSignal<Draft>,
    missing: RwSignal<Missing>,
    done: RwSignal<Option<Msg>>,
) -> impl IntoView {
    view! {
        <label class="step-choice">
            <input type="radio" name="moment-place" value=place.key()
                prop:checked=move || draft.with(|d| d.place == Some(place))
                on:change=move |_| {
                    draft.update(|d| d.place = Some(place));
                    missing.update(|m| m.place = false);
                    done.set(None);
                } />
            <span><strong>{t(place_name(place))}</strong><span class="meaning">{t(meaning)}</span></span>
        </label>
    }
}
