//! The article laid out for a terminal: its header's fields and its body, HTML rendered at a width
//! into marked lines with numbered links (html2text's rich mode). The reader draws this layout with
//! its styles and `veille show` prints it as text: one rendering, so the two cannot drift apart.
use crate::i18n::T;
use crate::model::{Article, Lang, Revision};
use crate::text::plain::html_to_plain;
use crate::text::screen;
use html2text::render::RichAnnotation;

/// How a run of body text is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Plain text.
    Plain,
    /// Strong.
    Strong,
    /// Emphasis.
    Emphasis,
    /// Struck out.
    Strike,
    /// Inline code or preformatted text.
    Code,
    /// A link's text or a numbered link's URL.
    Link,
}

/// One line: runs of sanitized text with their marks.
pub type BodyLine = Vec<(String, Mark)>;

/// An article body rendered at one width.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Body {
    /// The lines, the numbered links' list included at the end.
    pub lines: Vec<BodyLine>,
    /// Link `[n]` is `links[n - 1]`, resolved against the article's URL.
    pub links: Vec<String>,
}

/// Renders `html` at `width` columns; relative links are resolved against `base`. Markup too deep
/// to parse safely (see [`crate::html`]) is shown as its plain text, under a line saying so.
pub fn render(html: &str, width: u16, base: Option<&str>) -> Body {
    // html2text refuses widths too narrow for its decorations.
    let width = usize::from(width).max(20);
    let html = &hold_french_spacing(html);
    let bounded = match crate::html::bounded(html) {
        Ok(bounded) => bounded,
        Err(too_deep) => {
            let mut body = plain_fallback(html);
            body.lines.insert(0, Vec::new());
            let note = format!("[{too_deep}: shown as plain text]");
            body.lines.insert(0, vec![(note, Mark::Emphasis)]);
            return body;
        }
    };
    // The numbered links are not wrapped: a URL cut over two lines is no longer a link, and the
    // list is no longer read as links at all (see `footnotes`). A long one runs past the width.
    let rendered = crate::html::lines(
        html2text::config::rich()
            .link_footnotes(true)
            .no_link_wrapping(),
        bounded,
        width,
    );
    let Ok(tagged) = rendered else {
        return plain_fallback(html);
    };
    let mut lines: Vec<BodyLine> = tagged
        .iter()
        .map(|line| {
            line.tagged_strings()
                .map(|ts| (screen::text(&ts.s).replace('\t', "    "), mark(&ts.tag)))
                .filter(|(s, _)| !s.is_empty())
                .collect()
        })
        .collect();
    while lines.last().is_some_and(Vec::is_empty) {
        lines.pop();
    }
    let links = footnotes(&mut lines, base);
    Body { lines, links }
}

/// `html` with the spaces of French typography made no-break, so that a line never ends on « nor
/// starts with », :, ;, ! or ? (feeds send plain spaces where typesetters put no-break ones;
/// html2text keeps a no-break space's words together, as the reader's title wrap does).
fn hold_french_spacing(html: &str) -> std::borrow::Cow<'_, str> {
    const NBSP: char = '\u{a0}';
    if !html.contains(['«', '»', ':', ';', '!', '?']) {
        return std::borrow::Cow::Borrowed(html);
    }
    let chars: Vec<char> = html.chars().collect();
    let mut out = String::with_capacity(html.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let after_next = chars.get(i + 2).copied();
        let high = |p: Option<char>| matches!(p, Some('»' | ':' | ';' | '!' | '?'));
        // Only a word's own mark: « X », « mot : », not "a :b" or the ":" of "http ://".
        let ends_word = |p: Option<char>| p.is_none_or(|p| p.is_whitespace() || p == '<');
        let held = c == ' '
            && (before == Some('«')
                || (after == Some('»') && before.is_some_and(|b| !b.is_whitespace()))
                || (high(after) && after != Some('»') && ends_word(after_next)));
        out.push(if held { NBSP } else { c });
    }
    std::borrow::Cow::Owned(out)
}

/// The body as its plain text, one line per line (markup stripped, never shown as tags).
fn plain_fallback(html: &str) -> Body {
    let lines = html_to_plain(html)
        .lines()
        .map(|l| vec![(screen::line(l), Mark::Plain)])
        .collect();
    Body {
        lines,
        links: Vec::new(),
    }
}

/// The innermost annotation that changes the look wins.
fn mark(tags: &[RichAnnotation]) -> Mark {
    tags.iter()
        .rev()
        .find_map(|t| match t {
            RichAnnotation::Link(_) => Some(Mark::Link),
            RichAnnotation::Code | RichAnnotation::Preformat(_) => Some(Mark::Code),
            RichAnnotation::Strong => Some(Mark::Strong),
            RichAnnotation::Emphasis => Some(Mark::Emphasis),
            RichAnnotation::Strikeout => Some(Mark::Strike),
            _ => None,
        })
        .unwrap_or(Mark::Plain)
}

/// Reads the `[n]: url` list html2text appends (numbered 1..=n in order), marking the URLs as links.
fn footnotes(lines: &mut [BodyLine], base: Option<&str>) -> Vec<String> {
    let text_of = |line: &BodyLine| line.iter().map(|(s, _)| s.as_str()).collect::<String>();
    let mut start = lines.len();
    let mut expected_last = None;
    while start > 0 {
        let text = text_of(&lines[start - 1]);
        let Some((n, _)) = parse_footnote(&text) else {
            break;
        };
        match expected_last {
            Some(next) if n + 1 != next => break,
            _ => {}
        }
        expected_last = Some(n);
        start -= 1;
    }
    if expected_last != Some(1) {
        return Vec::new();
    }
    let base = base.and_then(|b| url::Url::parse(b).ok());
    let mut links = Vec::new();
    for line in &mut lines[start..] {
        let text = text_of(line);
        let Some((n, target)) = parse_footnote(&text) else {
            continue;
        };
        let resolved = base
            .as_ref()
            .and_then(|b| b.join(target).ok())
            .map_or_else(|| target.to_owned(), String::from);
        *line = vec![
            (format!("[{n}] "), Mark::Plain),
            (screen::line(&resolved), Mark::Link),
        ];
        links.push(resolved);
    }
    links
}

fn parse_footnote(text: &str) -> Option<(usize, &str)> {
    let rest = text.strip_prefix('[')?;
    let (n, target) = rest.split_once("]: ")?;
    Some((n.parse().ok()?, target.trim()))
}

/// The header's fields, each one line made safe for a terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The title.
    pub title: String,
    /// The feed's name.
    pub feed: String,
    /// `2026-11-20 08:00 UTC`; `None` when the feed gave no date.
    pub published: Option<String>,
    /// The language's code, `--` when unknown.
    pub lang: &'static str,
    /// Starred by the reader.
    pub starred: bool,
    /// The article's own TLP level (`TLP:AMBER`), when it has one.
    pub tlp: Option<String>,
    /// The author, when the feed names one.
    pub author: Option<String>,
    /// The link to the article's page.
    pub url: Option<String>,
}

impl Header {
    /// The header of `article`.
    pub fn of(article: &Article) -> Header {
        let s = &article.summary;
        Header {
            title: screen::line(&s.title),
            feed: screen::line(&s.feed),
            published: s
                .published
                .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string()),
            lang: s.lang.map_or("--", |l| l.code()),
            starred: s.starred,
            tlp: article.tlp.map(|t| t.label()),
            author: article
                .author
                .as_deref()
                .filter(|a| !a.trim().is_empty())
                .map(screen::line),
            url: s.url.as_deref().map(screen::line),
        }
    }

    /// The parts of the line under the title: feed · date · language [· ★] [· TLP] [· by author],
    /// with the words for a missing date and for the author in the caller's language.
    pub fn meta(&self, undated: &str, by_author: impl Fn(&str) -> String) -> Vec<String> {
        let mut meta = vec![
            self.feed.clone(),
            self.published.clone().unwrap_or_else(|| undated.to_owned()),
            self.lang.to_owned(),
        ];
        if self.starred {
            meta.push("★".to_owned());
        }
        meta.extend(self.tlp.clone());
        meta.extend(self.author.as_deref().map(by_author));
        meta
    }
}

/// The HTML the article's body is rendered from: the full content, else the summary.
pub fn body_html(article: &Article) -> Option<&str> {
    [&article.content_html, &article.summary_html]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .find(|h| !h.trim().is_empty())
}

/// The whole article as text at `width` columns, as the reader lays it out (in English, without
/// the tag chips): title, meta line, link, a rule, then the body and its numbered links.
pub fn article_text(article: &Article, width: usize) -> String {
    article_text_in(article, width, Lang::En)
}

/// [`article_text`] with the words veille adds (author, no date, a later version) in `lang`,
/// as `veille show` prints it in the interface language.
pub fn article_text_in(article: &Article, width: usize, lang: Lang) -> String {
    let header = Header::of(article);
    let mut out = format!("{}\n", header.title);
    let meta = header.meta(T::Undated.get(lang), |author| {
        T::ByAuthor.fill(lang, &[("author", author)])
    });
    out.push_str(&meta.join(" · "));
    out.push('\n');
    if let Some(url) = &header.url {
        out.push_str(url);
        out.push('\n');
    }
    if let Some(revision) = &article.latest_revision {
        out.push_str(&revision_note(article.summary.revisions, revision, lang));
    }
    out.push_str(&"─".repeat(width.min(80)));
    out.push_str("\n\n");
    let body = render(
        body_html(article).unwrap_or(""),
        u16::try_from(width).unwrap_or(u16::MAX),
        article.summary.url.as_deref(),
    );
    for line in &body.lines {
        let text: String = line.iter().map(|(s, _)| s.as_str()).collect();
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

/// Says that the feed changed the article after it was worked on, and what it says now: the text
/// shown (and exported) stays the version that was tagged. The reader says it on its rule's row;
/// a command's output has room for the new link too.
fn revision_note(revisions: u64, latest: &Revision, lang: Lang) -> String {
    let said = T::ShowChangedByFeed.fill(
        lang,
        &[
            ("n", &revisions.to_string()),
            (
                "fetched",
                &latest.fetched_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            ),
            ("title", &screen::line(&latest.title)),
        ],
    );
    let mut note: String = said.lines().map(|line| format!("! {line}\n")).collect();
    if let Some(url) = &latest.url {
        note.push_str(&format!("! {}\n", screen::line(url)));
    }
    note
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &BodyLine) -> String {
        line.iter().map(|(s, _)| s.as_str()).collect()
    }

    #[test]
    fn renders_marks_and_numbers_links_resolved_against_the_article() {
        let html = r#"<p>La <b>CPI</b> a subi une <em>intrusion</em>, voir <a href="/avis/1">l'avis</a> et
            <a href="https://www.icc-cpi.int/news">le communiqué</a>.</p><pre>ioc = 1</pre>"#;
        let body = render(html, 60, Some("https://cert.example.fr/actu/"));
        assert_eq!(
            body.links,
            [
                "https://cert.example.fr/avis/1",
                "https://www.icc-cpi.int/news"
            ]
        );
        let all: Vec<_> = body.lines.iter().flatten().collect();
        assert!(all.contains(&&("CPI".to_owned(), Mark::Strong)));
        assert!(all.contains(&&("intrusion".to_owned(), Mark::Emphasis)));
        assert!(all.iter().any(|(s, m)| s == "ioc = 1" && *m == Mark::Code));
        let last = body.lines.last().map(text).unwrap_or_default();
        assert_eq!(last, "[2] https://www.icc-cpi.int/news");
        assert!(body.lines.iter().all(|l| text(l).chars().count() <= 60));
    }

    #[test]
    fn a_link_longer_than_the_width_stays_whole_and_numbered() {
        // SecurityWeek's feed ends every item with such a link: cut in two, the list was no longer
        // read as the numbered links (digits opened nothing) and `veille show` printed half a URL.
        let long =
            "https://www.securityweek.com/clorox-sues-cognizant-for-380-million-over-2023-hack/";
        let html = format!(
            "<p>The post <a href=\"{long}\">Clorox Sues Cognizant</a> appeared first on \
             <a href=\"https://www.securityweek.com\">SecurityWeek</a>.</p>"
        );
        let body = render(&html, 60, None);
        assert_eq!(body.links, [long, "https://www.securityweek.com"]);
        let lines: Vec<String> = body.lines.iter().map(text).collect();
        assert!(lines.contains(&format!("[1] {long}")), "{lines:#?}");
    }

    #[test]
    fn wraps_at_the_width_given() {
        let html = "<p>".to_owned() + &"mot ".repeat(100) + "</p>";
        let narrow = render(&html, 30, None);
        let wide = render(&html, 90, None);
        assert!(narrow.lines.len() > wide.lines.len());
        assert!(narrow.lines.iter().all(|l| text(l).chars().count() <= 30));
    }

    #[test]
    fn french_guillemets_and_high_punctuation_stay_with_their_words() {
        // LeMagIT and Le Monde, as served: plain spaces, and a line ending on « at 60 columns.
        let lemagit = "<p>Pendant des années, l’industrie a cherché à mettre un maximum de \
            transistors sur un die, puis la question a été « combien de GPU peut-on mettre dans \
            un rack ». Aujourd’hui, l’enjeu est de produire les tokens.</p>";
        let lemonde = "<p>Emad Khashoggi, un promoteur mégalomane, s’est construit un jouet XXL : \
            un chateau de style XVIIe, avec tout le confort moderne.</p>";
        for (html, width) in [(lemagit, 58), (lemonde, 70)] {
            let lines: Vec<String> = render(html, width, None).lines.iter().map(text).collect();
            assert!(
                lines
                    .iter()
                    .all(|l| !l.ends_with('«') && !l.starts_with([':', '»'])),
                "{lines:#?}"
            );
        }
        let lines: Vec<String> = render(lemagit, 58, None).lines.iter().map(text).collect();
        assert!(
            lines.iter().any(|l| l.starts_with("«\u{a0}combien")),
            "{lines:#?}"
        );
    }

    #[test]
    fn english_and_code_colons_are_left_alone() {
        // Near misses: a colon after a word, a URL, a ternary without spaces on both sides.
        assert_eq!(
            hold_french_spacing("Note: see http ://x a?b"),
            "Note: see http ://x a?b"
        );
        assert_eq!(hold_french_spacing("x ?y"), "x ?y");
        assert_eq!(hold_french_spacing("plain text"), "plain text");
        assert_eq!(hold_french_spacing("« a » b :"), "«\u{a0}a\u{a0}» b\u{a0}:");
    }

    #[test]
    fn decoded_entities_cannot_smuggle_escapes() {
        let body = render("<p>a&#27;]52;c;aGVsbG8=&#7;b &#27;[31mrouge</p>", 40, None);
        let all: String = body.lines.iter().map(text).collect();
        assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all:?}");
        assert!(all.contains("rouge"));
    }
}
