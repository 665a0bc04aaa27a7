#!/usr/bin/env bash
# Key rotation benchmark (issue 7): 100,000 synthetic cases in PostgreSQL. Adds a new data key and
# restarts the application with both keys (new writes use the new key, old values stay readable),
# then runs `keys reencrypt` while users keep reading and searching cases, and prints how long the
# full rotation took and how many values moved. Target: under 5 minutes. Finally retires the old key.
# Reruns reuse the seeded database (each run rotates to one more key).
#   BENCH_DB (default ariadne_bench_rotation), BENCH_PORT (default 8097), BENCH_USERS (default 4),
#   PGHOST/PGUSER for createdb.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${BENCH_DB:-ariadne_bench_rotation}"
PORT="${BENCH_PORT:-8097}"
USERS="${BENCH_USERS:-4}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
export ARIADNE_DB_URL="${ARIADNE_DB_URL:-jdbc:postgresql://$PGHOST:5432/$DB}"
export ARIADNE_DB_USER="${ARIADNE_DB_USER:-$PGUSER}"
mkdir -p bench-results
KEYS="$PWD/bench-results/rotation-keys.properties"
export ARIADNE_KEY_FILE="$KEYS"
OUT="bench-results/rotation-$(date +%Y%m%d-%H%M%S).txt"

[ -f target/ariadne.jar ] || ./mvnw -q -o package -DskipTests
psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 || createdb "$DB"

APP=
start_app() {
  # scheduled jobs off in the serving instance, so that the measured re-encryption is the command's
  java -jar target/ariadne.jar --demo --server.port="$PORT" --ariadne.scheduling.enabled=false >> bench-results/rotation-app.log 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 2
  done
  echo "the application did not start: see bench-results/rotation-app.log" >&2
  exit 1
}
stop_app() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
}
trap 'stop_app' EXIT

start_app
java -jar target/ariadne.jar bench casefile --cases 100000 --url "http://localhost:$PORT" --seed-only | tee -a "$OUT"
stop_app

# A new data key becomes current; the old ones stay readable.
OLD=$(sed -n 's/^data\.current=//p' "$KEYS")
NEXT=$(( $(sed -n 's/^data\.\([0-9][0-9]*\)=.*/\1/p' "$KEYS" | sort -n | tail -1) + 1 ))
echo "data.$NEXT=$(head -c 32 /dev/urandom | base64)" >> "$KEYS"
sed -i "s/^data\.current=.*/data.current=$NEXT/" "$KEYS"
echo "rotation from key $OLD to key $NEXT" | tee -a "$OUT"

start_app
java -jar target/ariadne.jar keys status | tee -a "$OUT"

# Users keep working while the values move: the load runs beside the re-encryption.
java -jar target/ariadne.jar bench casefile --no-seed --cases 100000 --url "http://localhost:$PORT" --users "$USERS" \
  --duration 120 --warmup 5 > bench-results/rotation-load.txt 2>&1 &
LOAD=$!
START=$(date +%s.%N)
java -jar target/ariadne.jar keys reencrypt | tee -a "$OUT"
END=$(date +%s.%N)
wait "$LOAD" || true
SECONDS_TAKEN=$(echo "$END - $START" | bc)
echo "full rotation (keys reencrypt, JVM start included): ${SECONDS_TAKEN} s" | tee -a "$OUT"
echo "--- load during the rotation ($USERS users) ---" | tee -a "$OUT"
cat bench-results/rotation-load.txt | tee -a "$OUT"
java -jar target/ariadne.jar keys status | tee -a "$OUT"
java -jar target/ariadne.jar keys retire "$OLD" | tee -a "$OUT"
awk -v s="$SECONDS_TAKEN" 'BEGIN { exit (s < 300) ? 0 : 1 }' && echo "target met: under 5 minutes" | tee -a "$OUT"
