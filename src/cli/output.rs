//! Printing for people and for scripts: article lines, JSON, error chains, and the standard
//! streams themselves.
//!
//! One policy for a closed standard output (`veille fetch | head -0`): the reader went away on
//! purpose, so it is no failure. The command stops writing, says nothing about it and exits as it
//! would have (0, as ripgrep does; `fetch --strict` still exits 1 for a failed feed). Every command
//! writes through [`stdout`], which notes the closed pipe for [`stdout_closed`]; `cli::main` then
//! turns the write error into a silent success. Standard error is written with [`to_stderr`],
//! which never fails (`println!` and `eprintln!` panic instead).
use crate::i18n::T;
use crate::model::{ArticleSummary, Lang};
use crate::text::sanitize::{MAX_LINE_CHARS, MAX_TITLE_CHARS, display_line, display_typeset_line};
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use unicode_width::UnicodeWidthStr;

/// Set once a write to standard output met a closed pipe.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Standard output, buffered (flush it before returning), noting a closed pipe.
pub fn stdout() -> io::BufWriter<Stdout> {
    io::BufWriter::new(Stdout(io::stdout().lock()))
}

/// Whether standard output was found closed: the command's error, if any, is that and no failure.
pub fn stdout_closed() -> bool {
    STDOUT_CLOSED.load(Ordering::Relaxed)
}

/// The locked standard output, remembering a broken pipe (see [`stdout_closed`]).
pub struct Stdout(io::StdoutLock<'static>);

impl Stdout {
    fn note<T>(result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result
            && e.kind() == io::ErrorKind::BrokenPipe
        {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
        }
        result
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        Self::note(self.0.write(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        Self::note(self.0.flush())
    }
}

/// Writes one line to standard error; a closed or broken stderr is ignored (there is nowhere left
/// to report it), where `eprintln!` would panic.
pub fn to_stderr(line: std::fmt::Arguments<'_>) {
    let mut err = io::stderr().lock();
    let _ = err.write_fmt(line).and_then(|()| err.write_all(b"\n"));
}

/// Writes one line of the program's own to standard error: `veille: ` and `text`, in `lang`.
pub fn say(lang: Lang, text: &str) {
    to_stderr(format_args!("{}", T::CliLine.fill(lang, &[("line", text)])));
}

/// An error and its causes on one line ("cannot open x: permission denied"), without repeats, safe
/// for a terminal: a cause may quote a file, a server or a document (a parser naming an element).
/// The causes are joined as `lang` writes it (French: a no-break space before the colon), and the
/// no-break spaces of French messages are kept.
pub fn error_chain(lang: Lang, error: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in error.chain() {
        let text = super::errors::localized(lang, cause).unwrap_or_else(|| cause.to_string());
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
    }
    let joined = parts
        .into_iter()
        .reduce(|context, cause| {
            T::CliCause.fill(lang, &[("context", &context), ("cause", &cause)])
        })
        .unwrap_or_default();
    display_typeset_line(&joined, 4 * MAX_LINE_CHARS)
}

/// One human-readable line per article: marker, id, date, language, feed, title, tags. Text is
/// sanitized again here: the store is trusted to be clean, the terminal is not risked on it.
pub fn write_article_lines(out: &mut impl Write, articles: &[ArticleSummary]) -> io::Result<()> {
    let id_width = articles
        .iter()
        .map(|a| a.id.to_string().len())
        .max()
        .unwrap_or(1);
    for a in articles {
        let marker = match (a.starred, a.read) {
            (true, _) => '*',
            (false, false) => 'N',
            (false, true) => ' ',
        };
        let date = a
            .published
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "----------".into());
        let lang = a.lang.map(|l| l.code()).unwrap_or("--");
        let feed = display_line(&a.feed, 24);
        let title = display_line(&a.title, MAX_TITLE_CHARS);
        write!(
            out,
            "{marker} {:>id_width$}  {date}  {lang}  {feed:<24}  {title}",
            a.id
        )?;
        let chips: Vec<String> = crate::model::Facet::ALL
            .into_iter()
            .flat_map(|f| {
                a.tags
                    .get(f)
                    .iter()
                    .map(move |v| format!("{}:{}", f.as_str(), display_line(v, MAX_LINE_CHARS)))
            })
            .collect();
        if !chips.is_empty() {
            write!(out, "  [{}]", chips.join(", "))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Writes one line per story (id, span, languages, number of sources, newest title), then its
/// articles indented, each with why it joined. Every string from a feed is cleaned for the terminal.
pub fn write_story_lines(
    out: &mut impl Write,
    stories: &[crate::store::StorySummary],
    lang: crate::model::Lang,
) -> io::Result<()> {
    use crate::i18n::T;
    let day = |d: Option<chrono::DateTime<chrono::Utc>>| {
        d.map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "----------".into())
    };
    // Every story's id padded to the widest, and its whole head to the longest, so the dates and
    // the titles stand in columns ("story 8" above "story 180", "1 article" above "2 articles").
    let id_width = stories
        .iter()
        .map(|s| s.id.to_string().len())
        .max()
        .unwrap_or(1);
    let heads: Vec<String> = stories
        .iter()
        .map(|s| {
            let langs = if s.languages.is_empty() {
                "--".to_owned()
            } else {
                s.languages.join("+")
            };
            T::CliStoryLine.say(
                lang,
                &[
                    ("id", &format!("{:<id_width$}", s.id)),
                    ("first", &day(s.first_seen)),
                    ("last", &day(s.last_seen)),
                    ("langs", &format!("{langs:<5}")),
                    ("n", &s.articles.len()),
                ],
            )
        })
        .collect();
    let head_width = heads.iter().map(|h| h.width()).max().unwrap_or(0);
    for (s, head) in stories.iter().zip(&heads) {
        let pad = " ".repeat(head_width - head.width());
        writeln!(
            out,
            "{head}{pad}  {}",
            display_line(&s.title, MAX_TITLE_CHARS)
        )?;
        for a in &s.articles {
            let code = a.article.lang.map(|l| l.code()).unwrap_or("--");
            let reason = match &a.why {
                Some(why) => crate::i18n::story_reason(why, lang),
                None => a.reason.clone(),
            };
            writeln!(
                out,
                "    {:>6}  {}  {code}  {:<24}  {}\n            {}",
                a.article.id,
                day(a.article.published),
                display_line(&a.article.feed, 24),
                display_line(&a.article.title, MAX_TITLE_CHARS),
                T::CliStoryWhy.say(lang, &[("why", &display_line(&reason, MAX_LINE_CHARS))])
            )?;
        }
    }
    Ok(())
}

/// Writes `value` as pretty JSON followed by a newline.
pub fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_error_chain_quoting_hostile_text_prints_none_of_its_controls() {
        let quoted = "not a valid feed: `</it\u{1b}]52;c;eA==\u{7}em\u{202e}>`\u{9b}2J";
        let error = anyhow::anyhow!(quoted).context("Evil\u{1b}[2J (https://evil.example)");
        assert_eq!(
            super::error_chain(super::Lang::En, &error),
            "Evil (https://evil.example): not a valid feed: `</item>`"
        );
        assert_eq!(
            super::error_chain(super::Lang::Fr, &error),
            "Evil (https://evil.example)\u{a0}: not a valid feed: `</item>`"
        );
    }
}
