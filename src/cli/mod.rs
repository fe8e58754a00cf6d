//! The command line: clap definitions and dispatch to the library.
use std::process::ExitCode;

/// Runs the program with the process's arguments; returns the exit code of DESIGN.md.
pub fn main() -> ExitCode {
    ExitCode::SUCCESS
}
