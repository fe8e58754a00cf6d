//! Victims on news nobody tuned on (issue 10): where the press names a victim without the classic
//! cues ("à la clinique X", "X is trying to restore services", a bare "la mairie" in the title
//! named in full in the text), and how a victim's name is trimmed of what only describes it
//! ("Ascension health system", « Ramsay en France »).
use super::resolve::Kind;
use super::suggest::{Confidence, Evidence, Field, Suggestions};
use super::victims::{self, Head, Token};

/// An incident at an institution: « cyberattaque à la clinique X », « fuite de données au CHU de
/// Y », "data leak at Z" (folded; a town after « à » is dropped later as a place).
#[rustfmt::skip]
pub(crate) const INCIDENT_AT: &[&str] = &[
    "cyberattaque a la", "cyberattaque au", "cyberattaque a l", "cyberattaque aux",
    "cyberattaques a la", "cyberattaques au", "attaque a la", "attaque au", "attaque a l",
    "attaque informatique a la", "attaque informatique au", "fuite de donnees a la",
    "fuite de donnees au", "fuite de donnees a l", "fuite a la", "fuite au", "piratage a la",
    "piratage au", "piratage a l", "rancongiciel a la", "rancongiciel au", "rancongiciel a l",
    "chantage a la", "chantage au", "intrusion a la", "intrusion au", "incident visant", "un site de", "un site du",
    "un site web de", "data leak at", "leak at", "outage at", "ransomware hit at", "incident against",
    // Whose data it is: « les bases de données issues d'Alain Afflelou », "records belonging to".
    "donnees issues d", "donnees issues de", "donnees issues du", "donnees issues des",
    "belonging to", "allegedly belonging to",
];

/// What a victim does after an attack (the sentence must name the attack too): "X is trying to
/// restore services after a cyberattack", « X tente de rétablir ses services ».
#[rustfmt::skip]
pub(crate) const RECOVERY: &[&str] = &[
    "restore services", "restore its services", "restore their services", "restore its systems",
    "restore systems", "restoring services", "restoring its systems", "recover from",
    "recovering from", "retablir ses services", "retablir ses systemes", "retablir son systeme",
    "retablir ses reseaux", "restaurer ses systemes", "couper ses reseaux",
    "couper completement ses reseaux", "se remettre d'une", "se remet d'une",
    "diverting ambulances", "divert ambulances", "diverting patients", "detourner les ambulances",
    "devier les ambulances", "reporter des operations", "deprogrammer des operations",
];

/// A passive that says its subject was hit ("Marks and Spencers was also targeted", "A, B and C
/// were hit", « ont été attaqués »), and being affected by an attack ("a US-based health center
/// that was affected by the attack", « affectée par la cyberattaque »).
#[rustfmt::skip]
pub(crate) const HIT_PASSIVE: &[&str] = &[
    "was targeted", "were targeted", "been targeted", "was also targeted", "were also targeted",
    "was hit", "were hit", "been hit", "was also hit", "were also hit", "was attacked",
    "were attacked", "was also attacked", "affected by the attack", "affected by the cyberattack",
    "affected by the ransomware", "impacted by the attack", "impacted by the cyberattack",
    "a ete attaque", "a ete attaquee", "ont ete attaques", "ont ete attaquees", "a ete cible",
    "a ete ciblee", "ont ete cibles", "ont ete ciblees", "affecte par la cyberattaque",
    "affectee par la cyberattaque", "affectes par la cyberattaque", "affectees par la cyberattaque",
    "affectee par l'attaque", "affecte par l'attaque", "impacte par la cyberattaque",
    "impactee par la cyberattaque",
    // With their "by", so that it is not read as the attacker's ("California, was hit by").
    "was hit by", "were hit by", "been hit by", "was also hit by", "were also hit by",
    "was targeted by", "were targeted by", "been targeted by", "was also targeted by",
    "were also targeted by", "was attacked by", "were attacked by", "was also attacked by",
    "a ete attaque par", "a ete attaquee par", "ont ete attaques par", "ont ete attaquees par",
    "a ete cible par", "a ete ciblee par", "ont ete cibles par", "ont ete ciblees par",
];

/// Pronouns that open a relative clause after a comma, folded.
const RELATIVES: &[&str] = &[
    "which", "who", "whose", "where", "qui", "dont", "ou", "that",
];

/// Where a sentence's subject starts: after an opening phrase that ends with a comma and holds a
/// word that is no name ("As of late Friday morning, Crozer Health…", « Ce jeudi, le conseil… »,
/// « Samedi, les sites du Kremlin… »), else at its first word.
pub(crate) fn subject_start(original: &str, toks: &[Token]) -> usize {
    // "VALENCIA (CBSLA) – The Newhall School District…": past a dateline.
    let dateline = super::victim_names::dateline_end(original, toks);
    if dateline > 0 {
        return dateline;
    }
    let after_comma = |i: usize| {
        toks[i].gap
            && original
                .get(toks[i - 1].end..toks[i].start)
                .is_some_and(|between| between.trim() == ",")
    };
    let Some(comma) = (1..toks.len().min(7)).find(|&i| after_comma(i)) else {
        return 0;
    };
    let opening = &toks[..comma];
    // A name and its apposition ("Crozer Health, a network…") are the subject itself.
    // So are a name, where it is and an aside on the place ("Cayuga Medical Center in Ithaca, New
    // York, was…", twenty-third split; « L'EHPAD des Franches Terres à Beuzeville, au sud
    // d'Honfleur, a été victime », seventh): the opening is no time or place phrase. A relative
    // clause after the place is left to the rules that read it ("South & City College in
    // Birmingham, which has…, says that it suffered", where « City » would give its sector).
    let named = victims::phrase_forward(opening, 0).is_some_and(|p| {
        let after = opening.partition_point(|t| t.start < p.end);
        p.end == opening[comma - 1].end
            || (opening
                .get(after)
                .is_some_and(|t| matches!(t.folded(), "in" | "a") && !t.cap)
                && opening[after + 1..].iter().all(|t| t.cap && !t.gap)
                && after + 1 < comma
                && !RELATIVES.contains(&toks[comma].folded()))
    });
    if named { 0 } else { comma }
}

/// Verbs by which a subject reports what happened to others: "The Moscow Times reports: …",
/// « Le Parisien nous apprend que… », « La CNIL rapporte que… ».
#[rustfmt::skip]
const REPORTS: &[&str] = &[
    "reports", "reported", "writes", "wrote", "reporting", "rapporte", "rapportait", "ecrit",
    "relate", "relaie", "apprend", "souligne", "rappelle", "note", "observe", "estime",
];

/// Whether the words just after a sentence's subject (ending at `end`) say it reports on others.
pub(crate) fn reports_on_others(original: &str, end: usize) -> bool {
    let mut to = original.len().min(end + 40);
    while !original.is_char_boundary(to) {
        to -= 1;
    }
    let toks = victims::tokens(original, end, to);
    let mut words = toks.iter().map(|t: &Token| t.folded());
    // « Le Café pédagogique écrit: Selon Sud Ouest, … » (twenty-fifth split): a French name's
    // lower-case adjective, which the subject's reading left out, stands before the verb.
    let adjective = toks.first().is_some_and(|t| {
        !t.cap && !t.gap && !victims::is_determiner(t) && t.folded.chars().all(char::is_alphabetic)
    });
    match words.next() {
        Some("nous" | "vous") => words.next().is_some_and(|w| REPORTS.contains(&w)),
        Some(w) => {
            REPORTS.contains(&w)
                || (adjective && words.next().is_some_and(|v| REPORTS.contains(&v)))
        }
        None => false,
    }
}

/// Relative clauses in the pluperfect, which recall an earlier victim of the same attacker: « le
/// gang qui s'était attaqué à l'hôpital de Corbeil-Essonnes », "the gang that had hit Acme".
#[rustfmt::skip]
const EARLIER: &[&str] = &[
    "qui s'etait", "qui s'etaient", "qui avait", "qui avaient", "qui etait", "qui etaient",
    "which had", "that had", "who had", "which previously", "that previously",
];

/// Whether the victim cue starting at `at` (folded text) sits in a clause that recalls an earlier
/// attack (see [`EARLIER`]): three words back at most.
pub(crate) fn recalls_an_earlier_attack(text: &str, floor: usize, at: usize) -> bool {
    let from = super::context::words_back(text, floor, at, 3);
    let before = &text[from..at];
    EARLIER.iter().any(|e| {
        super::context::starts_of(before, e)
            .any(|i| super::context::at_word_boundary(before, i, i + e.len()))
    })
}

/// Descriptions that follow a name in English ("the Ascension health system"): the victim is the
/// name before them.
#[rustfmt::skip]
const TAIL_DESCRIPTIONS: &[&[&str]] = &[
    &["health", "system"], &["hospital", "system"], &["healthcare", "system"],
    &["health", "network"], &["hospital", "chain"], &["hospital", "group"], &["retail", "chain"],
    &["restaurant", "chain"], &["school", "system"],
];

/// Trims from a victim's name what only describes it: a place after « en » (« Ramsay en France »,
/// « Guerre en Ukraine »: `places` are the original spans of the countries and places named
/// inside it) and a lower-case description after an English name ("Ascension health system").
pub(crate) fn trim_description(original: &str, p: &mut victims::Phrase, places: &[(usize, usize)]) {
    let toks = victims::tokens(original, p.name_start, p.end);
    let is_place = |t: &Token| places.iter().any(|&(s, e)| s <= t.start && e >= t.end);
    for (j, t) in toks.iter().enumerate().skip(1) {
        let rest = &toks[j + 1..];
        if t.folded == "en" && !rest.is_empty() && rest.iter().all(|r| !r.cap || is_place(r)) {
            p.end = toks[j - 1].end;
            return;
        }
    }
    for d in TAIL_DESCRIPTIONS {
        let Some(at) = toks.len().checked_sub(d.len()) else {
            continue;
        };
        let tail = &toks[at..];
        if at > 0
            && toks[..at].iter().any(|t| t.cap)
            && tail
                .iter()
                .zip(d.iter())
                .all(|(t, w)| !t.cap && t.folded == *w)
        {
            p.end = toks[at - 1].end;
            return;
        }
    }
}

/// How much of a text is searched for an institution named in full.
const LEAD_BYTES: usize = 4 * 1024;

/// Heads that stand for the same kind of institution ("council" and « mairie », « département »
/// and « conseil départemental », "hospital" and « CHU »).
fn kind_of(h: &Head) -> &'static str {
    match h.words {
        ["mairie"]
        | ["hotel", "de", "ville"]
        | ["ville"]
        | ["commune"]
        | ["city", "council"]
        | ["council"]
        | ["county", "council"]
        | ["county"]
        | ["borough"]
        | ["municipality"] => "town",
        ["departement"] | ["conseil", "departemental"] => "departement",
        ["conseil", "regional"] => "region",
        ["hopital"]
        | ["hopitaux"]
        | ["chu"]
        | ["centre", "hospitalier", ..]
        | ["hospital"]
        | ["hospitals"]
        | ["general", "hospital"]
        | ["medical", ..]
        | ["health", "system"] => "hospital",
        ["clinique"] | ["clinic"] => "clinic",
        ["universite"] | ["universites"] | ["university"] | ["pole", "universitaire"] => {
            "university"
        }
        [first, ..] => first,
        [] => "",
    }
}

/// The kinds of institution the article says were hit without naming them: a sector suggested
/// from nothing but a head word ("a local council has confirmed…", « Mairie cyberattaquée »).
pub(crate) fn unnamed_kinds(out: &Suggestions) -> Vec<&'static str> {
    let mut kinds = Vec::new();
    for s in &out.sector {
        let toks = victims::tokens(&s.evidence.term, 0, s.evidence.term.len());
        let toks: Vec<Token> = toks
            .into_iter()
            .filter(|t| !victims::DETERMINERS.contains(&t.folded()))
            .collect();
        // "hospital", or a place and an English head in lower case ("Texas school district").
        let lower_head = |k: usize| {
            toks[..k].iter().all(|t| t.cap)
                && toks[k..].iter().all(|t| !t.cap)
                && ENGLISH_HEADS.contains(&toks[toks.len() - 1].folded())
        };
        if let Some(h) = (0..toks.len())
            .filter(|&k| k == 0 || lower_head(k))
            .find_map(|k| victims::head_at(&toks, k).filter(|h| h.words.len() == toks.len() - k))
            && h.naming
        {
            kinds.push(kind_of(h));
        }
    }
    kinds
}

/// The first institution of one of `kinds` named in full in `original`: « la Mairie de Betton »,
/// "Redcar and Cleveland Borough Council".
fn first_named(original: &str, kinds: &[&str]) -> Option<victims::Phrase> {
    // A news text names its victim in its first paragraphs; the rest of a long one is not read.
    let mut end = original.len().min(LEAD_BYTES);
    while !original.is_char_boundary(end) {
        end -= 1;
    }
    let toks = victims::tokens(original, 0, end);
    for i in 0..toks.len() {
        let Some(h) = victims::head_at(&toks, i).filter(|h| h.naming) else {
            continue;
        };
        if !kinds.contains(&kind_of(h)) {
            continue;
        }
        // « Mairie de Betton »: the head first.
        if let Some(p) = victims::phrase_forward(&toks, i).filter(|p| p.proper) {
            if a_kind_not_a_name(original, &p) {
                continue;
            }
            return Some(p);
        }
        // "Hackney Council", "Redcar and Cleveland Borough Council": the head last, capitalised.
        if !toks[i].cap {
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && toks[j].cap && !toks[j].gap {
            j += 1;
        }
        if let Some(mut p) =
            victims::phrase_before(&toks, j).filter(|p| p.proper && p.start < toks[i].start)
        {
            // "North Carolina’s Mecklenburg County": the county, not its state.
            super::victim_names::drop_possessor(original, &mut p);
            return Some(p);
        }
    }
    None
}

/// An article that says a kind of institution was hit without naming it ("A local council has
/// confirmed that an outage … was caused by a cyber-attack", « Mairie cyberattaquée ») and names
/// no victim: the institution of that kind it names in full elsewhere is the victim, at medium
/// confidence (inferred).
pub(crate) fn named_in_full(title: &str, text: &str, out: &mut Suggestions) {
    if !out.target.is_empty() {
        return;
    }
    let kinds = unnamed_kinds(out);
    if kinds.is_empty() {
        return;
    }
    // The text first: a Title-Case headline capitalises every word ("Council Staff Revert To Pen").
    let title_case = {
        let toks = victims::tokens(title, 0, title.len());
        toks.iter().filter(|t| t.cap).count() * 2 > toks.len()
    };
    for (field, original) in [(Field::Text, text), (Field::Title, title)] {
        if field == Field::Title && title_case {
            continue;
        }
        if let Some(p) = first_named(original, &kinds) {
            let evidence = Evidence {
                field,
                start: p.start,
                end: p.end,
                term: original[p.start..p.end].to_string(),
            };
            out.push(
                Kind::Organisation,
                &p.name(original),
                &evidence,
                Confidence::Medium,
                true,
            );
            return;
        }
    }
}

/// Whether a victim phrase follows an indefinite article and its head is written in lower case:
/// "a Massachusetts hospital system", « une clinique de Saint-Etienne » describe a victim the text
/// does not name.
pub(crate) fn a_kind_not_a_name(original: &str, p: &victims::Phrase) -> bool {
    let before = original[..p.start].trim_end();
    let article = super::analyse::last_word(before);
    let indefinite = matches!(article.to_lowercase().as_str(), "a" | "an" | "un" | "une")
        && before.len() < original[..p.start].len();
    let head_in_lower_case = victims::tokens(original, p.start, p.end)
        .iter()
        .any(|t| !t.cap && victims::HEADS.iter().any(|h| h.words.contains(&t.folded())));
    indefinite && head_in_lower_case || english_kind(original, p)
}

/// English heads, which English writes with a capital in a name ("Tampa General Hospital").
#[rustfmt::skip]
const ENGLISH_HEADS: &[&str] = &[
    "hospital", "hospitals", "clinic", "university", "council", "county", "borough",
    "municipality", "school", "district", "system", "center", "centre", "airport", "casino",
];

/// "Tampa hospital", "Texas school district": a place and an English head in lower case describe
/// a victim the text names elsewhere in full, as English capitalises every word of a name (French
/// does not: « l'hôpital de Cannes » is a name).
fn english_kind(original: &str, p: &victims::Phrase) -> bool {
    let toks = victims::tokens(original, p.name_start, p.end);
    let Some(last) = toks.last() else {
        return false;
    };
    toks.len() >= 2 && toks[0].cap && !last.cap && ENGLISH_HEADS.contains(&last.folded())
}

/// What an institution owns and loses ("the websites of", « les sites du », « les serveurs de »):
/// a subject that opens with one of them is its owner's.
#[rustfmt::skip]
const ASSETS: &[&str] = &[
    "site", "sites", "serveur", "serveurs", "systeme", "systemes", "reseau", "reseaux", "services",
    "website", "websites", "server", "servers", "system", "systems", "network", "networks",
];

/// Words that say which of its assets an owner lost, between the asset and its owner (« les
/// sites Web du Mossad », « le site internet du ministère », « les sites officiels de… »; round
/// s22victims, eleventh split: « Web » written with a capital hid every owner after it).
#[rustfmt::skip]
const ASSET_QUALIFIERS: &[&str] = &[
    "web", "internet", "officiel", "officiels", "officielle", "officielles", "informatique",
    "informatiques", "gouvernementaux", "gouvernemental",
];

/// The token after an asset at `i` and the words that qualify it (see [`ASSET_QUALIFIERS`]): at
/// most two, joined to it.
pub(crate) fn past_asset_qualifiers(toks: &[Token], i: usize) -> usize {
    let mut j = i + 1;
    while j < toks.len()
        && j - i <= 2
        && !toks[j].gap
        && ASSET_QUALIFIERS.contains(&toks[j].folded())
    {
        j += 1;
    }
    j
}

/// Past the determiners and the asset of a subject ("les sites du Kremlin" is the Kremlin's).
pub(crate) fn past_assets(toks: &[Token], mut i: usize) -> usize {
    let start = i;
    while toks
        .get(i)
        .is_some_and(|t| victims::DETERMINERS.contains(&t.folded()))
    {
        i += 1;
    }
    let is_asset = toks.get(i).is_some_and(|t| ASSETS.contains(&t.folded()));
    if is_asset {
        // The qualifiers are read as part of the asset: the owner follows them.
        i = past_asset_qualifiers(toks, i) - 1;
    }
    let owner = toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.folded(), "de" | "du" | "des" | "of" | "d") || t.elided);
    if is_asset && owner {
        let next = i + 1;
        // "d'Armentières" is one token: the name itself.
        return if toks[next].elided && !matches!(toks[next].folded(), "de" | "du" | "des" | "of") {
            next
        } else {
            next + 1
        };
    }
    start
}

/// The « et » / "and" that joins the phrase at token `at` to a member before it past the
/// phrase's definite article (« A et le B », "A and the B"), with no comma between. Without the
/// article the list is no subject's (« les écoles de Sept-Îles, Port-Cartier et Fermont »), and
/// « A et du B » is a complement's.
fn joined_by_and(toks: &[Token], at: usize) -> Option<usize> {
    let article = |t: &Token| {
        (matches!(t.folded(), "le" | "la" | "les" | "the") || t.elided) && !t.cap && !t.gap
    };
    // « et l'hôpital »: the elided article is the phrase's first token's own.
    let k = if toks.get(at).is_some_and(|t| t.elided && !t.cap) {
        at
    } else if at > 0 && article(&toks[at - 1]) && !toks[at - 1].elided {
        at - 1
    } else {
        return None;
    };
    (k > 1
        && matches!(toks[k - 1].folded(), "and" | "et")
        && !toks[k - 1].cap
        && !toks[k - 1].gap
        && !toks.get(k).is_some_and(|t| t.gap))
    .then(|| k - 1)
}

/// Legal forms written after a comma ("Acme, Inc.").
#[rustfmt::skip]
const LEGAL_FORMS: &[&str] = &[
    "llc", "inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.", "sa", "sas", "sarl", "gmbh", "ag",
    "nv", "bv", "spa", "co", "co.", "lp", "llp",
];

/// Words that join the members of a list ("A, B et C", "A, B and C", « ainsi que »).
const LIST_JOINS: &[&str] = &["et", "and", "ainsi", "que", "as", "well"];

/// A victim and the victims listed with it: « les sites du Kremlin, de la Douma (la chambre basse)
/// et du ministère… », "Acme, Globex and Initech were hit". After the phrase, members follow a
/// comma or « et »/"and" (an aside in parentheses skipped); before a "were hit" phrase, members
/// come before commas, and the last "B and C" is then two names. Only names (capitalised, or an
/// institution with a name) join the list.
pub(crate) fn listed_with(
    original: &str,
    toks: &[Token],
    p: &victims::Phrase,
    before: bool,
) -> Vec<victims::Phrase> {
    let mut out = Vec::new();
    // Members before it, separated by commas.
    let mut earlier = Vec::new();
    if before {
        let mut at = toks.partition_point(|t| t.start < p.start);
        // « L'entreprise, qui fournit Tesco, Lidl et Aldi, a été touchée »: a phrase closed by
        // a comma ends an aside, whose names are no subject's list.
        let subject = !original[p.end..].trim_start().starts_with([',', '(', ')']);
        // "A, B, and C are among the victims": the serial comma's "and" joins the last member.
        if subject
            && at >= 2
            && matches!(toks[at - 1].folded(), "and" | "et")
            && !toks[at - 1].cap
            && toks[at - 1].gap
        {
            at -= 1;
        } else if subject
            && let Some(and) = joined_by_and(toks, at)
            && let Some(q) = victims::phrase_before(toks, and).filter(|q| q.proper)
        {
            // « Le tribunal de Cleveland et le ministère de la Justice sont aussi victimes ».
            at = toks.partition_point(|t| t.start < q.start);
            earlier.push(q);
        }
        while at > 0 && at < toks.len() && toks[at].gap && earlier.len() < 12 {
            let comma = original
                .get(toks[at - 1].end..toks[at].start)
                .is_some_and(|b| b.trim() == ",");
            let Some(q) = victims::phrase_before(toks, at).filter(|q| comma && q.proper) else {
                break;
            };
            at = toks.partition_point(|t| t.start < q.start);
            earlier.push(q);
        }
    }
    if !earlier.is_empty() {
        earlier.reverse();
        out.extend(earlier);
        // "B and C were hit" after "A, ": two names.
        let inner = victims::tokens(original, p.start, p.end);
        match inner
            .iter()
            .position(|t| t.folded == "and" || t.folded == "et")
        {
            Some(k) if k > 0 && k + 1 < inner.len() => {
                let mut left = p.clone();
                left.end = inner[k - 1].end;
                let mut right = p.clone();
                right.start = inner[k + 1].start;
                right.name_start = right.start;
                out.push(left);
                out.push(right);
            }
            _ => out.push(p.clone()),
        }
    } else {
        out.push(p.clone());
    }
    // Members after it.
    let mut pos = p.end;
    while out.len() < 16 {
        let mut rest = original[pos..].trim_start();
        if rest.starts_with('(') {
            let Some(close) = rest.find(')') else { break };
            rest = rest[close + 1..].trim_start();
        }
        let mut joined = false;
        if let Some(r) = rest.strip_prefix(',') {
            rest = r.trim_start();
            joined = true;
        }
        let at = original.len() - rest.len();
        let mut i = toks.partition_point(|t| t.start < at);
        while toks
            .get(i)
            .is_some_and(|t| LIST_JOINS.contains(&t.folded()) && !t.cap)
        {
            i += 1;
            joined = true;
        }
        if !joined || i >= toks.len() {
            break;
        }
        let Some(q) = victims::phrase_forward(toks, i).filter(|q| q.proper) else {
            break;
        };
        // "Syracuse ASC, LLC": a legal form after a comma is the name's own.
        if LEGAL_FORMS.contains(&super::fold::fold(&original[q.start..q.end]).as_str()) {
            break;
        }
        // "…targeted The Aspen Institute and The German Marshall Fund of the United States,
        // Microsoft said" (nineteenth split): a name the speech verb follows is who tells the
        // list, no member of it.
        if speaks_after(&original[q.end..]) {
            break;
        }
        pos = q.end;
        // "…, Erie Shores HealthCare, Hôtel-Dieu Grace Healthcare and Windsor Regional Hospital":
        // the last member read as "B and C" is two names, as before the cue.
        let inner = victims::tokens(original, q.start, q.end);
        match inner
            .iter()
            .position(|t| matches!(t.folded(), "and" | "et") && !t.cap)
        {
            Some(k) if k > 0 && k + 1 < inner.len() && inner[k - 1].cap && inner[k + 1].cap => {
                let mut left = q.clone();
                left.end = inner[k - 1].end;
                let mut right = q.clone();
                right.start = inner[k + 1].start;
                right.name_start = right.start;
                out.push(left);
                out.push(right);
            }
            _ => out.push(q),
        }
    }
    out
}

/// How many words a fronted clause that opens on a victim cue may hold before its comma.
const FRONTED_WORDS: usize = 14;

/// The subject after a clause that opens the sentence on a victim cue and ends at a comma, the
/// cue at token `at` (round s38target): « Victime d'une cyberattaque, Dupont Industries a mis ses
/// salariés au chômage », « Touchée par un rançongiciel, la société Dupont… », "Hit by a
/// ransomware attack, Acme Logistics shut down its systems". French and English front the
/// participle or the noun of what befell the subject; the name after the comma is who it befell.
pub(crate) fn subject_after_a_fronted_cue(
    original: &str,
    toks: &[Token],
    at: usize,
) -> Option<victims::Phrase> {
    if at != 0 {
        return None;
    }
    // The comma, and the elided article of the name after it (« …, l’Olympique de Marseille »,
    // eighteenth split: the word starts past its « l’ »).
    let comma = (at + 1..toks.len().min(at + FRONTED_WORDS)).find(|&k| {
        toks[k].gap
            && original
                .get(toks[k - 1].end..toks[k].start)
                .and_then(|b| b.trim_start().strip_prefix(','))
                .is_some_and(|rest| {
                    let rest = rest.trim();
                    rest.is_empty() || (toks[k].elided && rest.chars().count() <= 3)
                })
    })?;
    // Its verb follows in lower case: a Title-Case headline ("Hit By Ransomware, Butler County
    // Libraries Go Back To Paper-Only Loans", nineteenth split) runs the name into the verb.
    victims::phrase_forward(toks, comma).filter(|p| {
        (p.proper || p.head.is_some_and(|h| h.naming))
            && toks
                .get(toks.partition_point(|t| t.start < p.end))
                .is_some_and(|t| !t.cap && !t.gap)
    })
}

/// Whether the words right `after` a name (original text) make it a speaker: "said", "says", «
/// a indiqué »…, as reporting clauses set after what they report.
fn speaks_after(after: &str) -> bool {
    const SPEECH: &[&str] = &[
        "said",
        "says",
        "told",
        "reported",
        "wrote",
        "a indique",
        "a declare",
        "a precise",
        "indique",
        "precise",
        "a annonce",
        "a affirme",
        "affirme",
    ];
    let next = super::fold::fold(&after[..super::context::char_floor(after, 24)]);
    let next = next.trim_start();
    SPEECH.iter().any(|w| {
        next.strip_prefix(w)
            .is_some_and(|r| !r.starts_with(super::fold::is_word_char))
    })
}

/// A story's lead-in often recalls earlier victims before it comes to its own (« Yahoo, d'abord…
/// Plus récemment, c'est Equifax qui a été victime… Récemment, c'est Pizza Hut… »): a new victim
/// the text names before its first mention of the title's victim is context, and is dropped.
pub(crate) fn drop_lead_in_examples(targets: &mut Vec<super::suggest::Suggestion>, text: &str) {
    // Most articles have no new victim in the text: nothing to fold then.
    let in_text = |t: &super::suggest::Suggestion| t.new_value && t.evidence.field == Field::Text;
    if !targets.iter().any(in_text) {
        return;
    }
    // The title's sure names first: without one there is nothing to look for, and the text (long
    // ones are tens of thousands of characters) is not folded.
    let titled: Vec<Vec<String>> = targets
        .iter()
        .filter(|t| t.evidence.field == Field::Title && t.confidence == Confidence::High)
        .map(|t| {
            [t.evidence.term.as_str(), t.value.as_str()]
                .iter()
                .map(|name| super::fold::fold(name.trim()))
                .filter(|name| name.chars().count() >= 2)
                .collect()
        })
        .collect();
    if titled.iter().all(Vec::is_empty) {
        return;
    }
    let folded = super::fold::Folded::new(text);
    let first_mention = titled
        .iter()
        .filter_map(|names| names.iter().filter_map(|n| folded.text.find(n)).min())
        .min();
    let Some(first) = first_mention else {
        return;
    };
    targets.retain(|t| {
        if !in_text(t) {
            return true;
        }
        // The folded length of what comes before the victim: where it is in the folded text
        // (read off the folded text's marks: folding the text before each victim again cost as
        // much as the rest of this rule).
        let before = text
            .get(..t.evidence.start)
            .map_or(0, |_| folded.folded_offset(t.evidence.start));
        before >= first
    });
}

/// Abbreviations that stand inside a name ("Sault Ste. Marie", "St. Louis", "Mt. Sinai").
const ABBREVIATIONS: &[&str] = &["st", "ste", "mt", "ft", "pt"];

/// Whether the full stop at byte `dot` ends such an abbreviation followed by a word ("Ste. Marie",
/// not "the 1st. Then"); in a `cased` text, both capitalised (a folded text has no capitals).
pub(crate) fn abbreviation_before(text: &str, dot: usize, cased: bool) -> bool {
    // Only a full stop at `dot` (hostile text puts anything anywhere).
    if !text.get(dot..).is_some_and(|rest| rest.starts_with('.')) {
        return false;
    }
    let word_start = text[..dot]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(dot, |(i, _)| i);
    let word = &text[word_start..dot];
    let before_ok = text[..word_start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let capital = |c: char| c.is_uppercase() || (!cased && c.is_alphabetic());
    let next_capitalised = text[dot + 1..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(capital);
    before_ok
        && word.chars().next().is_some_and(capital)
        && ABBREVIATIONS.contains(&word.to_lowercase().as_str())
        && next_capitalised
}
