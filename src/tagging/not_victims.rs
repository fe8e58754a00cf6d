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
use super::victim_authors::authors_a_report;

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
    "customers", "sectors", "protocol", "protocols", "actors", "attackers", "hackers",
    // Round s39target: a headline's short plural ("French cyber agency warns of APT28 hacks
    // against think tanks, Research Orgs").
    "orgs",
];

/// Words that point at or count what follows, and the points of the compass (folded): with
/// peoples, all a victim's description says of an organisation it leaves unnamed.
#[rustfmt::skip]
const UNNAMING: &[&str] = &[
    "there", "here", "this", "these", "those", "that", "it", "another", "other", "several",
    "some", "many", "each", "every", "various", "numerous", "both", "all", "few", "autre",
    "autres", "plusieurs", "certains", "certaines", "quelques", "chaque", "divers", "diverses",
    "nombreux", "nombreuses", "ce", "cet", "cette", "ces", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "nord", "sud", "ouest",
];

/// Whether a proposed victim (folded) is made only of peoples or countries (`is_people`) and
/// [`UNNAMING`] words: « Sénégal », "Another British" (police force), "North American"
/// (factories), "There" (have been numerous law firms): where or which the victims are, not one
/// of them (twenty-fifth split).
pub(crate) fn names_none_of_them(folded: &str, is_people: impl Fn(&str) -> bool) -> bool {
    let mut words = folded.split_whitespace().peekable();
    words.peek().is_some() && words.all(|w| is_people(w) || UNNAMING.contains(&w))
}

/// Drops proposed victims that name a thing, a class or a technique rather than an organisation
/// or the product whose flaw is exploited, and any victim that is also a suggested actor.
pub(crate) fn drop_what_names_no_victim(out: &mut Suggestions, title: &str, text: &str) {
    let actors: Vec<String> = out.actor.iter().map(|a| fold(&a.value)).collect();
    let mut folded: Option<String> = None;
    // Where a known vendor dropped as the flawed product or as an account's platform is named:
    // the sector and country its name gave were the vendor's, not a victim's.
    let mut vendors: Vec<super::suggest::Evidence> = Vec::new();
    out.target.retain(|t| {
        let key = fold(&t.value);
        if actors.contains(&key) {
            return false;
        }
        let folded = folded.get_or_insert_with(|| fold(&format!("{title}\n{text}")));
        if denied_as_victim(folded, &key) {
            return false;
        }
        // A known vendor named as the product whose flaw was exploited (« une vulnérabilité
        // critique dans Citrix NetScaler », eleventh split) is no victim either.
        if !t.new_value {
            // Its sector and country were the platform's too.
            if names_the_platform_of_an_account(title, text, &t.evidence) {
                vendors.push(t.evidence.clone());
                return false;
            }
            let flawed = named_as_the_flawed_product(folded, &key);
            if flawed {
                vendors.push(t.evidence.clone());
            }
            return !flawed;
        }
        if names_no_organisation(&t.value, &key)
            || opens_on_a_preposition(&t.value, title, text)
            || ranks_what_follows(folded, &key)
            || only_a_mayor_s_town(folded, &key)
            || only_credited(folded, &key)
            || only_in_an_idiom(folded, &key)
            || the_outlet_s_tag(text, &t.value)
            || super::victim_people::names_a_person(&t.value, folded)
            || (a_headline_s_subject(title, t)
                && (authors_a_report(folded, &key)
                    || report_name_of(&t.value)
                        .is_some_and(|author| authors_a_report(folded, &fold(author)))))
        {
            return false;
        }
        !named_as_the_flawed_product(folded, &key)
    });
    if !vendors.is_empty() {
        out.sector.retain(|x| !vendors.contains(&x.evidence));
        out.country.retain(|x| !vendors.contains(&x.evidence));
    }
}

/// Whether the text opens on `value` in brackets or parentheses and a dash: the outlet's own tag
/// (« [DIGITAL Business Africa] – Trois ressortissants chinois sont visés… », twenty-seventh
/// split; "(Reuters) –", « (Lomé Actu) – »), which names who tells the news.
fn the_outlet_s_tag(text: &str, value: &str) -> bool {
    let opening = text.trim_start();
    let Some(rest) = opening.strip_prefix(['[', '(']) else {
        return false;
    };
    rest.strip_prefix(value)
        .and_then(|r| r.strip_prefix([']', ')']))
        .is_some_and(|r| r.trim_start().starts_with(['–', '—', '-']))
}

/// Words that name an account on a platform, before the platform's name (« sa page officielle
/// Facebook », « le compte Instagram ») or after it ("its Facebook page", "the X account"), folded.
#[rustfmt::skip]
const ACCOUNT_BEFORE: &[&str] = &[
    "page", "page officielle", "pages", "compte", "compte officiel", "comptes", "profil",
    "chaine", "account", "official account",
    // The reader's own account, named by the platform after a possessive: « ce n'est pas votre
    // WhatsApp qui a été piraté… mais celui de votre contact » made Meta a victim, high
    // (nineteenth split); "if your Instagram was hacked".
    "votre", "vos", "ton", "tes", "mon", "your", "my",
    // A messaging app's number is an account too: « Le numéro WhatsApp du ministre nigérian de
    // l'Éducation … a été piraté » made Meta a victim, with its sector and country
    // (twenty-fifth split).
    "numero", "numeros",
];
#[rustfmt::skip]
const ACCOUNT_AFTER: &[&str] = &[
    "page", "pages", "account", "accounts", "profile", "channel", "number", "numbers",
];

/// Whether a known name is the platform that holds a victim's account (`../shared/TAGGING.md`:
/// a platform that is abused is no victim): « La Ville de Cappelle-la-Grande a annoncé que sa
/// page officielle Facebook a été victime d'un piratage » (twelfth split) made Meta a victim.
fn names_the_platform_of_an_account(
    title: &str,
    text: &str,
    ev: &super::suggest::Evidence,
) -> bool {
    let field = match ev.field {
        super::suggest::Field::Title => title,
        super::suggest::Field::Text => text,
        super::suggest::Field::Link => return false,
    };
    let (Some(before), Some(after)) = (field.get(..ev.start), field.get(ev.end..)) else {
        return false;
    };
    // The words next to the name only: 40 characters back, 20 forward.
    let back = before.char_indices().rev().nth(39).map_or(0, |(i, _)| i);
    let forward = after.char_indices().nth(20).map_or(after.len(), |(i, _)| i);
    let (before, after) = (fold(&before[back..]), fold(&after[..forward]));
    let before = before.trim_end();
    let next = after
        .split(|c: char| !super::fold::is_word_char(c))
        .find(|w| !w.is_empty());
    ACCOUNT_BEFORE
        .iter()
        .any(|w| super::gang_words::ends_with_words(before, w))
        || (after.starts_with(' ') && next.is_some_and(|w| ACCOUNT_AFTER.contains(&w)))
}

/// The author in a report's name written as its author and the report's acronym ("Verizon DBIR:
/// Ransomware accounts for one in four data breaches", eleventh split, whose text cites
/// "Verizon's annual Data Breach Investigations Report"): the author's word.
fn report_name_of(value: &str) -> Option<&str> {
    let (author, acronym) = value.split_once(' ')?;
    let acronym_only = acronym.len() >= 3
        && acronym.chars().all(|c| c.is_ascii_uppercase())
        && author.chars().count() >= 3;
    acronym_only.then_some(author)
}

/// Whether a suggestion is named by the title before its colon ("Kaspersky : Un infostealer…").
fn a_headline_s_subject(title: &str, t: &super::suggest::Suggestion) -> bool {
    t.evidence.field == super::suggest::Field::Title
        && title
            .get(t.evidence.end..)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
}

/// What a subject says right after its name to deny it was hit: « Cdiscount n'a pas été victime
/// de piratage », "Acme was not breached".
#[rustfmt::skip]
const DENIALS: &[&str] = &[
    "n'a pas ete victime", "n'ont pas ete victimes", "n'a pas ete pirate", "n'a pas ete piratee",
    "n'a jamais ete victime", "n'a pas ete attaque", "n'a pas ete attaquee", "n'a pas ete touche",
    "n'a pas ete touchee", "was not hacked", "was not breached", "has not been hacked",
    "has not been breached", "was never hacked", "was not compromised", "has not been compromised",
    "was not the victim", "was not a victim", "were not hacked", "were not breached",
];

/// True when the folded text denies, right after the name, that `name` (folded) was hit: the
/// press reports a denial to say who was not a victim (the customers of « Cdiscount » were
/// phished in its name).
fn denied_as_victim(text: &str, name: &str) -> bool {
    !name.is_empty()
        && text.match_indices(name).any(|(at, _)| {
            let end = at + name.len();
            super::suggest::at_word_boundary(text, at, end)
                && DENIALS
                    .iter()
                    .any(|d| text[end..].trim_start().starts_with(d))
        })
}

/// Words right before a name that make it the flawed product: "Exploit Unpatched SimpleHelp",
/// "a vulnerability in SimpleHelp", « une faille dans Zimbra ».
#[rustfmt::skip]
const FLAWED_BEFORE: &[&str] = &[
    "unpatched", "vulnerable", "vulnerability in", "vulnerabilities in", "flaw in", "flaws in",
    "bug in", "bugs in", "exploiting", "exploit", "exploits", "versions of", "instances of",
    "faille dans", "failles dans", "vulnerabilite dans", "vulnerabilites dans", "versions de",
    // Round s22victims (eleventh split): with the flaw's gravity between (« une vulnérabilité
    // critique dans Citrix NetScaler »).
    "vulnerabilite critique dans", "vulnerabilites critiques dans", "faille critique dans",
    "failles critiques dans", "critical vulnerability in", "critical vulnerabilities in",
    "critical flaw in", "critical flaws in",
];

/// Words right after a name that make it the flawed product: "SimpleHelp versions 5.5.7",
/// "Zimbra vulnerability".
#[rustfmt::skip]
const FLAWED_AFTER: &[&str] = &[
    "versions", "version", "vulnerability", "vulnerabilities", "flaw", "flaws", "zero-day",
    "zero-days", "bug", "bugs",
    // Round s22victims: a product said to be one in apposition (« Clop a piraté MOVEit, un
    // logiciel édité par la société Progress Software »).
    ", un logiciel", ", le logiciel", ", a software", ", the software", ", un outil", ", a tool",
];

/// True when the folded text names `name` (folded) as the product whose flaw is exploited
/// (`../shared/TAGGING.md`: the vendor whose product is flawed is no victim).
fn named_as_the_flawed_product(text: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    text.match_indices(name).any(|(at, _)| {
        let end = at + name.len();
        if !super::suggest::at_word_boundary(text, at, end) {
            return false;
        }
        let before = text[..at].trim_end();
        let after = text[end..].trim_start();
        FLAWED_BEFORE
            .iter()
            .any(|w| super::gang_words::ends_with_words(before, w))
            || FLAWED_AFTER.iter().any(|w| {
                after.starts_with(w) && !after[w.len()..].starts_with(super::fold::is_word_char)
            })
    })
}

/// Superlatives after a possessive that rank what follows within the possessor: "North America's
/// largest wire and cable manufacturer is reeling after falling victim" (twenty-third split),
/// "Japan's largest IT company", "the UK's biggest software companies".
#[rustfmt::skip]
const RANKS: &[&str] = &[
    "'s largest", "'s biggest", "'s second-largest", "'s second largest", "'s third-largest",
    "'s leading", "'s oldest",
];

/// Whether every time the text names `name` (folded) it ranks something else within it: a place
/// or a market, never the victim itself.
fn ranks_what_follows(text: &str, name: &str) -> bool {
    every_mention(text, name, |_, after| {
        RANKS.iter().any(|r| after.starts_with(r))
    })
}

/// Whether `text` (folded) names `name` as whole words at least once, and every time as `said`
/// accepts from the text before and after the mention.
fn every_mention(text: &str, name: &str, said: impl Fn(&str, &str) -> bool) -> bool {
    let mut named = false;
    for (at, _) in text.match_indices(name) {
        let end = at + name.len();
        if !super::suggest::at_word_boundary(text, at, end) {
            continue;
        }
        if !said(&text[..at], &text[end..]) {
            return false;
        }
        named = true;
    }
    named
}

/// What precedes a photo's credit (folded): "Image: HUMAN Security", « Crédit photo : … ».
#[rustfmt::skip]
const CREDIT_BEFORE: &[&str] = &[
    "photo:", "photo :", "image:", "image :", "credit:", "credit :", "credits:", "credits :",
    "illustration:", "illustration :", "©",
];

/// Whether the text names `name` only as a photo's credit: its author before a slash and the
/// agency (« STEPHANE DE SAKUTIN/AFP Le quotidien Libération a été victime », twenty-fifth split,
/// a caption the lead opens with), or after a credit's label. The photographer hit nothing.
fn only_credited(text: &str, name: &str) -> bool {
    every_mention(text, name, |before, after| {
        after.trim_start().starts_with('/')
            || CREDIT_BEFORE.iter().any(|c| before.trim_end().ends_with(c))
    })
}

/// Nouns of idioms a victim cue reads as what was hit (folded): "Law Firms at Risk: Ransomware
/// Attacks on the Rise" (twenty-fifth split) read "attacks on" and proposed "Rise". "on the rise"
/// says a trend.
#[rustfmt::skip]
const IDIOM_NOUNS: &[&str] = &[
    "rise", "increase", "decline", "wane", "upswing", "horizon", "radar", "loose", "move",
];

/// Whether the text names `name` only as the noun of an idiom with "on the".
fn only_in_an_idiom(text: &str, name: &str) -> bool {
    IDIOM_NOUNS.contains(&name)
        && every_mention(text, name, |before, _| before.ends_with("on the "))
}

/// Words before a town that make it a mayor's, folded: « le compte Facebook du maire de
/// Saint-Gervais, Jean-Marc Peillex, piraté » (twenty-third split). The town hall hit is written «
/// la mairie de … », its own name.
const A_MAYOR_S: &[&str] = &["maire de", "maire d'", "mayor of"];

/// Whether the title and text (`text`, folded) name `name` only as a mayor's town: the mayor (or
/// their own account) was hit, not the town.
fn only_a_mayor_s_town(text: &str, name: &str) -> bool {
    every_mention(text, name, |before, _| {
        A_MAYOR_S.iter().any(|w| {
            before.strip_suffix(' ').is_some_and(|b| b.ends_with(w))
                || (w.ends_with('\'') && before.ends_with(w))
        })
    })
}

/// Prepositions that open no name when the text writes them in lower case, folded.
const PREPOSITIONS: &[&str] = &["de", "du", "des", "of"];

/// Whether a proposed victim opens on a preposition the text writes only in lower case: « Un
/// chef d'entreprise de Saint-Paul victime d'un piratage » (twenty-third split) read « De
/// Saint-Paul », where a place says where an unnamed firm is. "De Montfort University" and « Des
/// Moines Public Schools » are written with their capital.
fn opens_on_a_preposition(value: &str, title: &str, text: &str) -> bool {
    let Some((first, rest)) = value.split_once(' ') else {
        return false;
    };
    if !PREPOSITIONS.contains(&fold(first).as_str()) || rest.is_empty() {
        return false;
    }
    let lower = format!("{} {rest}", first.to_lowercase());
    let written = |s: &str| [title, text].iter().any(|f| f.contains(s));
    written(&lower) && !written(value)
}

/// Kind words that name no one alone: « L'Association pour l'entraide familiale… (EFAJE) a été
/// victime » (twenty-third split) read « Association » beside its acronym, folded.
#[rustfmt::skip]
const BARE_KINDS: &[&str] = &[
    "association", "fondation", "foundation", "societe", "entreprise", "company", "firm",
    "organisation", "organization", "institution", "etablissement", "agence", "agency",
];

/// The followers of a faith, named as a people is: "the violence against Muslims in Delhi"
/// (twenty-sixth split) read "against" as a victim's cue. A community, never an organisation.
#[rustfmt::skip]
const FAITHFUL: &[&str] = &[
    "muslims", "christians", "jews", "hindus", "sikhs", "buddhists", "catholics", "protestants",
    "musulmans", "chretiens", "juifs", "hindous", "catholiques",
];

/// A headline's count in thousands ("Microsoft warns IRS phish hits 29K"): how many were hit,
/// never who (folded). Not millions: "3M" is a company.
fn a_count(folded: &str) -> bool {
    folded
        .strip_suffix('k')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// Currency codes and abbreviations the press writes with a capital before an amount (folded).
#[rustfmt::skip]
const CURRENCIES: &[&str] = &[
    "rs", "inr", "usd", "us", "eur", "chf", "gbp", "cad", "aud", "fcfa", "cfa", "xof", "xaf",
    "mad", "dh", "dhs", "tnd", "dzd", "rm", "myr", "jpy", "cny", "rmb", "nzd", "sgd",
];

/// A sum of money ("Hackers demanded a ransom of Rs 25 lakh from the company", twenty-seventh
/// split; "CHF 130 000", « FCFA 6 milliards »): a currency and a number, never who paid (folded).
fn a_sum_of_money(folded: &str) -> bool {
    let mut words = folded.split_whitespace();
    let (Some(currency), Some(amount)) = (words.next(), words.next()) else {
        return false;
    };
    CURRENCIES.contains(&currency)
        && amount.chars().next().is_some_and(|c| c.is_ascii_digit())
        && amount
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '$'))
}

/// Whether a one-word value is a hacktivist operation's code name, "Op" glued to its target's
/// name (« sous le nom de code d'OpBelgium », "#OpIsrael", "OpRussia"): the campaign, whose
/// victims the text names apart (twenty-sixth split: « OpBelgium: le parlement wallon et
/// d'autres sites impactés » gave OpBelgium, high).
fn names_an_operation(value: &str) -> bool {
    let value = value.trim_start_matches('#');
    value.strip_prefix("Op").is_some_and(|rest| {
        !rest.contains(' ')
            && rest.chars().next().is_some_and(char::is_uppercase)
            && rest.chars().skip(1).any(char::is_lowercase)
    })
}

/// True for an ATT&CK technique id, a platform, a hyphenated adjective ("Internet-connected") or a
/// plural class of things or organisations.
fn names_no_organisation(value: &str, folded: &str) -> bool {
    if is_technique_id(value)
        || PLATFORMS.contains(&folded)
        || TECHNOLOGY_TERMS.contains(&folded)
        || names_a_time(folded)
        || DATA_SIZES.contains(&folded)
        || BARE_KINDS.contains(&folded)
        || FAITHFUL.contains(&folded)
        || a_count(folded)
        || a_sum_of_money(folded)
        || names_an_operation(value)
    {
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

/// Abbreviations of technology and of a hospital's services, which the press writes in capitals
/// like an organisation's and the victim rules read as one: "a crippling cyberattack on an ICT
/// system" (twenty-second split), « un SMS frauduleux », "SOHO routers", "ER support impacted",
/// a site's "CMS", "Wi-Fi". Never a victim's name (none labelled on any read split).
#[rustfmt::skip]
const TECHNOLOGY_TERMS: &[&str] = &[
    "ict", "it", "sms", "mms", "cms", "soho", "vpn", "api", "erp", "crm", "dns", "mfa", "otp",
    "pdf", "url", "usb", "rdp", "smb", "sql", "iot", "ehr", "emr", "gps", "er", "wi-fi", "wifi",
    "nas", "saas", "sso", "2fa",
];

/// Units of a quantity of data, which the press writes with a capital after the number (« la
/// fuite de 34 Go de données sensibles du ministère », thirteenth split; "119 GB"): never a name.
#[rustfmt::skip]
const DATA_SIZES: &[&str] = &[
    "ko", "mo", "go", "to", "po", "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib",
];

/// Abbreviated months and the words of a clock time (folded), which the press capitalises
/// ("Sept. 20", "08:00 PM UTC"); full month names are `context::MONTHS`.
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv",
    "fevr", "avr", "juil", "am", "pm", "utc", "gmt", "cet", "cest", "est", "pst", "mi", "debut",
    "fin", "early", "mid", "late",
];

/// True when a proposed victim (folded) is a date or a time: every word a month, a day's number
/// or a clock word, one of them a month or a clock word. Found on four read splits, where the
/// word after a victim cue or a sentence's capitalised opening was a date: "acknowledged the
/// cyber attack on May 10", "during a cyberattack on Sept. 20", « Mi-septembre, nous écrivions
/// que… », "a serious cyber-attack at 08:00 PM UTC".
fn names_a_time(folded: &str) -> bool {
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '.' | ','))
        .filter(|w| !w.is_empty())
        .collect();
    let timely = |w: &&str| super::context::MONTHS.contains(w) || TIME_WORDS.contains(w);
    words.iter().any(timely)
        && words
            .iter()
            .all(|w| timely(w) || w.chars().all(|c| c.is_ascii_digit() || c == ':'))
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
    fn a_quantity_of_data_is_no_victim_fr_en() {
        // « revendique la fuite de 34 Go de données sensibles » (thirteenth split), "119 GB".
        for unit in ["Go", "To", "GB", "TB"] {
            assert!(names_no_organisation(unit, &fold(unit)), "{unit}");
        }
        assert!(!names_no_organisation("Gobelins", "gobelins"));
    }

    #[test]
    fn the_product_whose_flaw_is_exploited_is_no_victim() {
        let cisa = fold(
            "Ransomware Actors Exploit Unpatched SimpleHelp Remote Monitoring and Management \
             to Compromise Utility Billing Software Provider",
        );
        assert!(named_as_the_flawed_product(&cisa, "simplehelp"));
        assert!(!named_as_the_flawed_product(&cisa, "utility billing"));
        let fr = fold("Des pirates exploitent une faille dans Zimbra contre la mairie de Caen.");
        assert!(named_as_the_flawed_product(&fr, "zimbra"));
        assert!(!named_as_the_flawed_product(&fr, "mairie de caen"));
        let after = fold("SimpleHelp versions 5.5.7 and earlier contain several vulnerabilities.");
        assert!(named_as_the_flawed_product(&after, "simplehelp"));
        // A word that only starts like the name, or like the cue, is not it.
        let other = fold("Exploitation of SimpleHelpdesk; the unpatchedness of Acme.");
        assert!(!named_as_the_flawed_product(&other, "simplehelp"));
        assert!(!named_as_the_flawed_product(&other, "acme"));
    }

    #[test]
    fn the_platform_of_a_hijacked_account_is_no_victim_fr_en() {
        use super::super::suggest::{Evidence, Field};
        let at = |text: &str, term: &str| {
            let start = text.find(term).unwrap();
            Evidence {
                field: Field::Text,
                start,
                end: start + term.len(),
                term: term.to_string(),
            }
        };
        // Delta FM (twelfth split).
        let fr = "La Ville de Cappelle-la-Grande a annoncé que sa page officielle Facebook a été \
                  victime d'un piratage.";
        assert!(names_the_platform_of_an_account(
            "",
            fr,
            &at(fr, "Facebook")
        ));
        let en = "The council said its Facebook page was hijacked by scammers.";
        assert!(names_the_platform_of_an_account(
            "",
            en,
            &at(en, "Facebook")
        ));
        // The platform hit itself.
        let hit = "Facebook a été victime d'une fuite de données touchant 533 millions de comptes.";
        assert!(!names_the_platform_of_an_account(
            "",
            hit,
            &at(hit, "Facebook")
        ));
        // Nineteenth split (7sur7): the reader's own account, by its possessive.
        let fr = "En réalité, ce n'est pas votre WhatsApp qui a été piraté... mais celui de votre \
                  contact qui vous envoie le message.";
        assert!(names_the_platform_of_an_account(
            "",
            fr,
            &at(fr, "WhatsApp")
        ));
        let en = "If your Instagram was hacked, change your password.";
        assert!(names_the_platform_of_an_account(
            "",
            en,
            &at(en, "Instagram")
        ));
        // Near miss: a possessive further back, before another word, names the platform hit.
        let hit = "Selon votre opérateur, WhatsApp a été piraté hier.";
        assert!(!names_the_platform_of_an_account(
            "",
            hit,
            &at(hit, "WhatsApp")
        ));
        let hit = "Hackers breached Microsoft's corporate email accounts.";
        assert!(!names_the_platform_of_an_account(
            "",
            hit,
            &at(hit, "Microsoft")
        ));
    }

    #[test]
    fn dates_and_times_are_no_victims_en_fr() {
        // unseen, eighth (twice) and seventh splits.
        for value in [
            "May 10",
            "Sept",
            "Sept. 20",
            "PM UTC",
            "Mi-septembre",
            "Fin mars",
        ] {
            assert!(names_no_organisation(value, &fold(value)), "{value}");
        }
        for value in [
            "March Networks",
            "Mairie de Mai",
            "Groupe Avril",
            "Estée Lauder",
            "AMD",
        ] {
            assert!(!names_no_organisation(value, &fold(value)), "{value}");
        }
    }

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

    #[test]
    fn the_attackers_named_as_a_class_are_no_victim_en() {
        // Sixteenth split: "Threat Actors (TAs) associated with the notorious MEDUSA ransomware
        // have escalated their activities".
        assert!(names_no_organisation("Threat Actors", "threat actors"));
        // Near miss: a name whose first word is the class's.
        assert!(!names_no_organisation("Actors Fund", "actors fund"));
    }
}
