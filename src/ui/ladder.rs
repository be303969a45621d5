//! My co-production ladder. For now it explains the seven steps; recording moments comes next.
use leptos::prelude::*;

use super::prose::{prose, Block};
use super::t;
use crate::core::messages::Msg;

/// Read top to bottom, as a ladder is drawn.
const TEXT: &[Block] = &[
    Block::Para(Msg::LadderIntro),
    Block::Heading(Msg::LadderRungs),
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
    Block::Quiet(Msg::ComingSoon),
];

#[component]
pub fn Ladder() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{t(Msg::TitleLadder)}</h1>
        {prose(TEXT)}
    }
}
