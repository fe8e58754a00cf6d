//! Speed of tag suggestions over 10,000 real articles (the target: under 1 s).
//!
//! Run: `cargo bench --bench suggest`. Articles are the French and English fixture feeds in
//! ../shared/feeds (title + summary or content as plain text), repeated to 10,000. The baseline,
//! measured in the same run over the same texts, is the least any matcher must do: lower-case the
//! text and scan it once for one word.
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use veille::tagging::{Suggester, Vocabulary};

const ARTICLES: usize = 10_000;

fn corpus() -> Vec<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/feeds");
    let mut out = Vec::new();
    for lang in ["fr", "en"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(lang))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        for path in files {
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let Ok(feed) = feed_rs::parser::parse(bytes.as_slice()) else {
                continue;
            };
            for e in feed.entries {
                let title = e.title.map(|t| t.content).unwrap_or_default();
                let html = e
                    .summary
                    .map(|s| s.content)
                    .or_else(|| e.content.and_then(|c| c.body))
                    .unwrap_or_default();
                let text = veille::html::bounded(&html)
                    .ok()
                    .and_then(|b| {
                        veille::html::text(html2text::config::plain_no_decorate(), b, 100_000).ok()
                    })
                    .unwrap_or(html);
                out.push((title, text));
            }
        }
    }
    out
}

fn best_of<F: FnMut() -> usize>(runs: usize, mut f: F) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut found = 0;
    for _ in 0..runs {
        let start = Instant::now();
        found = f();
        best = best.min(start.elapsed());
    }
    (best, found)
}

fn main() {
    let base = corpus();
    assert!(
        !base.is_empty(),
        "no fixture articles found under ../shared/feeds"
    );
    let articles: Vec<&(String, String)> = base.iter().cycle().take(ARTICLES).collect();
    let bytes: usize = articles.iter().map(|(t, x)| t.len() + x.len()).sum();

    let start = Instant::now();
    let vocab = Vocabulary::bundled().expect("bundled vocabulary");
    let suggester = Suggester::new(&vocab).expect("suggester");
    let build = start.elapsed();

    let (baseline, _) = best_of(5, || {
        articles
            .iter()
            .filter(|(t, x)| black_box(format!("{t}\n{x}").to_lowercase()).contains("ransomware"))
            .count()
    });
    let (suggest, found) = best_of(5, || {
        articles
            .iter()
            .map(|(t, x)| black_box(suggester.suggest(t, x)).attack.len())
            .sum()
    });

    println!(
        "corpus: {ARTICLES} articles ({} distinct), {:.1} MB",
        base.len(),
        bytes as f64 / 1e6
    );
    println!(
        "vocabulary + automaton build: {:>8.1} ms (once)",
        build.as_secs_f64() * 1e3
    );
    println!(
        "baseline lowercase + scan:    {:>8.1} ms",
        baseline.as_secs_f64() * 1e3
    );
    println!(
        "suggest, all facets:          {:>8.1} ms  ({:.1}x baseline, {found} attack suggestions)",
        suggest.as_secs_f64() * 1e3,
        suggest.as_secs_f64() / baseline.as_secs_f64()
    );
    println!(
        "target < 1000 ms: {}",
        if suggest.as_millis() < 1000 {
            "met"
        } else {
            "MISSED"
        }
    );
}
