//! What kind of piece an article is, judged once from its title and lead: does it report a
//! specific incident (someone hit, something happened), or is it a report, an advisory, a law, a
//! guide, an opinion, an event or a product piece? In a piece that reports no incident, the
//! groups, victims, sectors and countries it names are named in passing (a yearly report's list
//! of gangs, a law's sectors), not the article's tags (`../shared/TAGGING.md`).
//!
//! The judgement is conservative: a wrong "no incident" loses right tags, so any sign of an
//! incident in the title or the lead (a victim cue, a claim, a known group, exploitation in the
//! wild, an arrest) keeps the article an incident report. Calibrated on every read split
//! (`article_kind_calibration` in tests/tagging_gold.rs, tests/gold/README.md).
use super::context::{self, Cue, Found, Modality};
use super::fold::Folded;
use super::phrases::Phrases;
use super::suggest::{Confidence, Field, Suggester, Suggestion, Suggestions};
use std::sync::LazyLock;

/// What an article is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ArticleKind {
    /// It reports a specific incident: someone hit, something happened.
    #[default]
    Incident,
    /// An arrest, a takedown, a trial: the story of an incident's authors, tagged as one
    /// (TAGGING.md: "Operation Cronos is a LockBit story").
    Arrest,
    /// A report, a survey, yearly figures, a trend.
    Statistics,
    /// A patch, a vulnerability disclosure or an advisory with no exploitation reported.
    Advisory,
    /// A law, a regulation, guidance, a strategy.
    Policy,
    /// A guide, advice, an awareness campaign, an explainer.
    Guide,
    /// A product, a feature, a company's business, a conference, an opinion.
    Product,
}

impl ArticleKind {
    /// True when the article is tagged as an incident's story.
    pub fn reports_incident(self) -> bool {
        matches!(self, ArticleKind::Incident | ArticleKind::Arrest)
    }
}

/// The lead: the text's first bytes, where a news piece says what happened.
const LEAD_BYTES: usize = 300;

/// Title words that announce a patch or an advisory (folded).
#[rustfmt::skip]
const ADVISORY: &[&str] = &[
    "vulnerabilite", "vulnerabilites", "faille", "failles", "correctif", "correctifs", "patch",
    "patches", "patch tuesday", "mise a jour de securite", "mises a jour de securite",
    "security update", "security updates", "update chrome", "bulletin",
    "advisory", "vulnerability", "vulnerabilities", "flaw", "flaws", "fixes", "corrige",
    "corrigent", "security flaws", "bug bounty",
];

/// Exploitation reported: the advisory is an incident (`vuln-exploitation`), wherever the text
/// says so (« trois vulnérabilités avaient fait l'objet d'une exploitation », "one of which has
/// been actively exploited in the wild") unless it denies it.
#[rustfmt::skip]
const EXPLOITED: &[&str] = &[
    "exploite", "exploitee", "exploites", "exploitees", "exploited", "in the wild",
    "under attack", "under active attack", "exploitation active", "active exploitation",
    "fait l'objet d'une exploitation", "font l'objet d'une exploitation", "being exploited",
];

/// Words that name attackers: a piece about what they did (« Comment les hackers nord-coréens
/// tentent de dérober… », "Hackers leak Australian health records") tells their campaign.
#[rustfmt::skip]
const ATTACKERS: &[&str] = &[
    "hackers", "hacker", "pirates", "cybercriminels", "cybercriminals", "attackers", "gang",
    "hackeurs", "escrocs", "scammers",
];

/// Title words of reports, figures and trends (with `framing::STATISTICS` and `framing::TREND`).
#[rustfmt::skip]
const FIGURES: &[&str] = &[
    "report finds", "new report", "new research", "research reveals", "etude", "rapport",
    "barometre", "observatoire", "panorama", "etat de la menace",
    "threat landscape", "chiffres", "record", "un nombre record", "broke records",
    "record-breaking", "record levels", "enquete sur les", "selon une enquete", "trimestre",
    "quarter", "top 5", "top 10", "tendances", "trends",
    "augmente", "augmentent", "ont augmente", "hausse", "drop", "drops", "spend", "spending",
    "premiums", "penurie", "shortage", "menace cyber", "cybermenace", "cybermenaces",
    // What incidents cost on average, and its records ("The global average cost of a data breach
    // … has risen to an all-time high", eleventh split).
    "average cost", "cout moyen", "all-time high", "record high",
];

/// Title words of laws, rules and public policy (with `framing::POLICY`).
#[rustfmt::skip]
const RULES: &[&str] = &[
    "loi", "laws", "new law", "bill", "directive", "reglement", "regulation", "regulations",
    "legislation", "strategy", "strategie", "framework", "guidance", "recommandations",
    "standards", "transposition", "conseil des ministres", "senate", "senat", "signalement obligatoire",
    "mandatory", "nis 2", "nis2", "dora", "cyber resilience act", "solidarity act", "policy",
    "souverainete", "directions",
];

/// Title words of guides, advice, exercises and awareness.
#[rustfmt::skip]
const ADVICE: &[&str] = &[
    "ce qu'il faut savoir", "que faut-il savoir", "what you need to know", "exercice",
    "campagne nationale", "soyez", "les respectez-vous",
    // An assessment that plays the attacker (CISA's "Insights from CISA Red Team Assessment of a
    // US Critical Infrastructure Sector Organization", the fixture feeds): its phishing and
    // exfiltration were the red team's, simulated.
    "red team", "red teaming", "red-team", "penetration test", "penetration testing", "pentest",
    "test d'intrusion", "tests d'intrusion", "attack simulation", "simulation d'attaque",
];

/// Title words of products, business, events and opinion.
#[rustfmt::skip]
const BUSINESS: &[&str] = &[
    "lance", "launches", "rolls out", "rolling out", "raises", "leve", "acquires", "rachete",
    "partner", "partenariat", "named a leader", "appoints", "joins", "gartner", "forrester",
    "magic quadrant", "ranked", "webinar", "podcast", "interview", "tribune", "opinion",
    "conference", "black hat", "ouverture", "nouvelle fonctionnalite", "new feature",
    "feature", "teste", "meilleurs", "meilleures", "best", "vs",
];

/// Arrests, takedowns and trials.
#[rustfmt::skip]
pub(super) const ARREST: &[&str] = &[
    "arrested", "arrests", "arrest", "arrete", "arretes", "arretee", "interpelle", "interpelles",
    "sentenced", "condamne a", "condamnes a", "charged", "indicts", "indicted", "extradited",
    "plead guilty", "pleads guilty", "seized", "seizes", "saisi", "takedown", "taken down",
    "shut down", "demantele", "demantelee", "demanteles", "demantelees", "demantelement", "dismantled", "operation endgame", "inculpe",
    "mis en examen",
];

/// Attribution of a campaign to a group: a threat report's group is its tag (TAGGING.md).
#[rustfmt::skip]
const ATTRIBUTES: &[&str] = &[
    "attributed", "attribue", "behind", "derriere", "a l'origine", "responsible", "responsable",
    "linked to", "lie a", "tied to", "mene par", "menee par", "operated by",
];

/// Claims made for an attack.
#[rustfmt::skip]
const CLAIM: &[&str] = &[
    "revendique", "revendiquee", "revendiquent", "revendication", "claimed", "claims",
    "claims responsibility",
];

static ADVISORY_P: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(ADVISORY));
static EXPLOITED_P: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(EXPLOITED));
static FIGURES_P: LazyLock<Phrases> = LazyLock::new(|| {
    let mut all: Vec<&str> = FIGURES.to_vec();
    all.extend(super::framing::STATISTICS);
    all.extend(super::framing::TREND);
    Phrases::new(&all)
});
static RULES_P: LazyLock<Phrases> = LazyLock::new(|| {
    let mut all: Vec<&str> = RULES.to_vec();
    all.extend(super::framing::POLICY);
    Phrases::new(&all)
});
static ADVICE_P: LazyLock<Phrases> = LazyLock::new(|| {
    let mut all: Vec<&str> = ADVICE.to_vec();
    all.extend(super::framing::GUIDE);
    Phrases::new(&all)
});
static BUSINESS_P: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(BUSINESS));
static ARREST_P: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(ARREST));
static CLAIM_P: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(CLAIM));
static ATTACKERS_P: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(ATTACKERS));

/// True when an attribution cue (folded) is a claim ("revendique", "claimed").
pub(super) fn claims(cue: &str) -> bool {
    CLAIM.contains(&cue)
}

/// True when an attribution cue (folded) names who did it ("attributed to", « derrière »), not
/// merely a group or an agent ("group", "by", « par »).
pub(super) fn attributes(cue: &str) -> bool {
    claims(cue) || ATTRIBUTES.contains(&cue)
}

fn says(list: &Phrases, text: &str) -> bool {
    list.any(text, context::at_word_boundary)
}

/// Shares of a whole: the victims of a count, not of an incident.
#[rustfmt::skip]
const SHARES: &[&str] = &[
    "percent", "per cent", "un tiers", "deux tiers", "la moitie", "a third", "two thirds",
    "half of", "sur cinq", "sur dix", "sur quatre", "sur trois", "one in", "majority of",
    "la majorite des",
];

static SHARES_P: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(SHARES));

/// A share in a title ("73% of Indian organisations", « près d'un tiers des entreprises ont
/// subi… »): a count, whose victims are counted.
fn has_share(text: &str) -> bool {
    text.contains('%') || says(&SHARES_P, text)
}

/// A year a title counts over ("… decreased 61% in 2022", « pour le 3e trimestre de l'année
/// 2024 », "2024 broke records"): a yearly count or review. Not a date (« Cyberhebdo du 21 août
/// 2026 », « en janvier 2015 ») nor a past attack named by its year ("2023 Cyberattack").
fn counts_over_a_year(text: &str) -> bool {
    text.match_indices(|c: char| c.is_ascii_digit())
        .filter(|&(i, _)| !text[..i].ends_with(|c: char| c.is_ascii_digit()))
        .any(|(i, _)| {
            let digits = text[i..]
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(text.len() - i);
            let year = &text[i..i + digits];
            let before = text[..i].trim_end();
            digits == 4
                && (year.starts_with("19") || year.starts_with("20"))
                && (before.is_empty() || YEAR_BEFORE.iter().any(|w| ends_with_word(before, w)))
                && !GREETINGS.iter().any(|w| ends_with_word(before, w))
        })
}

/// A year wished, not counted over: « Ce SMS de bonne année 2026 est une arnaque ! » (sixteenth
/// split, a smishing wave), "Happy New Year 2026".
const GREETINGS: &[&str] = &["bonne annee", "new year"];

/// The words before a year that make it the period counted over.
const YEAR_BEFORE: &[&str] = &["in", "en", "of", "annee", "year"];

/// True when `text` ends with the whole word `w`.
fn ends_with_word(text: &str, w: &str) -> bool {
    text.ends_with(w) && context::at_word_boundary(text, text.len() - w.len(), text.len())
}

impl Suggester {
    /// What kind of piece the article is, from its title and lead and what was suggested there.
    pub(super) fn article_kind(&self, title: &str, text: &str, out: &Suggestions) -> ArticleKind {
        let folded = Folded::new(title);
        let title = folded.text.as_str();
        let folded_lead = Folded::new(lead_of(text));
        let lead = folded_lead.text.as_str();
        if [title, lead].iter().any(|f| says(&ARREST_P, f)) {
            return ArticleKind::Arrest;
        }
        let kind = if says(&ADVISORY_P, title) {
            ArticleKind::Advisory
        } else if says(&FIGURES_P, title) || has_share(title) || counts_over_a_year(title) {
            ArticleKind::Statistics
        } else if says(&RULES_P, title) {
            ArticleKind::Policy
        } else if says(&ADVICE_P, title) {
            ArticleKind::Guide
        } else if says(&BUSINESS_P, title) {
            ArticleKind::Product
        } else {
            return ArticleKind::Incident;
        };
        if self.tells_an_incident(title, lead, text, kind, out) {
            ArticleKind::Incident
        } else {
            kind
        }
    }

    /// Any sign that a specific incident is reported: exploitation in the wild (anywhere in an
    /// advisory's text), a claim in the title or lead, a group or a victim named there, a victim cue stated
    /// in the title, attackers in the title, or — in anything but a count — an attack type there.
    /// `title` and `lead` are folded, `text` is the original.
    fn tells_an_incident(
        &self,
        title: &str,
        lead: &str,
        text: &str,
        kind: ArticleKind,
        out: &Suggestions,
    ) -> bool {
        let in_lead = |s: &Suggestion| {
            s.evidence.field == Field::Title
                || (s.evidence.start < LEAD_BYTES && s.confidence == Confidence::High)
        };
        if [title, lead].iter().any(|f| says(&CLAIM_P, f))
            || out.actor.iter().any(|s| s.evidence.field == Field::Title)
            || out.target.iter().any(in_lead)
            || self.says_exploited(title)
            || self.says_exploited(lead)
            // An advisory's exploitation may come late (« Parmi les 159 vulnérabilités comblées,
            // … trois avaient fait l'objet d'une exploitation »); a report's exploited flaws
            // are counted causes.
            || (kind == ArticleKind::Advisory && self.says_exploited(&Folded::new(text).text))
        {
            return true;
        }
        // One attack acting on what it hit: the share is its harm's ("Ransomware Attack Hampers
        // Prescription Drug Sales at 90% of US Pharmacies").
        if super::one_attack_acts::one_attack_acts(title) {
            return true;
        }
        // A count's victims are counted ("73% of Indian organisations hit by ransomware").
        if kind == ArticleKind::Statistics && has_share(title) {
            return false;
        }
        let told = says(&ATTACKERS_P, title)
            || (kind != ArticleKind::Statistics
                && out
                    .attack
                    .iter()
                    .any(|s| s.evidence.field == Field::Title && s.confidence == Confidence::High));
        let cues = self.cues.find(title);
        let whole = (0, title.len());
        told || cues.iter().any(|c| states_a_victim(title, &cues, whole, c))
            // An "update" whose lead states an attack at high confidence is an incident statement
            // (an NHS trust's "Cyber security update": "… there is evidence of some data
            // exfiltration"); a patch note's lead states none.
            || (kind == ArticleKind::Advisory && out.attack.iter().any(in_lead))
    }

    /// True when a folded text says, without denying it, that a flaw was exploited.
    fn says_exploited(&self, text: &str) -> bool {
        let sentences = std::cell::OnceCell::new();
        // The cues of the sentence read last: a mention's modality reads only its own
        // sentence's, and no cue phrase holds a sentence's stop, so they are those the whole text
        // gives there (read whole, an advisory's cues were a twentieth of the suggester's time).
        let mut read: Option<((usize, usize), Vec<Found>)> = None;
        EXPLOITED_P
            .find(text, context::at_word_boundary)
            .any(|(start, end)| {
                let sentences = sentences.get_or_init(|| context::sentences(text));
                let sentence = context::sentence_of(sentences, start);
                if read.as_ref().is_none_or(|(s, _)| *s != sentence) {
                    let (a, b) = sentence;
                    let cues = self.cues.find(&text[a..b]).into_iter().map(|mut f| {
                        f.start += a;
                        f.end += a;
                        f
                    });
                    read = Some((sentence, cues.collect()));
                }
                let cues = read.as_ref().map_or(&[][..], |(_, cues)| &cues[..]);
                context::modality(text, cues, sentence, start, end) >= Modality::Reported
            })
    }
}

/// True when the cue `c` says a victim was hit, stated (not denied nor hypothetical) and not
/// pointing at data (« Piratage de données : … » is a topic).
pub(super) fn states_a_victim(
    text: &str,
    cues: &[Found],
    sentence: (usize, usize),
    c: &Found,
) -> bool {
    matches!(c.cue, Cue::VictimBefore | Cue::VictimAfter)
        && context::modality(text, cues, sentence, c.start, c.end) > Modality::Hypothetical
        && !(c.cue == Cue::VictimAfter && super::framing::points_at_data(text, c.end))
}

/// The text's first [`LEAD_BYTES`] bytes, cut at a character boundary.
fn lead_of(text: &str) -> &str {
    &text[..context::char_floor(text, LEAD_BYTES)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::Vocabulary;

    fn suggested(title: &str, text: &str) -> Suggestions {
        let vocab = Vocabulary::bundled().unwrap();
        Suggester::suggest_once(&vocab, title, text).unwrap()
    }

    fn kind(title: &str, text: &str) -> ArticleKind {
        suggested(title, text).kind
    }

    #[test]
    fn a_patch_note_is_an_advisory_unless_a_flaw_was_exploited() {
        // unseen split, fresh split
        assert_eq!(
            kind(
                "Microsoft corrige 87 failles de sécurité dans son dernier Tuesday Patch",
                ""
            ),
            ArticleKind::Advisory
        );
        assert_eq!(
            kind(
                "Microsoft releases security patches for 74 vulnerabilities",
                ""
            ),
            ArticleKind::Advisory
        );
        // tenth split: the exploitation is the incident (vuln-exploitation).
        let lead = "In brief: This week, Google released an update for the Chrome web browser \
            that doesn't include any new features, as it's entirely focused on fixing important \
            security vulnerabilities. According to the official changelog, the newest release \
            contains fixes for no less than 11 security bugs, one of which has been actively \
            exploited in the wild.";
        assert_eq!(
            kind(
                "PSA: Google advises users to update Chrome as soon as possible",
                lead
            ),
            ArticleKind::Incident
        );
        // ninth split, French: « avaient fait l'objet d'une exploitation » past the lead.
        let lead = "Mis en place en 2021, le dispositif Alerte Cyber est déclenché en cas de \
            menace de cybersécurité sérieuse. Il s'appuie sur l'expertise de l'Agence nationale \
            de la sécurité des systèmes d'information. Ce dispositif entre aujourd'hui en action \
            afin d'alerter sur des failles de sécurité critiques dans les produits Microsoft. \
            Parmi les 159 vulnérabilités comblées, une dizaine d'entre elles étaient critiques et \
            trois vulnérabilités avaient fait l'objet d'une exploitation.";
        assert_eq!(
            kind(
                "Alerte Cyber : vulnérabilités critiques dans Microsoft Office",
                lead
            ),
            ArticleKind::Incident
        );
    }

    #[test]
    fn figures_laws_guides_and_products_report_no_incident() {
        for (title, want) in [
            // tenth, ninth, sixth, eighth, fifth splits; gold.toml
            (
                "Un nombre record de fuites de données l’an dernier",
                ArticleKind::Statistics,
            ),
            (
                "Ransomware attacks decreased 61% in 2022",
                ArticleKind::Statistics,
            ),
            (
                "NIS2, DORA et REC passent au Conseil des ministres",
                ArticleKind::Policy,
            ),
            (
                "Australia introduces comprehensive cyber security legislation",
                ArticleKind::Policy,
            ),
            (
                "Arnaques en vacances : 25 astuces pour vous en protéger cet été",
                ArticleKind::Guide,
            ),
            ("Avoid search engine ad malware", ArticleKind::Guide),
            (
                "Meta lance son assistant IA sur Mac, avec un focus marketing et publicité",
                ArticleKind::Product,
            ),
            (
                "Proton launches privacy-respecting encrypted AI assistant Lumo",
                ArticleKind::Product,
            ),
        ] {
            let k = kind(title, "");
            assert_eq!(k, want, "{title}");
            assert!(!k.reports_incident(), "{title}");
        }
    }

    #[test]
    fn a_year_counted_over_or_a_share_of_victims_makes_a_count() {
        // Published reviews (betanews, vadesecure.com), not in any split.
        assert_eq!(
            kind("Ransomware victims increased by 26 percent in 2024", ""),
            ArticleKind::Statistics
        );
        assert_eq!(
            kind(
                "Une enquête sur les rançongiciels révèle que près d'un tiers des entreprises ont \
                 subi une perte de données en 2024",
                ""
            ),
            ArticleKind::Statistics
        );
        // A date or a past attack named by its year is no period counted over (gold.toml).
        assert_eq!(
            kind(
                "Cyberhebdo du 21 août 2026 : considérable fuite de données en Lettonie",
                ""
            ),
            ArticleKind::Incident
        );
        assert_eq!(
            kind(
                "Clorox Files $380M Suit Alleging Cognizant Gave Hackers Passwords in \
                 Catastrophic 2023 Cyberattack",
                ""
            ),
            ArticleKind::Incident
        );
    }

    #[test]
    fn an_arrest_is_an_incident_story() {
        // sixth and unseen splits: the arrested and what they did are tagged (TAGGING.md).
        let lead = "Deux hommes ont été arrêtés le 28 septembre en Ukraine dans le cadre d'une \
            vaste coopération policière internationale. Ils sont suspectés d'avoir attaqué des \
            entreprises au rançongiciel.";
        let k = kind(
            "Deux pirates arrêtés pour avoir rançonné des entreprises",
            lead,
        );
        assert_eq!(k, ArticleKind::Arrest);
        assert!(k.reports_incident());
        let lead = "The City of London Police arrested seven teens yesterday in connection with \
            the infamous Lapsus$ hacking group that targeted companies like Microsoft, Nvidia, \
            and Okta over the last year.";
        let s = suggested("Seven UK teens arrested for Lapsus$ hacks", lead);
        assert_eq!(s.kind, ArticleKind::Arrest);
        assert!(s.actor.iter().any(|a| a.value == "LAPSUS"), "{:?}", s.actor);
    }

    #[test]
    fn a_named_victim_or_a_claim_makes_any_piece_an_incident() {
        // eighth split: a report's title that names who was hit.
        assert_eq!(
            kind(
                "More Than 100 Law Firms Have Reported Data Breaches. And the Problem Is Getting Worse",
                ""
            ),
            ArticleKind::Incident
        );
        // ninth split: an emergency directive about a campaign hitting Cisco devices.
        assert_eq!(
            kind(
                "US cyber agency issues emergency directive amid major hacking campaign targeting Cisco",
                ""
            ),
            ArticleKind::Incident
        );
    }

    #[test]
    fn an_incident_report_with_figures_keeps_its_tags() {
        // fifth split: a share in the title, a victim and its ransomware in the lead.
        let lead = "20 octobre 2023. Cette date marque le début de l'attaque informatique par \
            \"rançongiciel\" dont Habitat Audois a été victime, de la part de pirates \
            informatiques. Grâce à une grande réactivité de son service informatique, notre \
            Office a pu continuer à fonctionner.";
        let s = suggested(
            "Habitat Audois de nouveau 100% opérationnel ! [retour sur la cyberattaque]",
            lead,
        );
        assert_eq!(s.kind, ArticleKind::Incident);
        assert!(s.attack.iter().any(|a| a.value == "ransomware"), "{s:?}");
        assert!(
            s.target.iter().any(|t| t.value == "Habitat Audois"),
            "{s:?}"
        );
    }

    #[test]
    fn what_a_report_names_in_passing_is_not_suggested() {
        // tenth split: Quebec's yearly figures, no incident of their own.
        let lead = "Le nombre de fuites de données rapportées au Québec a bondi de 75 % depuis un \
            an. La Commission d’accès à l’information (CAI) recense en effet près d’un \
            demi-millier d’« incidents de confidentialité », dont le quart a été causé par des \
            cyberattaques, en 2023-2024.";
        let s = suggested("Un nombre record de fuites de données l’an dernier", lead);
        assert_eq!(s.kind, ArticleKind::Statistics);
        assert!(s.attack.is_empty(), "{:?}", s.attack);
        assert!(s.country.is_empty(), "{:?}", s.country);
        // ninth split, English: a survey's ransomware and sectors.
        let lead = "Ransomware attacks made headlines throughout 2022, from compromising K-12 \
            student data to disabling healthcare networks. However, cyberattacks using the tactic \
            have declined significantly over the past 12 months compared to the previous year.";
        let s = suggested("Ransomware attacks decreased 61% in 2022", lead);
        assert_eq!(s.kind, ArticleKind::Statistics);
        assert!(s.attack.is_empty() && s.sector.is_empty(), "{s:?}");
        // A yearly review's gangs and their counted claims (betanews, not in any split).
        let lead = "Nearly 5,300 ransomware victims were reported last year, a 26 percent \
            increase from the previous year, according to new analysis. The number of LockBit \
            victims fell significantly to around 530, a 50 percent decrease, but the gang still \
            held the top spot among cybercrooks in 2024. RansomHub took second place despite \
            only emerging in 2024, hitting nearly 500 organizations. The United States holds the \
            unenviable crown as the most targeted country in the world.";
        let s = suggested("Ransomware victims increased by 26 percent in 2024", lead);
        assert!(s.actor.is_empty() && s.country.is_empty(), "{s:?}");
        // fresh split: a bill names what it makes firms report ("broken into by hackers").
        let lead = "A bipartisan group of senators on Wednesday introduced legislation that would \
            require critical infrastructure operators, federal contractors and agencies and \
            private cybersecurity firms to report to the government if their networks were \
            targeted or successfully broken into by hackers.";
        let s = suggested(
            "Lawmakers propose mandatory incident reporting bill for critical infrastructure, cyber firms",
            lead,
        );
        assert_eq!(s.kind, ArticleKind::Policy);
        assert!(s.attack.is_empty(), "{:?}", s.attack);
    }
}
