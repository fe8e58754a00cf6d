//! How the press writes a victim's name around the name itself (round s16victims, from the fifth
//! split's misses): a dateline before a sentence's subject ("VALENCIA (CBSLA) – The Newhall School
//! District…", "(TNS) — Xavier University's…"), a place's possessive before an institution
//! ("Louisiana's Xavier University"), an abbreviation declared in parentheses (« la Fédération
//! Française de Voile (FFVoile) »), the last two members of a list joined by "and" ("GEMCO
//! Constructors, Dynamo Electric and Farnell Packaging"), and a sentence about another incident
//! than the story's (« une autre attaque… ayant visé le Grand Palais », "Last month, the Rialto
//! district was also…").
use super::fold::fold;
use super::phrases::Phrases;
use super::suggest::{Confidence, Suggestion};
use super::victims::{self, Token};
use std::sync::LazyLock;

/// Dashes that close a dateline.
const DASHES: &[char] = &['–', '—', '-'];

/// The first token after a dateline that opens a sentence: words in capitals or a source in
/// parentheses, then a dash ("VALENCIA (CBSLA) –", "THE HAGUE, Nov 28, 2023 (AFP) –", "(TNS) —",
/// "MORTON, MINN. –"); 0 when there is none. The subject is what follows.
pub(crate) fn dateline_end(original: &str, toks: &[Token]) -> usize {
    let Some(first) = toks.first() else {
        return 0;
    };
    let opens_with_paren = original[..first.start].trim_end().ends_with('(');
    for i in 1..toks.len().min(10) {
        let between = &original[toks[i - 1].end..toks[i].start];
        let dash = between.contains(['–', '—']) || between.contains(" - ");
        if !dash || !toks[i].cap {
            continue;
        }
        let prefix = &original[first.start..toks[i - 1].end];
        let capitals = toks[..i]
            .iter()
            .filter(|t| t.folded.chars().any(char::is_alphabetic))
            .take(2)
            .all(|t| {
                let w = &original[t.start..t.end];
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            });
        let source = opens_with_paren || prefix.contains('(') || prefix.contains('|');
        // Only the dash, a closing parenthesis and an elided article (« - L'université »).
        let dash_at_end = between.chars().all(|c| {
            c.is_whitespace()
                || DASHES.contains(&c)
                || matches!(c, ')' | '\'' | '’')
                || c.is_alphabetic()
        });
        if (capitals || source) && dash_at_end {
            return i;
        }
        return 0;
    }
    0
}

/// People who speak for the subject before them ("Mecklenburg County officials said…").
#[rustfmt::skip]
const SPOKESPEOPLE: &[&str] = &[
    "officials", "official", "spokesperson", "spokesman", "spokeswoman", "staff", "employees",
    "leaders", "executives", "responsables", "dirigeants", "agents", "employes", "salaries",
];

/// Whether the name read as a sentence's subject only qualifies the lower-case noun after it
/// ("Rural Alabama electric cooperative hit by ransomware attack", "Microsoft Exchange servers
/// were hit"): the subject is that noun, which the name does not name.
/// The noun is one to three lower-case words that run to the cue ("Blackbaud informed us that…
/// they had been the victim" is a clause, not a noun).
pub(crate) fn modifies_a_noun(toks: &[Token], p: &victims::Phrase, cue: usize) -> bool {
    let after = toks.partition_point(|t| t.start < p.end);
    let mut to = toks.partition_point(|t| t.start < cue);
    while to > after && victims::GLUE.contains(&toks[to - 1].folded()) {
        to -= 1;
    }
    let noun = toks.get(after..to).unwrap_or_default();
    (1..=3).contains(&noun.len())
        && noun.iter().all(|t| {
            !t.gap
                && !t.cap
                && t.folded.chars().all(char::is_alphabetic)
                && !SPOKESPEOPLE.contains(&t.folded())
                && !OWN_INCIDENT.contains(&t.folded())
                && !super::victim_kinds::owned_thing(&t.folded)
        })
}

/// Nouns a name qualifies as their victim or owner ("Blackbaud incident", "Acme servers").
#[rustfmt::skip]
const OWN_INCIDENT: &[&str] = &[
    "incident", "breach", "hack", "attack", "cyberattack", "outage", "data", "customers",
    "clients", "patients", "users", "students",
];

/// "District of Columbia’s Board of Elections": a possessive kept before an institution whose
/// name is only its head ("Board of Elections", "Ministry of Defense") belongs to the name, which
/// the press also writes without the possessive ("District of Columbia Board of Elections").
pub(crate) fn join_possessive(name: &str) -> String {
    let toks = victims::tokens(name, 0, name.len());
    for k in 0..toks.len().saturating_sub(1) {
        let owned = &toks[k + 1];
        if toks[k].cap
            && toks[k].folded.ends_with("'s")
            && !names_whom_it_serves(&toks[k].folded)
            && owned.cap
            && victims::head_at(&toks, k + 1).is_some_and(|h| h.naming)
        {
            let possessor = name[..toks[k].end]
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            return format!("{possessor}{}", &name[toks[k].end..]);
        }
    }
    name.to_string()
}

/// True when the possessive word `folded` ("children's", "workers'") is whom an institution
/// serves, its name's own word ("Children's Hospital"), not a possessor or a place.
fn names_whom_it_serves(folded: &str) -> bool {
    PATRONS.contains(&folded.trim_end_matches("'s").trim_end_matches('\''))
}

/// Those an institution serves, written in its name with a possessive ("Children's Hospital").
#[rustfmt::skip]
const PATRONS: &[&str] = &[
    "children", "women", "men", "people", "peoples", "veterans", "workers", "teachers",
    "soldiers", "sailors", "seamen", "citizens", "farmers", "pensioners", "nurses", "doctors",
];

/// "Louisiana's Xavier University": a possessive before an institution's name says where it is;
/// the victim is the institution. `name_start` moves past the possessive when what follows is
/// a name with a naming head.
/// The possessor may be several words ("North Carolina’s Mecklenburg County", "District of
/// Columbia’s Board of Elections"): its capitalised words and their connectors.
pub(crate) fn drop_possessor(original: &str, p: &mut victims::Phrase) {
    let toks = victims::tokens(original, p.name_start, p.end);
    // "Texas’ University of St. Thomas" (twentieth split): a possessor ending in s takes the
    // apostrophe alone, which the words leave out of the token.
    let bare_apostrophe = |t: &victims::Token| {
        t.folded.ends_with('s')
            && original
                .get(t.end..)
                .is_some_and(|after| after.starts_with("' ") || after.starts_with("’ "))
    };
    let Some(k) = toks
        .iter()
        .position(|t| t.folded.ends_with("'s") || bare_apostrophe(t))
    else {
        return;
    };
    let Some(owned) = toks.get(k + 1) else {
        return;
    };
    // "Alder Hey Children’s NHS Foundation Trust", "Women's College Hospital": whose an
    // institution is for is its name's own word, not where it is (sixteenth split, where the
    // trust was read as "NHS Foundation Trust" and then as another trust of the text).
    if names_whom_it_serves(&toks[k].folded) {
        return;
    }
    let possessor = toks[..=k]
        .iter()
        .all(|t| t.cap || matches!(t.folded(), "of" | "de"));
    let possessive = toks[0].cap && toks[k].cap && possessor && owned.cap;
    let institution =
        (k + 1..toks.len()).any(|i| victims::head_at(&toks, i).is_some_and(|h| h.naming));
    // "District of Columbia’s Board of Elections": a name that is only its head is the
    // possessor's (see `join_possessive`).
    // A head with more words after it names an institution of its own ("Texas’ University of
    // St. Thomas").
    let bare_head = victims::head_at(&toks, k + 1)
        .is_some_and(|h| h.naming && k + 1 + h.words.len() >= toks.len());
    if possessive && institution && !bare_head {
        p.name_start = owned.start;
        p.start = p.start.max(owned.start);
    }
}

/// A victim whose abbreviation the text declares in parentheses (« la Fédération Française de
/// Voile (FFVoile) », "the Police Service of Northern Ireland (PSNI)") is one victim: the
/// abbreviation gives way to the name written just before it; a name cut short before the rest
/// of it (« la Caisse nationale de sécurité sociale marocaine (CNSS) » read as « Caisse
/// nationale ») gives way to the abbreviation. The kept one takes the higher confidence.
pub(crate) fn merge_declared_abbreviations(targets: &mut Vec<Suggestion>, title: &str, text: &str) {
    // Most articles declare nothing: no new one-word victim, or no parenthesis.
    let candidate = |t: &Suggestion| t.new_value && !t.value.trim().contains(' ');
    if targets.len() < 2
        || !targets.iter().any(candidate)
        || !(title.contains('(') || text.contains('('))
    {
        return;
    }
    let folded: Vec<String> = [title, text].iter().map(|f| fold(f)).collect();
    let mut drop: Vec<(usize, usize)> = Vec::new();
    for (a, abbr) in targets.iter().enumerate() {
        let short = abbr.value.trim();
        if !abbr.new_value || short.contains(' ') || short.chars().count() < 2 {
            continue;
        }
        let declared = format!("({})", fold(short));
        for (n, name) in targets.iter().enumerate() {
            if n == a || name.value.chars().count() <= short.chars().count() {
                continue;
            }
            let full = fold(name.value.trim());
            for f in &folded {
                let Some(gap) = f.match_indices(&full).find_map(|(i, _)| {
                    let rest = &f[i + full.len()..];
                    let at = rest.find(&declared)?;
                    let between = &rest[..at];
                    let words = between.split_whitespace().count();
                    (words <= 4 && !between.contains(['(', ')', '.', ',', ';', ':']))
                        .then_some(words)
                }) else {
                    continue;
                };
                // Right before it: the name is the full one. Words between: it was cut short.
                if gap == 0 {
                    drop.push((a, n));
                } else if name.new_value {
                    drop.push((n, a));
                }
                break;
            }
        }
    }
    if drop.is_empty() {
        return;
    }
    let mut raise: Vec<(usize, Confidence)> = Vec::new();
    for &(gone, kept) in &drop {
        if !drop.iter().any(|&(g, _)| g == kept) {
            raise.push((kept, targets[gone].confidence));
        }
    }
    for (kept, c) in raise {
        if targets[kept].confidence < c {
            targets[kept].confidence = c;
        }
    }
    let gone: Vec<usize> = drop
        .iter()
        .filter(|&&(_, kept)| !drop.iter().any(|&(g, _)| g == kept))
        .map(|&(g, _)| g)
        .collect();
    let mut i = 0;
    targets.retain(|_| {
        let keep = !gone.contains(&i);
        i += 1;
        keep
    });
}

/// In a list reached by a comma ("A, B and C"), the member read as "B and C" is two names: the
/// token where "and" splits it, if any.
pub(crate) fn and_splits(toks: &[Token], from: usize, to: usize) -> Option<usize> {
    (from + 1..to.saturating_sub(1))
        .find(|&k| toks[k].folded == "and" && !toks[k].cap && toks[k - 1].cap && toks[k + 1].cap)
}

/// What says a sentence tells another incident than the story's: another attack, one that hit
/// its victim before (« une autre attaque… ayant visé le Grand Palais », « L'hôpital de Dax déjà
/// attaqué », "another attack on").
#[rustfmt::skip]
const ANOTHER_INCIDENT: &[&str] = &[
    "une autre attaque", "une autre cyberattaque", "un autre piratage", "une autre fuite",
    "deja attaque", "deja attaquee", "deja attaques", "deja attaquees", "deja ete attaque",
    "deja ete attaquee", "deja ete cible", "deja ete ciblee", "deja touche", "deja touchee",
    "another attack", "another cyberattack", "another ransomware attack", "another breach",
    "already been hit", "already been attacked", "already attacked", "previously hit",
    "previously attacked",
    // Round s22victims (eleventh split): an attack the story's is compared with ("we assume it
    // is similar to the attack on Maersk"), and what a group is known for having done before
    // (« NoName, déjà connu pour avoir mis en panne les sites de l'Assemblée nationale »).
    "similar to the attack", "similar to the attacks", "similar to the one", "comparable to the",
    "semblable a celle", "similaire a celle", "comparable a celle", "connu pour avoir",
    "connus pour avoir", "connue pour avoir", "known for hacking", "known for attacking",
];

/// Openings that set a sentence before the story's incident ("Last month, …", « Le mois dernier, … »).
#[rustfmt::skip]
const EARLIER_OPENINGS: &[&str] = &[
    "last month", "last week", "earlier this year", "earlier this month", "le mois dernier",
    "la semaine derniere", "plus tot cette annee", "en debut d'annee",
];

/// Words by which such a sentence says its subject was hit too ("was also forced", « a aussi »).
const TOO: &[&str] = &["also", "too", "aussi", "egalement", "deja"];

/// Whether a (folded) sentence tells another incident: see [`ANOTHER_INCIDENT`], or it opens
/// with an earlier time and says its subject was hit too ("Last month, the Rialto Unified
/// School District … was also forced to suspend…").
pub(crate) fn another_incident(sentence: &str) -> bool {
    static PHRASES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(ANOTHER_INCIDENT));
    if PHRASES.any(sentence, super::context::at_word_boundary) {
        return true;
    }
    let opening = sentence.trim_start();
    EARLIER_OPENINGS.iter().any(|o| opening.starts_with(o))
        && sentence
            .split(|c: char| !super::fold::is_word_char(c))
            .any(|w| TOO.contains(&w))
}

/// Times before the story's own incident, wherever they stand in a sentence (folded).
#[rustfmt::skip]
const EARLIER_TIMES: &[&str] = &[
    "earlier this year", "last year", "plus tot cette annee", "l'an dernier", "l'annee derniere",
    "l'an passe", "l'annee passee",
    // Round s23victims: the nearer past ("Dallas Independent School District officials earlier
    // this month said electronic records were hacked" in a story about Allen ISD, eighth split).
    // Tried and left out: "previously" ("The incident at NIH, which has not been previously
    // reported" is the story's own), "last week" / « la semaine dernière » and "last month"
    // (« des pirates ont pu accéder à ses systèmes la semaine dernière » is the ICC's own), «
    // ces derniers mois » (« La France … a subi plusieurs attaques de ce type ces derniers mois »
    // gave the story's own country, held-out split).
    "earlier this month", "plus tot ce mois-ci", "in recent months",
];

/// Whether a (folded) sentence recalls an earlier incident elsewhere: it holds an earlier time
/// and names none of the story's own names (`recalled::story_names`): "The City of Oakland was
/// the victim of a ransomware attack earlier this year" in a story about Hayward.
pub(crate) fn earlier_elsewhere(sentence: &str, story: &[String]) -> bool {
    let named = |w: &str| {
        super::context::starts_of(sentence, w)
            .any(|at| super::context::at_word_boundary(sentence, at, at + w.len()))
    };
    // A head ("City" of "City of Hayward") names no one in particular.
    let own = |n: &&String| !victims::HEADS.iter().any(|h| h.words.contains(&n.as_str()));
    story.iter().any(|n| own(&n))
        && EARLIER_TIMES.iter().any(|t| named(t))
        && !story.iter().filter(own).any(|n| named(n))
}

/// Whether a name found just before a victim cue is the alias set in apposition after the
/// subject, between commas and after an article (« Le Centre hospitalier de Wallonie picarde, le
/// ChWapi, a été victime », "Acme Health, the AHS, was hit"): the subject is then read from the
/// sentence's start, where the name is written in full.
pub(crate) fn an_alias_in_apposition(original: &str, toks: &[Token], p: &victims::Phrase) -> bool {
    let first = toks.partition_point(|t| t.start < p.start);
    let after = toks.partition_point(|t| t.start < p.end);
    let comma_between = |a: usize, b: usize| {
        original
            .get(toks[a].end..toks[b].start)
            .is_some_and(|between| between.trim() == ",")
    };
    // ", le ChWapi" or ", l'EMS" (the elided article is inside the token).
    let article = match toks.get(first) {
        Some(t) if t.elided && t.gap => first,
        Some(_) if first >= 1 && victims::DETERMINERS.contains(&toks[first - 1].folded()) => {
            first - 1
        }
        _ => return false,
    };
    let closed = toks
        .get(after)
        .is_some_and(|t| t.gap && comma_between(after - 1, after));
    article >= 1 && comma_between(article - 1, article) && closed
}

/// The subject written in full before an alias in apposition (see [`an_alias_in_apposition`]):
/// the name that opens the sentence and runs to the comma, a name's lower-case adjectives
/// included (« Wallonie picarde »).
pub(crate) fn subject_of_alias(
    original: &str,
    toks: &[Token],
    p: &victims::Phrase,
) -> Option<victims::Phrase> {
    if !an_alias_in_apposition(original, toks, p) {
        return None;
    }
    let first = toks.partition_point(|t| t.start < p.start);
    let article = if toks[first].elided { first } else { first - 1 };
    let before_comma = &toks[..article];
    let start = dateline_end(original, before_comma);
    let mut subject = victims::phrase_forward(before_comma, start)?;
    let rest = before_comma.partition_point(|t| t.start < subject.end);
    let adjectives = &before_comma[rest..];
    if adjectives.len() > 2
        || adjectives
            .iter()
            .any(|t| t.cap || t.gap || !t.folded.chars().all(char::is_alphabetic))
    {
        return None;
    }
    subject.end = before_comma.last()?.end;
    Some(subject)
}

/// Whether a name found just before a victim cue ends an aside rather than being the subject:
/// a comma closes it and a lower-case word runs into it (« La commune vaudoise de Rolle, située au
/// bord du lac Léman, a été touchée », "CDK Global, which provides software for car dealerships
/// across North America, has been hit"). The subject is then read from the sentence's start.
pub(crate) fn ends_an_aside(original: &str, toks: &[Token], p: &victims::Phrase) -> bool {
    let first = toks.partition_point(|t| t.start < p.start);
    let after = toks.partition_point(|t| t.start < p.end);
    // « …lac Léman, a été touchée »: a verb after the comma (« l'entreprise morbihannaise Mahévas,
    // victime d'une arnaque » is the subject and its apposition).
    let verb = |t: &Token| {
        matches!(
            t.folded(),
            "a" | "ont"
                | "est"
                | "sont"
                | "etait"
                | "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
        )
    };
    let comma_after = toks.get(after).is_some_and(|t| {
        t.gap
            && verb(t)
            && original
                .get(p.end..t.start)
                .is_some_and(|b| b.trim() == ",")
    });
    let runs_in = first > 0
        && toks.get(first).is_some_and(|t| !t.gap && !t.elided)
        && toks.get(first - 1).is_some_and(|w| {
            !w.cap
                && !victims::DETERMINERS.contains(&w.folded())
                && !matches!(w.folded(), "de" | "du" | "des" | "of" | "et" | "and")
        });
    comma_after && runs_in
}

/// How many words back an aside before a victim cue may open.
const ASIDE_WORDS: usize = 30;

/// The subject written before an aside that runs to a victim cue (« la mairie de Berson, bourgade
/// de 1 800 habitants située en Haute-Gironde, a été victime », « …le bâtiment PRB, située aux
/// Achards (Vendée), a été victime », "Persante Health Care, a Mount Laurel Township, NJ-based
/// national provider of … services, has announced a security incident"): the aside closes with
/// the comma before the verb and opens after a comma with a lower-case word, a description and
/// not the next member of a list; the subject is the name that ends at its opening comma.
pub(crate) fn subject_before_an_aside(
    original: &str,
    toks: &[Token],
    cue: usize,
) -> Option<victims::Phrase> {
    let mut k = cue.min(toks.len());
    while k > 0 && victims::GLUE.contains(&toks[k - 1].folded()) {
        k -= 1;
    }
    let comma_before = |i: usize| {
        i >= 1
            && toks[i].gap
            && original
                .get(toks[i - 1].end..toks[i].start)
                .is_some_and(|b| b.trim_end().ends_with(','))
    };
    if k < 2 || k >= toks.len() || !comma_before(k) {
        return None;
    }
    let floor = k.saturating_sub(ASIDE_WORDS).max(1);
    let opening = (floor..k - 1).rev().find(|&j| {
        comma_before(j)
            && !toks[j].cap
            && !matches!(
                toks[j].folded(),
                "et" | "and" | "ou" | "or" | "dont" | "including" | "notamment" | "as" | "ainsi"
            )
    })?;
    victims::phrase_before(&toks[..opening], opening)
}

/// Whether a name stands in parentheses (« …située aux Achards (Vendée), a été victime »): an
/// aside on the subject, which is before it.
pub(crate) fn in_parentheses(original: &str, p: &victims::Phrase) -> bool {
    original[..p.start].trim_end().ends_with('(') && original[p.end..].trim_start().starts_with(')')
}
