//! The message catalogue: every word the app shows, in one place, per language.
//!
//! Each message is a variant of `Msg`, so a missing or misspelt message is a compile
//! error, and a new language is one more column that must cover every row. `{name}` marks
//! a slot filled by `fill`. English only for now; Welsh is planned.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
        }
    }
}

/// Puts `value` where `{slot}` stands in `template`.
pub fn fill(template: &str, slot: &str, value: &str) -> String {
    template.replace(&format!("{{{slot}}}"), value)
}

macro_rules! catalogue {
    ($($key:ident => $en:expr,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)*];

            pub fn text(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $(Msg::$key => $en,)* },
                }
            }
        }
    };
}

catalogue! {
    AppName => "Alongside",
    SkipToContent => "Skip to main content",
    NavLabel => "Main",
    NavHome => "Home",
    NavStatements => "Statements",
    NavPlan => "Plan",
    NavLadder => "Ladder",
    NavAbout => "About",
    DocTitle => "{page} – Alongside",

    TitleHome => "Welcome to Alongside",
    TitleStatements => "My I statements",
    TitlePlan => "My plan",
    TitleLadder => "My ladder",
    TitleSettings => "Settings",
    TitleAbout => "About and privacy",
    TitleNotFound => "Page not found",

    NeedHelp => "Need help now?",
    HelpIntro => "You are not alone. You can contact:",
    HelpCall => "Call {number}",
    HelpText => "Text {number}",
    HelpWebsite => "Visit their website",
    Help111Name => "NHS 111",
    Help111Note => "For urgent help with your mental health, choose the mental health option.",
    HelpSamaritansName => "Samaritans",
    HelpSamaritansNote => "Free to call. Talk about anything that is troubling you.",
    Help999Name => "Emergency services",
    Help999Note => "Call 999 if you or someone else is in danger right now.",
    HelpAllHours => "Open 24 hours, every day",
    Close => "Close",

    SaveSaved => "Saved on this device",
    SaveSaving => "Saving…",
    SaveNotSaved => "Not saved",
    SaveReadOnly => "Read only",
    SaveThisPageOnly => "Kept until you close this page",

    HomeIntro1 => "This is a space to say, in your own words, what good support looks like for you.",
    HomeIntro2 => "You can bring it to appointments and reviews, and see how much say you really have in decisions about your care.",
    HomeIntro3 => "Go at your own pace. There are no right or wrong answers.",
    HomeVenue => "Offered by {venue}.",
    HomePrivacy => "Everything you write stays on this device. Nothing is sent anywhere.",
    HomePrivacyMore => "How your notes are kept",
    AreaStatementsText => "What matters to me, and how I want to be supported.",
    AreaPlanText => "My goals, keeping well, and what I want to happen in a crisis.",
    AreaLadderText => "How involved I am in decisions, and where I want to be.",

    StatementsIntro => "An I statement says what good support looks like for you. For example: “I am asked what helps me before a crisis, not after.”",
    StatementsEmpty => "You haven't written any yet. When you're ready, start with one thing that matters to you.",
    StatementsMine => "My statements",
    StatementNew => "Write a new statement",
    StatementTheme => "Theme",
    StatementWords => "Your words",
    StatementAdd => "Add statement",
    StatementNeedsWords => "Write a few words first, then add it.",
    StatementLabel => "Statement {n}",
    StatementLong => "This is quite long. Shorter statements are easier to share, but everything you write is kept.",
    StatementRemove => "Delete statement {n}",
    Delete => "Delete",
    MoveUp => "Move up",
    MoveDown => "Move down",
    MoveUpLabel => "Move up, statement {n}",
    MoveDownLabel => "Move down, statement {n}",
    PutAway => "Put away",
    BringBack => "Bring back",
    PutAwayTitle => "Put away ({n})",
    PutAwayHint => "Statements you have put away. They keep their answers, and you can bring them back.",
    ShowTheme => "Show",
    AllThemes => "All themes",
    Search => "Search my statements",
    NoMatches => "No statements match. Try other words, or show all themes.",
    ShowMore => "Show more",
    ShowingCount => "Showing {shown} of {total}",
    ThemesMeaning => "What the four themes mean",
    ExamplesTitle => "Start from an example",
    ExamplesHint => "Pick one that fits, then change the words to make it yours.",
    UseExample => "Add this",
    ExampleAdded => "Added",
    ExampleFor => "Examples for “{theme}”",
    HowTrue => "How true is this for me now?",
    RatingNote => "Add a note (you don't have to)",
    RatingSave => "Save my answer",
    RatingNeedsChoice => "Choose an answer first.",
    RatingSaved => "Answer saved.",
    LatestAnswer => "Now: {truth} ({day})",
    NotAnswered => "Not answered yet",
    HistoryTitle => "Answers so far",
    HistoryPicture => "How your answers changed: {list}",
    HistoryItem => "{truth} on {day}",
    TruthNotYet => "Not yet",
    TruthSometimes => "Sometimes",
    TruthMostly => "Mostly",
    TruthYes => "Yes",
    ChangesTitle => "What has changed?",
    ChangesSince => "Since",
    ChangesUp => "Feels more true now",
    ChangesDown => "Feels less true now",
    ChangesNever => "Not answered yet",
    ChangesNone => "Nothing has moved since then.",
    Month1 => "January",
    Month2 => "February",
    Month3 => "March",
    Month4 => "April",
    Month5 => "May",
    Month6 => "June",
    Month7 => "July",
    Month8 => "August",
    Month9 => "September",
    Month10 => "October",
    Month11 => "November",
    Month12 => "December",
    StatementRemoved => "Statement deleted.",
    Undo => "Undo",
    ThemeWhoIAm => "Who I am",
    ThemeWhatMatters => "What's important to me",
    ThemeHowSupported => "How I want to be supported",
    ThemeHowPeopleBehave => "How people behave with me",
    ThemeWhoIAmHint => "My culture, identity, faith, and what I'm like when I'm well.",
    ThemeWhatMattersHint => "My goals, the people I love, my home, work and health.",
    ThemeHowSupportedHint => "The kind of help I want, and how I want to get it.",
    ThemeHowPeopleBehaveHint => "How I want to be treated, listened to and included.",

    ExWhoCulture => "People respect my culture, my faith and the language I speak.",
    ExWhoIdentity => "People use my name and pronouns, and see me as more than a diagnosis.",
    ExWhoWell => "People know what I am like when I am well, so they notice when I am not.",
    ExWhoStrengths => "People see my strengths and what I can do, not only my problems.",
    ExWhoLanguage => "I can have an interpreter, or someone I trust, with me when I need one.",
    ExWhoStory => "I only have to tell my story once, and people remember it.",
    ExWhoChanges => "People understand that how I feel can change from day to day.",
    ExWhoExpert => "People accept that I know a lot about my own life and my own mind.",
    ExMattersGoals => "My support helps me work towards goals I have chosen myself.",
    ExMattersBody => "My physical health is looked after as well as my mental health.",
    ExMattersPeople => "The people who matter to me are included, if I want them to be.",
    ExMattersPractical => "I get help with things like money, housing and work when I need it.",
    ExMattersHope => "I am helped to feel hopeful about my future.",
    ExMattersCommunity => "I can take part in my community and do things I enjoy.",
    ExMattersFamily => "If I have children or pets, there is a plan for them if I become unwell.",
    ExMattersRoutine => "I can keep the routines that help me stay well.",
    ExSupportCrisis => "I am asked what helps me before a crisis, not after.",
    ExSupportPeer => "I can meet and talk with people who have been through something similar.",
    ExSupportSelf => "I am helped to learn ways to look after my own wellbeing.",
    ExSupportSamePeople => "I see the same people where I can, so I don't have to start again.",
    ExSupportOnePlan => "I have one plan that everyone involved in my care knows and follows.",
    ExSupportQuick => "I can get help quickly when things start to go wrong.",
    ExSupportTherapy => "I have a say in the kind of talking therapy or treatment I get.",
    ExSupportSharing => "I decide who sees information about me, and I know why it is shared.",
    ExBehaveListen => "People listen to me and take what I say seriously.",
    ExBehaveAsk => "People ask me, rather than make guesses about me.",
    ExBehaveDecide => "Decisions about my care are made with me, not for me.",
    ExBehaveExplain => "Things are explained to me in plain words, and I can ask questions.",
    ExBehaveKind => "People are kind and respectful to me, even when I am very unwell.",
    ExBehaveNotice => "Staff notice when my needs change, and help in time.",
    ExBehaveShape => "I am asked to help shape the services I use.",
    ExBehaveHonest => "People are honest with me, even when the news is hard.",

    PlanIntro => "Your plan will be in your own words, in parts you can fill in any order:",
    PlanGoals => "My goals, with small steps",
    PlanKeepingWell => "What I do to keep well",
    PlanTriggers => "Triggers and early warning signs",
    PlanCoping => "What helps me cope",
    PlanCrisis => "My crisis plan, including my nominated person",
    PlanPeople => "People and services I can contact",
    PlanSharing => "Who can see which parts",
    PlanReviews => "Reviews of my plan",
    ComingSoon => "This part of Alongside is being built. It will be here soon.",

    LadderIntro => "The ladder shows how involved you are in decisions about your care. Each time something is decided, note where you were on the ladder, and where you wanted to be.",
    LadderRungs => "The seven steps, from bottom to top",
    BandDoingTo => "Doing to",
    BandDoingFor => "Doing for",
    BandDoingWith => "Doing with",
    RungCoercion => "Coercion",
    RungCoercionText => "I'm there, but my views aren't asked.",
    RungEducating => "Educating",
    RungEducatingText => "I'm helped to understand the service, and that's all.",
    RungInforming => "Informing",
    RungInformingText => "I'm told what was decided, and why.",
    RungConsultation => "Consultation",
    RungConsultationText => "I'm asked what I think, but I may not be able to change things.",
    RungEngagement => "Engagement",
    RungEngagementText => "I have more say, within limits the service sets.",
    RungCoDesign => "Co-design",
    RungCoDesignText => "My experience shapes how things are designed, and it makes a real difference.",
    RungCoProduction => "Co-production",
    RungCoProductionText => "We are equal partners, from planning to doing, and we share decisions.",
    LadderNoJudge => "Every step but the bottom one can be right for some decisions. The ladder doesn't judge. It helps you see where you are, so you can ask for more.",
    SumAllTime => "so far",
    SumMonths3 => "in the last 3 months",
    SumMonths6 => "in the last 6 months",
    SumYear => "in the last year",
    SumNothing => "With {service}, there are no moments {when}.",
    SumOne => "With {service}, the one moment {when} was at the {rung} step.",
    SumMost => "With {service}, most moments {when} were at the {rung} step.",
    SumOnlyBeyondOne => "With {service}, the one moment {when} was beyond the ladder.",
    SumOnlyBeyond => "With {service}, all {n} moments {when} were beyond the ladder.",
    SumWanted => "You wanted {rung}.",
    SumWantedSame => "That is where you wanted to be.",
    SumTrendUp => "Over this time, it moved up the ladder.",
    SumTrendDown => "Over this time, it moved down the ladder.",
    SumBeyondOne => "One moment was beyond the ladder.",
    SumBeyondMany => "{n} moments were beyond the ladder.",
    LadderBeyond => "Some good things are not on the ladder at all, like groups run by people with lived experience. You can note those too, beside the ladder.",
    MomentsEmpty => "No moments yet. Add your first one below: a review, a change to your medication, or a service you helped to shape.",
    MomentRemoved => "Moment deleted.",
    ShowService => "Show moments with",
    AllServices => "All services",
    ShowPeriod => "Show moments from",
    PeriodAll => "All time",
    PeriodMonths3 => "Last 3 months",
    PeriodMonths6 => "Last 6 months",
    PeriodYear => "Last year",
    PictureTitle => "Your ladder",
    PictureRow => "{place}: {happened} happened here, {wanted} wanted here.",
    PictureEmpty => "No moments to show for this choice.",
    PictureHappened => "What happened",
    PictureWanted => "Wanted",
    KeyHappened => "What happened (bigger dots are the newest)",
    KeyWanted => "Where you wanted to be, and how many times",
    KeyGap => "The gap between the two",
    BeyondTitle => "Beyond the ladder",
    BeyondUserLed => "Led by people who use services",
    BeyondUserLedShort => "Peer-led",
    BeyondUserLedText => "Run by people with lived experience, like a peer support group.",
    BeyondCommunity => "Community",
    BeyondCommunityShort => "Community",
    BeyondCommunityText => "Something in my community, outside services.",
    OverTimeTitle => "How it changed over time",
    ChartKey => "The solid line is what happened. The dotted line is where you wanted to be. Higher means more say.",
    ChartSpan => "From {first} to {last}.",
    MomentsTitle => "Your moments",
    NoMatchesMoments => "No moments match this choice.",
    MomentAbout => "What was it about?",
    MomentWhere => "Where it was",
    MomentWanted => "Where I wanted it to be",
    NotSaid => "Not said",
    MomentChange => "Change",
    MomentChangeLabel => "Change {moment}",
    MomentDeleteLabel => "Delete {moment}",
    MomentChanged => "Moment changed.",
    MomentAdded => "Moment added. You can see it on your ladder.",
    MomentFormAdd => "Add a moment",
    MomentFormChange => "Change this moment",
    MomentDate => "When did it happen?",
    MomentNeedsDate => "Please give the date it happened.",
    MomentService => "Service or team",
    MomentServiceHint => "For example, your GP, the community team or Ward 3.",
    MomentNeedsService => "Please say which service or team it was.",
    TopicNotSaid => "Choose (you don't have to)",
    TopicReview => "A care review or ward round",
    TopicMedication => "Medication",
    TopicCarePlan => "My care or crisis plan",
    TopicDischarge => "Leaving or moving services",
    TopicTherapy => "Choosing a therapy",
    TopicShapedService => "A service I helped to shape",
    TopicOther => "Something else",
    MomentWhereQuestion => "Where was it on the ladder?",
    MomentWhereHint => "Pick the step that is closest to how it felt for you.",
    MomentNeedsPlace => "Please choose a step, or say it was beyond the ladder.",
    MomentWantedQuestion => "Where did you want it to be?",
    NotSure => "Not sure",
    MomentNote => "Anything you want to remember about it (you don't have to)",
    MomentAdd => "Add this moment",
    MomentSaveChange => "Save changes",
    Cancel => "Cancel",

    SettingsName => "Your name (you don't have to give it)",
    SettingsNameHint => "We will put this on anything you print. Leave it blank if you prefer.",
    SettingsLanguage => "Language",
    SettingsLanguageNow => "Alongside is in English. More languages are coming.",

    AboutWhereTitle => "Where your notes are kept",
    AboutWhere => "Everything you write is kept in this browser, on this device only. There is no account, and nothing is sent to us or to anyone else.",
    AboutShared => "If other people use this device, they could see your notes in this browser. You can remove them at any time.",
    AboutThisPageOnly => "Right now your notes are kept only until you close this page.",
    AboutKeepTitle => "Keep a copy",
    AboutKeepText => "Save a file with everything you have written, so you have it even if this browser is cleared.",
    DownloadCopy => "Download a copy",
    AboutRemoveTitle => "Remove your notes",
    AboutRemoveText => "This removes everything Alongside has kept in this browser. It can't be undone, so download a copy first if you want to keep it.",
    RemoveEverything => "Remove everything from this device",
    RemoveConfirmTitle => "Remove everything?",
    RemoveConfirmText => "All your statements, your plan and your ladder will be removed from this device. This can't be undone.",
    RemoveConfirmYes => "Yes, remove everything",
    RemoveConfirmNo => "No, keep my notes",
    Removed => "Everything has been removed from this device.",
    RemoveFailed => "Some notes could not be removed. Please try again, or clear this site's data in your browser settings.",
    AboutAsidesTitle => "Copies kept aside",
    AboutAsidesText => "Alongside kept these safe because it could not use them straight away. Nothing in them has been lost.",
    DownloadAside => "Download copy {n}",
    AboutVenueTitle => "This venue's settings",
    ConfigUnreachable => "No venue settings were found, so Alongside is using its usual help contacts.",
    ConfigNotJson => "The venue settings file could not be read, so Alongside is using its usual settings.",
    ConfigInvalid => "A venue setting was left out because it was not valid: {field}",
    SettingsLink => "Your settings",

    NoticeKeptAside => "Some notes saved on this device could not be read. We have kept them safe and started afresh. You can download them to look at later.",
    NoticeStuck => "Notes saved on this device could not be read, and there was no room to keep a safe copy. To protect them, nothing new will be saved here.",
    NoticeNewer => "These notes were saved by a newer version of Alongside. You can read them here, but changes will not be saved. Reload the page to get the newest version.",
    NoticeNoStorage => "This browser is not letting Alongside save. Your notes stay only while this page is open. Download a copy to keep them.",
    NoticeFull => "This device's storage is full, so your latest changes are not saved yet. They are still here while this page is open, and we will keep trying. Download a copy to keep them safe.",
    NoticeOtherTab => "This was changed in another tab or window at the same time. We kept the words from this one, and kept the other version safe too.",
    NoticeRemovedElsewhere => "Everything was removed from this device in another tab or window.",
    Download => "Download",
    Hide => "Hide this message",

    ImportEmpty => "This file is empty. Nothing has changed.",
    ImportTooLarge => "This file is too big to be notes from Alongside. Nothing has changed.",
    ImportNotJson => "This is not a file Alongside can read. Choose the file that ends in .json that Alongside saved for you. Nothing has changed.",
    ImportNotOurs => "This file was not made by Alongside. Nothing has changed.",
    ImportNewer => "This file was made by a newer version of Alongside. Reload the page to get the newest version, then try again. Nothing has changed.",
    ImportUnknownParts => "This file has parts this version of Alongside doesn't know, so it was not opened, to keep them safe. Nothing has changed.",
    ImportDamaged => "This file seems to be damaged, so it was not opened. Nothing has changed.",
    ImportTooMuchText => "This file holds more than Alongside can keep. Nothing has changed.",
    ImportBrokenLink => "This link is not complete, so it could not be opened. Try scanning the code again. Nothing has changed.",
    HoldsStatement => "1 statement",
    HoldsStatements => "{n} statements",
    HoldsPlan => "a plan",
    HoldsMoment => "1 moment",
    HoldsMoments => "{n} moments",
    HoldsNothing => "nothing yet",

    CrashTitle => "Something went wrong.",
    CrashText => "Your notes are safe on this device. Reload to carry on.",
    CrashReload => "Reload",

    NotFoundText => "We couldn't find that page.",
    GoHome => "Go to the home page",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_words() {
        for msg in Msg::ALL {
            let text = msg.text(Lang::En);
            assert!(!text.trim().is_empty(), "{msg:?} is empty");
            assert_eq!(text, text.trim(), "{msg:?} has stray spaces");
        }
    }

    #[test]
    fn fills_slots() {
        assert_eq!(
            fill(Msg::HelpCall.text(Lang::En), "number", "111"),
            "Call 111"
        );
    }
}
