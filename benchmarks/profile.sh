#!/bin/sh
# Profiles fami's full validation of a benchmark dataset with JFR (method samples every 10 ms, the
# "profile" settings) and prints the frames that were on top of the stack most often, then the
# methods most often anywhere on it.
#
#   benchmarks/profile.sh [PROJECTS]     (default 10000; run benchmarks/run.sh --quick once before)
#
# The recording stays in benchmarks/target/profile/ for `jfr print` or JDK Mission Control.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
projects=${1:-10000}
java=${JAVA:-java}
jfr=${JFR:-jfr}
data=benchmarks/target/bench-data
out=benchmarks/target/profile
bench=benchmarks/target/benchmarks.jar
[ -f "$bench" ] || mvn -B -q -Pbench -DskipTests -pl benchmarks -am package
rm -rf "$out"
mkdir -p "$out"
"$java" -Dfami.bench.data="$data" -jar "$bench" DatasetValidation.fami -p projects="$projects" \
  -f 1 -wi 2 -i 5 -prof "jfr:dir=$out;configName=profile" > "$out/jmh.txt"
recording=$(find "$out" -name '*.jfr' | head -n 1)
"$jfr" print --events jdk.ExecutionSample --stack-depth 64 "$recording" > "$out/samples.txt"
# each sample prints its stack innermost first, one "package.Class.method(...) line: N" per frame
awk '
  /stackTrace = \[/ { top = 1; n++; delete seen; next }
  /^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\(/ {
    f = $1; sub(/\(.*/, "", f)
    if (top) { self[f]++; top = 0 }
    if (!(f in seen)) { seen[f] = 1; total[f]++ }
  }
  END {
    print "samples: " n
    print "== on top of the stack"
    for (f in self) printf "%6.1f%%  %s\n", 100 * self[f] / n, f | "sort -rn | head -40"
    close("sort -rn | head -40")
    print "== anywhere on the stack"
    for (f in total) printf "%6.1f%%  %s\n", 100 * total[f] / n, f | "sort -rn | head -60"
  }' "$out/samples.txt"
