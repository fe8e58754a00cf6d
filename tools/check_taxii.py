#!/usr/bin/env python3
"""`veille push taxii` against a real TAXII 2.1 server: medallion, the OASIS reference server.

Usage: check_taxii.py VEILLE_BINARY FEEDS_DIR   (run by .ci/run with the python of a virtualenv
holding medallion and taxii2-client, pinned there).

Everything is on 127.0.0.1, in a temporary directory: the fixture feeds are served by Python's
http.server, `veille fetch` stores them, `veille tag` tags a few articles, medallion runs with a
memory backend (one API root, one writable collection, one user) whose max_content_length forces
several requests. The check then reads the collection back with taxii2-client and asserts:
  - every object of `veille export --format stix --tagged` is in the collection, byte for byte
    the same JSON value, and the push said so (all accepted, several requests);
  - pushing again sends nothing and adds nothing (veille says "N unchanged, not sent");
  - an article tagged afterwards sends only its new objects;
  - a wrong password is a clear error (HTTP 401 named, exit 1) that never shows a password,
    and no output of any run shows the real one;
  - after the server lost its data, `--resend` sends everything again.
"""
import functools
import http.server
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from taxii2client.v21 import Collection, as_pages

COLLECTION = "365fed99-08fa-fdcd-a1b3-fb247eb41d01"
# medallion 3.0.0 reads an object's `version` property as its TAXII version when it lists objects;
# an extension-definition's `version` is the extension's ("1.0.0"), so listing one fails with HTTP
# 500. Those are checked through the manifest; every other type is listed and compared.
UNLISTABLE = {"extension-definition"}
USER = "analyst"
FEEDS = [
    ("ZATAZ", "fr/zataz_feed_2026-08-20.xml", "fr"),
    ("CERT-FR", "fr/cert-fr_main-feed_avis-actualite_2026-08-20.xml", "fr"),
    ("BleepingComputer", "en/bleepingcomputer_feed_2025-07-24.xml", "en"),
]
SUMMARY = re.compile(
    r"(\d+) articles?, (\d+) STIX objects? to (\S+): (\d+) sent in (\d+) requests? \((\d+) bytes\), "
    r"(\d+) accepted, (\d+) refused, (\d+) pending; (\d+) unchanged, not sent"
)
FIELDS = ("articles", "objects", "collection", "sent", "requests", "bytes", "accepted",
          "refused", "pending", "unchanged")


def fail(message):
    print(f"check_taxii: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Veille:
    """The binary in a scratch home: its own config, database and HOME."""

    def __init__(self, binary, home, secret):
        self.binary, self.home, self.secret = binary, home, secret
        self.outputs = []

    def run(self, *args, env=None, expect=0):
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "VEILLE_CONFIG": str(self.home / "config.toml"),
            "VEILLE_DB": str(self.home / "veille.db"),
            "LANG": "C.UTF-8",
        }
        environment.update(env or {})
        done = subprocess.run([self.binary, *args], env=environment, capture_output=True,
                              text=True, timeout=300)
        self.outputs.append(done.stdout + done.stderr)
        if expect is not None and done.returncode != expect:
            fail(f"veille {' '.join(args)} exited {done.returncode}, not {expect}:\n"
                 f"{done.stdout}{done.stderr}")
        return done

    def push(self, root, password, *flags, expect=0):
        env = {"VEILLE_TAXII_USER": USER, "VEILLE_TAXII_PASSWORD": password}
        done = self.run("push", "taxii", root, "--collection", COLLECTION, "--tagged", *flags,
                        env=env, expect=expect)
        return done, SUMMARY.search(done.stdout)

    def summary(self, root, *flags):
        done, match = self.push(root, self.secret, *flags)
        if not match:
            fail(f"no summary line in: {done.stdout!r} {done.stderr!r}")
        values = dict(zip(FIELDS, match.groups()))
        summary = {k: (v if k == "collection" else int(v)) for k, v in values.items()}
        return summary, done

    def exported(self):
        bundle = json.loads(self.run("export", "--format", "stix", "--tagged").stdout)
        return {o["id"]: o for o in bundle["objects"]}


def medallion_config(directory, port, max_content_length):
    data = {
        "/discovery": {
            "title": "veille check",
            "default": f"http://127.0.0.1:{port}/api1/",
            "api_roots": [f"http://127.0.0.1:{port}/api1/"],
        },
        "api1": {
            "information": {
                "title": "veille check",
                "versions": ["application/taxii+json;version=2.1"],
                "max_content_length": max_content_length,
            },
            "status": [],
            "collections": [{
                "id": COLLECTION,
                "title": "veille",
                "can_read": True,
                "can_write": True,
                "media_types": ["application/stix+json;version=2.1"],
                "objects": [],
                "manifest": [],
            }],
        },
    }
    (directory / "data.json").write_text(json.dumps(data))
    return data


def start_medallion(directory, port, secret, max_content_length):
    medallion_config(directory, port, max_content_length)
    config = {
        "backend": {
            "module": "medallion.backends.memory_backend",
            "module_class": "MemoryBackend",
            "filename": str(directory / "data.json"),
        },
        "users": {USER: secret},
        "taxii": {"max_page_size": 100},
    }
    (directory / "medallion.json").write_text(json.dumps(config))
    log = open(directory / "medallion.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "medallion.scripts.run", "--host", "127.0.0.1", "--port",
         str(port), str(directory / "medallion.json")],
        stdout=log, stderr=subprocess.STDOUT)
    request = urllib.request.Request(f"http://127.0.0.1:{port}/taxii2/",
                                     headers={"Accept": "application/taxii+json;version=2.1"})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            fail("medallion exited:\n" + (directory / "medallion.log").read_text())
        try:
            urllib.request.urlopen(request, timeout=2)
            break
        except urllib.error.HTTPError:
            break  # 401: it answers
        except OSError:
            time.sleep(0.2)
    else:
        server.terminate()
        fail("medallion did not start within 30 s")
    return server


def collection_objects(root, secret, expected):
    """The collection's objects of the types in `expected` that medallion can list (by id), how
    many it listed, and its manifest entries (by id, with their version)."""
    collection = Collection(f"{root}collections/{COLLECTION}/", user=USER, password=secret)
    types = sorted({o["type"] for o in expected.values()} - UNLISTABLE)
    objects = []
    for envelope in as_pages(collection.get_objects, per_request=50, type=types):
        objects.extend(envelope.get("objects", []))
    manifest = []
    for page in as_pages(collection.get_manifest, per_request=50):
        manifest.extend(page.get("objects", []))
    return {o["id"]: o for o in objects}, len(objects), [(m["id"], m["version"]) for m in manifest]


def check_collection(root, secret, expected, when):
    """Fails unless the collection holds exactly the exported objects."""
    stored, _, manifest = collection_objects(root, secret, expected)
    listable = {i: o for i, o in expected.items() if o["type"] not in UNLISTABLE}
    if stored != listable:
        missing = sorted(set(listable) - set(stored))[:5]
        different = [i for i in listable if i in stored and stored[i] != listable[i]][:5]
        fail(f"{when}, the collection differs from the export: missing {missing}, "
             f"different {different}")
    if {i for i, _ in manifest} != set(expected):
        fail(f"{when}, the collection's manifest lists other ids than the export")


def check(binary, feeds_dir, work):
    secret = "pw-" + secrets.token_hex(12)
    wrong = "bad-" + secrets.token_hex(12)
    home = work / "home"
    home.mkdir()
    veille = Veille(binary, home, secret)

    feeds = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(feeds_dir)))
    threading.Thread(target=feeds.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{feeds.server_address[1]}"
        (home / "config.toml").write_text("".join(
            f'[[feeds]]\nname = "{name}"\nurl = "{base}/{path}"\nlang = "{lang}"\n\n'
            for name, path, lang in FEEDS))
        veille.run("fetch")
    finally:
        feeds.shutdown()
    articles = json.loads(veille.run("list", "--json").stdout)
    if len(articles) < 6:
        fail(f"only {len(articles)} articles fetched from the fixture feeds")
    ids = [str(a["id"]) for a in articles]
    veille.run("tag", ids[0], "--actor", "APT28", "--target", "CPI", "--attack", "rançongiciel")
    veille.run("tag", ids[1], "--actor", "LockBit", "--attack", "ransomware",
               "--target", "santé")
    veille.run("tag", ids[2], "--attack", "phishing", "--target", "FR")
    expected = veille.exported()
    sizes = [len(json.dumps(o, separators=(",", ":"), ensure_ascii=False).encode())
             for o in expected.values()]
    # Small enough that the objects need at least three requests, large enough for the biggest.
    max_content_length = max(max(sizes) + 64, (sum(sizes) + len(sizes)) // 3)

    port = free_port()
    root = f"http://127.0.0.1:{port}/api1/"
    server = start_medallion(work, port, secret, max_content_length)
    try:
        first, _ = veille.summary(root)
        n = len(expected)
        if (first["objects"], first["sent"], first["accepted"]) != (n, n, n) or \
                first["refused"] or first["pending"] or first["unchanged"]:
            fail(f"first push: {first}, expected {n} objects all sent and accepted")
        if first["requests"] < 3:
            fail(f"first push: {first['requests']} requests for max_content_length "
                 f"{max_content_length}: the envelopes were not paged by size")
        check_collection(root, secret, expected, "after the first push")
        _, count, manifest = collection_objects(root, secret, expected)

        second, done = veille.summary(root)
        if second["sent"] or second["requests"] or second["unchanged"] != n:
            fail(f"second push sent something: {second}")
        if f"{n} unchanged, not sent" not in done.stdout:
            fail(f"second push did not say '{n} unchanged, not sent': {done.stdout!r}")
        _, count2, manifest2 = collection_objects(root, secret, expected)
        if (count2, manifest2) != (count, manifest):
            fail(f"second push changed the collection: {count}->{count2} objects, "
                 f"{len(manifest)}->{len(manifest2)} manifest entries")

        veille.run("tag", ids[3], "--attack", "ddos", "--target", "Banque de Vérification")
        expected = veille.exported()
        third, _ = veille.summary(root)
        if not 0 < third["sent"] < len(expected) or third["accepted"] != third["sent"] or \
                third["refused"] or third["unchanged"] != len(expected) - third["sent"]:
            fail(f"third push (one article more): {third}")
        check_collection(root, secret, expected, "after the third push")

        bad, _ = veille.push(root, wrong, expect=1)
        if "401" not in bad.stderr or "Unauthorized" not in bad.stderr:
            fail(f"a wrong password did not name HTTP 401 Unauthorized: {bad.stderr!r}")
        if wrong in bad.stdout + bad.stderr:
            fail("the wrong password was printed")

        # The server loses its data (same URL): veille's record still skips everything, and
        # --resend sends it all again.
        server.terminate()
        server.wait(timeout=10)
        server = start_medallion(work, port, secret, max_content_length)
        skipped, _ = veille.summary(root)
        resent, _ = veille.summary(root, "--resend")
        n = len(expected)
        if skipped["sent"] or (resent["sent"], resent["accepted"], resent["unchanged"]) != (n, n, 0):
            fail(f"after the server lost its data: push {skipped}, push --resend {resent}")
        check_collection(root, secret, expected, "after push --resend")
    finally:
        server.terminate()
        server.wait(timeout=10)
    if any(secret in output for output in veille.outputs):
        fail("the password was printed")
    return first, third


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, feeds_dir = os.path.abspath(sys.argv[1]), Path(sys.argv[2]).resolve()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="veille-taxii-") as work:
        first, third = check(binary, feeds_dir, Path(work))
    print(f"check_taxii: OK: {first['objects']} objects pushed to medallion in {first['requests']} requests "
          f"and read back; a re-push sent nothing; one more tagged article sent "
          f"{third['sent']} objects; a wrong password is HTTP 401, exit 1; --resend refills "
          f"an emptied collection "
          f"({time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    main()
