#!/usr/bin/env bash
# Runs JMH benchmarks from the test sources, e.g.:
#   bash bench/jmh.sh ScreeningEngineBenchmark -f 1 -wi 2 -i 3 -t 1
# Arguments are passed to org.openjdk.jmh.Main (see -h). Offline: dependencies must be in ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
