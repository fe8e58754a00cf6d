//! OPML import and export: real subscription lists, hostile documents, round trips.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use std::time::{Duration, Instant};
use veille::feed::opml::{parse_opml, read_opml, write_opml};
use veille::model::{FeedSource, Lang};

fn fixture(name: &str) -> String {
    let path = format!("/work/shared/feeds/opml/{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn by_name<'a>(feeds: &'a [FeedSource], name: &str) -> &'a FeedSource {
    feeds
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no feed named {name:?}"))
}

fn opml(body: &str) -> String {
    format!("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head/><body>{body}</body></opml>")
}

#[test]
fn mixed_french_english_list_is_read_entirely() {
    let feeds = parse_opml(&fixture("kOaDT-cyber-bot_CyberSecurityRSS_fr-en.opml")).unwrap();
    assert_eq!(feeds.len(), 19);
    assert_eq!(
        by_name(&feeds, "Journal du Hacker").url,
        "https://www.journalduhacker.net/t/s%C3%A9curit%C3%A9.rss",
        "percent-encoding is kept, not decoded"
    );
    assert_eq!(
        by_name(&feeds, "Easter").url,
        "https://bridge.easter.fr/?action=display&bridge=DuckDuckGoBridge&u=cybers%C3%A9curit%C3%A9&sort%3D+sort%3Adate&format=Mrss",
        "XML-escaped query separators are decoded"
    );
    assert_eq!(
        by_name(&feeds, "Krebs on Security").url,
        "http://krebsonsecurity.com/feed/"
    );
    assert_eq!(
        by_name(&feeds, "Le Monde").url,
        "https://www.lemonde.fr/cybercriminalite/rss_full.xml"
    );
    assert!(feeds.iter().all(|f| f.lang.is_none() && !f.full_text));
}

#[test]
fn large_nested_list_is_read_entirely() {
    let feeds = parse_opml(&fixture(
        "clivoa_awesome-security-feeds_sec_feeds_full.opml",
    ))
    .unwrap();
    assert_eq!(feeds.len(), 1112);
    let first = &feeds[0];
    assert_eq!(first.name, "A Few Thoughts on Cryptographic Engineering");
    assert_eq!(first.url, "https://blog.cryptographyengineering.com/feed");
    assert!(
        feeds
            .iter()
            .any(|f| f.url == "https://www.cert.ssi.gouv.fr/feed"),
        "CERT-FR is listed"
    );
    // Category outlines (no xmlUrl) are folders, not feeds.
    assert!(
        !feeds
            .iter()
            .any(|f| f.name == "Crypto & Blockchain Security")
    );
}

#[test]
fn only_web_urls_are_imported() {
    let doc = opml(
        r#"<outline text="shell" xmlUrl="$(rm -rf ~)"/>
           <outline text="js" xmlUrl="javascript:alert(1)"/>
           <outline text="file" xmlUrl="file:///etc/passwd"/>
           <outline text="ftp" xmlUrl="ftp://example.com/feed"/>
           <outline text="relative" xmlUrl="/feed.xml"/>
           <outline text="empty" xmlUrl=""/>
           <outline text="ok" xmlUrl="https://example.com/feed"/>"#,
    );
    let feeds = parse_opml(&doc).unwrap();
    let urls: Vec<&str> = feeds.iter().map(|f| f.url.as_str()).collect();
    assert_eq!(urls, ["https://example.com/feed"]);
}

#[test]
fn urls_hiding_controls_bidi_or_invisible_characters_are_refused_and_counted() {
    let doc = opml(
        "<outline text=\"rlo\" xmlUrl=\"https://example.com/\u{202E}lmx.evil\"/>
           <outline text=\"isolate\" xmlUrl=\"https://example.com/a&#x2066;b\"/>
           <outline text=\"zwsp\" xmlUrl=\"https://exa\u{200B}mple.com/feed\"/>
           <outline text=\"tag\" xmlUrl=\"https://example.com/feed&#xE0041;\"/>
           <outline text=\"control\" xmlUrl=\"https://example.com/&#x9B;2J\"/>
           <outline text=\"js\" xmlUrl=\"javascript:alert(1)\"/>
           <outline text=\"folder\"><outline text=\"ok\" xmlUrl=\" https://example.com/feed \"/></outline>",
    );
    let read = read_opml(&doc).unwrap();
    let urls: Vec<&str> = read.feeds.iter().map(|f| f.url.as_str()).collect();
    assert_eq!(urls, ["https://example.com/feed"]);
    // The folder outline (no xmlUrl) is not a refused feed.
    assert_eq!(read.skipped, 6);
}

#[test]
fn attribute_case_variants_and_name_fallbacks() {
    let doc = opml(
        r#"<outline title="Titled" text="ignored" xmlurl="https://a.example/feed"/>
           <outline text="Texted" XMLURL="https://b.example/feed"/>
           <outline title="   " text="Blank title" xmlUrl="https://c.example/feed"/>
           <outline xmlUrl="https://d.example/rss"/>"#,
    );
    let feeds = parse_opml(&doc).unwrap();
    let names: Vec<&str> = feeds.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["Titled", "Texted", "Blank title", "d.example"]);
}

#[test]
fn nested_outlines_and_language_attribute() {
    let doc = opml(
        r#"<outline text="FR"><outline text="Inner">
             <outline text="CERT-FR" language="fr-FR" xmlUrl="https://www.cert.ssi.gouv.fr/alerte/feed/"/>
           </outline></outline>
           <outline text="Krebs" language="en" xmlUrl="https://krebsonsecurity.com/feed/"/>
           <outline text="Golem" language="de" xmlUrl="https://rss.golem.de/rss.php"/>
           <outline text="Unknown" xmlUrl="https://example.com/feed"/>"#,
    );
    let feeds = parse_opml(&doc).unwrap();
    let langs: Vec<Option<Lang>> = feeds.iter().map(|f| f.lang).collect();
    assert_eq!(langs, [Some(Lang::Fr), Some(Lang::En), None, None]);
    assert_eq!(feeds[0].name, "CERT-FR");
}

#[test]
fn names_lose_control_and_bidi_characters() {
    let doc = opml(
        "<outline title=\"Evil\u{9b}31m \u{202e}txt.exe\u{85} &#9;name\" xmlUrl=\"https://evil.example/feed\"/>",
    );
    let feeds = parse_opml(&doc).unwrap();
    let name = &feeds[0].name;
    assert!(
        !name.chars().any(|c| c.is_control() || c == '\u{202e}'),
        "{name:?}"
    );
    assert!(name.contains("Evil") && name.contains("txt.exe") && name.contains("name"));
}

#[test]
fn entity_bombs_fail_fast() {
    let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE opml [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<opml version="2.0"><body><outline text="&lol9;" xmlUrl="https://example.com/feed"/></body></opml>"#;
    // One big entity referenced many times: each reference is shallow, the total is not.
    let big = "x".repeat(100_000);
    let quadratic = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY big \"{big}\">]>\
         <opml version=\"2.0\"><body><outline text=\"{}\" xmlUrl=\"https://example.com/\"/></body></opml>",
        "&big;".repeat(50_000)
    );
    for doc in [laughs.to_owned(), quadratic] {
        let start = Instant::now();
        let result = parse_opml(&doc);
        assert!(start.elapsed() < Duration::from_secs(2));
        let error = result
            .expect_err("declared entities are refused")
            .to_string();
        assert!(error.contains("entity"), "{error}");
    }
}

#[test]
fn documents_that_are_not_opml_are_errors() {
    let rss = std::fs::read_to_string("/work/shared/feeds/en/krebsonsecurity_feed_2026-07-04.xml")
        .unwrap();
    let error = parse_opml(&rss).unwrap_err().to_string();
    assert!(error.contains("<rss>"), "{error}");
    assert!(parse_opml("<opml><body><outline").is_err());
    assert!(parse_opml("").is_err());
}

#[test]
fn leading_blank_line_and_byte_order_mark_are_tolerated() {
    let doc = format!(
        "\u{feff}\n{}",
        opml(r#"<outline text="A" xmlUrl="https://a.example/"/>"#)
    );
    assert_eq!(parse_opml(&doc).unwrap().len(), 1);
}

#[test]
fn written_opml_reads_back_identically() {
    let feeds = vec![
        FeedSource {
            name: r#"Tom & Jerry <script>alert("x")</script> l'ami"#.to_owned(),
            url: "https://example.com/feed?a=1&b=%C3%A9".to_owned(),
            lang: Some(Lang::Fr),
            full_text: false,
        },
        FeedSource {
            name: "Krebs on Security".to_owned(),
            url: "https://krebsonsecurity.com/feed/".to_owned(),
            lang: None,
            full_text: false,
        },
        FeedSource {
            name: "é ü 中文 > &amp;".to_owned(),
            url: "http://example.org/rss".to_owned(),
            lang: Some(Lang::En),
            full_text: false,
        },
    ];
    let written = write_opml(&feeds);
    assert_eq!(parse_opml(&written).unwrap(), feeds);
}

#[test]
fn written_opml_is_standard_opml_2() {
    let feeds = vec![
        FeedSource {
            name: "ZATAZ".to_owned(),
            url: "https://www.zataz.com/feed/".to_owned(),
            lang: Some(Lang::Fr),
            full_text: true,
        },
        FeedSource {
            name: "Bad\u{1b}[2J name".to_owned(),
            url: "https://example.com/feed".to_owned(),
            lang: None,
            full_text: false,
        },
    ];
    let written = write_opml(&feeds);
    let doc = roxmltree::Document::parse(&written).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "opml");
    assert_eq!(root.attribute("version"), Some("2.0"));
    let head = root.children().find(|n| n.has_tag_name("head")).unwrap();
    assert!(head.children().any(|n| n.has_tag_name("title")));
    let date = head
        .children()
        .find(|n| n.has_tag_name("dateCreated"))
        .and_then(|n| n.text())
        .unwrap();
    assert!(chrono::DateTime::parse_from_rfc2822(date).is_ok(), "{date}");
    let outlines: Vec<_> = root
        .descendants()
        .filter(|n| n.has_tag_name("outline"))
        .collect();
    assert_eq!(outlines.len(), 2);
    assert_eq!(outlines[0].attribute("type"), Some("rss"));
    assert_eq!(outlines[0].attribute("text"), Some("ZATAZ"));
    assert_eq!(outlines[0].attribute("title"), Some("ZATAZ"));
    assert_eq!(
        outlines[0].attribute("xmlUrl"),
        Some("https://www.zataz.com/feed/")
    );
    assert_eq!(outlines[0].attribute("language"), Some("fr"));
    assert_eq!(outlines[1].attribute("language"), None);
    assert!(
        !written.contains('\u{1b}'),
        "no escape byte reaches the file"
    );
}

#[test]
fn real_list_survives_export_and_import() {
    let feeds = parse_opml(&fixture(
        "clivoa_awesome-security-feeds_sec_feeds_full.opml",
    ))
    .unwrap();
    assert_eq!(parse_opml(&write_opml(&feeds)).unwrap(), feeds);
}

#[test]
fn a_doctype_without_declarations_is_accepted() {
    let doc = "<?xml version=\"1.0\"?><!DOCTYPE opml>\
               <opml version=\"1.0\"><body><outline text=\"A\" xmlUrl=\"https://a.example/\"/></body></opml>";
    assert_eq!(parse_opml(doc).unwrap().len(), 1);
}

#[test]
fn newsboat_exports_with_empty_titles_are_named_by_host() {
    // `newsboat -e` writes OPML 1.0 with `title=""` and no `text`.
    let doc = r#"<?xml version="1.0"?>
<opml version="1.0">
  <head><title>newsboat - Exported Feeds</title></head>
  <body>
    <outline type="rss" xmlUrl="https://www.cert.ssi.gouv.fr/alerte/feed/" htmlUrl="" title=""/>
    <outline type="rss" xmlUrl="https://www.zataz.com/feed/" htmlUrl="" title=""/>
  </body>
</opml>"#;
    let feeds = parse_opml(doc).unwrap();
    let names: Vec<&str> = feeds.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["www.cert.ssi.gouv.fr", "www.zataz.com"]);
}
