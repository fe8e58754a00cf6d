#!/usr/bin/env python3
"""Generate N RSS 2.0 feeds of M items each (French and English security-news-like text) for benchmarks.

Usage: gen_feeds.py OUT_DIR N_FEEDS N_ITEMS
Deterministic: the same arguments give the same bytes.
"""
import random
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

FR = ["rançongiciel", "fuite de données", "hameçonnage", "Cour pénale internationale", "vulnérabilité critique",
      "l'ANSSI alerte", "compromission", "cyberattaque", "hôpital", "collectivité", "déni de service", "correctif"]
EN = ["ransomware", "data breach", "phishing campaign", "zero-day", "critical vulnerability", "supply chain",
      "threat actor", "APT28", "LockBit", "hospital", "patch Tuesday", "DDoS attack"]


def item(rng, feed, i, now):
    words = FR if feed % 2 == 0 else EN
    title = " ".join(rng.choice(words) for _ in range(6)).capitalize() + f" #{feed}-{i}"
    body = " ".join(rng.choice(words) for _ in range(60))
    date = now - timedelta(minutes=17 * i + feed)
    link = f"https://news{feed}.example/article/{i}?utm_source=rss&utm_medium=feed"
    return (f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
            f"<guid isPermaLink=\"false\">news{feed}-{i}</guid><pubDate>{format_datetime(date)}</pubDate>"
            f"<description><![CDATA[<p>{body}</p><p><a href=\"{link}\">Lire la suite</a></p>]]></description></item>\n")


def main():
    out, n_feeds, n_items = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    now = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
    for feed in range(n_feeds):
        rng = random.Random(feed)
        lang = "fr" if feed % 2 == 0 else "en"
        items = "".join(item(rng, feed, i, now) for i in range(n_items))
        doc = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
               f"<title>Bench feed {feed}</title><link>https://news{feed}.example/</link>"
               f"<description>Generated</description><language>{lang}</language>\n{items}</channel></rss>\n")
        (out / f"feed{feed}.xml").write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
