//! The work story clustering adds to a fetch, without store or threads, for counting instructions
//! (repeatable whatever else the machine runs, unlike its time):
//!
//!   cargo bench --bench stories_cpu --no-run
//!   valgrind --tool=callgrind target/release/deps/stories_cpu-HASH [ARTICLES]   (default: 2000)
//!
//! Each article of benches/stories.rs's corpus is profiled (`profile_of`: the suggester's cued pass,
//! words, MinHash) and placed among the stories before it (`Memory::add`: shortlist and decision),
//! as a fetch does on its profiling and deciding threads; callgrind's inclusive counts of
//! `profile_of` and `Memory::add` split the two. Run alone it prints the time each part took, and a
//! digest of every profile and decision: equal digests from two builds mean the same clustering
//! (a cheaper profile must not change one).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the bench, loudly (Cargo.toml [lints])
use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Instant;
use veille::stories::{Memory, profile_of};

#[path = "support/stories_corpus.rs"]
mod corpus;

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(2000);
    let templates = corpus::templates();
    let articles = corpus::articles(&templates, n);
    let suggester = veille::stories::bundled_suggester().unwrap();
    let started = Instant::now();
    let profiles: Vec<_> = articles.iter().map(|a| profile_of(&suggester, a)).collect();
    let profiling = started.elapsed().as_secs_f64();
    // Each profile as Debug prints it (every field), and each decision: the same for two builds
    // when the clustering is the same. SipHash with fixed keys: the same digest on every run.
    let mut digest = DefaultHasher::new();
    for p in &profiles {
        format!("{p:?}").hash(&mut digest);
    }
    let started = Instant::now();
    let mut memory = Memory::new();
    for (i, (mut profile, a)) in profiles.into_iter().zip(&articles).enumerate() {
        profile.date = a.published.map(|d| d.timestamp());
        let (story, reason) = memory.add(i as i64, profile);
        (story, format!("{reason:?}")).hash(&mut digest);
    }
    let deciding = started.elapsed().as_secs_f64();
    let per = |s: f64| s * 1e6 / n as f64;
    println!(
        "{n} articles → {} stories; µs per article: profile {:.1}, place {:.1}; digest {:016x}",
        memory.stories().len(),
        per(profiling),
        per(deciding),
        digest.finish()
    );
}
