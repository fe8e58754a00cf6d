#!/usr/bin/env python3
"""Derive veille's compact actor and country lists from the MISP galaxy (CC0), and the galaxy
clusters the MISP and STIX exports name (config/export/galaxy.json).

Usage: python3 tools/gen_vocabulary.py [GALAXY_DIR] [OUT_DIR] [EXPORT_DIR]
Defaults: ../shared/data/misp-galaxy, config/taxonomy and config/export, relative to the repo root.
Standard library only, deterministic output (sorted), so a refresh shows as a readable diff.
"""
import json
import os
import sys
import unicodedata
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GALAXY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "misp-galaxy")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "config", "taxonomy")
EXPORT = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "config", "export")
# The galaxies whose clusters the exports tag with (`misp-galaxy:<type>="<value>"`).
GALAXIES = ["threat-actor", "ransomware", "mitre-intrusion-set", "microsoft-activity-group",
            "mitre-attack-pattern", "sector", "target-information"]
# Stable ids for curated brands that the galaxy lacks, so regenerating never changes them.
NAMESPACE = uuid.UUID("5d1f2f3e-8c63-4c39-9a4e-0b7a9a5c2e11")

# Ransomware and extortion brands that news names constantly. Each: canonical name, names to merge
# from the galaxies (galaxy values or synonyms), extra aliases, and whether the name is a common word
# that needs a context word ("ransomware", "gang"...) nearby before it is suggested.
BRANDS = [
    ("LockBit", ["LockBit", "Lockbit3", "lockbit4", "lockbit5"], ["LockBit 3.0", "LockBit Black"], False),
    ("ALPHV", ["BlackCat"], ["ALPHV", "BlackCat", "Noberus", "ALPHV/BlackCat"], False),
    ("Cl0p", ["Clop"], ["Clop", "TA505 Clop"], False),
    ("Akira", ["Akira", "Storm-1567"], ["Megazord"], False),
    ("Play", ["PLAY Ransomware", "play", "Play"], ["Playcrypt", "PlayCrypt"], True),
    ("Medusa", ["medusa", "Medusa Group"], ["Medusa Group", "Spearwing"], True),
    ("Black Basta", ["BlackBasta"], ["BlackBasta"], False),
    ("RansomHub", ["RansomHub", "ransomhub"], ["Greenbottle"], False),
    ("Qilin", ["Qilin", "Agenda Ransomware"], ["Agenda"], False),
    ("Hive", ["Hive"], [], True),
    ("Royal", ["Royal"], [], True),
    ("BlackSuit", [], ["Black Suit"], False),
    ("Conti", ["Conti"], ["Wizard Spider Conti"], False),
    ("REvil", ["Sodinokibi"], ["Sodinokibi"], False),
    ("Rhysida", ["rhysida"], [], False),
    ("8Base", ["8base"], [], False),
    ("Hunters International", ["hunters"], [], False),
    ("DragonForce", ["DragonForce", "dragonforce"], [], False),
    ("INC Ransom", ["INC Ransom", "inc ransom"], [], False),
    ("Cactus", ["cactus"], [], True),
    ("BianLian", ["Bianlian"], [], False),
    ("Interlock", ["interlock"], [], True),
    ("Warlock", ["warlock"], [], True),
    ("Termite", ["termite"], [], True),
    ("3AM", ["3am"], ["ThreeAM"], True),
    ("PEAR", ["pear"], [], True),
    ("Ghost", ["ghost"], ["Cring", "Ghost (Cring)"], True),
    ("EncryptHub", ["encrypthub", "Larva-208"], [], False),
    ("Snake", ["Snake Ransomware"], ["EKANS"], True),
    ("Babuk", ["Babuk"], [], False),
    ("Vice Society", ["Vice Society"], [], False),
    ("Everest", ["everest"], [], True),
    ("Lynx", ["lynx"], [], True),
    ("SafePay", ["safepay"], [], False),
    ("Gunra", ["gunra"], [], False),
    ("World Leaks", ["worldleaks"], [], False),
    ("Stormous", ["stormous"], [], False),
]

# French names of countries (ISO 3166-1 alpha-2); the galaxy only has English and native names.
FR = dict(x.split(":") for x in """AF:Afghanistan;ZA:Afrique du Sud;AL:Albanie;DZ:Algérie;DE:Allemagne;AD:Andorre;AO:Angola;SA:Arabie saoudite;AR:Argentine;AM:Arménie;AU:Australie;AT:Autriche;AZ:Azerbaïdjan;BS:Bahamas;BH:Bahreïn;BD:Bangladesh;BB:Barbade;BE:Belgique;BZ:Belize;BJ:Bénin;BT:Bhoutan;BY:Biélorussie;MM:Birmanie;BO:Bolivie;BA:Bosnie-Herzégovine;BW:Botswana;BR:Brésil;BN:Brunei;BG:Bulgarie;BF:Burkina Faso;BI:Burundi;KH:Cambodge;CM:Cameroun;CA:Canada;CV:Cap-Vert;CL:Chili;CN:Chine;CY:Chypre;CO:Colombie;KM:Comores;CG:Congo;CD:République démocratique du Congo;KP:Corée du Nord;KR:Corée du Sud;CR:Costa Rica;CI:Côte d'Ivoire;HR:Croatie;CU:Cuba;DK:Danemark;DJ:Djibouti;DM:Dominique;EG:Égypte;AE:Émirats arabes unis;EC:Équateur;ER:Érythrée;ES:Espagne;EE:Estonie;SZ:Eswatini;US:États-Unis;ET:Éthiopie;FJ:Fidji;FI:Finlande;FR:France;GA:Gabon;GM:Gambie;GE:Géorgie;GH:Ghana;GR:Grèce;GD:Grenade;GT:Guatemala;GN:Guinée;GQ:Guinée équatoriale;GW:Guinée-Bissau;GY:Guyana;HT:Haïti;HN:Honduras;HK:Hong Kong;HU:Hongrie;IN:Inde;ID:Indonésie;IQ:Irak;IR:Iran;IE:Irlande;IS:Islande;IL:Israël;IT:Italie;JM:Jamaïque;JP:Japon;JO:Jordanie;KZ:Kazakhstan;KE:Kenya;KG:Kirghizistan;KI:Kiribati;XK:Kosovo;KW:Koweït;LA:Laos;LS:Lesotho;LV:Lettonie;LB:Liban;LR:Liberia;LY:Libye;LI:Liechtenstein;LT:Lituanie;LU:Luxembourg;MO:Macao;MK:Macédoine du Nord;MG:Madagascar;MY:Malaisie;MW:Malawi;MV:Maldives;ML:Mali;MT:Malte;MA:Maroc;MH:Îles Marshall;MU:Maurice;MR:Mauritanie;MX:Mexique;FM:Micronésie;MD:Moldavie;MC:Monaco;MN:Mongolie;ME:Monténégro;MZ:Mozambique;NA:Namibie;NR:Nauru;NP:Népal;NI:Nicaragua;NE:Niger;NG:Nigeria;NO:Norvège;NZ:Nouvelle-Zélande;OM:Oman;UG:Ouganda;UZ:Ouzbékistan;PK:Pakistan;PW:Palaos;PS:Palestine;PA:Panama;PG:Papouasie-Nouvelle-Guinée;PY:Paraguay;NL:Pays-Bas;PE:Pérou;PH:Philippines;PL:Pologne;PT:Portugal;QA:Qatar;CF:République centrafricaine;DO:République dominicaine;CZ:Tchéquie;RO:Roumanie;GB:Royaume-Uni;RU:Russie;RW:Rwanda;KN:Saint-Christophe-et-Niévès;SM:Saint-Marin;VC:Saint-Vincent-et-les-Grenadines;LC:Sainte-Lucie;SB:Îles Salomon;SV:Salvador;WS:Samoa;ST:Sao Tomé-et-Principe;SN:Sénégal;RS:Serbie;SC:Seychelles;SL:Sierra Leone;SG:Singapour;SK:Slovaquie;SI:Slovénie;SO:Somalie;SD:Soudan;SS:Soudan du Sud;LK:Sri Lanka;SE:Suède;CH:Suisse;SR:Suriname;SY:Syrie;TJ:Tadjikistan;TW:Taïwan;TZ:Tanzanie;TD:Tchad;TH:Thaïlande;TL:Timor oriental;TG:Togo;TO:Tonga;TT:Trinité-et-Tobago;TN:Tunisie;TM:Turkménistan;TR:Turquie;TV:Tuvalu;UA:Ukraine;UY:Uruguay;VU:Vanuatu;VA:Vatican;VE:Venezuela;VN:Viêt Nam;YE:Yémen;ZM:Zambie;ZW:Zimbabwe;GL:Groenland;PR:Porto Rico;NC:Nouvelle-Calédonie;PF:Polynésie française;RE:La Réunion;YT:Mayotte;GP:Guadeloupe;MQ:Martinique;GF:Guyane;EH:Sahara occidental;AG:Antigua-et-Barbuda;GI:Gibraltar;BM:Bermudes;KY:Îles Caïmans;IM:Île de Man;JE:Jersey;GG:Guernesey""".split(";"))


def fold(s):
    """Case- and accent-insensitive key, as the Rust side folds."""
    nfkd = unicodedata.normalize("NFKD", s)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).lower().strip()


def load(name):
    with open(os.path.join(GALAXY, name + ".json"), encoding="utf-8") as f:
        return json.load(f)["values"]


class Actor:
    def __init__(self, name, uuid_, country=None):
        self.name, self.uuid, self.country = name, uuid_, country
        self.aliases, self.attack_id, self.context = [], None, False
        # The MISP galaxy clusters this actor was built from: (galaxy type, cluster value, cluster uuid).
        self.clusters = []

    def add_cluster(self, galaxy, value):
        if all(c[2] != value["uuid"] for c in self.clusters):
            self.clusters.append((galaxy, value["value"], value["uuid"]))

    def add_alias(self, alias):
        alias = alias.strip()
        keys = {fold(self.name)} | {fold(a) for a in self.aliases}
        # Two-letter and purely numeric aliases match too much text to be useful.
        if len(alias) < 3 or alias.isdigit() or fold(alias) in keys:
            return
        self.aliases.append(alias)


def build_actors():
    actors, by_uuid, by_name = [], {}, {}

    def index(actor, *uuids):
        for u in uuids:
            by_uuid[u] = actor
        by_name.setdefault(fold(actor.name), actor)

    for v in load("threat-actor"):
        meta = v.get("meta", {})
        a = Actor(v["value"], v["uuid"], meta.get("country"))
        a.add_cluster("threat-actor", v)
        for s in meta.get("synonyms", []):
            a.add_alias(s)
        actors.append(a)
        index(a, v["uuid"])
    synonym_owner = {}
    for a in actors:
        for s in a.aliases:
            synonym_owner.setdefault(fold(s), []).append(a)

    def link(value, names, related, extra_keys=()):
        # An identical name is the strongest link; "uses"/"targets" relations point at tools and victims.
        for n in [value] + names:
            if fold(n) in by_name:
                return by_name[fold(n)]
        for r in related:
            if r.get("type") in ("similar", "same-as", "overlaps") and r.get("dest-uuid") in by_uuid:
                return by_uuid[r["dest-uuid"]]
        for n in [value] + list(extra_keys):
            owners = synonym_owner.get(fold(n), [])
            if len(owners) == 1:
                return owners[0]
        return None

    for v in load("mitre-intrusion-set"):
        meta = v.get("meta", {})
        name = v["value"].rsplit(" - G", 1)[0]
        gid = meta.get("external_id")
        a = link(name, [], v.get("related", []), [gid] if gid else [])
        if a is None:
            a = Actor(name, v["uuid"], meta.get("country"))
            actors.append(a)
        else:
            a.add_alias(name)
        a.add_cluster("mitre-intrusion-set", v)
        if gid and not a.attack_id:
            a.attack_id = gid
        for s in meta.get("synonyms", []):
            a.add_alias(s)
        index(a, v["uuid"])

    for v in load("microsoft-activity-group"):
        meta = v.get("meta", {})
        syns = meta.get("synonyms", [])
        a = link(v["value"], syns, v.get("related", []))
        if a is None:
            a = Actor(v["value"], v["uuid"], meta.get("country"))
            actors.append(a)
        else:
            a.add_alias(v["value"])
            a.country = a.country or meta.get("country")
        a.add_cluster("microsoft-activity-group", v)
        for s in syns:
            a.add_alias(s)
        index(a, v["uuid"])

    ransomware = {fold(v["value"]): v for v in load("ransomware")}
    for canonical, sources, extra, context in BRANDS:
        brand = None
        for src in sources:
            if fold(src) in by_name:
                brand = by_name[fold(src)]
                break
        if brand is None:
            rw = next((ransomware[fold(s)] for s in sources if fold(s) in ransomware), None)
            brand = Actor(canonical, rw["uuid"] if rw else str(uuid.uuid5(NAMESPACE, canonical)))
            actors.append(brand)
        old = brand.name
        brand.name = canonical
        # ransomware.json spells names in lower case ("hunters"): as aliases they would match words.
        for n in [old] + [s for s in sources if not s.islower()] + extra:
            brand.add_alias(n)
        rw = next((ransomware[fold(s)] for s in sources if fold(s) in ransomware), None)
        if rw:
            brand.add_cluster("ransomware", rw)
            for s in rw.get("meta", {}).get("synonyms", []):
                brand.add_alias(s)
        brand.context = context
        # Other actors that the galaxy spelled like this brand become its aliases' owners no more.
        for other in actors:
            if other is not brand and fold(other.name) in {fold(s) for s in sources}:
                for s in [other.name] + other.aliases:
                    brand.add_alias(s)
                brand.attack_id = brand.attack_id or other.attack_id
                for c in other.clusters:
                    if all(x[2] != c[2] for x in brand.clusters):
                        brand.clusters.append(c)
                other.name = None
        by_name[fold(canonical)] = brand
    return [a for a in actors if a.name]


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_actors(actors):
    actors.sort(key=lambda a: fold(a.name))
    lines = [
        "# Generated by tools/gen_vocabulary.py from the MISP galaxy (CC0): threat-actor, mitre-intrusion-set,",
        "# microsoft-activity-group and ransomware. Do not edit by hand: change the generator and rerun it.",
        "",
    ]
    for a in actors:
        lines.append("[[actor]]")
        lines.append(f"name = {toml_str(a.name)}")
        if a.aliases:
            lines.append("aliases = [" + ", ".join(toml_str(x) for x in sorted(set(a.aliases), key=fold)) + "]")
        if a.country:
            lines.append(f"country = {toml_str(a.country)}")
        lines.append(f"uuid = {toml_str(a.uuid)}")
        if a.attack_id:
            lines.append(f"attack_id = {toml_str(a.attack_id)}")
        if a.context:
            lines.append("context = true")
        lines.append("")
    write("actors.toml", lines)
    return len(actors)


def write_countries():
    seen, rows = set(), []
    for v in load("target-information"):
        meta = v.get("meta", {})
        codes = [c for c in meta.get("iso-code", []) if len(c) == 2 and c.isupper()]
        if not codes or codes[0] in seen:
            continue
        code = codes[0]
        seen.add(code)
        syn = [s for s in meta.get("synonyms", []) if s != v["value"] and len(s) > 2]
        rows.append((code, v["value"], FR.get(code, v["value"]), syn))
    rows.sort()
    lines = [
        "# Generated by tools/gen_vocabulary.py from the MISP target-information galaxy (CC0) plus the",
        "# generator's French names. Do not edit by hand: change the generator and rerun it.",
        "",
    ]
    for code, en, fr, syn in rows:
        lines.append("[[country]]")
        lines.append(f"code = {toml_str(code)}")
        lines.append(f"en = {toml_str(en)}")
        lines.append(f"fr = {toml_str(fr)}")
        if syn:
            lines.append("synonyms = [" + ", ".join(toml_str(s) for s in syn) + "]")
        lines.append("")
    write("countries.toml", lines)
    return len(rows)


def write_galaxy(actors):
    """Each actor's own clusters (a tag names a cluster of the galaxy that holds it: LockBit is in
    `ransomware`, not `threat-actor`), every ATT&CK technique, sector and country cluster."""
    galaxies = {}
    for name in GALAXIES:
        with open(os.path.join(GALAXY, "galaxies", name + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        galaxies[name] = {k: g[k] for k in ("uuid", "name", "type", "namespace", "version")}
    techniques = {}
    for v in load("mitre-attack-pattern"):
        ids = v.get("meta", {}).get("external_id")
        for tid in [ids] if isinstance(ids, str) else ids or []:
            techniques.setdefault(tid, [v["value"], v["uuid"]])
    countries = {}
    for v in load("target-information"):
        codes = [c for c in v.get("meta", {}).get("iso-code", []) if len(c) == 2 and c.isupper()]
        if codes:
            countries.setdefault(codes[0], [v["value"], v["uuid"]])
    data = {
        "_comment": "Generated by tools/gen_vocabulary.py from the MISP galaxy (CC0). Do not edit by hand.",
        "galaxies": galaxies,
        "actors": {a.name: sorted(a.clusters) for a in actors if a.clusters},
        "techniques": dict(sorted(techniques.items())),
        "sectors": dict(sorted((v["value"], v["uuid"]) for v in load("sector"))),
        "countries": dict(sorted(countries.items())),
    }
    os.makedirs(EXPORT, exist_ok=True)
    with open(os.path.join(EXPORT, "galaxy.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    return len(data["actors"])


def write(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    actors = build_actors()
    n = write_actors(actors)
    c = write_countries()
    g = write_galaxy(actors)
    print(f"wrote {n} actors and {c} countries to {OUT}, the clusters of {g} actors to {EXPORT}")
