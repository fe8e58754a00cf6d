//! Names that tell where the news comes from, not who was hit (round s27vprec, issue 10 item 1:
//! roles, not mentions). Read on the sixteenth split, where each was suggested as a victim:
//! - the outlet that signs the headline: « (Belga) La fédération espagnole de football (RFEF) a
//!   déclaré… », "… contre la violation des cartes d'identité – POLITICO";
//! - a known agency that speaks, not one that was breached: "CISA: Medusa ransomware hit over 300
//!   critical infrastructure orgs", "FBI Alert: China's Volt Typhoon Infiltrates US Networks", "A
//!   large New York law firm was advised by the FBI that it had suffered a data breach";
//! - the words that spell out an abbreviation, each read as a name of its own: « Le groupe
//!   familial PGH/CDPO (Conditionnement, Distribution et Production d'œufs) a été victime… ».
//!
//! The sectors and countries their names gave go with them, but an agency's country: it speaks of
//! its own country's victims.
use super::fold::fold;
use super::suggest::{Evidence, Field, Suggester, Suggestions};

/// How many words an outlet's name has at most ("POLITICO", "BBC News", "The Record").
const OUTLET_WORDS: usize = 3;

/// The outlet a headline names as its signature: in parentheses at its very start (« (Belga) … »),
/// or after its last dash or bar ("… – POLITICO", "… | Reuters"), written as a name is.
pub(crate) fn outlet_of_the_title(title: &str) -> Option<&str> {
    let title = title.trim();
    if let Some(rest) = title.strip_prefix('(')
        && let Some(close) = rest.find(')')
    {
        return Some(rest[..close].trim()).filter(|n| reads_as_a_name(n));
    }
    let (at, len) = last_masthead_mark(title)?;
    Some(title[at + len..].trim()).filter(|n| reads_as_a_name(n))
}

/// Where the last dash or bar that sets a headline's masthead apart (" – ", " — ", " | ", " - ")
/// starts in `title`, and its length in bytes. Found backwards by memchr, one mark at a time: the
/// four `rfind`s it replaces built a searcher each for every title, twice per story profile
/// (here and `stories::profile`'s masthead), ~6% of a profile outside the suggester's automata
/// (callgrind). The mark found last ends last too: a separator holds no space but its two ends.
pub(crate) fn last_masthead_mark(title: &str) -> Option<(usize, usize)> {
    let bytes = title.as_bytes();
    let mut end = bytes.len();
    while let Some(mark) = memchr::memrchr3(b'|', b'-', 0xE2, &bytes[..end]) {
        end = mark;
        if mark == 0 || bytes[mark - 1] != b' ' {
            continue;
        }
        // « – » and « — » are E2 80 93 and E2 80 94 in UTF-8; any other E2 character is no mark.
        let len = if bytes[mark] == 0xE2 {
            if bytes.get(mark + 1) != Some(&0x80)
                || !matches!(bytes.get(mark + 2), Some(0x93 | 0x94))
            {
                continue;
            }
            5
        } else {
            3
        };
        if bytes.get(mark + len - 2) == Some(&b' ') {
            return Some((mark - 1, len));
        }
    }
    None
}

/// A short run of capitalised words, no sentence: "POLITICO", "Belga", "BBC News".
fn reads_as_a_name(words: &str) -> bool {
    let n = words.split_whitespace().count();
    (1..=OUTLET_WORDS).contains(&n)
        && words
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether a known agency's name at `e` is where the news comes from: it opens the title before
/// a colon within its first three words ("CISA:", "FBI Alert:"), or it is the agent of a passive
/// ("advised by the FBI", « alerté par l'ANSSI »).
fn speaks_rather_than_suffers(e: &Evidence, title: &str, text: &str) -> bool {
    match e.field {
        Field::Title => {
            let Some(colon) = title.find(':') else {
                return false;
            };
            e.start == 0 && e.end <= colon && title[..colon].split_whitespace().count() <= 3
        }
        Field::Text => {
            let Some(head) = text.get(..e.start) else {
                return false;
            };
            let from = super::context::char_floor(head, head.len().saturating_sub(12));
            let before = fold(&head[from..].replace('\u{a0}', " "));
            let before = before.trim_end();
            [" by the", " by", " par le", " par la", " par l'", " par"]
                .iter()
                .any(|m| before.ends_with(m))
        }
        Field::Link => false,
    }
}

/// Whether a new one-word victim at `e` is one of the words inside parentheses that spell out the
/// abbreviation right before them: « CDPO (Conditionnement, Distribution et Production d'œufs) ».
fn spells_out_an_abbreviation(e: &Evidence, value: &str, text: &str) -> bool {
    if e.field != Field::Text || value.split_whitespace().count() != 1 {
        return false;
    }
    let (Some(head), Some(tail)) = (text.get(..e.start), text.get(e.end..)) else {
        return false;
    };
    let Some(open) = head.rfind('(') else {
        return false;
    };
    if head[open..].contains(')') || !tail.contains(')') {
        return false;
    }
    let abbreviation = head[..open].split_whitespace().last().unwrap_or("");
    let abbreviation = abbreviation.rsplit('/').next().unwrap_or("");
    let letters: Vec<char> = abbreviation.chars().filter(|c| c.is_alphabetic()).collect();
    let inside = &text[open + 1..e.end + tail.find(')').unwrap_or(0)];
    let first = inside
        .chars()
        .next()
        .map(|c| c.to_uppercase().next().unwrap_or(c));
    letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && first == letters.first().copied()
        && inside.split_whitespace().count() >= 2
}

impl Suggester {
    /// Drops the victims that are the news's source (see the module's comment).
    pub(super) fn drop_sources_of_the_news(&self, out: &mut Suggestions, title: &str, text: &str) {
        let outlet = outlet_of_the_title(title).map(fold);
        let mut gone: Vec<Evidence> = Vec::new();
        // An agency speaks of its own country's victims (the FBI of an American law firm's
        // breach): its country stays, its sector goes.
        let mut agencies: Vec<Evidence> = Vec::new();
        out.target.retain(|t| {
            let agency = !t.new_value
                && self.is_authority(&t.value)
                && speaks_rather_than_suffers(&t.evidence, title, text);
            let source = agency
                || (outlet.as_deref() == Some(fold(&t.value).as_str()))
                || (t.new_value && spells_out_an_abbreviation(&t.evidence, &t.value, text));
            if agency {
                agencies.push(t.evidence.clone());
            } else if source {
                gone.push(t.evidence.clone());
            }
            !source
        });
        out.sector
            .retain(|x| !gone.contains(&x.evidence) && !agencies.contains(&x.evidence));
        out.country.retain(|x| !gone.contains(&x.evidence));
    }
}

#[cfg(test)]
mod tests {
    use crate::tagging::{Suggester, Suggestions, Vocabulary};

    fn suggested(title: &str, text: &str) -> Suggestions {
        let vocab = Vocabulary::bundled().unwrap();
        Suggester::suggest_once(&vocab, title, text).unwrap()
    }

    fn victims(s: &Suggestions) -> Vec<&str> {
        s.target.iter().map(|t| t.value.as_str()).collect()
    }

    #[test]
    fn the_outlet_signing_a_headline_is_no_victim_fr() {
        // Sixteenth split: the news agency's signature, and the outlet after the dash.
        let s = suggested(
            "(Belga) La fédération espagnole de football (RFEF) a déclaré jeudi avoir été victime d'un piratage…",
            "(Belga) La fédération espagnole de football (RFEF) a déclaré jeudi avoir été victime d'un piratage…",
        );
        assert!(!victims(&s).contains(&"Belga"), "{:?}", victims(&s));
        assert_eq!(
            super::outlet_of_the_title(
                "Le personnel du Parlement européen en colère contre la violation des cartes d'identité et des dossiers personnels – POLITICO"
            ),
            Some("POLITICO")
        );
        // Near miss: a dash inside a headline's sentence is no signature.
        assert_eq!(
            super::outlet_of_the_title(
                "Cyberattaque – la mairie de Brest est paralysée depuis lundi"
            ),
            None
        );
        // Near miss: a victim named in parentheses inside the headline stays.
        assert_eq!(
            super::outlet_of_the_title("Ransomware: Acme (Lyon) victime d'une attaque"),
            None
        );
    }

    #[test]
    fn an_agency_after_accented_words_is_read_without_cutting_a_letter() {
        // Twelve bytes before the name fell inside « é »: a panic on any French text.
        let text = "Le dossier a été signalé ééééééé ANSSI hier.";
        let start = text.find("ANSSI").unwrap();
        let e = super::Evidence {
            field: super::Field::Text,
            start,
            end: start + "ANSSI".len(),
            term: "ANSSI".into(),
        };
        assert!(!super::speaks_rather_than_suffers(&e, "", text));
        let text = "Le dossier a été transmis parée par l'ANSSI hier.";
        let start = text.find("ANSSI").unwrap();
        let e = super::Evidence {
            start,
            end: start + "ANSSI".len(),
            ..e
        };
        assert!(super::speaks_rather_than_suffers(&e, "", text));
    }

    #[test]
    fn an_agency_that_speaks_is_no_victim_en() {
        // Sixteenth and thirteenth splits: the agency opens the headline before its colon.
        let s = suggested(
            "CISA: Medusa ransomware hit over 300 critical infrastructure orgs",
            "CISA says that the Medusa ransomware operation has impacted over 300 organizations in \
             critical infrastructure sectors in the United States until last month.",
        );
        assert!(!victims(&s).contains(&"CISA"), "{:?}", victims(&s));
        // Eighth split: the agency is the agent of a passive.
        let s = suggested(
            "Breached Law Firm Apparently Won't Tell Its Clients",
            "A large New York law firm was advised by the FBI that it had suffered a data breach.",
        );
        assert!(!victims(&s).contains(&"FBI"), "{:?}", victims(&s));
        // Near miss: an agency the text says was breached stays its victim.
        let s = suggested(
            "FBI email servers hacked to send fake warnings",
            "The FBI was hacked on Saturday: its email servers sent thousands of fake warnings.",
        );
        assert!(victims(&s).contains(&"FBI"), "{:?}", victims(&s));
    }

    #[test]
    fn the_words_spelling_out_an_abbreviation_are_not_victims_fr() {
        // Sixteenth split.
        let s = suggested(
            "Œufs : CDPO victime d'une cyberattaque",
            "La PME du Grand Est, acteur majeur du conditionnement des œufs en France, a subi une \
             attaque informatique. Le groupe familial PGH/CDPO (Conditionnement, Distribution et \
             Production d'œufs) a été victime d'une cyberattaque, nous ont confirmé des employés.",
        );
        let v = victims(&s);
        for piece in ["Conditionnement", "Distribution", "Production"] {
            assert!(!v.contains(&piece), "{v:?}");
        }
        // Near miss: a name in parentheses after a word that is no abbreviation stays.
        let text = "Le fournisseur de la ville (Acme Logistique) a été victime d'une cyberattaque.";
        let start = text.find("Acme").unwrap();
        let e = crate::tagging::Evidence {
            field: crate::tagging::Field::Text,
            start,
            end: start + "Acme".len(),
            term: "Acme".into(),
        };
        assert!(!super::spells_out_an_abbreviation(&e, "Acme", text));
        // The same words after the abbreviation they spell are its pieces.
        let text = "La société AL (Acme Logistique) a été victime d'une cyberattaque.";
        let start = text.find("Acme").unwrap();
        let e = crate::tagging::Evidence {
            start,
            end: start + "Acme".len(),
            ..e
        };
        assert!(super::spells_out_an_abbreviation(&e, "Acme", text));
    }
}
