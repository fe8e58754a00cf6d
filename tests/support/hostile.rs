//! Endpoints that misbehave the way real servers do: silent, slow, huge, compressed bombs, loops,
//! errors, throttling, dropped connections.
use super::http::{self, Request, Resource, Served};
use super::{FEEDS_DIR, Shared, note_served, send};
use flate2::Compression;
use flate2::Crc;
use flate2::write::DeflateEncoder;
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::OnceLock;
use std::sync::atomic::Ordering;
use std::time::{Duration, SystemTime};

/// Size of `/hostile/huge` and `/hostile/huge-unsized`.
pub const HUGE_BYTES: usize = 300 * 1024 * 1024;
/// Inflated size of `/hostile/gzip-bomb`.
pub const BOMB_INFLATED_BYTES: u64 = 1100 * 1024 * 1024;
/// The feed served by `/hostile/429` and `/hostile/drop-once` once they recover.
pub const RECOVERY_FEED: &str = "fr/cert-fr_main-feed_avis-actualite_2026-08-20.xml";

/// An OSC 52 clipboard write (`rm -rf ~` in base64) and an OSC 0 window-title change.
pub const OSC_PAYLOAD: &str = "\x1b]52;c;cm0gLXJmIH4=\x07\x1b]0;pwned\x07";

/// An RSS feed of two items whose second `<author>` makes feed-rs 3.0 panic (an e-mail followed
/// by a multi-byte character: it slices the string inside the `»`), with [`OSC_PAYLOAD`] in that
/// author, so the standard panic message would quote the escape sequences.
pub fn author_panic_feed() -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Author bug</title>\
         <item><title>A calm first story</title><link>https://author.example/1</link>\
         <pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate><description>calm</description></item>\
         <item><title>The author that breaks the parser</title><link>https://author.example/2</link>\
         <author>jdoe@example.org»{OSC_PAYLOAD} and more text after it</author>\
         <pubDate>Mon, 01 Jan 2024 09:00:00 GMT</pubDate><description>x</description></item>\
         </channel></rss>"
    )
}

const HTML_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Flux introuvable</title></head>\n\
<body><h1>Oups</h1><p>Ce flux a déménagé. Retournez à l'<a href=\"/\">accueil</a>.</p></body></html>\n";

/// Serves `/hostile/<name>`; `served_before` counts earlier requests to the same path.
pub(super) fn serve(
    name: &str,
    stream: &mut TcpStream,
    request: &Request,
    shared: &Shared,
    served_before: usize,
) -> io::Result<()> {
    let simple = |status: u16, headers: &[(&str, &str)], body: &[u8]| Resource {
        status,
        headers: headers
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect(),
        body: body.to_vec(),
        last_modified: SystemTime::now(),
        validators: false,
        gzip: false,
    };
    let resource = match name {
        "never" => return hold(stream, shared),
        "trickle" => return trickle(stream, shared),
        "huge" => return huge(stream, shared, true),
        "huge-unsized" => return huge(stream, shared, false),
        "gzip-bomb" => return gzip_bomb(stream, request, shared),
        "drop" => return Ok(()),
        "drop-once" if served_before == 0 => return Ok(()),
        "429" if served_before == 0 => simple(429, &[("Retry-After", "1")], b"slow down"),
        "drop-once" | "429" => recovery_feed(),
        "redirect-loop" => simple(302, &[("Location", "/hostile/redirect-loop")], b""),
        "404" => simple(404, &[("Content-Type", "text/html")], b"<h1>Not Found</h1>"),
        "500" => simple(
            500,
            &[("Content-Type", "text/html")],
            b"<h1>Server Error</h1>",
        ),
        "html" => simple(
            200,
            &[("Content-Type", "text/html; charset=utf-8")],
            HTML_PAGE.as_bytes(),
        ),
        "503-long" => simple(503, &[("Retry-After", "3600")], b"maintenance"),
        _ => simple(404, &[], b"no such hostile endpoint"),
    };
    send(stream, request, shared, &resource)
}

fn recovery_feed() -> Resource {
    let body = std::fs::read(format!("{FEEDS_DIR}/{RECOVERY_FEED}")).unwrap_or_default();
    Resource {
        status: 200,
        headers: vec![("Content-Type".to_owned(), "application/rss+xml".to_owned())],
        body,
        last_modified: SystemTime::now(),
        validators: true,
        gzip: false,
    }
}

/// Accepts the request and never answers, until the client gives up or the server stops.
fn hold(stream: &mut TcpStream, shared: &Shared) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_millis(200)))?;
    let mut buf = [0u8; 512];
    while !shared.stopping.load(Ordering::Relaxed) {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(_) => break,
        }
    }
    Ok(())
}

/// A 200 whose body arrives one byte a second, forever.
fn trickle(stream: &mut TcpStream, shared: &Shared) -> io::Result<()> {
    let headers = [("Content-Type".to_owned(), "application/rss+xml".to_owned())];
    http::write_head(stream, 200, &headers, None)?;
    let drip = b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>";
    for byte in drip.iter().cycle() {
        if shared.stopping.load(Ordering::Relaxed) {
            break;
        }
        stream.write_all(&[*byte])?;
        std::thread::sleep(Duration::from_secs(1));
    }
    Ok(())
}

/// 300 MB of spaces, generated on the fly; with or without a Content-Length.
fn huge(stream: &mut TcpStream, shared: &Shared, sized: bool) -> io::Result<()> {
    let headers = [("Content-Type".to_owned(), "application/rss+xml".to_owned())];
    http::write_head(stream, 200, &headers, sized.then_some(HUGE_BYTES))?;
    let chunk = vec![b' '; 64 * 1024];
    let mut sent = 0;
    while sent < HUGE_BYTES && !shared.stopping.load(Ordering::Relaxed) {
        stream.write_all(&chunk)?;
        sent += chunk.len();
    }
    Ok(())
}

fn gzip_bomb(stream: &mut TcpStream, request: &Request, shared: &Shared) -> io::Result<()> {
    let bomb = bomb();
    let served = Served {
        not_modified: false,
        gzipped: true,
    };
    note_served(shared, &request.path, served);
    let headers = [
        ("Content-Type".to_owned(), "application/rss+xml".to_owned()),
        ("Content-Encoding".to_owned(), "gzip".to_owned()),
    ];
    http::write_head(stream, 200, &headers, Some(bomb.len()))?;
    for chunk in bomb.chunks(64 * 1024) {
        if shared.stopping.load(Ordering::Relaxed) {
            break;
        }
        stream.write_all(chunk)?;
    }
    Ok(())
}

/// A ~1.1 MB gzip member that inflates to `BOMB_INFLATED_BYTES` zeros, built once per process.
///
/// Compressing a gigabyte takes seconds, so one MiB is compressed and its sync-flushed deflate
/// block, identical for every further MiB of zeros, is repeated; the CRC is combined, not computed.
pub fn bomb() -> &'static [u8] {
    static BOMB: OnceLock<Vec<u8>> = OnceLock::new();
    BOMB.get_or_init(|| {
        const MIB: usize = 1024 * 1024;
        let zeros = vec![0u8; MIB];
        let mut deflate = DeflateEncoder::new(Vec::new(), Compression::best());
        let block = |deflate: &mut DeflateEncoder<Vec<u8>>| {
            deflate.write_all(&zeros).expect("writing to a Vec");
            deflate.flush().expect("flushing to a Vec");
            std::mem::take(deflate.get_mut())
        };
        let first = block(&mut deflate);
        let repeated = block(&mut deflate);
        let end = deflate.finish().expect("finishing into a Vec");
        let mebibytes = usize::try_from(BOMB_INFLATED_BYTES).expect("fits") / MIB;

        let mut mib_crc = Crc::new();
        mib_crc.update(&zeros);
        let mut crc = Crc::new();
        for _ in 0..mebibytes {
            crc.combine(&mib_crc);
        }
        // RFC 1952 header: deflate, no flags, no mtime, unknown OS.
        let mut gz = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
        gz.extend_from_slice(&first);
        for _ in 1..mebibytes {
            gz.extend_from_slice(&repeated);
        }
        gz.extend_from_slice(&end);
        gz.extend_from_slice(&crc.sum().to_le_bytes());
        gz.extend_from_slice(&crc.amount().to_le_bytes());
        gz
    })
}
