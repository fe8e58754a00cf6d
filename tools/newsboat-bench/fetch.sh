#!/usr/bin/env bash
# Fetch and load benchmark: veille against newsboat on the same generated feeds, same machine, one run.
#
#   tools/newsboat-bench/fetch.sh [N_FEEDS=100] [N_ITEMS=500]
#
# Generates N feeds x M items, serves them on loopback (16 addresses, 127.0.0.1-16, one port), then times
#   cold fetch  : veille fetch            vs  newsboat -x reload        (empty store / cache)
#   warm fetch  : the same again (every feed answers 304 Not Modified)
#   load        : veille list > /dev/null vs  newsboat -x print-unread  (read the whole store)
# and prints wall seconds, the ratio newsboat/veille, and peak resident memory (GNU time).
# newsboat runs with its defaults. Installs newsboat and GNU time with apt-get if they are missing.
set -euo pipefail
n_feeds=${1:-100}
n_items=${2:-500}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/tools/newsboat-bench/out
rm -rf "$out" && mkdir -p "$out"

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need newsboat newsboat
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

(cd "$root" && cargo build --release --quiet)
veille=$root/target/release/veille

python3 "$root/tools/newsboat-bench/gen_feeds.py" "$out/feeds" "$n_feeds" "$n_items"
port=$((20000 + RANDOM % 20000))
python3 "$root/tools/newsboat-bench/serve.py" "$out/feeds" "$port" 16 > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q ready "$out/server.log" && break; sleep 0.1; done

# Same subscriptions for both readers, spread over the 16 loopback hosts.
{
  printf '[retention]\nmax_age_days = 0\n\n'
  for i in $(seq 0 $((n_feeds - 1))); do
    printf '[[feeds]]\nname = "bench %d"\nurl = "http://127.0.0.%d:%d/feed%d.xml"\n\n' "$i" $((i % 16 + 1)) "$port" "$i"
  done
} > "$out/veille.toml"
grep '^url' "$out/veille.toml" | sed 's/url = "\(.*\)"/\1/' > "$out/newsboat-urls"
: > "$out/newsboat-config"

# run LABEL CMD...: wall seconds and peak RSS (MB) into $out/LABEL.time
run() {
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$out/$label.time" "$@" > "$out/$label.out" 2> "$out/$label.err"
}
export VEILLE_CONFIG=$out/veille.toml VEILLE_DB=$out/veille.db
run veille-cold "$veille" fetch
run veille-warm "$veille" fetch
run veille-load "$veille" list
nb=(newsboat -u "$out/newsboat-urls" -c "$out/newsboat-cache.db" -C "$out/newsboat-config")
run newsboat-cold "${nb[@]}" -x reload
run newsboat-warm "${nb[@]}" -x reload
run newsboat-load "${nb[@]}" -x print-unread

stored=$(wc -l < "$out/veille-load.out")
echo "veille: $(cat "$out/veille-cold.out")"
echo "veille: $(cat "$out/veille-warm.out")"
echo "newsboat: $(cat "$out/newsboat-load.out")"
echo
echo "$n_feeds feeds x $n_items items on loopback; veille stored $stored articles"
echo
echo "| step | veille s | newsboat s | newsboat/veille | veille peak MB | newsboat peak MB |"
echo "|---|---|---|---|---|---|"
for step in cold warm load; do
  read -r vs vk < "$out/veille-$step.time"
  read -r ns nk < "$out/newsboat-$step.time"
  awk -v s="$step" -v vs="$vs" -v ns="$ns" -v vk="$vk" -v nk="$nk" \
    'BEGIN { printf "| %s | %.2f | %.2f | %.1fx | %.0f | %.0f |\n", s, vs, ns, (vs > 0 ? ns / vs : 0), vk / 1024, nk / 1024 }'
done
