#!/usr/bin/env python3
"""Check tests/stories_gold: the XML parses, every key in gold.toml points to an existing item,
every web article is used exactly once, and the set meets issue 13's minimums. The third split
(third.toml, third-fr.xml, third-en.xml: the blind split of round 15, now tuned on), the fourth
(fourth.*: the blind split of round 16, tuned on since round 17), the fifth (fifth.*: the blind
split of round 17, tuned on since round 18), the sixth (sixth.*: the blind split of round 18,
tuned on since round 19), the seventh (seventh.*: the blind split of round 19, tuned on since
round 20), the eighth (eighth.*: the blind split of round 20, tuned on since round 21), the ninth (ninth.*: the
blind split of round 21, tuned on since round 22), the tenth (tenth.*: the blind split of round 22,
tuned on since round 23), the eleventh (eleventh.*: the blind split of round 23, tuned on since
round 24), the twelfth (twelfth.*: the blind split of round 24, tuned on since round 25), the
thirteenth (thirteenth.*: the blind split of round 25, tuned on since round 26), the fourteenth
(fourteenth.*: the blind split of round 26, tuned on since round 27), the fifteenth (fifteenth.*:
the blind split of round 27, tuned on since round 28), the sixteenth (sixteenth.*: the blind
split of round 28, tuned on since round 29), the seventeenth (seventeenth.*: the blind split of round
29, tuned on since round 30), the eighteenth (eighteenth.*: the blind split of round 30, tuned on
since round 31), the nineteenth (nineteenth.*: the blind split of round 31, tuned on since
round 32), the twentieth (twentieth.*: the blind split of round 34, tuned on since round 35), the
twenty-first (twentyfirst.*: the blind split of round 35, tuned on since round 36), the
twenty-second (twentysecond.*: the blind split of round 36, tuned on since round 37), the
twenty-third (twentythird.*: the blind split of round 37, tuned on since round 38), the
twenty-fourth (twentyfourth.*: the blind split of round 38, tuned on since round 39), the
twenty-fifth (twentyfifth.*: the blind split of round 39, tuned on since round 40), the
twenty-sixth (twentysixth.*: the blind split of round 40, tuned on since round 41) and the blind
split (blind.toml, blind-fr.xml, blind-en.xml), when it exists, are checked the same way against
their own minimums (12 events of 2-5 articles, 7 of them bilingual, 20 distractors; every item held
out), and must not reuse an article of an earlier split.

Usage: python3 tools/check_stories_gold.py [--feeds DIR]   (default: ../shared/feeds from the repo root)
"""
import argparse, hashlib, pathlib, re, sys, tomllib, xml.etree.ElementTree as ET
from html import unescape

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "stories_gold"

def feed_titles(path):
    """Titles of a fixture feed's items/entries, trimmed. A malformed feed (the deliberately
    truncated ZATAZ one) is read leniently: the titles of its complete items."""
    try:
        tree = ET.parse(path)
        out = set()
        for el in tree.iter():
            tag = el.tag.rsplit('}', 1)[-1]
            if tag in ("item", "entry"):
                for c in el:
                    if c.tag.rsplit('}', 1)[-1] == "title" and c.text:
                        out.add(c.text.strip())
        return out
    except ET.ParseError:
        text = path.read_text(encoding="utf-8", errors="replace")
        items = re.findall(r"<item>(.*?)</item>", text, re.S)
        return {unescape(re.sub(r"<!\[CDATA\[(.*?)\]\]>", r"\1", t)).strip()
                for it in items for t in re.findall(r"<title>(.*?)</title>", it, re.S)}

# The main set: 25 events of 2-6 articles, 15 bilingual, 40 distractors, held out by the SHA-256 rule.
MAIN = dict(toml="gold.toml", xml="articles-{}.xml", events=25, bilingual=15, distractors=40,
            sizes=(2, 6), blind=False)
# The third to twenty-second splits (grouped blind in rounds 15 to 36, tuned on since) and the blind split: 12
# events of 2-5 articles, 7 bilingual, 20 distractors, all held out.
THIRD = dict(toml="third.toml", xml="third-{}.xml", events=12, bilingual=7, distractors=20,
             sizes=(2, 5), blind=True)
FOURTH = dict(THIRD, toml="fourth.toml", xml="fourth-{}.xml")
FIFTH = dict(THIRD, toml="fifth.toml", xml="fifth-{}.xml")
SIXTH = dict(THIRD, toml="sixth.toml", xml="sixth-{}.xml")
SEVENTH = dict(THIRD, toml="seventh.toml", xml="seventh-{}.xml")
EIGHTH = dict(THIRD, toml="eighth.toml", xml="eighth-{}.xml")
NINTH = dict(THIRD, toml="ninth.toml", xml="ninth-{}.xml")
TENTH = dict(THIRD, toml="tenth.toml", xml="tenth-{}.xml")
ELEVENTH = dict(THIRD, toml="eleventh.toml", xml="eleventh-{}.xml")
TWELFTH = dict(THIRD, toml="twelfth.toml", xml="twelfth-{}.xml")
THIRTEENTH = dict(THIRD, toml="thirteenth.toml", xml="thirteenth-{}.xml")
FOURTEENTH = dict(THIRD, toml="fourteenth.toml", xml="fourteenth-{}.xml")
FIFTEENTH = dict(THIRD, toml="fifteenth.toml", xml="fifteenth-{}.xml")
SIXTEENTH = dict(THIRD, toml="sixteenth.toml", xml="sixteenth-{}.xml")
SEVENTEENTH = dict(THIRD, toml="seventeenth.toml", xml="seventeenth-{}.xml")
EIGHTEENTH = dict(THIRD, toml="eighteenth.toml", xml="eighteenth-{}.xml")
NINETEENTH = dict(THIRD, toml="nineteenth.toml", xml="nineteenth-{}.xml")
TWENTIETH = dict(THIRD, toml="twentieth.toml", xml="twentieth-{}.xml")
TWENTYFIRST = dict(THIRD, toml="twentyfirst.toml", xml="twentyfirst-{}.xml")
TWENTYSECOND = dict(THIRD, toml="twentysecond.toml", xml="twentysecond-{}.xml")
TWENTYTHIRD = dict(THIRD, toml="twentythird.toml", xml="twentythird-{}.xml")
TWENTYFOURTH = dict(THIRD, toml="twentyfourth.toml", xml="twentyfourth-{}.xml")
TWENTYFIFTH = dict(THIRD, toml="twentyfifth.toml", xml="twentyfifth-{}.xml")
TWENTYSIXTH = dict(THIRD, toml="twentysixth.toml", xml="twentysixth-{}.xml")
BLIND = dict(THIRD, toml="blind.toml", xml="blind-{}.xml")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", default=str(ROOT.parent / "shared" / "feeds"))
    feeds = pathlib.Path(ap.parse_args().feeds)
    main_keys = set()
    status = check(MAIN, feeds, main_keys)
    status |= check(THIRD, feeds, main_keys)
    status |= check(FOURTH, feeds, main_keys)
    status |= check(FIFTH, feeds, main_keys)
    status |= check(SIXTH, feeds, main_keys)
    status |= check(SEVENTH, feeds, main_keys)
    status |= check(EIGHTH, feeds, main_keys)
    status |= check(NINTH, feeds, main_keys)
    status |= check(TENTH, feeds, main_keys)
    status |= check(ELEVENTH, feeds, main_keys)
    status |= check(TWELFTH, feeds, main_keys)
    status |= check(THIRTEENTH, feeds, main_keys)
    status |= check(FOURTEENTH, feeds, main_keys)
    status |= check(FIFTEENTH, feeds, main_keys)
    status |= check(SIXTEENTH, feeds, main_keys)
    status |= check(SEVENTEENTH, feeds, main_keys)
    status |= check(EIGHTEENTH, feeds, main_keys)
    status |= check(NINETEENTH, feeds, main_keys)
    status |= check(TWENTIETH, feeds, main_keys)
    status |= check(TWENTYFIRST, feeds, main_keys)
    status |= check(TWENTYSECOND, feeds, main_keys)
    status |= check(TWENTYTHIRD, feeds, main_keys)
    status |= check(TWENTYFOURTH, feeds, main_keys)
    status |= check(TWENTYFIFTH, feeds, main_keys)
    status |= check(TWENTYSIXTH, feeds, main_keys)
    if (GOLD / BLIND["toml"]).exists():
        status |= check(BLIND, feeds, main_keys)
    return status

def check(split, feeds, main_keys):
    """Checks one split; `main_keys` collects the article keys of the splits checked so far (a
    held-out-only split must not reuse them)."""
    errors = []
    web = {}
    for lang in ("fr", "en"):
        name = split["xml"].format(lang)
        tree = ET.parse(GOLD / name)          # raises if not well-formed
        chan_lang = tree.findtext("channel/language")
        if chan_lang != lang:
            errors.append(f"{name}: channel language {chan_lang!r}")
        for it in tree.iter("item"):
            link = it.findtext("link")
            if link in web:
                errors.append(f"duplicate link {link}")
            if not (it.findtext("description") or "").strip():
                errors.append(f"empty description: {link}")
            web[link] = lang
    gold = tomllib.loads((GOLD / split["toml"]).read_text(encoding="utf-8"))
    titles = {}
    def lookup(m):
        if "link" in m:
            if m["link"] not in web:
                errors.append(f"no web item for {m['link']}")
                return None, None
            return m["link"], web[m["link"]]
        f = m["feed"]
        if f not in titles:
            p = feeds / f
            if not p.exists():
                errors.append(f"no feed file {p}")
                titles[f] = set()
            else:
                titles[f] = feed_titles(p)
        if m["title"] not in titles[f]:
            errors.append(f"no item titled {m['title']!r} in {f}")
        return f"{f}#{m['title']}", ("fr" if f.startswith("fr/") else "en")
    def odd(s):
        return hashlib.sha256(s.encode()).digest()[0] % 2 == 1

    used, ids = {}, set()
    bilingual = 0
    for ev in gold["event"]:
        eid = ev["id"]
        if eid in ids:
            errors.append(f"duplicate event id {eid}")
        ids.add(eid)
        lo, hi = split["sizes"]
        if not lo <= len(ev["members"]) <= hi:
            errors.append(f"{eid}: {len(ev['members'])} members")
        langs = set()
        for m in ev["members"]:
            k, l = lookup(m)
            if k:
                if k in used:
                    errors.append(f"{k} used twice ({used[k]}, {eid})")
                used[k] = eid
                langs.add(l)
        if langs != set(ev["languages"]):
            errors.append(f"{eid}: languages {sorted(langs)} vs {ev['languages']}")
        bilingual += langs == {"fr", "en"}
        if split["blind"]:
            if not ev.get("held_out", True):
                errors.append(f"{eid}: the blind split is all held out")
        elif ev["held_out"] != odd(eid):
            errors.append(f"{eid}: held_out does not follow the SHA-256 rule")
    dkeys = []
    for d in gold["distractor"]:
        k, l = lookup(d)
        if k:
            if k in used:
                errors.append(f"{k} used twice ({used[k]}, distractor)")
            used[k] = "distractor"
            dkeys.append(k)
            if l != d["language"]:
                errors.append(f"{k}: language {d['language']} vs {l}")
            if split["blind"]:
                if not d.get("held_out", True):
                    errors.append(f"{k}: the blind split is all held out")
            elif d["held_out"] != odd(k):
                errors.append(f"{k}: held_out does not follow the SHA-256 rule")
        if not d["not_with"]:
            errors.append(f"{k}: empty not_with")
    for d in gold["distractor"]:
        for x in d["not_with"]:
            if x not in ids and x not in used:
                errors.append(f"not_with {x!r} is neither an event id nor an article key")
    for link in web:
        if link not in used:
            errors.append(f"web item not in {split['toml']}: {link}")
    for link in gold.get("dates", {}):
        if link not in web:
            errors.append(f"date for unknown link {link}")
    if split["blind"]:
        for k in used:
            if k in main_keys:
                errors.append(f"{k} is also in an earlier split")
    main_keys.update(used)

    n_ev = len(gold["event"])
    n_art = sum(len(e["members"]) for e in gold["event"])
    fr = sum(1 for k, v in used.items() if (web.get(k) or ("fr" if k.startswith("fr/") else "en")) == "fr")
    print(f"{split['toml']}: events {n_ev} (bilingual {bilingual}), event articles {n_art}, distractors {len(dkeys)}, "
          f"articles {len(used)} (fr {fr}, en {len(used) - fr}; web {len(web)}, feed {len(used) - len(web)}), "
          f"held out: events {sum(e.get('held_out', True) for e in gold['event'])}, "
          f"distractors {sum(d.get('held_out', True) for d in gold['distractor'])}")
    if n_ev < split["events"] or bilingual < split["bilingual"] or len(dkeys) < split["distractors"]:
        errors.append(f"below the minimums ({split['events']} events, {split['bilingual']} bilingual, "
                      f"{split['distractors']} distractors)")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
