//! CVE identifiers in free text, without a regex engine.

/// One CVE id found in a text: normalised id and original byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CveHit {
    pub id: String,
    pub start: usize,
    pub end: usize,
}

/// CVE ids (`CVE-YYYY-NNNN…`) in `text`, upper-cased and deduplicated, in order of first appearance.
/// A stray space around the first hyphen ("CVE -2025-0282", an HTML artefact) is tolerated.
pub fn extract_cves(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for hit in find_cves(text) {
        if !out.contains(&hit.id) {
            out.push(hit.id);
        }
    }
    out
}

pub(crate) fn find_cves(text: &str) -> Vec<CveHit> {
    let b = text.as_bytes();
    let mut hits = Vec::new();
    let mut i = 0;
    while i + 3 <= b.len() {
        // Jump to the next "cve" in any case: most texts have none, and memchr finds that fast.
        match memchr::memchr2(b'c', b'C', &b[i..]) {
            Some(k) => i += k,
            None => break,
        }
        if i + 3 > b.len()
            || !b[i..i + 3].eq_ignore_ascii_case(b"cve")
            || (i > 0 && is_word_byte(b[i - 1]))
        {
            i += 1;
            continue;
        }
        match parse_at(b, i + 3) {
            Some((year, number, end)) => {
                hits.push(CveHit {
                    id: format!("CVE-{year}-{number}"),
                    start: i,
                    end,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    hits
}

/// Parses `-YYYY-NNNN…` (with an optional space before or after the first hyphen) at `at`.
fn parse_at(b: &[u8], mut at: usize) -> Option<(&str, &str, usize)> {
    if b.get(at) == Some(&b' ') {
        at += 1;
    }
    if b.get(at) != Some(&b'-') {
        return None;
    }
    at += 1;
    if b.get(at) == Some(&b' ') {
        at += 1;
    }
    let year = digits(b, at);
    if year.len() != 4 || b.get(at + 4) != Some(&b'-') {
        return None;
    }
    let number = digits(b, at + 5);
    let end = at + 5 + number.len();
    if number.len() < 4 || b.get(end).is_some_and(|&c| is_word_byte(c)) {
        return None;
    }
    // Both slices are ASCII digits, so they are valid UTF-8.
    let year = std::str::from_utf8(year).ok()?;
    let number = std::str::from_utf8(number).ok()?;
    Some((year, number, end))
}

fn digits(b: &[u8], from: usize) -> &[u8] {
    let rest = b.get(from..).unwrap_or(&[]);
    let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    &rest[..n]
}

fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}
