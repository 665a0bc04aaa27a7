#!/usr/bin/env bash
# Benchmark of the HTCDS exchange (issue 6): generate N synthetic cases (default 1,000,000), then
# import them with import-htcds into a fresh PostgreSQL database and into a fresh H2 file database.
# Prints the wall-clock time of each command (JVM and application start included) and the load.
# Usage: bench/exchange.sh [N]   env: PGHOST (127.0.0.1), PGUSER (postgres), BENCH_DB (ariadne_exchange_bench),
#        BENCH_DIR (target/exchange-bench), BENCH_SKIP_PG=1 / BENCH_SKIP_H2=1, JAVA_OPTS
# Targets: generate < 30 s, import into PostgreSQL < 3 min, into H2 < 5 min.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
DB="${BENCH_DB:-ariadne_exchange_bench}"
DIR="${BENCH_DIR:-target/exchange-bench}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
JAVA_OPTS="${JAVA_OPTS:-}"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
export ARIADNE_KEY_FILE="$DIR/bench-keys.properties"
[ -f target/ariadne.jar ] || ./mvnw -q -o package -DskipTests
# The command line needs the centres: they come with the demo organisations (no demo case).
SEED=(--ariadne.demo=true --ariadne.demo.cases=0 --ariadne.scheduling.enabled=false)
report="$DIR/exchange-$(date +%Y%m%d-%H%M%S).txt"
say() { echo "$*" | tee -a "$report"; }
timed() { # label command...: wall-clock time, CPU time of the command's JVM, load before and after
  local label="$1"; shift
  local l0; l0="$(cut -d' ' -f1 /proc/loadavg)"
  local TIMEFORMAT='%R %U %S'
  local t
  t="$( { time "$@" > "$DIR/last.out" 2> "$DIR/last.err"; } 2>&1 )" || { tail -20 "$DIR/last.err"; say "$label: FAILED"; exit 1; }
  read -r real user sys <<< "$t"
  say "$(printf '%-30s %7.1f s wall, %7.1f s CPU (java)   %s; load %s -> %s' "$label" "$real" "$(echo "$user + $sys" | bc)" \
        "$(tail -1 "$DIR/last.out")" "$l0" "$(cut -d' ' -f1 /proc/loadavg)")"
}
say "exchange bench: $N cases, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(date -u +%FT%TZ)"
CSV="$DIR/cases-$N.csv"
timed "generate --cases $N" java $JAVA_OPTS -jar target/ariadne.jar generate --cases "$N" --seed 20260101 --out "$CSV"
say "  file: $(du -h "$CSV" | cut -f1)"
if [ -z "${BENCH_SKIP_PG:-}" ]; then
  psql -d postgres -qc "DROP DATABASE IF EXISTS $DB" && createdb "$DB"
  rm -f "$ARIADNE_KEY_FILE"
  timed "import-htcds into PostgreSQL" java $JAVA_OPTS -jar target/ariadne.jar import-htcds "$CSV" --centre PAG_ASA \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$DB" --spring.datasource.username="$PGUSER" "${SEED[@]}"
  say "  cases in PostgreSQL: $(psql -d "$DB" -Atc 'SELECT COUNT(*) FROM case_file')"
fi
if [ -z "${BENCH_SKIP_H2:-}" ]; then
  rm -rf "$DIR/h2"; mkdir -p "$DIR/h2"
  rm -f "$ARIADNE_KEY_FILE"
  timed "import-htcds into H2" java $JAVA_OPTS -jar target/ariadne.jar import-htcds "$CSV" --centre PAG_ASA \
    --spring.datasource.url="jdbc:h2:file:$DIR/h2/ariadne;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    --spring.datasource.username=sa "${SEED[@]}"
fi
say "figures saved in $report"
