//! New victims that name no organisation (`../shared/TAGGING.md`: a target is a *named* victim
//! organisation). Found on CISA advisories and patch news in the fixture feeds, where the suggester
//! proposed "T1566.002", "Linux", "MacOS", "Real Time Streaming Protocol", "Internet-connected",
//! "Electronic Locks" and "Western Logistics Entities and Technology Companies" as victims, and
//! "Ghost" both as the actor and as its own victim.
//!
//! Only proposed new values are judged here (names the vocabulary holds are organisations by
//! construction), except a target that is one of the article's suggested actors: a group is not its
//! own victim.
use super::fold::fold;
use super::suggest::Suggestions;

/// Operating systems and platforms: what runs on a victim's machines, never the victim.
#[rustfmt::skip]
const PLATFORMS: &[&str] = &[
    "linux", "windows", "macos", "mac os", "os x", "ios", "ipados", "android", "chromeos",
    "unix", "freebsd", "vmware esxi", "esxi",
];

/// The last word of a class of things or of organisations ("Technology Companies", "Electronic
/// Locks"): the victims are not named, so there is no target (the sector may still be read).
/// Words that end company names ("Palo Alto Networks", "Cisco Systems", "Koch Industries") are
/// not here.
#[rustfmt::skip]
const CLASS_HEADS: &[&str] = &[
    "entities", "companies", "organizations", "organisations", "firms", "businesses",
    "agencies", "institutions", "providers", "vendors", "operators", "manufacturers",
    "locks", "devices", "routers", "cameras", "controllers", "servers", "appliances", "users",
    "customers", "sectors", "protocol", "protocols",
];

/// Drops proposed victims that name a thing, a class or a technique rather than an organisation,
/// and any victim that is also a suggested actor.
pub(crate) fn drop_what_names_no_victim(out: &mut Suggestions) {
    let actors: Vec<String> = out.actor.iter().map(|a| fold(&a.value)).collect();
    out.target.retain(|t| {
        let key = fold(&t.value);
        if actors.contains(&key) {
            return false;
        }
        !(t.new_value && names_no_organisation(&t.value, &key))
    });
}

/// True for an ATT&CK technique id, a platform, a hyphenated adjective ("Internet-connected") or a
/// plural class of things or organisations.
fn names_no_organisation(value: &str, folded: &str) -> bool {
    if is_technique_id(value) || PLATFORMS.contains(&folded) {
        return true;
    }
    // "Internet-connected", "Internet-facing": a capitalised word joined to an English participle
    // ("Co-op" and « Chapelle-des-Marais » are names).
    if !value.contains(' ')
        && let Some((head, tail)) = value.split_once('-')
        && head.chars().next().is_some_and(char::is_uppercase)
        && tail.len() >= 4
        && tail.chars().all(|c| c.is_ascii_lowercase())
        && (tail.ends_with("ed") || tail.ends_with("ing"))
    {
        return true;
    }
    let words: Vec<&str> = folded.split_whitespace().collect();
    words.len() >= 2 && words.last().is_some_and(|w| CLASS_HEADS.contains(w))
}

/// "T1566", "T1566.002": MITRE ATT&CK technique ids.
fn is_technique_id(value: &str) -> bool {
    let Some(rest) = value.strip_prefix('T') else {
        return false;
    };
    let (main, sub) = rest.split_once('.').unwrap_or((rest, ""));
    main.len() == 4
        && main.bytes().all(|b| b.is_ascii_digit())
        && (sub.is_empty() || (sub.len() == 3 && sub.bytes().all(|b| b.is_ascii_digit())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn techniques_platforms_adjectives_and_classes_are_no_victims() {
        for value in [
            "T1566.002",
            "T1190",
            "Linux",
            "MacOS",
            "Internet-connected",
            "Real Time Streaming Protocol",
            "Electronic Locks",
            "Western Logistics Entities and Technology Companies",
        ] {
            assert!(names_no_organisation(value, &fold(value)), "{value}");
        }
        for value in [
            "CHU de Rennes",
            "Mairie de Saint-Nazaire",
            "Transport for London",
            "Stripe",
            "Coca-Cola",
            "T-Mobile",
            "Tata Consultancy Services",
            "Royal Mail",
            "Co-op",
            "Chapelle-des-Marais",
            "Palo Alto Networks",
            "Cisco Systems",
            "Koch Industries",
        ] {
            assert!(!names_no_organisation(value, &fold(value)), "{value}");
        }
    }
}
