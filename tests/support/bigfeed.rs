//! Large generated feeds, for runs that must last long enough to be interrupted or to fill a disk.

/// An RSS 2.0 document of `items` entries (about 1.5 KB each) whose links and GUIDs carry `tag`,
/// so feeds generated with different tags never share an article.
pub fn rss(items: usize, tag: &str) -> String {
    let mut out = String::with_capacity(items * 1_600 + 200);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>");
    out.push_str(&format!(
        "<title>Generated {tag}</title><link>https://example.org/{tag}/</link>"
    ));
    let body = "Une campagne de rançongiciel vise des hôpitaux; ransomware actors \
                exfiltrate data before encryption. "
        .repeat(12);
    for i in 0..items {
        out.push_str(&format!(
            "<item><title>Article {i} of {tag}</title>\
             <link>https://example.org/{tag}/{i}</link><guid>{tag}-{i}</guid>\
             <pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate>\
             <description><![CDATA[<p>{body} {i}</p>]]></description></item>"
        ));
    }
    out.push_str("</channel></rss>\n");
    out
}

/// The largest feed the default body limit (`fetch.max_body_bytes`, 20 MB) lets through in its
/// most expensive shape for the store: as many short items as fit (~150 bytes each, ~130,000 items),
/// each one article row and one search-index entry. GUIDs carry `tag`, as in [`rss`].
pub fn biggest_allowed(tag: &str) -> String {
    many_small(130_000, tag)
}

/// An RSS 2.0 document of `items` short entries (~150 bytes each).
pub fn many_small(items: usize, tag: &str) -> String {
    let mut out = String::with_capacity(items * 160 + 200);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>");
    out.push_str(&format!(
        "<title>Many {tag}</title><link>https://example.org/{tag}/</link>"
    ));
    for i in 0..items {
        out.push_str(&format!(
            "<item><title>Alerte {i} rançongiciel</title><guid>{tag}-{i}</guid>\
             <description>Fuite {i} chez un opérateur</description></item>"
        ));
    }
    out.push_str("</channel></rss>\n");
    out
}
