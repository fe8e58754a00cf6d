//! The small slice of HTTP/1.1 the test server speaks: reading a request head, writing a response,
//! validators and conditional requests, gzip.
use flate2::Compression;
use flate2::write::GzEncoder;
use sha2::{Digest, Sha256};
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Longest request head accepted; a test client never comes close.
const MAX_HEAD: usize = 64 * 1024;

/// A parsed request head.
#[derive(Debug, Clone)]
pub(super) struct Request {
    /// `GET`, `HEAD`...
    pub(super) method: String,
    /// The path, without the query string.
    pub(super) path: String,
    /// Headers in arrival order, names lowercased.
    pub(super) headers: Vec<(String, String)>,
}

impl Request {
    /// The first value of header `name` (lowercase).
    pub(super) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether it carries If-None-Match or If-Modified-Since.
    pub(super) fn is_conditional(&self) -> bool {
        self.header("if-none-match").is_some() || self.header("if-modified-since").is_some()
    }

    fn accepts_gzip(&self) -> bool {
        self.header("accept-encoding")
            .is_some_and(|v| v.split(',').any(|c| c.trim().starts_with("gzip")))
    }
}

/// Reads a request head; `None` when the client sent nothing usable before closing or timing out.
pub(super) fn read_request(stream: &mut TcpStream) -> Option<Request> {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).ok()?;
        if n == 0 || head.len() > MAX_HEAD {
            return None;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let text = String::from_utf8_lossy(&head);
    let mut lines = text.split("\r\n");
    let mut request_line = lines.next()?.split_whitespace();
    let method = request_line.next()?.to_owned();
    let target = request_line.next()?;
    let path = target.split('?').next().unwrap_or(target).to_owned();
    let headers = lines
        .take_while(|line| !line.is_empty())
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Some(Request {
        method,
        path,
        headers,
    })
}

/// Writes a status line and headers, always with `Connection: close` so every exchange has its
/// own connection (which keeps the in-flight count exact).
pub(super) fn write_head(
    stream: &mut TcpStream,
    status: u16,
    headers: &[(String, String)],
    content_length: Option<usize>,
) -> io::Result<()> {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(len) = content_length {
        head.push_str(&format!("Content-Length: {len}\r\n"));
    }
    head.push_str("Connection: close\r\n\r\n");
    stream.write_all(head.as_bytes())
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

/// What the server sent, for the statistics.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Served {
    /// Answered 304.
    pub(super) not_modified: bool,
    /// The body went gzip-encoded.
    pub(super) gzipped: bool,
}

/// A response with a body known in advance.
#[derive(Debug, Clone)]
pub(super) struct Resource {
    pub(super) status: u16,
    pub(super) headers: Vec<(String, String)>,
    pub(super) body: Vec<u8>,
    /// Sent as Last-Modified when `validators` is on.
    pub(super) last_modified: SystemTime,
    /// Whether a 200 carries ETag / Last-Modified and honours conditional requests.
    pub(super) validators: bool,
    /// Whether the body is gzip-encoded for clients that accept it.
    pub(super) gzip: bool,
}

/// A response ready to write.
#[derive(Debug)]
pub(super) struct Prepared {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// What it is, for the statistics.
    pub(super) served: Served,
}

/// Decides how to answer `request` with `resource`: a 304 when its validators still match, else the
/// resource, gzip-encoded when allowed and accepted.
pub(super) fn prepare(request: &Request, resource: &Resource) -> Prepared {
    let mut headers = resource.headers.clone();
    let has = |headers: &[(String, String)], name: &str| {
        headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
    };
    if resource.validators && resource.status == 200 {
        if !has(&headers, "etag") {
            headers.push(("ETag".to_owned(), strong_etag(&resource.body)));
        }
        if !has(&headers, "last-modified") {
            headers.push((
                "Last-Modified".to_owned(),
                http_date(resource.last_modified),
            ));
        }
        if still_fresh(request, &headers) {
            return Prepared {
                status: 304,
                headers,
                body: Vec::new(),
                served: Served {
                    not_modified: true,
                    gzipped: false,
                },
            };
        }
    }
    let gzipped = resource.gzip && request.accepts_gzip();
    let body = if gzipped {
        headers.push(("Content-Encoding".to_owned(), "gzip".to_owned()));
        gzip(&resource.body)
    } else {
        resource.body.clone()
    };
    Prepared {
        status: resource.status,
        headers,
        body,
        served: Served {
            not_modified: false,
            gzipped,
        },
    }
}

/// Writes a prepared response (no body for HEAD or 304).
pub(super) fn write(
    stream: &mut TcpStream,
    request: &Request,
    response: &Prepared,
) -> io::Result<()> {
    if response.status == 304 {
        return write_head(stream, 304, &response.headers, None);
    }
    write_head(
        stream,
        response.status,
        &response.headers,
        Some(response.body.len()),
    )?;
    if request.method != "HEAD" {
        stream.write_all(&response.body)?;
    }
    Ok(())
}

/// RFC 9110 §13.2.2: If-None-Match decides when present, otherwise If-Modified-Since.
fn still_fresh(request: &Request, headers: &[(String, String)]) -> bool {
    let value = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    if let Some(wanted) = request.header("if-none-match") {
        let etag = value("etag").unwrap_or_default();
        return wanted
            .split(',')
            .map(|tag| tag.trim().trim_start_matches("W/"))
            .any(|tag| tag == "*" || tag == etag.trim_start_matches("W/"));
    }
    let since = request
        .header("if-modified-since")
        .and_then(parse_http_date);
    let modified = value("last-modified").and_then(parse_http_date);
    matches!((since, modified), (Some(since), Some(modified)) if modified <= since)
}

/// A strong ETag derived from the body, so a changed body gets a new one.
pub(super) fn strong_etag(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
pub(super) fn http_date(time: SystemTime) -> String {
    let date: chrono::DateTime<chrono::Utc> = time.into();
    date.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

fn parse_http_date(value: &str) -> Option<SystemTime> {
    let date = chrono::DateTime::parse_from_rfc2822(value.trim()).ok()?;
    let secs = u64::try_from(date.timestamp()).ok()?;
    Some(UNIX_EPOCH + Duration::from_secs(secs))
}

/// The Content-Type a typical server would send for a fixture, by extension. No charset, so the
/// parser has to honour the document's own declaration (several fixtures are ISO-8859-1).
pub(super) fn content_type_for(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("rss") => "application/rss+xml",
        Some("xml") => "application/xml",
        Some("json") => "application/feed+json",
        Some("opml") => "text/x-opml",
        Some("html") => "text/html; charset=utf-8",
        Some("md") => "text/markdown; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Gzip-encodes `body`.
pub(super) fn gzip(body: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(body);
    encoder.finish().unwrap_or_default()
}
