//! Running the real binary in a scratch home: `dir/config.toml`, `dir/veille.db`, nothing of the
//! user's own files (HOME points at `dir`, the XDG variables are cleared).
use serde_json::Value;
use std::path::{Path, PathBuf};
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
        // The command line speaks the locale's language when ui_lang is unset: English here,
        // whatever the machine running the tests speaks (tests of French set these again).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
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

/// A scratch home for the real binary: a temporary directory with `config.toml` and `veille.db`,
/// removed when dropped. Each test file builds the configuration it needs and runs commands here.
pub struct Home {
    /// The directory (`HOME` of every command run here).
    pub dir: tempfile::TempDir,
    /// The server the configured feeds point at, kept running as long as the home.
    server: Option<super::TestServer>,
}

impl Home {
    /// An empty home: no database, and no configuration file until a command runs here
    /// ([`command_in`] then writes an empty one: the bundled defaults).
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("a temporary directory"),
            server: None,
        }
    }

    /// A home whose `config.toml` is `text`.
    pub fn with_config(text: &str) -> Home {
        let home = Home::new();
        home.write_config(text);
        home
    }

    /// A home subscribed to `feeds` (name, url) with short timeouts and no retention, fetched once
    /// with `--strict` (every feed must succeed).
    pub fn fetched(feeds: &[(String, String)]) -> Home {
        let mut config = String::from(
            "[fetch]\nconnect_timeout_secs = 2\ntimeout_secs = 5\n\n[retention]\nmax_age_days = 0\n\n",
        );
        for (name, url) in feeds {
            config.push_str(&format!("[[feeds]]\nname = {name:?}\nurl = {url:?}\n\n"));
        }
        let home = Home::with_config(&config);
        let out = home.veille(&["fetch", "--strict"]);
        assert!(out.status.success(), "{}", stderr(&out));
        home
    }

    /// Keeps `server` running as long as this home.
    pub fn serving(mut self, server: super::TestServer) -> Home {
        self.server = Some(server);
        self
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `config.toml`.
    pub fn config(&self) -> PathBuf {
        self.path().join("config.toml")
    }

    /// `veille.db`.
    pub fn db(&self) -> PathBuf {
        self.path().join("veille.db")
    }

    /// Writes `config.toml`.
    pub fn write_config(&self, text: &str) {
        std::fs::write(self.config(), text).expect("write config.toml");
    }

    /// `veille ARGS` in this home, not started yet (see [`command_in`]).
    pub fn command(&self, args: &[&str]) -> Command {
        command_in(self.path(), args)
    }

    /// Runs `veille ARGS` in this home and waits for it.
    pub fn veille(&self, args: &[&str]) -> Output {
        veille_in(self.path(), args)
    }

    /// The articles as `veille ARGS --json` (`list` or `search`) gives them, newest first; fails the
    /// test on a non-zero exit.
    pub fn articles(&self, args: &[&str]) -> Vec<Value> {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.veille(&all);
        assert!(out.status.success(), "{all:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).expect("a JSON list")
    }

    /// `veille list --json ARGS`.
    pub fn list_json(&self, args: &[&str]) -> Vec<Value> {
        let mut all = vec!["list"];
        all.extend_from_slice(args);
        self.articles(&all)
    }

    /// The id of the stored article titled exactly `title`.
    pub fn id_of(&self, title: &str) -> String {
        self.id_where(title, |t| t == title)
    }

    /// The id of the first stored article whose title contains `words`.
    pub fn id_containing(&self, words: &str) -> String {
        self.id_where(words, |t| t.contains(words))
    }

    fn id_where(&self, what: &str, wanted: impl Fn(&str) -> bool) -> String {
        let list = self.list_json(&[]);
        list.iter()
            .find(|a| wanted(a["title"].as_str().unwrap_or("")))
            .map(|a| a["id"].to_string())
            .unwrap_or_else(|| panic!("no article titled {what:?} in {list:?}"))
    }
}
