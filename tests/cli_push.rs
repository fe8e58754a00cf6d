//! `veille push taxii` where it must stop before or at the first answer: plain http, credentials
//! in the URL, a wrong password, a redirect, a hostile error message, secrets in the config. The
//! push itself is checked against a real TAXII 2.1 server (medallion) by `tools/check_taxii.py`.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::os::unix::fs::PermissionsExt;
use std::process::Output;
use support::home::{Home, stderr, stdout, veille_in_env};
use support::{Route, TestServer};

const COLLECTION: &str = "365fed99-08fa-fdcd-a1b3-fb247eb41d01";
const PASSWORD: &str = "pw-7f3a9c1e55d2";

fn push(dir: &std::path::Path, url: &str, vars: &[(&str, &str)]) -> Output {
    veille_in_env(
        dir,
        &["push", "taxii", url, "--collection", COLLECTION],
        vars,
    )
}

fn basic() -> [(&'static str, &'static str); 2] {
    [
        ("VEILLE_TAXII_USER", "analyst"),
        ("VEILLE_TAXII_PASSWORD", PASSWORD),
    ]
}

fn everything(o: &Output) -> String {
    format!("{}{}", stdout(o), stderr(o))
}

#[test]
fn plain_http_to_another_machine_is_refused_as_bad_usage() {
    let home = Home::new();
    // TEST-NET-1: were it contacted, the run would wait for the connect timeout instead.
    let o = push(home.path(), "http://192.0.2.10/api1/", &basic());
    assert_eq!(o.status.code(), Some(2), "{}", everything(&o));
    let err = stderr(&o);
    assert!(
        err.contains("use https") && err.contains("127.0.0.0/8"),
        "{err}"
    );
    assert!(!everything(&o).contains(PASSWORD));
}

#[test]
fn credentials_in_the_url_are_refused_without_being_repeated() {
    let home = Home::new();
    let url = format!("https://analyst:{PASSWORD}@taxii.example.org/api1/");
    let o = push(home.path(), &url, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", everything(&o));
    assert!(stderr(&o).contains("process list"), "{}", stderr(&o));
    assert!(!everything(&o).contains(PASSWORD), "{}", everything(&o));
}

#[test]
fn a_wrong_password_is_http_401_named_exit_1_and_never_echoed() {
    let server = TestServer::start();
    server.route(
        "/api1/",
        Route::status(401)
            .header("WWW-Authenticate", "Basic realm=\"taxii\"")
            .body("Unauthorized Access"),
    );
    let home = Home::new();
    let o = push(home.path(), &server.url("/api1/"), &basic());
    assert_eq!(o.status.code(), Some(1), "{}", everything(&o));
    let err = stderr(&o);
    assert!(err.contains("HTTP 401 Unauthorized"), "{err}");
    assert!(err.contains("VEILLE_TAXII_PASSWORD"), "{err}");
    assert!(!everything(&o).contains(PASSWORD), "{err}");
    let sent = server.stats("/api1/");
    assert_eq!(sent.requests, 1);
    let auth = sent.last_header("authorization").unwrap_or_default();
    assert!(auth.starts_with("Basic "), "{auth:?}");
    assert_eq!(
        sent.last_header("accept"),
        Some("application/taxii+json;version=2.1")
    );
}

#[test]
fn a_redirect_is_not_followed_so_the_credentials_go_nowhere_else() {
    let server = TestServer::start();
    server.route("/api1/", Route::redirect(302, "/elsewhere/"));
    let home = Home::new();
    let o = push(home.path(), &server.url("/api1/"), &basic());
    assert_eq!(o.status.code(), Some(1), "{}", everything(&o));
    assert!(
        stderr(&o).contains("does not follow redirects"),
        "{}",
        stderr(&o)
    );
    assert_eq!(server.stats("/elsewhere/").requests, 0);
}

#[test]
fn a_servers_error_text_is_cleaned_and_never_shows_the_password() {
    let server = TestServer::start();
    let body = format!(
        r#"{{"title": "Boom\u001b]52;c;eA==\u0007\u001b[2J", "description": "bad password {PASSWORD}\u202e"}}"#
    );
    server.route(
        "/api1/",
        Route::status(500)
            .header("Content-Type", "application/taxii+json;version=2.1")
            .body(body),
    );
    let home = Home::new();
    let o = push(home.path(), &server.url("/api1/"), &basic());
    assert_eq!(o.status.code(), Some(1), "{}", everything(&o));
    let err = stderr(&o);
    assert!(err.contains("HTTP 500"), "{err}");
    assert!(
        err.contains("Boom") && err.contains("bad password ***"),
        "{err}"
    );
    assert!(!err.contains(PASSWORD), "{err}");
    assert!(
        !err.chars()
            .any(|c| c.is_control() && c != '\n' || c == '\u{202e}'),
        "{err:?}"
    );
}

#[test]
fn config_credentials_are_named_by_their_file_and_a_readable_file_is_warned_about() {
    let server = TestServer::start();
    server.route("/api1/", Route::status(401));
    let home = Home::new();
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        format!("[taxii]\nuser = \"analyst\"\npassword = \"{PASSWORD}\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).unwrap();
    let o = push(home.path(), &server.url("/api1/"), &[]);
    assert_eq!(o.status.code(), Some(1), "{}", everything(&o));
    let err = stderr(&o);
    assert!(err.contains("other users can read it"), "{err}");
    assert!(
        err.contains("[taxii] in") && err.contains("config.toml"),
        "{err}"
    );
    assert!(!everything(&o).contains(PASSWORD), "{err}");
    assert!(
        server
            .stats("/api1/")
            .last_header("authorization")
            .is_some_and(|a| a.starts_with("Basic ")),
    );

    // Once only its owner can read it, no warning; the environment's credentials win over it.
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    let o = push(
        home.path(),
        &server.url("/api1/"),
        &[("VEILLE_TAXII_TOKEN", "t0ken")],
    );
    let err = stderr(&o);
    assert!(!err.contains("other users can read it"), "{err}");
    assert!(err.contains("VEILLE_TAXII_TOKEN"), "{err}");
    let auth = server
        .stats("/api1/")
        .last_header("authorization")
        .map(str::to_owned);
    assert_eq!(auth.as_deref(), Some("Bearer t0ken"));
}

#[test]
fn a_mistyped_secret_in_the_config_is_reported_without_its_value() {
    let home = Home::new();
    std::fs::write(
        home.path().join("config.toml"),
        "[taxii]\nuser = \"analyst\"\npassword = 73519246\n",
    )
    .unwrap();
    let o = veille_in_env(home.path(), &["list"], &[]);
    assert_eq!(o.status.code(), Some(1), "{}", everything(&o));
    let err = stderr(&o);
    assert!(
        err.contains(":3:") && err.contains("taxii.password"),
        "{err}"
    );
    assert!(!err.contains("73519246"), "{err}");
}
