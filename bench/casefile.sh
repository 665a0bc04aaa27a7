#!/usr/bin/env bash
# Load test of the case file (issue 4): 100,000 synthetic cases in PostgreSQL, 20 concurrent users.
# Reruns reuse the seeded database. Usage: bench/casefile.sh [extra options of 'bench casefile']
#   BENCH_DB (default ariadne_bench), BENCH_PORT (default 8099), PGHOST/PGUSER for createdb.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${BENCH_DB:-ariadne_bench}"
PORT="${BENCH_PORT:-8099}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
export ARIADNE_DB_URL="${ARIADNE_DB_URL:-jdbc:postgresql://$PGHOST:5432/$DB}"
export ARIADNE_DB_USER="${ARIADNE_DB_USER:-$PGUSER}"
mkdir -p bench-results
export ARIADNE_KEY_FILE="${ARIADNE_KEY_FILE:-$PWD/bench-results/bench-keys.properties}"

[ -f target/ariadne.jar ] || ./mvnw -q -o package -DskipTests
psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 || createdb "$DB"

# The application with the demo organisations and users, on the bench database.
java -jar target/ariadne.jar --demo --server.port="$PORT" > bench-results/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 2
done

java -jar target/ariadne.jar bench casefile --cases 100000 --url "http://localhost:$PORT" --users 20 --duration 60 --warmup 15 "$@" \
  | tee "bench-results/casefile-$(date +%Y%m%d-%H%M%S).txt"
