//! A US dateline is no sentence of the lead: "WASHINGTON, Pa. (KDKA) — The daily functions of
//! county government have been shut down", "TOPEKA, Kan. (AP) — A cyberattack…", "HILLSBOROUGH
//! COUNTY, Fla. — The Hillsborough County…". The state's abbreviation ends in a full stop that
//! the sentence splitter reads as an end: counted as one of the lead's written sentences, the
//! dateline pushed the sixth past the lead, where an attack type needs a victim cue of its own
//! (eighteenth split: « alerted him to a phishing scheme », Washington County's phishing, missed).
//! Only the count of the lead's sentences skips it: joined to the first sentence, its capitalised
//! place read as a victim (seventh and twelfth splits).

/// The AP abbreviations of the US states, lower case, without their last full stop.
#[rustfmt::skip]
const STATES: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m",
    "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va",
    "wash", "w.va", "wis", "wyo", "d.c",
];

/// The longest of [`STATES`], in bytes.
const LONGEST: usize = 4;

/// True when the full stop at byte `dot` of `text` closes a state's abbreviation in a dateline:
/// after a comma and a space, before a parenthesis or a dash ("Pa. (KDKA) —", "Fla. —").
pub(crate) fn ends_a_dateline_state(text: &str, dot: usize) -> bool {
    let Some(before) = text.get(..dot) else {
        return false;
    };
    let Some(comma) = before.rfind(", ") else {
        return false;
    };
    let state = &before[comma + 2..];
    if state.is_empty() || state.len() > LONGEST || !STATES.contains(&state.to_lowercase().as_str())
    {
        return false;
    }
    let after = text[dot + 1..].trim_start_matches([' ', '\u{a0}']);
    after.starts_with(['(', '—', '–', '-'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::attack_types_suggested as types;

    #[test]
    fn a_state_in_a_dateline_ends_no_sentence() {
        let t = "WASHINGTON, Pa. (KDKA) — The daily functions of county government";
        assert!(ends_a_dateline_state(t, t.find('.').unwrap()));
        let t = "HILLSBOROUGH COUNTY, Fla. — The Hillsborough County Supervisor";
        assert!(ends_a_dateline_state(t, t.find('.').unwrap()));
        // The near miss: a state ending a sentence, a new one after it.
        let t = "The firm is based in San Diego, Calif. The breach hit 75,116 persons.";
        assert!(!ends_a_dateline_state(t, t.find('.').unwrap()));
    }

    #[test]
    fn a_cause_told_in_the_lead_past_a_dateline_is_read() {
        // Eighteenth split, KDKA: the dateline no longer pushes the phishing past the lead.
        let text = "WASHINGTON, Pa. (KDKA) — The daily functions of county government have been \
                    shut down in Washington County.\n\nA cyberattack shut down the county's main \
                    computer server. Hackers hit Washington County this week, and the \
                    cyberattack means a lot of people are walking away from the courthouse \
                    confused.\n\nCody Polfus-Banaszak came down to finally get his record \
                    expunged, a big day that needs to happen another day.\n\nWashington County \
                    Commissioner Nick Sherman learned about the cyberattack on Wednesday. He \
                    says his IT workers alerted him to a phishing scheme and shut everything \
                    down.";
        let got = types(
            "Cyberattack shuts down Washington County's main computer server",
            text,
        );
        assert!(got.iter().any(|t| t == "phishing"), "{got:?}");
    }
}
