#!/usr/bin/env bash
# Whole-process read benchmark (issues 3 and 16, Performance) on a 1,000,000-row ACLED-shaped file
# and two 420,000-event GED-shaped files (the 42-column 19.1 layout and the 25.1 column set).
# Times, best of RUNS and interleaved, with /usr/bin/time -v for peak RSS and user+sys CPU:
#   java  ReadBench read      (ConflictData.read, JVM start included, default JVM flags)
#   java  ReadBench tablesaw  (Tablesaw's default Table.read().csv)
#   R     data.table::fread   (2 threads; Debian r-cran-data.table)
#   python3 pandas.read_csv   (Debian python3-pandas, /usr/bin/python3)
#   java  ReadBench floor     (JVM start, one pass counting line ends, one Tablesaw table: the
#                              floor of any JVM reader returning Tablesaw tables)
# then the in-JVM comparison (ReadBench compare). Prints ratios against fread and Tablesaw. For the
# GED files it also times a notebook's path (ReadBench notebook): download from the cache, read,
# and a monthly EventSeries of one country, in one JVM.
#
# Usage (from the project root): src/test/bench/read-bench.sh [acled|ged|ged251|all] [RUNS]
# Needs ../shared/data/acled/conflict_data_arm.csv and ../shared/data/ucdp-ged/ged191.csv. The
# generated files go to target/bench-data/ and are never committed (ACLED's terms forbid
# redistribution). The machine's load average is printed at the start and end of each file's runs:
# on a shared machine compare the ratios of one run, not absolute times.
set -euo pipefail
cd "$(dirname "$0")/../../.."
WHICH="${1:-all}"
RUNS="${2:-3}"
SHARED="${CONFLICTDATA_SHARED:-../shared/data}"

command -v Rscript >/dev/null || { echo "Rscript missing: apt-get install r-cran-data.table"; exit 1; }
/usr/bin/python3 -c 'import pandas' 2>/dev/null || { echo "pandas missing: apt-get install python3-pandas"; exit 1; }

mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-data/cp.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-data/cp.txt)"
ACLED=target/bench-data/acled-bench.csv
GED=target/bench-data/ged-bench.csv
GED251=target/bench-data/ged251-bench.csv
[ -f "$ACLED" ] || java -cp "$CP" io.github.conflictdata.bench.ReadBench generate "$SHARED/acled/conflict_data_arm.csv" "$ACLED" 1000000
[ -f "$GED" ] || java -cp "$CP" io.github.conflictdata.bench.ReadBench generate-ged "$SHARED/ucdp-ged/ged191.csv" "$GED" 420000
[ -f "$GED251" ] || java -cp "$CP" io.github.conflictdata.bench.ReadBench generate-ged "$SHARED/ucdp-ged/ged191.csv" "$GED251" 420000 25.1

measure() { # name command...
  local name="$1"; shift
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$log")
  rm -f "$log"
  printf '  %-12s %7.2f s  cpu %6.2f s  %6d MB\n' "$name" "$wall" "$cpu" "$((rss / 1024))"
  if [ -z "${BEST[$name]:-}" ] || awk "BEGIN{exit !($wall < ${BEST[$name]})}"; then BEST[$name]=$wall; fi
  if [ -z "${CPU[$name]:-}" ] || awk "BEGIN{exit !($cpu < ${CPU[$name]})}"; then CPU[$name]=$cpu; fi
  if [ -z "${RSS[$name]:-}" ] || [ "$rss" -gt "${RSS[$name]}" ]; then RSS[$name]=$rss; fi
}

bench() { # file
  local OUT="$1"
  unset BEST CPU RSS
  declare -gA BEST CPU RSS
  echo "== $OUT ($(du -m "$OUT" | cut -f1) MB); machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  for run in $(seq 1 "$RUNS"); do
    echo "run $run"
    measure conflictdata java -cp "$CP" io.github.conflictdata.bench.ReadBench read "$OUT"
    measure fread Rscript -e "suppressMessages(library(data.table)); setDTthreads(2); x <- fread('$OUT'); cat(nrow(x))"
    measure pandas /usr/bin/python3 -c "import pandas; x = pandas.read_csv('$OUT', low_memory=False); print(len(x))"
    measure tablesaw java -cp "$CP" io.github.conflictdata.bench.ReadBench tablesaw "$OUT"
    measure jvm-floor java -cp "$CP" io.github.conflictdata.bench.ReadBench floor "$OUT"
  done
  echo "best of $RUNS (wall s, user+sys s, peak RSS MB); load now $(cut -d' ' -f1-3 /proc/loadavg):"
  for n in conflictdata fread pandas tablesaw jvm-floor; do
    printf '  %-12s %7.2f s  cpu %6.2f s  %6d MB\n' "$n" "${BEST[$n]}" "${CPU[$n]}" "$((RSS[$n] / 1024))"
  done
  awk -v c="${BEST[conflictdata]}" -v f="${BEST[fread]}" -v p="${BEST[pandas]}" -v t="${BEST[tablesaw]}" -v j="${BEST[jvm-floor]}" 'BEGIN {
    printf "ratios (wall): conflictdata/fread %.2f, pandas/conflictdata %.2f, tablesaw/conflictdata %.2f, jvm-floor/fread %.2f\n", c/f, p/c, t/c, j/f }'
  echo "in one JVM (warm after the first run):"
  java -cp "$CP" io.github.conflictdata.bench.ReadBench compare "$OUT" "$RUNS"
  if [ "$OUT" != "$ACLED" ]; then
    echo "a notebook's path (download from the cache, read, EventSeries per month), a fresh JVM:"
    local cache="target/bench-data/cache-$(basename "$OUT" .csv)"
    rm -rf "$cache"
    java -cp "$CP" io.github.conflictdata.bench.ReadBench notebook "$OUT" "$cache" "Myanmar (Burma)"
    java -cp "$CP" io.github.conflictdata.bench.ReadBench notebook "$OUT" "$cache" "Myanmar (Burma)" "$RUNS"
  fi
}

case "$WHICH" in
  acled) bench "$ACLED" ;;
  ged) bench "$GED" ;;
  ged251) bench "$GED251" ;;
  all) bench "$ACLED"; bench "$GED"; bench "$GED251" ;;
  *) echo "usage: $0 [acled|ged|ged251|all] [RUNS]"; exit 2 ;;
esac
