//! The victim's country from the outlet's address, when the text gives none: a regional daily
//! writes of « la mairie » or « le centre hospitalier » and never says « en France », a Belgian,
//! Swiss or Québec outlet neither, but its country-code domain does (`www.sudinfo.be`,
//! `www.lapresse.ca`, `www.lancasterguardian.co.uk`).
//!
//! Only for an incident's story whose victim the suggester names and whose sector it reads: a local
//! institution or firm described by its kind (« Commune de Blegny », "City of Stratford"). A brand
//! named alone is as often a foreign multinational the outlet reports on (Visa, Uber, Under Armour
//! in French and South African outlets): measured on the read gold splits, the outlet's country was
//! right for 26 of 30 victims with a sector and for 14 of 21 without (tests/gold/README.md, round
//! s36boutlet). Low: the place is inferred, and any country the text gives comes first.

use super::resolve::Kind;
use super::suggest::{Confidence, Evidence, Field, Suggestions};

/// Country-code domains sold worldwide as generic names (.io, .co, .ai, .me, .tv, .fm …), and
/// two-letter domains that name no country (.eu, .su, .ac): an address there says nothing of where
/// the outlet is.
#[rustfmt::skip]
const NOT_A_COUNTRY: &[&str] = &[
    "io", "co", "ai", "me", "tv", "fm", "ly", "gg", "to", "cc", "ws", "sh", "am", "la", "nu",
    "tk", "gl", "vc", "so", "st", "ac", "eu", "su", "ml", "ga", "cf", "gq",
];

/// French overseas places whose domains the outlets there use (.re, .pf, .nc, .yt, .gp, .mq …):
/// the analyst tags them FR (../shared/TAGGING.md).
#[rustfmt::skip]
const FRENCH_OVERSEAS: &[&str] = &[
    "re", "pf", "nc", "yt", "gp", "mq", "gf", "pm", "bl", "mf", "wf", "tf",
];

/// Adds, last, the country of the outlet's country-code domain, when no rule found a country and
/// the story names a victim and its sector.
pub(crate) fn suggest(link: &str, out: &mut Suggestions) {
    if !out.country.is_empty()
        || !out.kind.reports_incident()
        || out.target.is_empty()
        || out.sector.is_empty()
    {
        return;
    }
    let Some(((start, end), code)) = country_of_address(link) else {
        return;
    };
    let evidence = Evidence {
        field: Field::Link,
        start,
        end,
        term: link[start..end].to_string(),
    };
    out.add(Kind::Country, &code, &evidence, Confidence::Low);
}

/// The byte range of an address's domain (without `www.`) and the country its last label names:
/// `https://www.sudinfo.be/id/…` is `sudinfo.be`, BE; `.uk` is GB.
fn country_of_address(link: &str) -> Option<((usize, usize), String)> {
    let after_scheme = link.find("://").map_or(0, |i| i + 3);
    let rest = &link[after_scheme..];
    let host_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_len];
    // A user or a port is no part of the domain.
    let host_start = host.rfind('@').map_or(0, |i| i + 1);
    let host = &host[host_start..];
    let host = &host[..host.find(':').unwrap_or(host.len())];
    let host = host.strip_suffix('.').unwrap_or(host);
    let tld = host.rsplit('.').next()?.to_ascii_lowercase();
    if !host.contains('.')
        || tld.len() != 2
        || !tld.bytes().all(|b| b.is_ascii_lowercase())
        || NOT_A_COUNTRY.contains(&tld.as_str())
    {
        return None;
    }
    let code = match tld.as_str() {
        "uk" => "GB".to_string(),
        t if FRENCH_OVERSEAS.contains(&t) => "FR".to_string(),
        t => t.to_ascii_uppercase(),
    };
    let www = if host.to_ascii_lowercase().starts_with("www.") {
        4
    } else {
        0
    };
    let start = after_scheme + host_start + www;
    Some(((start, start + host.len() - www), code))
}

#[cfg(test)]
mod tests {
    use super::country_of_address;

    fn code(link: &str) -> Option<String> {
        country_of_address(link).map(|(_, c)| c)
    }

    #[test]
    fn the_domain_s_last_label_names_the_country() {
        let link = "https://www.sudinfo.be/id/12345/article";
        let ((start, end), c) = country_of_address(link).unwrap();
        assert_eq!((&link[start..end], c.as_str()), ("sudinfo.be", "BE"));
        assert_eq!(
            code("https://www.pressandjournal.co.uk/x").as_deref(),
            Some("GB")
        );
        assert_eq!(code("https://www.dnc.nc/a").as_deref(), Some("FR"));
        assert_eq!(code("https://www.linfo.re/a").as_deref(), Some("FR"));
        assert_eq!(
            code("http://user@www.lapresse.ca:8080/a").as_deref(),
            Some("CA")
        );
    }

    #[test]
    fn generic_and_vanity_domains_name_no_country() {
        for link in [
            "https://www.bleepingcomputer.com/news/x",
            "https://therecord.media/x",
            "https://www.zataz.com/x",
            "https://cybernews.io/x",
            "https://europa.eu/x",
            "https://localhost/x",
            "not an address",
        ] {
            assert_eq!(code(link), None, "{link}");
        }
    }
}
