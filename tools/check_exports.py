#!/usr/bin/env python3
"""Checks veille's sample exports with the platforms' own libraries (run by .ci/run after
`cargo test`, which writes the samples into target/ from the fixture feeds):

- STIX: `stix2.parse(allow_custom=False)` reads the bundle; MISP's own importer (`misp-stix`)
  turns it into MISP events without an error or warning, and every actor, target and attack
  pattern of each report reaches its event.
- MISP: PyMISP loads every event of the export and of the feed directory; each feed file is what
  `to_feed()` writes back (a round trip), the export's events are the feed's events; the manifest
  and hashes.csv match the files; every galaxy tag names an existing cluster of its galaxy (and the
  Galaxy blocks its UUID); every other namespaced tag exists in its MISP taxonomy.

Usage: check_exports.py STIX_BUNDLE MISP_EXPORT FEED_DIR SHARED_DATA_DIR
"""
import copy
import json
import traceback
import sys
from collections import Counter
from pathlib import Path

import stix2
from misp_stix_converter import ExternalSTIX2toMISPParser
from misp_stix_converter.tools.stix2_loading_helpers import load_stix2_file
from pymisp import MISPEvent

FAILURES = []
PASSED = []


def check(name):
    def run(fn):
        try:
            fn()
            PASSED.append(name)
            print(f"ok   {name}")
        except Exception as e:  # noqa: BLE001 - a crash in a check is that check's failure
            FAILURES.append(name)
            print(f"FAIL {name}: {type(e).__name__}: {e}")
            traceback.print_exc()
        return fn
    return run


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def without(value, keys):
    """`value` with every key in `keys` removed, at every depth."""
    if isinstance(value, dict):
        return {k: without(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [without(v, keys) for v in value]
    return value


def main(stix_path, misp_path, feed_dir, data_dir):
    stix_path, misp_path = Path(stix_path), Path(misp_path)
    feed_dir, data_dir = Path(feed_dir), Path(data_dir)
    bundle = load(stix_path)
    objects = {o["id"]: o for o in bundle["objects"]}
    reports = [o for o in bundle["objects"] if o["type"] == "report"]

    @check("stix2.parse(allow_custom=False) reads the bundle")
    def _():
        parsed = stix2.parse(stix_path.read_text(encoding="utf-8"), allow_custom=False)
        assert len(parsed.objects) == len(bundle["objects"])
        markings = [o for o in bundle["objects"] if o["type"] == "marking-definition"]
        assert any("definition_type" in m for m in markings), "no TLP 1.0 marking in the sample"
        assert any("extensions" in m for m in markings), "no TLP 2.0 marking in the sample"

    @check("misp-stix imports the bundle: no error, actors, targets and attack types present")
    def _():
        parser = ExternalSTIX2toMISPParser()
        parser.load_stix_bundle(load_stix2_file(stix_path))
        parser.parse_stix_bundle()
        assert not parser.errors, dict(parser.errors)
        assert not parser.warnings, dict(parser.warnings)
        events = {e.uuid: e for e in parser.misp_events}
        assert len(events) == len(reports), f"{len(events)} events for {len(reports)} reports"
        checked = Counter()
        for report in reports:
            event = next((e for e in events.values() if e.info == report["name"]), None)
            assert event is not None, f"no event for {report['name']!r}"
            clusters = {c.value for g in event.galaxies for c in g.clusters}
            organisations = {a.value for o in event.objects if o.name == "organization"
                             for a in o.attributes if a.object_relation == "name"}
            for ref in report["object_refs"]:
                o = objects[ref]
                kind = o["type"]
                if kind in ("intrusion-set", "threat-actor", "attack-pattern", "location"):
                    assert o["name"] in clusters, f"{kind} {o['name']!r} missing from {report['name']!r}"
                elif kind == "identity" and o["identity_class"] == "class":
                    assert o["name"] in clusters, f"sector {o['name']!r} missing"
                elif kind == "identity":
                    assert o["name"] in organisations, f"victim {o['name']!r} missing"
                else:
                    continue
                checked[kind] += 1
            tags = {t.name for t in event.tags}
            assert any(t.startswith("tlp:") for t in tags), f"no TLP on {report['name']!r}"
        for kind in ("intrusion-set", "attack-pattern", "identity", "location"):
            assert checked[kind], f"the sample has no {kind} to check"

    export = load(misp_path)
    export_events = export if isinstance(export, list) else [export]
    manifest = load(feed_dir / "manifest.json")
    feed_files = sorted(p for p in feed_dir.glob("*.json") if p.name != "manifest.json")

    @check("PyMISP loads every event of the export, and its to_feed() is the feed's file")
    def _():
        assert len(export_events) == len(reports), "one event per article"
        for document in export_events:
            event = MISPEvent()
            # PyMISP's loader empties the dict it is given.
            event.load(copy.deepcopy(document))
            feed = event.to_feed()
            stored = load(feed_dir / f"{event.uuid}.json")
            # The feed's timestamps say when the feed last changed, the export's when veille
            # stored the article: everything else is the same event.
            assert without(feed, {"timestamp"}) == without(stored, {"timestamp"}), event.info

    @check("every feed file round-trips through PyMISP's to_feed()")
    def _():
        assert feed_files, "empty feed"
        for path in feed_files:
            document = load(path)
            event = MISPEvent()
            event.load_file(str(path))
            assert event.to_feed() == document, path.name

    @check("manifest.json and hashes.csv match the event files")
    def _():
        assert set(manifest) == {p.stem for p in feed_files}
        expected = Counter()
        for path in feed_files:
            event = MISPEvent()
            event.load_file(str(path))
            assert manifest[event.uuid] == event.manifest[event.uuid], path.name
            expected.update(f"{h},{event.uuid}" for h in event.attributes_hashes("md5"))
        lines = (feed_dir / "hashes.csv").read_text(encoding="utf-8").splitlines()
        assert Counter(lines) == expected

    galaxies = {}
    for path in (data_dir / "misp-galaxy").glob("*.json"):
        clusters = load(path)
        galaxies[clusters["type"]] = {v["value"]: v["uuid"] for v in clusters["values"]}
    taxonomies = {}
    for path in (data_dir / "misp-taxonomies").glob("*/machinetag.json"):
        t = load(path)
        values = {(v["predicate"], e["value"]) for v in t.get("values", []) for e in v["entry"]}
        taxonomies[t["namespace"]] = ({p["value"] for p in t["predicates"]}, values)

    @check("every galaxy tag names a cluster of its galaxy; every taxonomy tag exists")
    def _():
        seen = Counter()
        documents = [d["Event"] for d in export_events] + [load(p)["Event"] for p in feed_files]
        for event in documents:
            for tag in (t["name"] for t in event["Tag"]):
                if tag.startswith("misp-galaxy:"):
                    kind, _, value = tag[len("misp-galaxy:"):].partition("=")
                    value = value.strip('"')
                    assert kind in galaxies, f"no galaxy {kind} ({tag})"
                    assert value in galaxies[kind], f"no cluster {value!r} in {kind} ({tag})"
                    seen[kind] += 1
                elif ":" in tag:
                    namespace, _, rest = tag.partition(":")
                    assert namespace in taxonomies, f"no taxonomy {namespace} ({tag})"
                    predicates, values = taxonomies[namespace]
                    predicate, _, value = rest.partition("=")
                    value = value.strip('"')
                    if value:
                        assert (predicate, value) in values, f"not in {namespace}: {tag}"
                    else:
                        assert predicate in predicates, f"not in {namespace}: {tag}"
            for galaxy in event.get("Galaxy", []):
                for cluster in galaxy["GalaxyCluster"]:
                    known = galaxies[galaxy["type"]].get(cluster["value"])
                    assert known == cluster["uuid"], f"{cluster['value']}: {cluster['uuid']} != {known}"
        for kind in ("threat-actor", "mitre-attack-pattern", "sector"):
            assert seen[kind], f"the sample has no {kind} tag to check"

    print(f"check_exports: {len(PASSED)} passed, {len(FAILURES)} failed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
