//! The words for the ladder's parts, in the catalogue: shared by a person's ladder and the
//! group's.
use super::super::document::{Beyond, Topic};
use super::super::messages::Msg;
use super::{rung_name, Band, Place};

pub fn band_name(band: Band) -> Msg {
    match band {
        Band::DoingTo => Msg::BandDoingTo,
        Band::DoingFor => Msg::BandDoingFor,
        Band::DoingWith => Msg::BandDoingWith,
    }
}

pub fn beyond_name(beyond: Beyond) -> Msg {
    match beyond {
        Beyond::UserLed => Msg::BeyondUserLed,
        Beyond::Community => Msg::BeyondCommunity,
    }
}

/// The short name drawn in the picture, where space is tight.
pub fn place_short(place: Place) -> Msg {
    match place {
        Place::Rung(rung) => rung_name(rung),
        Place::Beyond(Beyond::UserLed) => Msg::BeyondUserLedShort,
        Place::Beyond(Beyond::Community) => Msg::BeyondCommunityShort,
    }
}

pub fn place_name(place: Place) -> Msg {
    match place {
        Place::Rung(rung) => rung_name(rung),
        Place::Beyond(beyond) => beyond_name(beyond),
    }
}

pub fn topic_name(topic: Topic) -> Msg {
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
