#!/usr/bin/env bash
# Statistics query benchmark (issue 6): 1,000,000 generated cases in the statistics facts table,
# on PostgreSQL and on an H2 file database; every one-dimension query (< 300 ms) and
# three-dimension queries with suppression (< 1 s), p50/p95 over several runs.
# Reruns reuse the filled databases. Usage: bench/statistics.sh [--cases N] [--runs R]
#   BENCH_DBS (default "postgres h2"), BENCH_PG_DB (default ariadne_bench_stats), PGHOST/PGUSER for createdb,
#   BENCH_NO_BUILD=1 to use the existing target/ariadne.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
PG_DB="${BENCH_PG_DB:-ariadne_bench_stats}"
mkdir -p bench-results
export ARIADNE_KEY_FILE="${ARIADNE_KEY_FILE:-$PWD/bench-results/bench-stats-keys.properties}"
[ -n "${BENCH_NO_BUILD:-}" ] && [ -f target/ariadne.jar ] || ./mvnw -q -o package -DskipTests
ARGS=("$@")
[ ${#ARGS[@]} -eq 0 ] && ARGS=(--cases 1000000 --runs 15)
OUT="bench-results/statistics-$(date +%Y%m%d-%H%M%S).txt"
for db in ${BENCH_DBS:-postgres h2}; do
  case "$db" in
    postgres)
      psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1 || createdb "$PG_DB"
      URL="jdbc:postgresql://$PGHOST:5432/$PG_DB"; USER="$PGUSER" ;;
    h2)
      URL="jdbc:h2:file:$PWD/bench-results/stats-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"; USER=sa ;;
    *) echo "unknown database $db" >&2; exit 2 ;;
  esac
  echo "== $db" | tee -a "$OUT"
  java -Xmx1g -jar target/ariadne.jar bench statistics "${ARGS[@]}" \
    --spring.datasource.url="$URL" --spring.datasource.username="$USER" --spring.datasource.password= | tee -a "$OUT"
done
