//! « Fuite » is a leak, and also a flight: « Le cerveau présumé de l'opération, le Nigérian …, est
//! en fuite » (twenty-fourth split) says a suspect is on the run, not that data leaked. Only after
//! a verb of being or of taking flight: « des données personnelles en fuite » is a leak.
//!
//! Everything here reads folded text (lower case, no accents).
use super::gang_words::ends_with_words;

/// What comes right before « fuite » when someone flees.
#[rustfmt::skip]
const FLEEING: &[&str] = &[
    "est en", "sont en", "etait en", "etaient en", "toujours en", "reste en", "restent en",
    "encore en", "pris la", "prendre la", "prend la", "prennent la", "delit de",
];

/// True when the word « fuite » starting at `start` says someone fled.
pub(crate) fn fled(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    FLEEING.iter().any(|p| ends_with_words(before, p)) || opens_on_the_run(text, before, start)
}

/// « En fuite, un troisième larron … a échappé aux gendarmes » (twenty-fifth split): « en fuite »
/// opening a clause, set off by a comma, is said of the person the clause names next.
fn opens_on_the_run(text: &str, before: &str, start: usize) -> bool {
    let Some(head) = before.strip_suffix("en") else {
        return false;
    };
    let opens =
        head.trim_end().is_empty() || head.trim_end().ends_with(['.', '!', '?', '\n', ',', ';']);
    opens
        && text[start..]
            .strip_prefix("fuite")
            .is_some_and(|rest| rest.starts_with(','))
}

#[cfg(test)]
mod tests {
    use super::fled;

    fn at(t: &str) -> bool {
        fled(t, t.rfind("fuite").unwrap())
    }

    #[test]
    fn a_suspect_on_the_run_is_no_leak() {
        assert!(at(
            "le cerveau presume de l'operation, le nigerian sunday akamibe, est en fuite"
        ));
        assert!(at("les auteurs ont pris la fuite"));
        assert!(at(
            "deux suspects ont ete arretes. en fuite, un troisieme larron a echappe aux gendarmes"
        ));
        // A leak: data « en fuite », « la fuite » of data.
        assert!(!at("avec, la cle, des donnees personnelles en fuite"));
        assert!(!at("l'entreprise dement toutefois l'ampleur de la fuite"));
        assert!(!at("des donnees en fuite, des comptes pirates"));
    }
}
