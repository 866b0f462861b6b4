#!/usr/bin/env bash
# Whole-process read benchmark on a 1,000,000-row ACLED-shaped file (issue 3, Performance).
# Times, best of 3 and interleaved, with /usr/bin/time -v for peak RSS:
#   java  ReadBench read      (ConflictData.read, JVM start included, default JVM flags)
#   java  ReadBench tablesaw  (Tablesaw's default Table.read().csv)
#   R     data.table::fread   (2 threads; Debian r-cran-data.table)
#   python3 pandas.read_csv   (Debian python3-pandas, /usr/bin/python3)
# then the in-JVM comparison (ReadBench compare). Prints ratios against fread and Tablesaw.
#
# Usage (from the project root): src/test/bench/read-bench.sh [ROWS]
# Needs ../shared/data/acled/conflict_data_arm.csv. The generated file goes to target/bench-data/
# and is never committed (ACLED's terms forbid redistribution).
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROWS="${1:-1000000}"
SRC="${CONFLICTDATA_SHARED:-../shared/data}/acled/conflict_data_arm.csv"
OUT=target/bench-data/acled-bench.csv
RUNS=3

command -v Rscript >/dev/null || { echo "Rscript missing: apt-get install r-cran-data.table"; exit 1; }
/usr/bin/python3 -c 'import pandas' 2>/dev/null || { echo "pandas missing: apt-get install python3-pandas"; exit 1; }

mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-data/cp.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-data/cp.txt)"
[ -f "$OUT" ] || java -cp "$CP" io.github.conflictdata.bench.ReadBench generate "$SRC" "$OUT" "$ROWS"

declare -A BEST RSS
measure() { # name command...
  local name="$1"; shift
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  rm -f "$log"
  printf '  %-12s %7.2f s  %6d MB\n' "$name" "$wall" "$((rss / 1024))"
  if [ -z "${BEST[$name]:-}" ] || awk "BEGIN{exit !($wall < ${BEST[$name]})}"; then BEST[$name]=$wall; fi
  if [ -z "${RSS[$name]:-}" ] || [ "$rss" -gt "${RSS[$name]}" ]; then RSS[$name]=$rss; fi
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); file $OUT ($(du -m "$OUT" | cut -f1) MB)"
for run in $(seq 1 $RUNS); do
  echo "run $run"
  measure conflictdata java -cp "$CP" io.github.conflictdata.bench.ReadBench read "$OUT"
  measure fread Rscript -e "suppressMessages(library(data.table)); setDTthreads(2); x <- fread('$OUT'); cat(nrow(x))"
  measure pandas /usr/bin/python3 -c "import pandas; x = pandas.read_csv('$OUT', low_memory=False); print(len(x))"
  measure tablesaw java -cp "$CP" io.github.conflictdata.bench.ReadBench tablesaw "$OUT"
done

echo "best of $RUNS (wall s, peak RSS MB):"
for n in conflictdata fread pandas tablesaw; do
  printf '  %-12s %7.2f s  %6d MB\n' "$n" "${BEST[$n]}" "$((RSS[$n] / 1024))"
done
awk -v c="${BEST[conflictdata]}" -v f="${BEST[fread]}" -v p="${BEST[pandas]}" -v t="${BEST[tablesaw]}" 'BEGIN {
  printf "ratios: conflictdata/fread %.2f, pandas/conflictdata %.2f, tablesaw/conflictdata %.2f\n", c/f, p/c, t/c }'

echo "in one JVM (warm after the first run):"
java -cp "$CP" io.github.conflictdata.bench.ReadBench compare "$OUT" "$RUNS"
