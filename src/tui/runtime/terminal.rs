//! The terminal in raw mode on the alternate screen, always given back: on drop (quit, error) and
//! from a panic hook that restores first and then runs the previous hook.
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use std::io::{self, Stdout};
use std::sync::Once;

/// The terminal, restored when dropped.
pub struct TerminalGuard {
    /// The ratatui terminal drawing to stdout.
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

/// Enters raw mode, the alternate screen and mouse capture.
pub fn enter() -> io::Result<TerminalGuard> {
    install_panic_hook();
    let setup = || -> io::Result<TerminalGuard> {
        enable_raw_mode()?;
        execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
        let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        Ok(TerminalGuard { terminal })
    };
    setup().inspect_err(|_| restore())
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves the alternate screen and raw mode and shows the cursor; safe to call more than once.
pub fn restore() {
    // Each step is attempted even if an earlier one fails: a half-restored terminal is worse.
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    );
    let _ = disable_raw_mode();
}

fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}
