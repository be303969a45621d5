//! The words of the group page (`group/`, "Our ladder"), English and Welsh side by side. A
//! catalogue of its own, like the venue page's, so a person's app carries none of them.
use super::Lang;

macro_rules! group_catalogue {
    ($($key:ident => $en:expr, $cy:expr;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum GroupMsg { $($key,)* }

        impl GroupMsg {
            pub const ALL: &'static [GroupMsg] = &[$(GroupMsg::$key,)*];

            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((GroupMsg::$key, Lang::En) => $en,
                      (GroupMsg::$key, Lang::Cy) => $cy,)*
                }
            }

            /// A counting message for `n`: "1 person", "3 people".
            pub fn count(self, lang: Lang, n: usize) -> String {
                super::fill(super::plural::pick(self.text(lang), lang, n), "n", &n.to_string())
            }
        }
    };
}

group_catalogue! {
    PageTitle => "Our ladder: the group’s picture",
        "Ein hysgol: darlun y grŵp";
    Brand => "Alongside: our ladder",
        "Alongside: ein hysgol";
    Intro => "Bring together the moments people chose to add from their own ladders, and see the group’s ladder. People’s own notes are never here. Nothing leaves this device unless you print, copy or download it.",
        "Dewch â’r achlysuron a ddewisodd pobl eu hychwanegu o’u hysgolion eu hunain at ei gilydd, a gweld ysgol y grŵp. Nid yw nodiadau pobl eu hunain byth yma. Nid oes dim yn gadael y ddyfais hon oni bai eich bod yn ei argraffu, ei gopïo neu ei lawrlwytho.";
    PageLanguage => "Language of this page",
        "Iaith y dudalen hon";
    BringTitle => "Bring in what people shared",
        "Dod â’r hyn a rannodd pobl i mewn";
    BringFiles => "Open files people gave you",
        "Agor ffeiliau a roddodd pobl i chi";
    BringFilesHint => "You can choose several at once.",
        "Gallwch ddewis sawl un ar unwaith.";
    BringCodes => "Or paste codes",
        "Neu ludo codau";
    BringCodesHint => "Scanning a person’s code with this device’s camera opens this page and reads it. You can also paste what a code says, one on each line.",
        "Mae sganio cod person gyda chamera’r ddyfais hon yn agor y dudalen hon ac yn ei ddarllen. Gallwch hefyd ludo’r hyn mae cod yn ei ddweud, un ar bob llinell.";
    ReadCodes => "Read the codes",
        "Darllen y codau";
    Tally => "This device keeps what {people} shared at “Finish and wipe”, sealed for the group.",
        "Mae’r ddyfais hon yn cadw’r hyn a rannodd {people} wrth “Gorffen a sychu”, wedi’i selio ar gyfer y grŵp.";
    TallyBring => "Bring them in",
        "Dod â nhw i mewn";
    TallyDownload => "Download the tally",
        "Lawrlwytho’r cyfrif";
    TallyDownloaded => "Downloaded the tally. Open it on the group’s own page. Once it is there, you can empty the tally on this device.",
        "Wedi lawrlwytho’r cyfrif. Agorwch ef ar dudalen y grŵp ei hun. Unwaith y mae yno, gallwch wagio’r cyfrif ar y ddyfais hon.";
    TallyEmpty => "Empty what was downloaded",
        "Gwagio’r hyn a lawrlwythwyd";
    TallyEmptied => "Emptied {people} from this device. Anything shared since is still here.",
        "Wedi gwagio {people} o’r ddyfais hon. Mae unrhyw beth a rannwyd ers hynny yma o hyd.";
    TallyLeft => "{n} could not be opened on this page, so they were left on this device.",
        "Nid oedd modd agor {n} ar y dudalen hon, felly cawsant eu gadael ar y ddyfais hon.";
    SharedDevice => "This is a venue’s shared device, so the group’s key and its picture are never kept here. Download the tally, then bring it in on the group’s page on your own device.",
        "Dyfais a rennir mewn lleoliad yw hon, felly nid yw allwedd y grŵp na’i ddarlun byth yn cael eu cadw yma. Lawrlwythwch y cyfrif, yna dewch ag ef i mewn ar dudalen y grŵp ar eich dyfais eich hun.";
    NothingKept => "Nothing is kept for a group on this device.",
        "Nid oes dim yn cael ei gadw ar gyfer grŵp ar y ddyfais hon.";
    CheckTitle => "Check before adding",
        "Gwirio cyn ychwanegu";
    CheckHolds => "From {people}, {moments}:",
        "Gan {people}, {moments}:";
    People => "{n} person|{n} people",
        "dim pobl|{n} person|{n} o bobl|{n} o bobl|{n} o bobl|{n} o bobl";
    Add => "Add them",
        "Eu hychwanegu";
    DontAdd => "Don’t add",
        "Peidio ag ychwanegu";
    Added => "Added {n}.",
        "Wedi ychwanegu {n}.";
    Replaced => "{n} replaced one with the same receipt, so each person still counts once.",
        "Disodlodd {n} un gyda’r un dderbynneb, felly mae pob person yn dal i gyfrif unwaith.";
    AlreadyHere => "{n} already here, so not counted again.",
        "{n} yma’n barod, felly heb eu cyfrif eto.";
    NothingAdded => "Nothing was added.",
        "Ni ychwanegwyd dim.";
    RefusedLarge => "{file} is too large to be something a person shared.",
        "Mae {file} yn rhy fawr i fod yn rhywbeth a rannodd person.";
    RefusedNot => "{file} is not something Alongside can read.",
        "Nid yw {file} yn rhywbeth y gall Alongside ei ddarllen.";
    RefusedNotes => "{file} is a person’s own notes, not moments shared with a group. It was not opened.",
        "Nodiadau person ei hun yw {file}, nid achlysuron a rannwyd gyda grŵp. Ni chafodd ei agor.";
    RefusedNewer => "{file} was made by a newer Alongside. Use the newest copy of this page.",
        "Cafodd {file} ei wneud gan Alongside mwy newydd. Defnyddiwch y copi mwyaf newydd o’r dudalen hon.";
    RefusedBroken => "{file} was shared from Alongside, but part of it is damaged.",
        "Cafodd {file} ei rannu o Alongside, ond mae rhan ohono wedi’i difrodi.";
    RefusedOtherGroup => "{file} was sealed for another group, so this page cannot open it.",
        "Cafodd {file} ei selio ar gyfer grŵp arall, felly ni all y dudalen hon ei agor.";
    RefusedNoKey => "{file} was sealed for a group. Make or open the group’s key on this page first.",
        "Cafodd {file} ei selio ar gyfer grŵp. Gwnewch neu agorwch allwedd y grŵp ar y dudalen hon yn gyntaf.";
    KeyTitle => "The group’s key and invitation",
        "Allwedd a gwahoddiad y grŵp";
    KeyIntro => "Make the group’s key before people share. They scan the group’s invitation, and what they share is then sealed so that only this page can open it.",
        "Gwnewch allwedd y grŵp cyn i bobl rannu. Maen nhw’n sganio gwahoddiad y grŵp, ac yna mae’r hyn maen nhw’n ei rannu wedi’i selio fel mai dim ond y dudalen hon all ei agor.";
    KeyLost => "The key is kept on this device only. If it is lost (a new phone, or the browser’s data cleared) and you have no key file, nobody can open what people sealed for the group, and they would need to share again.",
        "Dim ond ar y ddyfais hon y cedwir yr allwedd. Os caiff ei cholli (ffôn newydd, neu ddata’r porwr wedi’i glirio) ac nad oes gennych ffeil allwedd, ni all neb agor yr hyn a seliodd pobl ar gyfer y grŵp, a byddai angen iddyn nhw rannu eto.";
    MakeKey => "Make the group’s key",
        "Gwneud allwedd y grŵp";
    KeyNeedsName => "Write the name of the group first.",
        "Ysgrifennwch enw’r grŵp yn gyntaf.";
    KeyNotMade => "This browser could not make a key. It needs the page to be opened over https.",
        "Nid oedd y porwr hwn yn gallu gwneud allwedd. Mae angen agor y dudalen dros https.";
    KeyNotKept => "This device could not keep the key: its storage is full or switched off.",
        "Nid oedd y ddyfais hon yn gallu cadw’r allwedd: mae ei storfa’n llawn neu wedi’i diffodd.";
    KeyUnreadable => "A group’s key kept on this device could not be read. It has been kept aside, untouched.",
        "Nid oedd modd darllen allwedd grŵp a gadwyd ar y ddyfais hon. Mae wedi’i chadw o’r neilltu, heb ei chyffwrdd.";
    Invitation => "People scan this invitation to share with {group}. What they share is sealed, so only this page can open it.",
        "Mae pobl yn sganio’r gwahoddiad hwn i rannu gyda {group}. Mae’r hyn maen nhw’n ei rannu wedi’i selio, felly dim ond y dudalen hon all ei agor.";
    InvitationCode => "The group’s invitation, as a code to scan",
        "Gwahoddiad y grŵp, fel cod i’w sganio";
    InvitationLink => "Or send this link. A venue can paste it into its settings, so its shared device seals what people leave for the group.",
        "Neu anfonwch y ddolen hon. Gall lleoliad ei gludo i’w osodiadau, fel bod ei ddyfais a rennir yn selio’r hyn mae pobl yn ei adael ar gyfer y grŵp.";
    CopyLink => "Copy the link",
        "Copïo’r ddolen";
    LinkCopied => "Copied the link.",
        "Wedi copïo’r ddolen.";
    KeyFileTitle => "Keep a key file",
        "Cadw ffeil allwedd";
    KeyFileHint => "A key file lets you open the group’s key on another device. Nobody can use it without the passphrase, and nobody can find the passphrase for you.",
        "Mae ffeil allwedd yn gadael i chi agor allwedd y grŵp ar ddyfais arall. Ni all neb ei defnyddio heb y cyfrinair, ac ni all neb ddod o hyd i’r cyfrinair i chi.";
    Passphrase => "Passphrase for the key file",
        "Cyfrinair ar gyfer y ffeil allwedd";
    PassphraseAgain => "The same passphrase again",
        "Yr un cyfrinair eto";
    KeyFileDownload => "Download the key file",
        "Lawrlwytho’r ffeil allwedd";
    KeyFileDone => "Downloaded the key file. Keep it, and its passphrase, somewhere safe.",
        "Wedi lawrlwytho’r ffeil allwedd. Cadwch hi, a’i chyfrinair, rywle diogel.";
    PassphraseEmpty => "Write a passphrase first.",
        "Ysgrifennwch gyfrinair yn gyntaf.";
    PassphrasesDiffer => "The two passphrases are not the same.",
        "Nid yw’r ddau gyfrinair yr un peth.";
    OpenKeyTitle => "Or open a key file you kept",
        "Neu agor ffeil allwedd a gadwoch";
    OpenKeyFile => "Key file",
        "Ffeil allwedd";
    OpenKeyPassphrase => "Its passphrase",
        "Ei chyfrinair";
    OpenKey => "Open the key file",
        "Agor y ffeil allwedd";
    KeyOpened => "Opened the key for {group}.",
        "Wedi agor yr allwedd ar gyfer {group}.";
    KeyFileWrong => "That passphrase does not open this key file.",
        "Nid yw’r cyfrinair hwnnw’n agor y ffeil allwedd hon.";
    KeyFileNot => "That is not a group’s key file.",
        "Nid ffeil allwedd grŵp yw honno.";
    KeyFileDamaged => "That key file is damaged.",
        "Mae’r ffeil allwedd honno wedi’i difrodi.";
    KeyFileSlow => "That key file asks for far more work than Alongside uses, so it was not opened.",
        "Mae’r ffeil allwedd honno’n gofyn am lawer mwy o waith nag y mae Alongside yn ei ddefnyddio, felly ni chafodd ei hagor.";
    Working => "Working…",
        "Wrthi…";
    ACode => "A code",
        "Cod";
    CodeWaiting => "Code {have} of {count} read. Scan or paste the rest.",
        "Wedi darllen cod {have} o {count}. Sganiwch neu ludwch y gweddill.";
    TallyUnreadable => "{n} kept on this device could not be read, so they were left there.",
        "Nid oedd modd darllen {n} a gadwyd ar y ddyfais hon, felly cawsant eu gadael yno.";
    SharedTitle => "Who has shared",
        "Pwy sydd wedi rhannu";
    Counted => "Shared so far: {people}, {moments}.",
        "Wedi’u rhannu hyd yma: {people}, {moments}.";
    CountedHint => "These exact numbers are for you alone. The report below rounds them and hides small ones, and never gives them.",
        "Mae’r union rifau hyn i chi yn unig. Mae’r adroddiad isod yn eu talgrynnu ac yn cuddio rhai bach, a byth yn eu rhoi.";
    RemoveLabel => "Take out what someone shared, by their receipt code",
        "Tynnu allan yr hyn a rannodd rhywun, trwy eu cod derbynneb";
    RemoveHint => "People see the code when they share, like K7Q2-M9XD.",
        "Mae pobl yn gweld y cod pan fyddan nhw’n rhannu, fel K7Q2-M9XD.";
    Remove => "Take out",
        "Tynnu allan";
    Removed => "Taken out: {receipt}.",
        "Wedi’i dynnu allan: {receipt}.";
    NoReceipt => "Nothing here has the receipt {receipt}.",
        "Nid oes dim yma gyda’r dderbynneb {receipt}.";
    ReceiptWrong => "A receipt code has 8 letters and numbers, like K7Q2-M9XD.",
        "Mae gan god derbynneb 8 llythyren a rhif, fel K7Q2-M9XD.";
    Undo => "Undo",
        "Dadwneud";
    UndoDone => "Put back.",
        "Wedi’i roi yn ôl.";
    NamesTitle => "Names of services",
        "Enwau gwasanaethau";
    NamesHint => "Tick names that mean the same service, like “CMHT” and “community team”, then write the one name to use.",
        "Ticiwch enwau sy’n golygu’r un gwasanaeth, fel “CMHT” a “tîm cymunedol”, yna ysgrifennwch yr un enw i’w ddefnyddio.";
    CountedAs => "counted as {name}",
        "wedi’i gyfrif fel {name}";
    MergeInto => "One name for the ticked services",
        "Un enw ar gyfer y gwasanaethau a diciwyd";
    Merge => "Use one name",
        "Defnyddio un enw";
    Merged => "{names} now count as {name}.",
        "Mae {names} nawr yn cyfrif fel {name}.";
    MergeNeeds => "Tick the names that mean the same, and write the name to use.",
        "Ticiwch yr enwau sy’n golygu’r un peth, ac ysgrifennwch yr enw i’w ddefnyddio.";
    Separate => "Count {name} on its own",
        "Cyfrif {name} ar ei ben ei hun";
    Separated => "{name} counts on its own again.",
        "Mae {name} yn cyfrif ar ei ben ei hun eto.";
    ReportSection => "The group’s ladder and report",
        "Ysgol a adroddiad y grŵp";
    ReportHint => "This is what the report says. Counts are rounded and small numbers are hidden, so nobody can be picked out.",
        "Dyma beth mae’r adroddiad yn ei ddweud. Mae’r rhifau wedi’u talgrynnu ac mae rhifau bach wedi’u cuddio, fel na ellir adnabod neb.";
    WordsTitle => "Your words for the report",
        "Eich geiriau ar gyfer yr adroddiad";
    GroupName => "Name of the group",
        "Enw’r grŵp";
    Print => "Print the report",
        "Argraffu’r adroddiad";
    Csv => "Download the CSV",
        "Lawrlwytho’r CSV";
    CopyText => "Copy as text",
        "Copïo fel testun";
    Copied => "Copied the report as text.",
        "Wedi copïo’r adroddiad fel testun.";
    NotCopied => "This browser would not copy. Select the report and copy it yourself.",
        "Ni fyddai’r porwr hwn yn copïo. Dewiswch yr adroddiad a’i gopïo eich hun.";
    CsvDone => "Downloaded the CSV.",
        "Wedi lawrlwytho’r CSV.";
    NotDownloaded => "This browser would not download the file.",
        "Ni fyddai’r porwr hwn yn lawrlwytho’r ffeil.";
    KeptAside => "What this device kept for the group could not be read. It has been kept aside, untouched.",
        "Nid oedd modd darllen yr hyn a gadwodd y ddyfais hon ar gyfer y grŵp. Mae wedi’i gadw o’r neilltu, heb ei gyffwrdd.";
    KeptAsideSave => "Download what was kept aside",
        "Lawrlwytho’r hyn a gadwyd o’r neilltu";
    NotSaved => "This device could not keep the group’s picture: its storage is full or switched off. Download the CSV to keep what you have.",
        "Nid oedd y ddyfais hon yn gallu cadw darlun y grŵp: mae ei storfa’n llawn neu wedi’i diffodd. Lawrlwythwch y CSV i gadw’r hyn sydd gennych.";
    ReportTitle => "Our ladder: how involved people were",
        "Ein hysgol: pa mor rhan oedd pobl";
    ReportTitleOf => "Our ladder: {group}",
        "Ein hysgol: {group}";
    ReportPeople => "{people} shared moments from their own ladders.",
        "Rhannodd {people} achlysuron o’u hysgolion eu hunain.";
    ReportPeriod => "The picture covers {from} to {to}.",
        "Mae’r darlun yn cwmpasu {from} i {to}.";
    HeadAim => "Aim",
        "Nod";
    ReportAim => "To show how far people were involved in decisions with each service, and how far they wanted to be.",
        "Dangos i ba raddau roedd pobl yn rhan o benderfyniadau gyda phob gwasanaeth, ac i ba raddau roedden nhw eisiau bod.";
    HeadMethod => "Method",
        "Dull";
    ReportMethod => "People chose moments from their own ladder in Alongside and shared them with this group, by file, by code or on the venue’s shared device. For each moment, only the service, what it was about, the step it was at, the step they wanted and the month were shared. No notes, names or days were shared.",
        "Dewisodd pobl achlysuron o’u hysgol eu hunain yn Alongside a’u rhannu gyda’r grŵp hwn, trwy ffeil, trwy god neu ar ddyfais a rennir y lleoliad. Ar gyfer pob achlysur, dim ond y gwasanaeth, beth oedd e amdano, y gris roedd arno, y gris roedden nhw ei eisiau a’r mis a rannwyd. Ni rannwyd nodiadau, enwau na dyddiau.";
    ReportRules => "Counts are of people, not moments. Each person counts once for each service, at the step most of their moments were at. Nothing is shown until at least {people} people have shared. A count of fewer than {n} people, or of nobody, is shown as “fewer than {n}”, and another count is hidden beside it where a total would give it away. Every other count is rounded to the nearest {round}, and percentages are worked out from rounded counts of at least {people}. A service is named only when at least {n} people named it; the rest are counted together. People’s own words are shown only when at least {n} people wrote some. The period covered starts and ends where at least {n} people had a moment.",
        "Pobl sy’n cael eu cyfrif, nid achlysuron. Mae pob person yn cyfrif unwaith ar gyfer pob gwasanaeth, ar y gris roedd y rhan fwyaf o’u hachlysuron arno. Nid oes dim yn cael ei ddangos nes bod o leiaf {people} o bobl wedi rhannu. Mae rhif o lai na {n} o bobl, neu o neb, yn cael ei ddangos fel “llai na {n}”, ac mae rhif arall yn cael ei guddio wrth ei ymyl lle byddai cyfanswm yn ei ddatgelu. Mae pob rhif arall yn cael ei dalgrynnu i’r {round} agosaf, ac mae canrannau’n cael eu cyfrifo o rifau wedi’u talgrynnu o leiaf {people}. Dim ond pan fydd o leiaf {n} o bobl wedi ei enwi y caiff gwasanaeth ei enwi; mae’r gweddill yn cael eu cyfrif gyda’i gilydd. Dim ond pan fydd o leiaf {n} o bobl wedi ysgrifennu rhai y dangosir geiriau pobl eu hunain. Mae’r cyfnod yn dechrau ac yn gorffen lle roedd gan o leiaf {n} o bobl achlysur.";
    HeadResults => "Results",
        "Canlyniadau";
    NotYet => "Nothing more is shown until at least {n} people have shared.",
        "Nid oes dim mwy yn cael ei ddangos nes bod o leiaf {n} o bobl wedi rhannu.";
    ServiceFew => "Fewer than {n} people, so nothing more is shown.",
        "Llai na {n} o bobl, felly nid oes dim mwy yn cael ei ddangos.";
    ServiceHidden => "Not shown, so that a smaller service cannot be worked out from the total.",
        "Heb ei ddangos, fel na ellir cyfrifo gwasanaeth llai o’r cyfanswm.";
    ServicePeople => "{n} people.",
        "{n} o bobl.";
    ServiceMost => "Most were at {steps}.",
        "Roedd y rhan fwyaf ar {steps}.";
    ServiceWanted => "Most wanted {steps}.",
        "Roedd y rhan fwyaf eisiau {steps}.";
    ServiceHigher => "{n} wanted a higher step than they had.",
        "Roedd {n} eisiau gris uwch na’r un a gawson nhw.";
    ServiceHigherPercent => "{n} ({p}%) wanted a higher step than they had.",
        "Roedd {n} ({p}%) eisiau gris uwch na’r un a gawson nhw.";
    DrawingPeople => "People at each step",
        "Pobl ar bob gris";
    DrawingWanted => "Wanted",
        "Eisiau";
    DrawingTitle => "The ladder for {service}",
        "Yr ysgol ar gyfer {service}";
    ColumnStep => "Step",
        "Gris";
    ColumnAt => "People at this step",
        "Pobl ar y gris hwn";
    ColumnWanted => "People who wanted it",
        "Pobl oedd ei eisiau";
    ColumnQuarter => "Quarter",
        "Chwarter";
    ColumnPeople => "People",
        "Pobl";
    ColumnMost => "Most were at",
        "Roedd y rhan fwyaf ar";
    HeadAnswers => "What people said",
        "Beth ddywedodd pobl";
    ColumnQuestion => "Question",
        "Cwestiwn";
    NotSaid => "Not said",
        "Heb ddweud";
    ColumnLevel => "Whose decisions",
        "Penderfyniadau pwy";
    HeadQuotes => "In their own words",
        "Yn eu geiriau eu hunain";
    QuotesFew => "Fewer than {n} people wrote words for the group, so none are shown.",
        "Ysgrifennodd llai na {n} o bobl eiriau ar gyfer y grŵp, felly nid oes dim yn cael ei ddangos.";
    OtherServices => "Other services",
        "Gwasanaethau eraill";
    HeadChanged => "What changed",
        "Beth newidiodd";
    HeadReflections => "Reflections",
        "Myfyrdodau";
    HeadYouSaid => "You said, we did",
        "Fe ddywedoch chi, fe wnaethon ni";
    ColumnYouSaid => "You said",
        "Fe ddywedoch chi";
    ColumnWeDid => "We did",
        "Fe wnaethon ni";
    ColumnByWhen => "By when",
        "Erbyn pryd";
    FewerThan => "fewer than {n}",
        "llai na {n}";
    NotShown => "not shown",
        "heb ei ddangos";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages_with_the_same_slots() {
        let all: Vec<(&str, &str)> = GroupMsg::ALL
            .iter()
            .map(|msg| (msg.text(Lang::En), msg.text(Lang::Cy)))
            .collect();
        crate::core::messages::tests::check_page_catalogue(&all, GroupMsg::Intro.text(Lang::En));
    }
}
