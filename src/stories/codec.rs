//! A profile as stored beside its membership: a compact binary record, read back for every
//! candidate member a new article is compared with — as JSON that read cost about 10 µs per member
//! (the 64 MinHash slots as text), the largest part of placing an article (benches/stories.rs).
//!
//! Layout (integers little-endian): version byte, language (0 none, 1 fr, 2 en), date flag + i64,
//! exact hash u64, MinHash count u8 + u32 each, then seven lists (victims, mentioned, title names,
//! actors, CVEs, names, numbers), each a u16 count of (u16 length + UTF-8 bytes); from version 2 a
//! last byte of flags (1: the title is the lead's first words; 2: the title is a vulnerability
//! bulletin's; 4: a roundup's; 8: a lawsuit's, a settlement's or a fine's; 16: the
//! title or the lead tells one; 32: a product's news; 64: the title names an actor; 128: a kind
//! of attack; both unset in records stored before them); from version 3 two more lists after the
//! flags (places, sectors); from version 4 one more (institutions); from version 5 one more (the
//! names an untitled item's address holds); from version 6 the same layout, its names written as
//! English writes them (`exonyms.rs`: « anvers » is "antwerp"); from version 7 one more (an
//! untitled item's address words); from version 8 the days its title and lead give (a u8 count
//! of u32, [`super::recalled`]); from version 9 how many of its places its title names (a u8).
//! A version 1 record reads as before,
//! its flags unset, versions 1 and 2 with no places or sectors, versions 1 to 3 with no
//! institutions, versions 1 to 4 with no address names, versions 1 to 6 with no address words,
//! versions 1 to 7 with no days, versions 1 to 8 with no place its title names;
//! every record's names are read as English writes them by today's table (it grows: a record of
//! version 6 or later stored before a French name joined it reads as one stored after): profiles
//! stored before stay comparable.
use super::profile::Profile;
use crate::model::Lang;

const VERSION: u8 = 9;
/// The first layout, without the flags byte.
const VERSION_1: u8 = 1;
/// The second layout, without places and sectors.
const VERSION_2: u8 = 2;
/// The third layout, without institutions.
const VERSION_3: u8 = 3;
/// The fourth layout, without the address's names.
const VERSION_4: u8 = 4;
/// The fifth layout, its names as the article wrote them (« anvers », « cpi »).
const VERSION_5: u8 = 5;
/// The sixth layout, without an untitled item's address words.
const VERSION_6: u8 = 6;
/// The seventh layout, without the days its title and lead give.
const VERSION_7: u8 = 7;
/// The eighth layout, without how many places its title names.
const VERSION_8: u8 = 8;

/// The stored record of a profile.
pub fn encode(p: &Profile) -> Vec<u8> {
    let mut out = Vec::with_capacity(32 + 4 * p.minhash.len());
    encode_into(p, &mut out);
    out
}

/// [`encode`], appended to `out` (one buffer for many records).
pub fn encode_into(p: &Profile, out: &mut Vec<u8>) {
    out.push(VERSION);
    out.push(match p.lang {
        None => 0,
        Some(Lang::Fr) => 1,
        Some(Lang::En) => 2,
    });
    match p.date {
        Some(d) => {
            out.push(1);
            out.extend_from_slice(&d.to_le_bytes());
        }
        None => out.push(0),
    }
    out.extend_from_slice(&p.exact.to_le_bytes());
    let slots = p.minhash.len().min(usize::from(u8::MAX));
    out.push(slots as u8);
    for h in &p.minhash[..slots] {
        out.extend_from_slice(&h.to_le_bytes());
    }
    for list in lists_of(p) {
        encode_list(list, out);
    }
    out.push(
        u8::from(p.title_from_lead)
            | u8::from(p.advisory) << 1
            | u8::from(p.roundup) << 2
            | u8::from(p.legal_turn) << 3
            | u8::from(p.legal_said) << 4
            | u8::from(p.product) << 5
            | u8::from(p.title_actor) << 6
            | u8::from(p.title_incident) << 7,
    );
    for list in [
        &p.places,
        &p.sectors,
        &p.institutions,
        &p.addressed,
        &p.slug,
    ] {
        encode_list(list, out);
    }
    let days = p.recalled.len().min(usize::from(u8::MAX));
    out.push(days as u8);
    for d in &p.recalled[..days] {
        out.extend_from_slice(&d.to_le_bytes());
    }
    out.push(p.title_places.min(p.places.len()).min(usize::from(u8::MAX)) as u8);
}

/// A u16 count of (u16 length + UTF-8 bytes).
fn encode_list(list: &[String], out: &mut Vec<u8>) {
    let n = list.len().min(usize::from(u16::MAX));
    out.extend_from_slice(&(n as u16).to_le_bytes());
    for s in &list[..n] {
        // A word longer than 64 KiB is no name; cut on a character boundary.
        let mut end = s.len().min(usize::from(u16::MAX));
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        out.extend_from_slice(&(end as u16).to_le_bytes());
        out.extend_from_slice(&s.as_bytes()[..end]);
    }
}

fn lists_of(p: &Profile) -> [&Vec<String>; 7] {
    [
        &p.victims,
        &p.mentioned,
        &p.title_names,
        &p.actors,
        &p.cves,
        &p.names,
        &p.numbers,
    ]
}

/// The profile of a stored record; `None` when it is not one (another version, or damaged).
pub fn decode(bytes: &[u8]) -> Option<Profile> {
    let mut r = Reader(bytes);
    let version = r.take(1)?[0];
    if !(VERSION_1..=VERSION).contains(&version) {
        return None;
    }
    let lang = match r.take(1)?[0] {
        0 => None,
        1 => Some(Lang::Fr),
        2 => Some(Lang::En),
        _ => return None,
    };
    let date = match r.take(1)?[0] {
        0 => None,
        _ => Some(i64::from_le_bytes(r.take(8)?.try_into().ok()?)),
    };
    let exact = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
    let slots = usize::from(r.take(1)?[0]);
    let minhash = r
        .take(4 * slots)?
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let mut lists: [Vec<String>; 7] = Default::default();
    for list in &mut lists {
        *list = r.list()?;
    }
    let [
        victims,
        mentioned,
        title_names,
        actors,
        cves,
        names,
        numbers,
    ] = lists;
    let flags = match version {
        VERSION_1 => 0,
        _ => r.take(1)?[0],
    };
    let (title_from_lead, advisory) = (flags & 1 != 0, flags & 2 != 0);
    let (roundup, legal_turn) = (flags & 4 != 0, flags & 8 != 0);
    let (legal_said, product) = (flags & 16 != 0, flags & 32 != 0);
    let (title_actor, title_incident) = (flags & 64 != 0, flags & 128 != 0);
    let (places, sectors) = match version {
        VERSION_1 | VERSION_2 => Default::default(),
        _ => (r.list()?, r.list()?),
    };
    let institutions = match version {
        VERSION_1 | VERSION_2 | VERSION_3 => Vec::new(),
        _ => r.list()?,
    };
    let addressed = match version {
        VERSION_1 | VERSION_2 | VERSION_3 | VERSION_4 => Vec::new(),
        _ => r.list()?,
    };
    let slug = match version {
        VERSION_1 | VERSION_2 | VERSION_3 | VERSION_4 | VERSION_5 | VERSION_6 => Vec::new(),
        _ => r.list()?,
    };
    let recalled = match version {
        v if v > VERSION_7 => {
            let n = usize::from(r.take(1)?[0]);
            r.take(4 * n)?
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect()
        }
        _ => Vec::new(),
    };
    // A record stored before, read as if its title named no place: no pair is parted by it.
    let title_places = match version {
        v if v > VERSION_8 => usize::from(r.take(1)?[0]).min(places.len()),
        _ => 0,
    };
    // A record stored before French exonyms were read as English (« anvers », « cpi »), or before
    // the table grew (round 39: Canada's bodies' acronyms, « grc »), is read as a profile made
    // today would be, so a story of the last weeks still meets its English reports. A record
    // whose names are all in English already comes back untouched (one scan of the small table).
    let (names, title_names) = (
        super::exonyms::with_english(names),
        super::exonyms::with_english(title_names),
    );
    r.0.is_empty().then_some(Profile {
        title_from_lead,
        advisory,
        roundup,
        legal_turn,
        legal_said,
        product,
        title_actor,
        title_incident,
        lang,
        date,
        victims,
        mentioned,
        title_names,
        actors,
        cves,
        names,
        numbers,
        places,
        title_places,
        sectors,
        institutions,
        addressed,
        slug,
        recalled,
        exact,
        minhash,
    })
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn u16(&mut self) -> Option<usize> {
        let b = self.take(2)?;
        Some(usize::from(u16::from_le_bytes([b[0], b[1]])))
    }

    /// A u16 count of (u16 length + UTF-8 bytes).
    fn list(&mut self) -> Option<Vec<String>> {
        let n = self.u16()?;
        let mut list = Vec::with_capacity(n);
        for _ in 0..n {
            let len = self.u16()?;
            list.push(std::str::from_utf8(self.take(len)?).ok()?.to_owned());
        }
        Some(list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_reads_back_as_it_was_stored() {
        let p = Profile {
            lang: Some(Lang::Fr),
            date: Some(-5),
            victims: vec!["cour penale internationale".into()],
            mentioned: vec![],
            title_names: vec!["icc".into()],
            title_from_lead: true,
            advisory: true,
            roundup: false,
            legal_turn: true,
            legal_said: true,
            product: true,
            title_actor: true,
            title_incident: true,
            actors: vec!["apt29".into(), "é".into()],
            cves: vec!["CVE-2024-1".into()],
            names: vec!["icc".into(), "la haye".into()],
            numbers: vec!["6.4".into()],
            places: vec!["NL".into(), "CN".into()],
            title_places: 1,
            sectors: vec!["defence".into()],
            institutions: vec!["defence ministry".into()],
            addressed: vec!["cpi".into()],
            slug: vec!["hydro".into(), "norsk".into()],
            recalled: vec![2023 << 9 | 10 << 5 | 28, 11 << 5 | 7],
            exact: u64::MAX - 3,
            minhash: (0..64).map(|i| i * 7_919).collect(),
        };
        assert_eq!(decode(&encode(&p)), Some(p));
        assert_eq!(
            decode(&encode(&Profile::default())),
            Some(Profile::default())
        );
    }

    #[test]
    fn a_record_of_the_first_layout_reads_with_its_flags_unset() {
        let p = Profile {
            names: vec!["sharepoint".into()],
            title_from_lead: true,
            ..Profile::default()
        };
        let mut v1 = encode(&p);
        v1[0] = VERSION_1;
        // The five empty lists of versions 3 to 7 (a u16 count each), then the flags byte,
        // version 8's empty days (a u8 count) and version 9's title places (a u8).
        v1.truncate(v1.len() - 13);
        let read = decode(&v1).expect("a version 1 record");
        assert_eq!(read.names, p.names);
        assert!(!read.title_from_lead);
    }

    #[test]
    fn a_record_of_the_second_layout_reads_with_no_places_or_sectors() {
        let p = Profile {
            names: vec!["mivd".into()],
            places: vec!["NL".into()],
            sectors: vec!["defence".into()],
            advisory: true,
            ..Profile::default()
        };
        let mut v2 = encode(&p);
        v2[0] = VERSION_2;
        // Version 3's two lists: "NL" (2 + 2 + 2 bytes) and "defence" (2 + 2 + 7), and versions
        // 4's, 5's and 7's empty ones (2 each), version 8's empty days (1) and version 9's title
        // places (1).
        v2.truncate(v2.len() - 25);
        let read = decode(&v2).expect("a version 2 record");
        assert_eq!(read.names, p.names);
        assert!(read.advisory);
        assert!(read.places.is_empty() && read.sectors.is_empty());
    }

    #[test]
    fn a_record_of_the_third_layout_reads_with_no_institutions() {
        let p = Profile {
            names: vec!["fintrac".into()],
            places: vec!["CA".into()],
            institutions: vec!["agency financial intelligence".into()],
            ..Profile::default()
        };
        let mut v3 = encode(&p);
        v3[0] = VERSION_3;
        // Version 4's list: one name of 29 bytes (2 + 2 + 29), versions 5's and 7's empty ones
        // (2 each), version 8's empty days (1) and version 9's title places (1).
        v3.truncate(v3.len() - 39);
        let read = decode(&v3).expect("a version 3 record");
        assert_eq!((read.names, read.places), (p.names, p.places));
        assert!(read.institutions.is_empty());
    }

    #[test]
    fn a_record_of_the_fourth_layout_reads_with_no_address_names() {
        let p = Profile {
            names: vec!["samsung".into()],
            title_from_lead: true,
            addressed: vec!["samsung".into()],
            ..Profile::default()
        };
        let mut v4 = encode(&p);
        v4[0] = VERSION_4;
        // Version 5's list: one name of 7 bytes (2 + 2 + 7), version 7's empty one (2), version
        // 8's empty days (1) and version 9's title places (1).
        v4.truncate(v4.len() - 15);
        let read = decode(&v4).expect("a version 4 record");
        assert_eq!(read.names, p.names);
        assert!(read.title_from_lead && read.addressed.is_empty());
    }

    #[test]
    fn a_record_stored_before_exonyms_reads_with_the_english_names() {
        // « Anvers : la ville paralysée par une cyberattaque », stored before the French names were
        // read as English writes them, still meets "Antwerp city services hit by ransomware".
        let stored = Profile {
            names: vec!["anvers".into(), "play".into()],
            title_names: vec!["anvers".into()],
            ..Profile::default()
        };
        let mut v5 = encode(&stored);
        v5[0] = VERSION_5;
        // Version 7's empty list (2), version 8's empty days (1) and version 9's title places (1).
        v5.truncate(v5.len() - 4);
        let read = decode(&v5).expect("a version 5 record");
        assert_eq!(read.names, ["antwerp", "play"]);
        assert_eq!(read.title_names, ["antwerp"]);
    }

    #[test]
    fn a_record_stored_before_the_table_grew_reads_with_the_english_names() {
        // « La GRC a ouvert une enquête… », stored before « grc » was read as "rcmp", still meets
        // "RCMP launches criminal investigation into 'alarming' breach of its networks".
        let stored = Profile {
            names: vec!["grc".into(), "ottawa".into()],
            title_names: vec!["grc".into()],
            ..Profile::default()
        };
        let read = decode(&encode(&stored)).expect("a record of this version");
        assert_eq!(read.names, ["rcmp", "ottawa"]);
        assert_eq!(read.title_names, ["rcmp"]);
    }

    #[test]
    fn a_record_of_the_sixth_layout_reads_with_no_address_words() {
        let p = Profile {
            title_from_lead: true,
            slug: vec!["lifelabs".into()],
            ..Profile::default()
        };
        let mut v6 = encode(&p);
        v6[0] = VERSION_6;
        // Version 7's list: one word of 8 bytes (2 + 2 + 8), version 8's empty days (1) and
        // version 9's title places (1).
        v6.truncate(v6.len() - 14);
        let read = decode(&v6).expect("a version 6 record");
        assert!(read.title_from_lead && read.slug.is_empty());
    }

    #[test]
    fn a_record_of_the_seventh_layout_reads_with_no_days() {
        let p = Profile {
            names: vec!["tpl".into()],
            recalled: vec![2023 << 9 | 10 << 5 | 28],
            ..Profile::default()
        };
        let mut v7 = encode(&p);
        v7[0] = VERSION_7;
        // Version 8's days: one (1 + 4), and version 9's title places (1).
        v7.truncate(v7.len() - 6);
        let read = decode(&v7).expect("a version 7 record");
        assert_eq!(read.names, p.names);
        assert!(read.recalled.is_empty());
    }

    #[test]
    fn a_record_of_the_eighth_layout_reads_as_if_its_title_named_no_place() {
        let p = Profile {
            places: vec!["KE".into(), "SD".into()],
            title_places: 1,
            ..Profile::default()
        };
        let mut v8 = encode(&p);
        v8[0] = VERSION_8;
        // Version 9's title places (1).
        v8.truncate(v8.len() - 1);
        let read = decode(&v8).expect("a version 8 record");
        assert_eq!(read.places, p.places);
        assert_eq!(read.title_places, 0);
    }

    #[test]
    fn a_damaged_or_foreign_record_reads_as_none() {
        let bytes = encode(&Profile {
            names: vec!["sharepoint".into()],
            ..Profile::default()
        });
        for cut in 0..bytes.len() {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
        assert_eq!(decode(b"{\"exact\":1}"), None);
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None);
    }
}
