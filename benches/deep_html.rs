//! What deeply nested HTML costs the reader's body rendering, before and after the nesting guard
//! (`veille::html`), as ratios to rendering a real article page in the same run:
//!
//!   cargo bench --bench deep_html [-- PAGE_DIR]     (default: ../shared/pages/lemonde-1)
//!
//! "Before" is html2text called directly, as the reader did: its time grows with the square of
//! the depth, so it is measured at 4,000 to 16,000 levels and extrapolated to the 399,000 a 2 MB
//! body holds (running that would take the better part of an hour). "After" is the reader's own
//! path (`layout::render`) on the 399,000 levels themselves.
#![allow(clippy::unwrap_used)] // a failed unwrap stops the benchmark, loudly (Cargo.toml [lints])
use std::path::PathBuf;
use std::time::{Duration, Instant};
use veille::text::layout;

const WIDTH: u16 = 80;
const HOSTILE_DEPTH: usize = 399_000;

fn deep(depth: usize) -> String {
    format!("{}<p>Profondeur atteinte.</p>", "<div>".repeat(depth))
}

/// The best of `runs` timings of `work`.
fn best(runs: usize, mut work: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[allow(clippy::disallowed_methods)] // The unguarded call is what is measured.
fn unguarded(html: &str) {
    let _ = html2text::config::rich()
        .link_footnotes(true)
        .lines_from_read(html.as_bytes(), usize::from(WIDTH));
}

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/pages/lemonde-1"));
    let page = std::fs::read_to_string(dir.join("source.html"))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let baseline = best(5, || {
        layout::render(&page, WIDTH, None);
    });
    let secs = baseline.as_secs_f64();
    println!(
        "baseline: {} ({} bytes) rendered in {:.1} ms",
        dir.display(),
        page.len(),
        secs * 1e3
    );

    let mut last = (0, Duration::ZERO);
    for depth in [4_000, 8_000, 16_000] {
        let html = deep(depth);
        let before = best(1, || unguarded(&html));
        println!(
            "before, {depth:>7} nested <div>: {:>8.1} ms = {:>9.1} x baseline",
            before.as_secs_f64() * 1e3,
            before.as_secs_f64() / secs
        );
        last = (depth, before);
    }
    let scale = (HOSTILE_DEPTH as f64 / last.0 as f64).powi(2);
    let extrapolated = last.1.as_secs_f64() * scale;
    println!(
        "before, {HOSTILE_DEPTH:>7} nested <div>: {:>8.0} s  = {:>9.0} x baseline (extrapolated, quadratic)",
        extrapolated,
        extrapolated / secs
    );
    let html = deep(HOSTILE_DEPTH);
    let after = best(3, || {
        layout::render(&html, WIDTH, None);
    });
    println!(
        "after,  {HOSTILE_DEPTH:>7} nested <div>: {:>8.1} ms = {:>9.1} x baseline",
        after.as_secs_f64() * 1e3,
        after.as_secs_f64() / secs
    );
}
