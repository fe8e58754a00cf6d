//! The words of an article's address: the outlet's own choice of what the piece is about.
//!
//! An untitled item, or one whose victim opens its only sentence ("Workday, acteur majeur
//! spécialisé…"), gives no capital inside a sentence to read the name by; its address often
//! does (`…/fuite-de-donnees-chez-workday-des-interrogations…`). The words of the path (never the
//! host, which names the outlet, nor the query) confirm a capitalised word the text opens on.

/// The words of the address's path, folded (lower case, no accent), three characters or more,
/// sorted and without repeats; none when there is no address or it does not parse.
pub fn words_of(url: Option<&str>) -> Vec<String> {
    words_of_parsed(url.and_then(|u| url::Url::parse(u).ok()).as_ref())
}

/// [`words_of`] an address already parsed: a profile parses it once for its words and its host
/// (parsing was a sixtieth of a profile's instructions, twice over; callgrind).
pub fn words_of_parsed(parsed: Option<&url::Url>) -> Vec<String> {
    let Some(parsed) = parsed else {
        return Vec::new();
    };
    let mut words: Vec<String> = parsed
        .path()
        .split(|c: char| !c.is_alphanumeric())
        // An outlet's number glued to the slug's first word (…/57368-96lactalis-victime-d-une-
        // cyberattaque.html) is no part of it.
        .map(|w| w.trim_start_matches(|c: char| c.is_ascii_digit()))
        .filter(|w| w.chars().nth(2).is_some())
        .map(crate::tagging::fold_key)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The words of the address's path in their order, folded and separated by spaces (an outlet's
/// numbers left out): an untitled item's slug read as the title its outlet chose
/// (`…/royaume-uni-la-commission-electorale-victime-dune-cyberattaque/…`).
pub fn slug_of_parsed(parsed: Option<&url::Url>) -> String {
    let Some(parsed) = parsed else {
        return String::new();
    };
    let words: Vec<String> = parsed
        .path()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .map(crate::tagging::fold_key)
        .collect();
    words.join(" ")
}

/// True when the address's words ([`words_of`]) hold the folded word `folded`.
pub fn holds(words: &[String], folded: &str) -> bool {
    words.binary_search_by(|w| w.as_str().cmp(folded)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_gives_its_words_and_the_host_and_query_none() {
        let words = words_of(Some(
            "https://voone-actu.com/fuite-de-donnees-chez-workday-des-interrogations/?utm=rss",
        ));
        assert!(holds(&words, "workday"));
        assert!(holds(&words, "donnees"));
        assert!(!holds(&words, "voone"));
        assert!(!holds(&words, "utm"));
        assert!(!holds(&words, "de"));
        assert!(words_of(Some("not an address")).is_empty());
        // Lactalis's intrusion attempt, an untitled item under a slug glued to a number.
        let words = words_of(Some(
            "https://linformaticien.com/magazine/cybersecurite/57368-96lactalis-victime-d-une-cyberattaque.html",
        ));
        assert!(holds(&words, "lactalis"));
        assert!(!holds(&words, "96lactalis") && !holds(&words, "57368"));
        assert!(words_of(None).is_empty());
    }
}
