//! « Fuite » is a leak, and also a flight: « Le cerveau présumé de l'opération, le Nigérian …, est
//! en fuite » (twenty-fourth split) says a suspect is on the run, not that data leaked. Only after
//! a verb of being or of taking flight: « des données personnelles en fuite » is a leak. Or as
//! the apposition that opens a sentence about someone: « En fuite, un troisième larron, Ousmane
//! Sally alias « Le Sénégalais », a échappé aux gendarmes » (twenty-fifth split); leaked data
//! never opens a sentence so.
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
    FLEEING.iter().any(|p| ends_with_words(before, p))
        || opens_a_sentence_in_apposition(text, start)
}

/// « En fuite, » at a sentence's start: the text before « en » is empty or ends a sentence, and a
/// comma follows « fuite ».
fn opens_a_sentence_in_apposition(text: &str, start: usize) -> bool {
    let Some(head) = text[..start].trim_end().strip_suffix("en") else {
        return false;
    };
    let head = head.trim_end();
    let opens = head.is_empty() || head.ends_with(['.', '!', '?', ':', '»', '"']);
    opens
        && text[start..]
            .strip_prefix("fuite")
            .is_some_and(|t| t.trim_start().starts_with(','))
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
        // A sentence opening on the apposition.
        assert!(at("ont ete arretes. en fuite, un troisieme larron"));
        // Data « en fuite » inside a sentence, even before a comma.
        assert!(!at("des donnees personnelles en fuite, selon"));
        assert!(!at("ont ete arretes. en fuite"));
    }
}
