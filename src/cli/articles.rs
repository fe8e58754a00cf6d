//! `veille list`, `veille search`, `veille show`.
use super::args::FilterArgs;
use super::dates::{parse_user_date, parse_user_until};
use super::{Paths, open_store, open_store_read, output};
use crate::i18n::T;
use crate::model::{ArticleId, Facet, Filter, Lang};
use crate::tui::model::tagging::SharedVocabulary;
use anyhow::{Context, Result, anyhow, bail};
use chrono::Utc;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

/// Turns FILTERS into the store's `Filter`; a bad date is a clear error. Tag values resolve through
/// the vocabulary of `paths` (built only when a tag filter is given).
pub fn to_filter(paths: &Paths, args: &FilterArgs, query: Option<String>) -> Result<Filter> {
    let now = Utc::now();
    let date = |d: &Option<String>, parse: fn(&str, chrono::DateTime<Utc>) -> Result<_, String>| {
        d.as_deref()
            .map(|d| parse(d, now))
            .transpose()
            .map_err(|e| anyhow!(e))
    };
    let since = date(&args.since, parse_user_date)?;
    let until = date(&args.until, parse_user_until)?;
    // A reversed range matches nothing: say so rather than print an empty list that looks like a
    // quiet week.
    if let (Some(since), Some(until)) = (since, until)
        && since >= until
    {
        bail!(T::CliEmptyRange.say(
            paths.lang,
            &[
                ("since", &args.since.as_deref().unwrap_or_default()),
                ("until", &args.until.as_deref().unwrap_or_default()),
            ],
        ));
    }
    let query = match (query, args.query.clone()) {
        (Some(a), Some(b)) => Some(format!("{a} {b}")),
        (a, b) => a.or(b),
    };
    // `actor:APT28` in a search filters by tag, as in the reader's `/`, instead of matching no word.
    let (query, terms) = match query {
        Some(q) => {
            let (words, terms) = crate::model::facet_terms(&q);
            (Some(words), terms)
        }
        None => (None, Vec::new()),
    };
    let values = |facet: Facet, given: &[String]| {
        let mut values = given.to_vec();
        values.extend(
            terms
                .iter()
                .filter(|(f, _)| *f == facet)
                .map(|(_, v)| v.clone()),
        );
        super::tag::canonical_filter(paths, facet, &values)
    };
    Ok(Filter {
        lang: args.lang.map(Into::into),
        feeds: args.feeds.clone(),
        actors: values(Facet::Actor, &args.actors)?,
        targets: values(Facet::Target, &args.targets)?,
        attacks: values(Facet::Attack, &args.attacks)?,
        tagged: args.tagged,
        untagged: args.untagged,
        unread: args.unread,
        starred: args.starred,
        noted: args.noted,
        since,
        until,
        synonyms: match &query {
            Some(q) if !q.trim().is_empty() => paths.vocabulary()?.query_synonyms(q),
            _ => Vec::new(),
        },
        query: query.filter(|q| !q.trim().is_empty()),
        story: args.story,
        // The command line lists newest first.
        sort: crate::model::Sort::Date,
    })
}

/// Opens the store to read `filter`'s articles: a `--story` naming no story (a typo, or one merged
/// since) is an error saying so, not an empty list that looks like a story without articles.
pub(crate) fn open_filtered(paths: &Paths, filter: &Filter) -> Result<crate::store::Store> {
    let store = open_store_read(paths)?;
    if let Some(id) = filter.story {
        store.story(id)?;
    }
    Ok(store)
}

/// Prints the articles matching the filters (and `query`), newest first.
pub fn list(
    paths: &Paths,
    args: &FilterArgs,
    json: bool,
    limit: Option<usize>,
    query: Option<String>,
) -> Result<ExitCode> {
    let filter = to_filter(paths, args, query)?;
    let store = open_filtered(paths, &filter)?;
    let articles = store.list(&filter, limit)?;
    let mut out = output::stdout();
    if json {
        output::write_json(&mut out, &articles)?;
    } else {
        output::write_article_lines(&mut out, &articles)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the stories with an article matching the filters, the most recent first: a line per
/// story, its articles below it with why each joined; or one JSON object per line.
pub fn stories(
    paths: &Paths,
    args: &FilterArgs,
    json: bool,
    limit: Option<usize>,
    min_articles: Option<usize>,
) -> Result<ExitCode> {
    let filter = to_filter(paths, args, None)?;
    let store = open_filtered(paths, &filter)?;
    // A reader wants stories, several articles each; a script reading --json gets every story,
    // as it always did (the JSON lines are a contract).
    let min_articles = min_articles.unwrap_or(if json { 1 } else { 2 });
    let stories = store.stories_of_at_least(&filter, limit, min_articles)?;
    let mut out = output::stdout();
    if json {
        for s in &stories {
            serde_json::to_writer(&mut out, s)?;
            writeln!(out)?;
        }
    } else {
        output::write_story_lines(&mut out, &stories, paths.lang)?;
    }
    out.flush()?;
    // What the listing left out is said, on stderr: stdout stays the stories alone.
    let left_out = store.stories_below(&filter, min_articles)?;
    if left_out > 0 && !json {
        let said = if min_articles == 2 {
            T::CliStoriesSinglesLeftOut
        } else {
            T::CliStoriesSmallerLeftOut
        };
        output::to_stderr(format_args!(
            "{}",
            said.say(paths.lang, &[("n", &left_out), ("min", &min_articles)])
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// The default command without a terminal: the 50 newest articles, or how to get some.
pub fn overview(paths: &Paths) -> Result<ExitCode> {
    let store = open_store_read(paths)?;
    let articles = store.list(&Filter::default(), Some(50))?;
    if articles.is_empty() {
        output::to_stderr(format_args!("{}", T::CliEmptyStore.get(paths.lang)));
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = output::stdout();
    output::write_article_lines(&mut out, &articles)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Prints one article as the reader renders it; with `full`, after fetching its page's full text
/// when it is not stored yet.
pub fn show(paths: &Paths, id: i64, width: Option<usize>, full: bool) -> Result<ExitCode> {
    let lang = paths.lang;
    // Only fetching the full text writes.
    let mut store = if full {
        open_store(paths)?
    } else {
        open_store_read(paths)?
    };
    let Some(mut article) = store.article(ArticleId(id))? else {
        bail!(T::CliNoArticle.say(lang, &[("id", &id)]));
    };
    if full && !store.has_full_text(ArticleId(id))? {
        let Some(url) = article.summary.url.clone() else {
            bail!(T::CliNoLinkToFetch.say(lang, &[("id", &id)]));
        };
        let html = fetch_page_text(paths, &url, &article.summary.feed_url)?;
        store.set_full_text(ArticleId(id), &html)?;
        article = store
            .article(ArticleId(id))?
            .with_context(|| T::CliDeletedMeanwhile.say(lang, &[("id", &id)]))?;
    }
    let width = width.or_else(terminal_width).unwrap_or(80).clamp(20, 400);
    let mut text = crate::text::layout::article_text_in(&article, width, lang);
    // The analyst's own work goes under the header, above the rule, as the reader shows it.
    let work = analyst_work(paths, &article)?;
    let rule = format!("\n{}\n", "─".repeat(width.min(80)));
    if let (false, Some(at)) = (work.is_empty(), text.find(&rule)) {
        text.insert_str(at + 1, &work);
    }
    let mut out = output::stdout();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The article's tags and note for `veille show`, one line of tags in the interface language
/// (`Actor: unattributed · Country: Netherlands · Attack type: intrusion`) and the note's lines;
/// empty when the analyst has done neither. Without them, `show` would hide the analyst's work.
fn analyst_work(paths: &Paths, article: &crate::model::Article) -> Result<String> {
    use crate::text::sanitize::{MAX_LINE_CHARS, display_line};
    let lang = paths.lang;
    let mut out = String::new();
    let tags = &article.summary.tags;
    if Facet::ALL.into_iter().any(|f| !tags.get(f).is_empty()) {
        let vocab = SharedVocabulary::new(std::sync::Arc::clone(paths.vocabulary()?));
        let colon = match lang {
            Lang::En => ": ",
            Lang::Fr => "\u{a0}: ",
        };
        let shown: Vec<String> = Facet::ALL
            .into_iter()
            .flat_map(|facet| tags.get(facet).iter().map(move |value| (facet, value)))
            .map(|(facet, value)| {
                let name = crate::i18n::facet_name(facet, vocab.kind_of(facet, value));
                let label = display_line(&vocab.display(facet, value, lang), MAX_LINE_CHARS);
                format!("{}{colon}{label}", name.get(lang))
            })
            .collect();
        out.push_str(&shown.join(" · "));
        out.push('\n');
    }
    if let Some(note) = article.note.as_deref().filter(|n| !n.trim().is_empty()) {
        let label = T::NoteLabel.get(lang);
        let indent = " ".repeat(label.chars().count());
        for (i, line) in note.lines().enumerate() {
            out.push_str(if i == 0 { label } else { &indent });
            out.push_str(&display_line(line, MAX_LINE_CHARS));
            out.push('\n');
        }
    }
    Ok(out)
}

/// The main text of the page at `url`, fetched with the configured HTTP settings and the host
/// policy of the subscription at `feed_url`.
fn fetch_page_text(paths: &Paths, url: &str, feed_url: &str) -> Result<String> {
    let settings = paths.loaded.fetch.clone();
    let fetcher = crate::feed::fetch::Fetcher::new(&settings)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .with_context(|| T::CliRuntime.get(paths.lang))?;
    let text = runtime.block_on(crate::feed::fulltext::fetch_full_text(
        &fetcher,
        url,
        Some(feed_url),
    ));
    // An extraction abandoned at its time limit may still be running: do not wait for it.
    runtime.shutdown_background();
    Ok(text?)
}

fn terminal_width() -> Option<usize> {
    if !io::stdout().is_terminal() {
        return None;
    }
    ratatui::crossterm::terminal::size()
        .ok()
        .map(|(columns, _)| usize::from(columns))
}
