//! A loopback HTTP/1.1 server for integration tests: the shared feed and page fixtures with
//! validators, custom routes, and hostile endpoints. No test ever needs the internet.
//!
//! ```ignore
//! mod support;
//! let server = support::TestServer::start();
//! let url = server.feed_url("fr/zataz_feed_2026-08-20.xml");
//! // ... fetch `url` twice with the validators of the first answer ...
//! let stats = server.stats("/feeds/fr/zataz_feed_2026-08-20.xml");
//! assert_eq!((stats.requests, stats.not_modified), (2, 1));
//! ```
//!
//! Paths served (custom routes take precedence over all of them):
//! - `/feeds/<path under ../shared/feeds>` and `/pages/<dir>/source.html`: the fixture files, with a
//!   strong ETag and a Last-Modified (the file's mtime), 304 on a matching If-None-Match (or, without
//!   it, If-Modified-Since), gzip-encoded when the client accepts gzip.
//! - `/redirect/<path>`: a 302 to `/<path>`.
//! - `/hostile/never` (never answers), `/hostile/trickle` (1 byte/s forever), `/hostile/huge`
//!   (300 MB with Content-Length), `/hostile/huge-unsized` (300 MB, close-delimited),
//!   `/hostile/gzip-bomb` (1.1 MB of gzip inflating to 1.1 GB), `/hostile/redirect-loop`,
//!   `/hostile/404`, `/hostile/500`, `/hostile/html` (a French HTML page, 200 text/html),
//!   `/hostile/429` (429 with Retry-After: 1 the first time, then [`hostile::RECOVERY_FEED`]),
//!   `/hostile/503-long` (503 with Retry-After: 3600), `/hostile/drop` (closes without answering),
//!   `/hostile/drop-once` (closes the first time, then [`hostile::RECOVERY_FEED`]).
//!
//! Query strings are ignored for routing and statistics. Every response closes its connection.
//! Dropping the server stops it; threads stuck with a hostile client notice within a second, and
//! none of them keeps the test process alive.
// Each test binary includes this module and uses a different part of it.
#![allow(dead_code)]

pub mod bigfeed;
pub mod gold;
pub mod home;
pub mod hostile;
mod http;
pub mod stories;
pub mod tui;

use std::collections::HashMap;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

/// The feed fixtures (see its README.md for what each file exercises).
pub const FEEDS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/feeds");
/// The article page fixtures, one directory per page.
pub const PAGES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/pages");

/// The path of a feed fixture, e.g. `feed_file("en/schneier_atom.xml")`.
pub fn feed_file(relative: &str) -> PathBuf {
    Path::new(FEEDS_DIR).join(relative)
}

/// A running loopback server; stops when dropped.
pub struct TestServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
}

/// What the server saw on one path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PathStats {
    /// Requests received.
    pub requests: usize,
    /// Requests carrying If-None-Match or If-Modified-Since.
    pub conditional: usize,
    /// Requests answered 304.
    pub not_modified: usize,
    /// Responses sent gzip-encoded.
    pub gzipped: usize,
    /// Headers of the latest request, names lowercased.
    pub last_headers: Vec<(String, String)>,
}

impl PathStats {
    /// A header of the latest request (`name` in lowercase), e.g. `"user-agent"`.
    pub fn last_header(&self, name: &str) -> Option<&str> {
        self.last_headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A canned response for [`TestServer::route`].
#[derive(Debug, Clone)]
pub struct Route {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    delay: Duration,
    validators: bool,
    gzip: bool,
}

impl Route {
    /// A 200 with this Content-Type and body; it gets an ETag and a Last-Modified (the time the route
    /// was registered) and answers conditional requests with 304, like a fixture.
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Route {
        Route::status(200)
            .header("Content-Type", content_type)
            .body(body)
    }

    /// An empty response with this status, without validators.
    pub fn status(status: u16) -> Route {
        Route {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: Duration::ZERO,
            validators: status == 200,
            gzip: false,
        }
    }

    /// A redirect (301, 302, 307...) to `location` (absolute, or a path on this server).
    pub fn redirect(status: u16, location: &str) -> Route {
        Route::status(status).header("Location", location)
    }

    /// Adds a header; an `ETag` or `Last-Modified` given here replaces the generated one.
    pub fn header(mut self, name: &str, value: &str) -> Route {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Route {
        self.body = body.into();
        self
    }

    /// Waits this long before answering (the request counts as in flight meanwhile).
    pub fn delay(mut self, delay: Duration) -> Route {
        self.delay = delay;
        self
    }

    /// Sends the body gzip-encoded to clients that accept gzip.
    pub fn gzip(mut self) -> Route {
        self.gzip = true;
        self
    }

    /// No ETag, no Last-Modified, never 304.
    pub fn without_validators(mut self) -> Route {
        self.validators = false;
        self
    }
}

/// State shared by the accept loop and the connection threads.
struct Shared {
    routes: Mutex<HashMap<String, Routes>>,
    stats: Mutex<HashMap<String, PathStats>>,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    stopping: AtomicBool,
}

/// Responses registered for one path: the n-th request gets the n-th, the last one repeats.
struct Routes {
    sequence: Vec<Route>,
    served: usize,
    registered: SystemTime,
}

impl TestServer {
    /// Starts a server on 127.0.0.1 with a free port; works from sync tests and `#[tokio::test]`.
    pub fn start() -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let addr = listener.local_addr().expect("loopback address");
        let shared = Arc::new(Shared {
            routes: Mutex::new(HashMap::new()),
            stats: Mutex::new(HashMap::new()),
            in_flight: AtomicUsize::new(0),
            max_in_flight: AtomicUsize::new(0),
            stopping: AtomicBool::new(false),
        });
        let accepting = Arc::clone(&shared);
        std::thread::spawn(move || accept_loop(listener, accepting));
        TestServer { addr, shared }
    }

    /// The socket address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT` followed by `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// The URL of a feed fixture, e.g. `feed_url("fr/zataz_feed_2026-08-20.xml")`.
    pub fn feed_url(&self, relative: &str) -> String {
        self.url(&format!("/feeds/{relative}"))
    }

    /// The URL of an article page fixture, e.g. `page_url("lemonde-1")`.
    pub fn page_url(&self, dir: &str) -> String {
        self.url(&format!("/pages/{dir}/source.html"))
    }

    /// Serves `route` on `path` from now on, replacing whatever was there (a fixture included).
    pub fn route(&self, path: &str, route: Route) {
        self.route_sequence(path, vec![route]);
    }

    /// Serves the routes in order on `path`, one per request; the last one then repeats.
    pub fn route_sequence(&self, path: &str, sequence: Vec<Route>) {
        assert!(!sequence.is_empty(), "a route sequence needs a route");
        let routes = Routes {
            sequence,
            served: 0,
            registered: SystemTime::now(),
        };
        lock(&self.shared.routes).insert(path.to_owned(), routes);
    }

    /// What the server saw on `path` (without query string) so far.
    pub fn stats(&self, path: &str) -> PathStats {
        lock(&self.shared.stats)
            .get(path)
            .cloned()
            .unwrap_or_default()
    }

    /// Requests received on every path together.
    pub fn total_requests(&self) -> usize {
        lock(&self.shared.stats).values().map(|s| s.requests).sum()
    }

    /// The most requests the server held at the same moment between reading them and starting to
    /// answer (a route's delay included): what a client-side concurrency limit bounds.
    pub fn max_in_flight(&self) -> usize {
        self.shared.max_in_flight.load(Ordering::SeqCst)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.shared.stopping.store(true, Ordering::SeqCst);
        // Wakes the accept loop so it sees the flag and returns.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A test that panicked while holding the lock must not hide its own failure behind a poison error.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        let shared = Arc::clone(&shared);
        // Detached: a thread stuck with a hostile client must not block the test.
        std::thread::spawn(move || handle(stream, &shared));
    }
}

/// Counts a request as in flight from the moment its head is read until its answer starts.
struct InFlight<'a>(&'a Shared);

impl<'a> InFlight<'a> {
    fn enter(shared: &'a Shared) -> InFlight<'a> {
        let now = shared.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        shared.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(shared)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

fn handle(mut stream: TcpStream, shared: &Shared) {
    // An idle client cannot hold a thread for long.
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Some(request) = http::read_request(&mut stream) else {
        return;
    };
    let in_flight = InFlight::enter(shared);
    let served_before = record_request(shared, &request);
    let route = next_route(shared, &request.path);
    if let Some((route, _)) = &route {
        std::thread::sleep(route.delay);
    }
    // Counted out before answering: once the answer is sent the client may free its slot and send
    // the next request, which must not overlap this one in the count.
    drop(in_flight);
    // Write errors only mean the client left, which hostile endpoints expect.
    let _ = respond(&mut stream, &request, shared, served_before, route);
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Records what a response is before it is written, so a test that just got it reads exact stats.
fn note_served(shared: &Shared, path: &str, served: http::Served) {
    let mut stats = lock(&shared.stats);
    let entry = stats.entry(path.to_owned()).or_default();
    entry.not_modified += usize::from(served.not_modified);
    entry.gzipped += usize::from(served.gzipped);
}

/// Prepares, records and writes a response with a known body.
fn send(
    stream: &mut TcpStream,
    request: &http::Request,
    shared: &Shared,
    resource: &http::Resource,
) -> std::io::Result<()> {
    let response = http::prepare(request, resource);
    note_served(shared, &request.path, response.served);
    http::write(stream, request, &response)
}

/// Updates the statistics of the request's path; returns how many requests it had before.
fn record_request(shared: &Shared, request: &http::Request) -> usize {
    let mut stats = lock(&shared.stats);
    let entry = stats.entry(request.path.clone()).or_default();
    entry.requests += 1;
    entry.conditional += usize::from(request.is_conditional());
    entry.last_headers = request.headers.clone();
    entry.requests - 1
}

fn respond(
    stream: &mut TcpStream,
    request: &http::Request,
    shared: &Shared,
    served_before: usize,
    route: Option<(Route, SystemTime)>,
) -> std::io::Result<()> {
    let path = request.path.as_str();
    if let Some((route, registered)) = route {
        let resource = http::Resource {
            status: route.status,
            headers: route.headers,
            body: route.body,
            last_modified: registered,
            validators: route.validators,
            gzip: route.gzip,
        };
        return send(stream, request, shared, &resource);
    }
    if let Some(relative) = path.strip_prefix("/feeds/") {
        return serve_file(stream, request, shared, FEEDS_DIR, relative);
    }
    if let Some(relative) = path.strip_prefix("/pages/") {
        return serve_file(stream, request, shared, PAGES_DIR, relative);
    }
    if let Some(target) = path.strip_prefix("/redirect/") {
        let location = [("Location".to_owned(), format!("/{target}"))];
        return http::write_head(stream, 302, &location, Some(0));
    }
    if let Some(name) = path.strip_prefix("/hostile/") {
        return hostile::serve(name, stream, request, shared, served_before);
    }
    not_found(stream)
}

fn next_route(shared: &Shared, path: &str) -> Option<(Route, SystemTime)> {
    let mut routes = lock(&shared.routes);
    let routes = routes.get_mut(path)?;
    let index = routes.served.min(routes.sequence.len() - 1);
    routes.served += 1;
    Some((routes.sequence[index].clone(), routes.registered))
}

fn serve_file(
    stream: &mut TcpStream,
    request: &http::Request,
    shared: &Shared,
    root: &str,
    relative: &str,
) -> std::io::Result<()> {
    let relative = Path::new(relative);
    // Only plain components: a test must not be able to read outside the fixtures by accident.
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        return not_found(stream);
    }
    let file = Path::new(root).join(relative);
    let (Ok(body), Ok(meta)) = (std::fs::read(&file), std::fs::metadata(&file)) else {
        return not_found(stream);
    };
    let resource = http::Resource {
        status: 200,
        headers: vec![(
            "Content-Type".to_owned(),
            http::content_type_for(&file.to_string_lossy()).to_owned(),
        )],
        body,
        last_modified: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
        validators: true,
        gzip: true,
    };
    send(stream, request, shared, &resource)
}

fn not_found(stream: &mut TcpStream) -> std::io::Result<()> {
    let headers = [("Content-Type".to_owned(), "text/plain".to_owned())];
    http::write_head(stream, 404, &headers, Some(9))?;
    std::io::Write::write_all(stream, b"not found")
}
