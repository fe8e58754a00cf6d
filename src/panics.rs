//! Panics, contained or not, never print a byte of feed text.
//!
//! The standard hook prints a panic's message, and a panic inside a library can quote hostile
//! input: feed-rs 3.0's author parser panics with the raw `<author>` text in its message, escape
//! sequences included. veille's hook ([`install_hook`]) therefore:
//! - stays silent for a panic inside a contained section ([`contain`], [`contain_future`]): the
//!   caller survives it and reports a fixed message of its own (naming the feed, say); the hook
//!   only notes where it happened, which is source code, never input;
//! - reports any other panic on standard error with its message sanitized (escape sequences,
//!   controls and bidi overrides removed, length capped) and says it is a bug. While the reader
//!   owns the terminal ([`set_uncaught_cleanup`]) it first gives the terminal back, then ends the
//!   process: a reader whose thread died is not worth keeping on a raw screen.
use crate::text::sanitize::{clean_body, display_line};
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::io::Write;
use std::panic::{AssertUnwindSafe, PanicHookInfo, UnwindSafe};
use std::pin::Pin;
use std::sync::{Mutex, Once};
use std::task::{Context, Poll};

thread_local! {
    /// How many contained sections this thread is in.
    static CONTAINED: Cell<usize> = const { Cell::new(0) };
    /// Where the last contained panic of this thread happened.
    static LAST_LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Run before an uncaught panic is reported, and then the process ends (see the module doc).
static UNCAUGHT_CLEANUP: Mutex<Option<fn()>> = Mutex::new(None);

/// Longest panic message printed, in characters.
const MAX_MESSAGE_CHARS: usize = 500;

/// A panic that a contained section survived.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("internal error (a bug in veille or a library it uses{})", at(.location))]
pub struct Panicked {
    /// `file:line:column` of the panic when the hook saw it (source code, never input).
    pub location: Option<String>,
}

fn at(location: &Option<String>) -> String {
    location
        .as_deref()
        .map(|l| format!(", at {l}"))
        .unwrap_or_default()
}

/// Replaces the standard panic hook with veille's (see the module doc); idempotent.
pub fn install_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| std::panic::set_hook(Box::new(hook)));
}

/// While `cleanup` is set, an uncaught panic runs it, is reported and ends the process with
/// exit code 101; `None` goes back to reporting only.
pub fn set_uncaught_cleanup(cleanup: Option<fn()>) {
    *UNCAUGHT_CLEANUP
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = cleanup;
}

/// Runs `f`; a panic inside it is caught silently (with the hook installed) and returned.
///
/// Whatever `f` touched must be dropped or rebuilt by the caller after a panic, as with
/// `catch_unwind`.
pub fn contain<T>(f: impl FnOnce() -> T + UnwindSafe) -> Result<T, Panicked> {
    CONTAINED.with(|c| c.set(c.get() + 1));
    let result = std::panic::catch_unwind(f);
    CONTAINED.with(|c| c.set(c.get() - 1));
    result.map_err(|_| Panicked {
        location: LAST_LOCATION.with(|l| l.borrow_mut().take()),
    })
}

/// `future`, with a panic in any of its polls caught silently and returned as its output. The
/// future is dropped after a panic, so it must own what it could leave half-done (a task does).
pub fn contain_future<F: Future>(future: F) -> ContainedFuture<F> {
    ContainedFuture {
        inner: Some(Box::pin(future)),
    }
}

/// See [`contain_future`].
pub struct ContainedFuture<F> {
    inner: Option<Pin<Box<F>>>,
}

impl<F: Future> Future for ContainedFuture<F> {
    type Output = Result<F::Output, Panicked>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let Some(inner) = self.inner.as_mut() else {
            return Poll::Pending;
        };
        // The future is dropped below as soon as it panicked: nothing observes its broken state.
        match contain(AssertUnwindSafe(|| inner.as_mut().poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Err(panicked) => {
                self.inner = None;
                Poll::Ready(Err(panicked))
            }
        }
    }
}

fn hook(info: &PanicHookInfo<'_>) {
    let location = info
        .location()
        .map(|l| format!("{}:{}:{}", short_path(l.file()), l.line(), l.column()));
    if CONTAINED.try_with(Cell::get).unwrap_or(0) > 0 {
        let _ = LAST_LOCATION.try_with(|l| l.replace(location));
        return;
    }
    let cleanup = UNCAUGHT_CLEANUP.lock().ok().and_then(|mut c| c.take());
    if let Some(cleanup) = cleanup {
        cleanup();
    }
    report(info, location.as_deref());
    if cleanup.is_some() {
        std::process::exit(101);
    }
}

/// One sanitized paragraph on standard error, errors ignored (there is nowhere else to say it).
fn report(info: &PanicHookInfo<'_>, location: Option<&str>) {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)");
    let thread = std::thread::current();
    let mut text = report_line(thread.name(), location, message);
    let backtrace = std::backtrace::Backtrace::capture();
    if backtrace.status() == std::backtrace::BacktraceStatus::Captured {
        text.push_str(&clean_body(&backtrace.to_string(), 1 << 20));
        text.push('\n');
    }
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// What an uncaught panic prints first: where, and its message made safe for a terminal.
fn report_line(thread: Option<&str>, location: Option<&str>, message: &str) -> String {
    format!(
        "veille: internal error, please report it: thread '{}' panicked at {}: {}\n",
        display_line(thread.unwrap_or("unnamed"), 80),
        display_line(location.unwrap_or("an unknown place"), 500),
        display_line(message, MAX_MESSAGE_CHARS)
    )
}

/// A source path from its crate's directory on (`feed-rs-3.0.0/src/parser/util/mod.rs`), not the
/// build machine's whole path.
fn short_path(file: &str) -> &str {
    match file.rfind("/src/") {
        Some(i) => &file[file[..i].rfind('/').map_or(0, |j| j + 1)..],
        None => file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contained_panic_is_returned_and_says_nothing_of_its_message() {
        // The hook is not installed here (it is process-wide and would rewrite the harness's own
        // failure messages): tests/cli_fetch.rs and tests/tui_lifecycle.rs check it end to end.
        let hostile = "jdoe@example.org»\u{1b}]52;c;cm0gLXJmIH4=\u{7}";
        let caught = contain(|| {
            let _ = &hostile[..17];
        })
        .unwrap_err();
        let shown = caught.to_string();
        assert!(shown.starts_with("internal error"), "{shown}");
        assert!(
            !shown.contains("jdoe") && !shown.contains('\u{1b}'),
            "{shown}"
        );
        assert_eq!(contain(|| 7), Ok(7));
    }

    #[test]
    fn a_panicking_future_ends_with_the_panic_as_its_output() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let output = runtime.block_on(contain_future(async {
            tokio::task::yield_now().await;
            if std::hint::black_box(true) {
                panic!("feed text \u{1b}]0;title\u{7}");
            }
            1
        }));
        assert!(output.is_err());
        assert_eq!(runtime.block_on(contain_future(async { 2 })), Ok(2));
    }

    #[test]
    fn an_uncaught_panic_is_reported_on_one_line_without_escape_sequences() {
        let message = "byte index 17 is not a char boundary of `jdoe\u{1b}]52;c;cm0g\u{7}\u{9b}2J\u{202e}x`\nmore";
        let line = report_line(Some("main"), Some("src/refresh.rs:1:2"), message);
        assert_eq!(
            line,
            "veille: internal error, please report it: thread 'main' panicked at \
             src/refresh.rs:1:2: byte index 17 is not a char boundary of `jdoex` more\n"
        );
        let long = report_line(None, None, &"x".repeat(10_000));
        assert!(long.len() < 700 && long.contains("'unnamed'") && long.contains("unknown place"));
    }

    #[test]
    fn paths_keep_the_crate_directory_only() {
        assert_eq!(
            short_path(
                "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/feed-rs-3.0.0/src/parser/util/mod.rs"
            ),
            "feed-rs-3.0.0/src/parser/util/mod.rs"
        );
        assert_eq!(short_path("src/refresh.rs"), "src/refresh.rs");
    }
}
