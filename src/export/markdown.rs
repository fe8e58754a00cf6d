//! Markdown: a digest for a newsletter, grouped by attack type (English label, French in
//! parentheses), newest first, with links, tags and the analyst's note; the articles of one story
//! together under a line naming its sources. Feed text is escaped so a
//! title can neither inject a link nor raw HTML.
use super::text::{article_date, line};
use super::{Enriched, ExportError};
use crate::model::Lang;
use std::collections::BTreeMap;
use std::io::Write;

/// The digest's own words in one language. English keeps the bilingual headings the digest has
/// always had (scripts and newsletters read them); French is French throughout, with French
/// typography (a no-break space before the colon). "article(s)", "source(s)" and "Note" are the
/// same words in both.
struct Words {
    title: &'static str,
    span: &'static str,
    no_article: &'static str,
    story: &'static str,
    other: &'static str,
    actors: &'static str,
    targets: &'static str,
    colon: &'static str,
    french: bool,
}

const ENGLISH: Words = Words {
    title: "Security news digest / Veille sécurité",
    span: "{first} to {last}",
    no_article: "No article.",
    story: "Story (histoire)",
    other: "Other (Autres)",
    actors: "Actors",
    targets: "Targets",
    colon: ":",
    french: false,
};

const FRENCH: Words = Words {
    title: "Veille sécurité",
    span: "du {first} au {last}",
    no_article: "Aucun article.",
    story: "Histoire",
    other: "Autres",
    actors: "Acteurs",
    targets: "Cibles",
    colon: "\u{a0}:",
    french: true,
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &ENGLISH,
        Lang::Fr => &FRENCH,
    }
}

fn span(w: &Words, first: &str, last: &str) -> String {
    w.span.replace("{first}", first).replace("{last}", last)
}

pub(super) fn write(
    items: &[Enriched<'_>],
    lang: Lang,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let w = words(lang);
    writeln!(out, "# {}\n", w.title)?;
    if let (Some(first), Some(last)) = (
        items.iter().map(|e| article_date(&e.item.article)).min(),
        items.iter().map(|e| article_date(&e.item.article)).max(),
    ) {
        let n = items.len();
        let articles = if n == 1 { "article" } else { "articles" };
        let first = first.format("%Y-%m-%d").to_string();
        let last = last.format("%Y-%m-%d").to_string();
        writeln!(out, "{n} {articles}, {}.\n", span(w, &first, &last))?;
    } else {
        writeln!(out, "{}", w.no_article)?;
    }
    let units = stories(items.iter().collect());
    for (heading, group) in groups(&units, w) {
        writeln!(out, "## {heading}\n")?;
        let mut day = String::new();
        for unit in group {
            let date = article_date(&unit[0].item.article)
                .format("%Y-%m-%d")
                .to_string();
            if date != day {
                writeln!(out, "### {date}\n")?;
                day = date;
            }
            if let [alone] = unit.as_slice() {
                entry(&[alone], w, out, "")?;
            } else {
                story_heading(unit, w, out)?;
                for copies in copies_by_link(unit) {
                    entry(&copies, w, out, "  ")?;
                }
            }
        }
    }
    Ok(())
}

/// The articles by story: those of one story together, newest first, an article without a story
/// (or the only one of its story exported) alone; the newest first.
fn stories<'e, 'a>(group: Vec<&'e Enriched<'a>>) -> Vec<Vec<&'e Enriched<'a>>> {
    let newest_first = |e: &&Enriched<'_>| {
        std::cmp::Reverse((article_date(&e.item.article), e.item.article.summary.id))
    };
    let mut by_story: BTreeMap<i64, Vec<&Enriched<'_>>> = BTreeMap::new();
    let mut units = Vec::new();
    for e in group {
        match e.item.story {
            Some(story) => by_story.entry(story).or_default().push(e),
            None => units.push(vec![e]),
        }
    }
    units.extend(by_story.into_values());
    for unit in &mut units {
        unit.sort_by_key(newest_first);
    }
    units.sort_by_key(|unit| newest_first(&unit[0]));
    units
}

/// A story's articles, those with one link together (the same article fetched from two feeds, a
/// wire copy): one entry each, not the same title, link and text twice. The order is kept.
fn copies_by_link<'e, 'a>(unit: &[&'e Enriched<'a>]) -> Vec<Vec<&'e Enriched<'a>>> {
    let mut copies: Vec<Vec<&Enriched<'_>>> = Vec::new();
    for e in unit {
        let url = e.item.article.summary.url.as_deref();
        match copies
            .iter_mut()
            .find(|c| url.is_some() && c[0].item.article.summary.url.as_deref() == url)
        {
            Some(same) => same.push(e),
            None => copies.push(vec![e]),
        }
    }
    copies
}

/// A story's line: its newest title, its sources (feeds), languages and time span; its articles
/// follow as a nested list.
fn story_heading(
    unit: &[&Enriched<'_>],
    w: &Words,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let title = escape(&line(&unit[0].item.article.summary.title));
    let mut feeds: Vec<String> = Vec::new();
    let mut langs: Vec<&str> = Vec::new();
    for e in unit {
        let a = &e.item.article.summary;
        let feed = escape(&line(&a.feed));
        if !feeds.contains(&feed) {
            feeds.push(feed);
        }
        if let Some(l) = a.lang.map(|l| l.code())
            && !langs.contains(&l)
        {
            langs.push(l);
        }
    }
    let dates = unit.iter().map(|e| article_date(&e.item.article));
    let (first, last) = (dates.clone().min(), dates.max());
    let span = match (first, last) {
        (Some(f), Some(l)) if f.date_naive() != l.date_naive() => {
            let (f, l) = (f.format("%Y-%m-%d"), l.format("%Y-%m-%d"));
            format!(", {}", span(w, &f.to_string(), &l.to_string()))
        }
        _ => String::new(),
    };
    let langs = if langs.is_empty() {
        String::new()
    } else {
        format!(", {}", langs.join("/"))
    };
    // "2 sources" counts feeds: a story told twice by one feed says its articles too, and one
    // source is not "1 sources".
    let articles = if unit.len() > feeds.len() {
        format!("{} articles, ", unit.len())
    } else {
        String::new()
    };
    let sources = match feeds.len() {
        1 => "source",
        _ => "sources",
    };
    let colon = w.colon;
    writeln!(
        out,
        "- **{}{colon} {title}** — {articles}{} {sources}{colon} {}{langs}{span}\n",
        w.story,
        feeds.len(),
        feeds.join(", ")
    )?;
    Ok(())
}

/// Stories and articles alone by attack type, in label order, each under every type one of its
/// articles carries; "Other" last.
fn groups<'u, 'e, 'a>(
    units: &'u [Vec<&'e Enriched<'a>>],
    w: &Words,
) -> Vec<(String, Vec<&'u Vec<&'e Enriched<'a>>>)> {
    let mut by_type: BTreeMap<String, Vec<&Vec<&Enriched<'_>>>> = BTreeMap::new();
    let mut other = Vec::new();
    for unit in units {
        let mut headings: Vec<String> = Vec::new();
        for a in unit.iter().flat_map(|e| &e.attacks) {
            let heading = match &a.fr {
                Some(fr) if w.french => escape(&line(fr)),
                Some(fr) => format!("{} ({})", escape(&line(&a.en)), escape(&line(fr))),
                None => escape(&line(&a.en)),
            };
            if !headings.contains(&heading) {
                headings.push(heading);
            }
        }
        if headings.is_empty() {
            other.push(unit);
        }
        for heading in headings {
            by_type.entry(heading).or_default().push(unit);
        }
    }
    let mut out: Vec<_> = by_type.into_iter().collect();
    if !other.is_empty() {
        out.push((w.other.to_string(), other));
    }
    out
}

/// One article, its lines indented by `indent` (under its story); `copies` are the same article
/// from each feed that carried it (one, mostly): their feeds named, the tags and notes of all.
fn entry(
    copies: &[&Enriched<'_>],
    w: &Words,
    out: &mut dyn Write,
    indent: &str,
) -> Result<(), ExportError> {
    let e = copies[0];
    let a = &e.item.article.summary;
    let title = escape(&line(&a.title));
    match a.url.as_deref().and_then(link_target) {
        Some(url) => write!(out, "{indent}- **[{title}](<{url}>)**")?,
        None => write!(out, "{indent}- **{title}**")?,
    }
    let lang = a
        .lang
        .map(|l| format!(", {}", l.code()))
        .unwrap_or_default();
    let feeds = distinct(copies.iter().map(|c| c.item.article.summary.feed.clone()));
    let feeds: Vec<String> = feeds
        .iter()
        .map(|f| format!("*{}*", escape(&line(f))))
        .collect();
    writeln!(out, " — {}{lang}", feeds.join(", "))?;
    let mut facts: Vec<String> = Vec::new();
    let mut fact = |name: &str, values: Vec<String>| {
        if !values.is_empty() {
            let values: Vec<String> = values.iter().map(|v| escape(&line(v))).collect();
            facts.push(format!("{name}{} {}", w.colon, values.join(", ")));
        }
    };
    // One copy naming the group attributes the story: "unattributed" from another goes.
    let attributed = super::enrich::names_a_group(copies.iter().flat_map(|c| &c.actors));
    let actors = copies.iter().flat_map(|c| &c.actors);
    let actors = actors.filter(|x| !(attributed && x.unattributed));
    // In French, the French label (« non attribué »), as targets below.
    let actor_label = |x: &super::enrich::ActorRef| match (&x.fr, w.french) {
        (Some(fr), true) => fr.clone(),
        _ => x.name.clone(),
    };
    fact(w.actors, distinct(actors.map(actor_label)));
    let targets = copies
        .iter()
        .flat_map(|c| c.organisations.iter().chain(&c.sectors).chain(&c.countries));
    let label = |t: &super::TargetRef| match (&t.fr, w.french) {
        (Some(fr), true) => fr.clone(),
        _ => t.en.clone(),
    };
    fact(w.targets, distinct(targets.map(label)));
    fact("CVE", distinct(copies.iter().flat_map(|c| c.cves.clone())));
    if !facts.is_empty() {
        writeln!(out, "{indent}  {}", facts.join(" · "))?;
    }
    if !e.summary.is_empty() {
        writeln!(out, "{indent}  {}", escape(&e.summary))?;
    }
    let notes = distinct(copies.iter().filter_map(|c| c.item.note.clone()));
    for note in notes {
        let note: Vec<String> = note
            .lines()
            .map(|l| escape(&line(l)))
            .filter(|l| !l.is_empty())
            .collect();
        if !note.is_empty() {
            writeln!(out, "{indent}  *Note{}* {}", w.colon, note.join(" / "))?;
        }
    }
    writeln!(out)?;
    Ok(())
}

/// `values` without repeats, in their order.
fn distinct(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for v in values {
        if !kept.contains(&v) {
            kept.push(v);
        }
    }
    kept
}

/// Escapes what Markdown (CommonMark and GitHub's) could read as syntax in feed text, so it stays
/// text: link and image brackets, emphasis, code, HTML tags, strikethrough anywhere; headings, list
/// markers, quotes and setext underlines at the start of a line; and GitHub's extended autolinks.
///
/// GFM links bare `www.` hosts, `http://`, `https://` and `ftp://` URLs, e-mail addresses,
/// `mailto:` and `xmpp:` by itself. A backslash before the character that triggers each (the dot
/// after `www`, the colon before `//` or after `mailto`/`xmpp`, every `@`) keeps it text that reads
/// exactly as written, where a code span would change its look and an entity would not stop the
/// e-mail rule (it applies after entities are decoded).
pub fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    for (i, &c) in chars.iter().enumerate() {
        let at_start = i == 0 && matches!(c, '#' | '-' | '+' | '=' | '>');
        // "1. x" or "1) x" would start a numbered list.
        let list_number = digits > 0 && i == digits && matches!(c, '.' | ')');
        let before = &chars[..i];
        let autolink = match c {
            '@' => true,
            '.' => ends_with_word(before, "www"),
            ':' => {
                chars.get(i + 1) == Some(&'/')
                    || ends_with_word(before, "mailto")
                    || ends_with_word(before, "xmpp")
            }
            _ => false,
        };
        if at_start
            || list_number
            || autolink
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether `before` ends with `word`, ignoring ASCII case.
fn ends_with_word(before: &[char], word: &str) -> bool {
    let n = word.len();
    before.len() >= n
        && before[before.len() - n..]
            .iter()
            .zip(word.chars())
            .all(|(a, b)| a.eq_ignore_ascii_case(&b))
}

/// An http(s) URL made safe inside `<...>`: anything else (javascript:, data:) is not linked.
fn link_target(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    // The serialized URL has spaces percent-encoded; angle brackets and backslashes could still end
    // the destination early, so they are encoded too.
    Some(
        parsed
            .as_str()
            .replace('<', "%3C")
            .replace('>', "%3E")
            .replace('\\', "%5C"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_cannot_make_links_or_html() {
        assert_eq!(
            escape("[click](javascript:alert(1)) <img src=x> **bold** # x"),
            r"\[click\](javascript:alert(1)) \<img src=x\> \*\*bold\*\* # x"
        );
        assert_eq!(
            escape("Fuite de données (CVE-2024-1), l'ANSSI répond !"),
            "Fuite de données (CVE-2024-1), l'ANSSI répond !"
        );
        assert_eq!(escape("# 1. - x"), r"\# 1. - x");
        assert_eq!(escape("1. x"), r"1\. x");
        assert_eq!(escape("- x"), r"\- x");
    }

    #[test]
    fn bare_urls_hosts_and_emails_in_feed_text_are_not_autolinks() {
        assert_eq!(
            escape("Patch: https://evil.example/x, WWW.evil.example, ceo@evil.example"),
            r"Patch: https\://evil.example/x, WWW\.evil.example, ceo\@evil.example"
        );
        assert_eq!(
            escape("mailto:a@b.example xmpp:bot@b.example ftp://b.example"),
            r"mailto\:a\@b.example xmpp\:bot\@b.example ftp\://b.example"
        );
        // Ordinary colons and dots are left alone.
        assert_eq!(
            escape("Alerte : CVE-2024-1. Note: x"),
            "Alerte : CVE-2024-1. Note: x"
        );
    }

    #[test]
    fn only_web_links_are_linked() {
        assert_eq!(link_target("javascript:alert(1)"), None);
        assert_eq!(
            link_target("https://ex.fr/a b>c").as_deref(),
            Some("https://ex.fr/a%20b%3Ec")
        );
    }
}
