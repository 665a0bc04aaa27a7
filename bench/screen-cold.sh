#!/usr/bin/env bash
# Times the cold `screen` command path (a fresh JVM per run, no Spring) on a contract example:
#   bash bench/screen-cold.sh [RUNS] [REQUEST.json]
# Prints the wall time of each run; the real CLI must answer in under 1.5 s cold.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
request="${2:-bench/requests/e01-seasonal-farm-worker.json}"   # the request of contract example e01
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
for i in $(seq "$runs"); do
  /usr/bin/time -f "run $i: %e s wall, %U s user, %S s sys" \
    java -cp "$cp" be.ariadne.screening.ScreenCommandMain "$request" >/dev/null
done
