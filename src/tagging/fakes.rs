//! A fake that deceives people, named in the title or the opening: « Arnaque au faux conseiller
//! bancaire », « des faux coursiers et faux policiers dérobent cartes bancaires », « de faux
//! agents de lutte contre la cybercriminalité sévissent », « Des faux comptes d'aides
//! financières au nom du maire », « une fausse annonce attribuée à la douane », "fake bank text
//! messages" aside. The fake person, shop, offer or account is the scam's instrument: the story
//! is a scam (../shared/TAGGING.md: the types the text says happened), inferred, so medium, and
//! like a scam word in the text it gives way to a phishing wave or a leak (`Weak::Aside`).
//!
//! Round s40attack, twenty-seven read splits: a fake of this list in the title or the first
//! opening stood in 28 articles, 22 of them labelled scam. Fake profiles are left out: the
//! impersonated mayors' fake profiles were labelled with no type (three articles of four).
use super::fraud::words_of;

/// The adjective (folded).
#[rustfmt::skip]
const FAKE: &[&str] = &[
    "faux", "fausse", "fausses", "fake", "bogus", "phony", "phoney",
    // « Les victimes étaient informées par un prétendu service d'assistance (helpdesk) »
    // (twenty-seventh split).
    "pretendu", "pretendue", "pretendus", "pretendues",
];

/// What a fake may be to deceive: a person of trust, a shop or offer, an account (folded).
#[rustfmt::skip]
const DECEIVERS: &[&str] = &[
    "banquier", "banquiers", "conseiller", "conseillers", "agent", "agents", "policier",
    "policiers", "gendarme", "gendarmes", "colonel", "colonels", "support", "supports",
    "technicien", "techniciens", "livreur", "livreurs", "coursier", "coursiers", "vendeur",
    "vendeurs", "recruteur", "recruteurs", "site", "sites", "compte", "comptes", "annonce",
    "annonces", "concours", "offre", "offres", "jeton", "jetons", "crypto", "cryptos",
    "investissement", "investissements", "placement", "placements", "emploi", "emplois",
    "loterie", "loteries", "heritage", "heritages",
    // « Les faux collaborateurs bancaires allaient parfois jusqu'à chercher la carte bancaire »
    // (twenty-seventh split), a so-called helpdesk.
    "collaborateur", "collaborateurs", "employe", "employes", "service", "services",
    "employee", "employees",
    "bank", "banker", "bankers", "adviser", "advisers", "advisor", "advisors", "police",
    "officer", "officers", "website", "websites", "shop", "shops", "store", "stores", "account",
    "accounts", "offer", "offers", "job", "jobs", "investment", "investments", "lottery",
    "prize", "prizes", "giveaway", "giveaways", "token", "tokens", "charity", "charities",
    "tech",
];

/// How many of the text's first sentences are read (the title is read whole).
pub(crate) const OPENING_SENTENCES: usize = 3;

/// The first fake of [`DECEIVERS`] in `sentence` of the folded `text`: its span.
pub(crate) fn fake_in(text: &str, (from, to): (usize, usize)) -> Option<(usize, usize)> {
    let s = &text[from..to];
    if !["fau", "fake", "bogus", "phon", "pretendu"]
        .iter()
        .any(|w| s.contains(w))
    {
        return None;
    }
    let words = words_of(text, from, to);
    words.windows(2).find_map(|pair| {
        let [(a, b), (c, d)] = [pair[0], pair[1]];
        (FAKE.contains(&&text[a..b]) && DECEIVERS.contains(&&text[c..d])).then_some((a, d))
    })
}
