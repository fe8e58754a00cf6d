//! The input thread: terminal events to messages, key presses only (no releases or repeats' kinds
//! that Windows and the kitty protocol report).
use crate::tui::msg::Msg;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::Duration;

/// How often the thread looks at `stop` while no event comes.
const POLL: Duration = Duration::from_millis(100);

/// Starts the thread; it ends when `stop` is set or the receiver is gone.
pub fn spawn(tx: Sender<Msg>, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            let msg = match event::poll(POLL) {
                Ok(false) => continue,
                Ok(true) => match event::read() {
                    Ok(event) => match to_msg(event) {
                        Some(msg) => msg,
                        None => continue,
                    },
                    Err(_) => Msg::Terminate,
                },
                // The terminal is gone (hangup): nothing more can be read or drawn.
                Err(_) => Msg::Terminate,
            };
            let last = msg == Msg::Terminate;
            if tx.send(msg).is_err() || last {
                break;
            }
        }
    })
}

fn to_msg(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => Some(Msg::Key(key)),
        Event::Mouse(mouse) => Some(Msg::Mouse(mouse)),
        Event::Resize(width, height) => Some(Msg::Resize { width, height }),
        _ => None,
    }
}
