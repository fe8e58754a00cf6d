//! The article as the reader shows it: a header (title, feed, date, language, author, URL) and the
//! body rendered from HTML at a width, with numbered links listed at the end.
use crate::feed::sanitize::{MAX_LINE_CHARS, MAX_TITLE_CHARS, clean_body, display_line};
use crate::model::{Article, Revision};

/// The whole article as text wrapped at `width` columns.
pub fn article_text(article: &Article, width: usize) -> String {
    let s = &article.summary;
    let mut out = String::new();
    out.push_str(&display_line(&s.title, MAX_TITLE_CHARS));
    out.push('\n');
    out.push_str(&"═".repeat(width.min(80)));
    out.push('\n');
    let date = s
        .published
        .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|| "undated".into());
    let lang = s.lang.map_or("--", |l| l.code());
    out.push_str(&format!(
        "{} · {date} · {lang}\n",
        display_line(&s.feed, MAX_LINE_CHARS)
    ));
    if let Some(author) = &article.author {
        out.push_str(&format!("{}\n", display_line(author, MAX_LINE_CHARS)));
    }
    if let Some(url) = &s.url {
        out.push_str(&format!("{}\n", display_line(url, MAX_LINE_CHARS)));
    }
    if let Some(revision) = &article.latest_revision {
        out.push_str(&revision_note(s.revisions, revision));
    }
    out.push('\n');
    let html = article
        .content_html
        .as_deref()
        .or(article.summary_html.as_deref())
        .unwrap_or("");
    out.push_str(&body_text(html, width));
    out
}

/// The body rendered with html2text: paragraphs, lists, quotes, code, numbered link references.
/// Markup too deep to parse safely (see [`crate::html`]) is shown as its plain text, and said so.
fn body_text(html: &str, width: usize) -> String {
    let rendered = match crate::html::bounded(html) {
        Ok(bounded) => crate::html::text(html2text::config::plain(), bounded, width)
            .unwrap_or_else(|_| crate::render::html_to_plain(html)),
        Err(too_deep) => format!(
            "[{too_deep}: shown as plain text]\n\n{}",
            crate::render::html_to_plain(html)
        ),
    };
    // html2text decodes entities: sanitize again so a decoded escape sequence cannot reach the terminal.
    let mut text = clean_body(&rendered, usize::MAX);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Says that the feed changed the article after it was worked on, and what it says now: the text
/// shown (and exported) stays the version that was tagged.
fn revision_note(revisions: u64, latest: &Revision) -> String {
    let mut note = format!(
        "\n! Changed by its feed after it was tagged, annotated or starred ({revisions} later \
         version{}); shown and exported: the version worked on.\n! Latest version, fetched {}: {}\n",
        if revisions == 1 { "" } else { "s" },
        latest.fetched_at.format("%Y-%m-%d %H:%M UTC"),
        display_line(&latest.title, MAX_TITLE_CHARS),
    );
    if let Some(url) = &latest.url {
        note.push_str(&format!("! {}\n", display_line(url, MAX_LINE_CHARS)));
    }
    note
}
