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

/// A home subscribed to `/fr.xml` (« numerama ») and `/en.xml` (« securityaffairs ») of a loopback
/// server serving the ICC intrusion (French dated 19 September 2023, English the next day, then
/// `more_fr` in the French feed), fetched once, the server kept running beside it.
pub fn icc_home(more_fr: &[(&str, &str, &str, &str)]) -> super::home::Home {
    let server = TestServer::start();
    serve_icc(
        &server,
        "Tue, 19 Sep 2023 12:00:00 GMT",
        "Wed, 20 Sep 2023 09:00:00 GMT",
        more_fr,
    );
    let feeds = [
        ("numerama".to_owned(), server.url("/fr.xml")),
        ("securityaffairs".to_owned(), server.url("/en.xml")),
    ];
    super::home::Home::fetched(&feeds).serving(server)
}

/// Stores `new` as the one new item of feed `feed` (subscribed beside the store's other feeds,
/// with `feed_lang`), and places it in a story unless `place` is false (an article stored before
/// stories existed). Returns its id.
pub fn store_in_feed(
    store: &mut veille::store::Store,
    feed: &str,
    feed_lang: Option<veille::model::Lang>,
    new: veille::model::NewArticle,
    place: bool,
) -> veille::model::ArticleId {
    use veille::model::{ArticleId, FeedSource, Validators};
    let mut sources: Vec<FeedSource> = store
        .feeds()
        .expect("the feeds")
        .into_iter()
        .map(|f| FeedSource {
            name: f.name,
            url: f.url,
            lang: None,
            full_text: false,
        })
        .collect();
    sources.push(FeedSource {
        name: feed.to_owned(),
        url: format!("https://{feed}.example/feed"),
        lang: feed_lang,
        full_text: false,
    });
    let id = store
        .sync_feeds(&sources)
        .expect("subscribed")
        .into_iter()
        .find(|f| f.name == feed)
        .expect("the new feed")
        .id;
    let update = veille::store::FeedUpdate {
        title: None,
        validators: Validators::default(),
        articles: vec![new],
    };
    let stats = store.record_fetch(id, &update).expect("stored");
    let ids: Vec<ArticleId> = stats.new_links.iter().map(|(id, _)| *id).collect();
    if place {
        let suggester = veille::stories::bundled_suggester().expect("the bundled vocabulary");
        store
            .cluster_stored(&mut veille::stories::Recent::new(), &ids, &suggester)
            .expect("placed");
    }
    ids[0]
}
