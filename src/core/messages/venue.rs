//! The words of the venue set-up page, English and Welsh side by side. A catalogue of its
//! own, so the person's app (which never draws that page) carries none of them: only the
//! venue page's code refers to `VenueMsg`, and the rest is left out when the app is built.
use super::Lang;

macro_rules! venue_catalogue {
    ($($key:ident => $en:expr, $cy:expr;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum VenueMsg { $($key,)* }

        impl VenueMsg {
            pub const ALL: &'static [VenueMsg] = &[$(VenueMsg::$key,)*];

            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((VenueMsg::$key, Lang::En) => $en,
                      (VenueMsg::$key, Lang::Cy) => $cy,)*
                }
            }
        }
    };
}

venue_catalogue! {
    PageTitle => "Set up Alongside for your venue",
        "Gosod Alongside ar gyfer eich lleoliad";
    Brand => "Alongside: for venues",
        "Alongside: ar gyfer lleoliadau";
    Intro => "Fill this in to make the settings file, config.json, for your copy of Alongside. Put the file beside index.html on your site. Updates to Alongside never replace it. Nothing you type here leaves this page until you download the file.",
        "Llenwch hwn i greu’r ffeil gosodiadau, config.json, ar gyfer eich copi o Alongside. Rhowch y ffeil wrth ymyl index.html ar eich gwefan. Nid yw diweddariadau i Alongside byth yn ei newid. Nid oes dim rydych chi’n ei deipio yma yn gadael y dudalen hon nes i chi lawrlwytho’r ffeil.";
    PageLanguage => "Language of this page",
        "Iaith y dudalen hon";
    StartedFromSite => "This form starts with the settings this site has now.",
        "Mae’r ffurflen hon yn dechrau gyda’r gosodiadau sydd gan y wefan hon nawr.";
    StartedFresh => "This site has no settings file yet, so the form starts with the usual settings.",
        "Nid oes gan y wefan hon ffeil gosodiadau eto, felly mae’r ffurflen yn dechrau gyda’r gosodiadau arferol.";
    StartedUnreadable => "This site’s settings file could not be read, so the form starts with the usual settings.",
        "Nid oedd modd darllen ffeil gosodiadau’r wefan hon, felly mae’r ffurflen yn dechrau gyda’r gosodiadau arferol.";
    OpenTitle => "Change a settings file you have",
        "Newid ffeil gosodiadau sydd gennych";
    OpenLabel => "Open a config.json",
        "Agor config.json";
    Opened => "Opened {file}. The form now shows its settings.",
        "Wedi agor {file}. Mae’r ffurflen nawr yn dangos ei gosodiadau.";
    OpenedLeftOut => "Some parts could not be used, so they were left out: {parts}.",
        "Nid oedd modd defnyddio rhai rhannau, felly cawsant eu gadael allan: {parts}.";
    NotSettings => "That file is not a settings file Alongside can read. Nothing in the form was changed.",
        "Nid yw’r ffeil honno’n ffeil gosodiadau y gall Alongside ei darllen. Ni newidiwyd dim yn y ffurflen.";
    TooLarge => "That file is too large to be a settings file. Nothing in the form was changed.",
        "Mae’r ffeil honno’n rhy fawr i fod yn ffeil gosodiadau. Ni newidiwyd dim yn y ffurflen.";
    VenueTitle => "Your venue",
        "Eich lleoliad";
    VenueName => "Venue name",
        "Enw’r lleoliad";
    VenueNameHint => "As people know it. The first page says “Offered by” and this name.",
        "Fel mae pobl yn ei adnabod. Mae’r dudalen gyntaf yn dweud “Yn cael ei gynnig gan” a’r enw hwn.";
    Language => "Language people see first",
        "Yr iaith y mae pobl yn ei gweld gyntaf";
    LanguageHint => "Each person can still change it in Settings.",
        "Gall pob person ei newid o hyd yn y Gosodiadau.";
    ContactsTitle => "Need help now? contacts",
        "Cysylltiadau Angen help nawr?";
    ContactsHint => "Who people can contact in a hard moment, after 999. With none here, people see NHS 111 and Samaritans.",
        "Pwy y gall pobl gysylltu â nhw ar adeg anodd, ar ôl 999. Heb ddim yma, mae pobl yn gweld GIG 111 a’r Samariaid.";
    ContactHeading => "Contact {n}",
        "Cyswllt {n}";
    ContactName => "Name",
        "Enw";
    ContactPhone => "Phone number",
        "Rhif ffôn";
    ContactText => "Number for text messages",
        "Rhif ar gyfer negeseuon testun";
    ContactUrl => "Website",
        "Gwefan";
    ContactHours => "When it is open",
        "Pryd mae ar agor";
    ContactNote => "A few words about it",
        "Ychydig eiriau amdano";
    ContactAdd => "Add a contact",
        "Ychwanegu cyswllt";
    ContactRemove => "Remove contact {n}",
        "Tynnu cyswllt {n}";
    ContactRemoved => "Contact removed.",
        "Cyswllt wedi’i dynnu.";
    ContactsFull => "You have 12 contacts, the most Alongside shows.",
        "Mae gennych 12 cyswllt, y nifer mwyaf y mae Alongside yn ei ddangos.";
    SharedTitle => "Shared device",
        "Dyfais a rennir";
    Kiosk => "People use this copy on a shared device here",
        "Mae pobl yn defnyddio’r copi hwn ar ddyfais a rennir yma";
    KioskHint => "Notes are kept only for the visit. They are wiped when each person finishes, or after a time with no use.",
        "Dim ond am yr ymweliad y cedwir nodiadau. Maen nhw’n cael eu sychu pan fydd pob person yn gorffen, neu ar ôl cyfnod heb ddefnydd.";
    Group => "The group’s invitation, if you keep moments for a group",
        "Gwahoddiad y grŵp, os ydych chi’n cadw achlysuron ar gyfer grŵp";
    GroupHint => "Paste the invitation link from the group’s own page (group/). When someone taps “Finish and wipe”, they may then leave their moments for the group, sealed so that only the group’s page can open them. With no invitation, nothing is kept for a group.",
        "Gludwch ddolen y gwahoddiad o dudalen y grŵp ei hun (group/). Pan fydd rhywun yn tapio “Gorffen a sychu”, gallan nhw wedyn adael eu hachlysuron ar gyfer y grŵp, wedi’u selio fel mai dim ond tudalen y grŵp all eu hagor. Heb wahoddiad, nid oes dim yn cael ei gadw ar gyfer grŵp.";
    InvitationWrong => "This is not a group’s invitation. Copy the link from the group’s page again.",
        "Nid gwahoddiad grŵp yw hwn. Copïwch y ddolen o dudalen y grŵp eto.";
    IdleMinutes => "Minutes with no use before the wipe",
        "Munudau heb ddefnydd cyn sychu";
    ExitTitle => "Leave quickly",
        "Gadael yn gyflym";
    ExitUrl => "Site to go to",
        "Gwefan i fynd iddi";
    ExitHint => "A plain, everyday site. “Leave quickly” opens it in place of Alongside.",
        "Gwefan bob dydd, syml. Mae “Gadael yn gyflym” yn ei hagor yn lle Alongside.";
    PreviewTitle => "What people will see",
        "Beth fydd pobl yn ei weld";
    PreviewHint => "In the language people see first. It changes as you type.",
        "Yn yr iaith y mae pobl yn ei gweld gyntaf. Mae’n newid wrth i chi deipio.";
    PreviewKiosk => "On this shared device, notes are wiped after {n} minutes with no use.",
        "Ar y ddyfais a rennir hon, mae nodiadau’n cael eu sychu ar ôl {n} munud heb ddefnydd.";
    PreviewExit => "“Leave quickly” goes to {url}.",
        "Mae “Gadael yn gyflym” yn mynd i {url}.";
    PreviewWelshMissing => "The Welsh words could not be loaded just now, so this is in English.",
        "Nid oedd modd llwytho’r geiriau Cymraeg nawr, felly mae hwn yn Saesneg.";
    Download => "Download config.json",
        "Lawrlwytho config.json";
    Downloaded => "Downloaded config.json. Put it beside index.html on your site, replacing your old one if you have one.",
        "Wedi lawrlwytho config.json. Rhowch ef wrth ymyl index.html ar eich gwefan, yn lle’r hen un os oes gennych un.";
    NotDownloaded => "This browser would not download the file. Try another browser.",
        "Ni fyddai’r porwr hwn yn lawrlwytho’r ffeil. Rhowch gynnig ar borwr arall.";
    FixFirst => "Some settings need a change before the file can be made:",
        "Mae angen newid rhai gosodiadau cyn gallu gwneud y ffeil:";
    NameMissing => "Write your venue’s name.",
        "Ysgrifennwch enw eich lleoliad.";
    TooLong => "This is too long. Use {n} letters or fewer.",
        "Mae hwn yn rhy hir. Defnyddiwch {n} llythyren neu lai.";
    ContactNameMissing => "Write who this contact is, or remove the contact.",
        "Ysgrifennwch pwy yw’r cyswllt hwn, neu tynnwch y cyswllt.";
    ContactNoWay => "Give a phone number, a number for texts or a website, so people can reach them.",
        "Rhowch rif ffôn, rhif ar gyfer negeseuon testun neu wefan, fel y gall pobl eu cyrraedd.";
    NumberWrong => "This doesn’t look like a phone number. Use 3 to 15 digits, with spaces and a + at the start if you need one.",
        "Nid yw hwn yn edrych fel rhif ffôn. Defnyddiwch 3 i 15 digid, gyda bylchau a + ar y dechrau os oes angen.";
    AddressWrong => "This doesn’t look like a web address. It should start with https://",
        "Nid yw hwn yn edrych fel cyfeiriad gwe. Dylai ddechrau gyda https://";
    ExitMissing => "Write the address of a site to go to.",
        "Ysgrifennwch gyfeiriad gwefan i fynd iddi.";
    ExitNotPrivate => "Use an address that starts with https://, so nobody on the network can see the page that opens.",
        "Defnyddiwch gyfeiriad sy’n dechrau gyda https://, fel na all neb ar y rhwydwaith weld y dudalen sy’n agor.";
    MinutesWrong => "Use a whole number of minutes from 1 to 120.",
        "Defnyddiwch nifer cyfan o funudau o 1 i 120.";
    Undo => "Undo",
        "Dadwneud";
    UndoDone => "Put back.",
        "Wedi’i roi yn ôl.";
    FormReplaced => "The form was replaced by the file.",
        "Cafodd y ffurflen ei disodli gan y ffeil.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages_with_the_same_slots() {
        let all: Vec<(&str, &str)> = VenueMsg::ALL
            .iter()
            .map(|msg| (msg.text(Lang::En), msg.text(Lang::Cy)))
            .collect();
        crate::core::messages::tests::check_page_catalogue(&all, VenueMsg::Intro.text(Lang::En));
    }
}
