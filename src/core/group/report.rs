//! The report for a commissioner or a service's board, under the headings involvement
//! reports use: as blocks drawn to markup (every word escaped) or to plain text, and a CSV.
//! They are made from the protected picture only, so every count in them is rounded or
//! hidden; each says the rules it used.
use super::drawing;
use super::picture::{most, Gap, Picture, Service, PLACES};
use super::pool::ReportWords;
use super::rules::Count;
use super::table::QuarterOf;
use super::{Answer, Level, Question};
use crate::core::ladder::{list_and, place_name, Place};
use crate::core::messages::group::GroupMsg;
use crate::core::messages::{fill, fill_all, Lang, Msg};

/// One piece of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Title(String),
    Heading(String),
    Subheading(String),
    Para(String),
    /// A service's drawing, already markup.
    Drawing(String),
    Table {
        /// Its role in the report, for the page's layout (`steps`, `quarters`, `answers`).
        class: &'static str,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// One service's blocks, kept together on the page and on paper.
    Service(Vec<Block>),
    /// People's own words, each as they wrote it.
    Quotes(Vec<String>),
    /// A table left blank for the service to fill in by hand.
    Blank {
        head: Vec<String>,
        rows: usize,
    },
}

/// A count in words: rounded, or "fewer than 5", or "not shown".
pub fn count_words(count: Count, picture: &Picture, lang: Lang) -> String {
    match count {
        Count::Shown(n) => n.to_string(),
        Count::Few => fill(
            GroupMsg::FewerThan.text(lang),
            "n",
            &picture.rules.min_count.to_string(),
        ),
        Count::Hidden => GroupMsg::NotShown.text(lang).to_owned(),
    }
}

fn places(places: &[Place], lang: Lang) -> String {
    let names: Vec<&str> = places.iter().map(|p| place_name(*p).text(lang)).collect();
    list_and(&names, lang)
}

/// One or two plain sentences about a service: never a score, never a judgement.
pub fn sentences(service: &Service<Count>, picture: &Picture, lang: Lang) -> String {
    let say = |msg: GroupMsg, slots: &[(&str, &str)]| fill_all(msg.text(lang), slots);
    let people = match service.people {
        Count::Shown(people) => people,
        Count::Few => {
            let min = picture.rules.min_count.to_string();
            return say(GroupMsg::ServiceFew, &[("n", &min)]);
        }
        Count::Hidden => return say(GroupMsg::ServiceHidden, &[]),
    };
    let n = people.to_string();
    let mut words = say(GroupMsg::ServicePeople, &[("n", &n)]);
    let at = most(&service.at);
    if !at.is_empty() {
        words.push(' ');
        words.push_str(&say(
            GroupMsg::ServiceMost,
            &[("steps", &places(&at, lang))],
        ));
    }
    let top = service
        .wanted
        .iter()
        .filter_map(|(r, c)| Some((*r)?).zip(c.shown()));
    let best = top.clone().map(|(_, n)| n).max().unwrap_or(0);
    let wanted: Vec<Place> = top
        .filter(|(_, n)| best > 0 && *n == best)
        .map(|(r, _)| Place::Rung(r))
        .collect();
    if !wanted.is_empty() {
        words.push(' ');
        words.push_str(&say(
            GroupMsg::ServiceWanted,
            &[("steps", &places(&wanted, lang))],
        ));
    }
    let higher = service.gap.iter().find(|(g, _)| *g == Gap::Higher);
    if let Some((_, count @ Count::Shown(h))) = higher {
        let h = h.to_string();
        words.push(' ');
        match picture.rules.percent(*count, service.people) {
            Some(p) => words.push_str(&say(
                GroupMsg::ServiceHigherPercent,
                &[("n", &h), ("p", &p.to_string())],
            )),
            None => words.push_str(&say(GroupMsg::ServiceHigher, &[("n", &h)])),
        }
    }
    words
}

pub fn level_name(level: Level) -> Msg {
    match level {
        Level::OwnCare => Msg::LevelOwnCare,
        Level::Service => Msg::LevelService,
        Level::Commissioning => Msg::LevelCommissioning,
    }
}

pub fn question_name(question: Question) -> Msg {
    match question {
        Question::Heard => Msg::ShareAskHeard,
        Question::Contribute => Msg::ShareAskContribute,
        Question::Mattered => Msg::ShareAskMattered,
        Question::Changed => Msg::ShareAskChanged,
        Question::Told => Msg::ShareAskTold,
    }
}

pub fn answer_name(answer: Answer) -> Msg {
    match answer {
        Answer::Yes => Msg::AnswerYes,
        Answer::Partly => Msg::AnswerPartly,
        Answer::No => Msg::AnswerNo,
    }
}

/// Services drawn in the report; any more are listed in words, so it stays one page.
pub const DRAWN: usize = 4;

/// A service's name in the report: its own, or "other services" for those too few named.
pub fn service_name(service: &Service<Count>, lang: Lang) -> String {
    match &service.name {
        Some(name) => name.clone(),
        None => GroupMsg::OtherServices.text(lang).to_owned(),
    }
}

/// `2026 Q1`, as reports name a quarter.
pub fn quarter_name((year, quarter): QuarterOf) -> String {
    format!("{year} Q{quarter}")
}

/// A service's heading, sentences and, for the first few, its drawing and tables.
fn service_blocks(
    service: &Service<Count>,
    drawn: bool,
    picture: &Picture,
    lang: Lang,
) -> Vec<Block> {
    let g = |msg: GroupMsg| msg.text(lang).to_owned();
    let count = |c: Count| count_words(c, picture, lang);
    let name = service_name(service, lang);
    let mut out = vec![
        Block::Subheading(name.clone()),
        Block::Para(sentences(service, picture, lang)),
    ];
    if !drawn || service.people.shown().is_none() {
        return out;
    }
    let heads = [
        GroupMsg::DrawingPeople.text(lang),
        GroupMsg::DrawingWanted.text(lang),
    ];
    let title = fill(GroupMsg::DrawingTitle.text(lang), "service", &name);
    out.push(Block::Drawing(drawing::svg(service, &title, heads, lang)));
    out.push(Block::Table {
        class: "steps",
        head: vec![
            g(GroupMsg::ColumnStep),
            g(GroupMsg::ColumnAt),
            g(GroupMsg::ColumnWanted),
        ],
        rows: PLACES
            .iter()
            .zip(&service.at)
            .map(|(place, at)| {
                let wanted = match place {
                    Place::Rung(r) => service
                        .wanted
                        .iter()
                        .find(|(w, _)| *w == Some(*r))
                        .map_or(String::new(), |(_, c)| count(*c)),
                    Place::Beyond(_) => String::new(),
                };
                vec![place_name(*place).text(lang).to_owned(), count(*at), wanted]
            })
            .collect(),
    });
    if !service.quarters.is_empty() {
        out.push(Block::Table {
            class: "quarters",
            head: vec![
                g(GroupMsg::ColumnQuarter),
                g(GroupMsg::ColumnPeople),
                g(GroupMsg::ColumnMost),
            ],
            rows: service
                .quarters
                .iter()
                .map(|q| {
                    vec![
                        quarter_name(q.quarter),
                        count(q.people),
                        places(&most(&q.at), lang),
                    ]
                })
                .collect(),
        });
    }
    out
}

/// What people said: the answers, whose decisions, and their own words when enough wrote.
fn said_blocks(picture: &Picture, lang: Lang) -> Vec<Block> {
    let g = |msg: GroupMsg| msg.text(lang).to_owned();
    let count = |c: Count| count_words(c, picture, lang);
    let mut head = vec![g(GroupMsg::ColumnQuestion)];
    head.extend(
        Answer::ALL
            .iter()
            .map(|a| answer_name(*a).text(lang).to_owned()),
    );
    head.push(g(GroupMsg::NotSaid));
    let mut out = vec![
        Block::Subheading(g(GroupMsg::HeadAnswers)),
        Block::Table {
            class: "answers",
            head,
            rows: picture
                .answers
                .iter()
                .map(|(q, counts)| {
                    let mut row = vec![question_name(*q).text(lang).to_owned()];
                    row.extend(counts.iter().map(|c| count(*c)));
                    row
                })
                .collect(),
        },
        Block::Table {
            class: "levels",
            head: vec![g(GroupMsg::ColumnLevel), g(GroupMsg::ColumnPeople)],
            rows: picture
                .levels
                .iter()
                .map(|(level, c)| {
                    let name =
                        level.map_or(GroupMsg::NotSaid.text(lang), |l| level_name(l).text(lang));
                    vec![name.to_owned(), count(*c)]
                })
                .collect(),
        },
        Block::Subheading(g(GroupMsg::HeadQuotes)),
    ];
    match picture.quotes.is_empty() {
        true => out.push(Block::Para(fill(
            GroupMsg::QuotesFew.text(lang),
            "n",
            &picture.rules.min_count.to_string(),
        ))),
        false => out.push(Block::Quotes(picture.quotes.clone())),
    }
    out
}

/// The whole report, in `lang`.
pub fn blocks(picture: &Picture, words: &ReportWords, lang: Lang) -> Vec<Block> {
    let g = |msg: GroupMsg| msg.text(lang).to_owned();
    let rules = picture.rules;
    let mut out = vec![Block::Title(match words.group.trim() {
        "" => g(GroupMsg::ReportTitle),
        group => fill(GroupMsg::ReportTitleOf.text(lang), "group", group),
    })];
    let mut about = match picture.people {
        Count::Shown(n) => fill(
            GroupMsg::ReportPeople.text(lang),
            "people",
            &GroupMsg::People.count(lang, n),
        ),
        _ => fill(
            GroupMsg::FewerThan.text(lang),
            "n",
            &rules.min_people.to_string(),
        ),
    };
    if let Some((from, to)) = picture.period {
        about.push(' ');
        about.push_str(&fill_all(
            GroupMsg::ReportPeriod.text(lang),
            &[("from", &quarter_name(from)), ("to", &quarter_name(to))],
        ));
    }
    out.push(Block::Para(about));
    out.push(Block::Heading(g(GroupMsg::HeadAim)));
    out.push(Block::Para(g(GroupMsg::ReportAim)));
    out.push(Block::Heading(g(GroupMsg::HeadMethod)));
    out.push(Block::Para(g(GroupMsg::ReportMethod)));
    out.push(Block::Para(fill_all(
        GroupMsg::ReportRules.text(lang),
        &[
            ("people", &rules.min_people.to_string()),
            ("n", &rules.min_count.to_string()),
            ("round", &rules.base().to_string()),
        ],
    )));
    out.push(Block::Heading(g(GroupMsg::HeadResults)));
    if !picture.ready {
        out.push(Block::Para(fill(
            GroupMsg::NotYet.text(lang),
            "n",
            &rules.min_people.to_string(),
        )));
    }
    let mut drawn = 0;
    for service in &picture.services {
        let draw = drawn < DRAWN && service.people.shown().is_some();
        drawn += usize::from(draw);
        out.push(Block::Service(service_blocks(service, draw, picture, lang)));
    }
    if picture.ready {
        out.extend(said_blocks(picture, lang));
    }
    for (head, said) in [
        (GroupMsg::HeadChanged, &words.changed),
        (GroupMsg::HeadReflections, &words.reflections),
    ] {
        out.push(Block::Heading(g(head)));
        out.extend(
            said.split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| Block::Para(p.to_owned())),
        );
    }
    out.push(Block::Heading(g(GroupMsg::HeadYouSaid)));
    out.push(Block::Blank {
        head: vec![
            g(GroupMsg::ColumnYouSaid),
            g(GroupMsg::ColumnWeDid),
            g(GroupMsg::ColumnByWhen),
        ],
        rows: 3,
    });
    out
}
