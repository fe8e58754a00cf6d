#!/usr/bin/env bash
# Corpus run: the ~2,200 well-formed and ill-formed feeds of feedparser's test suite (BSD-licensed,
# fetched from PyPI with pip into target/, never committed) through `veille fetch` over loopback.
# Asserts: exit 0, no panic, every failure line names its feed, wall time and peak memory bounded.
#   tools/corpus.sh            (debug binary; CORPUS_PROFILE=release for the optimised one)
# Limits: CORPUS_MAX_SECONDS (default 300), CORPUS_MAX_RSS_MB (default 1024).
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${CORPUS_PROFILE:-debug}
max_seconds=${CORPUS_MAX_SECONDS:-300}
max_rss_mb=${CORPUS_MAX_RSS_MB:-1024}
work=target/corpus
version=6.0.14
mkdir -p "$work"

if [[ ! -d $work/feedparser-$version/tests ]]; then
    python3 -m pip download --quiet --no-deps --no-binary :all: "feedparser==$version" -d "$work"
    tar -xzf "$work/feedparser-$version.tar.gz" -C "$work"
fi
if [[ $profile == release ]]; then cargo build --release --quiet; else cargo build --quiet; fi
veille=target/$profile/veille
[[ -x /usr/bin/time ]] || { echo "corpus: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }

root=$work/feedparser-$version/tests
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 tools/newsboat-bench/serve.py "$root" "$port" 1 > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT

# One subscription per file; the name is the path, so every failure line says which file failed.
python3 - "$root" "$port" "$work/config.toml" <<'PY'
import os, sys, urllib.parse
root, port, out = sys.argv[1], sys.argv[2], sys.argv[3]
files = sorted(
    os.path.relpath(os.path.join(d, f), root)
    for d, _, names in os.walk(root) for f in names
    if f.endswith((".xml", ".rdf", ".rss", ".atom", ".json")))
with open(out, "w") as c:
    c.write("[fetch]\nconnect_timeout_secs = 5\ntimeout_secs = 20\nper_host = 16\n\n")
    c.write("[retention]\nmax_age_days = 0\n\n")
    for f in files:
        url = f"http://127.0.0.1:{port}/" + urllib.parse.quote(f)
        c.write(f"[[feeds]]\nname = {f!r}\nurl = {url!r}\n\n".replace("'", '"'))
print(len(files))
PY
files=$(grep -c '^\[\[feeds\]\]' "$work/config.toml")
for _ in $(seq 50); do grep -q ready "$work/server.log" && break; sleep 0.1; done

rm -f "$work/corpus.db" "$work/corpus.db-wal" "$work/corpus.db-shm"
set +e
/usr/bin/time -f '%e %M' -o "$work/time.txt" \
    "$veille" --config "$work/config.toml" --db "$work/corpus.db" fetch \
    > "$work/stdout.txt" 2> "$work/stderr.txt"
code=$?
set -e
read -r wall rss_kb < "$work/time.txt"
rss_mb=$(( rss_kb / 1024 ))
failed=$(grep -c '^veille: ' "$work/stderr.txt" || true)
unnamed=$(grep -v "^veille: .* (http://127\.0\.0\.1:$port/[^)]*): " "$work/stderr.txt" | grep -c . || true)
stored=$("$veille" --config "$work/config.toml" --db "$work/corpus.db" list --json \
    | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')

echo "corpus: $files files, $stored articles stored, $failed feeds failed, ${wall} s, peak RSS ${rss_mb} MB ($profile)"
echo "corpus: summary line: $(tail -1 "$work/stdout.txt")"
status=0
if (( code != 0 )); then echo "corpus: FAIL: exit code $code" >&2; status=1; fi
if grep -q panicked "$work/stderr.txt"; then echo "corpus: FAIL: a panic (see $work/stderr.txt)" >&2; status=1; fi
if (( unnamed > 0 )); then echo "corpus: FAIL: $unnamed stderr lines name no feed:" >&2
    grep -v "^veille: .* (http://127\.0\.0\.1:$port/[^)]*): " "$work/stderr.txt" | head -5 >&2; status=1; fi
if python3 -c "import sys; sys.exit(0 if float('$wall') <= $max_seconds else 1)"; then :; else
    echo "corpus: FAIL: ${wall} s > $max_seconds s" >&2; status=1; fi
if (( rss_mb > max_rss_mb )); then echo "corpus: FAIL: ${rss_mb} MB > $max_rss_mb MB" >&2; status=1; fi
echo "corpus: failures by reason (top 8):"
sed -E 's/^veille: .* \(http[^)]*\): //' "$work/stderr.txt" | cut -c1-70 | sort | uniq -c | sort -rn | head -8
exit $status
