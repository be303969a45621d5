//! My co-production ladder. For now it explains the seven steps; recording moments comes next.
use leptos::prelude::*;

use super::t;
use crate::core::messages::Msg;

/// Top to bottom, as a ladder is read: (band, [(rung, meaning)]).
const BANDS: [(Msg, &[(Msg, Msg)]); 3] = [
    (
        Msg::BandDoingWith,
        &[
            (Msg::RungCoProduction, Msg::RungCoProductionText),
            (Msg::RungCoDesign, Msg::RungCoDesignText),
        ],
    ),
    (
        Msg::BandDoingFor,
        &[
            (Msg::RungEngagement, Msg::RungEngagementText),
            (Msg::RungConsultation, Msg::RungConsultationText),
            (Msg::RungInforming, Msg::RungInformingText),
        ],
    ),
    (
        Msg::BandDoingTo,
        &[
            (Msg::RungEducating, Msg::RungEducatingText),
            (Msg::RungCoercion, Msg::RungCoercionText),
        ],
    ),
];

#[component]
pub fn Ladder() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{t(Msg::TitleLadder)}</h1>
        <p>{t(Msg::LadderIntro)}</p>
        <h2>{t(Msg::LadderRungs)}</h2>
        {BANDS
            .map(|(band, rungs)| {
                view! {
                    <section class="band">
                        <h3>{t(band)}</h3>
                        <dl>
                            {rungs
                                .iter()
                                .map(|(rung, meaning)| {
                                    view! {
                                        <dt>{t(*rung)}</dt>
                                        <dd>{t(*meaning)}</dd>
                                    }
                                })
                                .collect_view()}
                        </dl>
                    </section>
                }
            })
            .collect_view()}
        <p>{t(Msg::LadderNoJudge)}</p>
        <p>{t(Msg::LadderBeyond)}</p>
        <p class="soon">{t(Msg::ComingSoon)}</p>
    }
}
