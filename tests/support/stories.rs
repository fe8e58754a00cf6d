//! The ICC intrusion told by a French and an English feed, as the stories tests serve it over
//! loopback: `/fr.xml` (with whatever else the test adds) and `/en.xml`.
use super::{Route, TestServer};

/// The French article's title.
const ICC_FR_TITLE: &str = "La Cour pénale internationale victime d'une cyberattaque";
/// The English article's title.
const ICC_EN_TITLE: &str = "International Criminal Court hit by cyberattack";

/// An RSS document in `lang` holding `items`: (guid, title, RFC 2822 date, text).
pub fn rss(lang: &str, items: &[(&str, &str, &str, &str)]) -> String {
    let mut body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>\
         <link>https://news.example/</link><description>d</description><language>{lang}</language>"
    );
    for (guid, title, date, text) in items {
        body.push_str(&format!(
            "<item><title>{title}</title><link>https://news.example/{guid}</link><guid>{guid}</guid>\
             <pubDate>{date}</pubDate><description>{text}</description></item>"
        ));
    }
    body.push_str("</channel></rss>");
    body
}

/// Serves `/fr.xml`, the ICC intrusion in French dated `fr_date` followed by `more_fr`, and
/// `/en.xml`, the same intrusion in English dated `en_date`.
pub fn serve_icc(
    server: &TestServer,
    fr_date: &str,
    en_date: &str,
    more_fr: &[(&str, &str, &str, &str)],
) {
    let mut fr = vec![(
        "icc-fr",
        ICC_FR_TITLE,
        fr_date,
        "La Cour pénale internationale (CPI), basée à La Haye, a été victime d'une \
         cyberattaque : ses services ont détecté une activité anormale.",
    )];
    fr.extend_from_slice(more_fr);
    server.route("/fr.xml", Route::ok("application/rss+xml", rss("fr", &fr)));
    let en = [(
        "icc-en",
        ICC_EN_TITLE,
        en_date,
        "The International Criminal Court in The Hague detected anomalous activity \
         affecting its information systems.",
    )];
    server.route("/en.xml", Route::ok("application/rss+xml", rss("en", &en)));
}
