#!/usr/bin/env bash
# Runs the property tests of tests/fuzz_props.rs (our stand-in for a fuzzer: stable Rust has no
# libFuzzer) with many more cases than `cargo test`, for about SECONDS (default 300) of wall time.
# Each round uses fresh random seeds; a failure prints the minimal input: add it to the
# regression tests at the bottom of tests/fuzz_props.rs once fixed.
#   tools/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
budget=${1:-300}
# A debug build (overflow checks on, and the warm target/ of `cargo test` reused) runs ~1,000
# cases a second over the nine properties.
cases=${FUZZ_CASES_PER_ROUND:-5000}
cargo test --test fuzz_props --no-run --quiet
deadline=$(( $(date +%s) + budget ))
round=0
while (( $(date +%s) < deadline )); do
    round=$((round + 1))
    left=$(( deadline - $(date +%s) ))
    echo "fuzz: round $round, $cases cases a property, ${left}s left"
    # timeout bounds a round that hangs (a hang is a finding too: exit 124).
    PROPTEST_CASES=$cases timeout --foreground $(( left + 60 )) \
        cargo test --test fuzz_props --quiet -- --test-threads 2
done
echo "fuzz: $round rounds clean in ${budget}s"
