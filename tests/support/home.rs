//! Running the real binary in a scratch home: `dir/config.toml`, `dir/veille.db`, nothing of the
//! user's own files (HOME points at `dir`, the XDG variables are cleared).
use std::path::Path;
use std::process::{Command, Output};

/// `veille ARGS` with the configuration and database of `dir`, not started yet; no
/// `VEILLE_TAXII_*` credential of the caller's environment leaks in.
pub fn command_in(dir: &Path, args: &[&str]) -> Command {
    ensure_config(dir);
    let mut command = Command::new(env!("CARGO_BIN_EXE_veille"));
    command
        .args(args)
        .env("VEILLE_CONFIG", dir.join("config.toml"))
        .env("VEILLE_DB", dir.join("veille.db"))
        .env("HOME", dir)
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_DATA_HOME")
        .env_remove("VEILLE_TAXII_USER")
        .env_remove("VEILLE_TAXII_PASSWORD")
        .env_remove("VEILLE_TAXII_TOKEN");
    command
}

/// Runs `veille ARGS` with the configuration and database of `dir`, and waits for it.
pub fn veille_in(dir: &Path, args: &[&str]) -> Output {
    veille_in_env(dir, args, &[])
}

/// `veille_in` with these environment variables set too.
pub fn veille_in_env(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    command_in(dir, args)
        .envs(vars.iter().copied())
        .output()
        .expect("the veille binary runs")
}

/// What a run printed on standard output.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// What a run printed on standard error.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A config file named by VEILLE_CONFIG must exist: a home that has none gets an empty one, which
/// means the bundled defaults, as a missing file at the default path does.
pub fn ensure_config(dir: &Path) {
    let config = dir.join("config.toml");
    if !config.exists() {
        std::fs::write(&config, "").expect("the scratch home is writable");
    }
}
