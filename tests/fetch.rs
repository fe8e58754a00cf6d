//! feed::fetch against the loopback server: conditional GET, compression, redirects, limits,
//! retries, and every hostile endpoint failing fast with a readable reason.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::time::{Duration, Instant};
use support::{Route, TestServer, feed_file};
use veille::config::FetchSettings;
use veille::feed::fetch::{FetchError, FetchOutcome, Fetched, Fetcher};
use veille::model::Validators;

const UA: &str = "veille-test/0.1 (+https://example.invalid/veille)";
const CAP: u64 = 4 * 1024 * 1024;

fn settings() -> FetchSettings {
    FetchSettings {
        concurrency: 16,
        per_host: 4,
        connect_timeout_secs: 2,
        timeout_secs: 2,
        max_body_bytes: CAP,
        max_redirects: 5,
        max_retry_wait_secs: 5,
        user_agent: UA.to_owned(),
        allow_private: false,
    }
}

fn fetcher(settings: &FetchSettings) -> Fetcher {
    Fetcher::new(settings).expect("client builds")
}

async fn get(fetcher: &Fetcher, url: &str) -> Result<FetchOutcome, FetchError> {
    fetcher.fetch(url, &Validators::default()).await
}

fn fetched(outcome: Result<FetchOutcome, FetchError>) -> Fetched {
    match outcome {
        Ok(FetchOutcome::Fetched(fetched)) => fetched,
        other => panic!("expected a body, got {other:?}"),
    }
}

fn fixture(relative: &str) -> Vec<u8> {
    std::fs::read(feed_file(relative)).expect("fixture exists")
}

/// Fetches a hostile endpoint and returns its error and how long it took.
async fn hostile(
    server: &TestServer,
    name: &str,
    settings: &FetchSettings,
) -> (FetchError, Duration) {
    let started = Instant::now();
    let result = get(&fetcher(settings), &server.url(&format!("/hostile/{name}"))).await;
    match result {
        Err(err) => (err, started.elapsed()),
        Ok(outcome) => panic!("/hostile/{name} should fail, got {outcome:?}"),
    }
}

#[tokio::test]
async fn refetch_with_validators_gets_not_modified() {
    let server = TestServer::start();
    let feed = "fr/zataz_feed_2026-08-20.xml";
    let path = format!("/feeds/{feed}");
    let fetcher = fetcher(&settings());

    let first = fetched(get(&fetcher, &server.feed_url(feed)).await);
    assert_eq!(first.body, fixture(feed));
    assert_eq!(first.final_url, server.feed_url(feed));
    assert!(first.validators.etag.is_some(), "no ETag kept");
    assert!(
        first.validators.last_modified.is_some(),
        "no Last-Modified kept"
    );

    let second = fetcher
        .fetch(&server.feed_url(feed), &first.validators)
        .await;
    assert_eq!(second, Ok(FetchOutcome::NotModified));
    let stats = server.stats(&path);
    assert_eq!(stats.requests, 2);
    assert_eq!(stats.conditional, 1, "the refetch was not conditional");
    assert_eq!(stats.not_modified, 1);
    assert_eq!(stats.last_header("user-agent"), Some(UA));
}

#[tokio::test]
async fn last_modified_alone_is_enough_for_not_modified() {
    let server = TestServer::start();
    let feed = "en/schneier_atom.xml";
    let fetcher = fetcher(&settings());
    let first = fetched(get(&fetcher, &server.feed_url(feed)).await);
    let only_date = Validators {
        etag: None,
        last_modified: first.validators.last_modified.clone(),
    };
    let second = fetcher.fetch(&server.feed_url(feed), &only_date).await;
    assert_eq!(second, Ok(FetchOutcome::NotModified));
}

#[tokio::test]
async fn changed_feed_comes_back_with_new_validators() {
    let server = TestServer::start();
    let fetcher = fetcher(&settings());
    let url = server.url("/changing.xml");
    server.route(
        "/changing.xml",
        Route::ok("application/rss+xml", "<rss>v1</rss>"),
    );
    let v1 = fetched(get(&fetcher, &url).await);
    server.route(
        "/changing.xml",
        Route::ok("application/rss+xml", "<rss>v2</rss>"),
    );

    let v2 = fetched(fetcher.fetch(&url, &v1.validators).await);
    assert_eq!(v2.body, b"<rss>v2</rss>");
    assert_ne!(v2.validators.etag, v1.validators.etag);
    assert_eq!(v2.content_type.as_deref(), Some("application/rss+xml"));
}

#[tokio::test]
async fn response_without_validators_returns_none() {
    let server = TestServer::start();
    let route = Route::ok("application/rss+xml", "<rss/>").without_validators();
    server.route("/plain.xml", route);
    let stale = Validators {
        etag: Some("\"old\"".to_owned()),
        last_modified: Some("Mon, 01 Jan 2024 00:00:00 GMT".to_owned()),
    };
    let got = fetched(
        fetcher(&settings())
            .fetch(&server.url("/plain.xml"), &stale)
            .await,
    );
    assert_eq!(got.validators, Validators::default());
}

#[tokio::test]
async fn gzip_encoded_feed_is_decoded() {
    let server = TestServer::start();
    let feed = "en/cisa_cybersecurity-advisories_2025-07-24.xml";
    let got = fetched(get(&fetcher(&settings()), &server.feed_url(feed)).await);
    assert_eq!(
        server.stats(&format!("/feeds/{feed}")).gzipped,
        1,
        "server did not gzip"
    );
    assert_eq!(got.body, fixture(feed));
}

#[tokio::test]
async fn redirect_to_a_feed_is_followed() {
    let server = TestServer::start();
    let feed = "en/schneier_atom.xml";
    let got = fetched(
        get(
            &fetcher(&settings()),
            &server.url(&format!("/redirect/feeds/{feed}")),
        )
        .await,
    );
    assert_eq!(got.final_url, server.feed_url(feed));
    assert_eq!(got.body, fixture(feed));
}

#[tokio::test]
async fn body_over_the_cap_is_refused() {
    let server = TestServer::start();
    let small = FetchSettings {
        max_body_bytes: 1000,
        ..settings()
    };
    let got = get(&fetcher(&small), &server.feed_url("en/schneier_atom.xml")).await;
    assert_eq!(got, Err(FetchError::TooLarge(1000)));
}

#[tokio::test]
async fn silent_server_times_out() {
    let server = TestServer::start();
    let (err, elapsed) = hostile(&server, "never", &settings()).await;
    assert_eq!(err, FetchError::Timeout(2));
    assert_eq!(err.to_string(), "timed out after 2 s");
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
}

#[tokio::test]
async fn trickling_body_times_out() {
    let server = TestServer::start();
    let (err, elapsed) = hostile(&server, "trickle", &settings()).await;
    assert_eq!(err, FetchError::Timeout(2));
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
}

#[tokio::test]
async fn huge_bodies_are_refused_without_downloading_them() {
    let server = TestServer::start();
    for name in ["huge", "huge-unsized"] {
        let (err, elapsed) = hostile(&server, name, &settings()).await;
        assert_eq!(err, FetchError::TooLarge(CAP), "{name}");
        assert!(elapsed < Duration::from_secs(2), "{name} took {elapsed:?}");
    }
}

#[tokio::test]
async fn gzip_bomb_is_refused() {
    let server = TestServer::start();
    let (err, elapsed) = hostile(&server, "gzip-bomb", &settings()).await;
    assert_eq!(err, FetchError::TooLarge(CAP));
    assert!(elapsed < Duration::from_secs(3), "took {elapsed:?}");
}

#[test]
fn gzip_bomb_fixture_really_inflates() {
    use std::io::Read;
    let bomb = support::hostile::bomb();
    assert!(bomb.len() < 2 * 1024 * 1024, "{} bytes", bomb.len());
    let trailer_size = u32::from_le_bytes(bomb[bomb.len() - 4..].try_into().expect("4 bytes"));
    assert_eq!(
        u64::from(trailer_size),
        support::hostile::BOMB_INFLATED_BYTES % (1 << 32)
    );
    // Reading the first 64 MiB is enough to show the repeated blocks are valid deflate.
    let mut inflated = flate2::read::GzDecoder::new(bomb).take(64 << 20);
    let read = std::io::copy(&mut inflated, &mut std::io::sink()).expect("valid gzip");
    assert_eq!(read, 64 << 20);
}

#[tokio::test]
async fn redirect_loop_stops_at_the_limit() {
    let server = TestServer::start();
    let (err, elapsed) = hostile(&server, "redirect-loop", &settings()).await;
    assert_eq!(err.to_string(), "too many redirects (more than 5)");
    assert_eq!(server.stats("/hostile/redirect-loop").requests, 6);
    assert!(elapsed < Duration::from_secs(2), "took {elapsed:?}");
}

#[tokio::test]
async fn client_and_server_errors_are_not_retried() {
    let server = TestServer::start();
    for (name, status) in [("404", 404), ("500", 500)] {
        let (err, _) = hostile(&server, name, &settings()).await;
        assert_eq!(err.to_string(), format!("HTTP {status}"));
        assert_eq!(
            server.stats(&format!("/hostile/{name}")).requests,
            1,
            "{name} retried"
        );
    }
}

#[tokio::test]
async fn html_page_is_returned_with_its_content_type() {
    // Telling a feed from a web page is the parser's job; the fetcher must report what it got.
    let server = TestServer::start();
    let got = fetched(get(&fetcher(&settings()), &server.url("/hostile/html")).await);
    let content_type = got.content_type.unwrap_or_default();
    assert!(content_type.starts_with("text/html"), "{content_type}");
}

#[tokio::test]
async fn short_retry_after_is_waited_for_once() {
    let server = TestServer::start();
    let started = Instant::now();
    let got = fetched(get(&fetcher(&settings()), &server.url("/hostile/429")).await);
    assert_eq!(got.body, fixture(support::hostile::RECOVERY_FEED));
    assert_eq!(server.stats("/hostile/429").requests, 2);
    assert!(started.elapsed() >= Duration::from_secs(1), "did not wait");
}

#[tokio::test]
async fn retry_after_longer_than_allowed_postpones_the_feed() {
    let server = TestServer::start();
    let (err, elapsed) = hostile(&server, "503-long", &settings()).await;
    let expected = FetchError::RetryLater {
        status: 503,
        retry_after: Duration::from_secs(3600),
    };
    assert_eq!(err, expected);
    assert_eq!(server.stats("/hostile/503-long").requests, 1);
    assert!(elapsed < Duration::from_secs(1), "took {elapsed:?}");

    let impatient = FetchSettings {
        max_retry_wait_secs: 0,
        ..settings()
    };
    let (err, _) = hostile(&server, "429", &impatient).await;
    let expected = FetchError::RetryLater {
        status: 429,
        retry_after: Duration::from_secs(1),
    };
    assert_eq!(err, expected);
}

#[tokio::test]
async fn retry_after_as_a_date_is_understood() {
    let server = TestServer::start();
    let in_two_hours = chrono::Utc::now() + chrono::Duration::hours(2);
    let date = in_two_hours.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    server.route("/busy", Route::status(429).header("Retry-After", &date));
    let got = get(&fetcher(&settings()), &server.url("/busy")).await;
    let Err(FetchError::RetryLater {
        status,
        retry_after,
    }) = got
    else {
        panic!("expected RetryLater, got {got:?}");
    };
    assert_eq!(status, 429);
    let secs = retry_after.as_secs();
    assert!((7100..=7200).contains(&secs), "{secs} s");
}

#[tokio::test]
async fn dropped_connection_is_retried_once() {
    let server = TestServer::start();
    let got = fetched(get(&fetcher(&settings()), &server.url("/hostile/drop-once")).await);
    assert_eq!(got.body, fixture(support::hostile::RECOVERY_FEED));

    let (err, _) = hostile(&server, "drop", &settings()).await;
    assert_eq!(
        server.stats("/hostile/drop").requests,
        2,
        "not retried exactly once"
    );
    let FetchError::Network(reason) = &err else {
        panic!("expected a network error, got {err:?}");
    };
    assert!(reason.contains("connection"), "{reason}");
    assert!(
        reason.len() < 80 && !reason.contains('{'),
        "unreadable: {reason}"
    );
}

#[tokio::test]
async fn refused_connection_reads_as_such() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let got = get(
        &fetcher(&settings()),
        &format!("http://127.0.0.1:{port}/feed"),
    )
    .await;
    assert_eq!(
        got,
        Err(FetchError::Network("connection refused".to_owned()))
    );
}

#[tokio::test]
async fn only_http_urls_are_accepted() {
    let fetcher = fetcher(&settings());
    for url in ["file:///etc/passwd", "feed.xml", "gopher://example.org/"] {
        let got = get(&fetcher, url).await;
        assert!(
            matches!(got, Err(FetchError::InvalidUrl(_))),
            "{url}: {got:?}"
        );
    }
}

/// Fires `count` fetches of `urls` (round robin) at once through clones of one fetcher.
async fn burst(fetcher: &Fetcher, urls: &[String], count: usize) {
    let tasks = (0..count).map(|i| {
        let fetcher = fetcher.clone();
        let url = urls[i % urls.len()].clone();
        tokio::spawn(async move { get(&fetcher, &url).await })
    });
    for result in futures::future::join_all(tasks).await {
        assert!(
            matches!(result, Ok(Ok(FetchOutcome::Fetched(_)))),
            "{result:?}"
        );
    }
}

fn slow_route(server: &TestServer) -> String {
    let route = Route::ok("application/rss+xml", "<rss/>").delay(Duration::from_millis(200));
    server.route("/slow", route);
    server.url("/slow")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_host_limit_is_honoured() {
    let server = TestServer::start();
    let url = slow_route(&server);
    let limited = FetchSettings {
        per_host: 2,
        ..settings()
    };
    burst(&fetcher(&limited), &[url], 8).await;
    assert_eq!(server.max_in_flight(), 2);
    assert_eq!(server.stats("/slow").requests, 8);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn global_limit_is_honoured() {
    let server = TestServer::start();
    let url = slow_route(&server);
    let limited = FetchSettings {
        concurrency: 3,
        per_host: 16,
        ..settings()
    };
    burst(&fetcher(&limited), &[url], 9).await;
    assert_eq!(server.max_in_flight(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hosts_have_separate_limits() {
    // One server reached under two host names: each name gets its own slot.
    let server = TestServer::start();
    let by_ip = slow_route(&server);
    let by_name = by_ip.replace("127.0.0.1", "localhost");
    let limited = FetchSettings {
        per_host: 1,
        ..settings()
    };
    burst(&fetcher(&limited), &[by_ip, by_name], 6).await;
    assert_eq!(server.max_in_flight(), 2);
}
