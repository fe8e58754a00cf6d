//! `veille tag` and `veille suggest`: values typed on the command line resolved through the
//! vocabulary (an alias becomes its canonical name, an ambiguous one is refused with the candidates),
//! and suggestions for one article printed for people or as JSON, or for many as JSON lines.
use super::args::FilterArgs;
use super::args::TlpArg;
use super::articles::to_filter;
use super::{Paths, open_store, open_store_read, output};
use crate::i18n::{T, quote};
use crate::model::{ArticleId, Facet, Lang};
use crate::store::{Provenance, TagRow};
use crate::tagging::{
    Candidate, Field, Rejected, Resolution, Suggester, Suggestion, Suggestions, Vocabulary,
};
use crate::text::sanitize::{MAX_LINE_CHARS, display_line};
use crate::tui::model::tagging::SharedVocabulary;
use anyhow::{Context, Result, bail};
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

/// Filter values (`--actor "Fancy Bear"`) as canonical names, so a filter finds what the tag command
/// stored; an unknown value is kept as typed, an ambiguous one is an error listing the candidates.
pub fn canonical_filter(paths: &Paths, facet: Facet, values: &[String]) -> Result<Vec<String>> {
    if values.is_empty() {
        return Ok(Vec::new());
    }
    let vocab = paths.vocabulary()?;
    values
        .iter()
        .map(|v| canonical(paths.lang, vocab, facet, v, &[]))
        .collect()
}

/// A facet as the command line names it in `lang` (`actor`, « acteur »).
fn facet_word(lang: Lang, facet: Facet) -> &'static str {
    match facet {
        Facet::Actor => T::CliActor,
        Facet::Target => T::CliTarget,
        Facet::Attack => T::CliAttack,
    }
    .get(lang)
}

/// One typed value as it is stored.
fn canonical(
    lang: Lang,
    vocab: &Vocabulary,
    facet: Facet,
    typed: &str,
    used: &[String],
) -> Result<String> {
    let facet_name = facet_word(lang, facet);
    match vocab.resolve(facet, typed, used) {
        Resolution::Canonical(c) => Ok(c.value),
        Resolution::New(v) if v.is_empty() => {
            bail!(T::CliEmptyValue.fill(lang, &[("facet", facet_name)]))
        }
        Resolution::New(v) => Ok(v),
        Resolution::Ambiguous(candidates) => bail!(T::CliAmbiguous.fill(
            lang,
            &[
                ("facet", facet_name),
                ("typed", &quote(lang, &display_line(typed, MAX_LINE_CHARS))),
                ("candidates", &describe(&candidates)),
            ],
        )),
    }
}

fn describe(candidates: &[Candidate]) -> String {
    candidates
        .iter()
        .map(|c| {
            if c.label == c.value {
                c.value.clone()
            } else {
                format!("{} ({})", c.value, c.label)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `veille tag ID --actor V --target V --attack V [--remove] [--tlp LEVEL]`: resolves every value
/// first (nothing is applied if one is ambiguous), applies them in one transaction, prints what
/// changed; `--tlp` sets the article's TLP for exports.
pub fn tag(
    paths: &Paths,
    id: i64,
    values: [Vec<String>; 3],
    remove: bool,
    tlp: Option<TlpArg>,
) -> Result<ExitCode> {
    let lang = paths.lang;
    if values.iter().all(Vec::is_empty) && tlp.is_none() {
        output::say(lang, T::CliNothingToTag.get(lang));
        return Ok(ExitCode::from(2));
    }
    let mut store = open_store(paths)?;
    let id = ArticleId(id);
    if store.article(id)?.is_none() {
        bail!(T::CliNoArticle.say(lang, &[("id", &id.0)]));
    }
    let vocab = paths.vocabulary()?;
    let mut rows: Vec<(TagRow, String)> = Vec::new();
    for (facet, typed) in Facet::ALL.into_iter().zip(values) {
        let used: Vec<String> = store
            .tag_values(facet)?
            .into_iter()
            .map(|(v, _)| v)
            .collect();
        for t in typed {
            let value = canonical(lang, vocab, facet, &t, &used)?;
            rows.push(((id, facet, value), t));
        }
    }
    let plain: Vec<TagRow> = rows.iter().map(|(r, _)| r.clone()).collect();
    let (changed, settled) = if remove {
        (store.remove_tag_rows(&plain)?, Vec::new())
    } else {
        store.add_tag_rows_settled(&plain, Provenance::User)?
    };
    let labels = SharedVocabulary::new(Arc::clone(vocab));
    // A value as the command shows it: its label in the interface's language, the stored value
    // beside it when they differ.
    let label_of = |facet: Facet, value: &str| {
        let label = labels
            .kind_of(facet, value)
            .map(|k| labels.display_kind(k, value, lang));
        let shown = display_line(&with_value(label.as_deref(), value), MAX_LINE_CHARS);
        (label, shown)
    };
    let mut out = output::stdout();
    for ((_, facet, value), typed) in &rows {
        let done = changed
            .iter()
            .any(|(_, f, v)| f == facet && v.to_lowercase() == value.to_lowercase());
        let said = match (remove, done) {
            (false, true) => T::CliTagAdded,
            (false, false) => T::CliTagAlready,
            (true, true) => T::CliTagRemoved,
            (true, false) => T::CliTagAbsent,
        };
        let (label, shown) = label_of(*facet, value);
        let typed_is_shown = [Some(value.as_str()), label.as_deref()]
            .into_iter()
            .flatten()
            .any(|v| crate::tagging::fold_key(typed.trim()) == crate::tagging::fold_key(v));
        let from = if !typed_is_shown {
            let typed = quote(lang, &display_line(typed, MAX_LINE_CHARS));
            T::CliTypedAs.fill(lang, &[("typed", &typed)])
        } else {
            String::new()
        };
        let said = said.fill(
            lang,
            &[
                ("facet", facet_word(lang, *facet)),
                ("value", &shown),
                ("from", &from),
            ],
        );
        writeln!(out, "{said}")?;
    }
    for (_, facet, value) in &settled {
        let (_, shown) = label_of(*facet, value);
        let said = T::CliTagSettled.fill(
            lang,
            &[("facet", facet_word(lang, *facet)), ("value", &shown)],
        );
        writeln!(out, "{said}")?;
    }
    if let Some(tlp) = tlp {
        let level = match tlp {
            TlpArg::Level(level) => Some(level),
            TlpArg::Default => None,
        };
        store.set_tlp(id, level)?;
        let said = match level {
            Some(level) => T::CliTlp.say(lang, &[("level", &level)]),
            None => T::CliTlpDefault.say(lang, &[("level", &paths.loaded.export.tlp.label())]),
        };
        writeln!(out, "{said}")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `veille suggest ID [--json]`: what the vocabulary finds in the article's title and text, each
/// with its evidence and confidence; suggestions rejected in the reader are set apart.
pub fn suggest(paths: &Paths, id: i64, json: bool) -> Result<ExitCode> {
    let lang = paths.lang;
    let store = open_store_read(paths)?;
    let Some(article) = store.article(ArticleId(id))? else {
        bail!(T::CliNoArticle.say(lang, &[("id", &id)]));
    };
    // One article: an automaton of the few names that can occur in it, not of the whole vocabulary.
    let vocab = paths.vocabulary()?;
    // A rule that fails on this text (a bug) is an error naming the article, not a panic.
    let found = crate::panics::contain(|| {
        Suggester::suggest_once_linked(
            vocab,
            &article.summary.title,
            &article.text,
            article.summary.url.as_deref(),
        )
    })
    .map_err(|panicked| {
        anyhow::Error::new(panicked).context(T::CliSuggestFailed.say(lang, &[("id", &id)]))
    })?;
    let mut suggestions = found.with_context(|| T::CliMatcher.get(lang))?;
    let rejected = suggestions.take_rejected(&store.rejected_suggestions(ArticleId(id))?);
    let mut out = output::stdout();
    if json {
        output::write_json(&mut out, &Offered::new(None, &suggestions, &rejected))?;
    } else if suggestions.is_empty() && rejected.is_empty() {
        writeln!(out, "{}", T::CliNoSuggestion.say(lang, &[("id", &id)]))?;
    } else {
        // A value already tagged says so, as the reader's ✓ does: otherwise the list reads the
        // same before and after `veille tag`.
        let applied = |s: &Suggestion| {
            crate::tagging::facet_of(s.kind).is_some_and(|facet| {
                let tags = article.summary.tags.get(facet);
                tags.iter()
                    .any(|v| v.to_lowercase() == s.value.to_lowercase())
            })
        };
        for (facet, list) in suggestions.lists() {
            let facet = list_word(lang, facet);
            for s in list {
                let confidence = confidence_word(lang, s);
                let said = if applied(s) {
                    T::CliApplied.fill(lang, &[("confidence", &confidence)])
                } else {
                    confidence
                };
                writeln!(out, "{facet:<8} {} ({said})", why(lang, vocab, s))?;
            }
        }
        for (facet, list) in rejected.lists() {
            let facet = list_word(lang, facet);
            for s in list {
                let confidence = confidence_word(lang, s);
                let said = T::CliRejected.fill(lang, &[("confidence", &confidence)]);
                writeln!(out, "{facet:<8} {} ({said})", why(lang, vocab, s))?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `veille suggest [FILTERS] --json`: one JSON line per matching article, newest first, each the
/// one-article object with its `"id"`. Articles are read one at a time, so any number fits; each
/// core reads one (an article's suggestions owe nothing to another's), the lines kept in order.
pub fn suggest_many(paths: &Paths, filters: &FilterArgs) -> Result<ExitCode> {
    let filter = to_filter(paths, filters, None)?;
    let store = super::articles::open_filtered(paths, &filter)?;
    let suggester = suggester(paths)?;
    let rejections = store.all_rejected_suggestions()?;
    let mut out = output::stdout();
    // Articles the suggester failed on (a bug): left out of the output, then named on stderr.
    let failed = std::sync::Mutex::new(Vec::new());
    super::in_order::map_in_order(
        |give| {
            store.for_each_text(&filter, |id, title, text, link| {
                give((id, title.to_owned(), text.to_owned(), link.map(str::to_owned)))
            })
        },
        |(id, title, text, link): (ArticleId, String, String, Option<String>)| -> serde_json::Result<Vec<u8>> {
            let found = crate::panics::contain(|| {
                suggester.suggest_linked(&title, &text, link.as_deref())
            });
            let Ok(mut suggestions) = found else {
                failed
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .push(id.0);
                return Ok(Vec::new());
            };
            let rejected = rejections
                .get(&id)
                .map(|r| suggestions.take_rejected(r))
                .unwrap_or_default();
            let mut line = serde_json::to_vec(&Offered::new(Some(id.0), &suggestions, &rejected))?;
            line.push(b'\n');
            Ok(line)
        },
        |line| Ok(out.write_all(&line?)?),
    )?;
    out.flush()?;
    let mut failed = failed
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if failed.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    failed.sort_unstable();
    let ids = failed
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let n = failed.len();
    eprintln!(
        "{}",
        T::CliSuggestSkipped.say(paths.lang, &[("n", &n), ("ids", &ids)])
    );
    Ok(ExitCode::FAILURE)
}

/// The matcher over the run's vocabulary.
fn suggester(paths: &Paths) -> Result<Suggester> {
    Suggester::new(paths.vocabulary()?).with_context(|| T::CliMatcher.get(paths.lang))
}

/// What `veille suggest --json` prints for one article: the suggestion lists (strings, the
/// contract), the rejected ones apart, the article id when many are printed, and each offered
/// value's confidence and evidence, so that a script can take the high ones only, as `A` does.
#[derive(Serialize)]
struct Offered<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<i64>,
    #[serde(flatten)]
    suggestions: &'a Suggestions,
    rejected: &'a Rejected,
    details: Vec<Detail<'a>>,
}

impl<'a> Offered<'a> {
    fn new(id: Option<i64>, suggestions: &'a Suggestions, rejected: &'a Rejected) -> Offered<'a> {
        let details = suggestions
            .lists()
            .into_iter()
            .flat_map(|(facet, list)| list.iter().map(move |s| Detail::of(facet, s)))
            .collect();
        Offered {
            id,
            suggestions,
            rejected,
            details,
        }
    }
}

/// One offered value in `"details"`: `{"facet": "attack", "value": "ransomware", "confidence":
/// "high", "new": false, "field": "title", "term": "rançongiciel"}`.
#[derive(Serialize)]
struct Detail<'a> {
    facet: &'static str,
    value: &'a str,
    confidence: &'static str,
    /// A victim or group the vocabulary does not know, proposed as the text writes it.
    new: bool,
    field: Field,
    /// The article's own words that justify the value.
    term: &'a str,
}

impl<'a> Detail<'a> {
    fn of(facet: &'static str, s: &'a Suggestion) -> Detail<'a> {
        Detail {
            facet,
            value: &s.value,
            confidence: s.confidence.as_str(),
            new: s.new_value,
            field: s.evidence.field,
            term: &s.evidence.term,
        }
    }
}

/// `APT28  — "Fancy Bear" in the title`: the value and the words that justify it.
fn why(lang: Lang, vocab: &Arc<Vocabulary>, s: &Suggestion) -> String {
    let place = match s.evidence.field {
        Field::Title => T::CliInTitle,
        Field::Text => T::CliInText,
        Field::Link => T::CliInLink,
    };
    place.fill(
        lang,
        &[
            (
                "value",
                &display_line(&shown(lang, vocab, s), MAX_LINE_CHARS),
            ),
            (
                "term",
                &quote(lang, &display_line(&s.evidence.term, MAX_LINE_CHARS)),
            ),
        ],
    )
}

/// A suggested value as a person reads it: in French its French label followed by the canonical
/// value to type or script against (« Pays-Bas [NL] », « rançongiciel [ransomware] »); in English,
/// or when the vocabulary has no other label, the value itself.
fn shown(lang: Lang, vocab: &Arc<Vocabulary>, s: &Suggestion) -> String {
    // The reader's rule, so both write « rançongiciel » the same way.
    let label = SharedVocabulary::new(Arc::clone(vocab)).display_kind(s.kind, &s.value, lang);
    with_value(Some(&label), &s.value)
}

/// A value's label followed by the canonical value to type when they differ (« Pays-Bas [NL] »,
/// "Netherlands [NL]"); the value alone when the label only changes its case ("ransomware").
fn with_value(label: Option<&str>, value: &str) -> String {
    match label {
        Some(label) if label.to_lowercase() != value.to_lowercase() => {
            format!("{label} [{value}]")
        }
        _ => value.to_owned(),
    }
}

/// A suggestion list as `veille suggest` names it in `lang`; `cve` is `cve` in both.
fn list_word(lang: Lang, list: &str) -> &str {
    match list {
        "actor" => T::CliActor.get(lang),
        "target" => T::CliTarget.get(lang),
        "attack" => T::CliAttack.get(lang),
        "sector" => T::CliSector.get(lang),
        "country" => T::CliCountry.get(lang),
        other => other,
    }
}

/// A suggestion's confidence in `lang` (`high`, « élevée »), and `new` when the vocabulary does
/// not know its value (`high, new`: tagging it adds a value, as `"new": true` says in `--json`).
fn confidence_word(lang: Lang, s: &Suggestion) -> String {
    let word = match s.confidence {
        crate::tagging::Confidence::High => T::ConfidenceHigh,
        crate::tagging::Confidence::Medium => T::ConfidenceMedium,
        crate::tagging::Confidence::Low => T::ConfidenceLow,
    }
    .get(lang);
    if s.new_value {
        T::NewValue.fill(lang, &[("confidence", word)])
    } else {
        word.to_owned()
    }
}
