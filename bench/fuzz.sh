#!/usr/bin/env bash
# Fuzzes one target with Jazzer for a number of inputs (ADR 0053). The regular suite only replays
# the committed seed corpus; this is the long run, outside the regular test time.
#
#   bash bench/fuzz.sh police-uk-file 1000000
#   bash bench/fuzz.sh search-text 1000000
#   bash bench/fuzz.sh search-results 100000      (the whole search; some hundred inputs a second)
#   bash bench/fuzz.sh api-post-bodies 1000000 [max-duration, default 24h]
#
# Coverage is measured in Constable's classes and the parser under them (FastCSV, Jackson).
# The corpus grown by a run is kept in .cifuzz-corpus/ (not committed); a crashing input is written
# to src/test/resources/org/constable/fuzz/<Test>Inputs/<method>/crash-* and fails the run: fix the
# code, keep the input there as a regression case. The log is target/fuzz/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?target: police-uk-file | search-text | search-results | api-post-bodies}"
runs="${2:-1000000}"
duration="${3:-24h}"
case "$target" in
  police-uk-file) test=AnyBytesAsAPoliceUkFileFuzzTest; instrument='org.constable.**,de.siegmar.fastcsv.**' ;;
  search-text) test=AnyTextInTheSearchBoxFuzzTest; instrument='org.constable.**' ;;
  search-results) test=AnyTextSearchedForFuzzTest; instrument='org.constable.**' ;;
  api-post-bodies) test=AnyJsonPostedToTheApiFuzzTest; instrument='org.constable.**,tools.jackson.**' ;;
  *) echo "unknown target: $target" >&2; exit 2 ;;
esac
mkdir -p target/fuzz
log="target/fuzz/$target.log"
echo "fuzzing $test for $runs inputs (at most $duration); log: $log"
start=$(date +%s)
set +e
JAZZER_FUZZ=1 JAZZER_INSTRUMENT="${JAZZER_INSTRUMENT:-$instrument}" JAZZER_MAX_EXECUTIONS="$runs" JAZZER_MAX_DURATION="$duration" \
  nice -n 10 ./mvnw -B test-compile surefire:test@fuzz-regression -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
status=$?
set -e
end=$(date +%s)
echo "wall time: $((end - start)) s; summary:"
grep -E '^#[0-9]+\s+(DONE|pulse)|^Done [0-9]+ runs|== Java|FuzzTestFinding|Tests run:' "$log" | tail -6 || true
exit "$status"
