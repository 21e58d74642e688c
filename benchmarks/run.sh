#!/bin/sh
# Runs every benchmark of fami and writes the results into docs/BENCHMARKS.md (the part between the
# result markers; the findings below them are kept).
#
#   benchmarks/run.sh           the full run (about an hour on 2 busy cores)
#   benchmarks/run.sh --quick   one fork, fewer iterations, no 1 GB run (a smoke test of the setup)
#
# Steps: build the CLI and the JMH jar (mvn -Pbench package), generate the datasets once into
# benchmarks/target/bench-data/, run the JMH benchmarks (dataset throughput: floor, peer, fami;
# single-project latency), time cold starts against a Java hello world, validate a >= 1 GB dataset
# with the CLI in -Xmx256m, and write the report. JAVA (default: java on the PATH) runs everything.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=full
if [ "${1:-}" = "--quick" ]; then
  mode=quick
fi
java=${JAVA:-java}
data=benchmarks/target/bench-data
results=benchmarks/target/bench-results
big=100000   # the largest dataset (about 1.2 GB) is also the bounded-memory run's

echo "== build" >&2
mvn -B -q -Pbench -DskipTests -pl fami-cli,benchmarks -am package
bench=benchmarks/target/benchmarks.jar
cli=$(ls fami-cli/target/fami-cli-*-all.jar | head -n 1)
mkdir -p "$results"
rm -f "$results"/*.json "$results"/*.log
cut -d ' ' -f 1 /proc/loadavg > "$results/load-start.txt" 2>/dev/null || echo "?" > "$results/load-start.txt"

echo "== datasets" >&2
# shellcheck disable=SC2086
"$java" -cp "$bench" eu.fami.bench.BenchDatasets "$data" 1000 10000 $big

echo "== paired run" >&2
if [ "$mode" = full ]; then
  paired="1000:15 10000:15 100000:3"
  rounds=15
else
  paired="1000:5 10000:3 100000:1"
  rounds=5
fi
# shellcheck disable=SC2086
"$java" -Xms4g -Xmx10g -Dfami.bench.data="$data" -cp "$bench" eu.fami.bench.InterleavedRun \
  "$results/interleaved.json" 1 $paired

echo "== JMH" >&2
if [ "$mode" = full ]; then
  small="" large="-f 1 -wi 1 -i 3"
else
  small="-f 1 -wi 1 -i 3" large="-f 1 -wi 0 -i 1"
fi
# the datasets of 1k and 10k projects and the single project; then floor and fami on the 100k one
# (1.2 GB: the peer takes minutes per run there, so it is measured in the paired run only)
# shellcheck disable=SC2086
"$java" -Dfami.bench.data="$data" -jar "$bench" 'DatasetValidation|ProjectLatency' \
  -p projects=1000,10000 -prof gc -rf json -rff "$results/jmh.json" $small
# shellcheck disable=SC2086
"$java" -Dfami.bench.data="$data" -jar "$bench" 'DatasetValidation.(floor|fami)' \
  -p projects=100000 -prof gc -rf json -rff "$results/jmh-large.json" $large

echo "== cold start" >&2
"$java" -cp "$bench" eu.fami.bench.ColdStart "$rounds" "$root/fami" "$cli" benchmarks/target/classes "$bench" \
  examples/documents/project-com-in-5.json "$results/coldstart.json"

if [ "$mode" = full ]; then
  echo "== bounded memory" >&2
  "$java" -cp "$bench" eu.fami.bench.BoundedMemoryRun "$cli" "$data/projects-$big.json" 256m \
    "$results/gc.log" "$results/memory.json"
fi

echo "== report" >&2
"$java" -cp "$bench" eu.fami.bench.BenchReport "$results" "$data" docs/BENCHMARKS.md "$mode"
echo "written: docs/BENCHMARKS.md" >&2
