//! The input thread: terminal events to messages, key presses only (no releases or repeats' kinds
//! that Windows and the kitty protocol report).
//!
//! The terminal is watched with poll(2) before crossterm reads it: on a hung-up terminal (its
//! window closed, an ssh link dropped) crossterm's reader loops for ever on end-of-file reads,
//! holding its lock, so the thread would spin and never see `stop`. A hang-up is seen here instead
//! and becomes [`Msg::Terminate`], like SIGHUP.
use crate::tui::msg::Msg;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::Duration;

/// How long the thread waits for input before it looks at `stop` again; also the longest delay
/// of a resize (crossterm notices SIGWINCH only when asked).
pub const POLL: Duration = Duration::from_millis(50);

/// Starts the thread; it ends when `stop` is set, the receiver is gone or the terminal is.
pub fn spawn(tx: Sender<Msg>, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            let messages = match tty::wait(POLL) {
                tty::State::Gone => vec![Msg::Terminate],
                tty::State::Quiet | tty::State::Readable => pending_events(),
            };
            for msg in messages {
                let last = msg == Msg::Terminate;
                if tx.send(msg).is_err() || last {
                    return;
                }
            }
        }
    })
}

/// Every event crossterm has or can read without waiting (input bytes, a resize); a read error
/// means the terminal is gone.
fn pending_events() -> Vec<Msg> {
    let mut messages = Vec::new();
    loop {
        match event::poll(Duration::ZERO) {
            Ok(false) => return messages,
            Ok(true) => match event::read() {
                Ok(event) => messages.extend(to_msg(event)),
                Err(_) => break,
            },
            Err(_) => break,
        }
    }
    messages.push(Msg::Terminate);
    messages
}

fn to_msg(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => Some(Msg::Key(key)),
        Event::Mouse(mouse) => Some(Msg::Mouse(mouse)),
        Event::Resize(width, height) => Some(Msg::Resize { width, height }),
        _ => None,
    }
}

/// True when the terminal has hung up: nothing will be read from it or drawn on it again.
pub fn terminal_gone() -> bool {
    matches!(tty::wait(std::time::Duration::ZERO), tty::State::Gone)
}

/// The terminal's state, from poll(2) on standard input (which the reader only runs on a terminal,
/// and which crossterm reads).
#[cfg(unix)]
pub(super) mod tty {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    use std::time::Duration;

    pub enum State {
        /// Input is waiting.
        Readable,
        /// Nothing came within the wait.
        Quiet,
        /// Hung up or in error: nothing more will ever be read.
        Gone,
    }

    pub fn wait(limit: Duration) -> State {
        let stdin = std::io::stdin();
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        let timeout = Timespec::try_from(limit).ok();
        match poll(&mut fds, timeout.as_ref()) {
            Ok(0) => State::Quiet,
            Ok(_) => {
                let events = fds[0].revents();
                if events.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                    State::Gone
                } else {
                    State::Readable
                }
            }
            Err(rustix::io::Errno::INTR) => State::Quiet,
            Err(_) => State::Gone,
        }
    }
}

/// Elsewhere crossterm's own wait is all there is.
#[cfg(not(unix))]
pub(super) mod tty {
    use std::time::Duration;

    pub enum State {
        Readable,
        Quiet,
        Gone,
    }

    pub fn wait(limit: Duration) -> State {
        match ratatui::crossterm::event::poll(limit) {
            Ok(true) => State::Readable,
            Ok(false) => State::Quiet,
            Err(_) => State::Gone,
        }
    }
}
