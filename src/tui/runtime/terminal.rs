//! The terminal in raw mode on the alternate screen, always given back: on drop (quit, error) and
//! before an uncaught panic is reported (`panics::set_uncaught_cleanup`). A panic veille contains
//! and survives (a feed the parser chokes on during `r`) leaves the terminal alone.
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use std::io::{self, Stdout};
use std::mem::ManuallyDrop;

/// The terminal, restored when dropped.
pub struct TerminalGuard {
    /// The ratatui terminal drawing to stdout. Never dropped: ratatui's drop `eprintln!`s when it
    /// cannot show the cursor, which panics on a hung-up terminal; [`restore`] shows it instead.
    pub terminal: ManuallyDrop<Terminal<CrosstermBackend<Stdout>>>,
}

/// Enters raw mode, the alternate screen and mouse capture.
pub fn enter() -> io::Result<TerminalGuard> {
    crate::panics::install_hook();
    crate::panics::set_uncaught_cleanup(Some(restore));
    let setup = || -> io::Result<TerminalGuard> {
        enable_raw_mode()?;
        execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
        let terminal = ManuallyDrop::new(Terminal::new(CrosstermBackend::new(io::stdout()))?);
        Ok(TerminalGuard { terminal })
    };
    setup().inspect_err(|_| {
        crate::panics::set_uncaught_cleanup(None);
        restore();
    })
}

/// Takes the terminal back after a program ran on it (the user's editor): raw mode, the alternate
/// screen and mouse capture again, and a full redraw on the next frame.
pub fn reenter(guard: &mut TerminalGuard) -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        Clear(ClearType::All)
    )?;
    // A new terminal has blank buffers, so the next frame is drawn whole. `Terminal::clear` would
    // do the same but asks the terminal for the cursor position first, a round trip that a slow
    // link can time out. The old one is not dropped, as above.
    guard.terminal = ManuallyDrop::new(Terminal::new(CrosstermBackend::new(io::stdout()))?);
    Ok(())
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        crate::panics::set_uncaught_cleanup(None);
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
