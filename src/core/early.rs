//! The page a person sees before the app's code has arrived, or in a browser that cannot run
//! it: the welcome, "Need help now?" with the standard contacts, and "Leave quickly". It is
//! plain HTML written from the catalogue at build time into `index.html`; a few lines of
//! script there add the venue's contacts and make "Leave quickly" work. The app removes it
//! when it starts, showing the same header and welcome in its place.
use super::config::{default_contacts, Contact, HostConfig};
use super::contact::dial;
use super::help::{danger, venue};
use super::ladder::escape;
use super::messages::{fill, Lang, Msg};
use super::route::Route;

/// The three areas the welcome offers, here and in the app's home screen.
pub const AREAS: [(Route, Msg); 3] = [
    (Route::Statements, Msg::AreaStatementsText),
    (Route::Plan, Msg::AreaPlanText),
    (Route::Ladder, Msg::AreaLadderText),
];

/// The early page, in `lang`.
pub fn page(lang: Lang) -> String {
    let t = |msg: Msg| escape(msg.text(lang));
    let contacts: String = venue(&default_contacts(lang))
        .iter()
        .map(|c| contact(c, lang, 3))
        .collect();
    let danger = contact(&danger(lang), lang, 3);
    // The same welcome as the app's home screen, so nothing moves when the app takes over.
    let areas: String = AREAS
        .iter()
        .map(|(to, text)| {
            format!(
                r#"<li><a class="area" href="{}"><strong>{}</strong><span>{}</span></a></li>"#,
                to.hash(),
                t(to.title()),
                t(*text)
            )
        })
        .collect();
    format!(
        concat!(
            r#"<div id="early">"#,
            r#"<header class="bar"><span class="brand">{app}</span><span class="save-state"></span>"#,
            r#"<button type="button" class="leave" id="early-leave" hidden>{leave}</button>"#,
            r##"<a class="button help-button" href="#early-help" id="early-help-link">{help}</a></header>"##,
            r#"<main><div id="early-welcome"><h1>{title}</h1><p class="lead">{intro1}</p><p>{intro2}</p><p>{intro3}</p>"#,
            r#"<p id="early-venue" data-template="{venue}" hidden></p>"#,
            r#"<ul class="areas">{areas}</ul>"#,
            r#"<p class="privacy">{privacy} <a href="{about}">{privacy_more}</a></p>"#,
            r#"<p><a href="{take}">{take_words}</a></p></div>"#,
            r#"<p id="early-loading" class="loading" hidden>{loading}</p>"#,
            r#"<p id="early-cannot" class="loading" hidden>{cannot}</p>"#,
            r#"<noscript><p class="loading">{no_script}</p></noscript>"#,
            r#"<section id="early-help" class="card" tabindex="-1" aria-labelledby="early-help-title">"#,
            r#"<h2 id="early-help-title">{help}</h2><p>{help_intro}</p><ul class="contacts">{danger}</ul>"#,
            r#"<ul class="contacts" id="early-contacts" data-call="{call}" data-text="{text}" data-site="{site}">{contacts}</ul>"#,
            r#"</section></main></div>"#,
        ),
        app = t(Msg::AppName),
        leave = t(Msg::LeaveQuickly),
        help = t(Msg::NeedHelp),
        title = t(Msg::TitleHome),
        intro1 = t(Msg::HomeIntro1),
        intro2 = t(Msg::HomeIntro2),
        intro3 = t(Msg::HomeIntro3),
        venue = t(Msg::HomeVenue),
        loading = t(Msg::EarlyLoading),
        cannot = t(Msg::EarlyCannot),
        no_script = t(Msg::EarlyNoScript),
        help_intro = t(Msg::HelpIntro),
        call = t(Msg::HelpCall),
        text = t(Msg::HelpText),
        site = t(Msg::HelpWebsite),
        contacts = contacts,
        danger = danger,
        areas = areas,
        privacy = t(Msg::HomePrivacy),
        privacy_more = t(Msg::HomePrivacyMore),
        about = Route::About.hash(),
        take = Route::Take.hash(),
        take_words = t(Msg::HomeTake),
    )
}

/// What the venue set-up page shows of `config`: the first page's welcome with the venue's
/// name, then "Need help now?" as people will see it, in `lang`, under an `<h2>`.
pub fn preview(config: &HostConfig, lang: Lang) -> String {
    let t = |msg: Msg| escape(msg.text(lang));
    let offered = match config.venue.is_empty() {
        true => String::new(),
        false => format!(
            "<p>{}</p>",
            escape(&fill(Msg::HomeVenue.text(lang), "venue", &config.venue))
        ),
    };
    let contacts: String = std::iter::once(danger(lang))
        .chain(venue(&config.help_contacts(lang)))
        .map(|c| contact(&c, lang, 4))
        .collect();
    format!(
        r#"<h3>{}</h3>{offered}<h3>{}</h3><p>{}</p><ul class="contacts">{contacts}</ul>"#,
        t(Msg::TitleHome),
        t(Msg::NeedHelp),
        t(Msg::HelpIntro),
    )
}

/// One contact as the help dialog shows it, in plain HTML, its name an `<h{level}>`.
fn contact(contact: &Contact, lang: Lang, level: u8) -> String {
    let link = |scheme: &str, number: &str, msg: Msg| {
        format!(
            r#"<a class="button" href="{scheme}:{}">{}</a>"#,
            escape(&dial(number)),
            escape(&fill(msg.text(lang), "number", number))
        )
    };
    let mut out = format!(
        r#"<li class="contact"><h{level}>{}</h{level}>"#,
        escape(&contact.name)
    );
    if !contact.note.is_empty() {
        out.push_str(&format!("<p>{}</p>", escape(&contact.note)));
    }
    if !contact.hours.is_empty() {
        out.push_str(&format!(
            r#"<p class="hours">{}</p>"#,
            escape(&contact.hours)
        ));
    }
    out.push_str(r#"<div class="actions">"#);
    if let Some(phone) = &contact.phone {
        out.push_str(&link("tel", phone, Msg::HelpCall));
    }
    if let Some(text) = &contact.text {
        out.push_str(&link("sms", text, Msg::HelpText));
    }
    if let Some(url) = &contact.url {
        out.push_str(&format!(
            r#"<a class="button" href="{}" rel="noopener noreferrer">{}</a>"#,
            escape(url),
            escape(Msg::HelpWebsite.text(lang))
        ));
    }
    out.push_str("</div></li>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_venue_preview_shows_its_name_and_contacts_escaped() {
        let config = crate::core::config::parse(Some(
            r#"{"venue": "<Hub> & co", "contacts": [{"name": "Desk <b>", "phone": "0161 496 0000", "url": "https://example.org/?a=1&b='2'"}]}"#,
        ));
        let html = preview(&config, Lang::En);
        assert!(html.contains("<p>Offered by &lt;Hub&gt; &amp; co.</p>"));
        assert!(html.contains("<h4>Desk &lt;b&gt;</h4>"));
        assert!(html.contains(r#"href="https://example.org/?a=1&amp;b=&#39;2&#39;""#));
        assert!(html.contains(r#"href="tel:999""#), "999 always comes first");
        assert!(
            !html.contains("Samaritans"),
            "the venue's own contacts only"
        );
        let standard = preview(&crate::core::config::parse(Some("{}")), Lang::Cy);
        assert!(standard.contains("Y Samariaid") && !standard.contains("<p>Yn cael"));
    }

    #[test]
    fn the_early_page_has_help_and_leaving_from_the_catalogue() {
        let html = page(Lang::En);
        assert!(html.starts_with(r#"<div id="early">"#) && html.ends_with("</div>"));
        assert!(html.contains("Welcome to Alongside"));
        assert!(html.contains(r#"href="tel:116123">Call 116 123</a>"#));
        assert!(html.contains(r#"href="tel:999""#));
        assert!(html.contains(r#"id="early-leave" hidden>Leave quickly<"#));
        assert!(html.contains(r#"data-call="Call {number}""#));
        assert!(!html.contains("<script"), "the script lives in index.html");
    }

    #[test]
    fn the_welsh_early_page_has_the_same_parts_in_welsh() {
        let html = page(Lang::Cy);
        assert!(html.contains("Croeso i Alongside"));
        assert!(html.contains(r#"href="tel:116123">Ffonio 116 123</a>"#));
        assert!(html.contains(r#"id="early-leave" hidden>Gadael yn gyflym<"#));
        assert!(html.contains(r#"data-call="Ffonio {number}""#));
        assert!(html.contains("GIG 111 Cymru"));
        let ids = |html: &str| html.matches(" id=").count();
        assert_eq!(
            ids(&html),
            ids(&page(Lang::En)),
            "the script finds every part"
        );
    }
}
