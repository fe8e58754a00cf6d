//! Victims of the attacks before the story's, named where the text sets the story's victim in a
//! series: « Après Boulanger, Cultura et d'autres, c'est au tour de Temu », « cette fuite s'ajoute
//! à une série d'attaques récentes touchant des entreprises françaises telles que Boulanger,
//! Cultura et Truffaut », « Après la cyberattaque contre l'hôpital de Corbeil-Essonnes, l'EHPAD de
//! Beuzeville est, à son tour, visé », "the company is the latest in a string of attacks on…".
//! The analyst tags the story's victim, not the series' (round s24victims, thirteenth split).
use super::fold::fold;
use super::suggest::{Evidence, Field, Suggestions};

/// Markers after which a sentence names the series the story's victim joins: every name after
/// them is an earlier victim (folded).
#[rustfmt::skip]
const JOINS: &[&str] = &[
    "s'ajoute a", "s'ajoutent a", "vient s'ajouter a", "viennent s'ajouter a",
    "the latest in a", "the latest in a string", "adds to a", "joins a list", "joins a growing",
];

/// Markers that give the story's victim its turn: the names of an « après » clause before them
/// are the earlier victims — up to the marker for « au tour de », up to the clause's comma for
/// the others (folded).
const TURN_TO: &[&str] = &["au tour de"];
#[rustfmt::skip]
const TURN_AFTER_CLAUSE: &[&str] = &[
    "a son tour", "a leur tour", "une nouvelle attaque", "une nouvelle cyberattaque",
    "un nouveau piratage", "une nouvelle fuite",
];

/// Markers of a sentence that tells another incident than the story's: one before it (« revendiquées
/// antérieurement », "Back in the summer of 2024, Patelco Credit Union was hit", « L'année
/// précédente, … Fauveder (Grief, octobre 2021) »), one the story's is said not to be ("wasn't
/// connected to the ongoing major incident at Wirral…"), or one the story's answers (« une riposte
/// directe au piratage récent de la CNSS »). Every name of that sentence is the other incident's
/// victim (round s27vprec, sixteenth split; folded). Not "also" nor « également »: a second victim
/// of the story's own attack is named so as often.
#[rustfmt::skip]
const OTHER_INCIDENT: &[&str] = &[
    "previously", "anterieurement", "precedemment", "back in ", "also responsible for",
    "not connected to", "wasn't connected to", "unrelated to",
    "riposte", "represailles", "in retaliation for", "l'annee precedente", "the previous year",
];

/// Words that open a clause set before the story's attack (folded, with the space after).
const AFTER: &[&str] = &["apres ", "after ", "following "];

/// Drops the new victims named as earlier ones in a series (see the module's comment), unless the
/// article names them elsewhere too; the sectors and countries their names gave go with them.
pub(crate) fn drop_earlier_victims_of_a_series(out: &mut Suggestions, title: &str, text: &str) {
    let mut gone: Vec<Evidence> = Vec::new();
    out.target.retain(|t| {
        if !t.new_value || t.evidence.field != Field::Text {
            return true;
        }
        let Some((from, to)) = sentence_around(text, t.evidence.start, t.evidence.end) else {
            return true;
        };
        let before = fold(&text[from..t.evidence.start]);
        let after = fold(&text[t.evidence.end..to]);
        let other = tells_another_incident(&fold(&text[from..to]));
        if !(other
            || joins_before(&before)
            || in_an_earlier_clause(&before, &after)
            || recalled_as_the_latest(&before))
        {
            return true;
        }
        let name = fold(&t.value);
        let elsewhere = fold(title).contains(&name)
            || fold(&text[..from]).contains(&name)
            || fold(&text[to..]).contains(&name);
        if elsewhere {
            return true;
        }
        gone.push(t.evidence.clone());
        false
    });
    if !gone.is_empty() {
        out.sector.retain(|x| !gone.contains(&x.evidence));
        out.country.retain(|x| !gone.contains(&x.evidence));
    }
}

/// Whether a folded sentence tells another incident than the story's ([`OTHER_INCIDENT`]).
fn tells_another_incident(sentence: &str) -> bool {
    OTHER_INCIDENT.iter().any(|m| sentence.contains(m))
}

/// Words that open a sentence or a clause on the latest of the earlier incidents the story is set
/// beside (folded): "This is the latest cyber attack on a social housing landlord. Most recently,
/// Gloucester City Council was the victim of an attack" (twenty-second split), « Plus récemment,
/// c'est la société de crédit Equifax qui a été victime » (fresh), « D'autres communes vaudoises
/// ont connu la même mésaventure comme Rolle ou, plus récemment, Montreux » (sixth). Only where
/// they open it: « un hacking d'importance a touché notre pays dernièrement » is the story's own.
#[rustfmt::skip]
const LATEST_OPENINGS: &[&str] = &[
    "most recently", "more recently", "plus recemment", "dernierement",
];

/// Clause joints before a [`LATEST_OPENINGS`] word: « ou plus récemment », "and most recently".
#[rustfmt::skip]
const LATEST_JOINTS: &[&str] = &["ou ", "ou, ", "et ", "et, ", "or ", "and ", "and, ", ", "];

/// Whether the (folded) words of the sentence before a name open on [`LATEST_OPENINGS`], or
/// hold one right after a clause joint.
fn recalled_as_the_latest(before: &str) -> bool {
    let opening = before.trim_start();
    LATEST_OPENINGS.iter().any(|o| {
        opening.starts_with(o)
            || LATEST_JOINTS
                .iter()
                .any(|j| opening.contains(&format!("{j}{o}")))
    })
}

/// Whether a marker of [`JOINS`] stands before the name in its sentence.
fn joins_before(before: &str) -> bool {
    JOINS.iter().any(|j| before.contains(j))
}

/// Whether the name sits in a clause opened by « après » / "after" that comes before a marker
/// giving the story's victim its turn: up to the marker for « au tour de », within the clause's
/// first comma for the others.
fn in_an_earlier_clause(before: &str, after: &str) -> bool {
    let Some(opened) = AFTER.iter().filter_map(|a| before.rfind(a)).max() else {
        return false;
    };
    let clause = &before[opened..];
    if TURN_TO.iter().any(|m| after.contains(m)) && !TURN_TO.iter().any(|m| clause.contains(m)) {
        return true;
    }
    let comma = after.find(',');
    !clause.contains(',')
        && comma.is_some_and(|c| {
            TURN_AFTER_CLAUSE
                .iter()
                .any(|m| after[c..].contains(m) && !after[..c].contains(m))
        })
}

/// The sentence of `text` that holds `start..end`: from the end of the sentence before (a full
/// stop, a question or exclamation mark followed by a space, or a new line) to the end of its own.
fn sentence_around(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let head = text.get(..start)?;
    let from = [". ", "! ", "? ", "\n"]
        .iter()
        .filter_map(|m| head.rfind(m).map(|i| i + m.len()))
        .max()
        .unwrap_or(0);
    let tail = text.get(end..)?;
    let to = [". ", "! ", "? ", "\n"]
        .iter()
        .filter_map(|m| tail.find(m))
        .min()
        .map_or(text.len(), |i| end + i + 1);
    Some((from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_before_the_story_s_turn_are_earlier_victims() {
        // Zataz (thirteenth split).
        let s = "Après Boulanger, Cultura et d'autres, c'est au tour de Temu et d'Action de faire \
                 face à une importante fuite de données";
        let at = s.find("Cultura").unwrap();
        let (before, after) = (fold(&s[..at]), fold(&s[at + "Cultura".len()..]));
        assert!(in_an_earlier_clause(&before, &after));
        let at = s.find("Temu").unwrap();
        let (before, after) = (fold(&s[..at]), fold(&s[at + "Temu".len()..]));
        assert!(!in_an_earlier_clause(&before, &after));
        // Actu.fr (seventh split): the clause ends at its comma.
        let s = "Après la cyberattaque contre l'hôpital de Corbeil-Essonnes, l'EHPAD de Beuzeville \
                 est, à son tour, visé.";
        let at = s.find("Corbeil").unwrap();
        let (before, after) = (fold(&s[..at]), fold(&s[at + "Corbeil-Essonnes".len()..]));
        assert!(in_an_earlier_clause(&before, &after));
        let at = s.find("Beuzeville").unwrap();
        let (before, after) = (fold(&s[..at]), fold(&s[at + "Beuzeville".len()..]));
        assert!(!in_an_earlier_clause(&before, &after));
        // A follow-up's own victim, after the clause: no turn is given, nothing is earlier.
        let s = "After the attack on Acme Corp, the company restored its systems.";
        let at = s.find("Acme").unwrap();
        let (before, after) = (fold(&s[..at]), fold(&s[at + "Acme Corp".len()..]));
        assert!(!in_an_earlier_clause(&before, &after));
    }

    #[test]
    fn a_sentence_telling_another_incident_names_its_victims_not_the_story_s_en_fr() {
        // Sixteenth split (The Record, Alder Hey; LeMagIT, LockBit; Le360, MGPTT).
        for s in [
            "It also confirmed that the attack wasn't connected to the ongoing major incident at \
             Wirral University Teaching Hospitals.",
            "INC ransomware gang was also responsible for the February 2024 attack on NHS Dumfries \
             and Galloway.",
            "Back in the summer of 2024, Patelco Credit Union was hit with a ransomware attack.",
            "À cela s'ajoutent des victimes qui ont été revendiquées antérieurement sous d'autres \
             enseignes, comme Qilin, TheGentlement, Weyhro.",
            "Le collectif revendique cette attaque comme une riposte directe au piratage récent de \
             la Caisse nationale de sécurité sociale (CNSS) marocaine.",
        ] {
            assert!(tells_another_incident(&fold(s)), "{s}");
        }
        // Near misses: a second victim of the story's own attack is told with « également ».
        for s in [
            "Les villes de Levallois-Perret, Le Mans ou Dunkerque ont également été ciblées.",
            "Marks and Spencers was also targeted last week by a cyber incident.",
        ] {
            assert!(!tells_another_incident(&fold(s)), "{s}");
        }
        let vocab = crate::tagging::Vocabulary::bundled().unwrap();
        let text = "Alder Hey Children's NHS Foundation Trust is investigating a data breach. It \
                    also confirmed that the attack wasn't connected to the ongoing major incident \
                    at Wirral University Teaching Hospitals.";
        let s = crate::tagging::Suggester::suggest_once(
            &vocab,
            "Alder Hey Children's NHS Foundation Trust investigating data breach",
            text,
        )
        .unwrap();
        let v: Vec<&str> = s.target.iter().map(|t| t.value.as_str()).collect();
        assert!(!v.iter().any(|x| x.starts_with("Wirral")), "{v:?}");
    }

    #[test]
    fn a_sentence_is_read_between_its_stops() {
        let text = "Premier point. Toutefois, cette fuite s'ajoute à une série d'attaques. Fin.";
        let at = text.find("série").unwrap();
        let (from, to) = sentence_around(text, at, at + 1).unwrap();
        assert_eq!(
            &text[from..to],
            "Toutefois, cette fuite s'ajoute à une série d'attaques."
        );
    }
}
