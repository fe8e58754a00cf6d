//! Markdown: a digest for a newsletter, grouped by attack type (English label, French in
//! parentheses), newest first, with links, tags and the analyst's note. Feed text is escaped so a
//! title can neither inject a link nor raw HTML.
use super::text::{article_date, line};
use super::{Enriched, ExportError};
use std::collections::BTreeMap;
use std::io::Write;

pub(super) fn write(items: &[Enriched<'_>], out: &mut dyn Write) -> Result<(), ExportError> {
    writeln!(out, "# Security news digest / Veille sécurité\n")?;
    if let (Some(first), Some(last)) = (
        items.iter().map(|e| article_date(&e.item.article)).min(),
        items.iter().map(|e| article_date(&e.item.article)).max(),
    ) {
        writeln!(
            out,
            "{} articles, {} to {}.\n",
            items.len(),
            first.format("%Y-%m-%d"),
            last.format("%Y-%m-%d")
        )?;
    } else {
        writeln!(out, "No article.")?;
    }
    for (heading, mut group) in groups(items) {
        writeln!(out, "## {heading}\n")?;
        group.sort_by_key(|e| {
            std::cmp::Reverse((article_date(&e.item.article), e.item.article.summary.id))
        });
        let mut day = String::new();
        for e in group {
            let date = article_date(&e.item.article).format("%Y-%m-%d").to_string();
            if date != day {
                writeln!(out, "### {date}\n")?;
                day = date;
            }
            entry(e, out)?;
        }
    }
    Ok(())
}

/// Articles by attack type, in label order, each article under every type it carries; "Other" last.
fn groups<'e, 'a>(items: &'e [Enriched<'a>]) -> Vec<(String, Vec<&'e Enriched<'a>>)> {
    let mut by_type: BTreeMap<String, Vec<&Enriched<'_>>> = BTreeMap::new();
    let mut other = Vec::new();
    for e in items {
        if e.attacks.is_empty() {
            other.push(e);
        }
        for a in &e.attacks {
            let heading = match &a.fr {
                Some(fr) => format!("{} ({})", escape(&line(&a.en)), escape(&line(fr))),
                None => escape(&line(&a.en)),
            };
            by_type.entry(heading).or_default().push(e);
        }
    }
    let mut out: Vec<_> = by_type.into_iter().collect();
    if !other.is_empty() {
        out.push(("Other (Autres)".to_string(), other));
    }
    out
}

fn entry(e: &Enriched<'_>, out: &mut dyn Write) -> Result<(), ExportError> {
    let a = &e.item.article.summary;
    let title = escape(&line(&a.title));
    match a.url.as_deref().and_then(link_target) {
        Some(url) => write!(out, "- **[{title}](<{url}>)**")?,
        None => write!(out, "- **{title}**")?,
    }
    let lang = a
        .lang
        .map(|l| format!(", {}", l.code()))
        .unwrap_or_default();
    writeln!(out, " — *{}*{lang}", escape(&line(&a.feed)))?;
    let mut facts: Vec<String> = Vec::new();
    let mut fact = |name: &str, values: Vec<String>| {
        if !values.is_empty() {
            let values: Vec<String> = values.iter().map(|v| escape(&line(v))).collect();
            facts.push(format!("{name}: {}", values.join(", ")));
        }
    };
    fact("Actors", e.actors.iter().map(|x| x.name.clone()).collect());
    let targets = e.organisations.iter().chain(&e.sectors).chain(&e.countries);
    fact("Targets", targets.map(|t| t.en.clone()).collect());
    fact("CVE", e.cves.clone());
    if !facts.is_empty() {
        writeln!(out, "  {}", facts.join(" · "))?;
    }
    if !e.summary.is_empty() {
        writeln!(out, "  {}", escape(&e.summary))?;
    }
    if let Some(note) = e.item.note.as_deref() {
        let note: Vec<String> = note
            .lines()
            .map(|l| escape(&line(l)))
            .filter(|l| !l.is_empty())
            .collect();
        if !note.is_empty() {
            writeln!(out, "  *Note:* {}", note.join(" / "))?;
        }
    }
    writeln!(out)?;
    Ok(())
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
