//! My co-production ladder: record moments of involvement, see them on my own ladder,
//! see how each service changed over time, and edit or delete them (with undo).
mod form;
mod moments;

use leptos::prelude::*;

use super::prose::{prose, Block};
use super::{lang, session, t, tfa};
use crate::core::dates::long_day;
use crate::core::document::{Moment, Rung};
use crate::core::ladder::{
    self, band_name, chart, draw, place_name, place_short, same_service, sentence, services,
    summarise, svg, Filter, Period, Words,
};
use crate::core::messages::Msg;
use crate::core::route::Route;
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

fn period_name(period: Period) -> Msg {
    match period {
        Period::All => Msg::PeriodAll,
        Period::Months3 => Msg::PeriodMonths3,
        Period::Months6 => Msg::PeriodMonths6,
        Period::Year => Msg::PeriodYear,
    }
}

/// What the screen shares: the filter, and the moment being changed.
#[derive(Clone, Copy)]
struct Screen {
    filter: RwSignal<Filter>,
    editing: RwSignal<Option<String>>,
    /// Whether the form to add or change a moment is open.
    form_open: RwSignal<bool>,
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
    let has_any = move || session.doc.with(|doc| !doc.moments.is_empty());
    let screen = Screen {
        filter,
        editing: RwSignal::new(None),
        // Open at first only for someone with no moments yet: the form is long.
        form_open: RwSignal::new(!session.doc.with_untracked(|doc| !doc.moments.is_empty())),
        shown,
    };
    let title = move || {
        t(if screen.editing.get().is_some() {
            Msg::MomentFormChange
        } else {
            Msg::MomentFormAdd
        })
    };

    view! {
        <h1 tabindex="-1">{t(Msg::TitleLadder)}</h1>
        <p>{t(Msg::LadderIntro)}</p>
        <details class="examples">
            <summary>{t(Msg::LadderRungs)}</summary>
            {prose(MEANINGS)}
        </details>
        // The way to add comes first, where a person looks for it, above the pictures.
        <details class="card add-moment side" prop:open=move || screen.form_open.get()
            on:toggle=move |event| {
                let open = event_target::<web_sys::HtmlDetailsElement>(&event).open();
                if open != screen.form_open.get_untracked() {
                    screen.form_open.set(open);
                }
            }>
            <summary><h2 id="moment-form-title" tabindex="-1">{title}</h2></summary>
            <form::MomentForm screen=screen />
        </details>
        // Beside the form on a big screen (see the stylesheet).
        <div class="main-column">
        <Show when=has_any fallback=|| view! { <p class="empty">{t(Msg::MomentsEmpty)}</p> }>
            <FilterBar screen=screen />
            <Picture screen=screen />
            <OverTime screen=screen />
            <moments::MomentList screen=screen />
        </Show>
        </div>
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
                        tfa(
                            Msg::PictureRow,
                            &[
                                ("place", t(place_name(row.place))),
                                ("happened", &happened.to_string()),
                                ("wanted", &row.wanted.to_string()),
                            ],
                        )
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
            <p><a class="button" href=Route::Share.hash()>{t(Msg::ShareOpen)}</a></p>
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
                                {if first == last {
                                    tfa(Msg::ChartOneDay, &[("day", &long_day(&first, lang()))])
                                } else {
                                    tfa(Msg::ChartSpan, &[("first", &long_day(&first, lang())), ("last", &long_day(&last, lang()))])
                                }}
                            </p>
                        })}
                    </div>
                }
            }).collect_view()}
        </section>
    }
}
